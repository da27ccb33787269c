//! Cells: the boxes that hold variables shared between a function and the closures it makes.

use super::{ObjHeader, Type};
use crate::gc::Marker;
use crate::qstr::q;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

#[repr(C)]
pub struct Cell {
    pub header: ObjHeader,
    pub value: Value,
}

pub static CELL_TYPE: Type = Type { trace: Some(trace_cell), ..Type::builtin(q::cell) };

fn trace_cell(v: Value, m: &mut Marker) {
    m.mark(get(v));
}

pub fn new(vm: &mut Vm, value: Value) -> PyResult<Value> {
    let p = vm.alloc_obj::<Cell>(&CELL_TYPE, 0)?;
    // SAFETY: fresh allocation.
    unsafe { (*p).value = value };
    Ok(Value::from_ptr(p))
}

/// The cell's contents (NULL if empty).
#[inline(always)]
pub fn get(cell: Value) -> Value {
    // SAFETY: callers pass a cell object (the compiler only emits DEREF ops on cell slots).
    unsafe { (*cell.as_ptr::<Cell>()).value }
}

#[inline(always)]
pub fn set(cell: Value, value: Value) {
    // SAFETY: as in `get`.
    unsafe { (*cell.as_ptr::<Cell>()).value = value }
}
