//! Signed `+ - *` and Python's flooring `// % divmod` (the remainder takes the divisor's sign).

use super::{check_limit, div, mag, mul, BigInt};
use crate::num::NumError;
use core::cmp::Ordering;

const FLOORDIV_BY_ZERO: NumError = NumError::ZeroDivision("integer division or modulo by zero");
const MOD_BY_ZERO: NumError = NumError::ZeroDivision("integer modulo by zero");

impl BigInt {
    /// `self + other`.
    pub fn add(&self, other: &BigInt) -> BigInt {
        signed_add(self.neg, &self.mag, other.neg, &other.mag)
    }

    /// `self - other`.
    pub fn sub(&self, other: &BigInt) -> BigInt {
        signed_add(self.neg, &self.mag, !other.neg, &other.mag)
    }

    /// `self * other`, failing with `TooBig` if the product could exceed `limit_limbs`.
    pub fn mul(&self, other: &BigInt, limit_limbs: usize) -> Result<BigInt, NumError> {
        if self.is_zero() || other.is_zero() {
            return Ok(BigInt::zero());
        }
        check_limit(self.mag.len() + other.mag.len() - 1, limit_limbs)?;
        Ok(self.mul_unchecked(other))
    }

    pub(super) fn mul_unchecked(&self, other: &BigInt) -> BigInt {
        BigInt::from_mag(self.neg != other.neg, mul::mul(&self.mag, &other.mag))
    }

    /// `divmod(self, other)` with Python's flooring semantics.
    pub fn divmod(&self, other: &BigInt) -> Result<(BigInt, BigInt), NumError> {
        if other.is_zero() {
            return Err(FLOORDIV_BY_ZERO);
        }
        Ok(self.divmod_nonzero(other))
    }

    /// `self // other`.
    pub fn floor_div(&self, other: &BigInt) -> Result<BigInt, NumError> {
        self.divmod(other).map(|(q, _)| q)
    }

    /// `self % other` (the result has `other`'s sign).
    pub fn modulo(&self, other: &BigInt) -> Result<BigInt, NumError> {
        if other.is_zero() {
            return Err(MOD_BY_ZERO);
        }
        Ok(self.divmod_nonzero(other).1)
    }

    /// Truncating division `(q, r)` with `r` taking `self`'s sign; `other` is non-zero.
    pub(super) fn divrem_trunc(&self, other: &BigInt) -> (BigInt, BigInt) {
        let (q, r) = div::divrem(&self.mag, &other.mag);
        (BigInt::from_mag(self.neg != other.neg, q), BigInt::from_mag(self.neg, r))
    }

    pub(super) fn divmod_nonzero(&self, other: &BigInt) -> (BigInt, BigInt) {
        let (q, r) = div::divrem(&self.mag, &other.mag);
        if self.neg != other.neg && !r.is_empty() {
            let q = mag::add_small(&q, 1);
            let r = mag::sub(&other.mag, &r);
            (BigInt::from_mag(true, q), BigInt::from_mag(other.neg, r))
        } else {
            (BigInt::from_mag(self.neg != other.neg, q), BigInt::from_mag(other.neg, r))
        }
    }
}

fn signed_add(a_neg: bool, a: &[u32], b_neg: bool, b: &[u32]) -> BigInt {
    if a_neg == b_neg {
        return BigInt::from_mag(a_neg, mag::add(a, b));
    }
    match mag::cmp(a, b) {
        Ordering::Equal => BigInt::zero(),
        Ordering::Greater => BigInt::from_mag(a_neg, mag::sub(a, b)),
        Ordering::Less => BigInt::from_mag(b_neg, mag::sub(b, a)),
    }
}
