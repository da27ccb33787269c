//! The format-spec mini-language of `format()` and `str.format`:
//! `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`, parsed as CPython 3.11
//! does, with its error messages. Applying a spec to a value is in
//! [`format_apply`](super::format_apply).

use alloc::format;
use alloc::string::String;
use core::fmt::Write;

/// `<`, `>`, `^` or `=`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
    Center,
    /// Padding between the sign (and base prefix) and the digits.
    AfterSign,
}

/// `-`, `+` or ` `.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sign {
    Minus,
    Plus,
    Space,
}

/// A parsed format spec. Fields that were absent stay `None`/`false`, because some errors
/// depend on whether an option was written at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct FormatSpec {
    pub fill: Option<char>,
    pub align: Option<Align>,
    pub sign: Option<Sign>,
    /// `z`: show negative zero (after rounding) as positive.
    pub coerce_zero: bool,
    /// `#`: alternate form.
    pub alt: bool,
    /// `0` before the width: zero fill when no fill was given.
    pub zero: bool,
    pub width: Option<usize>,
    /// `,` or `_`.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    /// The presentation type; `None` when omitted.
    pub ty: Option<char>,
}

/// A failed `format()`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormatError {
    /// `ValueError` with this message.
    Value(String),
    /// `OverflowError` with this message.
    Overflow(&'static str),
    /// The result would exceed the caller's size limit; the VM raises `MemoryError`.
    TooBig,
}

impl From<super::NumError> for FormatError {
    fn from(e: super::NumError) -> FormatError {
        match e {
            super::NumError::Overflow(m) => FormatError::Overflow(m),
            super::NumError::Value(m) | super::NumError::ZeroDivision(m) => FormatError::Value(m.into()),
            _ => FormatError::TooBig,
        }
    }
}

pub(crate) fn value_error(msg: &str) -> FormatError {
    FormatError::Value(msg.into())
}

/// Renders a type code in messages as CPython does: itself if printable ASCII, else `\xNN`.
fn code_text(c: char) -> String {
    if (c as u32) > 32 && (c as u32) < 128 {
        format!("{c}")
    } else {
        format!("\\x{:x}", c as u32)
    }
}

/// `Unknown format code 'x' for object of type 'float'`.
pub(crate) fn unknown_code(code: char, type_name: &str) -> FormatError {
    FormatError::Value(format!(
        "Unknown format code '{}' for object of type '{}'",
        code_text(code),
        type_name
    ))
}

/// Parses `spec` for a value whose type is called `type_name` in messages. `default_type` is
/// the type the value assumes when none is written (`d` for ints, `s` for strings, `None` for
/// floats); it decides whether a grouping option is allowed.
pub fn parse(spec: &str, default_type: Option<char>, type_name: &str) -> Result<FormatSpec, FormatError> {
    let chars: alloc::vec::Vec<char> = spec.chars().collect();
    let mut out = FormatSpec::default();
    let mut i = 0;
    if let Some(a) = chars.get(1).and_then(|&c| align_of(c)) {
        out.fill = chars.first().copied();
        out.align = Some(a);
        i = 2;
    } else if let Some(a) = chars.first().and_then(|&c| align_of(c)) {
        out.align = Some(a);
        i = 1;
    }
    out.sign = match chars.get(i) {
        Some('+') => Some(Sign::Plus),
        Some('-') => Some(Sign::Minus),
        Some(' ') => Some(Sign::Space),
        _ => None,
    };
    i += out.sign.is_some() as usize;
    out.coerce_zero = eat(&chars, &mut i, 'z');
    out.alt = eat(&chars, &mut i, '#');
    if out.fill.is_none() {
        out.zero = eat(&chars, &mut i, '0');
    }
    out.width = number(&chars, &mut i)?;
    if eat(&chars, &mut i, ',') {
        out.grouping = Some(',');
    } else if eat(&chars, &mut i, '_') {
        out.grouping = Some('_');
    }
    if out.grouping.is_some()
        && matches!(chars.get(i), Some(',' | '_'))
        && chars.get(i) != out.grouping.as_ref()
    {
        return Err(value_error("Cannot specify both ',' and '_'."));
    }
    if eat(&chars, &mut i, '.') {
        out.precision =
            Some(number(&chars, &mut i)?.ok_or(value_error("Format specifier missing precision"))?);
    }
    match &chars[i.min(chars.len())..] {
        [] => {}
        [t] => out.ty = Some(*t),
        _ => {
            let mut msg = String::new();
            let _ = write!(msg, "Invalid format specifier '{spec}' for object of type '{type_name}'");
            return Err(FormatError::Value(msg));
        }
    }
    if let Some(g) = out.grouping {
        check_grouping(g, out.ty.or(default_type))?;
    }
    Ok(out)
}

fn align_of(c: char) -> Option<Align> {
    match c {
        '<' => Some(Align::Left),
        '>' => Some(Align::Right),
        '^' => Some(Align::Center),
        '=' => Some(Align::AfterSign),
        _ => None,
    }
}

fn eat(chars: &[char], i: &mut usize, c: char) -> bool {
    let hit = chars.get(*i) == Some(&c);
    *i += hit as usize;
    hit
}

/// A decimal number at `i`, if any; CPython's limit is what fits a `Py_ssize_t`.
fn number(chars: &[char], i: &mut usize) -> Result<Option<usize>, FormatError> {
    let mut v: Option<usize> = None;
    while let Some(d) = chars.get(*i).and_then(|c| c.to_digit(10)) {
        let next = v.unwrap_or(0).checked_mul(10).and_then(|x| x.checked_add(d as usize));
        v = Some(
            next.filter(|&x| x <= isize::MAX as usize)
                .ok_or(value_error("Too many decimal digits in format string"))?,
        );
        *i += 1;
    }
    Ok(v)
}

/// `,` goes with `d`, the float types and none; `_` also with `b o x X`.
fn check_grouping(g: char, ty: Option<char>) -> Result<(), FormatError> {
    let ok = match ty {
        None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => true,
        Some('b' | 'o' | 'x' | 'X') => g == '_',
        _ => false,
    };
    if ok {
        return Ok(());
    }
    Err(FormatError::Value(format!("Cannot specify '{}' with '{}'.", g, code_text(ty.unwrap_or('\0')))))
}
