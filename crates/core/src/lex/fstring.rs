//! f-string replacement fields, rewritten the way MicroPython's lexer does it.
//!
//! `f'a{x}b{y!r:>{w}}'` becomes the format string `'a{}b{!r:>{}}'` followed by the injected
//! source text `.format((x),(y),(w),)`. A field's expression is the text up to a `:`, a `}`
//! or a `!r`/`!s`/`!a` conversion followed by `:` or `}`, not counting those inside
//! `()`/`[]`/`{}` nesting (so a lambda or slice may hold a `:`); quotes are not tracked. The
//! conversion and format spec stay in the format string, where any `{...}` in the spec is
//! itself a replacement field. `{{` stays `{{` for `str.format`. `f'{x = }'` puts the
//! expression text `x = ` before the field and, as CPython does, converts with `!r` when
//! the field has neither a conversion nor a format spec. An empty field (`f'{}'`) makes the
//! token a "malformed f-string" error.

use super::reader::{Char, Reader};
use super::string::Literals;
use super::token::TokenKind;

fn is(c: Char, byte: u8) -> bool {
    c == Char::from(byte)
}

/// Reads the expression of a replacement field; the reader is just past its `{` and stops at
/// the character that ends the expression. Returns whether the field is a self-documenting
/// one (`x=`) that needs the default `!r` conversion.
pub fn replacement_field(r: &mut Reader, lit: &mut Literals) -> bool {
    lit.format_args.push(b'(');
    let start = lit.format_args.len();
    // Wraps below zero as MicroPython's unsigned counter does: a stray `]` or `}` means the
    // field only ends at a matching opener or at the end of input.
    let mut nesting: i64 = 0;
    while !r.at_end() {
        let c = r.cur();
        if nesting == 0 {
            let conversion = is(c, b'!')
                && (is(r.peek1(), b'r') || is(r.peek1(), b's') || is(r.peek1(), b'a'))
                && (is(r.peek2(), b':') || is(r.peek2(), b'}'));
            if is(c, b':') || is(c, b'}') || conversion {
                break;
            }
        }
        if is(c, b'[') || is(c, b'{') || is(c, b'(') {
            nesting += 1;
        } else if is(c, b']') || is(c, b'}') || is(c, b')') {
            nesting -= 1;
        }
        if let Ok(byte) = u8::try_from(c) {
            lit.format_args.push(byte);
        }
        r.advance();
    }
    let expr = &lit.format_args[start..];
    let text_end = expr.iter().rposition(|b| !b.is_ascii_whitespace()).map_or(0, |p| p + 1);
    let debug = expr[..text_end].ends_with(b"=")
        && !matches!(expr[..text_end - 1].last(), Some(b'=' | b'!' | b'<' | b'>'));
    if debug {
        lit.buf.extend_from_slice(expr);
        lit.format_args.truncate(start + text_end - 1);
    }
    if lit.format_args.len() == start {
        lit.error = Some(TokenKind::MalformedFString);
    }
    lit.format_args.extend_from_slice(b"),");
    debug && is(r.cur(), b'}')
}
