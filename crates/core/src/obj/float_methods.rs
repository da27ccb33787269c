//! Methods of `float`: `is_integer`, `as_integer_ratio`, `conjugate`, `hex`, `fromhex`.

use super::builtin_fn::BuiltinFn;
use super::{float, int, tuple};
use crate::num::float_ops;
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn this_float(vm: &mut Vm, v: Value) -> PyResult<f64> {
    if float::is_float(vm, v) {
        Ok(float::value(vm, v))
    } else {
        Err(vm.type_error("descriptor requires a 'float' object"))
    }
}

fn is_integer(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let x = this_float(vm, v)?;
    Ok(Value::from_bool(float_ops::is_integer(x)))
}

fn as_integer_ratio(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let x = this_float(vm, v)?;
    match float_ops::as_integer_ratio(x) {
        Ok((n, d)) => {
            let n = int::from_big(vm, &n)?;
            let d = int::from_big(vm, &d)?;
            tuple::new(vm, &[n, d])
        }
        Err(e) => Err(int::num_error(vm, e)),
    }
}

fn conjugate(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let x = this_float(vm, v)?;
    float::new(vm, x)
}

fn hex(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let x = this_float(vm, v)?;
    super::str::from_string(vm, crate::num::float_hex::to_hex(x))
}

fn fromhex(vm: &mut Vm, cls: Value, s: Value) -> PyResult<Value> {
    let Some(text) = vm.text_of(s) else {
        return Err(vm.type_error("fromhex() argument must be str"));
    };
    let Some(x) = crate::num::float_hex::from_hex(text) else {
        return Err(vm.value_error("invalid hexadecimal floating-point string"));
    };
    let f = float::new(vm, x)?;
    if cls == Value::from_static(&float::FLOAT_TYPE) {
        Ok(f)
    } else {
        vm.call(cls, &[f])
    }
}

static HEX: BuiltinFn = BuiltinFn::f1(q::hex, hex);
static FROMHEX: BuiltinFn = BuiltinFn::f2(q::fromhex, fromhex);
static FROMHEX_CM: super::property::ClassMethod = super::property::ClassMethod::new_static(&FROMHEX);
static IS_INTEGER: BuiltinFn = BuiltinFn::f1(q::is_integer, is_integer);
static AS_INTEGER_RATIO: BuiltinFn = BuiltinFn::f1(q::as_integer_ratio, as_integer_ratio);
static CONJUGATE: BuiltinFn = BuiltinFn::f1(q::conjugate, conjugate);

pub static FLOAT_LOCALS: [(Qstr, Value); 5] = [
    (q::hex, Value::from_static(&HEX)),
    (q::fromhex, Value::from_static(&FROMHEX_CM)),
    (q::is_integer, Value::from_static(&IS_INTEGER)),
    (q::as_integer_ratio, Value::from_static(&AS_INTEGER_RATIO)),
    (q::conjugate, Value::from_static(&CONJUGATE)),
];
