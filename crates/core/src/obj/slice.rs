//! `slice`: the `start:stop:step` object that subscripts receive.

use alloc::string::String;

use super::{ObjHeader, PrintKind, Type, UnaryOp};
use crate::bytecode::opcodes::BinaryOp;
use crate::gc::Marker;
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

#[repr(C)]
pub struct SliceObj {
    pub header: ObjHeader,
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

pub static SLICE_TYPE: Type = Type {
    make_new: Some(slice_new),
    print: Some(slice_print),
    attr: Some(slice_attr),
    binary: Some(slice_binary),
    unary: Some(slice_unary),
    locals: super::Locals::Static(&SLICE_LOCALS),
    trace: Some(trace_slice),
    ..Type::builtin(q::slice)
};

/// Slices are not hashable (CPython 3.11), so they cannot be dict keys.
fn slice_unary(vm: &mut Vm, op: UnaryOp, _v: Value) -> PyResult<Option<Value>> {
    match op {
        UnaryOp::Hash => Err(vm.type_error("unhashable type: 'slice'")),
        _ => Ok(None),
    }
}

fn trace_slice(v: Value, m: &mut Marker) {
    let (a, b, c) = parts(v);
    m.mark(a);
    m.mark(b);
    m.mark(c);
}

#[inline]
pub fn is_slice(v: Value) -> bool {
    v.is_exact(&SLICE_TYPE)
}

/// `(start, stop, step)`, each `None` if omitted.
pub fn parts(v: Value) -> (Value, Value, Value) {
    // SAFETY: callers have checked that `v` is a slice.
    unsafe {
        let s = v.as_ptr::<SliceObj>();
        ((*s).start, (*s).stop, (*s).step)
    }
}

pub fn new(vm: &mut Vm, start: Value, stop: Value, step: Value) -> PyResult<Value> {
    let p = vm.alloc_obj::<SliceObj>(&SLICE_TYPE, 0)?;
    // SAFETY: fresh allocation.
    unsafe {
        (*p).start = start;
        (*p).stop = stop;
        (*p).step = step;
    }
    Ok(Value::from_ptr(p))
}

fn slice_new(vm: &mut Vm, _ty: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    vm.check_args("slice", args, kw, 1, 3)?;
    match *args {
        [stop] => new(vm, Value::NONE, stop, Value::NONE),
        [start, stop] => new(vm, start, stop, Value::NONE),
        [start, stop, step, ..] => new(vm, start, stop, step),
        [] => Err(vm.type_error("slice expected at least 1 argument")),
    }
}

fn slice_print(vm: &mut Vm, v: Value, out: &mut String, _kind: PrintKind) -> PyResult<()> {
    let (a, b, c) = parts(v);
    out.push_str("slice(");
    vm.print_value(a, out, PrintKind::Repr)?;
    out.push_str(", ");
    vm.print_value(b, out, PrintKind::Repr)?;
    out.push_str(", ");
    vm.print_value(c, out, PrintKind::Repr)?;
    out.push(')');
    Ok(())
}

fn slice_attr(_vm: &mut Vm, v: Value, attr: Qstr) -> PyResult<Option<Value>> {
    let (a, b, c) = parts(v);
    Ok(match attr {
        q::start => Some(a),
        q::stop => Some(b),
        q::step => Some(c),
        _ => None,
    })
}

fn slice_binary(
    vm: &mut Vm,
    op: BinaryOp,
    this: Value,
    other: Value,
    _swapped: bool,
) -> PyResult<Option<Value>> {
    if !is_slice(other) || !matches!(op, BinaryOp::Equal | BinaryOp::NotEqual) {
        return Ok(None);
    }
    let (a, b) = (parts(this), parts(other));
    let eq = vm.eq(a.0, b.0)? && vm.eq(a.1, b.1)? && vm.eq(a.2, b.2)?;
    Ok(Some(Value::from_bool(eq == (op == BinaryOp::Equal))))
}

fn m_indices(vm: &mut Vm, v: Value, len: Value) -> PyResult<Value> {
    let n = vm.to_index(len, "slice")?;
    if n < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let r = super::seq::slice_range(vm, v, n as usize)?;
    super::tuple::new(vm, &[Value::small_int(r.start), Value::small_int(r.stop), Value::small_int(r.step)])
}

static INDICES: super::builtin_fn::BuiltinFn = super::builtin_fn::BuiltinFn::f2(q::indices, m_indices);
static SLICE_LOCALS: [(Qstr, Value); 1] = [(q::indices, Value::from_static(&INDICES))];
