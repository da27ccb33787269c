//! f-string replacement fields, rewritten into a `str.format` call as MicroPython's lexer
//! does, but reading fields as CPython 3.11 does.
//!
//! `f'a{x}b{y!r:>{w}}'` becomes the format string `'a{}b{!r:>{}}'` followed by the injected
//! source text `.format((x),(y),(w),)`. A field's expression ends at a `:`, a `}` or a
//! `!r`/`!s`/`!a` conversion followed by `:` or `}`, outside brackets and string literals
//! (MicroPython tracks neither parentheses nor quotes, so it rejects `f'{(lambda: 1)()}'`).
//! The conversion and format spec stay in the format string, where a `{...}` in the spec is
//! itself a replacement field; `{{` stays `{{` for `str.format`. An empty field (`f'{}'`)
//! makes the token a "malformed f-string" error (as does a blank one, as in CPython:
//! MicroPython formats `f'{ }'` as an empty tuple).
//!
//! A self-documenting field `f'{x = }'` puts its source text `x = ` before the field and, as
//! in CPython, shows the value's `repr` unless a conversion or format spec is given
//! (MicroPython would format it with `str`).

use super::reader::{Char, Reader};
use super::string::Literals;
use super::token::TokenKind;

fn is(c: Char, byte: u8) -> bool {
    c == Char::from(byte)
}

/// Reads a replacement field; the reader is just past its `{` and stops at the character
/// that ends the expression. Writes the field's part of the format string and its argument.
pub fn replacement_field(r: &mut Reader, lit: &mut Literals) {
    lit.format_args.push(b'(');
    let start = lit.format_args.len();
    read_expression(r, lit);
    let self_documenting = self_documenting_len(&lit.format_args[start..]);
    if let Some(expression_len) = self_documenting {
        lit.buf.extend_from_slice(&lit.format_args[start..]);
        lit.format_args.truncate(start + expression_len);
    }
    if lit.format_args[start..].iter().all(u8::is_ascii_whitespace) {
        lit.error = Some(TokenKind::MalformedFString);
    }
    lit.format_args.extend_from_slice(b"),");
    lit.buf.push(b'{');
    if self_documenting.is_some() && is(r.cur(), b'}') {
        lit.buf.extend_from_slice(b"!r");
    }
}

/// Copies the field's expression text to `format_args`, tracking brackets and string
/// literals so that a `:`, `!` or `}` inside them does not end the field.
fn read_expression(r: &mut Reader, lit: &mut Literals) {
    // Signed, so a stray closer is harmless: the field then ends only at the end of input.
    let mut nesting: i64 = 0;
    while !r.at_end() {
        let c = r.cur();
        if nesting == 0 && (is(c, b':') || is(c, b'}') || at_conversion(r)) {
            return;
        }
        if is(c, b'\'') || is(c, b'"') {
            copy_string(r, lit);
            continue;
        }
        if is(c, b'(') || is(c, b'[') || is(c, b'{') {
            nesting += 1;
        } else if is(c, b')') || is(c, b']') || is(c, b'}') {
            nesting -= 1;
        }
        push(lit, c);
        r.advance();
    }
}

/// `!r`, `!s` or `!a` followed by `:` or `}`.
fn at_conversion(r: &Reader) -> bool {
    is(r.cur(), b'!')
        && (is(r.peek1(), b'r') || is(r.peek1(), b's') || is(r.peek1(), b'a'))
        && (is(r.peek2(), b':') || is(r.peek2(), b'}'))
}

/// Copies a string literal inside a field expression, up to its closing quote (or the end
/// of the line for an unterminated one-quote string, which the parser then rejects).
fn copy_string(r: &mut Reader, lit: &mut Literals) {
    let quote = r.cur();
    let quotes = if r.peek1() == quote && r.peek2() == quote { 3 } else { 1 };
    for _ in 0..quotes {
        push(lit, quote);
        r.advance();
    }
    let mut closing = 0;
    while !r.at_end() && closing < quotes && (quotes == 3 || !is(r.cur(), b'\n')) {
        let c = r.cur();
        closing = if c == quote { closing + 1 } else { 0 };
        push(lit, c);
        r.advance();
        if is(c, b'\\') && !r.at_end() {
            push(lit, r.cur());
            r.advance();
        }
    }
}

fn push(lit: &mut Literals, c: Char) {
    if let Ok(byte) = u8::try_from(c) {
        lit.format_args.push(byte);
    }
}

/// If `text` ends in `=` (then maybe whitespace) that is not part of `==`, `!=`, `<=` or
/// `>=`, the length of the expression before that `=`.
fn self_documenting_len(text: &[u8]) -> Option<usize> {
    let trimmed = text.trim_ascii_end();
    let (&last, before) = trimmed.split_last()?;
    if last != b'=' || matches!(before.last(), Some(b'=' | b'!' | b'<' | b'>')) {
        return None;
    }
    Some(before.len())
}
