//! CPython's numeric hash, so that numbers that compare equal hash equal across types
//! (`hash(1) == hash(1.0) == hash(True)`).
//!
//! A rational value `x` hashes to `x mod P` with `P = 2**61 - 1` (the sign carried over), and
//! `-1` becomes `-2`; infinities hash to `±314159`. These are CPython's values on 64-bit hosts.
//! ferropy uses the same 61-bit modulus on every host; a 32-bit VM folds the `i64` to its word
//! size, which keeps equal numbers hashing equal but differs from 32-bit CPython (modulus
//! `2**31 - 1`). NaN hashes to 0, where CPython 3.11 hashes each NaN object by identity.

use super::bigint::BigInt;

/// The modulus `2**61 - 1`, a Mersenne prime, so `2**61 ≡ 1`.
pub const MODULUS: u64 = (1 << 61) - 1;
/// `hash(float('inf'))`.
pub const HASH_INF: i64 = 314_159;

/// `hash(v)` for an int.
pub fn hash_i64(v: i64) -> i64 {
    finish(v < 0, v.unsigned_abs() % MODULUS)
}

/// `hash(v)` for a big int.
pub fn hash_bigint(v: &BigInt) -> i64 {
    let (neg, mag) = v.parts();
    let r = mag
        .iter()
        .rev()
        .fold(0u64, |acc, &limb| (((acc as u128) << 32 | limb as u128) % MODULUS as u128) as u64);
    finish(neg, r)
}

/// `hash(x)` for a float.
pub fn hash_f64(x: f64) -> i64 {
    if x.is_nan() {
        return 0;
    }
    if x.is_infinite() {
        return if x > 0.0 { HASH_INF } else { -HASH_INF };
    }
    let (m, e) = super::bigint::decompose(x);
    // x = m * 2**e, and 2**e ≡ 2**(e mod 61) because 2**61 ≡ 1 (mod P).
    let shift = e.rem_euclid(61) as u32;
    let r = (((m % MODULUS) as u128) << shift) % MODULUS as u128;
    finish(x.is_sign_negative(), r as u64)
}

fn finish(neg: bool, r: u64) -> i64 {
    let h = if neg { -(r as i64) } else { r as i64 };
    if h == -1 {
        -2
    } else {
        h
    }
}
