//! The `math` module: MicroPython's set (constants, the libm functions, `log` with a base,
//! `frexp`/`modf`/`ldexp`, `isclose`, `factorial`, `erf`/`gamma`) plus CPython's other
//! functions (`gcd`, `lcm`, `comb`, `perm`, `isqrt`, `prod`, `fsum`, `hypot`, `dist`, ...).
//!
//! Errors follow CPython: a NaN result from a non-NaN argument, or an infinite one from a
//! finite argument, is ValueError("math domain error"), except for functions that can
//! overflow (`exp`, `cosh`, `pow`, ...), where an infinite result is OverflowError("math
//! range error"). Results come from the `libm` crate, or from the double-double routines of
//! `num::dd_math` where libm is not correctly rounded and CPython's C library is.

use crate::num::dd_trig;
use crate::obj::builtin_fn::BuiltinFn;
use crate::obj::{float, int, tuple};
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Raised, Vm};

mod elementary;
mod integer;
mod sums;

/// A float argument: a float, an int, or an object with `__float__` (not a str).
pub(crate) fn float_arg(vm: &mut Vm, v: Value) -> PyResult<f64> {
    if let Some(f) = float::as_f64(vm, v)? {
        return Ok(f);
    }
    if vm.type_of(v).is_class() {
        return vm.to_f64(v);
    }
    let t = vm.type_name(v);
    Err(vm.type_error(&alloc::format!("can't convert {t} to float")))
}

pub(crate) fn domain_error(vm: &mut Vm) -> Raised {
    vm.value_error("math domain error")
}

pub(crate) fn range_error(vm: &mut Vm) -> Raised {
    vm.overflow_error("math range error")
}

/// Applies `f` and reports non-finite results as CPython does (see the module documentation).
fn math_1(vm: &mut Vm, x: Value, f: fn(f64) -> f64, can_overflow: bool) -> PyResult<Value> {
    let x = float_arg(vm, x)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range_error(vm) } else { domain_error(vm) });
    }
    float::new(vm, r)
}

macro_rules! math1 {
    ($($static:ident, $name:ident, $f:expr, $overflow:expr;)*) => {
        $(
            static $static: BuiltinFn = BuiltinFn::f1(q::$name, |vm, x| math_1(vm, x, $f, $overflow));
        )*
    };
}

math1! {
    SQRT, sqrt, libm::sqrt, false;
    EXP, exp, elementary::exp, true;
    EXP2, exp2, libm::exp2, true;
    EXPM1, expm1, libm::expm1, true;
    LOG1P, log1p, libm::log1p, false;
    COS, cos, dd_trig::cos, false;
    SIN, sin, dd_trig::sin, false;
    TAN, tan, dd_trig::tan, false;
    ACOS, acos, dd_trig::acos, false;
    ASIN, asin, dd_trig::asin, false;
    ATAN, atan, dd_trig::atan, false;
    COSH, cosh, libm::cosh, true;
    SINH, sinh, libm::sinh, true;
    TANH, tanh, libm::tanh, false;
    ACOSH, acosh, libm::acosh, false;
    ASINH, asinh, libm::asinh, false;
    ATANH, atanh, libm::atanh, false;
    CBRT, cbrt, libm::cbrt, false;
    ERF, erf, libm::erf, false;
    ERFC, erfc, libm::erfc, false;
    FABS, fabs, f64::abs, false;
    DEGREES, degrees, |x| x * (180.0 / core::f64::consts::PI), true;
    RADIANS, radians, |x| x * (core::f64::consts::PI / 180.0), true;
}

fn to_bool(vm: &mut Vm, x: Value, f: fn(f64) -> bool) -> PyResult<Value> {
    let x = float_arg(vm, x)?;
    Ok(Value::from_bool(f(x)))
}

static ISFINITE: BuiltinFn = BuiltinFn::f1(q::isfinite, |vm, x| to_bool(vm, x, f64::is_finite));
static ISINF: BuiltinFn = BuiltinFn::f1(q::isinf, |vm, x| to_bool(vm, x, f64::is_infinite));
static ISNAN: BuiltinFn = BuiltinFn::f1(q::isnan, |vm, x| to_bool(vm, x, f64::is_nan));

static LOG: BuiltinFn = BuiltinFn::var(q::log, 1, 2, elementary::log);
static LOG2: BuiltinFn = BuiltinFn::f1(q::log2, elementary::log2);
static LOG10: BuiltinFn = BuiltinFn::f1(q::log10, elementary::log10);
static POW: BuiltinFn = BuiltinFn::f2(q::pow, elementary::pow);
static ATAN2: BuiltinFn = BuiltinFn::f2(q::atan2, elementary::atan2);
static COPYSIGN: BuiltinFn = BuiltinFn::f2(q::copysign, elementary::copysign);
static FMOD: BuiltinFn = BuiltinFn::f2(q::fmod, elementary::fmod);
static REMAINDER: BuiltinFn = BuiltinFn::f2(q::remainder, elementary::remainder);
static LDEXP: BuiltinFn = BuiltinFn::f2(q::ldexp, elementary::ldexp);
static FREXP: BuiltinFn = BuiltinFn::f1(q::frexp, elementary::frexp);
static MODF: BuiltinFn = BuiltinFn::f1(q::modf, elementary::modf);
static CEIL: BuiltinFn = BuiltinFn::f1(q::ceil, |vm, x| elementary::to_int(vm, x, q::__ceil__, libm::ceil));
static FLOOR: BuiltinFn =
    BuiltinFn::f1(q::floor, |vm, x| elementary::to_int(vm, x, q::__floor__, libm::floor));
static TRUNC: BuiltinFn =
    BuiltinFn::f1(q::trunc, |vm, x| elementary::to_int(vm, x, q::__trunc__, libm::trunc));
static GAMMA: BuiltinFn = BuiltinFn::f1(q::gamma, elementary::gamma);
static LGAMMA: BuiltinFn = BuiltinFn::f1(q::lgamma, elementary::lgamma);
static ISCLOSE: BuiltinFn = BuiltinFn::kw(q::isclose, elementary::isclose);
static NEXTAFTER: BuiltinFn = BuiltinFn::f2(q::nextafter, elementary::nextafter);
static ULP: BuiltinFn = BuiltinFn::f1(q::ulp, elementary::ulp);

static FACTORIAL: BuiltinFn = BuiltinFn::f1(q::factorial, integer::factorial);
static GCD: BuiltinFn = BuiltinFn::var(q::gcd, 0, 255, integer::gcd);
static LCM: BuiltinFn = BuiltinFn::var(q::lcm, 0, 255, integer::lcm);
static COMB: BuiltinFn = BuiltinFn::f2(q::comb, integer::comb);
static PERM: BuiltinFn = BuiltinFn::var(q::perm, 1, 2, integer::perm);
static ISQRT: BuiltinFn = BuiltinFn::f1(q::isqrt, integer::isqrt);

static FSUM: BuiltinFn = BuiltinFn::f1(q::fsum, sums::fsum);
static PROD: BuiltinFn = BuiltinFn::kw(q::prod, sums::prod);
static HYPOT: BuiltinFn = BuiltinFn::var(q::hypot, 0, 255, sums::hypot);
static DIST: BuiltinFn = BuiltinFn::f2(q::dist, sums::dist);

/// `math.pi`, `math.e`, ... live in the module's globals (a float is not constant data).
const CONSTANTS: [(Qstr, f64); 5] = [
    (q::pi, core::f64::consts::PI),
    (q::e, core::f64::consts::E),
    (q::tau, core::f64::consts::TAU),
    (q::inf, f64::INFINITY),
    (q::nan, f64::NAN),
];

static TABLE: [(Qstr, Value); 56] = [
    (q::__name__, Value::qstr(q::math)),
    (q::sqrt, Value::from_static(&SQRT)),
    (q::pow, Value::from_static(&POW)),
    (q::exp, Value::from_static(&EXP)),
    (q::exp2, Value::from_static(&EXP2)),
    (q::expm1, Value::from_static(&EXPM1)),
    (q::log, Value::from_static(&LOG)),
    (q::log2, Value::from_static(&LOG2)),
    (q::log10, Value::from_static(&LOG10)),
    (q::log1p, Value::from_static(&LOG1P)),
    (q::cosh, Value::from_static(&COSH)),
    (q::sinh, Value::from_static(&SINH)),
    (q::tanh, Value::from_static(&TANH)),
    (q::acosh, Value::from_static(&ACOSH)),
    (q::asinh, Value::from_static(&ASINH)),
    (q::atanh, Value::from_static(&ATANH)),
    (q::cos, Value::from_static(&COS)),
    (q::sin, Value::from_static(&SIN)),
    (q::tan, Value::from_static(&TAN)),
    (q::acos, Value::from_static(&ACOS)),
    (q::asin, Value::from_static(&ASIN)),
    (q::atan, Value::from_static(&ATAN)),
    (q::atan2, Value::from_static(&ATAN2)),
    (q::ceil, Value::from_static(&CEIL)),
    (q::copysign, Value::from_static(&COPYSIGN)),
    (q::fabs, Value::from_static(&FABS)),
    (q::floor, Value::from_static(&FLOOR)),
    (q::fmod, Value::from_static(&FMOD)),
    (q::frexp, Value::from_static(&FREXP)),
    (q::ldexp, Value::from_static(&LDEXP)),
    (q::modf, Value::from_static(&MODF)),
    (q::isfinite, Value::from_static(&ISFINITE)),
    (q::isinf, Value::from_static(&ISINF)),
    (q::isnan, Value::from_static(&ISNAN)),
    (q::isclose, Value::from_static(&ISCLOSE)),
    (q::trunc, Value::from_static(&TRUNC)),
    (q::radians, Value::from_static(&RADIANS)),
    (q::degrees, Value::from_static(&DEGREES)),
    (q::factorial, Value::from_static(&FACTORIAL)),
    (q::erf, Value::from_static(&ERF)),
    (q::erfc, Value::from_static(&ERFC)),
    (q::gamma, Value::from_static(&GAMMA)),
    (q::lgamma, Value::from_static(&LGAMMA)),
    (q::cbrt, Value::from_static(&CBRT)),
    (q::remainder, Value::from_static(&REMAINDER)),
    (q::nextafter, Value::from_static(&NEXTAFTER)),
    (q::ulp, Value::from_static(&ULP)),
    (q::gcd, Value::from_static(&GCD)),
    (q::lcm, Value::from_static(&LCM)),
    (q::comb, Value::from_static(&COMB)),
    (q::perm, Value::from_static(&PERM)),
    (q::isqrt, Value::from_static(&ISQRT)),
    (q::fsum, Value::from_static(&FSUM)),
    (q::prod, Value::from_static(&PROD)),
    (q::hypot, Value::from_static(&HYPOT)),
    (q::dist, Value::from_static(&DIST)),
];

/// Creates the `math` module object.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let m = crate::obj::module::new(vm, q::math, &TABLE)?;
    let g = crate::obj::module::get(m).globals;
    for (name, x) in CONSTANTS {
        let f = float::new(vm, x)?;
        crate::obj::dict::set_qstr(vm, g, name, f)?;
    }
    Ok(m)
}

/// A pair `(a, b)` as a tuple (for `frexp`, `modf`, `cmath.polar`).
pub(crate) fn pair(vm: &mut Vm, a: Value, b: Value) -> PyResult<Value> {
    tuple::new(vm, &[a, b])
}

/// An int argument (ints, bools, and objects with `__index__`), as a `num::BigInt`-capable int.
pub(crate) fn int_arg(vm: &mut Vm, v: Value) -> PyResult<int::Int> {
    if let Some(i) = int::as_int(vm, v) {
        return Ok(i);
    }
    if vm.type_of(v).is_class() {
        if let Some(f) = vm.load_method_opt(v, q::__index__)? {
            let r = vm.call_method_pair(f, &[])?;
            if let Some(i) = int::as_int(vm, r) {
                return Ok(i);
            }
        }
    }
    let t = vm.type_name(v);
    Err(vm.type_error(&alloc::format!("'{t}' object cannot be interpreted as an integer")))
}
