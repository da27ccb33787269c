//! Tuples whose items can also be read as attributes (`sys.implementation`), as MicroPython's
//! attrtuple: the names live in read-only data.

use alloc::string::String;

use super::{tuple, ObjHeader, PrintKind, Subscr, Type, UnaryOp};
use crate::bytecode::opcodes::BinaryOp;
use crate::gc::Marker;
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

#[repr(C)]
struct AttrTuple {
    header: ObjHeader,
    names: &'static [Qstr],
    items: Value,
}

static ATTRTUPLE_TYPE: Type = Type {
    print: Some(print_attrtuple),
    unary: Some(unary),
    binary: Some(binary),
    attr: Some(attr),
    subscr: Some(subscr),
    iter: Some(iter),
    trace: Some(trace),
    ..Type::builtin(q::tuple)
};

// Everything else an attrtuple does is what its items tuple does.

fn unary(vm: &mut Vm, op: UnaryOp, v: Value) -> PyResult<Option<Value>> {
    match tuple::TUPLE_TYPE.unary {
        Some(f) => f(vm, op, get(v).items),
        None => Ok(None),
    }
}

fn binary(vm: &mut Vm, op: BinaryOp, this: Value, other: Value, swapped: bool) -> PyResult<Option<Value>> {
    let other = if other.is_exact(&ATTRTUPLE_TYPE) { get(other).items } else { other };
    match tuple::TUPLE_TYPE.binary {
        Some(f) => f(vm, op, get(this).items, other, swapped),
        None => Ok(None),
    }
}

fn subscr(vm: &mut Vm, v: Value, index: Value, op: Subscr) -> PyResult<Value> {
    match tuple::TUPLE_TYPE.subscr {
        Some(f) => f(vm, get(v).items, index, op),
        None => Err(vm.type_error("'tuple' object isn't subscriptable")),
    }
}

fn iter(vm: &mut Vm, v: Value) -> PyResult<Value> {
    vm.get_iter(get(v).items)
}

fn get<'a>(v: Value) -> &'a AttrTuple {
    // SAFETY: callers pass an attrtuple.
    unsafe { &*v.as_ptr::<AttrTuple>() }
}

fn trace(v: Value, m: &mut Marker) {
    m.mark(get(v).items);
}

pub fn new(vm: &mut Vm, names: &'static [Qstr], values: &[Value]) -> PyResult<Value> {
    let items = tuple::new(vm, values)?;
    let p = vm.alloc_obj::<AttrTuple>(&ATTRTUPLE_TYPE, 0)?;
    // SAFETY: fresh allocation.
    unsafe {
        (*p).names = names;
        (*p).items = items;
    }
    Ok(Value::from_ptr(p))
}

fn attr(_vm: &mut Vm, v: Value, name: Qstr) -> PyResult<Option<Value>> {
    let t = get(v);
    Ok(t.names.iter().position(|&n| n == name).map(|i| tuple::items(t.items)[i]))
}

fn print_attrtuple(vm: &mut Vm, v: Value, out: &mut String, _kind: PrintKind) -> PyResult<()> {
    let t = get(v);
    out.push('(');
    for (i, (&n, &x)) in t.names.iter().zip(tuple::items(t.items).iter()).enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(vm.qstr_str(n));
        out.push('=');
        vm.print_value(x, out, PrintKind::Repr)?;
    }
    out.push(')');
    Ok(())
}
