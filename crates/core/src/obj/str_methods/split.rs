//! Cutting a `str` into pieces and putting pieces together: `split`/`rsplit`, `splitlines`,
//! `join` and the `strip` family. Pieces are found as slices of the receiver and copied once,
//! into the new strings.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::ops::Range;

use super::unicode::is_space;
use super::{algo, arg_text, ascii_of, bind, list_of_strs, opt_count, self_text, substr};
use crate::obj::builtin_fn::BuiltinFn;
use crate::obj::{list, str as pystr, tuple};
use crate::qstr::q;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn max_splits(vm: &mut Vm, v: Value) -> PyResult<usize> {
    let n = opt_count(vm, Some(&v))?;
    Ok(if n < 0 { usize::MAX } else { n as usize })
}

/// Whitespace-separated pieces of a non-ASCII string (the ASCII case uses `algo`).
fn split_whitespace_chars(s: &str, max: usize, right: bool) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    if right {
        let mut end = s.len();
        loop {
            end = s[..end].trim_end_matches(is_space).len();
            if end == 0 {
                break;
            }
            if out.len() == max {
                out.push(0..end);
                break;
            }
            let start =
                s[..end].rfind(is_space).map_or(0, |p| p + s[p..].chars().next().map_or(1, char::len_utf8));
            out.push(start..end);
            end = start;
        }
        out.reverse();
    } else {
        let mut start = 0;
        loop {
            start = s.len() - s[start..].trim_start_matches(is_space).len();
            if start == s.len() {
                break;
            }
            if out.len() == max {
                out.push(start..s.len());
                break;
            }
            let end = s[start..].find(is_space).map_or(s.len(), |p| start + p);
            out.push(start..end);
            start = end;
        }
    }
    out
}

fn split_common(vm: &mut Vm, args: &[Value], kw: &[Value], right: bool) -> PyResult<Value> {
    let fname = if right { "rsplit" } else { "split" };
    let [sep, max] = bind(vm, fname, args, kw, [q::sep, q::maxsplit], 0)?;
    let s = self_text(vm, args[0])?;
    let max = max_splits(vm, max)?;
    if sep.is_null() || sep.is_none() {
        let ranges = if ascii_of(vm, args[0], s) {
            let space = |b: u8| is_space(b as char);
            if right {
                algo::rsplit_whitespace(s.as_bytes(), max, space)
            } else {
                algo::split_whitespace(s.as_bytes(), max, space)
            }
        } else {
            split_whitespace_chars(s, max, right)
        };
        return list_of_strs(vm, ranges.into_iter().map(|r| &s[r]));
    }
    let sep = arg_text(vm, sep)?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    match (right, max) {
        (false, usize::MAX) => list_of_strs(vm, s.split(sep)),
        (false, n) => list_of_strs(vm, s.splitn(n.saturating_add(1), sep)),
        (true, n) => {
            let mut pieces: Vec<&str> = s.rsplitn(n.saturating_add(1), sep).collect();
            pieces.reverse();
            list_of_strs(vm, pieces.into_iter())
        }
    }
}

fn m_split(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    split_common(vm, args, kw, false)
}

fn m_rsplit(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    split_common(vm, args, kw, true)
}

/// The lines of `s` (every line boundary `str.splitlines` knows): each as (the byte range of
/// its content, the end of the line including its break).
fn str_lines(s: &str) -> Vec<(Range<usize>, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let brk = match c {
            '\r' => {
                if let Some(&(_, '\n')) = it.peek() {
                    it.next();
                    2
                } else {
                    1
                }
            }
            '\n' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}' => {
                c.len_utf8()
            }
            _ => continue,
        };
        out.push((start..i, i + brk));
        start = i + brk;
    }
    if start < s.len() {
        out.push((start..s.len(), s.len()));
    }
    out
}

fn m_splitlines(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [keep] = bind(vm, "splitlines", args, kw, [q::keepends], 0)?;
    let s = self_text(vm, args[0])?;
    let keep = !keep.is_null() && vm.is_true(keep)?;
    let lines = str_lines(s);
    list_of_strs(vm, lines.into_iter().map(|(r, full)| if keep { &s[r.start..full] } else { &s[r] }))
}

fn join_error(vm: &mut Vm, i: usize, item: Value) -> crate::vm::Raised {
    let t = vm.type_name(item);
    vm.type_error(&format!("sequence item {i}: expected str instance, {t} found"))
}

/// Joins `items` with `sep` (checking every item is a str).
fn join_items(vm: &mut Vm, sep: &str, items: &[Value]) -> PyResult<Value> {
    let mut total = sep.len().saturating_mul(items.len().saturating_sub(1));
    for (i, &it) in items.iter().enumerate() {
        match vm.text_of(it) {
            Some(t) => total = total.saturating_add(t.len()),
            None => return Err(join_error(vm, i, it)),
        }
    }
    if total > pystr::MAX_LEN {
        return Err(vm.memory_error(total));
    }
    if let [only] = items {
        if pystr::is_str(*only) {
            return Ok(*only);
        }
    }
    let mut out = String::with_capacity(total);
    for (i, &it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(vm.text_of(it).unwrap_or_default());
    }
    super::fresh_str(vm, &out)
}

fn m_join(vm: &mut Vm, sep: Value, iterable: Value) -> PyResult<Value> {
    let sep = self_text(vm, sep)?;
    if list::is_list(iterable) {
        return join_items(vm, sep, list::items(iterable));
    }
    if iterable.is_exact(&tuple::TUPLE_TYPE) {
        return join_items(vm, sep, tuple::items(iterable));
    }
    let items = vm.iter_to_vec(iterable)?;
    join_items(vm, sep, &items)
}

fn strip_common(vm: &mut Vm, args: &[Value], left: bool, right: bool) -> PyResult<Value> {
    let s = self_text(vm, args[0])?;
    let r = match args.get(1).copied().filter(|v| !v.is_none()) {
        None => {
            let t = if left { s.trim_start_matches(is_space) } else { s };
            if right {
                t.trim_end_matches(is_space)
            } else {
                t
            }
        }
        Some(c) => {
            let set = arg_text(vm, c)?;
            let t = if left { s.trim_start_matches(|ch| set.contains(ch)) } else { s };
            if right {
                t.trim_end_matches(|ch| set.contains(ch))
            } else {
                t
            }
        }
    };
    substr(vm, args[0], s, r)
}

fn m_strip(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    strip_common(vm, args, true, true)
}
fn m_lstrip(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    strip_common(vm, args, true, false)
}
fn m_rstrip(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    strip_common(vm, args, false, true)
}

pub(super) static SPLIT: BuiltinFn = BuiltinFn::kw(q::split, m_split);
pub(super) static RSPLIT: BuiltinFn = BuiltinFn::kw(q::rsplit, m_rsplit);
pub(super) static SPLITLINES: BuiltinFn = BuiltinFn::kw(q::splitlines, m_splitlines);
pub(super) static JOIN: BuiltinFn = BuiltinFn::f2(q::join, m_join);
pub(super) static STRIP: BuiltinFn = BuiltinFn::var(q::strip, 1, 2, m_strip);
pub(super) static LSTRIP: BuiltinFn = BuiltinFn::var(q::lstrip, 1, 2, m_lstrip);
pub(super) static RSTRIP: BuiltinFn = BuiltinFn::var(q::rstrip, 1, 2, m_rstrip);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whitespace_pieces() {
        let s = "\u{3000}a\u{a0}b  é\u{2028}";
        let pieces = |r: Vec<Range<usize>>| r.into_iter().map(|r| &s[r]).collect::<Vec<_>>();
        assert_eq!(pieces(split_whitespace_chars(s, usize::MAX, false)), ["a", "b", "é"]);
        assert_eq!(pieces(split_whitespace_chars(s, 1, false)), ["a", "b  é\u{2028}"]);
        assert_eq!(pieces(split_whitespace_chars(s, 1, true)), ["\u{3000}a\u{a0}b", "é"]);
        assert!(split_whitespace_chars("\u{3000}", 0, true).is_empty());
    }

    #[test]
    fn lines() {
        let s = "a\r\nb\rc\u{2028}d\n\ne";
        let got: Vec<&str> = str_lines(s).into_iter().map(|(r, _)| &s[r]).collect();
        assert_eq!(got, ["a", "b", "c", "d", "", "e"]);
        let ends: Vec<usize> = str_lines("x\r\n").into_iter().map(|(_, e)| e).collect();
        assert_eq!(ends, [3]);
    }
}
