//! Methods shared by `bytes` and `bytearray`: `decode`, `hex`, `find`, `count`, `join`,
//! `startswith`/`endswith`, `replace`, `split`, `strip`.

use alloc::vec::Vec;

use super::builtin_fn::BuiltinFn;
use super::{bytearray, bytes, list, str as pystr};
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn data(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    match vm.bytes_of(v) {
        Some(d) => Ok(d.to_vec()),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(&alloc::format!("a bytes-like object is required, not '{t}'")))
        }
    }
}

/// Makes a result of the same kind as `like` (bytes or bytearray).
fn same_kind(vm: &mut Vm, like: Value, d: &[u8]) -> PyResult<Value> {
    if vm.native_of(like, &bytearray::BYTEARRAY_TYPE).is_some() {
        bytearray::new(vm, d)
    } else {
        bytes::new(vm, d)
    }
}

fn decode(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let d = data(vm, args[0])?;
    match core::str::from_utf8(&d) {
        Ok(s) => pystr::new(vm, s),
        Err(_) => Err(vm.raise_msg(&super::exception::UNICODE_ERROR_TYPE, "invalid utf-8")),
    }
}

fn hex(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let d = data(vm, args[0])?;
    let sep = match args.get(1) {
        Some(&s) => vm.text_of(s).unwrap_or(""),
        None => "",
    };
    let mut out = alloc::string::String::with_capacity(d.len() * 2);
    for (i, b) in d.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(&alloc::format!("{b:02x}"));
    }
    pystr::from_string(vm, out)
}

fn find_in(hay: &[u8], needle: &[u8], right: bool) -> Option<usize> {
    if needle.is_empty() {
        return Some(if right { hay.len() } else { 0 });
    }
    if needle.len() > hay.len() {
        return None;
    }
    let mut positions = 0..=hay.len() - needle.len();
    if right {
        positions.rev().find(|&i| &hay[i..i + needle.len()] == needle)
    } else {
        positions.find(|&i| &hay[i..i + needle.len()] == needle)
    }
}

fn needle(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if let Some(n) = v.small_int_value() {
        return Ok(alloc::vec![n as u8]);
    }
    data(vm, v)
}

fn find_common(vm: &mut Vm, args: &[Value], right: bool, raise: bool) -> PyResult<Value> {
    let d = data(vm, args[0])?;
    let n = needle(vm, args[1])?;
    let len = d.len() as i64;
    let norm = |vm: &mut Vm, v: Option<&Value>, default: i64| -> PyResult<i64> {
        match v {
            None => Ok(default),
            Some(&v) if v.is_none() => Ok(default),
            Some(&v) => {
                let i = vm.to_i64(v)?;
                Ok(if i < 0 { (i + len).max(0) } else { i.min(len) })
            }
        }
    };
    let a = norm(vm, args.get(2), 0)? as usize;
    let b = (norm(vm, args.get(3), len)? as usize).max(a);
    match find_in(&d[a..b], &n, right) {
        Some(p) => Ok(Value::small_int((a + p) as isize)),
        None if raise => Err(vm.value_error("subsection not found")),
        None => Ok(Value::small_int(-1)),
    }
}

fn find(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    find_common(vm, args, false, false)
}
fn rfind(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    find_common(vm, args, true, false)
}
fn index(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    find_common(vm, args, false, true)
}

fn count(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let d = data(vm, args[0])?;
    let n = needle(vm, args[1])?;
    if n.is_empty() {
        return Ok(Value::small_int(d.len() as isize + 1));
    }
    let mut c = 0;
    let mut i = 0;
    while i + n.len() <= d.len() {
        if d[i..i + n.len()] == n[..] {
            c += 1;
            i += n.len();
        } else {
            i += 1;
        }
    }
    Ok(Value::small_int(c))
}

fn join(vm: &mut Vm, sep: Value, items: Value) -> PyResult<Value> {
    let s = data(vm, sep)?;
    let mut out = Vec::new();
    for (i, x) in vm.iter_to_vec(items)?.into_iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&s);
        }
        out.extend_from_slice(&data(vm, x)?);
    }
    same_kind(vm, sep, &out)
}

fn affix(vm: &mut Vm, args: &[Value], suffix: bool) -> PyResult<Value> {
    let d = data(vm, args[0])?;
    let p = data(vm, args[1])?;
    Ok(Value::from_bool(if suffix { d.ends_with(&p) } else { d.starts_with(&p) }))
}

fn startswith(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    affix(vm, args, false)
}
fn endswith(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    affix(vm, args, true)
}

fn replace(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let d = data(vm, args[0])?;
    let old = data(vm, args[1])?;
    let new = data(vm, args[2])?;
    let mut limit = match args.get(3) {
        Some(&c) => vm.to_i64(c)?,
        None => -1,
    };
    let mut out = Vec::with_capacity(d.len());
    let mut i = 0;
    while i < d.len() {
        if limit != 0 && !old.is_empty() && d[i..].starts_with(&old) {
            out.extend_from_slice(&new);
            i += old.len();
            limit -= 1;
        } else {
            out.push(d[i]);
            i += 1;
        }
    }
    same_kind(vm, args[0], &out)
}

fn split(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let d = data(vm, args[0])?;
    let l = list::new(vm, &[])?;
    let parts: Vec<Vec<u8>> = match args.get(1).copied().filter(|v| !v.is_none()) {
        None => d.split(|b| b.is_ascii_whitespace()).filter(|p| !p.is_empty()).map(|p| p.to_vec()).collect(),
        Some(sep) => {
            let sep = data(vm, sep)?;
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            let mut parts = Vec::new();
            let mut start = 0;
            let mut i = 0;
            while i + sep.len() <= d.len() {
                if d[i..i + sep.len()] == sep[..] {
                    parts.push(d[start..i].to_vec());
                    i += sep.len();
                    start = i;
                } else {
                    i += 1;
                }
            }
            parts.push(d[start..].to_vec());
            parts
        }
    };
    for p in parts {
        let b = same_kind(vm, args[0], &p)?;
        list::append(vm, l, b)?;
    }
    Ok(l)
}

fn strip(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let d = data(vm, args[0])?;
    let set: Vec<u8> = match args.get(1).copied().filter(|v| !v.is_none()) {
        None => b" \t\n\r\x0b\x0c".to_vec(),
        Some(s) => data(vm, s)?,
    };
    let start = d.iter().position(|b| !set.contains(b)).unwrap_or(d.len());
    let end = d.iter().rposition(|b| !set.contains(b)).map_or(start, |e| e + 1);
    same_kind(vm, args[0], &d[start..end.max(start)])
}

static DECODE: BuiltinFn = BuiltinFn::var(q::decode, 1, 3, decode);
static HEX: BuiltinFn = BuiltinFn::var(q::hex, 1, 2, hex);
static FIND: BuiltinFn = BuiltinFn::var(q::find, 2, 4, find);
static RFIND: BuiltinFn = BuiltinFn::var(q::rfind, 2, 4, rfind);
static INDEX: BuiltinFn = BuiltinFn::var(q::index, 2, 4, index);
static COUNT: BuiltinFn = BuiltinFn::var(q::count, 2, 4, count);
static JOIN: BuiltinFn = BuiltinFn::f2(q::join, join);
static STARTSWITH: BuiltinFn = BuiltinFn::var(q::startswith, 2, 4, startswith);
static ENDSWITH: BuiltinFn = BuiltinFn::var(q::endswith, 2, 4, endswith);
static REPLACE: BuiltinFn = BuiltinFn::var(q::replace, 3, 4, replace);
static SPLIT: BuiltinFn = BuiltinFn::var(q::split, 1, 3, split);
static STRIP: BuiltinFn = BuiltinFn::var(q::strip, 1, 2, strip);

pub static BYTES_LOCALS: [(Qstr, Value); 12] = [
    (q::decode, Value::from_static(&DECODE)),
    (q::hex, Value::from_static(&HEX)),
    (q::find, Value::from_static(&FIND)),
    (q::rfind, Value::from_static(&RFIND)),
    (q::index, Value::from_static(&INDEX)),
    (q::count, Value::from_static(&COUNT)),
    (q::join, Value::from_static(&JOIN)),
    (q::startswith, Value::from_static(&STARTSWITH)),
    (q::endswith, Value::from_static(&ENDSWITH)),
    (q::replace, Value::from_static(&REPLACE)),
    (q::split, Value::from_static(&SPLIT)),
    (q::strip, Value::from_static(&STRIP)),
];
