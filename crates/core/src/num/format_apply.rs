//! Applying a parsed [`FormatSpec`] to an int, a float or a string: `format(value, spec)`.
//!
//! A number is rendered as three parts — sign and base prefix, the digits (grouped), and the
//! rest (fraction, exponent, `%`) — then padded. Zero fill with `=` alignment pads the digits
//! themselves, so the padding is grouped too (`format(1234, '09,') == '0,001,234'`).

use super::float_fmt::{write_abs, FloatFormat, FloatStyle};
use super::format_spec::{unknown_code, value_error, Align, FormatError, FormatSpec, Sign};
use super::int_str::{is_negative, radix_prefix, write_magnitude};
use super::IntRef;
use alloc::string::String;

/// Appends `format(value, spec)` for an int; `type_name` names the value's type in messages
/// (`int`, `bool`, a subclass). Fails with `TooBig` when the width or precision exceeds
/// `limit_chars`.
pub fn format_int(
    value: IntRef,
    spec: &FormatSpec,
    type_name: &str,
    limit_chars: usize,
    out: &mut String,
) -> Result<(), FormatError> {
    let (radix, upper) = match spec.ty {
        None | Some('d' | 'n') => (10, false),
        Some('b') => (2, false),
        Some('o') => (8, false),
        Some('x') => (16, false),
        Some('X') => (16, true),
        Some('c') => (0, false),
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
            let x = match value {
                IntRef::Small(v) => v as f64,
                IntRef::Big(b) => b.to_f64()?,
            };
            return format_float(x, spec, type_name, limit_chars, out);
        }
        Some(c) => return Err(unknown_code(c, type_name)),
    };
    check_size(spec, limit_chars)?;
    if spec.precision.is_some() {
        return Err(value_error("Precision not allowed in integer format specifier"));
    }
    if spec.coerce_zero {
        return Err(value_error("Negative zero coercion (z) not allowed in integer format specifier"));
    }
    if radix == 0 {
        return format_char(value, spec, out);
    }
    let negative = is_negative(value);
    let mut head = String::from(sign_text(negative, spec.sign));
    if spec.alt {
        head.push_str(radix_prefix(radix, upper));
    }
    let mut digits = String::new();
    write_magnitude(value, radix, upper, &mut digits);
    let group = if radix == 10 { 3 } else { 4 };
    pad_number(&head, &digits, "", group, spec, out);
    Ok(())
}

fn format_char(value: IntRef, spec: &FormatSpec, out: &mut String) -> Result<(), FormatError> {
    if spec.sign.is_some() {
        return Err(value_error("Sign not allowed with integer format specifier 'c'"));
    }
    if spec.alt {
        return Err(value_error("Alternate form (#) not allowed with integer format specifier 'c'"));
    }
    let code = match value {
        IntRef::Small(v) => v,
        IntRef::Big(b) => {
            b.to_i64().ok_or(FormatError::Overflow("Python int too large to convert to C long"))?
        }
    };
    let c = u32::try_from(code)
        .ok()
        .and_then(char::from_u32)
        .ok_or(FormatError::Overflow("%c arg not in range(0x110000)"))?;
    let mut s = [0u8; 4];
    pad_number("", "", c.encode_utf8(&mut s), 3, spec, out);
    Ok(())
}

/// Appends `format(x, spec)` for a float (`type_name` as in [`format_int`]).
pub fn format_float(
    x: f64,
    spec: &FormatSpec,
    type_name: &str,
    limit_chars: usize,
    out: &mut String,
) -> Result<(), FormatError> {
    let precision = spec.precision.unwrap_or(6);
    let general = |add_dot_0| FloatFormat {
        style: FloatStyle::General,
        precision,
        alt: spec.alt,
        add_dot_0,
        upper: false,
    };
    let (mut f, x, suffix) = match spec.ty {
        None if spec.precision.is_none() => (FloatFormat { alt: spec.alt, ..FloatFormat::REPR }, x, ""),
        None => (general(true), x, ""),
        Some('g' | 'G' | 'n') => (general(false), x, ""),
        Some('e' | 'E') => (FloatFormat { style: FloatStyle::Exp, ..general(false) }, x, ""),
        Some('f' | 'F') => (FloatFormat { style: FloatStyle::Fixed, ..general(false) }, x, ""),
        Some('%') => (FloatFormat { style: FloatStyle::Fixed, ..general(false) }, x * 100.0, "%"),
        Some(c) => return Err(unknown_code(c, type_name)),
    };
    f.upper = spec.ty.is_some_and(|c| c.is_ascii_uppercase());
    if precision > i32::MAX as usize {
        return Err(value_error("precision too big"));
    }
    check_size(spec, limit_chars)?;
    let mut body = String::new();
    write_abs(x, &f, &mut body);
    body.push_str(suffix);
    let rounds_to_zero = x.is_finite() && !body.bytes().any(|b| (b'1'..=b'9').contains(&b));
    let negative = x.is_sign_negative() && !x.is_nan() && !(spec.coerce_zero && rounds_to_zero);
    let digits_end = body.bytes().position(|b| !b.is_ascii_digit()).unwrap_or(body.len());
    let (digits, rest) = body.split_at(digits_end);
    pad_number(sign_text(negative, spec.sign), digits, rest, 3, spec, out);
    Ok(())
}

/// Appends `format(s, spec)` for a string.
pub fn format_str(
    s: &str,
    spec: &FormatSpec,
    type_name: &str,
    limit_chars: usize,
    out: &mut String,
) -> Result<(), FormatError> {
    match spec.ty {
        None | Some('s') => {}
        Some(c) => return Err(unknown_code(c, type_name)),
    }
    match spec.sign {
        Some(Sign::Space) => return Err(value_error("Space not allowed in string format specifier")),
        Some(_) => return Err(value_error("Sign not allowed in string format specifier")),
        None => {}
    }
    if spec.coerce_zero {
        return Err(value_error("Negative zero coercion (z) not allowed in string format specifier"));
    }
    if spec.alt {
        return Err(value_error("Alternate form (#) not allowed in string format specifier"));
    }
    if spec.align == Some(Align::AfterSign) {
        return Err(value_error("'=' alignment not allowed in string format specifier"));
    }
    check_size(spec, limit_chars)?;
    let text = match spec.precision.and_then(|p| s.char_indices().nth(p)) {
        Some((cut, _)) => &s[..cut],
        None => s,
    };
    let fill = spec.fill.unwrap_or(if spec.zero { '0' } else { ' ' });
    let count = text.chars().count();
    pad_plain(text, count, fill, spec.align.unwrap_or(Align::Left), spec.width.unwrap_or(0), out);
    Ok(())
}

fn check_size(spec: &FormatSpec, limit_chars: usize) -> Result<(), FormatError> {
    if spec.width.unwrap_or(0).max(spec.precision.unwrap_or(0)) > limit_chars {
        Err(FormatError::TooBig)
    } else {
        Ok(())
    }
}

fn sign_text(negative: bool, sign: Option<Sign>) -> &'static str {
    match (negative, sign) {
        (true, _) => "-",
        (false, Some(Sign::Plus)) => "+",
        (false, Some(Sign::Space)) => " ",
        _ => "",
    }
}

/// Pads `head + grouped(digits) + rest` as a number: right-aligned by default, and the `0`
/// option means zero fill after the sign unless a fill or alignment was given.
fn pad_number(head: &str, digits: &str, rest: &str, group: usize, spec: &FormatSpec, out: &mut String) {
    let fill = spec.fill.unwrap_or(if spec.zero { '0' } else { ' ' });
    let align =
        spec.align.unwrap_or(if spec.zero && spec.fill.is_none() { Align::AfterSign } else { Align::Right });
    let width = spec.width.unwrap_or(0);
    let rest_len = rest.chars().count();
    let mut min_digits = 0;
    if fill == '0' && align == Align::AfterSign {
        min_digits = width.saturating_sub(head.len() + rest_len);
    }
    let mut number = String::from(head);
    grouped(digits, spec.grouping, group, min_digits, &mut number);
    number.push_str(rest);
    let count = number.chars().count();
    if align == Align::AfterSign {
        let fill_len = width.saturating_sub(count);
        out.push_str(head);
        out.extend(core::iter::repeat_n(fill, fill_len));
        out.push_str(&number[head.len()..]);
    } else {
        pad_plain(&number, count, fill, align, width, out);
    }
}

/// Appends `digits` with `sep` every `group` digits from the right, zero-extended on the left
/// until the text is at least `min_len` long (never starting with a separator).
fn grouped(digits: &str, sep: Option<char>, group: usize, min_len: usize, out: &mut String) {
    let Some(sep) = sep.filter(|_| !digits.is_empty()) else {
        out.extend(core::iter::repeat_n('0', min_len.saturating_sub(digits.len())));
        out.push_str(digits);
        return;
    };
    let mut n = digits.len();
    while n + n.saturating_sub(1) / group < min_len {
        n += 1;
    }
    let zeros = n - digits.len();
    for (i, c) in core::iter::repeat_n('0', zeros).chain(digits.chars()).enumerate() {
        if i > 0 && (n - i) % group == 0 {
            out.push(sep);
        }
        out.push(c);
    }
}

fn pad_plain(text: &str, count: usize, fill: char, align: Align, width: usize, out: &mut String) {
    let total = width.saturating_sub(count);
    let left = match align {
        Align::Left => 0,
        Align::Center => total / 2,
        Align::Right | Align::AfterSign => total,
    };
    out.extend(core::iter::repeat_n(fill, left));
    out.push_str(text);
    out.extend(core::iter::repeat_n(fill, total - left));
}
