//! Searching bytes: `find`/`rfind`/`index`/`rindex`, `count`, `startswith`/`endswith`,
//! `partition`/`rpartition`, `removeprefix`/`removesuffix` and `replace`.

use alloc::format;
use core::ops::Range;

use super::{arg_bytes, make, needle, owned, sub_result, view};
use crate::obj::builtin_fn::BuiltinFn;
use crate::obj::str_methods::{algo, opt_count, opt_index};
use crate::obj::tuple;
use crate::qstr::q;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The `[start:end]` window of `len` bytes given by the optional arguments; `None` when
/// `start` lies beyond `end`.
fn window(
    vm: &mut Vm,
    len: usize,
    start: Option<&Value>,
    end: Option<&Value>,
) -> PyResult<Option<Range<usize>>> {
    let (start, end) = (opt_index(vm, start)?, opt_index(vm, end)?);
    let (a, b) = algo::adjust_window(start, end, len as i64);
    Ok((a <= b).then_some(a as usize..b as usize))
}

fn find_common(vm: &mut Vm, args: &[Value], right: bool, raise: bool) -> PyResult<Value> {
    let len = view(vm, args[0])?.len();
    let w = window(vm, len, args.get(2), args.get(3))?;
    let n = needle(vm, args[1])?;
    let d = view(vm, args[0])?;
    let found = w.and_then(|w| {
        let hay = d.get(w.clone())?;
        let p = if right { algo::rfind(hay, &n) } else { algo::find(hay, &n) };
        p.map(|p| w.start + p)
    });
    match found {
        Some(i) => Ok(Value::small_int(i as isize)),
        None if raise => Err(vm.value_error("subsection not found")),
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
    let len = view(vm, args[0])?.len();
    let w = window(vm, len, args.get(2), args.get(3))?;
    let n = needle(vm, args[1])?;
    let d = view(vm, args[0])?;
    let c = match w.and_then(|w| d.get(w)) {
        None => 0,
        Some(hay) if n.is_empty() => hay.len() + 1,
        Some(hay) => algo::count(hay, &n),
    };
    Ok(Value::small_int(c as isize))
}

fn affix_common(vm: &mut Vm, args: &[Value], suffix: bool) -> PyResult<Value> {
    let name = if suffix { "endswith" } else { "startswith" };
    let len = view(vm, args[0])?.len();
    let w = window(vm, len, args.get(2), args.get(3))?;
    let test = |vm: &mut Vm, p: Value, in_tuple: bool| -> PyResult<bool> {
        let Some(p) = vm.bytes_of(p) else {
            let t = vm.type_name(p);
            return Err(vm.type_error(&if in_tuple {
                format!("a bytes-like object is required, not '{t}'")
            } else {
                format!("{name} first arg must be bytes or a tuple of bytes, not {t}")
            }));
        };
        let d = view(vm, args[0])?;
        Ok(w.clone().and_then(|w| d.get(w)).is_some_and(|h| {
            if suffix {
                h.ends_with(p)
            } else {
                h.starts_with(p)
            }
        }))
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
    let sep_d = arg_bytes(vm, sep)?.to_vec();
    if sep_d.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let d = owned(vm, this)?;
    let found = if right { algo::rfind(&d, &sep_d) } else { algo::find(&d, &sep_d) };
    let parts = match found {
        Some(p) => {
            let head = make(vm, this, &d[..p])?;
            let mid = make(vm, this, &sep_d)?;
            let tail = make(vm, this, &d[p + sep_d.len()..])?;
            [head, mid, tail]
        }
        None => {
            let whole = sub_result(vm, this, &d, &d)?;
            let e1 = make(vm, this, &[])?;
            let e2 = make(vm, this, &[])?;
            if right {
                [e1, e2, whole]
            } else {
                [whole, e1, e2]
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

fn remove_affix(vm: &mut Vm, this: Value, affix: Value, suffix: bool) -> PyResult<Value> {
    let a = arg_bytes(vm, affix)?.to_vec();
    let d = owned(vm, this)?;
    let rest = if suffix && !a.is_empty() {
        d.strip_suffix(&a[..]).unwrap_or(&d)
    } else if !suffix {
        d.strip_prefix(&a[..]).unwrap_or(&d)
    } else {
        &d
    };
    sub_result(vm, this, &d, rest)
}

fn m_removeprefix(vm: &mut Vm, this: Value, prefix: Value) -> PyResult<Value> {
    remove_affix(vm, this, prefix, false)
}
fn m_removesuffix(vm: &mut Vm, this: Value, suffix: Value) -> PyResult<Value> {
    remove_affix(vm, this, suffix, true)
}

fn m_replace(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let limit = match opt_count(vm, args.get(3))? {
        n if n < 0 => usize::MAX,
        n => n as usize,
    };
    let old = arg_bytes(vm, args[1])?.to_vec();
    let new = arg_bytes(vm, args[2])?.to_vec();
    let d = view(vm, args[0])?;
    let out = if old.is_empty() {
        let mut out = alloc::vec::Vec::with_capacity(d.len() + new.len() * (d.len() + 1).min(limit));
        for (i, &b) in d.iter().enumerate() {
            if i < limit {
                out.extend_from_slice(&new);
            }
            out.push(b);
        }
        if d.len() < limit {
            out.extend_from_slice(&new);
        }
        out
    } else {
        algo::replace(d, &old, &new, limit)
    };
    make(vm, args[0], &out)
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
