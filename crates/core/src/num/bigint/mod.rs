//! Arbitrary-precision signed integers with Python semantics.
//!
//! A [`BigInt`] is a sign and a magnitude of little-endian `u32` limbs, always normalized (no
//! most-significant zero limbs; zero is non-negative with no limbs), so equal values have equal
//! representations. Operations whose result can be much larger than their operands
//! (multiplication, powers, left shifts) take `limit_limbs` and fail with
//! [`NumError::TooBig`](super::NumError::TooBig) before allocating past it.

mod arith;
mod bitwise;
mod bytes;
pub(crate) mod div;
mod float;
pub(crate) mod mag;
pub(crate) mod mul;
mod pow;

pub(crate) use float::{decompose, ratio_to_f64, round_to_f64, scaled_to_f64};

pub use arith::BigRef;
pub use bytes::ByteOrder;
pub use mul::KARATSUBA_THRESHOLD;
pub use pow::IntPow;

use alloc::vec::Vec;
use core::cmp::Ordering;

/// A Python `int` of any size.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct BigInt {
    neg: bool,
    mag: Vec<u32>,
}

impl BigInt {
    /// Zero.
    pub const fn zero() -> BigInt {
        BigInt { neg: false, mag: Vec::new() }
    }

    /// Builds a value from a sign and little-endian limbs (normalizing them).
    pub fn from_parts(neg: bool, mut mag: Vec<u32>) -> BigInt {
        mag::normalize(&mut mag);
        let neg = neg && !mag.is_empty();
        BigInt { neg, mag }
    }

    /// The sign (true for negative) and the little-endian magnitude limbs.
    pub fn parts(&self) -> (bool, &[u32]) {
        (self.neg, &self.mag)
    }

    /// Whether the value is zero.
    pub fn is_zero(&self) -> bool {
        self.mag.is_empty()
    }

    /// Whether the value is negative.
    pub fn is_negative(&self) -> bool {
        self.neg
    }

    /// -1, 0 or 1.
    pub fn signum(&self) -> i32 {
        if self.neg {
            -1
        } else if self.mag.is_empty() {
            0
        } else {
            1
        }
    }

    /// Number of limbs in the magnitude.
    pub fn limb_len(&self) -> usize {
        self.mag.len()
    }

    /// `int.bit_length()`: bits of `abs(self)`, 0 for zero.
    pub fn bit_length(&self) -> u64 {
        mag::bit_length(&self.mag)
    }

    /// Whether the value is odd.
    pub fn is_odd(&self) -> bool {
        self.mag.first().is_some_and(|&x| x & 1 == 1)
    }

    /// `-self`.
    pub fn neg(&self) -> BigInt {
        BigInt::from_parts(!self.neg, self.mag.clone())
    }

    /// `abs(self)`.
    pub fn abs(&self) -> BigInt {
        BigInt { neg: false, mag: self.mag.clone() }
    }

    /// The value if it fits an `i64`.
    pub fn to_i64(&self) -> Option<i64> {
        let m = self.to_u64_magnitude()?;
        if self.neg {
            if m <= 1u64 << 63 {
                Some((m as i64).wrapping_neg())
            } else {
                None
            }
        } else {
            i64::try_from(m).ok()
        }
    }

    /// The value if it is non-negative and fits a `u64`.
    pub fn to_u64(&self) -> Option<u64> {
        if self.neg {
            None
        } else {
            self.to_u64_magnitude()
        }
    }

    /// The value if it fits an `i128`.
    pub fn to_i128(&self) -> Option<i128> {
        let m = mag::to_u128(&self.mag)?;
        if self.neg {
            if m <= 1u128 << 127 {
                Some((m as i128).wrapping_neg())
            } else {
                None
            }
        } else {
            i128::try_from(m).ok()
        }
    }

    fn to_u64_magnitude(&self) -> Option<u64> {
        mag::to_u128(&self.mag).and_then(|m| u64::try_from(m).ok())
    }

    fn from_mag(neg: bool, mag: Vec<u32>) -> BigInt {
        BigInt::from_parts(neg, mag)
    }
}

impl From<i64> for BigInt {
    fn from(v: i64) -> BigInt {
        BigInt::from_mag(v < 0, mag::from_u64(v.unsigned_abs()))
    }
}

impl From<u64> for BigInt {
    fn from(v: u64) -> BigInt {
        BigInt::from_mag(false, mag::from_u64(v))
    }
}

impl From<i128> for BigInt {
    fn from(v: i128) -> BigInt {
        BigInt::from_mag(v < 0, mag::from_u128(v.unsigned_abs()))
    }
}

impl From<u128> for BigInt {
    fn from(v: u128) -> BigInt {
        BigInt::from_mag(false, mag::from_u128(v))
    }
}

impl Ord for BigInt {
    fn cmp(&self, other: &BigInt) -> Ordering {
        self.as_big_ref().cmp(&other.as_big_ref())
    }
}

impl PartialOrd for BigInt {
    fn partial_cmp(&self, other: &BigInt) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// The most limbs any value may have whatever the caller's limit: beyond this a `Vec` of
/// limbs could not be allocated at all.
const MAX_LIMBS: usize = isize::MAX as usize / 8;

/// Fails with `TooBig` when a result of `limbs` limbs would exceed `limit_limbs`.
fn check_limit(limbs: usize, limit_limbs: usize) -> Result<(), super::NumError> {
    if limbs > limit_limbs.min(MAX_LIMBS) {
        Err(super::NumError::TooBig)
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests;
