//! `bool`: `True` and `False` are static objects. As in CPython (and unlike MicroPython's
//! standard build) `bool` is a subclass of `int`, so arithmetic on booleans goes through the
//! integer implementation.

use alloc::string::String;

use super::{ObjHeader, PrintKind, Type, UnaryOp};
use crate::bytecode::opcodes::BinaryOp;
use crate::qstr::q;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

#[repr(C)]
pub struct BoolObj {
    pub header: ObjHeader,
    pub value: bool,
}

pub static BOOL_TYPE: Type = Type {
    base: Value::from_static(&super::int::INT_TYPE),
    make_new: Some(bool_new),
    print: Some(bool_print),
    unary: Some(bool_unary),
    binary: Some(bool_binary),
    ..Type::builtin(q::bool)
};

pub static TRUE: BoolObj = BoolObj { header: ObjHeader::of(&BOOL_TYPE), value: true };
pub static FALSE: BoolObj = BoolObj { header: ObjHeader::of(&BOOL_TYPE), value: false };

impl Value {
    pub const TRUE: Value = Value::from_static(&TRUE);
    pub const FALSE: Value = Value::from_static(&FALSE);

    #[inline(always)]
    pub fn from_bool(b: bool) -> Value {
        if b {
            Value::TRUE
        } else {
            Value::FALSE
        }
    }

    #[inline(always)]
    pub fn is_bool(self) -> bool {
        self == Value::TRUE || self == Value::FALSE
    }
}

/// The integer value of a bool as a small int.
#[inline]
pub fn as_int(v: Value) -> Value {
    Value::small_int((v == Value::TRUE) as isize)
}

fn bool_new(vm: &mut Vm, _ty: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    vm.check_args("bool", args, kw, 0, 1)?;
    match args.first() {
        Some(&v) => Ok(Value::from_bool(vm.is_true(v)?)),
        None => Ok(Value::FALSE),
    }
}

fn bool_print(_vm: &mut Vm, v: Value, out: &mut String, _kind: PrintKind) -> PyResult<()> {
    out.push_str(if v == Value::TRUE { "True" } else { "False" });
    Ok(())
}

fn bool_unary(vm: &mut Vm, op: UnaryOp, v: Value) -> PyResult<Option<Value>> {
    match op {
        UnaryOp::Bool => Ok(Some(v)),
        _ => vm.unary_op(op, as_int(v)).map(Some),
    }
}

fn bool_binary(
    vm: &mut Vm,
    op: BinaryOp,
    this: Value,
    other: Value,
    swapped: bool,
) -> PyResult<Option<Value>> {
    // `&`, `|`, `^` of two bools stay bools, as in CPython.
    if other.is_bool() && matches!(op, BinaryOp::And | BinaryOp::Or | BinaryOp::Xor) {
        let (a, b) = (this == Value::TRUE, other == Value::TRUE);
        return Ok(Some(Value::from_bool(match op {
            BinaryOp::And => a & b,
            BinaryOp::Or => a | b,
            _ => a ^ b,
        })));
    }
    let this = as_int(this);
    let other = if other.is_bool() { as_int(other) } else { other };
    let (lhs, rhs) = if swapped { (other, this) } else { (this, other) };
    vm.binary_op_opt(op, lhs, rhs)
}
