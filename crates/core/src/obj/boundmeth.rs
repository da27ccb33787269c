//! Bound methods: `obj.method` as a value. Method calls through `LOAD_METHOD`/`CALL_METHOD`
//! never create one; they exist only when a method is taken as a value.

use alloc::string::String;

use super::{ObjHeader, PrintKind, Type, UnaryOp};
use crate::bytecode::opcodes::BinaryOp;
use crate::gc::Marker;
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

#[repr(C)]
pub struct BoundMethod {
    pub header: ObjHeader,
    pub func: Value,
    pub self_: Value,
}

pub static BOUND_METHOD_TYPE: Type = Type {
    call: Some(call_bound),
    print: Some(print_bound),
    attr: Some(bound_attr),
    unary: Some(bound_unary),
    binary: Some(bound_binary),
    trace: Some(trace_bound),
    ..Type::builtin(q::bound_method)
};

fn trace_bound(v: Value, m: &mut Marker) {
    let b = get(v);
    m.mark(b.func);
    m.mark(b.self_);
}

#[inline]
pub fn get<'a>(v: Value) -> &'a BoundMethod {
    // SAFETY: callers have checked that `v` is a bound method.
    unsafe { &*v.as_ptr::<BoundMethod>() }
}

pub fn new(vm: &mut Vm, func: Value, self_: Value) -> PyResult<Value> {
    let p = vm.alloc_obj::<BoundMethod>(&BOUND_METHOD_TYPE, 0)?;
    // SAFETY: fresh allocation.
    unsafe {
        (*p).func = func;
        (*p).self_ = self_;
    }
    Ok(Value::from_ptr(p))
}

fn call_bound(vm: &mut Vm, callee: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let b = get(callee);
    let (func, self_) = (b.func, b.self_);
    let mut all = alloc::vec::Vec::with_capacity(args.len() + 1);
    all.push(self_);
    all.extend_from_slice(args);
    vm.call_kw(func, &all, kw)
}

fn print_bound(vm: &mut Vm, v: Value, out: &mut String, _kind: PrintKind) -> PyResult<()> {
    out.push_str("<bound_method>");
    let _ = (vm, v);
    Ok(())
}

fn bound_attr(vm: &mut Vm, v: Value, attr: Qstr) -> PyResult<Option<Value>> {
    let b = get(v);
    match attr {
        q::__self__ => Ok(Some(b.self_)),
        q::__func__ => Ok(Some(b.func)),
        _ => vm.load_attr_opt(b.func, attr),
    }
}

fn bound_unary(vm: &mut Vm, op: UnaryOp, v: Value) -> PyResult<Option<Value>> {
    match op {
        UnaryOp::Hash => {
            let b = get(v);
            let (f, s) = (b.func, b.self_);
            // `self` by identity, as equality compares it.
            let h = vm.hash(f)? ^ (s.bits() >> 4) as isize;
            Ok(Some(super::int::hash_value(h as u64)))
        }
        _ => Ok(None),
    }
}

fn bound_binary(
    vm: &mut Vm,
    op: BinaryOp,
    this: Value,
    other: Value,
    _swapped: bool,
) -> PyResult<Option<Value>> {
    if op != BinaryOp::Equal || !other.is_exact(&BOUND_METHOD_TYPE) {
        return Ok(None);
    }
    let (a, b) = (get(this), get(other));
    Ok(Some(Value::from_bool(a.self_ == b.self_ && (a.func == b.func || vm.eq(a.func, b.func)?))))
}
