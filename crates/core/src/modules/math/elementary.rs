//! The `math` functions with their own argument rules: logarithms (which accept ints too
//! large for a float), `pow`, the two-argument functions, float decomposition, rounding to
//! ints, `gamma`/`lgamma`, `isclose`, `nextafter` and `ulp`.

use super::{domain_error, float_arg, int_arg, pair, range_error};
use crate::num::dd_math;
use crate::num::float_ops;
use crate::obj::{float, int};
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// `e**x`, correctly rounded (libm's `exp` is off by an ulp for some common arguments).
pub(super) fn exp(x: f64) -> f64 {
    if !x.is_finite() || x == 0.0 {
        return libm::exp(x);
    }
    dd_math::exp_f64(x).unwrap_or(f64::INFINITY)
}

/// A positive argument of a logarithm as `(x, e)` with value `x * 2**e`: ints too large for
/// a float become their correctly rounded mantissa in `[0.5, 1)` and exponent, so
/// `log(10**400)` works, as in CPython.
fn log_arg(vm: &mut Vm, v: Value) -> PyResult<(f64, i64)> {
    if let Some(int::Int::Big(b)) = int::as_int(vm, v) {
        if b.is_negative() {
            return Err(domain_error(vm));
        }
        if b.to_f64().is_err() {
            let bits = b.bit_length() as i64;
            let top = b.shr(bits - 64).map_err(|e| int::num_error(vm, e))?;
            let sticky = top.shl(bits - 64, usize::MAX).is_ok_and(|t| t != b);
            let top = top.to_u64().unwrap_or(0) | sticky as u64;
            return Ok((top as f64 * libm::ldexp(1.0, -64), bits));
        }
    }
    let x = float_arg(vm, v)?;
    if x <= 0.0 {
        return Err(domain_error(vm));
    }
    Ok((x, 0))
}

fn ln(x: f64, e: i64) -> f64 {
    let l = if x.is_finite() { dd_math::ln_f64(x) } else { libm::log(x) };
    if e == 0 {
        l
    } else {
        l + e as f64 * core::f64::consts::LN_2
    }
}

/// `log(x[, base])`.
pub(super) fn log(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let (x, e) = log_arg(vm, args[0])?;
    let l = ln(x, e);
    let Some(&base) = args.get(1) else { return float::new(vm, l) };
    let (b, be) = log_arg(vm, base)?;
    let lb = ln(b, be);
    if lb == 0.0 {
        return Err(vm.zero_division("divide by zero"));
    }
    float::new(vm, l / lb)
}

pub(super) fn log2(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let (x, e) = log_arg(vm, v)?;
    float::new(vm, libm::log2(x) + e as f64)
}

pub(super) fn log10(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let (x, e) = log_arg(vm, v)?;
    let l = if x.is_finite() { dd_math::log10_f64(x) } else { libm::log10(x) };
    float::new(vm, if e == 0 { l } else { l + e as f64 * core::f64::consts::LOG10_2 })
}

/// `math.pow`: the float power, with 0 to a negative power and a negative base with a
/// fractional exponent as domain errors.
pub(super) fn pow(vm: &mut Vm, x: Value, y: Value) -> PyResult<Value> {
    let (x, y) = (float_arg(vm, x)?, float_arg(vm, y)?);
    match float_ops::pow(x, y) {
        Ok(Some(r)) => float::new(vm, r),
        Ok(None) => Err(domain_error(vm)),
        Err(crate::num::NumError::ZeroDivision(_)) => Err(domain_error(vm)),
        Err(_) => Err(range_error(vm)),
    }
}

fn two_floats(vm: &mut Vm, x: Value, y: Value) -> PyResult<(f64, f64)> {
    Ok((float_arg(vm, x)?, float_arg(vm, y)?))
}

pub(super) fn atan2(vm: &mut Vm, y: Value, x: Value) -> PyResult<Value> {
    let (y, x) = two_floats(vm, y, x)?;
    float::new(vm, crate::num::dd_trig::atan2(y, x))
}

pub(super) fn copysign(vm: &mut Vm, x: Value, y: Value) -> PyResult<Value> {
    let (x, y) = two_floats(vm, x, y)?;
    float::new(vm, libm::copysign(x, y))
}

pub(super) fn fmod(vm: &mut Vm, x: Value, y: Value) -> PyResult<Value> {
    let (x, y) = two_floats(vm, x, y)?;
    if y.is_infinite() && x.is_finite() {
        return float::new(vm, x);
    }
    let r = libm::fmod(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    float::new(vm, r)
}

pub(super) fn remainder(vm: &mut Vm, x: Value, y: Value) -> PyResult<Value> {
    let (x, y) = two_floats(vm, x, y)?;
    if x.is_nan() || y.is_nan() {
        return float::new(vm, f64::NAN);
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain_error(vm));
    }
    if y.is_infinite() {
        return float::new(vm, x);
    }
    float::new(vm, libm::remainder(x, y))
}

pub(super) fn ldexp(vm: &mut Vm, x: Value, i: Value) -> PyResult<Value> {
    let x = float_arg(vm, x)?;
    let e = match int_arg(vm, i)? {
        int::Int::Small(n) => n.clamp(-100_000, 100_000),
        int::Int::Big(b) => {
            if b.is_negative() {
                -100_000
            } else {
                100_000
            }
        }
    };
    if x == 0.0 || !x.is_finite() {
        return float::new(vm, x);
    }
    let r = libm::scalbn(x, e as i32);
    if r.is_infinite() {
        return Err(range_error(vm));
    }
    float::new(vm, r)
}

pub(super) fn frexp(vm: &mut Vm, x: Value) -> PyResult<Value> {
    let x = float_arg(vm, x)?;
    let (m, e) = if x.is_finite() { libm::frexp(x) } else { (x, 0) };
    let m = float::new(vm, m)?;
    pair(vm, m, Value::small_int(e as isize))
}

pub(super) fn modf(vm: &mut Vm, x: Value) -> PyResult<Value> {
    let x = float_arg(vm, x)?;
    let (frac, whole) = if x.is_infinite() { (libm::copysign(0.0, x), x) } else { libm::modf(x) };
    let frac = float::new(vm, frac)?;
    let whole = float::new(vm, whole)?;
    pair(vm, frac, whole)
}

/// `ceil`, `floor`, `trunc`: ints are returned as they are, objects asked through their
/// `__ceil__`/`__floor__`/`__trunc__`, floats rounded and converted.
pub(super) fn to_int(vm: &mut Vm, x: Value, dunder: Qstr, round: fn(f64) -> f64) -> PyResult<Value> {
    if x.is_small_int() {
        return Ok(x);
    }
    if let Some(i) = int::as_int(vm, x) {
        return match i {
            int::Int::Small(n) => int::from_i64(vm, n),
            int::Int::Big(b) => int::from_big(vm, &b),
        };
    }
    if vm.type_of(x).is_class() {
        if let Some(f) = vm.load_method_opt(x, dunder)? {
            return vm.call_method_pair(f, &[]);
        }
    }
    let f = float_arg(vm, x)?;
    match crate::num::BigInt::from_f64(round(f)) {
        Ok(b) => int::from_big(vm, &b),
        Err(e) => Err(int::num_error(vm, e)),
    }
}

fn is_nonpositive_integer(x: f64) -> bool {
    x <= 0.0 && float_ops::is_integer(x)
}

pub(super) fn gamma(vm: &mut Vm, x: Value) -> PyResult<Value> {
    let x = float_arg(vm, x)?;
    if x.is_nan() || x == f64::INFINITY {
        return float::new(vm, x);
    }
    if x == f64::NEG_INFINITY || is_nonpositive_integer(x) {
        return Err(domain_error(vm));
    }
    let r = libm::tgamma(x);
    if r.is_infinite() {
        return Err(range_error(vm));
    }
    float::new(vm, r)
}

pub(super) fn lgamma(vm: &mut Vm, x: Value) -> PyResult<Value> {
    let x = float_arg(vm, x)?;
    if x.is_nan() {
        return float::new(vm, x);
    }
    if x.is_infinite() {
        return float::new(vm, f64::INFINITY);
    }
    if is_nonpositive_integer(x) {
        return Err(domain_error(vm));
    }
    let r = libm::lgamma_r(x).0;
    if r.is_infinite() {
        return Err(range_error(vm));
    }
    float::new(vm, r)
}

/// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
pub(super) fn isclose(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let &[a, b] = args else {
        return Err(vm.type_error(&alloc::format!(
            "function takes 2 positional arguments but {} were given",
            args.len()
        )));
    };
    let (a, b) = two_floats(vm, a, b)?;
    let (mut rel, mut abs) = (1e-9, 0.0);
    for pair in kw.chunks(2) {
        match vm.qstr_of(pair[0]) {
            Some(q::rel_tol) => rel = float_arg(vm, pair[1])?,
            Some(q::abs_tol) => abs = float_arg(vm, pair[1])?,
            _ => return Err(vm.type_error("isclose() got an unexpected keyword argument")),
        }
    }
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::TRUE);
    }
    let diff = (a - b).abs();
    if diff.is_infinite() {
        return Ok(Value::FALSE);
    }
    let close = diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs;
    Ok(Value::from_bool(close))
}

pub(super) fn nextafter(vm: &mut Vm, x: Value, y: Value) -> PyResult<Value> {
    let (x, y) = two_floats(vm, x, y)?;
    float::new(vm, libm::nextafter(x, y))
}

pub(super) fn ulp(vm: &mut Vm, x: Value) -> PyResult<Value> {
    let x = float_arg(vm, x)?.abs();
    if !x.is_finite() {
        return float::new(vm, x);
    }
    let next = libm::nextafter(x, f64::INFINITY);
    let r = if next.is_infinite() { x - libm::nextafter(x, 0.0) } else { next - x };
    float::new(vm, r)
}
