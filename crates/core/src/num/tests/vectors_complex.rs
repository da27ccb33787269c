//! Complex arithmetic, `abs`, `**`, `repr` and `hash` against CPython 3.11.

use super::super::complex::Complex;
use super::super::test_vectors as v;
use super::{float_text, num_err, same_float_text};
use std::format;
use std::string::String;
use std::vec::Vec;

fn text(r: Result<Complex, super::NumError>) -> String {
    match r {
        Ok(c) => format!("0x{:016x} 0x{:016x}", c.re.to_bits(), c.im.to_bits()),
        Err(e) => num_err(e, ""),
    }
}

#[test]
fn complex_matches_cpython() {
    let mut bad = Vec::new();
    for &(op, ar, ai, br, bi, want) in v::COMPLEX {
        let a = Complex::new(f64::from_bits(ar), f64::from_bits(ai));
        let b = Complex::new(f64::from_bits(br), f64::from_bits(bi));
        let got = match op {
            "repr" => {
                let mut s = String::new();
                a.write_repr(&mut s);
                s
            }
            "hash" if a.re.is_nan() || a.im.is_nan() => String::from("nan"),
            "hash" => format!("{}", a.hash()),
            "abs" => float_text(a.abs()),
            "+" => text(Ok(a + b)),
            "-" => text(Ok(a - b)),
            "*" => text(Ok(a * b)),
            "/" => text(a.true_div(b)),
            "**" => text(a.pow(b)),
            _ => unreachable!(),
        };
        // Exponents that take CPython's polar path go through atan2, exp, log, cos and sin,
        // where the libm crate and the C library may differ in the last bits; CPython's
        // `abs(complex)` uses the C library's hypot, which is not always correctly rounded.
        let polar = op == "**" && (b.im != 0.0 || b.re.fract() != 0.0 || b.re.abs() > 100.0);
        let close = |g: &str, w: &str| {
            same_float_text(g, w)
                || (polar && nearly_equal(parse_bits(g), parse_bits(w)))
                || (op == "abs" && one_ulp_apart(g, w))
        };
        let same = got.split(' ').count() == want.split(' ').count()
            && got.split(' ').zip(want.split(' ')).all(|(g, w)| close(g, w));
        if !same {
            bad.push(format!("{a:?} {op} {b:?}: got {got} want {want}"));
        }
    }
    assert!(bad.is_empty(), "{} of {} failed:\n{}", bad.len(), v::COMPLEX.len(), bad.join("\n"));
}

fn parse_bits(s: &str) -> Option<f64> {
    u64::from_str_radix(s.strip_prefix("0x")?, 16).ok().map(f64::from_bits)
}

fn nearly_equal(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a == b || (a - b).abs() <= 1e-12 * a.abs().max(b.abs()),
        _ => false,
    }
}

fn one_ulp_apart(a: &str, b: &str) -> bool {
    let bits = |s: &str| u64::from_str_radix(s.strip_prefix("0x").unwrap_or(s), 16).ok();
    matches!((bits(a), bits(b)), (Some(x), Some(y)) if x.abs_diff(y) <= 1)
}
