//! `complex(text)`: the forms CPython accepts — a real part, an imaginary part (`2j`, `-j`),
//! or both (`1+2j`, `1-j`), each a float literal (`1.5e3`, `inf`, `nan`), with surrounding
//! white space and optionally one pair of parentheses.

use super::complex::Complex;
use super::float_parse::parse_float;

fn is_space(c: char) -> bool {
    c.is_whitespace()
}

/// Parses `text`; `None` if it is not a complex literal.
pub fn parse_complex(text: &str) -> Option<Complex> {
    let mut s = text.trim_matches(is_space);
    if let Some(inner) = s.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
        s = inner.trim_matches(is_space);
    }
    let first_len = float_prefix_len(s);
    let (first, rest) = s.split_at(first_len);
    if rest.is_empty() {
        return real(first).map(|re| Complex::new(re, 0.0));
    }
    if rest == "j" || rest == "J" {
        return imag(first).map(|im| Complex::new(0.0, im));
    }
    // A real part followed by a signed imaginary part.
    if first_len == 0 || !rest.starts_with(['+', '-']) {
        return None;
    }
    let re = real(first)?;
    let body = rest.strip_suffix(['j', 'J'])?;
    if float_prefix_len(body) != body.len() {
        return None;
    }
    Some(Complex::new(re, imag(body)?))
}

/// A real part: a float literal that is not empty.
fn real(s: &str) -> Option<f64> {
    if s.is_empty() {
        return None;
    }
    parse_float(s).ok()
}

/// The coefficient before `j`: a float literal, or a bare sign (`j`, `+j`, `-j` mean ±1).
fn imag(s: &str) -> Option<f64> {
    match s {
        "" | "+" => Some(1.0),
        "-" => Some(-1.0),
        _ => parse_float(s).ok(),
    }
}

/// The length of the longest prefix of `s` shaped like a signed float literal (digits with
/// `_` separators, a point, an exponent, or `inf`/`infinity`/`nan`); a lone sign counts, so
/// `-j` splits as `-` and `j`.
fn float_prefix_len(s: &str) -> usize {
    let b = s.as_bytes();
    let mut i = 0;
    if matches!(b.first(), Some(b'+' | b'-')) {
        i = 1;
    }
    let word = |w: &str| s.get(i..i + w.len()).is_some_and(|p| p.eq_ignore_ascii_case(w));
    if word("infinity") {
        return i + 8;
    }
    if word("inf") || word("nan") {
        return i + 3;
    }
    let digits = |mut i: usize| {
        while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'_') {
            i += 1;
        }
        i
    };
    let start = i;
    i = digits(i);
    if b.get(i) == Some(&b'.') {
        i = digits(i + 1);
    }
    if i == start {
        return i;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        let mut j = i + 1;
        if matches!(b.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        let end = digits(j);
        if end > j {
            i = end;
        }
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(s: &str) -> Option<(f64, f64)> {
        parse_complex(s).map(|c| (c.re, c.im))
    }

    #[test]
    fn accepted_forms() {
        assert_eq!(c("1"), Some((1.0, 0.0)));
        assert_eq!(c(" 1.5e3 "), Some((1500.0, 0.0)));
        assert_eq!(c("j"), Some((0.0, 1.0)));
        assert_eq!(c("-J"), Some((0.0, -1.0)));
        assert_eq!(c("2.5j"), Some((0.0, 2.5)));
        assert_eq!(c("1+j"), Some((1.0, 1.0)));
        assert_eq!(c("-1-2j"), Some((-1.0, -2.0)));
        assert_eq!(c("+1e2-2e-1j"), Some((100.0, -0.2)));
        assert_eq!(c("( 1+2j )"), Some((1.0, 2.0)));
        assert_eq!(c("1_0+2_0j"), Some((10.0, 20.0)));
        assert_eq!(c("-infj"), Some((0.0, f64::NEG_INFINITY)));
        assert!(c("nan-infj").is_some_and(|(re, im)| re.is_nan() && im == f64::NEG_INFINITY));
    }

    #[test]
    fn rejected_forms() {
        for bad in
            ["", " ", "j1", "1+", "1+2", "1j+2", "1 + 2j", "(1+2j", "1jj", "++1", "1e", "x", "1+2jx", "()"]
        {
            assert_eq!(c(bad), None, "{bad:?}");
        }
    }
}
