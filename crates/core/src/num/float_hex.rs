//! `float.hex()` and `float.fromhex()`: exact hexadecimal text for doubles, as CPython writes
//! and reads it (`0x1.8000000000000p+0`).

use alloc::format;
use alloc::string::String;

/// `x.hex()`.
pub fn to_hex(x: f64) -> String {
    if x.is_nan() {
        return String::from("nan");
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x.is_infinite() {
        return format!("{sign}inf");
    }
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7FF) as i64;
    let mant = bits & ((1 << 52) - 1);
    let (lead, e) = if exp == 0 { (0, -1022) } else { (1, exp - 1023) };
    format!("{sign}0x{lead}.{mant:013x}p{e:+}")
}

/// `float.fromhex(s)`; `None` if `s` is not a valid hexadecimal float.
pub fn from_hex(s: &str) -> Option<f64> {
    let t = s.trim_matches(|c: char| c.is_ascii_whitespace());
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = t.to_ascii_lowercase();
    let special = match lower.as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        return Some(if neg { -v } else { v });
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (digits, exp_text) = match body.find('p') {
        Some(p) => (&body[..p], Some(&body[p + 1..])),
        None => (body, None),
    };
    let (int_part, frac_part) = match digits.find('.') {
        Some(p) => (&digits[..p], &digits[p + 1..]),
        None => (digits, ""),
    };
    if int_part.is_empty() && frac_part.is_empty() {
        return None;
    }
    let mut exp: i64 = match exp_text {
        None => 0,
        Some(e) => {
            let (eneg, ed) = match e.as_bytes().first() {
                Some(b'-') => (true, &e[1..]),
                Some(b'+') => (false, &e[1..]),
                _ => (false, e),
            };
            if ed.is_empty() || !ed.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            let v: i64 = ed.parse().unwrap_or(i64::MAX / 4).min(1 << 40);
            if eneg {
                -v
            } else {
                v
            }
        }
    };
    // Accumulate up to 64 significant bits; later non-zero digits set a sticky bit.
    let mut mant: u64 = 0;
    let mut sticky = false;
    let mut seen_nonzero = false;
    for (i, c) in int_part.chars().chain(frac_part.chars()).enumerate() {
        let d = c.to_digit(16)? as u64;
        if i >= int_part.len() {
            exp -= 4;
        }
        if mant >> 60 != 0 {
            if i < int_part.len() {
                exp += 4;
            }
            sticky |= d != 0;
            continue;
        }
        seen_nonzero |= d != 0;
        mant = (mant << 4) | d;
    }
    if !seen_nonzero {
        return Some(if neg { -0.0 } else { 0.0 });
    }
    Some(round_to_double(neg, mant, exp, sticky))
}

/// `mant * 2**exp` (plus a sticky bit for discarded non-zero bits) rounded half to even.
fn round_to_double(neg: bool, mant: u64, exp: i64, sticky: bool) -> f64 {
    let top = 63 - mant.leading_zeros() as i64;
    // Position of the lowest bit kept in a 53-bit significand, clamped for subnormals.
    let value_exp = top + exp;
    if value_exp > 1023 {
        return if neg { f64::NEG_INFINITY } else { f64::INFINITY };
    }
    let lowest_kept = (top - 52).max(-1074 - exp);
    let (mut kept, round_bit, rest) = if lowest_kept <= 0 {
        (mant << (-lowest_kept).min(63), false, false)
    } else if lowest_kept >= 64 {
        (0, false, true)
    } else {
        let kept = mant >> lowest_kept;
        let half = 1u64 << (lowest_kept - 1);
        (kept, mant & half != 0, mant & (half - 1) != 0)
    };
    if round_bit && (rest || sticky || kept & 1 == 1) {
        kept += 1;
    }
    let scale = exp + lowest_kept.max(0) - (-lowest_kept).clamp(0, 63);
    let v = kept as f64 * pow2(scale);
    if neg {
        -v
    } else {
        v
    }
}

/// `2**e` as a double, exactly, for the range the rounding above needs.
fn pow2(e: i64) -> f64 {
    if e > 1023 {
        f64::INFINITY
    } else if e >= -1022 {
        f64::from_bits(((e + 1023) as u64) << 52)
    } else if e >= -1074 {
        f64::from_bits(1u64 << (e + 1074))
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_as_cpython() {
        assert_eq!(to_hex(1.5), "0x1.8000000000000p+0");
        assert_eq!(to_hex(0.1), "0x1.999999999999ap-4");
        assert_eq!(to_hex(-0.0), "-0x0.0p+0");
        assert_eq!(to_hex(5e-324), "0x0.0000000000001p-1022");
        assert_eq!(to_hex(f64::MAX), "0x1.fffffffffffffp+1023");
        assert_eq!(to_hex(f64::NEG_INFINITY), "-inf");
    }

    #[test]
    fn parses_and_rounds() {
        for x in [1.5, 0.1, -2.75, 5e-324, f64::MAX, 1e-310, 123456.789, 3.0] {
            assert_eq!(from_hex(&to_hex(x)).map(f64::to_bits), Some(x.to_bits()), "{x}");
        }
        assert_eq!(from_hex("0x1p-1074"), Some(5e-324));
        assert_eq!(from_hex("  -0X1.8P1 "), Some(-3.0));
        assert_eq!(from_hex("1.8p1"), Some(3.0));
        assert_eq!(from_hex("0x.8"), Some(0.5));
        assert_eq!(from_hex("0x1.00000000000008p0"), Some(1.0), "ties to even");
        assert_eq!(from_hex("0x1.00000000000018p0"), Some(1.0000000000000004));
        assert_eq!(from_hex("0x1p1024"), Some(f64::INFINITY));
        assert_eq!(from_hex("inf"), Some(f64::INFINITY));
        assert_eq!(from_hex("0x"), None);
        assert_eq!(from_hex("0xg"), None);
        assert_eq!(from_hex("0x1p"), None);
    }
}
