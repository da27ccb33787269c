//! Magnitude multiplication: schoolbook for short operands, Karatsuba above
//! [`KARATSUBA_THRESHOLD`] limbs (measured by the ignored `bench_karatsuba_threshold` test).

use super::mag;
use alloc::vec;
use alloc::vec::Vec;

/// Below this many limbs in the shorter operand, schoolbook multiplication is faster (on an
/// x86-64 host, thresholds from 40 to 64 limbs were within noise of each other).
pub const KARATSUBA_THRESHOLD: usize = 48;

/// `a * b`, normalized.
pub fn mul(a: &[u32], b: &[u32]) -> Vec<u32> {
    mul_with_threshold(a, b, KARATSUBA_THRESHOLD)
}

/// `a * b` with Karatsuba used from `threshold` limbs (exposed for measuring the threshold).
pub fn mul_with_threshold(a: &[u32], b: &[u32], threshold: usize) -> Vec<u32> {
    if a.is_empty() || b.is_empty() {
        return Vec::new();
    }
    if let ([d], long) | (long, [d]) = (a, b) {
        return mul_limb(long, *d);
    }
    let mut out = vec![0u32; a.len() + b.len()];
    mul_into(&mut out, a, b, threshold.max(2));
    mag::normalize(&mut out);
    out
}

/// `a * d` in one pass, written once (no zeroed buffer to accumulate into): the common case
/// of a big number times a machine-size one.
fn mul_limb(a: &[u32], d: u32) -> Vec<u32> {
    let mut out = Vec::with_capacity(a.len() + 1);
    let mut carry = 0u64;
    out.extend(a.iter().map(|&x| {
        let t = x as u64 * d as u64 + carry;
        carry = t >> 32;
        t as u32
    }));
    out.push(carry as u32);
    mag::normalize(&mut out);
    out
}

/// `out = a * b` where `out` is zeroed and has exactly `a.len() + b.len()` limbs.
fn mul_into(out: &mut [u32], a: &[u32], b: &[u32], threshold: usize) {
    let (long, short) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    if short.len() < threshold {
        schoolbook(out, long, short);
    } else if long.len() >= 2 * short.len() {
        unbalanced(out, long, short, threshold);
    } else {
        karatsuba(out, long, short, threshold);
    }
}

/// `out += a * b` limb by limb; `out` has at least `a.len() + b.len()` limbs.
fn schoolbook(out: &mut [u32], a: &[u32], b: &[u32]) {
    for (i, &bi) in b.iter().enumerate() {
        if bi == 0 {
            continue;
        }
        let mut carry = 0u64;
        for (o, &aj) in out[i..].iter_mut().zip(a) {
            let t = aj as u64 * bi as u64 + *o as u64 + carry;
            *o = t as u32;
            carry = t >> 32;
        }
        let mut k = i + a.len();
        while carry != 0 && k < out.len() {
            let t = out[k] as u64 + carry;
            out[k] = t as u32;
            carry = t >> 32;
            k += 1;
        }
    }
}

/// Splits the long operand into `short`-sized pieces, multiplying each with Karatsuba.
fn unbalanced(out: &mut [u32], long: &[u32], short: &[u32], threshold: usize) {
    let mut part = vec![0u32; 2 * short.len()];
    for (k, chunk) in long.chunks(short.len()).enumerate() {
        part.iter_mut().for_each(|x| *x = 0);
        let len = chunk.len() + short.len();
        mul_into(&mut part[..len], chunk, short, threshold);
        mag::add_into(&mut out[k * short.len()..], &part[..len]);
    }
}

/// `out = a * b` by splitting both at `m` limbs: three half-size products instead of four.
fn karatsuba(out: &mut [u32], a: &[u32], b: &[u32], threshold: usize) {
    let m = a.len().div_ceil(2);
    let (a0, a1) = a.split_at(m);
    let (b0, b1) = b.split_at(m.min(b.len()));
    let a0 = trim(a0);
    let b0 = trim(b0);

    let z0 = mul_with_threshold(a0, b0, threshold);
    let z2 = mul_with_threshold(a1, b1, threshold);
    let sa = mag::add(a0, a1);
    let sb = mag::add(b0, b1);
    let mut z1 = mul_with_threshold(&sa, &sb, threshold);
    mag::sub_into(&mut z1, &z0);
    mag::sub_into(&mut z1, &z2);

    out[..z0.len()].copy_from_slice(&z0);
    out[2 * m..2 * m + z2.len()].copy_from_slice(&z2);
    mag::add_into(&mut out[m..], trim(&z1));
}

fn trim(a: &[u32]) -> &[u32] {
    let len = a.iter().rposition(|&x| x != 0).map_or(0, |i| i + 1);
    &a[..len]
}
