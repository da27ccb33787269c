//! `format(value, spec)` for floats, ints and strings against CPython 3.11.

use super::super::format_apply::{format_float, format_int, format_str};
use super::super::format_spec::{self, FormatError, FormatSpec};
use super::super::test_vectors as v;
use super::super::IntRef;
use super::{fmt_err, int};
use std::format;
use std::string::String;
use std::vec;
use std::vec::Vec;

const LIMIT: usize = 1 << 20;

fn run(
    spec: &str,
    default: Option<char>,
    name: &str,
    f: impl Fn(&FormatSpec, &mut String) -> Result<(), FormatError>,
) -> String {
    let mut out = String::new();
    match format_spec::parse(spec, default, name).and_then(|s| f(&s, &mut out)) {
        Ok(()) => out,
        Err(e) => fmt_err(e),
    }
}

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
fn float_specs_match_cpython() {
    let mut bad = Vec::new();
    for &(bits, spec, want) in v::FORMAT_FLOAT {
        let x = f64::from_bits(bits);
        let got = run(spec, None, "float", |s, out| format_float(x, s, "float", LIMIT, out));
        if got != want {
            bad.push(format!("format({x:?}, {spec:?}): got {got:?} want {want:?}"));
        }
    }
    check_all(bad, v::FORMAT_FLOAT.len());
}

#[test]
fn int_specs_match_cpython() {
    let mut bad = Vec::new();
    for &(n, spec, want) in v::FORMAT_INT {
        let big = int(n);
        let mut forms = vec![IntRef::Big(&big)];
        forms.extend(big.to_i64().map(IntRef::Small));
        for value in forms {
            let got = run(spec, Some('d'), "int", |s, out| format_int(value, s, "int", LIMIT, out));
            if got != want {
                bad.push(format!("format({value:?}, {spec:?}): got {got:?} want {want:?}"));
            }
        }
    }
    check_all(bad, v::FORMAT_INT.len());
}

#[test]
fn str_specs_match_cpython() {
    let mut bad = Vec::new();
    for &(s, spec, want) in v::FORMAT_STR {
        let got = run(spec, Some('s'), "str", |sp, out| format_str(s, sp, "str", LIMIT, out));
        if got != want {
            bad.push(format!("format({s:?}, {spec:?}): got {got:?} want {want:?}"));
        }
    }
    check_all(bad, v::FORMAT_STR.len());
}

#[test]
fn huge_widths_fail_before_allocating() {
    let spec = format_spec::parse("3000000000000000000", Some('d'), "int").unwrap();
    let mut out = String::new();
    assert_eq!(format_int(IntRef::Small(1), &spec, "int", LIMIT, &mut out), Err(FormatError::TooBig));
    let spec = format_spec::parse(".3000000000000000000", None, "float").unwrap();
    assert_eq!(
        format_float(1.0, &spec, "float", LIMIT, &mut out),
        Err(FormatError::Value(String::from("precision too big")))
    );
    assert_eq!(
        format_spec::parse("99999999999999999999", None, "float"),
        Err(FormatError::Value(String::from("Too many decimal digits in format string")))
    );
}

#[test]
fn type_names_and_codes_in_messages() {
    let spec = format_spec::parse("\u{e9}", Some('d'), "bool").unwrap();
    let mut out = String::new();
    assert_eq!(
        format_int(IntRef::Small(1), &spec, "bool", LIMIT, &mut out),
        Err(FormatError::Value(String::from("Unknown format code '\\xe9' for object of type 'bool'")))
    );
    assert_eq!(
        format_spec::parse("xx", Some('d'), "MyInt"),
        Err(FormatError::Value(String::from("Invalid format specifier 'xx' for object of type 'MyInt'")))
    );
}
