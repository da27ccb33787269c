//! `repr(float)` and the digit layouts behind `%e %f %g`, `format()` and `round()`, as in
//! CPython 3.11.
//!
//! `core::fmt` supplies the digits: `{:e}` gives the shortest digits that round-trip, `{:.Ne}`
//! and `{:.N}` give correctly rounded (ties-to-even on the exact binary value) significant or
//! fractional digits. This module only lays those digits out the way Python does.

use super::bigint::{decompose, BigInt};
use super::fmtbuf::StackBuf;
use super::NumError;
use alloc::string::String;
use core::fmt::Write;

/// How digits are chosen and laid out (CPython's format codes, after `n`/`%`/none are mapped).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FloatStyle {
    /// `e`: one digit, the point, `precision` digits, an exponent.
    Exp,
    /// `f`: `precision` digits after the point.
    Fixed,
    /// `g`: `precision` significant digits, exponent form when the exponent is < -4 or >= it.
    General,
    /// `repr`: the shortest round-tripping digits, exponent form below 1e-4 or from 1e16 up.
    Repr,
}

/// A complete description of how to render `|x|`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FloatFormat {
    pub style: FloatStyle,
    /// Ignored by [`FloatStyle::Repr`].
    pub precision: usize,
    /// `#`: keep the point and (for `g`) trailing zeros.
    pub alt: bool,
    /// Append `.0` to a result that would otherwise look like an int (`repr`, `format` with no
    /// type); this also moves `g`'s switch to exponent form one digit earlier.
    pub add_dot_0: bool,
    /// `E F G`: upper-case `E`, `INF`, `NAN`.
    pub upper: bool,
}

impl FloatFormat {
    /// The format of `repr(x)` and `str(x)`.
    pub const REPR: FloatFormat =
        FloatFormat { style: FloatStyle::Repr, precision: 0, alt: false, add_dot_0: true, upper: false };
}

/// Appends `repr(x)`: `1.5`, `1e-05`, `1e+16`, `-0.0`, `inf`, `nan`.
pub fn write_repr(x: f64, out: &mut String) {
    if x.is_sign_negative() && !x.is_nan() {
        out.push('-');
    }
    write_abs(x, &FloatFormat::REPR, out);
}

/// `repr(x)` as a new string.
pub fn repr(x: f64) -> String {
    let mut s = String::new();
    write_repr(x, &mut s);
    s
}

/// Appends `|x|` rendered as `f` says (no sign).
pub fn write_abs(x: f64, f: &FloatFormat, out: &mut String) {
    let x = x.abs();
    if !x.is_finite() {
        let word = match (x.is_nan(), f.upper) {
            (true, false) => "nan",
            (true, true) => "NAN",
            (false, false) => "inf",
            (false, true) => "INF",
        };
        out.push_str(word);
        return;
    }
    match f.style {
        FloatStyle::Fixed => {
            let start = out.len();
            let exact = f.precision.min(MAX_EXACT_DIGITS);
            let _ = write!(out, "{:.*}", exact, x);
            out.extend(core::iter::repeat_n('0', f.precision - exact));
            if f.alt && !out[start..].contains('.') {
                out.push('.');
            }
        }
        FloatStyle::Repr => with_digits(x, None, |d, decpt| {
            let use_exp = decpt <= -4 || decpt > 16;
            layout(d, decpt, use_exp, 0, f, out);
        }),
        FloatStyle::Exp => with_digits(x, Some(f.precision + 1), |d, decpt| {
            layout(d, decpt, true, f.precision + 1, f, out);
        }),
        FloatStyle::General => {
            let sig = f.precision.max(1);
            with_digits(x, Some(sig), |d, decpt| {
                let limit = if f.add_dot_0 { sig as i64 - 1 } else { sig as i64 };
                let use_exp = decpt <= -4 || decpt as i64 > limit;
                layout(d, decpt, use_exp, if f.alt { sig } else { 0 }, f, out);
            });
        }
    }
}

/// Calls `f` with the decimal digits of finite `x >= 0` (trailing zeros removed, `0` for zero)
/// and the position of the point (`x = 0.d1d2... * 10**decpt`): the shortest round-tripping
/// digits, or `sig` correctly rounded significant digits.
/// No double needs more digits than this, fractional (at most 1074) or significant (at most
/// 767), to be written exactly: further digits are zeros. `core::fmt` also rejects
/// precisions above `u16::MAX`.
const MAX_EXACT_DIGITS: usize = 1100;

fn with_digits<R>(x: f64, sig: Option<usize>, f: impl FnOnce(&[u8], i32) -> R) -> R {
    let sig = sig.map(|n| n.min(MAX_EXACT_DIGITS));
    let mut stack = StackBuf::<64>::new();
    let written = match sig {
        None => write!(stack, "{:e}", x),
        Some(n) => write!(stack, "{:.*e}", n.saturating_sub(1), x),
    };
    if written.is_err() {
        let mut heap = String::new();
        let _ = write!(heap, "{:.*e}", sig.unwrap_or(1).saturating_sub(1), x);
        return split_sci(heap.as_bytes(), f);
    }
    if sig.is_none() {
        if let Some(nearest) = nearest_shortest(x, stack.as_bytes()) {
            return split_sci(nearest.as_bytes(), f);
        }
    }
    split_sci(stack.as_bytes(), f)
}

/// When `core`'s shortest digits for `x` could be the far side of an exact decimal tie,
/// returns the correctly rounded digits of the same length if they also read back as `x`:
/// CPython picks the nearest of the shortest candidates, ties to even.
fn nearest_shortest(x: f64, shortest: &[u8]) -> Option<StackBuf<64>> {
    let len = shortest.iter().take_while(|&&b| b != b'e').filter(|b| b.is_ascii_digit()).count();
    // A tie needs an exact value one digit longer than the shortest digits: at least 16
    // digits, which a double has only when it has few bits after the binary point.
    let (m, e) = decompose(x);
    let frac_bits = -(e + m.trailing_zeros() as i64);
    if len < 15 || frac_bits > 26 {
        return None;
    }
    let mut nearest = StackBuf::<64>::new();
    write!(nearest, "{:.*e}", len - 1, x).ok()?;
    let text = core::str::from_utf8(nearest.as_bytes()).ok()?;
    (nearest.as_bytes() != shortest && text.parse::<f64>() == Ok(x)).then_some(nearest)
}

/// Splits `core`'s `d.ddde±x` output into stripped digits and the point position.
fn split_sci<R>(s: &[u8], f: impl FnOnce(&[u8], i32) -> R) -> R {
    let e = s.iter().position(|&b| b == b'e').unwrap_or(s.len());
    let (mantissa, exp) = s.split_at(e);
    let exp: i32 =
        core::str::from_utf8(exp.get(1..).unwrap_or(b"0")).ok().and_then(|t| t.parse().ok()).unwrap_or(0);
    let mut digits = StackBuf::<32>::new();
    let mut heap = alloc::vec::Vec::new();
    let all: &[u8] = if mantissa.len() <= 32 {
        mantissa.iter().filter(|b| b.is_ascii_digit()).for_each(|&b| {
            let _ = digits.write_char(b as char);
        });
        digits.as_bytes()
    } else {
        heap.extend(mantissa.iter().filter(|b| b.is_ascii_digit()));
        &heap
    };
    let kept = all.iter().rposition(|&b| b != b'0').map_or(1, |i| i + 1);
    f(&all[..kept.min(all.len())], exp + 1)
}

/// Lays out `digits` with the point after `decpt` of them, padding with zeros up to `min_end`
/// digit positions (plus one after the point when `add_dot_0`), then the exponent if any.
fn layout(digits: &[u8], decpt: i32, use_exp: bool, min_end: usize, f: &FloatFormat, out: &mut String) {
    let (point, exp) = if use_exp { (1i64, decpt as i64 - 1) } else { (decpt as i64, 0) };
    let start = point.min(1) - 1;
    let mut end = (digits.len() as i64).max(min_end as i64).max(point);
    if f.add_dot_0 && !use_exp {
        end = end.max(point + 1);
    }
    for pos in start..end {
        if pos == point {
            out.push('.');
        }
        let d = usize::try_from(pos).ok().and_then(|i| digits.get(i)).copied().unwrap_or(b'0');
        out.push(d as char);
    }
    if f.alt && end == point {
        out.push('.');
    }
    if use_exp {
        out.push(if f.upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        let _ = write!(out, "{:02}", exp.unsigned_abs());
    }
}

/// `round(x)`: the nearest int, ties to even.
pub fn round_to_int(x: f64) -> Result<BigInt, NumError> {
    let below = libm::floor(x);
    let diff = x - below;
    let up = diff > 0.5 || (diff == 0.5 && libm::fmod(below, 2.0) != 0.0);
    BigInt::from_f64(if up { below + 1.0 } else { below })
}

/// `round(x, ndigits)`: `x` rounded to a multiple of `10**-ndigits`, the decimal tie going to
/// the even digit, then converted back to the nearest float.
pub fn round_digits(x: f64, ndigits: i64) -> Result<f64, NumError> {
    if !x.is_finite() || x == 0.0 || ndigits > 323 {
        return Ok(x);
    }
    if ndigits < -308 {
        return Ok(libm::copysign(0.0, x));
    }
    let (m, e) = decompose(x);
    let one = BigInt::from(1i64);
    let (mut num, mut den) = (BigInt::from(m), one.clone());
    let shifted = |v: &BigInt, bits: i64| v.shl(bits, usize::MAX);
    if e >= 0 {
        num = shifted(&num, e)?;
    } else {
        den = shifted(&den, -e)?;
    }
    let scale = BigInt::from(10i64).pow_u64(ndigits.unsigned_abs(), usize::MAX)?;
    if ndigits >= 0 {
        num = num.mul(&scale, usize::MAX)?;
    } else {
        den = den.mul(&scale, usize::MAX)?;
    }
    let (mut q, r) = num.divmod(&den)?;
    let twice = r.shl(1, usize::MAX)?;
    if twice > den || (twice == den && q.is_odd()) {
        q = q.add(&one);
    }
    let too_large = NumError::Overflow("rounded value too large to represent");
    let v = if ndigits >= 0 {
        q.true_div(&scale).map_err(|_| too_large)?
    } else {
        q.mul(&scale, usize::MAX)?.to_f64().map_err(|_| too_large)?
    };
    Ok(libm::copysign(v, x))
}
