//! Closures: a function together with the cells of the variables it uses from enclosing
//! functions. The cells are passed as the first arguments of every call (MicroPython's scheme:
//! the callee's prelude names them `*`).

use alloc::string::String;
use alloc::vec::Vec;

use super::{ObjHeader, PrintKind, Type};
use crate::gc::Marker;
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

#[repr(C)]
pub struct Closure {
    pub header: ObjHeader,
    pub fun: Value,
    pub n_cells: usize,
}

pub static CLOSURE_TYPE: Type = Type {
    call: Some(call_closure),
    print: Some(print_closure),
    attr: Some(closure_attr),
    store_attr: Some(closure_store_attr),
    trace: Some(trace_closure),
    ..Type::builtin(q::function)
};

fn trace_closure(v: Value, m: &mut Marker) {
    m.mark(get(v).fun);
    m.mark_all(cells(v));
}

#[inline(always)]
pub fn get<'a>(v: Value) -> &'a Closure {
    // SAFETY: callers have checked that `v` is a closure.
    unsafe { &*v.as_ptr::<Closure>() }
}

#[inline(always)]
pub fn cells<'a>(v: Value) -> &'a [Value] {
    // SAFETY: a closure's `n_cells` cells follow its three header words.
    unsafe { core::slice::from_raw_parts((v.as_ptr::<Value>()).add(3), get(v).n_cells) }
}

pub fn new(vm: &mut Vm, fun: Value, cells: &[Value]) -> PyResult<Value> {
    let p = vm.alloc_obj::<Closure>(&CLOSURE_TYPE, core::mem::size_of_val(cells))?;
    // SAFETY: fresh allocation with room for the cells.
    unsafe {
        (*p).fun = fun;
        (*p).n_cells = cells.len();
        core::ptr::copy_nonoverlapping(cells.as_ptr(), (p as *mut Value).add(3), cells.len());
    }
    Ok(Value::from_ptr(p))
}

fn call_closure(vm: &mut Vm, callee: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let c = get(callee);
    let fun = c.fun;
    let pre: Vec<Value> = cells(callee).to_vec();
    vm.call_bytecode(fun, &pre, args, kw)
}

fn print_closure(vm: &mut Vm, v: Value, out: &mut String, kind: PrintKind) -> PyResult<()> {
    vm.print_value(get(v).fun, out, kind)
}

fn closure_store_attr(vm: &mut Vm, v: Value, attr: Qstr, value: Value) -> PyResult<bool> {
    let f = get(v).fun;
    vm.store_attr(f, attr, value)?;
    Ok(true)
}

fn closure_attr(vm: &mut Vm, v: Value, attr: Qstr) -> PyResult<Option<Value>> {
    vm.load_attr_opt(get(v).fun, attr)
}
