//! IEEE 754 half precision (binary16), the `struct` format `e`: conversion to and from `f64`
//! with round-half-to-even, as CPython packs it.

/// The half-precision bits nearest to `x`; `None` if `x` is finite but too large (CPython's
/// OverflowError).
pub fn from_f64(x: f64) -> Option<u16> {
    let sign = if x.is_sign_negative() { 0x8000u16 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    let a = x.abs();
    if a.is_infinite() {
        return Some(sign | 0x7c00);
    }
    if a == 0.0 {
        return Some(sign);
    }
    // Scale so the value is an integer count of the smallest step at its binade: subnormal
    // halves have a step of 2**-24, normal ones 2**(e-10) for exponent e.
    let e = libm::ilogb(a).max(-14);
    let step_exp = e - 10;
    let scaled = libm::ldexp(a, -step_exp);
    let mut m = round_half_even(scaled) as u32;
    let mut e = e;
    if m >= 2048 {
        m >>= 1;
        e += 1;
    }
    if e > 15 {
        return None;
    }
    let bits = if m < 1024 { m as u16 } else { (((e + 15) as u16) << 10) | (m as u16 & 0x3ff) };
    Some(sign | bits)
}

fn round_half_even(x: f64) -> f64 {
    let r = libm::round(x);
    if (r - x).abs() == 0.5 && r % 2.0 != 0.0 {
        r - (r - x).signum()
    } else {
        r
    }
}

/// The value of half-precision bits.
pub fn to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = ((h >> 10) & 0x1f) as i32;
    let m = (h & 0x3ff) as f64;
    sign * match e {
        0 => libm::ldexp(m, -24),
        31 if m == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => libm::ldexp(1024.0 + m, e - 25),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_values_round_trip() {
        for (x, h) in [(1.0, 0x3c00u16), (-2.0, 0xc000), (65504.0, 0x7bff), (6.103515625e-05, 0x0400)] {
            assert_eq!(from_f64(x), Some(h));
            assert_eq!(to_f64(h), x);
        }
        assert_eq!(from_f64(5.960464477539063e-08), Some(1));
        assert_eq!(from_f64(f64::INFINITY), Some(0x7c00));
        assert_eq!(from_f64(-0.0), Some(0x8000));
        assert!(to_f64(0x7e00).is_nan());
    }

    #[test]
    fn rounds_half_to_even_and_detects_overflow() {
        // 1 + 2**-11 lies halfway between 1 and 1 + 2**-10: ties go to the even mantissa.
        assert_eq!(from_f64(1.0 + libm::ldexp(1.0, -11)), Some(0x3c00));
        assert_eq!(from_f64(1.0 + 3.0 * libm::ldexp(1.0, -11)), Some(0x3c02));
        assert_eq!(from_f64(65519.0), Some(0x7bff));
        assert_eq!(from_f64(65520.0), None);
        assert_eq!(from_f64(1e-9), Some(0));
    }
}
