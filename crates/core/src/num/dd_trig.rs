//! `sin`, `cos`, `tan`, `asin`, `acos`, `atan` and `atan2` correctly rounded in all but
//! astronomically rare cases, as the C library behind CPython computes them (the `libm`
//! crate's are off by an ulp for a few percent of arguments).
//!
//! The direct functions reduce the argument by pi/2 split into four parts (exact products
//! for multiples below 2**19) and sum Taylor series in double-double arithmetic; the inverse
//! functions take libm's result (within an ulp) and make one Newton step on `sin`/`cos` in
//! double-double, which leaves an error far below an ulp. Arguments outside those ranges
//! (huge, tiny, special) use libm, which is exact or correctly rounded there.

use super::dd_math::{add, div, mul, mul_f64, neg, two_prod, two_sum, Dd, ONE};

/// pi/2 as 33 + 33 + 33 + 53 bits.
const PIO2: [f64; 4] = [
    f64::from_bits(0x3FF9_21FB_5440_0000),
    f64::from_bits(0x3DD0_B461_1A60_0000),
    f64::from_bits(0x3BA3_198A_2E00_0000),
    f64::from_bits(0x397B_839A_2520_49C1),
];
const TWO_OVER_PI: f64 = f64::from_bits(0x3FE4_5F30_6DC9_C883);
/// Largest argument reduced here: its multiple of pi/2 stays below 2**19.
const MAX_REDUCE: f64 = 8e5;
/// Below this, double-double products would reach the subnormal range.
const MIN_DD: f64 = 1e-150;

/// `x = k * pi/2 + r`: returns `r` (`|r| <= pi/4` or so) and `k mod 4`.
fn reduce(x: f64) -> (Dd, u32) {
    let k = libm::round(x * TWO_OVER_PI);
    // `k * PIO2[0..3]` are exact (19 + 33 bits) and so is `x - k * PIO2[0]` (Sterbenz).
    let t = x - k * PIO2[0];
    let r = two_sum(t, -k * PIO2[1]);
    let r = add(r, Dd(-k * PIO2[2], 0.0));
    let r = add(r, neg(two_prod(k, PIO2[3])));
    (r, (k as i64).rem_euclid(4) as u32)
}

/// `1 - r2 * p / n` (one Horner step of the sine and cosine series).
fn step(r2: Dd, p: Dd, n: u32) -> Dd {
    add(ONE, neg(div(mul(r2, p), Dd(n as f64, 0.0))))
}

/// `sin r` for `|r| <= pi/4`: `r (1 - r²/(2·3) (1 - r²/(4·5) (...)))`.
fn sin_kernel(r: Dd) -> Dd {
    let r2 = mul(r, r);
    let p = (1..=15).rev().fold(ONE, |p, j| step(r2, p, (2 * j) * (2 * j + 1)));
    mul(r, p)
}

/// `cos r` for `|r| <= pi/4`: `1 - r²/(1·2) (1 - r²/(3·4) (...))`.
fn cos_kernel(r: Dd) -> Dd {
    let r2 = mul(r, r);
    (1..=15).rev().fold(ONE, |p, j| step(r2, p, (2 * j - 1) * (2 * j)))
}

/// `(sin x, cos x)` for `|x| <= MAX_REDUCE`.
fn sin_cos(x: f64) -> (Dd, Dd) {
    let (r, q) = reduce(x);
    let (s, c) = (sin_kernel(r), cos_kernel(r));
    match q {
        0 => (s, c),
        1 => (c, neg(s)),
        2 => (neg(s), neg(c)),
        _ => (neg(c), s),
    }
}

fn in_range(x: f64) -> bool {
    x.is_finite() && x.abs() <= MAX_REDUCE && x.abs() >= MIN_DD
}

pub(crate) fn sin(x: f64) -> f64 {
    if !in_range(x) {
        return libm::sin(x);
    }
    let s = sin_cos(x).0;
    s.0 + s.1
}

pub(crate) fn cos(x: f64) -> f64 {
    if !in_range(x) {
        return libm::cos(x);
    }
    let c = sin_cos(x).1;
    c.0 + c.1
}

pub(crate) fn tan(x: f64) -> f64 {
    if !in_range(x) {
        return libm::tan(x);
    }
    let (s, c) = sin_cos(x);
    let t = div(s, c);
    t.0 + t.1
}

/// One Newton step from `t0` on `f` (given in double-double) with derivative `fp`.
fn newton(t0: f64, f: Dd, fp: f64) -> f64 {
    if fp == 0.0 || !fp.is_finite() {
        return t0;
    }
    t0 - (f.0 + f.1) / fp
}

pub(crate) fn asin(x: f64) -> f64 {
    let t0 = libm::asin(x);
    if x.is_nan() || x.abs() >= 1.0 || x.abs() < MIN_DD {
        return t0;
    }
    let (s, c) = sin_cos(t0);
    newton(t0, add(s, Dd(-x, 0.0)), c.0)
}

pub(crate) fn acos(x: f64) -> f64 {
    let t0 = libm::acos(x);
    if x.is_nan() || x.abs() >= 1.0 {
        return t0;
    }
    let (s, c) = sin_cos(t0);
    newton(t0, add(c, Dd(-x, 0.0)), -s.0)
}

pub(crate) fn atan2(y: f64, x: f64) -> f64 {
    let t0 = libm::atan2(y, x);
    if !y.is_finite() || !x.is_finite() || y == 0.0 || x == 0.0 || t0.abs() < MIN_DD {
        return t0;
    }
    // Scale both by the same power of two so the larger is near 1 (exact unless the
    // smaller underflows, and then the angle is within an ulp of 0, ±pi/2 or ±pi anyway).
    let e = libm::ilogb(x.abs().max(y.abs()));
    let (xs, ys) = (libm::scalbn(x, -e), libm::scalbn(y, -e));
    let (s, c) = sin_cos(t0);
    let f = add(mul_f64(s, xs), neg(mul_f64(c, ys)));
    newton(t0, f, xs * c.0 + ys * s.0)
}

pub(crate) fn atan(x: f64) -> f64 {
    if x.is_nan() || x.abs() < MIN_DD {
        return libm::atan(x);
    }
    atan2(x, 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_values_are_correctly_rounded() {
        // Values as CPython (glibc) gives them.
        assert_eq!(sin(-2.3311765863466433), -0.724573989382638);
        assert_eq!(cos(0.5), 0.8775825618903728);
        assert_eq!(sin(core::f64::consts::PI), 1.2246467991473532e-16);
        assert_eq!(cos(core::f64::consts::FRAC_PI_2), 6.123233995736766e-17);
        assert_eq!(tan(core::f64::consts::FRAC_PI_4), 0.9999999999999999);
        assert_eq!(atan(1.0), core::f64::consts::FRAC_PI_4);
        assert_eq!(asin(1.0), core::f64::consts::FRAC_PI_2);
        assert_eq!(acos(-1.0), core::f64::consts::PI);
        assert_eq!(atan2(-0.0, -1.0), -core::f64::consts::PI);
        assert_eq!(atan(1e300), core::f64::consts::FRAC_PI_2);
        assert_eq!(sin(1e-300), 1e-300);
    }

    #[test]
    fn correctly_rounded_where_glibc_is_not() {
        assert_eq!(sin(f64::from_bits(0x401C_CBA3_3127_9D9C)), 0.7929767007832816);
        assert_eq!(asin(-0.1174739346482836), -0.11774581897606991);
    }

    #[test]
    fn reduction_is_exact_near_multiples_of_half_pi() {
        // 355/113 is close to pi: sin(355) is small and needs many bits of pi.
        assert_eq!(sin(355.0), -3.014435335948845e-05);
        assert_eq!(cos(11.0), 0.004425697988050785);
    }
}
