//! `x ** n` for a float `x` and an integer `n` (and `x ** 0.5`), correctly rounded, for
//! constant folding.
//!
//! MicroPython folds float powers with the C library's `pow`, which (glibc, musl) returns
//! the correctly rounded result; computing the exact power with big integers and rounding it
//! once gives the same double without depending on a `pow` implementation.

use alloc::vec;
use alloc::vec::Vec;

/// Largest exponent folded (keeps the exact power to a few kilobytes).
const MAX_EXPONENT: u32 = 1100;

/// `x ** n` correctly rounded to the nearest double; `None` where the exact power is too big
/// to compute here. Overflow gives infinity and underflow zero, as `pow` does.
pub(super) fn powi(x: f64, n: i64) -> Option<f64> {
    if n == 0 || x == 1.0 {
        return Some(1.0);
    }
    if !x.is_finite() || x == 0.0 {
        return None;
    }
    let negative = x < 0.0 && n % 2 != 0;
    let (mut m, mut e) = split(x.abs());
    let zeros = m.trailing_zeros();
    m >>= zeros;
    e += zeros as i32;
    let mag = u32::try_from(n.unsigned_abs()).ok().filter(|&k| k <= MAX_EXPONENT)?;
    let r = if m == 1 {
        // A power of two: exact whatever the sign of n, up to underflow.
        round(&Big::from(1), e as i64 * n)
    } else if n > 0 {
        let p = Big::from(m).pow(mag);
        round(&p, (e as i64) * mag as i64)
    } else {
        // Only when the divisor is exactly representable: then one division rounds once.
        let p = Big::from(m).pow(mag);
        if p.bit_len() > 53 {
            return None;
        }
        let d = round(&p, (e as i64) * mag as i64);
        if d.is_infinite() || d == 0.0 {
            return None;
        }
        1.0 / d
    };
    Some(if negative { -r } else { r })
}

/// The correctly rounded square root of a finite non-negative `x` (what `pow(x, 0.5)` gives).
pub(super) fn sqrt(x: f64) -> Option<f64> {
    if x == 0.0 {
        return Some(0.0);
    }
    if !x.is_finite() || x < 0.0 {
        return None;
    }
    let (m, e) = split(x);
    // Scale the mantissa to about 125 bits with an even exponent, take the integer root.
    let bits = 64 - m.leading_zeros() as i32;
    let mut s = 125 - bits;
    if (e - s) % 2 != 0 {
        s -= 1;
    }
    let n = (m as u128) << s;
    let r = isqrt(n);
    let half_e = ((e - s) / 2) as i64;
    Some(if r * r == n {
        round(&Big::from_u128(r), half_e)
    } else {
        // Strictly between r and r + 1: r + 1/2 rounds the same way at 53 bits.
        round(&Big::from_u128((r << 1) | 1), half_e - 1)
    })
}

fn isqrt(n: u128) -> u128 {
    let mut x = 1u128 << ((128 - n.leading_zeros()).div_ceil(2));
    loop {
        let y = (x + n / x) / 2;
        if y >= x {
            return x;
        }
        x = y;
    }
}

/// A finite positive double as `m * 2^e` with an integer `m`.
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

/// `n * 2^e` rounded to the nearest double, ties to even.
fn round(n: &Big, e: i64) -> f64 {
    let bits = n.bit_len() as i64;
    if bits == 0 {
        return 0.0;
    }
    let top = bits - 1 + e;
    if top > 1023 {
        return f64::INFINITY;
    }
    let lsb = (top - 52).max(-1074);
    let shift = lsb - e;
    let (mut q, half, sticky) =
        if shift <= 0 { (n.low_u64() << (-shift), false, false) } else { n.shr_round_bits(shift as usize) };
    if half && (sticky || q & 1 == 1) {
        q += 1;
    }
    scale(q as f64, lsb)
}

/// `v * 2^e` where the result is representable (or overflows to infinity).
fn scale(mut v: f64, mut e: i64) -> f64 {
    while e > 0 {
        v *= 2.0;
        e -= 1;
    }
    while e < 0 {
        v *= 0.5;
        e += 1;
    }
    v
}

/// An unsigned big integer, little-endian 64-bit limbs, no leading zero limbs.
struct Big(Vec<u64>);

impl Big {
    fn from(v: u64) -> Big {
        Big(vec![v])
    }

    fn from_u128(v: u128) -> Big {
        let mut limbs = vec![v as u64, (v >> 64) as u64];
        if limbs[1] == 0 {
            limbs.pop();
        }
        Big(limbs)
    }

    fn mul(&self, other: &Big) -> Big {
        let mut out = vec![0u64; self.0.len() + other.0.len()];
        for (i, &a) in self.0.iter().enumerate() {
            let mut carry = 0u128;
            for (j, &b) in other.0.iter().enumerate() {
                let t = out[i + j] as u128 + a as u128 * b as u128 + carry;
                out[i + j] = t as u64;
                carry = t >> 64;
            }
            out[i + other.0.len()] = carry as u64;
        }
        while out.len() > 1 && out.last() == Some(&0) {
            out.pop();
        }
        Big(out)
    }

    fn pow(&self, mut n: u32) -> Big {
        let mut result = Big::from(1);
        let mut base = Big(self.0.clone());
        while n > 0 {
            if n & 1 == 1 {
                result = result.mul(&base);
            }
            n >>= 1;
            if n > 0 {
                base = base.mul(&base);
            }
        }
        result
    }

    fn bit_len(&self) -> usize {
        let last = self.0.last().copied().unwrap_or(0);
        (self.0.len() - 1) * 64 + (64 - last.leading_zeros() as usize)
    }

    fn bit(&self, i: usize) -> bool {
        self.0.get(i / 64).is_some_and(|w| (w >> (i % 64)) & 1 == 1)
    }

    fn low_u64(&self) -> u64 {
        self.0[0]
    }

    /// `self >> shift` (at most 54 bits here), the first dropped bit, and whether any lower
    /// dropped bit is set.
    fn shr_round_bits(&self, shift: usize) -> (u64, bool, bool) {
        let mut q = 0u64;
        for i in (shift..self.bit_len()).rev() {
            q = (q << 1) | self.bit(i) as u64;
        }
        let half = self.bit(shift - 1);
        let sticky = (0..shift - 1).any(|i| self.bit(i));
        (q, half, sticky)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_and_rounded_powers() {
        assert_eq!(powi(2.0, 100), Some(1.2676506002282294e30));
        assert_eq!(powi(core::f64::consts::PI, 2), Some(9.869604401089358));
        assert_eq!(powi(1.1, 3), Some(1.3310000000000004));
        assert_eq!(powi(10.0, -3), Some(0.001));
        assert_eq!(powi(-2.0, 3), Some(-8.0));
        assert_eq!(powi(10.0, 400), Some(f64::INFINITY));
        assert_eq!(powi(0.1, 400), Some(0.0));
        assert_eq!(powi(2.0, -1074), Some(5e-324));
        assert_eq!(powi(1.5, 0), Some(1.0));
        assert_eq!(powi(f64::INFINITY, 2), None);
    }

    #[test]
    fn square_roots_are_correctly_rounded() {
        assert_eq!(sqrt(2.0), Some(core::f64::consts::SQRT_2));
        assert_eq!(sqrt(4.0), Some(2.0));
        assert_eq!(sqrt(0.25), Some(0.5));
        assert_eq!(sqrt(1e-300), Some(1e-150));
        assert_eq!(sqrt(10.0), Some(3.1622776601683795));
        assert_eq!(sqrt(5e-324), Some(2.2227587494850775e-162));
        assert_eq!(sqrt(-1.0), None);
    }
}
