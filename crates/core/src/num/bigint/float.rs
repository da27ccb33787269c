//! Conversions between [`BigInt`] and `f64`, and correctly rounded `int / int`.
//!
//! Every int-to-float path reduces to [`round_to_f64`]: a 64-bit mantissa whose lowest bit
//! also records whether any lower bits were dropped ("sticky"), scaled by a power of two and
//! rounded half-to-even once, subnormals included.

use super::{div, mag, BigInt};
use crate::num::NumError;

const INT_TOO_LARGE: NumError = NumError::Overflow("int too large to convert to float");
const DIV_TOO_LARGE: NumError = NumError::Overflow("integer division result too large for a float");

impl BigInt {
    /// `float(self)`, correctly rounded (half to even).
    pub fn to_f64(&self) -> Result<f64, NumError> {
        let v = scaled_to_f64(&self.mag, 0).ok_or(INT_TOO_LARGE)?;
        Ok(if self.neg { -v } else { v })
    }

    /// `int(x)`: truncation toward zero.
    pub fn from_f64(x: f64) -> Result<BigInt, NumError> {
        if x.is_nan() {
            return Err(NumError::Value("cannot convert float NaN to integer"));
        }
        if x.is_infinite() {
            return Err(NumError::Overflow("cannot convert float infinity to integer"));
        }
        let (m, e) = decompose(x);
        let mag = if e >= 0 { mag::shl(&mag::from_u64(m), e as usize) } else { shr_u64(m, -e) };
        Ok(BigInt::from_parts(x.is_sign_negative(), mag))
    }

    /// `self / other`, correctly rounded as CPython does.
    pub fn true_div(&self, other: &BigInt) -> Result<f64, NumError> {
        if other.is_zero() {
            return Err(NumError::ZeroDivision("division by zero"));
        }
        let neg = self.neg != other.neg;
        let la = mag::bit_length(&self.mag);
        let lb = mag::bit_length(&other.mag);
        let v = if la <= 53 && lb <= 53 {
            let a = mag::to_u128(&self.mag).unwrap_or(0) as f64;
            let b = mag::to_u128(&other.mag).unwrap_or(0) as f64;
            a / b
        } else {
            ratio_to_f64(&self.mag, &other.mag, 0).ok_or(DIV_TOO_LARGE)?
        };
        Ok(if neg { -v } else { v })
    }
}

/// `mag * 2**exp2` correctly rounded; `None` on overflow.
pub(crate) fn scaled_to_f64(mag: &[u32], exp2: i64) -> Option<f64> {
    let bits = mag::bit_length(mag);
    if bits <= 64 {
        return round_to_f64(mag::to_u128(mag).unwrap_or(0) as u64, exp2);
    }
    let shift = (bits - 64) as usize;
    let top = mag::to_u128(&mag::shr(mag, shift)).unwrap_or(0) as u64;
    round_to_f64(top | mag::low_bits_nonzero(mag, shift) as u64, shift as i64 + exp2)
}

/// `num / den * 2**exp2` correctly rounded (`den` non-zero); `None` on overflow.
pub(crate) fn ratio_to_f64(num: &[u32], den: &[u32], exp2: i64) -> Option<f64> {
    if num.is_empty() {
        return Some(0.0);
    }
    let scale = mag::bit_length(num) as i64 - mag::bit_length(den) as i64 + exp2;
    if scale <= -1076 {
        return Some(0.0);
    }
    if scale >= 1025 {
        return None;
    }
    // A quotient of 55 or 56 bits plus a sticky bit rounds correctly to 53.
    let shift = scale - exp2 - 55;
    let (q, r) = if shift >= 0 {
        div::divrem(num, &mag::shl(den, shift as usize))
    } else {
        div::divrem(&mag::shl(num, (-shift) as usize), den)
    };
    let m = mag::to_u128(&q).unwrap_or(0) as u64 | !r.is_empty() as u64;
    round_to_f64(m, shift + exp2)
}

/// The finite `|x|` as `m * 2**e` with `m < 2**53`.
pub(crate) fn decompose(x: f64) -> (u64, i64) {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp - 1075)
    }
}

fn shr_u64(m: u64, bits: i64) -> alloc::vec::Vec<u32> {
    if bits >= 64 {
        alloc::vec::Vec::new()
    } else {
        mag::from_u64(m >> bits)
    }
}

/// Rounds `m * 2**e` (`m`'s lowest bit may be a sticky bit below the rounding point) to the
/// nearest `f64`, ties to even. `None` when the result overflows to infinity.
pub(crate) fn round_to_f64(m: u64, e: i64) -> Option<f64> {
    if m == 0 {
        return Some(0.0);
    }
    let len = 64 - m.leading_zeros() as i64;
    let ulp = (len + e - 53).max(-1074);
    let drop = ulp - e;
    let (mut mant, mut exp) = if drop <= 0 {
        (m << (-drop), ulp)
    } else if drop > 64 {
        (0, ulp)
    } else {
        let wide = m as u128;
        let kept = (wide >> drop) as u64;
        let rest = wide & ((1u128 << drop) - 1);
        let half = 1u128 << (drop - 1);
        let up = rest > half || (rest == half && kept & 1 == 1);
        (kept + up as u64, ulp)
    };
    if mant == 1u64 << 53 {
        mant >>= 1;
        exp += 1;
    }
    if mant >= 1u64 << 52 {
        let biased = exp + 52 + 1023;
        if biased >= 0x7ff {
            return None;
        }
        Some(f64::from_bits(((biased as u64) << 52) | (mant & ((1u64 << 52) - 1))))
    } else {
        Some(f64::from_bits(mant))
    }
}
