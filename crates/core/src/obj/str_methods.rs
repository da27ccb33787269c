//! Methods of `str`. Each takes the string as its first argument (a qstr, a heap string or the
//! native part of a `str` subclass instance).

use alloc::string::String;
use alloc::vec::Vec;

use super::builtin_fn::BuiltinFn;
use super::{list, str as pystr, tuple};
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn text<'a>(vm: &mut Vm, v: Value) -> PyResult<&'a str> {
    match vm.text_of(v) {
        Some(s) => Ok(s),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(&alloc::format!("descriptor requires a 'str' object but received '{t}'")))
        }
    }
}

fn arg_text<'a>(vm: &mut Vm, v: Value) -> PyResult<&'a str> {
    match vm.text_of(v) {
        Some(s) => Ok(s),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(&alloc::format!("can't convert '{t}' object to str implicitly")))
        }
    }
}

fn m_join(vm: &mut Vm, sep: Value, items: Value) -> PyResult<Value> {
    let sep = text(vm, sep)?;
    let parts = vm.iter_to_vec(items)?;
    let mut out = String::new();
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(arg_text(vm, *p)?);
    }
    pystr::from_string(vm, out)
}

fn new_list_of_strs(vm: &mut Vm, parts: Vec<&str>) -> PyResult<Value> {
    let l = list::new(vm, &[])?;
    for p in parts {
        let s = pystr::new(vm, p)?;
        list::append(vm, l, s)?;
    }
    Ok(l)
}

fn split_common(vm: &mut Vm, args: &[Value], kw: &[Value], right: bool) -> PyResult<Value> {
    let s = text(vm, args[0])?;
    let mut sep = args.get(1).copied().unwrap_or(Value::NONE);
    let mut maxsplit = args.get(2).copied().unwrap_or(Value::small_int(-1));
    for pair in kw.chunks(2) {
        match vm.qstr_of(pair[0]) {
            Some(q::sep) => sep = pair[1],
            Some(q::maxsplit) => maxsplit = pair[1],
            _ => return Err(vm.type_error("split() got an unexpected keyword argument")),
        }
    }
    let max = vm.to_i64(maxsplit)?;
    let max = if max < 0 { usize::MAX } else { max as usize };
    if sep.is_none() {
        let mut parts: Vec<&str> = Vec::new();
        if right {
            let mut rest = s.trim_end();
            while !rest.is_empty() {
                if parts.len() == max {
                    parts.push(rest);
                    break;
                }
                match rest.rfind(char::is_whitespace) {
                    Some(p) => {
                        let ws_len = rest[p..].chars().next().map_or(1, char::len_utf8);
                        parts.push(&rest[p + ws_len..]);
                        rest = rest[..p].trim_end();
                    }
                    None => {
                        parts.push(rest);
                        break;
                    }
                }
            }
            parts.reverse();
        } else {
            let mut rest = s.trim_start();
            while !rest.is_empty() {
                if parts.len() == max {
                    parts.push(rest);
                    break;
                }
                match rest.find(char::is_whitespace) {
                    Some(p) => {
                        parts.push(&rest[..p]);
                        rest = rest[p..].trim_start();
                    }
                    None => {
                        parts.push(rest);
                        break;
                    }
                }
            }
        }
        return new_list_of_strs(vm, parts);
    }
    let sep = arg_text(vm, sep)?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let parts: Vec<&str> = if right {
        let mut v: Vec<&str> =
            if max == usize::MAX { s.rsplit(sep).collect() } else { s.rsplitn(max + 1, sep).collect() };
        v.reverse();
        v
    } else if max == usize::MAX {
        s.split(sep).collect()
    } else {
        s.splitn(max + 1, sep).collect()
    };
    new_list_of_strs(vm, parts)
}

fn m_split(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    split_common(vm, args, kw, false)
}

fn m_rsplit(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    split_common(vm, args, kw, true)
}

fn strip_chars(vm: &mut Vm, args: &[Value], left: bool, right: bool) -> PyResult<Value> {
    let s = text(vm, args[0])?;
    let r = match args.get(1).copied().filter(|v| !v.is_none()) {
        None => {
            let t = if left { s.trim_start() } else { s };
            if right {
                t.trim_end()
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
    if r.len() == s.len() {
        return Ok(args[0]);
    }
    pystr::new(vm, r)
}

fn m_strip(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    strip_chars(vm, args, true, true)
}
fn m_lstrip(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    strip_chars(vm, args, true, false)
}
fn m_rstrip(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    strip_chars(vm, args, false, true)
}

/// The `[start:end]` window of `s` given by optional index arguments, as byte offsets.
fn window(
    vm: &mut Vm,
    s: &str,
    start: Option<&Value>,
    end: Option<&Value>,
) -> PyResult<Option<(usize, usize)>> {
    let n = s.chars().count() as i64;
    let norm = |vm: &mut Vm, v: Option<&Value>, default: i64| -> PyResult<i64> {
        match v {
            None => Ok(default),
            Some(v) if v.is_none() => Ok(default),
            Some(&v) => {
                let i = vm.to_i64(v)?;
                Ok(if i < 0 { (i + n).max(0) } else { i.min(n) })
            }
        }
    };
    let a = norm(vm, start, 0)?;
    let b = norm(vm, end, n)?;
    if start.is_some_and(|v| !v.is_none()) && a > n {
        return Ok(None);
    }
    let ascii = s.is_ascii();
    let a_off = pystr::char_offset(s, ascii, a as usize);
    let b_off = pystr::char_offset(s, ascii, b.max(a) as usize);
    Ok(Some((a_off, b_off)))
}

fn char_index(s: &str, byte_off: usize) -> usize {
    s[..byte_off].chars().count()
}

fn find_common(vm: &mut Vm, args: &[Value], right: bool, raise: bool) -> PyResult<Value> {
    let s = text(vm, args[0])?;
    let sub = arg_text(vm, args[1])?;
    let found = match window(vm, s, args.get(2), args.get(3))? {
        None => None,
        Some((a, b)) => {
            let hay = &s[a..b];
            let pos = if right { hay.rfind(sub) } else { hay.find(sub) };
            pos.map(|p| char_index(s, a + p))
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
    let s = text(vm, args[0])?;
    let sub = arg_text(vm, args[1])?;
    let n = match window(vm, s, args.get(2), args.get(3))? {
        None => 0,
        Some((a, b)) => {
            let hay = &s[a..b];
            if sub.is_empty() {
                hay.chars().count() + 1
            } else {
                hay.matches(sub).count()
            }
        }
    };
    Ok(Value::small_int(n as isize))
}

fn affix_common(vm: &mut Vm, args: &[Value], suffix: bool) -> PyResult<Value> {
    let s = text(vm, args[0])?;
    let Some((a, b)) = window(vm, s, args.get(2), args.get(3))? else { return Ok(Value::FALSE) };
    let hay = &s[a..b];
    let test = |vm: &mut Vm, p: Value| -> PyResult<bool> {
        let p = match vm.text_of(p) {
            Some(p) => p,
            None => {
                return Err(vm.type_error(if suffix {
                    "endswith first arg must be str or a tuple of str"
                } else {
                    "startswith first arg must be str or a tuple of str"
                }))
            }
        };
        Ok(if suffix { hay.ends_with(p) } else { hay.starts_with(p) })
    };
    if args[1].is_exact(&tuple::TUPLE_TYPE) {
        for &p in tuple::items(args[1]) {
            if test(vm, p)? {
                return Ok(Value::TRUE);
            }
        }
        return Ok(Value::FALSE);
    }
    test(vm, args[1]).map(Value::from_bool)
}

fn m_startswith(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    affix_common(vm, args, false)
}
fn m_endswith(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    affix_common(vm, args, true)
}

fn m_replace(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let s = text(vm, args[0])?;
    let old = arg_text(vm, args[1])?;
    let new = arg_text(vm, args[2])?;
    let count = match args.get(3) {
        Some(&c) => vm.to_i64(c)?,
        None => -1,
    };
    let r = if count < 0 { s.replace(old, new) } else { s.replacen(old, new, count as usize) };
    pystr::from_string(vm, r)
}

fn map_chars(vm: &mut Vm, v: Value, f: fn(&str) -> String) -> PyResult<Value> {
    let s = text(vm, v)?;
    pystr::from_string(vm, f(s))
}

fn m_upper(vm: &mut Vm, v: Value) -> PyResult<Value> {
    map_chars(vm, v, |s| s.to_uppercase())
}
fn m_lower(vm: &mut Vm, v: Value) -> PyResult<Value> {
    map_chars(vm, v, |s| s.to_lowercase())
}

fn m_format(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let Some(&fmt) = args.first() else {
        return Err(vm.type_error("format() needs a format string"));
    };
    let fmt = text(vm, fmt)?;
    super::str_format::format_method(vm, fmt, &args[1..], kw)
}

fn m_encode(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let s = text(vm, args[0])?;
    super::bytes::new(vm, s.as_bytes())
}

static JOIN: BuiltinFn = BuiltinFn::f2(q::join, m_join);
static SPLIT: BuiltinFn = BuiltinFn::kw(q::split, m_split);
static RSPLIT: BuiltinFn = BuiltinFn::kw(q::rsplit, m_rsplit);
static STRIP: BuiltinFn = BuiltinFn::var(q::strip, 1, 2, m_strip);
static LSTRIP: BuiltinFn = BuiltinFn::var(q::lstrip, 1, 2, m_lstrip);
static RSTRIP: BuiltinFn = BuiltinFn::var(q::rstrip, 1, 2, m_rstrip);
static FIND: BuiltinFn = BuiltinFn::var(q::find, 2, 4, m_find);
static RFIND: BuiltinFn = BuiltinFn::var(q::rfind, 2, 4, m_rfind);
static INDEX: BuiltinFn = BuiltinFn::var(q::index, 2, 4, m_index);
static RINDEX: BuiltinFn = BuiltinFn::var(q::rindex, 2, 4, m_rindex);
static COUNT: BuiltinFn = BuiltinFn::var(q::count, 2, 4, m_count);
static STARTSWITH: BuiltinFn = BuiltinFn::var(q::startswith, 2, 4, m_startswith);
static ENDSWITH: BuiltinFn = BuiltinFn::var(q::endswith, 2, 4, m_endswith);
static REPLACE: BuiltinFn = BuiltinFn::var(q::replace, 3, 4, m_replace);
static UPPER: BuiltinFn = BuiltinFn::f1(q::upper, m_upper);
static LOWER: BuiltinFn = BuiltinFn::f1(q::lower, m_lower);
static FORMAT: BuiltinFn = BuiltinFn::kw(q::format, m_format);
static ENCODE: BuiltinFn = BuiltinFn::var(q::encode, 1, 3, m_encode);

pub static STR_LOCALS: [(Qstr, Value); 18] = [
    (q::join, Value::from_static(&JOIN)),
    (q::split, Value::from_static(&SPLIT)),
    (q::rsplit, Value::from_static(&RSPLIT)),
    (q::strip, Value::from_static(&STRIP)),
    (q::lstrip, Value::from_static(&LSTRIP)),
    (q::rstrip, Value::from_static(&RSTRIP)),
    (q::find, Value::from_static(&FIND)),
    (q::rfind, Value::from_static(&RFIND)),
    (q::index, Value::from_static(&INDEX)),
    (q::rindex, Value::from_static(&RINDEX)),
    (q::count, Value::from_static(&COUNT)),
    (q::startswith, Value::from_static(&STARTSWITH)),
    (q::endswith, Value::from_static(&ENDSWITH)),
    (q::replace, Value::from_static(&REPLACE)),
    (q::upper, Value::from_static(&UPPER)),
    (q::lower, Value::from_static(&LOWER)),
    (q::format, Value::from_static(&FORMAT)),
    (q::encode, Value::from_static(&ENCODE)),
];
