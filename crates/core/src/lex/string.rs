//! String and bytes literals: prefixes, quoting, escape sequences.
//!
//! Follows MicroPython: prefixes are lower case only (`r`, `u`, `b`, `f`, `rb`, `br`, `rf`,
//! `fr`); literal text is copied byte for byte (so `b'é'` is the two UTF-8 bytes); unknown
//! escapes keep their backslash; `\u`/`\U` are not escapes in bytes; `\N{...}` is not
//! supported (NotImplementedError, as in MicroPython).

use alloc::vec::Vec;

use super::fstring;
use super::reader::{Char, Reader, EOF};
use super::token::TokenKind;
use crate::parse::error::{ParseError, ParseErrorKind};

/// The prefix of a literal starting at the reader's position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Prefix {
    pub len: usize,
    pub raw: bool,
    pub bytes: bool,
    pub format: bool,
}

/// Adjacent literals being accumulated into one token.
#[derive(Debug, Default)]
pub struct Literals {
    /// The literal's content (for an f-string, the format string).
    pub buf: Vec<u8>,
    /// Set when the content is invalid; the token becomes this error kind.
    pub error: Option<TokenKind>,
    /// For f-strings: `.format(` followed by `(field),` per replacement field.
    pub format_args: Vec<u8>,
}

fn is_quote(c: Char) -> bool {
    c == Char::from(b'\'') || c == Char::from(b'"')
}

/// The literal prefix at the reader's position, if a string or bytes literal starts there.
pub fn prefix_at(r: &Reader) -> Option<Prefix> {
    let plain = Prefix { len: 0, raw: false, bytes: false, format: false };
    let (c0, c1, c2) = (r.cur(), r.peek1(), r.peek2());
    if is_quote(c0) {
        return Some(plain);
    }
    let letter = |c: Char| u8::try_from(c).unwrap_or(0);
    if is_quote(c1) {
        return match letter(c0) {
            b'u' => Some(Prefix { len: 1, ..plain }),
            b'r' => Some(Prefix { len: 1, raw: true, ..plain }),
            b'b' => Some(Prefix { len: 1, bytes: true, ..plain }),
            b'f' => Some(Prefix { len: 1, format: true, ..plain }),
            _ => None,
        };
    }
    if is_quote(c2) {
        return match (letter(c0), letter(c1)) {
            (b'r', b'b') | (b'b', b'r') => Some(Prefix { len: 2, raw: true, bytes: true, ..plain }),
            (b'r', b'f') | (b'f', b'r') => Some(Prefix { len: 2, raw: true, format: true, ..plain }),
            _ => None,
        };
    }
    None
}

/// Reads one literal (the reader is past its prefix, at the opening quote) into `lit`.
pub fn scan_literal(r: &mut Reader, prefix: Prefix, lit: &mut Literals) -> Result<(), ParseError> {
    let quote = r.cur();
    r.advance();
    let quotes = if r.cur() == quote && r.peek1() == quote {
        r.advance();
        r.advance();
        3
    } else {
        1
    };
    if prefix.format && lit.format_args.is_empty() {
        lit.format_args.extend_from_slice(b".format(");
    }
    let mut closing = 0;
    while !r.at_end() && (quotes > 1 || !r.is(b'\n')) && closing < quotes {
        let c = r.cur();
        if c == quote {
            closing += 1;
            push_char(&mut lit.buf, c);
            r.advance();
            continue;
        }
        closing = 0;
        if prefix.format && r.is(b'{') {
            r.advance();
            if r.is(b'{') {
                lit.buf.push(b'{');
                r.advance();
            } else {
                let debug = fstring::replacement_field(r, lit);
                lit.buf.push(b'{');
                if debug {
                    lit.buf.extend_from_slice(b"!r");
                }
                continue;
            }
            lit.buf.push(b'{');
        } else if r.is(b'\\') {
            escape(r, prefix, lit)?;
        } else {
            push_char(&mut lit.buf, c);
            r.advance();
        }
    }
    if closing < quotes {
        lit.error = Some(TokenKind::Invalid);
    }
    lit.buf.truncate(lit.buf.len().saturating_sub(closing));
    Ok(())
}

fn push_char(buf: &mut Vec<u8>, c: Char) {
    if let Ok(byte) = u8::try_from(c) {
        buf.push(byte);
    }
}

/// What an escape sequence contributes.
enum Escaped {
    /// A source byte kept as is.
    Byte(u8),
    /// A code point (str) or byte value (bytes) computed from the escape.
    Value(u32),
    Nothing,
}

/// Handles a backslash at the reader's position and moves past the escape sequence.
fn escape(r: &mut Reader, prefix: Prefix, lit: &mut Literals) -> Result<(), ParseError> {
    r.advance();
    let c = r.cur();
    let Ok(byte) = u8::try_from(c) else { return Ok(()) };
    let escaped = if prefix.raw {
        lit.buf.push(b'\\');
        Escaped::Byte(byte)
    } else {
        match byte {
            b'\n' => Escaped::Nothing,
            b'\\' | b'\'' | b'"' => Escaped::Byte(byte),
            b'a' => Escaped::Value(0x07),
            b'b' => Escaped::Value(0x08),
            b't' => Escaped::Value(0x09),
            b'n' => Escaped::Value(0x0A),
            b'v' => Escaped::Value(0x0B),
            b'f' => Escaped::Value(0x0C),
            b'r' => Escaped::Value(0x0D),
            b'u' | b'U' if prefix.bytes => {
                lit.buf.push(b'\\');
                Escaped::Byte(byte)
            }
            b'x' | b'u' | b'U' => {
                let digits = match byte {
                    b'x' => 2,
                    b'u' => 4,
                    _ => 8,
                };
                match hex_digits(r, digits) {
                    Some(value) => Escaped::Value(value),
                    None => {
                        lit.error = Some(TokenKind::Invalid);
                        Escaped::Nothing
                    }
                }
            }
            b'N' => {
                return Err(ParseError::new(ParseErrorKind::NotImplemented, "unicode name escapes", r.line()))
            }
            b'0'..=b'7' => Escaped::Value(octal_digits(r, byte)),
            _ => {
                lit.buf.push(b'\\');
                Escaped::Byte(byte)
            }
        }
    };
    match escaped {
        Escaped::Byte(b) => lit.buf.push(b),
        Escaped::Value(value) => push_value(lit, prefix.bytes, value),
        Escaped::Nothing => {}
    }
    r.advance();
    Ok(())
}

fn push_value(lit: &mut Literals, bytes: bool, value: u32) {
    if bytes {
        match u8::try_from(value) {
            Ok(b) => lit.buf.push(b),
            Err(_) => lit.error = Some(TokenKind::Invalid),
        }
    } else {
        // Surrogates cannot live in a Rust string; MicroPython would accept them.
        match char::from_u32(value) {
            Some(ch) => {
                let mut utf8 = [0; 4];
                lit.buf.extend_from_slice(ch.encode_utf8(&mut utf8).as_bytes());
            }
            None => lit.error = Some(TokenKind::Invalid),
        }
    }
}

/// Reads `count` hex digits after the escape letter; on a non-hex character stops on it.
fn hex_digits(r: &mut Reader, count: usize) -> Option<u32> {
    let mut value: u32 = 0;
    for _ in 0..count {
        r.advance();
        let digit = char::from_u32(u32::from(r.cur())).and_then(|ch| ch.to_digit(16))?;
        value = (value << 4) | digit;
    }
    Some(value)
}

/// Reads up to three octal digits, the first of which is current; stops on the last.
fn octal_digits(r: &mut Reader, first: u8) -> u32 {
    let mut value = u32::from(first - b'0');
    for _ in 1..3 {
        let next = r.peek1();
        if next == EOF || !(Char::from(b'0')..=Char::from(b'7')).contains(&next) {
            break;
        }
        r.advance();
        value = value * 8 + u32::from(next - Char::from(b'0'));
    }
    value
}
