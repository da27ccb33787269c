//! `**`, three-argument `pow` (with modular inverses for negative exponents) and `gcd`.

use super::{check_limit, div, mag, BigInt};
use crate::num::{float_ops, NumError};
use alloc::vec::Vec;

/// The result of `int ** int`: an int, or a float when the exponent is negative.
#[derive(Debug, Clone, PartialEq)]
pub enum IntPow {
    Int(BigInt),
    Float(f64),
}

impl BigInt {
    /// `self ** exp`. A negative exponent converts both operands to float, as Python does.
    pub fn pow(&self, exp: &BigInt, limit_limbs: usize) -> Result<IntPow, NumError> {
        if exp.neg {
            let base = self.to_f64()?;
            let e = exp.to_f64()?;
            // An integral exponent never leads to a complex result.
            let v = float_ops::pow(base, e)?.unwrap_or(f64::NAN);
            return Ok(IntPow::Float(v));
        }
        match (self.to_i64(), exp.to_u64()) {
            _ if exp.is_zero() => Ok(IntPow::Int(BigInt::from(1i64))),
            (Some(0 | 1), _) => Ok(IntPow::Int(self.clone())),
            (Some(-1), _) => Ok(IntPow::Int(BigInt::from(if exp.is_odd() { -1i64 } else { 1 }))),
            (_, Some(e)) => self.pow_u64(e, limit_limbs).map(IntPow::Int),
            (_, None) => Err(NumError::TooBig),
        }
    }

    /// `self ** exp`, failing with `TooBig` before any work if the result must exceed
    /// `limit_limbs`.
    pub fn pow_u64(&self, exp: u64, limit_limbs: usize) -> Result<BigInt, NumError> {
        if exp == 0 {
            return Ok(BigInt::from(1i64));
        }
        let bits = self.bit_length();
        if bits > 1 {
            let min_bits = (bits - 1).saturating_mul(exp);
            check_limit(usize::try_from(min_bits / 32).unwrap_or(usize::MAX), limit_limbs)?;
        }
        let mut acc = self.clone();
        for i in (0..63 - exp.leading_zeros()).rev() {
            acc = acc.mul(&acc, limit_limbs)?;
            if exp >> i & 1 == 1 {
                acc = acc.mul(self, limit_limbs)?;
            }
        }
        Ok(acc)
    }

    /// `pow(self, exp, modulus)`. The result has `modulus`'s sign; a negative `exp` uses the
    /// modular inverse of `self`.
    pub fn pow_mod(&self, exp: &BigInt, modulus: &BigInt) -> Result<BigInt, NumError> {
        if modulus.is_zero() {
            return Err(NumError::Value("pow() 3rd argument cannot be 0"));
        }
        let m = modulus.abs();
        if m.mag == [1] {
            return Ok(BigInt::zero());
        }
        let mut base = self.divmod_nonzero(&m).1;
        if exp.neg {
            base = mod_inverse(&base, &m)
                .ok_or(NumError::Value("base is not invertible for the given modulus"))?;
        }
        let mut acc = BigInt::from(1i64);
        let e = &exp.mag;
        for i in (0..mag::bit_length(e)).rev() {
            acc = acc.mul_unchecked(&acc).divmod_nonzero(&m).1;
            if e[(i / 32) as usize] >> (i % 32) & 1 == 1 {
                acc = acc.mul_unchecked(&base).divmod_nonzero(&m).1;
            }
        }
        if modulus.neg && !acc.is_zero() {
            acc = acc.add(modulus);
        }
        Ok(acc)
    }

    /// `math.gcd(self, other)`: always non-negative.
    pub fn gcd(&self, other: &BigInt) -> BigInt {
        let mut a: Vec<u32> = self.mag.clone();
        let mut b: Vec<u32> = other.mag.clone();
        while !b.is_empty() {
            let r = div::divrem(&a, &b).1;
            a = b;
            b = r;
        }
        BigInt::from_mag(false, a)
    }
}

/// The inverse of `a` modulo `m` (`0 <= a < m`, `m > 1`) by the extended Euclidean algorithm.
fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let (mut r0, mut r1) = (m.clone(), a.clone());
    let (mut t0, mut t1) = (BigInt::zero(), BigInt::from(1i64));
    while !r1.is_zero() {
        let (q, r) = r0.divrem_trunc(&r1);
        let t = t0.sub(&q.mul_unchecked(&t1));
        (r0, r1) = (r1, r);
        (t0, t1) = (t1, t);
    }
    if r0.mag != [1] {
        return None;
    }
    Some(t0.divmod_nonzero(m).1)
}
