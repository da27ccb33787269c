//! `pow` and `hypot` computed in double-double arithmetic (about 100 significant bits), then
//! rounded once to the nearest double.
//!
//! CPython calls the C library's `pow` and `hypot`, which on the usual hosts (glibc) are
//! correctly rounded in all but astronomically rare cases; the `libm` crate's are off by one
//! ulp now and then (`2 ** -0.5`, `abs(2+2j)`-like values). With ~100 bits before the final
//! rounding, a result differs from the correctly rounded one only when the exact value lies
//! within about 2**-90 of a rounding boundary.

use super::bigint::{decompose, round_to_f64};

/// A double-double: the unevaluated sum `hi + lo` with `|lo| <= ulp(hi) / 2`.
#[derive(Clone, Copy)]
pub(super) struct Dd(pub(super) f64, pub(super) f64);

pub(super) const ONE: Dd = Dd(1.0, 0.0);
/// ln 2 to 107 bits.
const LN2: Dd = Dd(f64::from_bits(0x3FE6_2E42_FEFA_39EF), f64::from_bits(0x3C7A_BC9E_3B39_803F));
const SQRT2: f64 = core::f64::consts::SQRT_2;

/// `x ** y` for finite `x > 0` and finite `y`; `None` when the result overflows.
pub(crate) fn pow_positive(x: f64, y: f64) -> Option<f64> {
    let l = ln(x);
    let estimate = y * l.0;
    if estimate > 760.0 {
        return None;
    }
    if estimate < -760.0 {
        return Some(0.0);
    }
    let t = mul_f64(l, y);
    let (e, n) = exp(t);
    to_f64_scaled(e, n)
}

/// `e**x` for finite `x`; `None` when the result overflows.
pub(crate) fn exp_f64(x: f64) -> Option<f64> {
    if x > 710.0 {
        return None;
    }
    if x < -746.0 {
        return Some(0.0);
    }
    let (e, n) = exp(Dd(x, 0.0));
    to_f64_scaled(e, n)
}

/// `ln(x)` for finite `x > 0`.
pub(crate) fn ln_f64(x: f64) -> f64 {
    let l = ln(x);
    l.0 + l.1
}

/// 1 / ln 10 to 107 bits.
const INV_LN10: Dd = Dd(f64::from_bits(0x3FDB_CB7B_1526_E50E), f64::from_bits(0x3C69_5355_BAAA_FAD3));

/// `log10(x)` for finite `x > 0`.
pub(crate) fn log10_f64(x: f64) -> f64 {
    let l = mul(ln(x), INV_LN10);
    l.0 + l.1
}

pub(super) fn two_sum(a: f64, b: f64) -> Dd {
    let s = a + b;
    let bb = s - a;
    Dd(s, (a - (s - bb)) + (b - bb))
}

fn quick_two_sum(a: f64, b: f64) -> Dd {
    let s = a + b;
    Dd(s, b - (s - a))
}

/// Veltkamp's split of `a` into two halves of 26 significant bits.
fn split(a: f64) -> (f64, f64) {
    let c = 134_217_729.0 * a;
    let hi = c - (c - a);
    (hi, a - hi)
}

/// Dekker's exact product.
pub(super) fn two_prod(a: f64, b: f64) -> Dd {
    let p = a * b;
    let (ah, al) = split(a);
    let (bh, bl) = split(b);
    Dd(p, ((ah * bh - p) + ah * bl + al * bh) + al * bl)
}

pub(super) fn add(a: Dd, b: Dd) -> Dd {
    let s = two_sum(a.0, b.0);
    let t = two_sum(a.1, b.1);
    let u = quick_two_sum(s.0, s.1 + t.0);
    quick_two_sum(u.0, u.1 + t.1)
}

pub(super) fn neg(a: Dd) -> Dd {
    Dd(-a.0, -a.1)
}

pub(super) fn mul(a: Dd, b: Dd) -> Dd {
    let p = two_prod(a.0, b.0);
    quick_two_sum(p.0, p.1 + (a.0 * b.1 + a.1 * b.0))
}

pub(super) fn mul_f64(a: Dd, b: f64) -> Dd {
    let p = two_prod(a.0, b);
    quick_two_sum(p.0, p.1 + a.1 * b)
}

pub(super) fn div(a: Dd, b: Dd) -> Dd {
    let q1 = a.0 / b.0;
    let r = add(a, neg(mul_f64(b, q1)));
    let q2 = r.0 / b.0;
    let r = add(r, neg(mul_f64(b, q2)));
    let q3 = r.0 / b.0;
    add(quick_two_sum(q1, q2), Dd(q3, 0.0))
}

/// `ln(x)` for finite `x > 0`: `x = 2**k * f` with `f` in `[sqrt(1/2), sqrt(2))`, and
/// `ln(f) = 2 atanh(s)` with `s = (f - 1) / (f + 1)`, `|s| < 0.172`, summed as a series.
fn ln(x: f64) -> Dd {
    let (m, e) = decompose(x);
    let len = 64 - m.leading_zeros() as i64;
    let mut k = e + len - 1;
    let mut f = f64::from_bits((1023u64 << 52) | ((m << (53 - len)) & ((1u64 << 52) - 1)));
    if f > SQRT2 {
        f *= 0.5;
        k += 1;
    }
    let s = div(Dd(f - 1.0, 0.0), two_sum(f, 1.0));
    let z = mul(s, s);
    const TERMS: u32 = 22;
    let mut p = div(ONE, Dd((2 * TERMS + 1) as f64, 0.0));
    for j in (0..TERMS).rev() {
        p = add(mul(p, z), div(ONE, Dd((2 * j + 1) as f64, 0.0)));
    }
    add(mul_f64(LN2, k as f64), mul(mul_f64(s, 2.0), p))
}

/// `exp(t) = e * 2**n`: `t = n ln 2 + r`, then `expm1(r / 1024)` by its Taylor series and ten
/// doublings `(1 + e)**2 - 1 = 2e + e**2`, which keep the small part's precision.
fn exp(t: Dd) -> (Dd, i64) {
    let n = libm::round(t.0 * core::f64::consts::LOG2_E);
    let r = add(t, neg(mul_f64(LN2, n)));
    let r = Dd(r.0 / 1024.0, r.1 / 1024.0);
    let mut p = ONE;
    for j in (2..=9).rev() {
        p = add(ONE, div(mul(p, r), Dd(j as f64, 0.0)));
    }
    let mut e = mul(p, r);
    for _ in 0..10 {
        e = add(mul_f64(e, 2.0), mul(e, e));
    }
    (add(ONE, e), n as i64)
}

/// Rounds `(a.0 + a.1) * 2**n` (with `a.0 > 0`) once to the nearest double.
fn to_f64_scaled(a: Dd, n: i64) -> Option<f64> {
    let (mh, eh) = decompose(a.0);
    let base = eh - 64;
    let mut total = (mh as i128) << 64;
    let mut sticky = false;
    if a.1 != 0.0 {
        let (ml, el) = decompose(a.1);
        let shift = el - base;
        let (part, lost) = if shift >= 0 {
            ((ml as i128) << shift.min(63), false)
        } else if shift > -64 {
            ((ml >> -shift) as i128, ml & ((1u64 << -shift) - 1) != 0)
        } else {
            (0, true)
        };
        if a.1 > 0.0 {
            total += part;
            sticky = lost;
        } else {
            total -= part + lost as i128;
            sticky = lost;
        }
    }
    let total = total as u128;
    let len = 128 - total.leading_zeros() as i64;
    let drop = (len - 64).max(0);
    let top = (total >> drop) as u64;
    let lost = drop > 0 && total & ((1u128 << drop) - 1) != 0;
    round_to_f64(top | (sticky || lost) as u64, base + drop + n)
}

/// `hypot(x, y)` for finite `x`, `y`: `sqrt(x*x + y*y)` without intermediate overflow,
/// correctly rounded as CPython's `math.hypot` (glibc's `hypot`, behind CPython's
/// `abs(complex)`, is off by one ulp in rare cases).
pub(crate) fn hypot(x: f64, y: f64) -> f64 {
    norm(&[x, y])
}

/// The Euclidean norm of finite values (`math.hypot(*values)`), summed in double-double.
pub(crate) fn norm(values: &[f64]) -> f64 {
    let max = values.iter().fold(0.0f64, |m, v| m.max(v.abs()));
    if max == 0.0 {
        return 0.0;
    }
    // Scale by a power of two so the largest value is near 1: exact, except for values so
    // much smaller that they fall below the subnormal range and cannot affect the result.
    let (_, e) = decompose(max);
    let k = (e + 52) as i32;
    let mut sum = Dd(0.0, 0.0);
    for &v in values {
        let s = scale(v.abs(), -k);
        sum = add(sum, two_prod(s, s));
    }
    let r = libm::sqrt(sum.0);
    // One Newton step on the double-double sum: r + (sum - r*r) / (2r).
    let residual = add(sum, neg(two_prod(r, r)));
    let root = quick_two_sum(r, residual.0 / (2.0 * r));
    scale(root.0 + root.1, k)
}

/// `x * 2**k` with `k` split so no intermediate step overflows or underflows early.
fn scale(x: f64, k: i32) -> f64 {
    let mut x = x;
    let mut k = k;
    while k != 0 {
        let step = k.clamp(-1000, 1000);
        x *= f64::from_bits(((1023 + step) as u64) << 52);
        k -= step;
    }
    x
}

#[cfg(test)]
mod tests {
    use super::{hypot, pow_positive};

    #[test]
    fn hypot_values() {
        assert_eq!(hypot(3.0, 4.0), 5.0);
        assert_eq!(hypot(-1e300, 1e300), 1.4142135623730951e300);
        assert_eq!(hypot(5e-324, 5e-324), 5e-324);
        assert_eq!(hypot(1e-300, 1e300), 1e300);
        assert_eq!(hypot(0.0, -2.0), 2.0);
    }

    #[test]
    fn exact_and_known_values() {
        assert_eq!(pow_positive(2.0, -0.5), Some(core::f64::consts::FRAC_1_SQRT_2));
        assert_eq!(pow_positive(4.0, 0.5), Some(2.0));
        assert_eq!(pow_positive(8.0, 1.0 / 3.0), Some(2.0));
        assert_eq!(pow_positive(10.0, 400.5), None);
        assert_eq!(pow_positive(10.0, -400.5), Some(0.0));
        assert_eq!(pow_positive(2.0, -1074.0), Some(5e-324));
        assert_eq!(pow_positive(1e-300, 1.5), Some(0.0));
    }
}
