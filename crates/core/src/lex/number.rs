//! Numeric literals: the text the lexer collected (underscores already dropped) to a [`Const`],
//! or the SyntaxError message MicroPython gives for it.
//!
//! MicroPython's rules, which are looser than CPython's in places: underscores may appear
//! anywhere after the first digit (`1__0`, `1_`), a literal of zeros may have leading zeros
//! (`00`) but no other decimal literal may (`09`), and letters glued to a number make it
//! invalid (`1if` is not `1 if`).

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::parse::ast::Const;

/// Converts an integer literal (`123`, `0x1F`, `0o17`, `0b101`, `00`).
pub fn parse_int(text: &[u8]) -> Result<Const, String> {
    let (base, digits, shown_base) = split_base(text);
    let mut value: u64 = 0;
    let mut fits = true;
    for &c in digits {
        let digit = match digit_value(c) {
            Some(d) if d < base => d,
            _ => return Err(int_error(shown_base, digits)),
        };
        if fits {
            match value.checked_mul(u64::from(base)).and_then(|v| v.checked_add(u64::from(digit))) {
                Some(v) if v <= i64::MAX as u64 => value = v,
                _ => fits = false,
            }
        }
    }
    if digits.is_empty() {
        return Err(int_error(shown_base, digits));
    }
    if fits {
        return Ok(Const::Int(value as i64));
    }
    Ok(Const::BigInt(to_decimal(digits, base)))
}

/// Converts a float or imaginary literal (`1.5`, `.5`, `1e10`, `2j`).
pub fn parse_float(text: &[u8]) -> Result<Const, String> {
    const ERROR: &str = "invalid syntax for number";
    let mut mantissa = String::new();
    let mut exponent = String::new();
    let mut in_fraction = false;
    let mut in_exponent = false;
    let mut i = 0;
    while let Some(&c) = text.get(i) {
        match c {
            b'0'..=b'9' if in_exponent => exponent.push(char::from(c)),
            b'0'..=b'9' => mantissa.push(char::from(c)),
            b'.' if !in_fraction && !in_exponent => {
                in_fraction = true;
                mantissa.push('.');
            }
            b'e' | b'E' if !in_exponent => {
                in_exponent = true;
                if let Some(&sign @ (b'+' | b'-')) = text.get(i + 1) {
                    exponent.push(char::from(sign));
                    i += 1;
                }
                // MicroPython needs something after the exponent marker, but not digits.
                if i + 1 >= text.len() {
                    return Err(ERROR.into());
                }
            }
            _ => break,
        }
        i += 1;
    }
    let imaginary = matches!(text.get(i), Some(b'j' | b'J'));
    if imaginary {
        i += 1;
    }
    if i != text.len() || mantissa.is_empty() || mantissa == "." {
        return Err(ERROR.into());
    }
    if !exponent.bytes().any(|c| c.is_ascii_digit()) {
        exponent = String::from("0");
    }
    let value: f64 = format!("{mantissa}e{exponent}").parse().map_err(|_| String::from(ERROR))?;
    Ok(if imaginary { Const::Imag(value) } else { Const::Float(value) })
}

/// The base, the digits after any prefix, and the base MicroPython names in its message.
/// A literal starting with `0` but no base letter may only contain zeros ("base 0").
fn split_base(text: &[u8]) -> (u32, &[u8], u32) {
    if let [b'0', letter, rest @ ..] = text {
        match letter | 0x20 {
            b'x' => (16, rest, 16),
            b'o' => (8, rest, 8),
            b'b' => (2, rest, 2),
            _ => (1, text, 0),
        }
    } else {
        (10, text, 10)
    }
}

fn digit_value(c: u8) -> Option<u32> {
    match c {
        b'0'..=b'9' => Some(u32::from(c - b'0')),
        b'a'..=b'z' => Some(u32::from(c - b'a') + 10),
        b'A'..=b'Z' => Some(u32::from(c - b'A') + 10),
        _ => None,
    }
}

fn int_error(base: u32, rest: &[u8]) -> String {
    let rest: String = rest.iter().map(|&c| char::from(c)).collect();
    format!("invalid syntax for integer with base {base}: '{rest}'")
}

/// Decimal text of a non-negative integer given by valid `digits` in `base`.
fn to_decimal(digits: &[u8], base: u32) -> String {
    let digits = match digits.iter().position(|&c| c != b'0') {
        Some(first) => &digits[first..],
        None => return String::from("0"),
    };
    if base == 10 {
        return digits.iter().map(|&c| char::from(c)).collect();
    }
    // Little-endian limbs of 9 decimal digits; feed the input a chunk of digits at a time,
    // as many as keep `base^chunk` within 32 bits.
    const LIMB: u64 = 1_000_000_000;
    let chunk = match base {
        2 => 31,
        8 => 10,
        _ => 7,
    };
    let mut limbs: Vec<u32> = Vec::with_capacity(digits.len() / 2 + 1);
    for piece in digits.chunks(chunk) {
        let mut multiplier: u64 = 1;
        let mut addend: u64 = 0;
        for &c in piece {
            multiplier *= u64::from(base);
            addend = addend * u64::from(base) + u64::from(digit_value(c).unwrap_or(0));
        }
        let mut carry = addend;
        for limb in limbs.iter_mut() {
            let v = u64::from(*limb) * multiplier + carry;
            *limb = (v % LIMB) as u32;
            carry = v / LIMB;
        }
        while carry > 0 {
            limbs.push((carry % LIMB) as u32);
            carry /= LIMB;
        }
    }
    let mut out = String::with_capacity(limbs.len() * 9);
    let mut iter = limbs.iter().rev();
    if let Some(top) = iter.next() {
        out.push_str(&format!("{top}"));
    }
    for limb in iter {
        out.push_str(&format!("{limb:09}"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::string::ToString;

    fn big(s: &str) -> Const {
        Const::BigInt(s.into())
    }

    #[test]
    fn integers_in_every_base() {
        assert_eq!(parse_int(b"0"), Ok(Const::Int(0)));
        assert_eq!(parse_int(b"00"), Ok(Const::Int(0)));
        assert_eq!(parse_int(b"123"), Ok(Const::Int(123)));
        assert_eq!(parse_int(b"0x1F"), Ok(Const::Int(31)));
        assert_eq!(parse_int(b"0XfF"), Ok(Const::Int(255)));
        assert_eq!(parse_int(b"0o17"), Ok(Const::Int(15)));
        assert_eq!(parse_int(b"0O17"), Ok(Const::Int(15)));
        assert_eq!(parse_int(b"0b101"), Ok(Const::Int(5)));
        assert_eq!(parse_int(b"0B1"), Ok(Const::Int(1)));
    }

    #[test]
    fn integers_beyond_i64_become_decimal_text() {
        assert_eq!(parse_int(b"9223372036854775807"), Ok(Const::Int(i64::MAX)));
        assert_eq!(parse_int(b"9223372036854775808"), Ok(big("9223372036854775808")));
        assert_eq!(parse_int(b"0x8000000000000000"), Ok(big("9223372036854775808")));
        assert_eq!(parse_int(b"0xffffffffffffffffffffffffffffffff"), Ok(big(&u128::MAX.to_string())));
        assert_eq!(
            parse_int(b"0o0000777777777777777777777777"),
            Ok(big(&0o777777777777777777777777u128.to_string()))
        );
        let bin = "1".repeat(100);
        let want = (num_pow2(100)).trim_start_matches('0').to_string();
        assert_eq!(parse_int(format!("0b{bin}").as_bytes()), Ok(big(&want)));
    }

    /// 2^n - 1 in decimal, by repeated doubling of a decimal string (independent check).
    fn num_pow2(n: u32) -> String {
        let mut digits = std::vec![1u8];
        for _ in 0..n {
            let mut carry = 0;
            for d in digits.iter_mut() {
                let v = *d * 2 + carry;
                *d = v % 10;
                carry = v / 10;
            }
            if carry > 0 {
                digits.push(carry);
            }
        }
        digits[0] -= 1;
        digits.iter().rev().map(|d| char::from(b'0' + d)).collect()
    }

    #[test]
    fn huge_hex_literal_is_fast_and_right() {
        let text = format!("0x1{}", "0".repeat(10_000));
        let start = std::time::Instant::now();
        let Ok(Const::BigInt(dec)) = parse_int(text.as_bytes()) else { panic!("not a big int") };
        assert!(start.elapsed().as_secs() < 2);
        assert_eq!(dec.len(), 12042);
        // Digits of 16**10000 from CPython.
        assert!(dec.starts_with("15842603725730786800"));
        assert!(dec.ends_with("53334711885025509376"));
    }

    #[test]
    fn invalid_integers_have_micropython_messages() {
        assert_eq!(parse_int(b"0x").unwrap_err(), "invalid syntax for integer with base 16: ''");
        assert_eq!(parse_int(b"09").unwrap_err(), "invalid syntax for integer with base 0: '09'");
        assert_eq!(parse_int(b"0b102").unwrap_err(), "invalid syntax for integer with base 2: '102'");
        assert_eq!(parse_int(b"0o8").unwrap_err(), "invalid syntax for integer with base 8: '8'");
        assert_eq!(parse_int(b"1if").unwrap_err(), "invalid syntax for integer with base 10: '1if'");
    }

    #[test]
    fn floats_and_imaginaries() {
        assert_eq!(parse_float(b"1."), Ok(Const::Float(1.0)));
        assert_eq!(parse_float(b".5"), Ok(Const::Float(0.5)));
        assert_eq!(parse_float(b"1e10"), Ok(Const::Float(1e10)));
        assert_eq!(parse_float(b"1.e-3"), Ok(Const::Float(1e-3)));
        assert_eq!(parse_float(b"1000.5"), Ok(Const::Float(1000.5)));
        assert_eq!(parse_float(b"2j"), Ok(Const::Imag(2.0)));
        assert_eq!(parse_float(b"1.5J"), Ok(Const::Imag(1.5)));
        assert_eq!(parse_float(b"1e5j"), Ok(Const::Imag(1e5)));
        assert_eq!(parse_float(b"1e+j"), Ok(Const::Imag(1.0)));
        for bad in [&b"1e"[..], b"1e+", b"1.2.3", b"1.real", b"1jj", b"1e5e5"] {
            assert_eq!(parse_float(bad).unwrap_err(), "invalid syntax for number", "{bad:?}");
        }
    }
}
