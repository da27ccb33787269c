//! `float`: an IEEE double, held in the value word when its exponent allows (see `value.rs`)
//! and boxed on the heap otherwise.

use alloc::string::String;
use core::cmp::Ordering;

use super::int;
use super::{ObjHeader, PrintKind, Type, UnaryOp};
use crate::bytecode::opcodes::BinaryOp;
use crate::num::{self, float_ops, IntRef, NumError};
use crate::obj::flags;
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

#[repr(C)]
pub struct FloatObj {
    pub header: ObjHeader,
    pub value: f64,
}

pub static FLOAT_TYPE: Type = Type {
    flags: flags::BASETYPE,
    locals: super::Locals::Static(&crate::obj::float_methods::FLOAT_LOCALS),
    make_new: Some(float_make_new),
    print: Some(float_print),
    unary: Some(float_unary),
    binary: Some(float_binary),
    attr: Some(float_attr),
    ..Type::builtin(q::float)
};

/// A float value: inline when possible, otherwise a heap box.
#[inline]
pub fn new(vm: &mut Vm, f: f64) -> PyResult<Value> {
    if let Some(v) = Value::try_flonum(f) {
        return Ok(v);
    }
    let p = vm.alloc_obj::<FloatObj>(&FLOAT_TYPE, 0)?;
    // SAFETY: fresh allocation.
    unsafe { (*p).value = f };
    Ok(Value::from_ptr(p))
}

/// Whether `v` is a float (inline, boxed, or a float subclass instance).
#[inline]
pub fn is_float(vm: &Vm, v: Value) -> bool {
    v.is_flonum() || v.is_exact(&FLOAT_TYPE) || vm.native_of(v, &FLOAT_TYPE).is_some()
}

/// The value of a float; the caller has checked [`is_float`].
#[inline]
pub fn value(vm: &Vm, v: Value) -> f64 {
    if v.is_flonum() {
        v.as_flonum()
    } else if v.is_exact(&FLOAT_TYPE) {
        // SAFETY: `v` is a boxed float.
        unsafe { (*v.as_ptr::<FloatObj>()).value }
    } else {
        vm.native_of(v, &FLOAT_TYPE).map_or(0.0, |n| value(vm, n))
    }
}

/// The float value of a float, int or bool operand (for mixed arithmetic and math functions).
pub fn as_f64(vm: &mut Vm, v: Value) -> PyResult<Option<f64>> {
    if is_float(vm, v) {
        return Ok(Some(value(vm, v)));
    }
    match int::as_int(vm, v) {
        Some(i) => int::to_f64(vm, &i).map(Some),
        None => Ok(None),
    }
}

fn num_err(vm: &mut Vm, e: NumError) -> crate::vm::Raised {
    match e {
        NumError::ZeroDivision(_) => vm.zero_division("divide by zero"),
        other => int::num_error(vm, other),
    }
}

/// A float compared exactly with an int: `float_is_lhs` says which side the float was on.
pub fn compare_with_int(vm: &mut Vm, op: BinaryOp, x: f64, i: IntRef, float_is_lhs: bool) -> PyResult<Value> {
    let ord = float_ops::cmp_with_int(x, i);
    let ord = if float_is_lhs { ord } else { ord.map(Ordering::reverse) };
    let _ = vm;
    Ok(Value::from_bool(match ord {
        Some(o) => crate::vm::compare::ordering_matches(op.non_inplace(), o),
        None => op.non_inplace() == BinaryOp::NotEqual,
    }))
}

/// A float operation on two floats.
pub fn float_op(vm: &mut Vm, op: BinaryOp, x: f64, y: f64) -> PyResult<Option<Value>> {
    use BinaryOp::*;
    let r = match op.non_inplace() {
        Add => x + y,
        Subtract => x - y,
        Multiply => x * y,
        TrueDivide => float_ops::div(x, y).map_err(|e| num_err(vm, e))?,
        FloorDivide => float_ops::floor_div(x, y).map_err(|e| num_err(vm, e))?,
        Modulo => float_ops::rem(x, y).map_err(|e| num_err(vm, e))?,
        Power => match float_ops::pow(x, y) {
            Ok(Some(r)) => r,
            Ok(None) => return crate::obj::complex::pow_real(vm, x, y).map(Some),
            Err(NumError::ZeroDivision(_)) => {
                return Err(vm.zero_division("0.0 cannot be raised to a negative power"))
            }
            Err(e) => return Err(num_err(vm, e)),
        },
        Less => return Ok(Some(Value::from_bool(x < y))),
        More => return Ok(Some(Value::from_bool(x > y))),
        Equal => return Ok(Some(Value::from_bool(x == y))),
        NotEqual => return Ok(Some(Value::from_bool(x != y))),
        LessEqual => return Ok(Some(Value::from_bool(x <= y))),
        MoreEqual => return Ok(Some(Value::from_bool(x >= y))),
        _ => return Ok(None),
    };
    new(vm, r).map(Some)
}

fn float_binary(
    vm: &mut Vm,
    op: BinaryOp,
    this: Value,
    other: Value,
    swapped: bool,
) -> PyResult<Option<Value>> {
    let x = value(vm, this);
    let y = if is_float(vm, other) {
        value(vm, other)
    } else if let Some(i) = int::as_int(vm, other) {
        if op.non_inplace().is_comparison() {
            return compare_with_int(vm, op, x, i.as_ref(), !swapped).map(Some);
        }
        int::to_f64(vm, &i)?
    } else {
        return Ok(None);
    };
    if swapped {
        float_op(vm, op, y, x)
    } else {
        float_op(vm, op, x, y)
    }
}

fn float_unary(vm: &mut Vm, op: UnaryOp, v: Value) -> PyResult<Option<Value>> {
    let x = value(vm, v);
    Ok(Some(match op {
        UnaryOp::Bool => Value::from_bool(x != 0.0),
        UnaryOp::Positive | UnaryOp::Float => new(vm, x)?,
        UnaryOp::Negative => new(vm, -x)?,
        UnaryOp::Abs => new(vm, x.abs())?,
        UnaryOp::Hash => Value::small_int(num::hash::hash_f64(x) as isize),
        UnaryOp::Int => match num::bigint::BigInt::from_f64(x) {
            Ok(b) => int::from_big(vm, &b)?,
            Err(e) => return Err(int::num_error(vm, e)),
        },
        UnaryOp::Invert | UnaryOp::Len => return Ok(None),
    }))
}

fn float_print(vm: &mut Vm, v: Value, out: &mut String, _kind: PrintKind) -> PyResult<()> {
    num::float_fmt::write_repr(value(vm, v), out);
    Ok(())
}

fn float_attr(vm: &mut Vm, v: Value, attr: Qstr) -> PyResult<Option<Value>> {
    Ok(match attr {
        q::real => Some(new(vm, value(vm, v))?),
        q::imag => Some(new(vm, 0.0)?),
        _ => None,
    })
}

fn float_make_new(vm: &mut Vm, ty: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    vm.check_args("float", args, kw, 0, 1)?;
    let r = match args.first() {
        None => new(vm, 0.0)?,
        Some(&a) => vm.to_float_value(a)?,
    };
    vm.wrap_native_subclass(ty, &FLOAT_TYPE, r)
}

/// Parses `float(text)`.
pub fn parse_str(vm: &mut Vm, text: &str) -> PyResult<Value> {
    match num::float_parse::parse_float(text) {
        Ok(f) => new(vm, f),
        Err(_) => {
            let mut msg = String::from("could not convert string to float: ");
            crate::obj::str::repr_into(text, &mut msg);
            Err(vm.value_error(&msg))
        }
    }
}
