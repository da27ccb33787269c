//! Signed `+ - *`, Python's flooring `// % divmod` (the remainder takes the divisor's sign) and
//! ordering, on borrowed operands ([`BigRef`]): a heap int's limbs are used where they lie.

use super::{check_limit, div, mag, mul, BigInt};
use crate::num::NumError;
use core::cmp::Ordering;

const FLOORDIV_BY_ZERO: NumError = NumError::ZeroDivision("integer division or modulo by zero");
const MOD_BY_ZERO: NumError = NumError::ZeroDivision("integer modulo by zero");

/// A signed integer whose limbs are borrowed (from a [`BigInt`], a heap int object, or a
/// small int's limbs on the stack), so arithmetic does not copy its operands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BigRef<'a> {
    neg: bool,
    mag: &'a [u32],
}

impl<'a> BigRef<'a> {
    /// The value `-mag` or `mag`; `mag` is normalized (no most-significant zero limbs).
    pub fn new(neg: bool, mag: &'a [u32]) -> BigRef<'a> {
        debug_assert!(mag.last() != Some(&0));
        BigRef { neg: neg && !mag.is_empty(), mag }
    }

    fn is_zero(&self) -> bool {
        self.mag.is_empty()
    }

    /// `self + other`.
    pub fn add(&self, other: &BigRef) -> BigInt {
        signed_add(self.neg, self.mag, other.neg, other.mag)
    }

    /// `self - other`.
    pub fn sub(&self, other: &BigRef) -> BigInt {
        signed_add(self.neg, self.mag, !other.neg, other.mag)
    }

    /// `self * other`, failing with `TooBig` if the product could exceed `limit_limbs`.
    pub fn mul(&self, other: &BigRef, limit_limbs: usize) -> Result<BigInt, NumError> {
        if self.is_zero() || other.is_zero() {
            return Ok(BigInt::zero());
        }
        check_limit(self.mag.len() + other.mag.len() - 1, limit_limbs)?;
        Ok(BigInt::from_mag(self.neg != other.neg, mul::mul(self.mag, other.mag)))
    }

    /// `divmod(self, other)` with Python's flooring semantics.
    pub fn divmod(&self, other: &BigRef) -> Result<(BigInt, BigInt), NumError> {
        if other.is_zero() {
            return Err(FLOORDIV_BY_ZERO);
        }
        Ok(self.divmod_nonzero(other))
    }

    /// `self // other`.
    pub fn floor_div(&self, other: &BigRef) -> Result<BigInt, NumError> {
        self.divmod(other).map(|(q, _)| q)
    }

    /// `self % other` (the result has `other`'s sign).
    pub fn modulo(&self, other: &BigRef) -> Result<BigInt, NumError> {
        if other.is_zero() {
            return Err(MOD_BY_ZERO);
        }
        Ok(self.divmod_nonzero(other).1)
    }

    fn divmod_nonzero(&self, other: &BigRef) -> (BigInt, BigInt) {
        let (q, r) = div::divrem(self.mag, other.mag);
        if self.neg != other.neg && !r.is_empty() {
            let q = mag::add_small(&q, 1);
            let r = mag::sub(other.mag, &r);
            (BigInt::from_mag(true, q), BigInt::from_mag(other.neg, r))
        } else {
            (BigInt::from_mag(self.neg != other.neg, q), BigInt::from_mag(other.neg, r))
        }
    }
}

/// The numeric order (normalized magnitudes make equal values equal as data, too).
impl Ord for BigRef<'_> {
    fn cmp(&self, other: &Self) -> Ordering {
        match (self.neg, other.neg) {
            (false, true) => Ordering::Greater,
            (true, false) => Ordering::Less,
            (false, false) => mag::cmp(self.mag, other.mag),
            (true, true) => mag::cmp(other.mag, self.mag),
        }
    }
}

impl PartialOrd for BigRef<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl BigInt {
    /// The value, borrowed.
    pub fn as_big_ref(&self) -> BigRef<'_> {
        BigRef { neg: self.neg, mag: &self.mag }
    }

    /// `self + other`.
    pub fn add(&self, other: &BigInt) -> BigInt {
        self.as_big_ref().add(&other.as_big_ref())
    }

    /// `self - other`.
    pub fn sub(&self, other: &BigInt) -> BigInt {
        self.as_big_ref().sub(&other.as_big_ref())
    }

    /// `self * other`, failing with `TooBig` if the product could exceed `limit_limbs`.
    pub fn mul(&self, other: &BigInt, limit_limbs: usize) -> Result<BigInt, NumError> {
        self.as_big_ref().mul(&other.as_big_ref(), limit_limbs)
    }

    pub(super) fn mul_unchecked(&self, other: &BigInt) -> BigInt {
        BigInt::from_mag(self.neg != other.neg, mul::mul(&self.mag, &other.mag))
    }

    /// `divmod(self, other)` with Python's flooring semantics.
    pub fn divmod(&self, other: &BigInt) -> Result<(BigInt, BigInt), NumError> {
        self.as_big_ref().divmod(&other.as_big_ref())
    }

    /// `self // other`.
    pub fn floor_div(&self, other: &BigInt) -> Result<BigInt, NumError> {
        self.as_big_ref().floor_div(&other.as_big_ref())
    }

    /// `self % other` (the result has `other`'s sign).
    pub fn modulo(&self, other: &BigInt) -> Result<BigInt, NumError> {
        self.as_big_ref().modulo(&other.as_big_ref())
    }

    /// Truncating division `(q, r)` with `r` taking `self`'s sign; `other` is non-zero.
    pub(super) fn divrem_trunc(&self, other: &BigInt) -> (BigInt, BigInt) {
        let (q, r) = div::divrem(&self.mag, &other.mag);
        (BigInt::from_mag(self.neg != other.neg, q), BigInt::from_mag(self.neg, r))
    }

    pub(super) fn divmod_nonzero(&self, other: &BigInt) -> (BigInt, BigInt) {
        self.as_big_ref().divmod_nonzero(&other.as_big_ref())
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
