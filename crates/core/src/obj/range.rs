//! `range`: an arithmetic progression computed on demand (no list is built).

use alloc::string::String;

use super::{seq, slice, ObjHeader, PrintKind, Subscr, Type, UnaryOp};
use crate::bytecode::opcodes::BinaryOp;
use crate::obj::flags;
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

#[repr(C)]
pub struct RangeObj {
    pub header: ObjHeader,
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

#[repr(C)]
pub struct RangeIter {
    pub header: ObjHeader,
    pub cur: i64,
    pub stop: i64,
    pub step: i64,
}

pub static RANGE_TYPE: Type = Type {
    locals: super::Locals::Static(&RANGE_LOCALS),
    make_new: Some(range_new),
    print: Some(range_print),
    unary: Some(range_unary),
    binary: Some(range_binary),
    attr: Some(range_attr),
    subscr: Some(range_subscr),
    iter: Some(range_iter),
    contains: Some(range_contains),
    ..Type::builtin(q::range)
};

pub static RANGE_ITER_TYPE: Type =
    Type { flags: flags::ITER_IS_SELF, iternext: Some(range_iternext), ..Type::builtin(q::iterator) };

fn get<'a>(v: Value) -> &'a RangeObj {
    // SAFETY: callers pass a range object.
    unsafe { &*v.as_ptr::<RangeObj>() }
}

/// Number of items of `range(start, stop, step)`.
pub fn length(start: i64, stop: i64, step: i64) -> i64 {
    let (lo, hi, st) = if step > 0 { (start, stop, step) } else { (stop, start, -step) };
    if hi <= lo {
        0
    } else {
        ((hi as i128 - lo as i128 - 1) / st as i128 + 1) as i64
    }
}

pub fn new(vm: &mut Vm, start: i64, stop: i64, step: i64) -> PyResult<Value> {
    let p = vm.alloc_obj::<RangeObj>(&RANGE_TYPE, 0)?;
    // SAFETY: fresh allocation.
    unsafe {
        (*p).start = start;
        (*p).stop = stop;
        (*p).step = step;
    }
    Ok(Value::from_ptr(p))
}

fn range_new(vm: &mut Vm, _ty: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    vm.check_args("range", args, kw, 1, 3)?;
    let mut n = [0i64; 3];
    for (i, &a) in args.iter().enumerate() {
        n[i] = vm.to_i64(a)?;
    }
    let (start, stop, step) = match args.len() {
        1 => (0, n[0], 1),
        2 => (n[0], n[1], 1),
        _ => (n[0], n[1], n[2]),
    };
    if step == 0 {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    new(vm, start, stop, step)
}

fn range_print(_vm: &mut Vm, v: Value, out: &mut String, _kind: PrintKind) -> PyResult<()> {
    let r = get(v);
    if r.step == 1 {
        out.push_str(&alloc::format!("range({}, {})", r.start, r.stop));
    } else {
        out.push_str(&alloc::format!("range({}, {}, {})", r.start, r.stop, r.step));
    }
    Ok(())
}

fn range_unary(vm: &mut Vm, op: UnaryOp, v: Value) -> PyResult<Option<Value>> {
    let r = get(v);
    let n = length(r.start, r.stop, r.step);
    Ok(match op {
        UnaryOp::Bool => Some(Value::from_bool(n != 0)),
        UnaryOp::Len => Some(crate::obj::int::from_i64(vm, n)?),
        _ => None,
    })
}

fn range_binary(
    _vm: &mut Vm,
    op: BinaryOp,
    this: Value,
    other: Value,
    _swapped: bool,
) -> PyResult<Option<Value>> {
    if !other.is_exact(&RANGE_TYPE) || !matches!(op, BinaryOp::Equal | BinaryOp::NotEqual) {
        return Ok(None);
    }
    let (a, b) = (get(this), get(other));
    let (na, nb) = (length(a.start, a.stop, a.step), length(b.start, b.stop, b.step));
    let eq = na == nb && (na == 0 || (a.start == b.start && (na == 1 || a.step == b.step)));
    Ok(Some(Value::from_bool(eq == (op == BinaryOp::Equal))))
}

fn range_attr(vm: &mut Vm, v: Value, attr: Qstr) -> PyResult<Option<Value>> {
    let r = get(v);
    let n = match attr {
        q::start => r.start,
        q::stop => r.stop,
        q::step => r.step,
        _ => return Ok(None),
    };
    crate::obj::int::from_i64(vm, n).map(Some)
}

fn range_subscr(vm: &mut Vm, v: Value, index: Value, op: Subscr) -> PyResult<Value> {
    if op != Subscr::Load {
        return Err(vm.type_error("'range' object doesn't support item assignment"));
    }
    let r = get(v);
    let (start, step) = (r.start, r.step);
    let n = length(r.start, r.stop, r.step) as usize;
    if slice::is_slice(index) {
        let s = seq::slice_range(vm, index, n)?;
        return new(vm, start + s.start as i64 * step, start + s.stop as i64 * step, step * s.step as i64);
    }
    let i = seq::index(vm, index, n, "range")?;
    crate::obj::int::from_i64(vm, start + i as i64 * step)
}

fn range_iter(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let r = get(v);
    let (start, stop, step) = (r.start, r.stop, r.step);
    new_iter(vm, start, stop, step)
}

pub fn new_iter(vm: &mut Vm, start: i64, stop: i64, step: i64) -> PyResult<Value> {
    let p = vm.alloc_obj::<RangeIter>(&RANGE_ITER_TYPE, 0)?;
    // SAFETY: fresh allocation.
    unsafe {
        (*p).cur = start;
        (*p).stop = stop;
        (*p).step = step;
    }
    Ok(Value::from_ptr(p))
}

fn range_iternext(vm: &mut Vm, it: Value) -> PyResult<Option<Value>> {
    // SAFETY: `it` is a range iterator; the borrow ends before the allocation below.
    let cur = unsafe {
        let p = it.as_ptr::<RangeIter>();
        let cur = (*p).cur;
        if ((*p).step > 0 && cur >= (*p).stop) || ((*p).step < 0 && cur <= (*p).stop) {
            return Ok(None);
        }
        (*p).cur = cur.saturating_add((*p).step);
        cur
    };
    crate::obj::int::from_i64(vm, cur).map(Some)
}

fn position(r: &RangeObj, x: i64) -> Option<i64> {
    let n = length(r.start, r.stop, r.step);
    let off = x.checked_sub(r.start)?;
    if off % r.step != 0 {
        return None;
    }
    let k = off / r.step;
    (0..n).contains(&k).then_some(k)
}

fn range_contains(vm: &mut Vm, v: Value, item: Value) -> PyResult<bool> {
    if let Some(i) = item.small_int_value() {
        return Ok(position(get(v), i as i64).is_some());
    }
    let r = get(v);
    let n = length(r.start, r.stop, r.step);
    for k in 0..n {
        let x = crate::obj::int::from_i64(vm, r.start + k * r.step)?;
        if vm.eq(x, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn m_index(vm: &mut Vm, v: Value, x: Value) -> PyResult<Value> {
    match x.small_int_value().and_then(|i| position(get(v), i as i64)) {
        Some(k) => crate::obj::int::from_i64(vm, k),
        None => Err(vm.value_error("object not in range")),
    }
}

fn m_count(vm: &mut Vm, v: Value, x: Value) -> PyResult<Value> {
    let found = range_contains(vm, v, x)?;
    Ok(Value::small_int(found as isize))
}

static INDEX: super::builtin_fn::BuiltinFn = super::builtin_fn::BuiltinFn::f2(q::index, m_index);
static COUNT: super::builtin_fn::BuiltinFn = super::builtin_fn::BuiltinFn::f2(q::count, m_count);
static RANGE_LOCALS: [(Qstr, Value); 2] =
    [(q::index, Value::from_static(&INDEX)), (q::count, Value::from_static(&COUNT))];

/// `(start, stop, step)` as small ints when `obj` is a range whose values all fit one (the
/// interpreter then walks it inline in a `for` loop).
pub fn small_parts(obj: Value) -> Option<(Value, Value, Value)> {
    if !obj.is_exact(&RANGE_TYPE) {
        return None;
    }
    let r = get(obj);
    let margin = r.step.unsigned_abs() as i64;
    let fits = |n: i64| {
        n.checked_add(margin).and_then(Value::try_small_int).is_some()
            && n.checked_sub(margin).and_then(Value::try_small_int).is_some()
    };
    if fits(r.start) && fits(r.stop) {
        Some((
            Value::small_int(r.start as isize),
            Value::small_int(r.stop as isize),
            Value::small_int(r.step as isize),
        ))
    } else {
        None
    }
}
