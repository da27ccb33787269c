//! Tests of the numeric library against CPython 3.11's answers in `test_vectors.rs`, plus
//! property tests and ignored timing benchmarks.

mod bench;
mod vectors_complex;
mod vectors_float;
mod vectors_format;
mod vectors_int;

use super::format_spec::FormatError;
use super::{int_str, BigInt, NumError};
use std::format;
use std::string::String;

/// Parses a vector's `-0x1f`-style int.
fn int(s: &str) -> BigInt {
    int_str::parse_int(s, 0).unwrap_or_else(|e| panic!("bad vector int {s}: {e:?}"))
}

/// Python's `repr()` of a str, enough for the vectors (ASCII escapes, printable non-ASCII kept).
fn py_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::new();
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || (0x7f..0xa1).contains(&(c as u32)) => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if c == '\u{2000}' || c == '\u{3000}' => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// A `NumError` as the vectors write Python exceptions; `arg` is the string a parse failed on.
fn num_err(e: NumError, arg: &str) -> String {
    match e {
        NumError::ZeroDivision(m) => format!("!ZeroDivisionError: {m}"),
        NumError::Value(m) => format!("!ValueError: {m}"),
        NumError::Overflow(m) => format!("!OverflowError: {m}"),
        NumError::TooBig => String::from("!MemoryError: "),
        NumError::InvalidIntLiteral { base } => {
            format!("!ValueError: invalid literal for int() with base {base}: {}", py_repr(arg))
        }
        NumError::InvalidFloatLiteral => {
            format!("!ValueError: could not convert string to float: {}", py_repr(arg))
        }
    }
}

fn fmt_err(e: FormatError) -> String {
    match e {
        FormatError::Value(m) => format!("!ValueError: {m}"),
        FormatError::Overflow(m) => format!("!OverflowError: {m}"),
        FormatError::TooBig => String::from("!MemoryError: "),
    }
}

/// A float result as the vectors write it.
fn float_text(r: Result<f64, NumError>) -> String {
    match r {
        Ok(v) => format!("0x{:016x}", v.to_bits()),
        Err(e) => num_err(e, ""),
    }
}

/// Compares float texts, treating any two NaN bit patterns as equal.
fn same_float_text(got: &str, want: &str) -> bool {
    let nan = |s: &str| {
        u64::from_str_radix(s.trim_start_matches("0x"), 16).is_ok_and(|b| f64::from_bits(b).is_nan())
    };
    got == want || (nan(got) && nan(want))
}

fn hex(v: &BigInt) -> String {
    let mut s = String::new();
    int_str::write_prefixed(super::IntRef::Big(v), 16, &mut s);
    s
}
