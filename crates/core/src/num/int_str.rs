//! `int(s, base)` parsing and formatting of ints in bases 2 to 36 (`str`, `bin`, `oct`, `hex`).
//!
//! Unlike CPython 3.11, no limit is imposed on the number of digits converted. Bases that are
//! powers of two pack bits directly; the others work in chunks of as many digits as fit a limb
//! (nine for base 10), so a 10,000-digit conversion is a few thousand single-limb passes.

use super::bigint::{div, mag, mul, BigInt};
use super::{IntRef, NumError};
use alloc::string::String;
use alloc::vec::Vec;

const BAD_BASE: NumError = NumError::Value("int() base must be >= 2 and <= 36, or 0");

/// Whether `c` is whitespace that `int()`/`float()` strip: ASCII ` \t\n\v\f\r` and the
/// non-ASCII Unicode white space (CPython leaves `\x1c`-`\x1f` alone here, unlike `str.strip`).
pub fn is_py_space(c: char) -> bool {
    matches!(c, ' ' | '\t'..='\r') || (!c.is_ascii() && c.is_whitespace())
}

/// `int(s, base)` for a `str` argument; `base` 0 means a literal's prefix picks the base.
pub fn parse_int(s: &str, base: u32) -> Result<BigInt, NumError> {
    if base == 1 || base > 36 {
        return Err(BAD_BASE);
    }
    let invalid = NumError::InvalidIntLiteral { base };
    let body = s.trim_matches(is_py_space);
    let (neg, body) = match body.as_bytes().first() {
        Some(b'-') => (true, &body[1..]),
        Some(b'+') => (false, &body[1..]),
        _ => (false, body),
    };
    let (radix, digits, prefixed) = split_prefix(body, base);
    let digits = match (prefixed, digits.strip_prefix('_')) {
        (true, Some(rest)) => rest,
        _ => digits,
    };
    let values = digit_values(digits, radix).ok_or(invalid)?;
    if base == 0 && radix == 10 && values.len() > 1 && values[0] == 0 && values.iter().any(|&d| d != 0) {
        return Err(invalid);
    }
    let mag = if radix.is_power_of_two() { pack_bits(&values, radix) } else { pack_chunks(&values, radix) };
    Ok(BigInt::from_parts(neg, mag))
}

/// Splits off a `0x`/`0o`/`0b` prefix that `base` allows; returns the radix and the rest.
fn split_prefix(body: &str, base: u32) -> (u32, &str, bool) {
    let b = body.as_bytes();
    let prefix_radix = match (b.first(), b.get(1).map(u8::to_ascii_lowercase)) {
        (Some(b'0'), Some(b'x')) => 16,
        (Some(b'0'), Some(b'o')) => 8,
        (Some(b'0'), Some(b'b')) => 2,
        _ => 0,
    };
    if prefix_radix != 0 && (base == 0 || base == prefix_radix) {
        (prefix_radix, &body[2..], true)
    } else {
        (if base == 0 { 10 } else { base }, body, false)
    }
}

/// Digit values of `s`, with single underscores allowed between digits.
fn digit_values(s: &str, radix: u32) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len());
    let mut after_underscore = true;
    for c in s.chars() {
        if c == '_' {
            if after_underscore {
                return None;
            }
            after_underscore = true;
            continue;
        }
        let d = c.to_digit(36).filter(|&d| d < radix)?;
        out.push(d as u8);
        after_underscore = false;
    }
    if after_underscore {
        return None;
    }
    Some(out)
}

fn pack_bits(values: &[u8], radix: u32) -> Vec<u32> {
    let width = radix.trailing_zeros();
    let mut out = Vec::with_capacity(values.len() * width as usize / 32 + 1);
    let (mut acc, mut filled) = (0u64, 0u32);
    for &d in values.iter().rev() {
        acc |= (d as u64) << filled;
        filled += width;
        if filled >= 32 {
            out.push(acc as u32);
            acc >>= 32;
            filled -= 32;
        }
    }
    out.push(acc as u32);
    out
}

/// The largest `k` with `radix**k < 2**32`, and `radix**k`.
fn chunk(radix: u32) -> (usize, u32) {
    let (mut k, mut p) = (0usize, 1u64);
    while p * radix as u64 <= u32::MAX as u64 {
        p *= radix as u64;
        k += 1;
    }
    (k, p as u32)
}

fn pack_chunks(values: &[u8], radix: u32) -> Vec<u32> {
    let (k, _) = chunk(radix);
    let mut mag = Vec::with_capacity(values.len() / k + 2);
    let head = values.len() % k;
    let groups = core::iter::once(&values[..head]).chain(values[head..].chunks(k));
    for group in groups.filter(|g| !g.is_empty()) {
        let scale = (radix as u64).pow(group.len() as u32) as u32;
        let v = group.iter().fold(0u32, |acc, &d| acc * radix + d as u32);
        mag::mul_small_add(&mut mag, scale, v);
    }
    mag
}

/// Appends the digits of `|value|` in `radix` (2..=36), using `A-Z` when `upper`.
pub fn write_magnitude(value: IntRef, radix: u32, upper: bool, out: &mut String) {
    let alphabet: &[u8; 36] =
        if upper { b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ" } else { b"0123456789abcdefghijklmnopqrstuvwxyz" };
    let radix = radix.clamp(2, 36);
    match value {
        IntRef::Small(v) => {
            let mut buf = [0u8; 64];
            let mut n = v.unsigned_abs();
            let mut i = buf.len();
            loop {
                i -= 1;
                buf[i] = alphabet[(n % radix as u64) as usize];
                n /= radix as u64;
                if n == 0 {
                    break;
                }
            }
            buf[i..].iter().for_each(|&b| out.push(b as char));
        }
        IntRef::Big(b) => write_big_magnitude(b.parts().1, radix, alphabet, out),
    }
}

fn write_big_magnitude(mag: &[u32], radix: u32, alphabet: &[u8; 36], out: &mut String) {
    if mag.is_empty() {
        out.push('0');
    } else if radix.is_power_of_two() {
        write_bits(mag, radix.trailing_zeros(), alphabet, out);
    } else if radix == 10 && mag.len() > SPLIT_LIMBS {
        write_decimal_split(mag, &decimal_powers(mag.len()), 0, alphabet, out);
    } else {
        write_chunked(mag, radix, 0, alphabet, out);
    }
}

/// Digits of a power-of-two radix straight from the bits, most significant first.
fn write_bits(mag: &[u32], width: u32, alphabet: &[u8; 36], out: &mut String) {
    let digits = mag::bit_length(mag).div_ceil(width as u64);
    let mask = (1u64 << width) - 1;
    for i in (0..digits).rev() {
        let pos = i * width as u64;
        let (limb, off) = ((pos / 32) as usize, pos % 32);
        let pair =
            mag.get(limb).map_or(0, |&l| l as u64) | mag.get(limb + 1).map_or(0, |&h| (h as u64) << 32);
        out.push(alphabet[((pair >> off) & mask) as usize] as char);
    }
}

/// Above this many limbs, decimal conversion splits the number in halves by a power of ten
/// (long division by a many-limb divisor is much faster than as many one-limb divisions).
const SPLIT_LIMBS: usize = 60;

/// `10**(9 * 2**i)` for each `i` until one has more than half of `limbs` limbs.
fn decimal_powers(limbs: usize) -> Vec<Vec<u32>> {
    let mut powers = alloc::vec![alloc::vec![1_000_000_000u32]];
    while let Some(last) = powers.last() {
        if last.len() * 2 > limbs {
            break;
        }
        let square = mul::mul(last, last);
        powers.push(square);
    }
    powers
}

/// Writes `mag` in decimal, zero-padded to `min_digits`: the digits of `mag / 10**n`, then
/// those of `mag % 10**n` padded to `n` digits, with `10**n` about the square root of `mag`.
fn write_decimal_split(
    mag: &[u32],
    powers: &[Vec<u32>],
    min_digits: usize,
    alphabet: &[u8; 36],
    out: &mut String,
) {
    let split = powers.iter().rposition(|p| p.len() * 2 <= mag.len() + 1);
    let Some(i) = split.filter(|_| mag.len() > SPLIT_LIMBS) else {
        write_chunked(mag, 10, min_digits, alphabet, out);
        return;
    };
    let (q, r) = div::divrem(mag, &powers[i]);
    let low_digits = 9usize << i;
    write_decimal_split(&q, powers, min_digits.saturating_sub(low_digits), alphabet, out);
    write_decimal_split(&r, powers, low_digits, alphabet, out);
}

/// Writes `mag` by repeated division by the largest power of `radix` that fits a limb,
/// zero-padded to `min_digits` (at least one digit).
fn write_chunked(mag: &[u32], radix: u32, min_digits: usize, alphabet: &[u8; 36], out: &mut String) {
    let (k, scale) = chunk(radix);
    let mut rest = mag.to_vec();
    let mut chunks = Vec::with_capacity(mag.len() * 32 / k + 1);
    while !rest.is_empty() {
        chunks.push(if radix == 10 {
            mag::divrem_const::<1_000_000_000>(&mut rest)
        } else {
            mag::divrem_small(&mut rest, scale)
        });
    }
    let mut digits = [0u8; 32];
    let mut text = Vec::with_capacity(chunks.len() * k);
    for &c in chunks.iter().rev() {
        let mut c = c;
        for slot in digits[..k].iter_mut().rev() {
            *slot = alphabet[(c % radix) as usize];
            c /= radix;
        }
        text.extend_from_slice(&digits[..k]);
    }
    let significant = text.iter().position(|&d| d != b'0').unwrap_or(text.len());
    let len = (text.len() - significant).max(min_digits).max(1);
    out.extend(core::iter::repeat_n('0', len.saturating_sub(text.len())));
    text[text.len().saturating_sub(len)..].iter().for_each(|&d| out.push(d as char));
}

/// Appends `value` in `radix` with a leading `-` when negative (`str(n)` for radix 10).
pub fn write_radix(value: IntRef, radix: u32, out: &mut String) {
    if is_negative(value) {
        out.push('-');
    }
    write_magnitude(value, radix, false, out);
}

/// Appends `bin(n)`, `oct(n)` or `hex(n)` for `radix` 2, 8 or 16: `-0x1f`.
pub fn write_prefixed(value: IntRef, radix: u32, out: &mut String) {
    if is_negative(value) {
        out.push('-');
    }
    out.push_str(radix_prefix(radix, false));
    write_magnitude(value, radix, false, out);
}

/// The alternate-form prefix for `radix` (`0b`, `0o`, `0x`/`0X`), empty for other radixes.
pub fn radix_prefix(radix: u32, upper: bool) -> &'static str {
    match (radix, upper) {
        (2, _) => "0b",
        (8, _) => "0o",
        (16, false) => "0x",
        (16, true) => "0X",
        _ => "",
    }
}

/// `str(value)`.
pub fn to_decimal(value: IntRef) -> String {
    let mut s = String::new();
    write_radix(value, 10, &mut s);
    s
}

pub(crate) fn is_negative(value: IntRef) -> bool {
    match value {
        IntRef::Small(v) => v < 0,
        IntRef::Big(b) => b.is_negative(),
    }
}
