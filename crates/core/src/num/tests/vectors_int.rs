//! Big-int arithmetic, conversions to float, true division, radix conversion, parsing and
//! `to_bytes` against CPython 3.11.

use super::super::bigint::{ByteOrder, IntPow};
use super::super::test_vectors as v;
use super::super::{int_str, printf, small, BigInt, IntRef, NumError};
use super::{float_text, hex, int, num_err, same_float_text};
use std::format;
use std::string::{String, ToString};
use std::vec;
use std::vec::Vec;

const LIMIT: usize = 1 << 24;

fn check_all(failures: Vec<String>, total: usize) {
    assert!(
        failures.is_empty(),
        "{} of {} failed:\n{}",
        failures.len(),
        total,
        failures[..failures.len().min(20)].join("\n")
    );
}

fn text(r: Result<BigInt, NumError>) -> String {
    match r {
        Ok(v) => hex(&v),
        Err(e) => num_err(e, ""),
    }
}

fn shift_count(b: &BigInt) -> i64 {
    b.to_i64().unwrap_or(i64::MAX)
}

fn big_op(op: &str, a: &BigInt, b: &str) -> String {
    if op == "powmod" {
        let (e, m) = b.split_once(',').unwrap();
        return text(a.pow_mod(&int(e), &int(m)));
    }
    let b = int(b);
    match op {
        "+" => hex(&a.add(&b)),
        "-" => hex(&a.sub(&b)),
        "*" => text(a.mul(&b, LIMIT)),
        "//" => text(a.floor_div(&b)),
        "%" => text(a.modulo(&b)),
        "&" => hex(&a.bitand(&b)),
        "|" => hex(&a.bitor(&b)),
        "^" => hex(&a.bitxor(&b)),
        "~" => hex(&a.invert()),
        "cmp" => (a.cmp(&b) as i8).to_string(),
        "/" => float_text(a.true_div(&b)),
        "gcd" => hex(&a.gcd(&b)),
        "<<" => text(a.shl(shift_count(&b), LIMIT)),
        ">>" => text(a.shr(shift_count(&b))),
        "float" => float_text(a.to_f64()),
        "**" => match a.pow(&b, LIMIT) {
            Ok(IntPow::Int(r)) => hex(&r),
            Ok(IntPow::Float(x)) => float_text(Ok(x)),
            Err(e) => num_err(e, ""),
        },
        _ => unreachable!("{op}"),
    }
}

/// The `i64` fast path's answer, when it has one.
fn small_op(op: &str, a: i64, b: i64) -> Option<i64> {
    match op {
        "//" => small::floor_div(a, b),
        "%" => small::modulo(a, b),
        "**" => small::pow(a, b),
        "<<" => small::shl(a, b),
        ">>" => small::shr(a, b),
        _ => None,
    }
}

#[test]
fn bigint_ops_match_cpython() {
    let mut bad = Vec::new();
    for &(op, a, b, want) in v::BIGINT_OPS {
        let got = big_op(op, &int(a), b);
        if !same_float_text(&got, want) {
            bad.push(format!("{a} {op} {b}: got {got} want {want}"));
        }
        let (Some(x), Some(y)) = (int(a).to_i64(), int_str::parse_int(b, 0).ok().and_then(|b| b.to_i64()))
        else {
            continue;
        };
        if let Some(r) = small_op(op, x, y) {
            if hex(&BigInt::from(r)) != want {
                bad.push(format!("small {x} {op} {y}: got {r} want {want}"));
            }
        }
    }
    check_all(bad, v::BIGINT_OPS.len());
}

#[test]
fn printf_int_matches_cpython() {
    let mut bad = Vec::new();
    for &(n, fmt, want) in v::PRINTF_INT {
        let (spec, conv) = super::vectors_float::printf_spec(fmt);
        let big = int(n);
        let mut forms = vec![IntRef::Big(&big)];
        forms.extend(big.to_i64().map(IntRef::Small));
        for value in forms {
            let mut got = String::new();
            printf::format_int(value, conv, &spec, 1 << 20, &mut got).unwrap();
            if got != want {
                bad.push(format!("{fmt} % {n}: got {got:?} want {want:?}"));
            }
        }
    }
    check_all(bad, v::PRINTF_INT.len());
}

#[test]
fn int_to_float_matches_cpython() {
    let mut bad = Vec::new();
    for &(n, want) in v::INT_TO_FLOAT {
        let got = float_text(int(n).to_f64());
        if got != want {
            bad.push(format!("float({n}): got {got} want {want}"));
        }
    }
    check_all(bad, v::INT_TO_FLOAT.len());
}

#[test]
fn true_division_matches_cpython() {
    let mut bad = Vec::new();
    for &(a, b, want) in v::TRUE_DIV {
        let got = float_text(int(a).true_div(&int(b)));
        if got != want {
            bad.push(format!("{a} / {b}: got {got} want {want}"));
        }
    }
    check_all(bad, v::TRUE_DIV.len());
}

#[test]
fn radix_conversion_matches_cpython() {
    let mut bad = Vec::new();
    for &(n, base, want) in v::INT_TO_RADIX {
        let big = int(n);
        let mut got = String::new();
        int_str::write_radix(IntRef::Big(&big), base, &mut got);
        let back = int_str::parse_int(want, base).map(|b| hex(&b));
        if got != want || back.as_deref() != Ok(n) {
            bad.push(format!("{n} in base {base}: got {got} want {want}, parsed back {back:?}"));
        }
    }
    for &(n, dec, bin, oct, hexa) in v::INT_STR_BIN_OCT_HEX {
        let big = int(n);
        let mut forms = vec![IntRef::Big(&big)];
        forms.extend(big.to_i64().map(IntRef::Small));
        for value in forms {
            let mut got = vec![int_str::to_decimal(value)];
            for radix in [2, 8, 16] {
                let mut s = String::new();
                int_str::write_prefixed(value, radix, &mut s);
                got.push(s);
            }
            if got != [dec, bin, oct, hexa] {
                bad.push(format!("{n}: got {got:?}"));
            }
        }
    }
    check_all(bad, v::INT_TO_RADIX.len());
}

#[test]
fn parse_int_matches_cpython() {
    let mut bad = Vec::new();
    for &(s, base, want) in v::PARSE_INT {
        let got = match u32::try_from(base) {
            Ok(b) => match int_str::parse_int(s, b) {
                Ok(v) => hex(&v),
                Err(e) => num_err(e, s),
            },
            Err(_) => String::from("!ValueError: int() base must be >= 2 and <= 36, or 0"),
        };
        if got != want {
            bad.push(format!("int({s:?}, {base}): got {got} want {want}"));
        }
    }
    check_all(bad, v::PARSE_INT.len());
}

#[test]
fn to_bytes_matches_cpython() {
    let mut bad = Vec::new();
    for &(n, length, order, signed, want) in v::TO_BYTES {
        let order = if order == "big" { ByteOrder::Big } else { ByteOrder::Little };
        let big = int(n);
        let got = match big.to_bytes(length, order, signed) {
            Ok(bytes) => {
                let back = BigInt::from_bytes(&bytes, order, signed);
                if back != big && length > 0 {
                    bad.push(format!("from_bytes(to_bytes({n})) gave {}", hex(&back)));
                }
                bytes.iter().map(|b| format!("{b:02x}")).collect()
            }
            Err(e) => num_err(e, ""),
        };
        if got != want {
            bad.push(format!("{n}.to_bytes({length}, {order:?}, {signed}): got {got} want {want}"));
        }
    }
    check_all(bad, v::TO_BYTES.len());
}
