//! `float(s)` for a `str` argument: whitespace, a sign, `inf`/`infinity`/`nan` in any case, and
//! decimal literals with single underscores between digits; `core` does the correctly rounded
//! decimal-to-binary conversion.

use super::int_str::is_py_space;
use super::NumError;
use alloc::string::String;

/// `float(s)`.
pub fn parse_float(s: &str) -> Result<f64, NumError> {
    let body = s.trim_matches(is_py_space);
    let (neg, unsigned) = match body.as_bytes().first() {
        Some(b'-') => (true, &body[1..]),
        Some(b'+') => (false, &body[1..]),
        _ => (false, body),
    };
    let magnitude = parse_unsigned(unsigned).ok_or(NumError::InvalidFloatLiteral)?;
    Ok(if neg { -magnitude } else { magnitude })
}

fn parse_unsigned(s: &str) -> Option<f64> {
    if s.eq_ignore_ascii_case("inf") || s.eq_ignore_ascii_case("infinity") {
        return Some(f64::INFINITY);
    }
    if s.eq_ignore_ascii_case("nan") {
        return Some(f64::NAN);
    }
    let bytes = s.as_bytes();
    if !bytes.first().is_some_and(|b| b.is_ascii_digit() || *b == b'.') {
        return None;
    }
    if !bytes.contains(&b'_') {
        return s.parse().ok();
    }
    let mut plain = String::with_capacity(s.len());
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'_' {
            let before = i.checked_sub(1).and_then(|j| bytes.get(j));
            let digit_around =
                before.is_some_and(u8::is_ascii_digit) && bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
            if !digit_around {
                return None;
            }
        } else {
            plain.push(b as char);
        }
    }
    plain.parse().ok()
}
