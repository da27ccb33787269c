//! Compile-time numbers for constant folding, with MicroPython's arithmetic: ints are
//! arbitrary precision (results beyond a size limit are left unfolded), floats follow
//! MicroPython's float rules (Python `//` and `%`; `ZeroDivisionError` and complex results are
//! left unfolded, to be raised at run time). Ints become floats correctly rounded, as at run
//! time and in CPython, where mpy-cross can be one ulp off or give inf/nan: those few constants
//! differ from mpy-cross's, and an int too large for a float, like a float power that
//! overflows, is left to raise `OverflowError` at run time instead of folding to inf or nan.

use super::bigint::BigInt;
use crate::parse::ast::{BinOp, Const, UnaryOp};

#[derive(Debug, Clone, PartialEq)]
pub(super) enum Num {
    Int(BigInt),
    Float(f64),
}

impl Num {
    /// The number a literal denotes, if it is an int or a float (imaginary literals do not
    /// fold).
    pub fn from_const(c: &Const) -> Option<Num> {
        match c {
            Const::Int(v) => Some(Num::Int(BigInt::from_i64(*v))),
            Const::BigInt(text) => BigInt::parse(text).map(Num::Int),
            Const::Float(f) => Some(Num::Float(*f)),
            _ => None,
        }
    }

    pub fn to_const(&self) -> Const {
        match self {
            Num::Int(v) => match v.to_i64() {
                Some(v) => Const::Int(v),
                None => Const::BigInt(v.to_decimal()),
            },
            Num::Float(f) => Const::Float(*f),
        }
    }

    /// Whether this is an int MicroPython holds as a multi-precision object on a 64-bit
    /// host (outside the host's 63-bit small ints).
    pub fn is_host_bigint(&self) -> bool {
        match self {
            Num::Int(v) => v.to_i64().is_none_or(|x| !(-(1i64 << 62)..1i64 << 62).contains(&x)),
            Num::Float(_) => false,
        }
    }

    /// `float(self)`, correctly rounded as at run time; `None` for an int too large for a
    /// float (an `OverflowError` at run time, so nothing folds).
    fn as_float(&self) -> Option<f64> {
        match self {
            Num::Int(v) => int_to_float(v),
            Num::Float(f) => Some(*f),
        }
    }
}

fn int_to_float(v: &BigInt) -> Option<f64> {
    v.to_num().to_f64().ok()
}

/// `a op b` as MicroPython's constant folder computes it; `None` where it would raise, give
/// a complex result, or exceed what is folded here.
pub(super) fn binary(op: BinOp, a: &Num, b: &Num) -> Option<Num> {
    match (a, b) {
        (Num::Int(x), Num::Int(y)) => int_binary(op, x, y),
        _ => float_binary(op, a.as_float()?, b.as_float()?).map(Num::Float),
    }
}

fn int_binary(op: BinOp, x: &BigInt, y: &BigInt) -> Option<Num> {
    let v = match op {
        BinOp::Add => x.add(y),
        BinOp::Sub => x.sub(y),
        BinOp::Mult => x.mul(y)?,
        BinOp::FloorDiv => x.divmod(y)?.0,
        BinOp::Mod => x.divmod(y)?.1,
        // Correctly rounded, as CPython (and the VM) divide ints; mpy-cross divides the
        // rounded floats, which can be off by one ulp or give inf/nan for huge ints.
        BinOp::Div => return x.to_num().true_div(&y.to_num()).ok().map(Num::Float),
        BinOp::Pow => {
            if y.is_negative() {
                // A negative power is computed in floats, as MicroPython does.
                if x.is_zero() {
                    return None;
                }
                return float_pow(int_to_float(x)?, int_to_float(y)?).map(Num::Float);
            }
            x.pow(u64::try_from(y.to_i64()?).ok()?)?
        }
        BinOp::LShift => {
            if y.is_negative() {
                return None;
            }
            x.shl(u64::try_from(y.to_i64()?).ok()?)?
        }
        BinOp::RShift => {
            if y.is_negative() {
                return None;
            }
            x.shr(y.to_i64().map_or(u64::MAX, |n| n as u64))
        }
        BinOp::And => x.bitwise(y, |a, b| a & b),
        BinOp::Or => x.bitwise(y, |a, b| a | b),
        BinOp::Xor => x.bitwise(y, |a, b| a ^ b),
        BinOp::MatMult => return None,
    };
    Some(Num::Int(v))
}

fn float_binary(op: BinOp, x: f64, y: f64) -> Option<f64> {
    Some(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mult => x * y,
        BinOp::Div => {
            if y == 0.0 {
                return None;
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return None;
            }
            float_divmod(x, y).0
        }
        BinOp::Mod => {
            if y == 0.0 {
                return None;
            }
            let m = fmod(x, y);
            if m == 0.0 {
                copysign(0.0, y)
            } else if (m < 0.0) != (y < 0.0) {
                m + y
            } else {
                m
            }
        }
        BinOp::Pow => return float_pow(x, y),
        _ => return None,
    })
}

/// `x ** y` for floats as MicroPython folds it: `ZeroDivisionError` for zero to a negative
/// power, a complex result for a negative base and fractional exponent (neither folds);
/// integral exponents are computed exactly and rounded once (which is what `pow` returns).
fn float_pow(x: f64, y: f64) -> Option<f64> {
    if x == 0.0 && y < 0.0 {
        return None;
    }
    if x == 1.0 || y == 0.0 {
        return Some(1.0);
    }
    if y == 0.5 {
        return super::exact_pow::sqrt(x);
    }
    if floor(y) != y || y.abs() > 1e6 {
        return None;
    }
    if x == 0.0 {
        // Zero to a positive integral power: zero, negative only for -0.0 to an odd power.
        let odd = (y as i64) % 2 != 0;
        return Some(if odd { x } else { 0.0 });
    }
    // A finite base to a finite power overflowing is an `OverflowError` at run time (as in
    // CPython); mpy-cross folds it to inf.
    super::exact_pow::powi(x, y as i64).filter(|r| r.is_finite())
}

/// MicroPython's float divmod: returns (floor division, modulo).
fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = fmod(x, y);
    let mut div = (x - m) / y;
    if m == 0.0 {
        m = copysign(0.0, y);
    } else if (m < 0.0) != (y < 0.0) {
        m += y;
        div -= 1.0;
    }
    let floordiv = if div == 0.0 {
        copysign(0.0, x / y)
    } else {
        let f = floor(div);
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    };
    (floordiv, m)
}

/// `op a` as MicroPython's constant folder computes it (`~` on ints only).
pub(super) fn unary(op: UnaryOp, a: &Num) -> Option<Num> {
    match (op, a) {
        (UnaryOp::UAdd, _) => Some(a.clone()),
        (UnaryOp::USub, Num::Int(v)) => Some(Num::Int(v.neg())),
        (UnaryOp::USub, Num::Float(f)) => Some(Num::Float(-f)),
        (UnaryOp::Invert, Num::Int(v)) => Some(Num::Int(v.neg().sub(&BigInt::from_i64(1)))),
        _ => None,
    }
}

fn copysign(mag: f64, sign: f64) -> f64 {
    f64::from_bits((mag.to_bits() & !(1 << 63)) | (sign.to_bits() & (1 << 63)))
}

/// Largest integral value not above `x` (no `std` here).
pub(super) fn floor(x: f64) -> f64 {
    if !x.is_finite() || x.abs() >= (1u64 << 52) as f64 {
        return x;
    }
    let t = x as i64 as f64;
    let t = if t > x { t - 1.0 } else { t };
    if t == 0.0 && x.is_sign_negative() {
        -0.0
    } else {
        t
    }
}

/// C's `fmod`: the exact remainder of `x / y` with the sign of `x`.
fn fmod(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() || x.is_infinite() || y == 0.0 {
        return f64::NAN;
    }
    if y.is_infinite() || x.abs() < y.abs() {
        return x;
    }
    let (mx, ex) = split(x.abs());
    let (my, ey) = split(y.abs());
    // Long division of the mantissas, one binary digit at a time: exact.
    let mut r = mx;
    let mut e = ex;
    while e > ey {
        if r >= my {
            r -= my;
        }
        r <<= 1;
        e -= 1;
    }
    if r >= my {
        r -= my;
    }
    let v = if r == 0 { 0.0 } else { join(r, ey) };
    copysign(v, x)
}

/// Splits a finite positive float into an integer mantissa and exponent: `m * 2^e`.
fn split(x: f64) -> (u64, i32) {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7FF) as i32;
    let frac = bits & ((1 << 52) - 1);
    if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), exp - 1075)
    }
}

/// `m * 2^e` for `m < 2^53`, exactly (the value is a remainder, so it is representable).
fn join(m: u64, e: i32) -> f64 {
    let mut v = m as f64;
    let mut e = e;
    while e > 0 {
        v *= 2.0;
        e -= 1;
    }
    while e < 0 {
        // Halving a value whose low bits are zero is exact until subnormal range, where
        // the remainder's own exponent guarantees exactness too.
        v *= 0.5;
        e += 1;
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(v: i64) -> Num {
        Num::Int(BigInt::from_i64(v))
    }

    #[test]
    fn int_folding_follows_python() {
        assert_eq!(binary(BinOp::FloorDiv, &int(-7), &int(2)), Some(int(-4)));
        assert_eq!(binary(BinOp::Mod, &int(-7), &int(2)), Some(int(1)));
        assert_eq!(binary(BinOp::Mod, &int(7), &int(-2)), Some(int(-1)));
        assert_eq!(binary(BinOp::Div, &int(7), &int(2)), Some(Num::Float(3.5)));
        assert_eq!(binary(BinOp::Div, &int(7), &int(0)), None);
        let big = |text: &str| Num::Int(BigInt::parse(text).unwrap());
        // Correctly rounded as CPython gives it (mpy-cross: -3.333333333333334e+24).
        assert_eq!(
            binary(BinOp::Div, &big("-10000000000000000000000000"), &int(3)),
            Some(Num::Float(-3.3333333333333333e+24))
        );
        // Ints beyond a float's range: an OverflowError at run time, not inf or nan.
        let huge = big(&alloc::format!("1{}", "0".repeat(400)));
        assert_eq!(binary(BinOp::Div, &huge, &int(1)), None);
        assert_eq!(binary(BinOp::Add, &huge, &Num::Float(1.0)), None);
        assert_eq!(binary(BinOp::Pow, &huge, &int(-1)), None);
        let huge_tenth = big(&alloc::format!("1{}", "0".repeat(399)));
        assert_eq!(binary(BinOp::Div, &huge, &huge_tenth), Some(Num::Float(10.0)));
        assert_eq!(
            binary(BinOp::Pow, &int(2), &int(100)),
            Some(Num::Int(BigInt::parse("1267650600228229401496703205376").unwrap()))
        );
        assert_eq!(binary(BinOp::Pow, &int(10), &int(-3)), Some(Num::Float(0.001)));
        assert_eq!(binary(BinOp::LShift, &int(1), &int(-1)), None);
        assert_eq!(binary(BinOp::RShift, &int(-9), &int(1)), Some(int(-5)));
        assert_eq!(binary(BinOp::MatMult, &int(1), &int(1)), None);
        assert_eq!(unary(UnaryOp::Invert, &Num::Float(1.0)), None);
    }

    #[test]
    fn float_folding_follows_micropython() {
        assert_eq!(binary(BinOp::Mod, &Num::Float(-7.5), &int(2)), Some(Num::Float(0.5)));
        assert_eq!(binary(BinOp::FloorDiv, &Num::Float(-7.5), &int(2)), Some(Num::Float(-4.0)));
        assert_eq!(
            binary(BinOp::Mod, &Num::Float(5.0), &Num::Float(0.1)),
            Some(Num::Float(0.09999999999999973))
        );
        assert_eq!(binary(BinOp::Pow, &Num::Float(1.5), &int(2)), Some(Num::Float(2.25)));
        assert_eq!(
            binary(BinOp::Pow, &Num::Float(2.0), &Num::Float(0.5)),
            Some(Num::Float(core::f64::consts::SQRT_2))
        );
        assert_eq!(binary(BinOp::Pow, &Num::Float(2.0), &Num::Float(1.5)), None);
        assert_eq!(binary(BinOp::Pow, &Num::Float(10.0), &int(309)), None);
        assert_eq!(binary(BinOp::Pow, &Num::Float(10.0), &int(308)), Some(Num::Float(1e308)));
        assert_eq!(binary(BinOp::Pow, &Num::Float(0.5), &int(1080)), Some(Num::Float(0.0)));
        assert_eq!(binary(BinOp::Or, &Num::Float(1.0), &int(1)), None);
        assert_eq!(floor(-0.5), -1.0);
        assert_eq!(floor(2.0), 2.0);
    }
}
