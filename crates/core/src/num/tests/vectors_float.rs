//! Float repr, printf-style formatting, arithmetic, round(), parsing, comparison with ints
//! and hashing, against CPython 3.11.

use super::super::test_vectors as v;
use super::super::{float_fmt, float_ops, float_parse, hash, printf, IntRef};
use super::{float_text, hex, int, num_err, same_float_text};
use std::format;
use std::string::String;
use std::vec;
use std::vec::Vec;

fn check_all(failures: Vec<String>, total: usize) {
    assert!(
        failures.is_empty(),
        "{} of {} failed:\n{}",
        failures.len(),
        total,
        failures[..failures.len().min(40)].join("\n")
    );
}

#[test]
fn repr_matches_cpython() {
    let mut bad = Vec::new();
    for &(bits, want) in v::FLOAT_REPR {
        let got = float_fmt::repr(f64::from_bits(bits));
        if got != want {
            bad.push(format!("{bits:#x}: got {got} want {want}"));
        }
    }
    check_all(bad, v::FLOAT_REPR.len());
}

/// Parses `%[flags][width][.precision]conv`.
pub(super) fn printf_spec(fmt: &str) -> (printf::PrintfSpec, char) {
    let mut spec = printf::PrintfSpec::default();
    let mut chars = fmt[1..].chars().peekable();
    while let Some(&c) = chars.peek() {
        match c {
            '-' => spec.left = true,
            '+' => spec.plus = true,
            ' ' => spec.space = true,
            '#' => spec.alt = true,
            '0' => spec.zero = true,
            _ => break,
        }
        chars.next();
    }
    let rest: String = chars.collect();
    let conv = rest.chars().last().unwrap();
    let body = &rest[..rest.len() - 1];
    let (width, prec) = match body.split_once('.') {
        Some((w, p)) => (w, Some(p.parse().unwrap())),
        None => (body, None),
    };
    spec.width = width.parse().unwrap_or(0);
    spec.precision = prec;
    (spec, conv)
}

#[test]
fn printf_float_matches_cpython() {
    let mut bad = Vec::new();
    for &(bits, fmt, want) in v::PRINTF_FLOAT {
        let (spec, conv) = printf_spec(fmt);
        let mut got = String::new();
        printf::format_float(f64::from_bits(bits), conv, &spec, 1 << 20, &mut got).unwrap();
        if got != want {
            bad.push(format!("{:e} {fmt}: got {got} want {want}", f64::from_bits(bits)));
        }
    }
    check_all(bad, v::PRINTF_FLOAT.len());
}

#[test]
fn precision_beyond_core_fmt_limits() {
    let spec = printf::PrintfSpec { precision: Some(70_000), ..Default::default() };
    let mut got = String::new();
    printf::format_float(1.0, 'f', &spec, 1 << 20, &mut got).unwrap();
    assert_eq!(got, format!("1.{}", "0".repeat(70_000)));
    got.clear();
    printf::format_float(-0.5, 'e', &spec, 1 << 20, &mut got).unwrap();
    assert_eq!(got, format!("-5.{}e-01", "0".repeat(70_000)));
    got.clear();
    let spec = printf::PrintfSpec { precision: Some(70_000), alt: true, ..Default::default() };
    printf::format_float(0.5, 'g', &spec, 1 << 20, &mut got).unwrap();
    assert_eq!(got, format!("0.5{}", "0".repeat(69_999)));
}

#[test]
fn float_ops_match_cpython() {
    let mut bad = Vec::new();
    for &(xb, yb, op, want) in v::FLOAT_OPS {
        let (x, y) = (f64::from_bits(xb), f64::from_bits(yb));
        let got = match op {
            "%" => float_text(float_ops::rem(x, y)),
            "//" => float_text(float_ops::floor_div(x, y)),
            "/" => float_text(float_ops::div(x, y)),
            "**" => match float_ops::pow(x, y) {
                Ok(None) => String::from("complex"),
                Ok(Some(r)) => float_text(Ok(r)),
                Err(e) => num_err(e, ""),
            },
            "divmod" => match float_ops::divmod(x, y) {
                Ok((q, r)) => format!("0x{:016x} 0x{:016x}", q.to_bits(), r.to_bits()),
                Err(e) => num_err(e, ""),
            },
            _ => unreachable!(),
        };
        let ok = match op {
            "divmod" => {
                got.split(' ').zip(want.split(' ')).all(|(g, w)| same_float_text(g, w))
                    && got.len() == want.len()
            }
            // A complex result is the caller's to compute, including its overflow error.
            "**" if got == "complex" => want == "complex" || want == "!OverflowError: complex exponentiation",
            _ => same_float_text(&got, want),
        };
        if !ok {
            bad.push(format!("{x:e} {op} {y:e}: got {got} want {want}"));
        }
    }
    check_all(bad, v::FLOAT_OPS.len());
}

#[test]
fn pow_matches_cpython() {
    let mut bad = Vec::new();
    for &(xb, yb, want) in v::FLOAT_POW {
        let (x, y) = (f64::from_bits(xb), f64::from_bits(yb));
        let got = match float_ops::pow(x, y) {
            Ok(None) => String::from("complex"),
            Ok(Some(r)) => float_text(Ok(r)),
            Err(e) => num_err(e, ""),
        };
        let complex_overflow = got == "complex" && want == "!OverflowError: complex exponentiation";
        if !same_float_text(&got, want) && !complex_overflow {
            bad.push(format!("{x:e} ** {y:e}: got {got} want {want}"));
        }
    }
    check_all(bad, v::FLOAT_POW.len());
}

#[test]
fn round_matches_cpython() {
    let mut bad = Vec::new();
    for &(bits, ndigits, want) in v::ROUND {
        let x = f64::from_bits(bits);
        let got = match ndigits {
            None => match float_fmt::round_to_int(x) {
                Ok(i) => hex(&i),
                Err(e) => num_err(e, ""),
            },
            Some(n) => float_text(float_fmt::round_digits(x, n)),
        };
        if !same_float_text(&got, want) {
            bad.push(format!("round({x:e}, {ndigits:?}): got {got} want {want}"));
        }
    }
    check_all(bad, v::ROUND.len());
}

#[test]
fn parse_float_matches_cpython() {
    let mut bad = Vec::new();
    for &(s, want) in v::PARSE_FLOAT {
        let got = match float_parse::parse_float(s) {
            Ok(x) => float_text(Ok(x)),
            Err(e) => num_err(e, s),
        };
        if !same_float_text(&got, want) {
            bad.push(format!("float({s:?}): got {got} want {want}"));
        }
    }
    check_all(bad, v::PARSE_FLOAT.len());
}

#[test]
fn float_int_comparison_matches_cpython() {
    let mut bad = Vec::new();
    for &(bits, n, want) in v::FLOAT_CMP_INT {
        let x = f64::from_bits(bits);
        let big = int(n);
        let mut got = vec![float_ops::cmp_with_int(x, IntRef::Big(&big))];
        if let Some(small) = big.to_i64() {
            got.push(float_ops::cmp_with_int(x, IntRef::Small(small)));
        }
        if got.iter().any(|&g| g != want) {
            bad.push(format!("{x:e} vs {n}: got {got:?} want {want:?}"));
        }
    }
    check_all(bad, v::FLOAT_CMP_INT.len());
}

#[test]
fn hash_matches_cpython() {
    let mut bad = Vec::new();
    for &(key, want) in v::HASH {
        let got = match key.strip_prefix('f') {
            Some(b) => vec![hash::hash_f64(f64::from_bits(u64::from_str_radix(&b[2..], 16).unwrap()))],
            None => {
                let big = int(key);
                let mut g = vec![hash::hash_bigint(&big)];
                g.extend(big.to_i64().map(hash::hash_i64));
                g
            }
        };
        if got.iter().any(|&g| g != want) {
            bad.push(format!("hash({key}): got {got:?} want {want}"));
        }
    }
    check_all(bad, v::HASH.len());
}

#[test]
fn special_values() {
    assert_eq!(hash::hash_f64(f64::NAN), 0);
    assert_eq!(hash::hash_f64(f64::NEG_INFINITY), -314_159);
    assert_eq!(hash::hash_i64(-1), -2);
    assert_eq!(float_fmt::repr(-f64::NAN), "nan");
    assert!(
        float_ops::is_integer(2.0) && !float_ops::is_integer(2.5) && !float_ops::is_integer(f64::INFINITY)
    );
    let (n, d) = float_ops::as_integer_ratio(-0.75).unwrap();
    assert_eq!((hex(&n), hex(&d)), (String::from("-0x3"), String::from("0x4")));
    let (n, d) = float_ops::as_integer_ratio(1e20).unwrap();
    assert_eq!((n.to_i128(), d.to_i64()), (Some(100_000_000_000_000_000_000), Some(1)));
    assert_eq!(
        float_ops::as_integer_ratio(f64::NAN),
        Err(super::NumError::Value("cannot convert NaN to integer ratio"))
    );
    assert_eq!(hex(&float_ops::floor_to_int(-2.5).unwrap()), "-0x3");
    assert_eq!(hex(&float_ops::ceil_to_int(-2.5).unwrap()), "-0x2");
}
