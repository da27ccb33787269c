//! Python float arithmetic where it differs from IEEE operators: `/ // % divmod **` with
//! Python's errors and signs, exact comparison with ints, and float-to-int conversions.

use super::bigint::BigInt;
use super::{IntRef, NumError};
use core::cmp::Ordering;

const POW_OVERFLOW: NumError = NumError::Overflow("(34, 'Numerical result out of range')");

/// `x / y`.
pub fn div(x: f64, y: f64) -> Result<f64, NumError> {
    if y == 0.0 {
        return Err(NumError::ZeroDivision("float division by zero"));
    }
    Ok(x / y)
}

/// `x % y`: the result has `y`'s sign (a zero result too).
pub fn rem(x: f64, y: f64) -> Result<f64, NumError> {
    if y == 0.0 {
        return Err(NumError::ZeroDivision("float modulo"));
    }
    Ok(floored_rem(x, y).0)
}

/// `x // y`.
pub fn floor_div(x: f64, y: f64) -> Result<f64, NumError> {
    if y == 0.0 {
        return Err(NumError::ZeroDivision("float floor division by zero"));
    }
    Ok(divmod_nonzero(x, y).0)
}

/// `divmod(x, y)`.
pub fn divmod(x: f64, y: f64) -> Result<(f64, f64), NumError> {
    if y == 0.0 {
        return Err(NumError::ZeroDivision("float divmod()"));
    }
    Ok(divmod_nonzero(x, y))
}

/// The floored remainder and whether it was moved over from C's truncated one.
fn floored_rem(x: f64, y: f64) -> (f64, bool) {
    let r = libm::fmod(x, y);
    if r == 0.0 {
        (libm::copysign(0.0, y), false)
    } else if (r < 0.0) != (y < 0.0) {
        (r + y, true)
    } else {
        (r, false)
    }
}

fn divmod_nonzero(x: f64, y: f64) -> (f64, f64) {
    let truncated = libm::fmod(x, y);
    let (r, moved) = floored_rem(x, y);
    // x - truncated is an exact multiple of y, so this quotient is an integer up to rounding.
    let mut q = (x - truncated) / y;
    if moved {
        q -= 1.0;
    }
    if q == 0.0 {
        return (libm::copysign(0.0, x / y), r);
    }
    let mut fq = libm::floor(q);
    if q - fq > 0.5 {
        fq += 1.0;
    }
    (fq, r)
}

/// `x ** y`. `Ok(None)` means the result is complex (a negative base with a non-integral
/// exponent): the caller computes it with complex arithmetic or raises.
pub fn pow(x: f64, y: f64) -> Result<Option<f64>, NumError> {
    if y == 0.0 {
        return Ok(Some(1.0));
    }
    if x.is_nan() {
        return Ok(Some(x));
    }
    if y.is_nan() {
        return Ok(Some(if x == 1.0 { 1.0 } else { y }));
    }
    if y.is_infinite() {
        let ax = x.abs();
        let r = if ax == 1.0 {
            1.0
        } else if (ax > 1.0) == (y > 0.0) {
            f64::INFINITY
        } else {
            0.0
        };
        return Ok(Some(r));
    }
    let odd = is_odd_integer(y);
    if x.is_infinite() {
        let r = match (y > 0.0, odd) {
            (true, true) => x,
            (true, false) => f64::INFINITY,
            (false, true) => libm::copysign(0.0, x),
            (false, false) => 0.0,
        };
        return Ok(Some(r));
    }
    if x == 0.0 {
        if y < 0.0 {
            return Err(NumError::ZeroDivision("0.0 cannot be raised to a negative power"));
        }
        return Ok(Some(if odd { x } else { 0.0 }));
    }
    if x < 0.0 && !is_integer(y) {
        return Ok(None);
    }
    if x > 0.0 {
        // One correctly rounded operation gives the correctly rounded power.
        if y == 0.5 {
            return Ok(Some(libm::sqrt(x)));
        }
        if y == 1.0 {
            return Ok(Some(x));
        }
        if y == 2.0 {
            let r = x * x;
            return if r.is_finite() { Ok(Some(r)) } else { Err(POW_OVERFLOW) };
        }
    }
    let negate = x < 0.0 && odd;
    let r = if y.abs() <= MAX_EXACT_EXPONENT && is_integer(y) {
        exact_int_pow(x.abs(), y)
    } else {
        super::dd_math::pow_positive(x.abs(), y)
    };
    let r = r.filter(|r| r.is_finite()).ok_or(POW_OVERFLOW)?;
    Ok(Some(if negate { -r } else { r }))
}

/// Integral exponents up to this size are computed exactly with big ints, then rounded once.
const MAX_EXACT_EXPONENT: f64 = 1100.0;

/// `x ** n` for finite `x > 0` and integral `n`, correctly rounded; `None` on overflow.
fn exact_int_pow(x: f64, n: f64) -> Option<f64> {
    let (m, e) = super::bigint::decompose(x);
    let tz = m.trailing_zeros();
    let (m, e) = (m >> tz, e + tz as i64);
    let k = n.abs() as u64;
    let power = BigInt::from(m).pow_u64(k, usize::MAX).ok()?;
    let exp2 = e * k as i64;
    if n > 0.0 {
        super::bigint::scaled_to_f64(power.parts().1, exp2)
    } else {
        super::bigint::ratio_to_f64(&[1], power.parts().1, -exp2)
    }
}

/// `float.is_integer()`.
pub fn is_integer(x: f64) -> bool {
    x.is_finite() && libm::floor(x) == x
}

fn is_odd_integer(y: f64) -> bool {
    is_integer(y) && libm::fmod(y.abs(), 2.0) == 1.0
}

/// Exact comparison of a float with an int (`None` when `x` is NaN).
pub fn cmp_with_int(x: f64, v: IntRef) -> Option<Ordering> {
    if x.is_nan() {
        return None;
    }
    if let IntRef::Small(i) = v {
        if i.unsigned_abs() <= 1 << 53 {
            return x.partial_cmp(&(i as f64));
        }
    }
    if x.is_infinite() {
        return Some(if x > 0.0 { Ordering::Greater } else { Ordering::Less });
    }
    let whole = libm::trunc(x);
    let t = BigInt::from_f64(whole).ok()?;
    let ord = match v {
        IntRef::Small(i) => t.cmp(&BigInt::from(i)),
        IntRef::Big(b) => t.cmp(b),
    };
    Some(ord.then_with(|| (x - whole).partial_cmp(&0.0).unwrap_or(Ordering::Equal)))
}

/// `math.floor(x)` as an int.
pub fn floor_to_int(x: f64) -> Result<BigInt, NumError> {
    BigInt::from_f64(libm::floor(x))
}

/// `math.ceil(x)` as an int.
pub fn ceil_to_int(x: f64) -> Result<BigInt, NumError> {
    BigInt::from_f64(libm::ceil(x))
}

/// `float.as_integer_ratio()`: the exact value as a fraction in lowest terms.
pub fn as_integer_ratio(x: f64) -> Result<(BigInt, BigInt), NumError> {
    if x.is_nan() {
        return Err(NumError::Value("cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(NumError::Overflow("cannot convert Infinity to integer ratio"));
    }
    let (m, e) = super::bigint::decompose(x);
    let signed = |m: u64| {
        let v = BigInt::from(m);
        if x < 0.0 {
            v.neg()
        } else {
            v
        }
    };
    if m == 0 {
        return Ok((BigInt::zero(), BigInt::from(1i64)));
    }
    if e >= 0 {
        let num = signed(m).shl(e, usize::MAX)?;
        return Ok((num, BigInt::from(1i64)));
    }
    let cancel = (m.trailing_zeros() as i64).min(-e);
    let den = BigInt::from(1i64).shl(-e - cancel, usize::MAX)?;
    Ok((signed(m >> cancel), den))
}
