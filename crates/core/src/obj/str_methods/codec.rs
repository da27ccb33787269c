//! Text encodings for `str.encode`, `bytes.decode` and the `str`/`bytes` constructors: UTF-8,
//! ASCII and Latin-1, with the `errors` handlers `strict`, `ignore`, `replace`,
//! `backslashreplace` and (encoding only) `xmlcharrefreplace`.

use alloc::borrow::Cow;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Write;

use crate::obj::exception;
use crate::value::Value;
use crate::vm::{PyResult, Raised, Vm};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Encoding {
    Utf8,
    Ascii,
    Latin1,
}

impl Encoding {
    fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Ascii => "ascii",
            Encoding::Latin1 => "latin-1",
        }
    }

    /// Highest code point the encoding holds.
    fn max_char(self) -> u32 {
        match self {
            Encoding::Utf8 => 0x10FFFF,
            Encoding::Ascii => 0x7F,
            Encoding::Latin1 => 0xFF,
        }
    }
}

/// Finds an encoding by any of its usual names (case, `-`, `_` and spaces ignored).
pub fn lookup(name: &str) -> Option<Encoding> {
    let mut key = String::with_capacity(name.len());
    for c in name.chars() {
        match c {
            '-' | '_' | ' ' => {}
            c => key.push(c.to_ascii_lowercase()),
        }
    }
    Some(match key.as_str() {
        "utf8" | "u8" | "utf" | "cp65001" => Encoding::Utf8,
        "ascii" | "usascii" | "646" | "us" => Encoding::Ascii,
        "latin1" | "latin" | "l1" | "iso88591" | "iso885911987" | "8859" | "cp819" => Encoding::Latin1,
        _ => return None,
    })
}

/// The `encoding` argument (absent: UTF-8); LookupError for an unknown one.
pub fn encoding_arg(vm: &mut Vm, v: Value) -> PyResult<Encoding> {
    if v.is_null() {
        return Ok(Encoding::Utf8);
    }
    let Some(name) = vm.text_of(v) else {
        let t = vm.type_name(v);
        return Err(vm.type_error(&format!("encoding must be str, not {t}")));
    };
    lookup(name)
        .ok_or_else(|| vm.raise_msg(&exception::LOOKUP_ERROR_TYPE, &format!("unknown encoding: {name}")))
}

/// The `errors` argument as text (absent: `strict`).
pub fn errors_arg<'a>(vm: &mut Vm, v: Value) -> PyResult<&'a str> {
    if v.is_null() {
        return Ok("strict");
    }
    match vm.text_of(v) {
        Some(s) => Ok(s),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(&format!("errors must be str, not {t}")))
        }
    }
}

fn unknown_handler(vm: &mut Vm, errors: &str) -> Raised {
    vm.raise_msg(&exception::LOOKUP_ERROR_TYPE, &format!("unknown error handler name '{errors}'"))
}

fn encode_error(vm: &mut Vm, msg: &str) -> Raised {
    vm.raise_msg(&exception::UNICODE_ENCODE_ERROR_TYPE, msg)
}

fn decode_error(vm: &mut Vm, msg: &str) -> Raised {
    vm.raise_msg(&exception::UNICODE_DECODE_ERROR_TYPE, msg)
}

/// Encodes `s`.
pub fn encode<'a>(vm: &mut Vm, s: &'a str, enc: Encoding, errors: &str) -> PyResult<Cow<'a, [u8]>> {
    if enc == Encoding::Utf8 || s.is_ascii() {
        return Ok(Cow::Borrowed(s.as_bytes()));
    }
    let max = enc.max_char();
    let mut out = Vec::with_capacity(s.len());
    for (pos, c) in s.chars().enumerate() {
        let n = c as u32;
        if n <= max {
            out.push(n as u8);
            continue;
        }
        match errors {
            "strict" => {
                let what = if n < 0x100 {
                    format!("\\x{n:02x}")
                } else if n < 0x10000 {
                    format!("\\u{n:04x}")
                } else {
                    format!("\\U{n:08x}")
                };
                return Err(encode_error(
                    vm,
                    &format!(
                        "'{}' codec can't encode character '{what}' in position {pos}: ordinal not in range({})",
                        enc.name(),
                        max + 1
                    ),
                ));
            }
            "ignore" => {}
            "replace" => out.push(b'?'),
            "backslashreplace" => {
                let mut t = String::new();
                let _ = match n {
                    0..=0xFF => write!(t, "\\x{n:02x}"),
                    0x100..=0xFFFF => write!(t, "\\u{n:04x}"),
                    _ => write!(t, "\\U{n:08x}"),
                };
                out.extend_from_slice(t.as_bytes());
            }
            "xmlcharrefreplace" => out.extend_from_slice(format!("&#{n};").as_bytes()),
            _ => return Err(unknown_handler(vm, errors)),
        }
    }
    Ok(Cow::Owned(out))
}

/// CPython's reason why a UTF-8 decoder stops at the invalid sequence `bad`.
fn utf8_error_reason(bad: &[u8], at_end: bool) -> &'static str {
    match bad.first() {
        Some(&b) if (0x80..0xC2).contains(&b) || b >= 0xF5 => "invalid start byte",
        _ if at_end => "unexpected end of data",
        _ => "invalid continuation byte",
    }
}

/// Handles one undecodable unit of `data` at `pos` as `errors` says.
fn bad_input(
    vm: &mut Vm,
    enc: Encoding,
    errors: &str,
    data: &[u8],
    unit: &[u8],
    pos: usize,
    out: &mut String,
) -> PyResult<()> {
    match errors {
        "strict" => {
            let first = unit.first().copied().unwrap_or(0);
            let msg = if enc == Encoding::Ascii {
                format!("'ascii' codec can't decode byte 0x{first:02x} in position {pos}: ordinal not in range(128)")
            } else {
                let reason = utf8_error_reason(unit, pos + unit.len() == data.len());
                if unit.len() > 1 {
                    let last = pos + unit.len() - 1;
                    format!("'utf-8' codec can't decode bytes in position {pos}-{last}: {reason}")
                } else {
                    format!("'utf-8' codec can't decode byte 0x{first:02x} in position {pos}: {reason}")
                }
            };
            Err(decode_error(vm, &msg))
        }
        "ignore" => Ok(()),
        "replace" => {
            out.push('\u{FFFD}');
            Ok(())
        }
        "backslashreplace" => {
            for b in unit {
                let _ = write!(out, "\\x{b:02x}");
            }
            Ok(())
        }
        _ => Err(unknown_handler(vm, errors)),
    }
}

/// Decodes `data`.
pub fn decode(vm: &mut Vm, data: &[u8], enc: Encoding, errors: &str) -> PyResult<String> {
    if enc == Encoding::Latin1 || enc == Encoding::Ascii && data.is_ascii() {
        return Ok(data.iter().map(|&b| b as char).collect());
    }
    if enc == Encoding::Utf8 {
        if let Ok(s) = core::str::from_utf8(data) {
            return Ok(String::from(s));
        }
    }
    let mut out = String::with_capacity(data.len());
    if enc == Encoding::Ascii {
        for (pos, &b) in data.iter().enumerate() {
            if b.is_ascii() {
                out.push(b as char);
            } else {
                bad_input(vm, enc, errors, data, &[b], pos, &mut out)?;
            }
        }
        return Ok(out);
    }
    let mut pos = 0;
    for chunk in data.utf8_chunks() {
        out.push_str(chunk.valid());
        pos += chunk.valid().len();
        let bad = chunk.invalid();
        if !bad.is_empty() {
            bad_input(vm, enc, errors, data, bad, pos, &mut out)?;
            pos += bad.len();
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(lookup("UTF-8"), Some(Encoding::Utf8));
        assert_eq!(lookup("utf_8"), Some(Encoding::Utf8));
        assert_eq!(lookup("Latin-1"), Some(Encoding::Latin1));
        assert_eq!(lookup("ISO-8859-1"), Some(Encoding::Latin1));
        assert_eq!(lookup("US-ASCII"), Some(Encoding::Ascii));
        assert_eq!(lookup("utf-16"), None);
    }

    #[test]
    fn reasons() {
        assert_eq!(utf8_error_reason(b"\xff", false), "invalid start byte");
        assert_eq!(utf8_error_reason(b"\xe2\x82", true), "unexpected end of data");
        assert_eq!(utf8_error_reason(b"\xe2", false), "invalid continuation byte");
    }
}
