//! `json.loads`: JSON text to Python values. The parser keeps its own stack of open
//! containers instead of recursing, so any nesting depth that fits in memory is accepted and
//! the Rust stack never grows with the input. Every malformed input raises
//! `ValueError('syntax error in JSON')`, as in MicroPython. CPython's extensions `NaN`,
//! `Infinity` and `-Infinity` are accepted.

use alloc::string::String;
use alloc::vec::Vec;

use crate::num::float_parse;
use crate::obj::{dict, float, int, list, str as pystr};
use crate::value::Value;
use crate::vm::{PyResult, Raised, Vm};

/// A container still being filled.
enum Open {
    List(Value),
    /// A dict and the key whose value is being parsed.
    Dict(Value, Value),
}

/// Why the text is not JSON (reported as one message; kept apart for the unit tests).
#[derive(Debug, PartialEq, Eq)]
pub struct Malformed;

struct Parser<'a> {
    s: &'a [u8],
    pos: usize,
}

impl<'a> Parser<'a> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn eat(&mut self, c: u8) -> bool {
        self.skip_ws();
        if self.peek() == Some(c) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn literal(&mut self, word: &[u8]) -> bool {
        if self.s[self.pos..].starts_with(word) {
            self.pos += word.len();
            true
        } else {
            false
        }
    }

    fn hex4(&mut self) -> Result<u32, Malformed> {
        let digits = self.s.get(self.pos..self.pos + 4).ok_or(Malformed)?;
        let text = core::str::from_utf8(digits).map_err(|_| Malformed)?;
        if !text.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(Malformed);
        }
        self.pos += 4;
        u32::from_str_radix(text, 16).map_err(|_| Malformed)
    }

    /// A string literal, the opening quote already consumed.
    fn string(&mut self) -> Result<String, Malformed> {
        let mut out: Vec<u8> = Vec::new();
        loop {
            let c = self.peek().ok_or(Malformed)?;
            self.pos += 1;
            match c {
                b'"' => break,
                b'\\' => {
                    let e = self.peek().ok_or(Malformed)?;
                    self.pos += 1;
                    let ch = match e {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => self.unicode_escape()?,
                        _ => return Err(Malformed),
                    };
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                }
                c => out.push(c),
            }
        }
        String::from_utf8(out).map_err(|_| Malformed)
    }

    /// The character of a `\uXXXX` escape (a surrogate pair takes two escapes).
    fn unicode_escape(&mut self) -> Result<char, Malformed> {
        let hi = self.hex4()?;
        if (0xd800..0xdc00).contains(&hi) && self.literal(b"\\u") {
            let lo = self.hex4()?;
            if !(0xdc00..0xe000).contains(&lo) {
                return Err(Malformed);
            }
            return char::from_u32(0x10000 + ((hi - 0xd800) << 10) + (lo - 0xdc00)).ok_or(Malformed);
        }
        char::from_u32(hi).ok_or(Malformed)
    }

    /// The text of a number and whether it is an integer.
    fn number(&mut self) -> Result<(&'a str, bool), Malformed> {
        let start = self.pos;
        let digits = |p: &mut Parser| {
            let from = p.pos;
            while matches!(p.peek(), Some(b'0'..=b'9')) {
                p.pos += 1;
            }
            p.pos > from
        };
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        if self.peek() == Some(b'0') {
            self.pos += 1;
        } else if !digits(self) {
            return Err(Malformed);
        }
        let mut integer = true;
        if self.peek() == Some(b'.') {
            self.pos += 1;
            integer = false;
            if !digits(self) {
                return Err(Malformed);
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.pos += 1;
            integer = false;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            if !digits(self) {
                return Err(Malformed);
            }
        }
        let text = core::str::from_utf8(&self.s[start..self.pos]).map_err(|_| Malformed)?;
        Ok((text, integer))
    }
}

fn syntax_error(vm: &mut Vm) -> Raised {
    vm.value_error("syntax error in JSON")
}

/// Parses a scalar, or opens a container (pushed on `stack`; `Ok(None)` then).
fn value_start(vm: &mut Vm, p: &mut Parser, stack: &mut Vec<Open>) -> PyResult<Option<Value>> {
    p.skip_ws();
    let Some(c) = p.peek() else { return Err(syntax_error(vm)) };
    let v = match c {
        b'[' => {
            p.pos += 1;
            let l = list::new(vm, &[])?;
            if p.eat(b']') {
                return Ok(Some(l));
            }
            stack.push(Open::List(l));
            return Ok(None);
        }
        b'{' => {
            p.pos += 1;
            let d = dict::new(vm)?;
            if p.eat(b'}') {
                return Ok(Some(d));
            }
            let key = dict_key(vm, p)?;
            stack.push(Open::Dict(d, key));
            return Ok(None);
        }
        b'"' => {
            p.pos += 1;
            let s = p.string().map_err(|_| syntax_error(vm))?;
            pystr::from_string(vm, s)?
        }
        b'n' if p.literal(b"null") => Value::NONE,
        b't' if p.literal(b"true") => Value::TRUE,
        b'f' if p.literal(b"false") => Value::FALSE,
        b'N' if p.literal(b"NaN") => float::new(vm, f64::NAN)?,
        b'I' if p.literal(b"Infinity") => float::new(vm, f64::INFINITY)?,
        b'-' if p.literal(b"-Infinity") => float::new(vm, f64::NEG_INFINITY)?,
        b'-' | b'0'..=b'9' => {
            let (text, integer) = p.number().map_err(|_| syntax_error(vm))?;
            if integer {
                match text.parse::<i64>() {
                    Ok(n) => int::from_i64(vm, n)?,
                    Err(_) => int::parse_str(vm, text, 10)?,
                }
            } else {
                let f = float_parse::parse_float(text).map_err(|_| syntax_error(vm))?;
                float::new(vm, f)?
            }
        }
        _ => return Err(syntax_error(vm)),
    };
    Ok(Some(v))
}

/// A dict key and the colon after it.
fn dict_key(vm: &mut Vm, p: &mut Parser) -> PyResult<Value> {
    if !p.eat(b'"') {
        return Err(syntax_error(vm));
    }
    let s = p.string().map_err(|_| syntax_error(vm))?;
    if !p.eat(b':') {
        return Err(syntax_error(vm));
    }
    pystr::from_string(vm, s)
}

/// Parses a whole JSON document.
pub fn parse(vm: &mut Vm, text: &[u8]) -> PyResult<Value> {
    let mut p = Parser { s: text, pos: 0 };
    let mut stack: Vec<Open> = Vec::new();
    loop {
        let Some(mut v) = value_start(vm, &mut p, &mut stack)? else { continue };
        // Attach the finished value to the open containers, closing those that end here.
        loop {
            match stack.last_mut() {
                None => {
                    p.skip_ws();
                    if p.pos != text.len() {
                        return Err(syntax_error(vm));
                    }
                    return Ok(v);
                }
                Some(Open::List(l)) => {
                    let l = *l;
                    list::append(vm, l, v)?;
                    if p.eat(b',') {
                        break;
                    }
                    if !p.eat(b']') {
                        return Err(syntax_error(vm));
                    }
                    stack.pop();
                    v = l;
                }
                Some(Open::Dict(d, key)) => {
                    let (d, k) = (*d, *key);
                    dict::set_item(vm, d, k, v)?;
                    if p.eat(b',') {
                        let next = dict_key(vm, &mut p)?;
                        if let Some(Open::Dict(_, key)) = stack.last_mut() {
                            *key = next;
                        }
                        break;
                    }
                    if !p.eat(b'}') {
                        return Err(syntax_error(vm));
                    }
                    stack.pop();
                    v = d;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn string(s: &str) -> Result<String, Malformed> {
        let mut p = Parser { s: s.as_bytes(), pos: 0 };
        p.string()
    }

    fn number(s: &str) -> Result<(&str, bool, usize), Malformed> {
        let mut p = Parser { s: s.as_bytes(), pos: 0 };
        let (t, i) = p.number()?;
        Ok((t, i, p.pos))
    }

    #[test]
    fn string_escapes_decode() {
        assert_eq!(string(r#"ab\"\\\/\b\f\n\r\t""#).unwrap(), "ab\"\\/\u{8}\u{c}\n\r\t");
        assert_eq!(string(r#"\u0041\u00e9\ud83d\ude00x""#).unwrap(), "A\u{e9}\u{1F600}x");
        assert_eq!(string("caf\u{e9}\"").unwrap(), "caf\u{e9}");
        for bad in [r#"abc"#, r#"\x""#, r#"\u12""#, r#"\ud83d\u0041""#, r#"\ud83d""#, r#"\uZZZZ""#] {
            assert_eq!(string(bad), Err(Malformed), "{bad}");
        }
    }

    #[test]
    fn numbers_scan_to_their_end() {
        assert_eq!(number("123,").unwrap(), ("123", true, 3));
        assert_eq!(number("-0.5e+3]").unwrap(), ("-0.5e+3", false, 7));
        assert_eq!(number("01").unwrap(), ("0", true, 1));
        assert_eq!(number("1E5").unwrap(), ("1E5", false, 3));
        for bad in ["-", "1.", "1e", ".5", "-a", "1e+"] {
            assert_eq!(number(bad), Err(Malformed), "{bad}");
        }
    }
}
