//! The `cmath` module: MicroPython's set (`phase`, `polar`, `rect`, `exp`, `log`, `log10`,
//! `sqrt`, `cos`, `sin`, `e`, `pi`) plus CPython's `tan`, the hyperbolic functions, the
//! `isfinite`/`isinf`/`isnan` tests and the `tau`/`inf`/`infj`/`nan`/`nanj` constants.

use crate::modules::math::{domain_error, float_arg, pair};
use crate::num::{dd_math, dd_trig};
use crate::obj::builtin_fn::BuiltinFn;
use crate::obj::complex::{self, ComplexObj, COMPLEX_TYPE};
use crate::obj::float;
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// A complex argument: a complex, an object with `__complex__`, or a real number.
fn complex_arg(vm: &mut Vm, v: Value) -> PyResult<(f64, f64)> {
    if let Some(c) = vm.native_of(v, &COMPLEX_TYPE) {
        // SAFETY: `c` is a complex object.
        return Ok(unsafe { ((*c.as_ptr::<ComplexObj>()).re, (*c.as_ptr::<ComplexObj>()).im) });
    }
    if vm.type_of(v).is_class() {
        if let Some(f) = vm.load_method_opt(v, q::__complex__)? {
            let r = vm.call_method_pair(f, &[])?;
            if r.is_exact(&COMPLEX_TYPE) {
                return complex_arg(vm, r);
            }
            return Err(vm.type_error("__complex__ should return a complex object"));
        }
    }
    Ok((float_arg(vm, v)?, 0.0))
}

fn new(vm: &mut Vm, (re, im): (f64, f64)) -> PyResult<Value> {
    complex::new(vm, re, im)
}

fn abs(re: f64, im: f64) -> f64 {
    if re.is_infinite() || im.is_infinite() {
        f64::INFINITY
    } else if re.is_nan() || im.is_nan() {
        f64::NAN
    } else {
        dd_math::hypot(re, im)
    }
}

fn ln(x: f64) -> f64 {
    if x.is_finite() && x > 0.0 {
        dd_math::ln_f64(x)
    } else {
        libm::log(x)
    }
}

fn exp_parts(re: f64, im: f64) -> (f64, f64) {
    let m = if re.is_finite() { dd_math::exp_f64(re).unwrap_or(f64::INFINITY) } else { libm::exp(re) };
    if im == 0.0 {
        return (m, im);
    }
    (m * dd_trig::cos(im), m * dd_trig::sin(im))
}

fn log_parts(vm: &mut Vm, re: f64, im: f64) -> PyResult<(f64, f64)> {
    if re == 0.0 && im == 0.0 {
        return Err(domain_error(vm));
    }
    Ok((ln(abs(re, im)), dd_trig::atan2(im, re)))
}

fn div(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    if b.1 == 0.0 {
        return (a.0 / b.0, a.1 / b.0);
    }
    let d = b.0 * b.0 + b.1 * b.1;
    ((a.0 * b.0 + a.1 * b.1) / d, (a.1 * b.0 - a.0 * b.1) / d)
}

fn phase(vm: &mut Vm, z: Value) -> PyResult<Value> {
    let (re, im) = complex_arg(vm, z)?;
    float::new(vm, dd_trig::atan2(im, re))
}

fn polar(vm: &mut Vm, z: Value) -> PyResult<Value> {
    let (re, im) = complex_arg(vm, z)?;
    let r = float::new(vm, abs(re, im))?;
    let phi = float::new(vm, dd_trig::atan2(im, re))?;
    pair(vm, r, phi)
}

fn rect(vm: &mut Vm, r: Value, phi: Value) -> PyResult<Value> {
    let (r, phi) = (float_arg(vm, r)?, float_arg(vm, phi)?);
    if phi == 0.0 {
        return new(vm, (r, phi * r));
    }
    new(vm, (r * dd_trig::cos(phi), r * dd_trig::sin(phi)))
}

fn exp(vm: &mut Vm, z: Value) -> PyResult<Value> {
    let (re, im) = complex_arg(vm, z)?;
    new(vm, exp_parts(re, im))
}

fn log(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let (re, im) = complex_arg(vm, args[0])?;
    let l = log_parts(vm, re, im)?;
    let Some(&base) = args.get(1) else { return new(vm, l) };
    let (bre, bim) = complex_arg(vm, base)?;
    let lb = log_parts(vm, bre, bim)?;
    if lb == (0.0, 0.0) {
        return Err(vm.zero_division("divide by zero"));
    }
    new(vm, div(l, lb))
}

fn log10(vm: &mut Vm, z: Value) -> PyResult<Value> {
    let (re, im) = complex_arg(vm, z)?;
    let (_, angle) = log_parts(vm, re, im)?;
    let m = abs(re, im);
    let l = if m.is_finite() { dd_math::log10_f64(m) } else { libm::log10(m) };
    new(vm, (l, angle * core::f64::consts::LOG10_E))
}

/// The principal square root, computed without cancellation (as C99's `csqrt`).
fn sqrt_parts(re: f64, im: f64) -> (f64, f64) {
    if re == 0.0 && im == 0.0 {
        return (0.0, im);
    }
    if im.is_infinite() {
        return (f64::INFINITY, im);
    }
    if re.is_nan() || im.is_nan() {
        return (f64::NAN, f64::NAN);
    }
    if re.is_infinite() {
        return if re > 0.0 {
            (re, libm::copysign(0.0, im))
        } else {
            (0.0, libm::copysign(f64::INFINITY, im))
        };
    }
    // Scale so squaring cannot overflow or lose all precision.
    let (a, b, k) = if re.abs().max(im.abs()) > 1e300 {
        (re / 4.0, im / 4.0, 2.0)
    } else if re.abs().max(im.abs()) < 1e-300 {
        (re * libm::ldexp(1.0, 600), im * libm::ldexp(1.0, 600), libm::ldexp(1.0, -300))
    } else {
        (re, im, 1.0)
    };
    let t = libm::sqrt((a.abs() + dd_math::hypot(a, b)) / 2.0);
    if a >= 0.0 {
        (t * k, b / (2.0 * t) * k)
    } else {
        (b.abs() / (2.0 * t) * k, libm::copysign(t, b) * k)
    }
}

fn sqrt(vm: &mut Vm, z: Value) -> PyResult<Value> {
    let (re, im) = complex_arg(vm, z)?;
    new(vm, sqrt_parts(re, im))
}

fn cos_parts(re: f64, im: f64) -> (f64, f64) {
    (dd_trig::cos(re) * libm::cosh(im), -dd_trig::sin(re) * libm::sinh(im))
}

fn sin_parts(re: f64, im: f64) -> (f64, f64) {
    (dd_trig::sin(re) * libm::cosh(im), dd_trig::cos(re) * libm::sinh(im))
}

fn cos(vm: &mut Vm, z: Value) -> PyResult<Value> {
    let (re, im) = complex_arg(vm, z)?;
    new(vm, cos_parts(re, im))
}

fn sin(vm: &mut Vm, z: Value) -> PyResult<Value> {
    let (re, im) = complex_arg(vm, z)?;
    new(vm, sin_parts(re, im))
}

fn tan(vm: &mut Vm, z: Value) -> PyResult<Value> {
    let (re, im) = complex_arg(vm, z)?;
    new(vm, div(sin_parts(re, im), cos_parts(re, im)))
}

fn cosh(vm: &mut Vm, z: Value) -> PyResult<Value> {
    let (re, im) = complex_arg(vm, z)?;
    new(vm, (libm::cosh(re) * dd_trig::cos(im), libm::sinh(re) * dd_trig::sin(im)))
}

fn sinh(vm: &mut Vm, z: Value) -> PyResult<Value> {
    let (re, im) = complex_arg(vm, z)?;
    new(vm, (libm::sinh(re) * dd_trig::cos(im), libm::cosh(re) * dd_trig::sin(im)))
}

fn tanh(vm: &mut Vm, z: Value) -> PyResult<Value> {
    let (re, im) = complex_arg(vm, z)?;
    let s = (libm::sinh(re) * dd_trig::cos(im), libm::cosh(re) * dd_trig::sin(im));
    let c = (libm::cosh(re) * dd_trig::cos(im), libm::sinh(re) * dd_trig::sin(im));
    new(vm, div(s, c))
}

fn test(vm: &mut Vm, z: Value, f: fn(f64, f64) -> bool) -> PyResult<Value> {
    let (re, im) = complex_arg(vm, z)?;
    Ok(Value::from_bool(f(re, im)))
}

static PHASE: BuiltinFn = BuiltinFn::f1(q::phase, phase);
static POLAR: BuiltinFn = BuiltinFn::f1(q::polar, polar);
static RECT: BuiltinFn = BuiltinFn::f2(q::rect, rect);
static EXP: BuiltinFn = BuiltinFn::f1(q::exp, exp);
static LOG: BuiltinFn = BuiltinFn::var(q::log, 1, 2, log);
static LOG10: BuiltinFn = BuiltinFn::f1(q::log10, log10);
static SQRT: BuiltinFn = BuiltinFn::f1(q::sqrt, sqrt);
static COS: BuiltinFn = BuiltinFn::f1(q::cos, cos);
static SIN: BuiltinFn = BuiltinFn::f1(q::sin, sin);
static TAN: BuiltinFn = BuiltinFn::f1(q::tan, tan);
static COSH: BuiltinFn = BuiltinFn::f1(q::cosh, cosh);
static SINH: BuiltinFn = BuiltinFn::f1(q::sinh, sinh);
static TANH: BuiltinFn = BuiltinFn::f1(q::tanh, tanh);
static ISFINITE: BuiltinFn =
    BuiltinFn::f1(q::isfinite, |vm, z| test(vm, z, |re, im| re.is_finite() && im.is_finite()));
static ISINF: BuiltinFn =
    BuiltinFn::f1(q::isinf, |vm, z| test(vm, z, |re, im| re.is_infinite() || im.is_infinite()));
static ISNAN: BuiltinFn = BuiltinFn::f1(q::isnan, |vm, z| test(vm, z, |re, im| re.is_nan() || im.is_nan()));

static TABLE: [(Qstr, Value); 17] = [
    (q::__name__, Value::qstr(q::cmath)),
    (q::phase, Value::from_static(&PHASE)),
    (q::polar, Value::from_static(&POLAR)),
    (q::rect, Value::from_static(&RECT)),
    (q::exp, Value::from_static(&EXP)),
    (q::log, Value::from_static(&LOG)),
    (q::log10, Value::from_static(&LOG10)),
    (q::sqrt, Value::from_static(&SQRT)),
    (q::cos, Value::from_static(&COS)),
    (q::sin, Value::from_static(&SIN)),
    (q::tan, Value::from_static(&TAN)),
    (q::cosh, Value::from_static(&COSH)),
    (q::sinh, Value::from_static(&SINH)),
    (q::tanh, Value::from_static(&TANH)),
    (q::isfinite, Value::from_static(&ISFINITE)),
    (q::isinf, Value::from_static(&ISINF)),
    (q::isnan, Value::from_static(&ISNAN)),
];

/// Creates the `cmath` module object (its float and complex constants live in its globals).
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let m = crate::obj::module::new(vm, q::cmath, &TABLE)?;
    let g = crate::obj::module::get(m).globals;
    let reals = [
        (q::pi, core::f64::consts::PI),
        (q::e, core::f64::consts::E),
        (q::tau, core::f64::consts::TAU),
        (q::inf, f64::INFINITY),
        (q::nan, f64::NAN),
    ];
    for (name, x) in reals {
        let f = float::new(vm, x)?;
        crate::obj::dict::set_qstr(vm, g, name, f)?;
    }
    for (name, y) in [(q::infj, f64::INFINITY), (q::nanj, f64::NAN)] {
        let c = complex::new(vm, 0.0, y)?;
        crate::obj::dict::set_qstr(vm, g, name, c)?;
    }
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn square_roots() {
        assert_eq!(sqrt_parts(-4.0, 0.0), (0.0, 2.0));
        assert_eq!(sqrt_parts(4.0, 0.0), (2.0, 0.0));
        assert_eq!(sqrt_parts(-4.0, -0.0), (0.0, -2.0));
        assert_eq!(sqrt_parts(0.0, 2.0), (1.0, 1.0));
        let (re, im) = sqrt_parts(3e307, 4e307);
        assert!((re / 6.324555320336759e153 - 1.0).abs() < 1e-15, "{re}");
        assert!((im / 3.1622776601683795e153 - 1.0).abs() < 1e-15, "{im}");
        let (re, im) = sqrt_parts(-3e-310, 4e-310);
        assert!(re > 0.0 && im > 0.0 && (re * re - im * im + 3e-310).abs() < 1e-320);
    }
}
