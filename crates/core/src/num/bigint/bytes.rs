//! `int.to_bytes` and `int.from_bytes`: fixed-width two's-complement byte strings.

use super::{mag, BigInt};
use crate::num::NumError;
use alloc::vec::Vec;

/// Byte order of `to_bytes`/`from_bytes`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ByteOrder {
    Big,
    Little,
}

impl BigInt {
    /// `self.to_bytes(length, byteorder, signed=signed)`.
    pub fn to_bytes(&self, length: usize, order: ByteOrder, signed: bool) -> Result<Vec<u8>, NumError> {
        if self.neg && !signed {
            return Err(NumError::Overflow("can't convert negative int to unsigned"));
        }
        let avail = (length as u64).saturating_mul(8);
        // CPython lets -1 fit in zero bytes (an empty sign extension), like 0.
        let needed = if self.is_zero() || (self.neg && self.mag == [1]) {
            0
        } else if !self.neg {
            self.bit_length() + signed as u64
        } else {
            mag::bit_length(&mag::sub_one(&self.mag)) + 1
        };
        if needed > avail {
            return Err(NumError::Overflow("int too big to convert"));
        }
        let source = if self.neg { mag::sub_one(&self.mag) } else { self.mag.clone() };
        let fill = if self.neg { 0xff } else { 0 };
        let mut out = Vec::with_capacity(length);
        out.extend(source.iter().flat_map(|l| l.to_le_bytes()).take(length).map(|b| b ^ fill));
        out.resize(length, fill);
        if order == ByteOrder::Big {
            out.reverse();
        }
        Ok(out)
    }

    /// `int.from_bytes(bytes, byteorder, signed=signed)`.
    pub fn from_bytes(bytes: &[u8], order: ByteOrder, signed: bool) -> BigInt {
        let mut le = bytes.to_vec();
        if order == ByteOrder::Big {
            le.reverse();
        }
        let negative = signed && le.last().is_some_and(|&b| b & 0x80 != 0);
        if negative {
            le.iter_mut().for_each(|b| *b = !*b);
        }
        let mut limbs: Vec<u32> =
            le.chunks(4).map(|c| c.iter().rev().fold(0u32, |acc, &b| (acc << 8) | b as u32)).collect();
        mag::normalize(&mut limbs);
        if negative {
            BigInt::from_mag(true, mag::add_small(&limbs, 1))
        } else {
            BigInt::from_mag(false, limbs)
        }
    }
}
