//! Shifts and `& | ^ ~` with Python's semantics: negative values behave as infinite
//! two's-complement bit strings, and `>>` floors.

use super::{check_limit, mag, BigInt};
use crate::num::NumError;
use alloc::vec::Vec;

const NEGATIVE_SHIFT: NumError = NumError::Value("negative shift count");

#[derive(Clone, Copy)]
enum BitOp {
    And,
    Or,
    Xor,
}

impl BitOp {
    fn limb(self, a: u32, b: u32) -> u32 {
        match self {
            BitOp::And => a & b,
            BitOp::Or => a | b,
            BitOp::Xor => a ^ b,
        }
    }

    fn sign(self, a: bool, b: bool) -> bool {
        match self {
            BitOp::And => a & b,
            BitOp::Or => a | b,
            BitOp::Xor => a ^ b,
        }
    }
}

impl BigInt {
    /// `self & other`.
    pub fn bitand(&self, other: &BigInt) -> BigInt {
        bitop(self, other, BitOp::And)
    }

    /// `self | other`.
    pub fn bitor(&self, other: &BigInt) -> BigInt {
        bitop(self, other, BitOp::Or)
    }

    /// `self ^ other`.
    pub fn bitxor(&self, other: &BigInt) -> BigInt {
        bitop(self, other, BitOp::Xor)
    }

    /// `~self`, which is `-(self + 1)`.
    pub fn invert(&self) -> BigInt {
        if self.neg {
            BigInt::from_mag(false, mag::sub_one(&self.mag))
        } else {
            BigInt::from_mag(true, mag::add_small(&self.mag, 1))
        }
    }

    /// `self << count`. A count beyond `i64` behaves as `i64::MAX`.
    pub fn shl(&self, count: i64, limit_limbs: usize) -> Result<BigInt, NumError> {
        if count < 0 {
            return Err(NEGATIVE_SHIFT);
        }
        if self.is_zero() {
            return Ok(BigInt::zero());
        }
        let bits = usize::try_from(count).map_err(|_| NumError::TooBig)?;
        check_limit(self.mag.len().saturating_add(bits / 32), limit_limbs)?;
        Ok(BigInt::from_mag(self.neg, mag::shl(&self.mag, bits)))
    }

    /// `self >> count` (flooring). A count beyond `i64` behaves as `i64::MAX`.
    pub fn shr(&self, count: i64) -> Result<BigInt, NumError> {
        if count < 0 {
            return Err(NEGATIVE_SHIFT);
        }
        let bits = usize::try_from(count).unwrap_or(usize::MAX);
        let q = mag::shr(&self.mag, bits);
        if self.neg && mag::low_bits_nonzero(&self.mag, bits) {
            Ok(BigInt::from_mag(true, mag::add_small(&q, 1)))
        } else {
            Ok(BigInt::from_mag(self.neg, q))
        }
    }
}

/// The lowest `width` limbs of `x`'s two's-complement form.
fn twos_complement(x: &BigInt, width: usize) -> Vec<u32> {
    let mut out = if x.neg { mag::sub_one(&x.mag) } else { x.mag.clone() };
    out.resize(width, 0);
    if x.neg {
        out.iter_mut().for_each(|l| *l = !*l);
    }
    out
}

fn bitop(a: &BigInt, b: &BigInt, op: BitOp) -> BigInt {
    let width = a.mag.len().max(b.mag.len()) + 1;
    let ta = twos_complement(a, width);
    let tb = twos_complement(b, width);
    let mut r: Vec<u32> = ta.iter().zip(&tb).map(|(&x, &y)| op.limb(x, y)).collect();
    let neg = op.sign(a.neg, b.neg);
    if neg {
        r.iter_mut().for_each(|l| *l = !*l);
        mag::normalize(&mut r);
        BigInt::from_mag(true, mag::add_small(&r, 1))
    } else {
        BigInt::from_mag(false, r)
    }
}
