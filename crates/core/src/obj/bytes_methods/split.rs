//! Cutting bytes into pieces and joining them: `split`/`rsplit`, `splitlines`, `join` and
//! the `strip` family. White space is ASCII's (`\v` included).

use alloc::format;
use alloc::vec::Vec;
use core::ops::Range;

use super::{arg_bytes, list_of_pieces, make, owned, sub_result, view};
use crate::obj::builtin_fn::BuiltinFn;
use crate::obj::str_methods::algo::{self, is_ascii_space};
use crate::obj::str_methods::{bind, opt_count};
use crate::obj::{list, str as pystr, tuple};
use crate::qstr::q;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn split_common(vm: &mut Vm, args: &[Value], kw: &[Value], right: bool) -> PyResult<Value> {
    let fname = if right { "rsplit" } else { "split" };
    let [sep, max] = bind(vm, fname, args, kw, [q::sep, q::maxsplit], 0)?;
    let max = match opt_count(vm, (!max.is_null()).then_some(&max))? {
        n if n < 0 => usize::MAX,
        n => n as usize,
    };
    let sep = if sep.is_null() || sep.is_none() { None } else { Some(arg_bytes(vm, sep)?.to_vec()) };
    let d = owned(vm, args[0])?;
    let ranges: Vec<Range<usize>> = match &sep {
        None if right => algo::rsplit_whitespace(&d, max, is_ascii_space),
        None => algo::split_whitespace(&d, max, is_ascii_space),
        Some(s) if s.is_empty() => return Err(vm.value_error("empty separator")),
        Some(s) if right => algo::rsplit(&d, s, max),
        Some(s) => algo::split(&d, s, max),
    };
    list_of_pieces(vm, args[0], ranges.into_iter().map(|r| &d[r]))
}

fn m_split(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    split_common(vm, args, kw, false)
}
fn m_rsplit(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    split_common(vm, args, kw, true)
}

/// The lines of `d` (breaks: `\n`, `\r`, `\r\n`): each as (content, end including the break).
fn byte_lines(d: &[u8]) -> Vec<(Range<usize>, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < d.len() {
        let brk = match d[i] {
            b'\r' if d.get(i + 1) == Some(&b'\n') => 2,
            b'\r' | b'\n' => 1,
            _ => {
                i += 1;
                continue;
            }
        };
        out.push((start..i, i + brk));
        i += brk;
        start = i;
    }
    if start < d.len() {
        out.push((start..d.len(), d.len()));
    }
    out
}

fn m_splitlines(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [keep] = bind(vm, "splitlines", args, kw, [q::keepends], 0)?;
    let keep = !keep.is_null() && vm.is_true(keep)?;
    let d = owned(vm, args[0])?;
    let lines = byte_lines(&d);
    list_of_pieces(
        vm,
        args[0],
        lines.into_iter().map(|(r, full)| if keep { &d[r.start..full] } else { &d[r] }),
    )
}

fn m_join(vm: &mut Vm, sep: Value, iterable: Value) -> PyResult<Value> {
    view(vm, sep)?;
    let items = if list::is_list(iterable) {
        list::items(iterable).to_vec()
    } else if iterable.is_exact(&tuple::TUPLE_TYPE) {
        tuple::items(iterable).to_vec()
    } else {
        vm.iter_to_vec(iterable)?
    };
    let sep_d = view(vm, sep)?;
    let mut total = sep_d.len().saturating_mul(items.len().saturating_sub(1));
    for (i, &it) in items.iter().enumerate() {
        match vm.bytes_of(it) {
            Some(b) => total = total.saturating_add(b.len()),
            None => {
                let t = vm.type_name(it);
                return Err(
                    vm.type_error(&format!("sequence item {i}: expected a bytes-like object, {t} found"))
                );
            }
        }
    }
    if total > pystr::MAX_LEN {
        return Err(vm.memory_error(total));
    }
    let mut out = Vec::with_capacity(total);
    for (i, &it) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(sep_d);
        }
        out.extend_from_slice(vm.bytes_of(it).unwrap_or_default());
    }
    make(vm, sep, &out)
}

fn strip_common(vm: &mut Vm, args: &[Value], left: bool, right: bool) -> PyResult<Value> {
    let set: Option<Vec<u8>> = match args.get(1).copied().filter(|v| !v.is_none()) {
        None => None,
        Some(c) => Some(arg_bytes(vm, c)?.to_vec()),
    };
    let strips = |b: &u8| match &set {
        None => is_ascii_space(*b),
        Some(s) => s.contains(b),
    };
    let d = owned(vm, args[0])?;
    let start = if left { d.iter().position(|b| !strips(b)).unwrap_or(d.len()) } else { 0 };
    let end = if right { d.iter().rposition(|b| !strips(b)).map_or(start, |e| e + 1) } else { d.len() };
    sub_result(vm, args[0], &d, &d[start..end.max(start)])
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
    fn lines() {
        let d = b"a\r\nb\rc\n\nd\x0be";
        let got: Vec<&[u8]> = byte_lines(d).into_iter().map(|(r, _)| &d[r]).collect();
        assert_eq!(got, [&b"a"[..], b"b", b"c", b"", b"d\x0be"]);
    }
}
