//! `str.format` and `str.format_map`. The template is cut into literal text and replacement
//! fields by [`next_piece`] (pure, with CPython's error messages); each field's name is then
//! resolved against the arguments (`0`, `name`, `0.attr`, `name[key]`), converted (`!r`,
//! `!s`, `!a`) and formatted with its spec, itself expanded first when it holds fields.

use alloc::format;
use alloc::string::String;

use super::format_value_into;
use crate::obj::{int, str as pystr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// A replacement field: `{name!conversion:spec}`.
#[derive(Debug, PartialEq, Eq)]
struct Field<'a> {
    name: &'a str,
    conversion: Option<char>,
    spec: &'a str,
}

/// A piece of a template.
#[derive(Debug, PartialEq, Eq)]
enum Piece<'a> {
    Text(&'a str),
    Field(Field<'a>),
}

/// Reads the piece at the start of `s`: returns it and the rest of the template.
/// `{{` and `}}` come back as one-brace text pieces.
fn next_piece(s: &str) -> Result<(Piece<'_>, &str), &'static str> {
    let b = s.as_bytes();
    match b.first() {
        Some(b'{') if b.get(1) == Some(&b'{') => return Ok((Piece::Text(&s[..1]), &s[2..])),
        Some(b'}') if b.get(1) == Some(&b'}') => return Ok((Piece::Text(&s[..1]), &s[2..])),
        Some(b'}') => return Err("Single '}' encountered in format string"),
        Some(b'{') if b.len() == 1 => return Err("Single '{' encountered in format string"),
        Some(b'{') => {}
        _ => {
            let end = s.find(['{', '}']).unwrap_or(s.len());
            return Ok((Piece::Text(&s[..end]), &s[end..]));
        }
    }
    // The name runs to `}`, `:` or `!`; inside `[...]` those are part of the key.
    let mut i = 1;
    let stop = loop {
        match b.get(i) {
            None => return Err("expected '}' before end of string"),
            Some(b'{') => return Err("unexpected '{' in field name"),
            Some(b'[') => {
                i += b[i..].iter().position(|&c| c == b']').unwrap_or(b.len() - i);
            }
            Some(&c @ (b'}' | b':' | b'!')) => break c,
            Some(_) => i += 1,
        }
    };
    let name = &s[1..i];
    i += 1;
    let mut conversion = None;
    if stop == b'}' {
        return Ok((Piece::Field(Field { name, conversion, spec: "" }), &s[i..]));
    }
    if stop == b'!' {
        let Some(c) = s[i..].chars().next() else {
            return Err("end of string while looking for conversion specifier");
        };
        conversion = Some(c);
        i += c.len_utf8();
        match b.get(i) {
            Some(b'}') => return Ok((Piece::Field(Field { name, conversion, spec: "" }), &s[i + 1..])),
            Some(b':') => i += 1,
            Some(_) => return Err("expected ':' after conversion specifier"),
            None => {}
        }
    }
    let start = i;
    let mut depth = 1;
    while let Some(&c) = b.get(i) {
        i += 1;
        match c {
            b'{' => depth += 1,
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    return Ok((Piece::Field(Field { name, conversion, spec: &s[start..i - 1] }), &s[i..]));
                }
            }
            _ => {}
        }
    }
    Err("unmatched '{' in format spec")
}

/// Where named fields are looked up: keyword arguments, or a mapping (`format_map`).
#[derive(Clone, Copy)]
enum Names<'a> {
    Kw(&'a [Value]),
    Map(Value),
}

/// The values a template draws on, and how positional fields have been numbered so far.
struct Source<'a> {
    args: &'a [Value],
    names: Names<'a>,
    /// `Some(n)`: automatic numbering so far, `n` fields used (`Some(0)`: not decided yet);
    /// `None`: manual numbering.
    auto: Option<usize>,
}

/// A key that is all decimal digits is an int, as in `{0[1]}`; anything else is a str.
fn decimal(s: &str) -> Option<usize> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

impl Source<'_> {
    fn positional(&mut self, vm: &mut Vm, first: &str) -> PyResult<Value> {
        let index = if first.is_empty() {
            match self.auto {
                Some(n) => {
                    self.auto = Some(n + 1);
                    n
                }
                None => {
                    return Err(vm.value_error(
                        "cannot switch from manual field specification to automatic field numbering",
                    ))
                }
            }
        } else {
            if self.auto.is_some_and(|n| n > 0) {
                return Err(vm.value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            self.auto = None;
            match decimal(first) {
                Some(i) => i,
                None => return Err(vm.value_error("Too many decimal digits in format string")),
            }
        };
        if let Names::Map(_) = self.names {
            return Err(vm.value_error("Format string contains positional fields"));
        }
        match self.args.get(index) {
            Some(&v) => Ok(v),
            None => Err(
                vm.index_error(&format!("Replacement index {index} out of range for positional args tuple"))
            ),
        }
    }

    /// Resolves a field name against the arguments.
    fn lookup(&mut self, vm: &mut Vm, name: &str) -> PyResult<Value> {
        let end = name.find(['.', '[']).unwrap_or(name.len());
        let (first, mut rest) = name.split_at(end);
        let mut v = if first.is_empty() || first.bytes().all(|b| b.is_ascii_digit()) {
            self.positional(vm, first)?
        } else {
            match self.names {
                Names::Kw(kw) => match kw.chunks(2).rev().find(|p| vm.text_of(p[0]) == Some(first)) {
                    Some(pair) => pair[1],
                    None => {
                        let k = pystr::new(vm, first)?;
                        return Err(vm.key_error(k));
                    }
                },
                Names::Map(m) => {
                    let k = pystr::new(vm, first)?;
                    vm.subscr_load(m, k)?
                }
            }
        };
        while !rest.is_empty() {
            if let Some(r) = rest.strip_prefix('.') {
                let end = r.find(['.', '[']).unwrap_or(r.len());
                if end == 0 {
                    return Err(vm.value_error("Empty attribute in format string"));
                }
                let attr = vm.intern(&r[..end]);
                v = vm.load_attr(v, attr)?;
                rest = &r[end..];
            } else if let Some(r) = rest.strip_prefix('[') {
                let Some(close) = r.find(']') else {
                    return Err(vm.value_error("Missing ']' in format string"));
                };
                let key = &r[..close];
                if key.is_empty() {
                    return Err(vm.value_error("Empty attribute in format string"));
                }
                let k = match decimal(key) {
                    Some(n) => int::from_i64(vm, n as i64)?,
                    None => pystr::new(vm, key)?,
                };
                v = vm.subscr_load(v, k)?;
                rest = &r[close + 1..];
            } else {
                return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier"));
            }
        }
        Ok(v)
    }
}

/// Expands `template` into `out`; `depth` is how many more levels of nested specs may follow.
fn expand(vm: &mut Vm, template: &str, src: &mut Source, depth: usize, out: &mut String) -> PyResult<()> {
    if depth == 0 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    let mut rest = template;
    while !rest.is_empty() {
        let (piece, tail) = next_piece(rest).map_err(|m| vm.value_error(m))?;
        rest = tail;
        let field = match piece {
            Piece::Text(t) => {
                out.push_str(t);
                continue;
            }
            Piece::Field(f) => f,
        };
        let mut v = src.lookup(vm, field.name)?;
        match field.conversion {
            None => {}
            Some('r') => v = vm.repr(v)?,
            Some('s') => v = vm.str(v)?,
            Some('a') => {
                let r = vm.repr_string(v)?;
                let mut escaped = String::with_capacity(r.len());
                pystr::ascii_escape_into(&r, &mut escaped);
                v = crate::obj::str_methods::fresh_str(vm, &escaped)?;
            }
            Some(c) => {
                let msg = if (' '..='~').contains(&c) {
                    format!("Unknown conversion specifier {c}")
                } else {
                    format!("Unknown conversion specifier \\x{:x}", c as u32)
                };
                return Err(vm.value_error(&msg));
            }
        }
        if field.spec.contains('{') {
            let mut spec = String::new();
            expand(vm, field.spec, src, depth - 1, &mut spec)?;
            format_value_into(vm, v, &spec, out)?;
        } else {
            format_value_into(vm, v, field.spec, out)?;
        }
    }
    Ok(())
}

/// Nesting allowed in a template: fields in a spec, but no fields in theirs.
const MAX_DEPTH: usize = 2;

/// `template.format(*args, **kw)`.
pub fn format_method(vm: &mut Vm, template: &str, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let mut out = String::with_capacity(template.len() + 16);
    let mut src = Source { args, names: Names::Kw(kw), auto: Some(0) };
    expand(vm, template, &mut src, MAX_DEPTH, &mut out)?;
    crate::obj::str_methods::fresh_str(vm, &out)
}

/// `template.format_map(mapping)`.
pub fn format_map(vm: &mut Vm, template: &str, mapping: Value) -> PyResult<Value> {
    let mut out = String::with_capacity(template.len() + 16);
    let mut src = Source { args: &[], names: Names::Map(mapping), auto: Some(0) };
    expand(vm, template, &mut src, MAX_DEPTH, &mut out)?;
    crate::obj::str_methods::fresh_str(vm, &out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(name: &'static str, conversion: Option<char>, spec: &'static str) -> Piece<'static> {
        Piece::Field(Field { name, conversion, spec })
    }

    #[test]
    fn pieces() {
        assert_eq!(next_piece("ab{0}"), Ok((Piece::Text("ab"), "{0}")));
        assert_eq!(next_piece("{{x"), Ok((Piece::Text("{"), "x")));
        assert_eq!(next_piece("}}x"), Ok((Piece::Text("}"), "x")));
        assert_eq!(next_piece("{0!r:>{w}}z"), Ok((field("0", Some('r'), ">{w}"), "z")));
        assert_eq!(next_piece("{a[}]}"), Ok((field("a[}]", None, ""), "")));
        assert_eq!(next_piece("{0!s}"), Ok((field("0", Some('s'), ""), "")));
        assert_eq!(next_piece("{:}"), Ok((field("", None, ""), "")));
    }

    #[test]
    fn errors() {
        assert_eq!(next_piece("}"), Err("Single '}' encountered in format string"));
        assert_eq!(next_piece("{"), Err("Single '{' encountered in format string"));
        assert_eq!(next_piece("{0"), Err("expected '}' before end of string"));
        assert_eq!(next_piece("{0[}"), Err("expected '}' before end of string"));
        assert_eq!(next_piece("{0!}"), Err("unmatched '{' in format spec"));
        assert_eq!(next_piece("{0!"), Err("end of string while looking for conversion specifier"));
        assert_eq!(next_piece("{0!rx}"), Err("expected ':' after conversion specifier"));
        assert_eq!(next_piece("{a{b}"), Err("unexpected '{' in field name"));
        assert_eq!(next_piece("{:{}"), Err("unmatched '{' in format spec"));
    }

    #[test]
    fn decimal_keys() {
        assert_eq!(decimal("12"), Some(12));
        assert_eq!(decimal("-1"), None);
        assert_eq!(decimal(""), None);
    }
}
