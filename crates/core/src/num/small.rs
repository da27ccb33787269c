//! Fast paths for Python `int` operators on `i64` operands.
//!
//! Each returns `None` when the result does not fit an `i64` or the operation raises (zero
//! divisor, negative shift or exponent); the caller then redoes it with [`BigInt`], which
//! produces the big result or the right error.
//!
//! [`BigInt`]: super::BigInt

/// `a // b` (flooring).
pub fn floor_div(a: i64, b: i64) -> Option<i64> {
    let q = a.checked_div(b)?;
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        Some(q - 1)
    } else {
        Some(q)
    }
}

/// `a % b` (the result has `b`'s sign).
pub fn modulo(a: i64, b: i64) -> Option<i64> {
    let r = a.checked_rem(b)?;
    if r != 0 && ((r < 0) != (b < 0)) {
        Some(r + b)
    } else {
        Some(r)
    }
}

/// `a ** b` for `b >= 0`.
pub fn pow(a: i64, b: i64) -> Option<i64> {
    a.checked_pow(u32::try_from(b).ok()?)
}

/// `a << b` for `b >= 0`.
pub fn shl(a: i64, b: i64) -> Option<i64> {
    if b < 0 {
        return None;
    }
    if a == 0 {
        return Some(0);
    }
    if b >= 63 {
        return None;
    }
    let r = a << b;
    (r >> b == a).then_some(r)
}

/// `a >> b` for `b >= 0` (flooring).
pub fn shr(a: i64, b: i64) -> Option<i64> {
    if b < 0 {
        return None;
    }
    Some(a >> b.min(63))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_signs_and_overflow() {
        assert_eq!(floor_div(-7, 2), Some(-4));
        assert_eq!(modulo(-7, 2), Some(1));
        assert_eq!(modulo(7, -2), Some(-1));
        assert_eq!(floor_div(i64::MIN, -1), None);
        assert_eq!(modulo(i64::MIN, -1), None);
        assert_eq!(floor_div(1, 0), None);
        assert_eq!(pow(3, 39), Some(4_052_555_153_018_976_267));
        assert_eq!(pow(3, 40), None);
        assert_eq!(pow(2, -1), None);
        assert_eq!(shl(1, 62), Some(1 << 62));
        assert_eq!(shl(1, 63), None);
        assert_eq!(shl(-1, 63), None);
        assert_eq!(shl(3, -1), None);
        assert_eq!(shr(-1, 1000), Some(-1));
        assert_eq!(shr(-7, 1), Some(-4));
    }
}
