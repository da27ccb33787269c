//! The numeric conversions of printf-style `str % args`: `%d %i %u %o %x %X` for ints and
//! `%e %E %f %F %g %G` for floats, with the flags `-+ #0`, a width and a precision.
//!
//! Parsing the format string (mapping keys, `*` widths) and `%s %r %c` belong to the caller.

use super::float_fmt::{self, FloatFormat, FloatStyle};
use super::int_str::{is_negative, radix_prefix, write_magnitude};
use super::{IntRef, NumError};
use alloc::string::String;

/// Flags, width and precision of one `%` conversion.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PrintfSpec {
    /// `-`: pad on the right.
    pub left: bool,
    /// `+`: always show a sign.
    pub plus: bool,
    /// ` `: a space where a `+` would go.
    pub space: bool,
    /// `#`: base prefix for `o x X`; keep the point (and `g`'s zeros) for floats.
    pub alt: bool,
    /// `0`: pad with zeros after the sign.
    pub zero: bool,
    pub width: usize,
    pub precision: Option<usize>,
}

/// Appends `%<conv>` of an int; `conv` is one of `d i u o x X`. Fails with `TooBig` when the
/// width or precision exceeds `limit_chars`.
pub fn format_int(
    value: IntRef,
    conv: char,
    spec: &PrintfSpec,
    limit_chars: usize,
    out: &mut String,
) -> Result<(), NumError> {
    check_size(spec, limit_chars)?;
    let (radix, upper) = match conv {
        'd' | 'i' | 'u' => (10, false),
        'o' => (8, false),
        'x' => (16, false),
        'X' => (16, true),
        _ => return Err(NumError::Value("unsupported format character")),
    };
    let mut digits = String::new();
    write_magnitude(value, radix, upper, &mut digits);
    let mut head = String::from(sign(is_negative(value), spec));
    if spec.alt {
        head.push_str(radix_prefix(radix, upper));
    }
    let mut body = String::new();
    let min_digits = spec.precision.unwrap_or(0);
    body.extend(core::iter::repeat_n('0', min_digits.saturating_sub(digits.len())));
    body.push_str(&digits);
    pad(&head, &body, spec, out);
    Ok(())
}

/// Appends `%<conv>` of a float; `conv` is one of `e E f F g G`. Fails with `TooBig` when
/// the width or precision exceeds `limit_chars`.
pub fn format_float(
    x: f64,
    conv: char,
    spec: &PrintfSpec,
    limit_chars: usize,
    out: &mut String,
) -> Result<(), NumError> {
    check_size(spec, limit_chars)?;
    let style = match conv.to_ascii_lowercase() {
        'e' => FloatStyle::Exp,
        'f' => FloatStyle::Fixed,
        'g' => FloatStyle::General,
        _ => return Err(NumError::Value("unsupported format character")),
    };
    let f = FloatFormat {
        style,
        precision: spec.precision.unwrap_or(6),
        alt: spec.alt,
        add_dot_0: false,
        upper: conv.is_ascii_uppercase(),
    };
    let mut body = String::new();
    float_fmt::write_abs(x, &f, &mut body);
    pad(sign(x.is_sign_negative() && !x.is_nan(), spec), &body, spec, out);
    Ok(())
}

fn check_size(spec: &PrintfSpec, limit_chars: usize) -> Result<(), NumError> {
    if spec.width.max(spec.precision.unwrap_or(0)) > limit_chars {
        Err(NumError::TooBig)
    } else {
        Ok(())
    }
}

fn sign(negative: bool, spec: &PrintfSpec) -> &'static str {
    if negative {
        "-"
    } else if spec.plus {
        "+"
    } else if spec.space {
        " "
    } else {
        ""
    }
}

/// Appends `head + body` padded to the width: on the right for `-`, with zeros between the
/// head (sign and base prefix) and the body for `0`, else with spaces on the left.
fn pad(head: &str, body: &str, spec: &PrintfSpec, out: &mut String) {
    let len = head.len() + body.len();
    let fill = spec.width.saturating_sub(len);
    if spec.left {
        out.push_str(head);
        out.push_str(body);
        out.extend(core::iter::repeat_n(' ', fill));
    } else if spec.zero {
        out.push_str(head);
        out.extend(core::iter::repeat_n('0', fill));
        out.push_str(body);
    } else {
        out.extend(core::iter::repeat_n(' ', fill));
        out.push_str(head);
        out.push_str(body);
    }
}
