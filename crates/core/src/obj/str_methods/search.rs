//! Searching a `str`: `find`/`rfind`/`index`/`rindex`, `count`, `startswith`/`endswith`,
//! `partition`/`rpartition`, `removeprefix`/`removesuffix` and `replace`. Start/end arguments
//! count code points; the searches run on the UTF-8 bytes of the window they select.

use alloc::format;
use alloc::string::String;

use super::{arg_text, ascii_of, char_len, fresh_str, opt_count, self_text, substr, window};
use crate::obj::builtin_fn::BuiltinFn;
use crate::obj::{str as pystr, tuple};
use crate::qstr::q;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn find_common(vm: &mut Vm, args: &[Value], right: bool, raise: bool) -> PyResult<Value> {
    let s = self_text(vm, args[0])?;
    let sub = arg_text(vm, args[1])?;
    let ascii = ascii_of(vm, args[0], s);
    let found = match window(vm, s, ascii, args.get(2), args.get(3))? {
        None => None,
        Some(w) => {
            let hay = &s[w.bytes.clone()];
            let p = if right { hay.rfind(sub) } else { hay.find(sub) };
            p.map(|p| w.first + if ascii { p } else { char_len(&hay[..p]) })
        }
    };
    match found {
        Some(i) => Ok(Value::small_int(i as isize)),
        None if raise => Err(vm.value_error("substring not found")),
        None => Ok(Value::small_int(-1)),
    }
}

fn m_find(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    find_common(vm, args, false, false)
}
fn m_rfind(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    find_common(vm, args, true, false)
}
fn m_index(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    find_common(vm, args, false, true)
}
fn m_rindex(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    find_common(vm, args, true, true)
}

fn m_count(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let s = self_text(vm, args[0])?;
    let sub = arg_text(vm, args[1])?;
    let ascii = ascii_of(vm, args[0], s);
    let n = match window(vm, s, ascii, args.get(2), args.get(3))? {
        None => 0,
        Some(w) => {
            let hay = &s[w.bytes];
            if sub.is_empty() {
                (if ascii { hay.len() } else { char_len(hay) }) + 1
            } else {
                hay.matches(sub).count()
            }
        }
    };
    Ok(Value::small_int(n as isize))
}

fn affix_common(vm: &mut Vm, args: &[Value], suffix: bool) -> PyResult<Value> {
    let s = self_text(vm, args[0])?;
    let name = if suffix { "endswith" } else { "startswith" };
    let ascii = ascii_of(vm, args[0], s);
    let hay = window(vm, s, ascii, args.get(2), args.get(3))?.map(|w| &s[w.bytes]);
    let test = |vm: &mut Vm, p: Value, in_tuple: bool| -> PyResult<bool> {
        let Some(p) = vm.text_of(p) else {
            let t = vm.type_name(p);
            return Err(vm.type_error(&if in_tuple {
                format!("tuple for {name} must only contain str, not {t}")
            } else {
                format!("{name} first arg must be str or a tuple of str, not {t}")
            }));
        };
        Ok(hay.is_some_and(|h| if suffix { h.ends_with(p) } else { h.starts_with(p) }))
    };
    if let Some(t) = vm.native_of(args[1], &tuple::TUPLE_TYPE) {
        for &p in tuple::items(t) {
            if test(vm, p, true)? {
                return Ok(Value::TRUE);
            }
        }
        return Ok(Value::FALSE);
    }
    test(vm, args[1], false).map(Value::from_bool)
}

fn m_startswith(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    affix_common(vm, args, false)
}
fn m_endswith(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    affix_common(vm, args, true)
}

fn partition_common(vm: &mut Vm, this: Value, sep: Value, right: bool) -> PyResult<Value> {
    let s = self_text(vm, this)?;
    let sep_s = arg_text(vm, sep)?;
    if sep_s.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if right { s.rfind(sep_s) } else { s.find(sep_s) };
    let parts = match found {
        Some(p) => {
            let head = fresh_str(vm, &s[..p])?;
            let sep = if pystr::is_str(sep) { sep } else { fresh_str(vm, sep_s)? };
            let tail = fresh_str(vm, &s[p + sep_s.len()..])?;
            [head, sep, tail]
        }
        None => {
            let whole = substr(vm, this, s, s)?;
            if right {
                [pystr::EMPTY, pystr::EMPTY, whole]
            } else {
                [whole, pystr::EMPTY, pystr::EMPTY]
            }
        }
    };
    tuple::new(vm, &parts)
}

fn m_partition(vm: &mut Vm, this: Value, sep: Value) -> PyResult<Value> {
    partition_common(vm, this, sep, false)
}
fn m_rpartition(vm: &mut Vm, this: Value, sep: Value) -> PyResult<Value> {
    partition_common(vm, this, sep, true)
}

fn m_removeprefix(vm: &mut Vm, this: Value, prefix: Value) -> PyResult<Value> {
    let s = self_text(vm, this)?;
    let p = arg_text(vm, prefix)?;
    let rest = s.strip_prefix(p).unwrap_or(s);
    substr(vm, this, s, rest)
}

fn m_removesuffix(vm: &mut Vm, this: Value, suffix: Value) -> PyResult<Value> {
    let s = self_text(vm, this)?;
    let p = arg_text(vm, suffix)?;
    let rest = if p.is_empty() { s } else { s.strip_suffix(p).unwrap_or(s) };
    substr(vm, this, s, rest)
}

fn m_replace(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let s = self_text(vm, args[0])?;
    let old = arg_text(vm, args[1])?;
    let new = arg_text(vm, args[2])?;
    let limit = match opt_count(vm, args.get(3))? {
        n if n < 0 => usize::MAX,
        n => n as usize,
    };
    if limit == 0 {
        return substr(vm, args[0], s, s);
    }
    if old.is_empty() {
        return fresh_str(vm, &s.replacen(old, new, limit));
    }
    let mut matches = s.match_indices(old).take(limit).peekable();
    if matches.peek().is_none() {
        return substr(vm, args[0], s, s);
    }
    let mut out = String::with_capacity(s.len());
    let mut last = 0;
    for (p, _) in matches {
        out.push_str(&s[last..p]);
        out.push_str(new);
        last = p + old.len();
    }
    out.push_str(&s[last..]);
    fresh_str(vm, &out)
}

pub(super) static FIND: BuiltinFn = BuiltinFn::var(q::find, 2, 4, m_find);
pub(super) static RFIND: BuiltinFn = BuiltinFn::var(q::rfind, 2, 4, m_rfind);
pub(super) static INDEX: BuiltinFn = BuiltinFn::var(q::index, 2, 4, m_index);
pub(super) static RINDEX: BuiltinFn = BuiltinFn::var(q::rindex, 2, 4, m_rindex);
pub(super) static COUNT: BuiltinFn = BuiltinFn::var(q::count, 2, 4, m_count);
pub(super) static STARTSWITH: BuiltinFn = BuiltinFn::var(q::startswith, 2, 4, m_startswith);
pub(super) static ENDSWITH: BuiltinFn = BuiltinFn::var(q::endswith, 2, 4, m_endswith);
pub(super) static PARTITION: BuiltinFn = BuiltinFn::f2(q::partition, m_partition);
pub(super) static RPARTITION: BuiltinFn = BuiltinFn::f2(q::rpartition, m_rpartition);
pub(super) static REMOVEPREFIX: BuiltinFn = BuiltinFn::f2(q::removeprefix, m_removeprefix);
pub(super) static REMOVESUFFIX: BuiltinFn = BuiltinFn::f2(q::removesuffix, m_removesuffix);
pub(super) static REPLACE: BuiltinFn = BuiltinFn::var(q::replace, 3, 4, m_replace);
