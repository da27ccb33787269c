//! Unsigned magnitudes as little-endian `u32` limb slices: comparison, addition, subtraction,
//! shifts and division by one limb. Multiplication and long division have their own files.
//!
//! Inputs are normalized (no most-significant zero limbs) unless a function says otherwise;
//! every `Vec` returned is normalized.

use alloc::vec;
use alloc::vec::Vec;
use core::cmp::Ordering;

/// Drops most-significant zero limbs.
pub fn normalize(v: &mut Vec<u32>) {
    while v.last() == Some(&0) {
        v.pop();
    }
}

/// Compares two normalized magnitudes.
pub fn cmp(a: &[u32], b: &[u32]) -> Ordering {
    a.len().cmp(&b.len()).then_with(|| a.iter().rev().cmp(b.iter().rev()))
}

/// `a + b`.
pub fn add(a: &[u32], b: &[u32]) -> Vec<u32> {
    let (long, short) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let mut out = Vec::with_capacity(long.len() + 1);
    out.extend_from_slice(long);
    let carry = add_into(&mut out, short);
    if carry {
        out.push(1);
    }
    out
}

/// `dst += src` over `dst`'s length (`src.len() <= dst.len()`); returns the carry out.
pub fn add_into(dst: &mut [u32], src: &[u32]) -> bool {
    let mut carry = false;
    let (head, tail) = dst.split_at_mut(src.len().min(dst.len()));
    for (d, &s) in head.iter_mut().zip(src) {
        let (v, c1) = d.overflowing_add(s);
        let (v, c2) = v.overflowing_add(carry as u32);
        *d = v;
        carry = c1 | c2;
    }
    for d in tail {
        if !carry {
            break;
        }
        let (v, c) = d.overflowing_add(1);
        *d = v;
        carry = c;
    }
    carry
}

/// `dst -= src` over `dst`'s length (`src.len() <= dst.len()`); returns the borrow out.
pub fn sub_into(dst: &mut [u32], src: &[u32]) -> bool {
    let mut borrow = false;
    let (head, tail) = dst.split_at_mut(src.len().min(dst.len()));
    for (d, &s) in head.iter_mut().zip(src) {
        let (v, b1) = d.overflowing_sub(s);
        let (v, b2) = v.overflowing_sub(borrow as u32);
        *d = v;
        borrow = b1 | b2;
    }
    for d in tail {
        if !borrow {
            break;
        }
        let (v, b) = d.overflowing_sub(1);
        *d = v;
        borrow = b;
    }
    borrow
}

/// `a - b`, requiring `a >= b`.
pub fn sub(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut out = a.to_vec();
    sub_into(&mut out, b);
    normalize(&mut out);
    out
}

/// `a + small`.
pub fn add_small(a: &[u32], small: u32) -> Vec<u32> {
    add(a, &[small])
}

/// `a - 1`, requiring `a >= 1`.
pub fn sub_one(a: &[u32]) -> Vec<u32> {
    sub(a, &[1])
}

/// In place `a = a * m + add`, growing `a` by a limb when needed.
pub fn mul_small_add(a: &mut Vec<u32>, m: u32, add: u32) {
    let mut carry = add as u64;
    for d in a.iter_mut() {
        let t = *d as u64 * m as u64 + carry;
        *d = t as u32;
        carry = t >> 32;
    }
    if carry != 0 {
        a.push(carry as u32);
    }
    normalize(a);
}

/// In place `a /= d` (d != 0), returning the remainder; `a` is left normalized.
pub fn divrem_small(a: &mut Vec<u32>, d: u32) -> u32 {
    let mut rem = 0u64;
    for limb in a.iter_mut().rev() {
        let cur = (rem << 32) | *limb as u64;
        *limb = (cur / d as u64) as u32;
        rem = cur % d as u64;
    }
    normalize(a);
    rem as u32
}

/// [`divrem_small`] by a constant, which the compiler turns into multiplications (a few
/// times faster than a hardware division per limb).
pub fn divrem_const<const D: u32>(a: &mut Vec<u32>) -> u32 {
    let mut rem = 0u64;
    for limb in a.iter_mut().rev() {
        let cur = (rem << 32) | *limb as u64;
        *limb = (cur / D as u64) as u32;
        rem = cur % D as u64;
    }
    normalize(a);
    rem as u32
}

/// `a << bits`.
pub fn shl(a: &[u32], bits: usize) -> Vec<u32> {
    if a.is_empty() {
        return Vec::new();
    }
    let limbs = bits / 32;
    let rem = (bits % 32) as u32;
    let mut out = vec![0u32; limbs];
    out.reserve(a.len() + 1);
    if rem == 0 {
        out.extend_from_slice(a);
    } else {
        let mut carry = 0u32;
        for &x in a {
            out.push((x << rem) | carry);
            carry = x >> (32 - rem);
        }
        if carry != 0 {
            out.push(carry);
        }
    }
    out
}

/// `a >> bits` (truncating).
pub fn shr(a: &[u32], bits: usize) -> Vec<u32> {
    let limbs = bits / 32;
    if limbs >= a.len() {
        return Vec::new();
    }
    let rem = (bits % 32) as u32;
    let src = &a[limbs..];
    let mut out = Vec::with_capacity(src.len());
    if rem == 0 {
        out.extend_from_slice(src);
    } else {
        for (i, &x) in src.iter().enumerate() {
            let hi = src.get(i + 1).map_or(0, |&h| h << (32 - rem));
            out.push((x >> rem) | hi);
        }
    }
    normalize(&mut out);
    out
}

/// Whether any of the lowest `bits` bits of `a` is set.
pub fn low_bits_nonzero(a: &[u32], bits: usize) -> bool {
    let limbs = bits / 32;
    let rem = bits % 32;
    if a.iter().take(limbs).any(|&x| x != 0) {
        return true;
    }
    rem != 0 && a.get(limbs).is_some_and(|&x| x & ((1u32 << rem) - 1) != 0)
}

/// Number of significant bits (0 for zero).
pub fn bit_length(a: &[u32]) -> u64 {
    match a.last() {
        None => 0,
        Some(&top) => (a.len() as u64 - 1) * 32 + (32 - top.leading_zeros() as u64),
    }
}

/// Limbs of a `u64`, normalized.
pub fn from_u64(v: u64) -> Vec<u32> {
    let mut out = vec![v as u32, (v >> 32) as u32];
    normalize(&mut out);
    out
}

/// Limbs of a `u128`, normalized.
pub fn from_u128(v: u128) -> Vec<u32> {
    let mut out = vec![v as u32, (v >> 32) as u32, (v >> 64) as u32, (v >> 96) as u32];
    normalize(&mut out);
    out
}

/// The value if it fits a `u128`.
pub fn to_u128(a: &[u32]) -> Option<u128> {
    if a.len() > 4 {
        return None;
    }
    Some(a.iter().rev().fold(0u128, |acc, &x| (acc << 32) | x as u128))
}
