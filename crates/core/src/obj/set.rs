//! `set` and `frozenset`: hash sets built on the ordered map (values unused), so iteration
//! follows insertion order.

use alloc::string::String;
use alloc::vec::Vec;

use super::builtin_fn::BuiltinFn;
use super::map::{self, Map};
use super::{tuple, ObjHeader, PrintKind, Type, UnaryOp};
use crate::bytecode::opcodes::BinaryOp;
use crate::gc::Marker;
use crate::obj::flags;
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

#[repr(C)]
pub struct SetObj {
    pub header: ObjHeader,
    pub map: Map,
}

pub static SET_TYPE: Type = Type {
    flags: flags::BASETYPE,
    locals: super::Locals::Static(&SET_LOCALS),
    make_new: Some(set_make_new),
    print: Some(set_print),
    unary: Some(set_unary),
    binary: Some(set_binary),
    iter: Some(set_iter),
    contains: Some(set_contains),
    trace: Some(trace_set),
    ..Type::builtin(q::set)
};

pub static FROZENSET_TYPE: Type = Type {
    flags: flags::BASETYPE,
    locals: super::Locals::Static(&FROZENSET_LOCALS),
    make_new: Some(frozenset_make_new),
    print: Some(set_print),
    unary: Some(set_unary),
    binary: Some(set_binary),
    iter: Some(set_iter),
    contains: Some(set_contains),
    trace: Some(trace_set),
    ..Type::builtin(q::frozenset)
};

fn trace_set(v: Value, m: &mut Marker) {
    map::trace(&get(v).map, m);
}

fn get<'a>(v: Value) -> &'a mut SetObj {
    // SAFETY: callers pass a set or frozenset.
    unsafe { &mut *v.as_ptr::<SetObj>() }
}

fn map_of(v: Value) -> *mut Map {
    &mut get(v).map as *mut Map
}

pub fn new(vm: &mut Vm, frozen: bool) -> PyResult<Value> {
    let ty: &'static Type = if frozen { &FROZENSET_TYPE } else { &SET_TYPE };
    Ok(Value::from_ptr(vm.alloc_obj::<SetObj>(ty, 0)?))
}

/// The set or frozenset behind `v` (its native part for subclass instances).
pub fn as_set(vm: &Vm, v: Value) -> Option<Value> {
    vm.native_of(v, &SET_TYPE).or_else(|| vm.native_of(v, &FROZENSET_TYPE))
}

pub fn add(vm: &mut Vm, s: Value, item: Value) -> PyResult<()> {
    map::store(vm, map_of(s), item, Value::TRUE)
}

pub fn contains(vm: &mut Vm, s: Value, item: Value) -> PyResult<bool> {
    Ok(map::lookup(vm, map_of(s), item)?.is_some())
}

/// The elements, in insertion order.
pub fn items(s: Value) -> Vec<Value> {
    let mut out = Vec::with_capacity(get(s).map.len as usize);
    let mut pos = 0;
    while let Some((k, _)) = map::next_entry(map_of(s), &mut pos) {
        out.push(k);
    }
    out
}

fn is_frozen(s: Value) -> bool {
    s.is_exact(&FROZENSET_TYPE)
}

fn from_iterable(vm: &mut Vm, src: Value, frozen: bool) -> PyResult<Value> {
    let s = new(vm, frozen)?;
    for x in vm.iter_to_vec(src)? {
        add(vm, s, x)?;
    }
    Ok(s)
}

fn set_make_new(vm: &mut Vm, ty: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    vm.check_args("set", args, kw, 0, 1)?;
    let s = match args.first() {
        Some(&src) => from_iterable(vm, src, false)?,
        None => new(vm, false)?,
    };
    vm.wrap_native_subclass(ty, &SET_TYPE, s)
}

fn frozenset_make_new(vm: &mut Vm, ty: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    vm.check_args("frozenset", args, kw, 0, 1)?;
    let s = match args.first() {
        Some(&src) if src.is_exact(&FROZENSET_TYPE) => src,
        Some(&src) => from_iterable(vm, src, true)?,
        None => new(vm, true)?,
    };
    vm.wrap_native_subclass(ty, &FROZENSET_TYPE, s)
}

fn set_print(vm: &mut Vm, v: Value, out: &mut String, _kind: PrintKind) -> PyResult<()> {
    let elems = items(v);
    let frozen = is_frozen(v);
    if elems.is_empty() {
        out.push_str(if frozen { "frozenset()" } else { "set()" });
        return Ok(());
    }
    if frozen {
        out.push_str("frozenset(");
    }
    tuple::print_items(vm, &elems, out, "{", "}")?;
    if frozen {
        out.push(')');
    }
    Ok(())
}

fn set_unary(vm: &mut Vm, op: UnaryOp, v: Value) -> PyResult<Option<Value>> {
    let n = get(v).map.len as usize;
    Ok(match op {
        UnaryOp::Bool => Some(Value::from_bool(n != 0)),
        UnaryOp::Len => Some(Value::small_int(n as isize)),
        UnaryOp::Hash if is_frozen(v) => {
            let mut h: u64 = 0x345678;
            for x in items(v) {
                let hx = vm.hash(x)? as u64;
                h ^= (hx ^ (hx << 16) ^ 89869747).wrapping_mul(3644798167);
            }
            Some(super::int::hash_value(h))
        }
        _ => None,
    })
}

fn is_subset(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    for x in items(a) {
        if !contains(vm, b, x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn combine(
    vm: &mut Vm,
    op: BinaryOp,
    a: Value,
    b_items: &[Value],
    b: Option<Value>,
    frozen: bool,
) -> PyResult<Value> {
    let out = new(vm, frozen)?;
    match op {
        BinaryOp::Or => {
            for x in items(a).into_iter().chain(b_items.iter().copied()) {
                add(vm, out, x)?;
            }
        }
        BinaryOp::And => {
            let tmp = match b {
                Some(b) => b,
                None => from_iterable_vec(vm, b_items)?,
            };
            for x in items(a) {
                if contains(vm, tmp, x)? {
                    add(vm, out, x)?;
                }
            }
        }
        BinaryOp::Subtract => {
            let tmp = match b {
                Some(b) => b,
                None => from_iterable_vec(vm, b_items)?,
            };
            for x in items(a) {
                if !contains(vm, tmp, x)? {
                    add(vm, out, x)?;
                }
            }
        }
        _ => {
            let tmp = match b {
                Some(b) => b,
                None => from_iterable_vec(vm, b_items)?,
            };
            for x in items(a) {
                if !contains(vm, tmp, x)? {
                    add(vm, out, x)?;
                }
            }
            for &x in b_items {
                if !contains(vm, a, x)? {
                    add(vm, out, x)?;
                }
            }
        }
    }
    Ok(out)
}

fn from_iterable_vec(vm: &mut Vm, values: &[Value]) -> PyResult<Value> {
    let s = new(vm, false)?;
    for &x in values {
        add(vm, s, x)?;
    }
    Ok(s)
}

fn set_binary(
    vm: &mut Vm,
    op: BinaryOp,
    this: Value,
    other: Value,
    swapped: bool,
) -> PyResult<Option<Value>> {
    let Some(o) = as_set(vm, other) else { return Ok(None) };
    let (a, b) = if swapped { (o, this) } else { (this, o) };
    let r = match op {
        BinaryOp::Equal | BinaryOp::NotEqual => {
            let eq = get(a).map.len == get(b).map.len && is_subset(vm, a, b)?;
            Value::from_bool(eq == (op == BinaryOp::Equal))
        }
        BinaryOp::LessEqual => Value::from_bool(is_subset(vm, a, b)?),
        BinaryOp::Less => Value::from_bool(get(a).map.len < get(b).map.len && is_subset(vm, a, b)?),
        BinaryOp::MoreEqual => Value::from_bool(is_subset(vm, b, a)?),
        BinaryOp::More => Value::from_bool(get(a).map.len > get(b).map.len && is_subset(vm, b, a)?),
        BinaryOp::Or | BinaryOp::And | BinaryOp::Subtract | BinaryOp::Xor => {
            let b_items = items(b);
            combine(vm, op, a, &b_items, Some(b), is_frozen(a))?
        }
        BinaryOp::InplaceOr | BinaryOp::InplaceAnd | BinaryOp::InplaceSubtract | BinaryOp::InplaceXor
            if !is_frozen(this) =>
        {
            let b_items = items(o);
            let r = combine(vm, op.non_inplace(), this, &b_items, Some(o), false)?;
            let new_items = items(r);
            map::clear(vm, map_of(this));
            for x in new_items {
                add(vm, this, x)?;
            }
            this
        }
        BinaryOp::InplaceOr | BinaryOp::InplaceAnd | BinaryOp::InplaceSubtract | BinaryOp::InplaceXor => {
            let b_items = items(o);
            combine(vm, op.non_inplace(), this, &b_items, Some(o), true)?
        }
        _ => return Ok(None),
    };
    Ok(Some(r))
}

fn set_iter(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let elems = items(v);
    let t = tuple::new(vm, &elems)?;
    super::iter::seq_iter(vm, t)
}

fn set_contains(vm: &mut Vm, v: Value, item: Value) -> PyResult<bool> {
    match contains(vm, v, item) {
        Err(e) if as_set(vm, item).is_some() && vm.exc_matches(&super::exception::TYPE_ERROR_TYPE) => {
            vm.take_exc();
            let frozen = from_iterable(vm, item, true)?;
            let _ = e;
            contains(vm, v, frozen)
        }
        r => r,
    }
}

fn this_set(vm: &mut Vm, v: Value) -> PyResult<Value> {
    as_set(vm, v).ok_or_else(|| vm.type_error("descriptor requires a 'set' object"))
}

fn this_mutable(vm: &mut Vm, v: Value) -> PyResult<Value> {
    vm.native_of(v, &SET_TYPE).ok_or_else(|| vm.type_error("descriptor requires a 'set' object"))
}

fn m_add(vm: &mut Vm, v: Value, x: Value) -> PyResult<Value> {
    let s = this_mutable(vm, v)?;
    add(vm, s, x)?;
    Ok(Value::NONE)
}

fn m_discard(vm: &mut Vm, v: Value, x: Value) -> PyResult<Value> {
    let s = this_mutable(vm, v)?;
    map::remove(vm, map_of(s), x)?;
    Ok(Value::NONE)
}

fn m_remove(vm: &mut Vm, v: Value, x: Value) -> PyResult<Value> {
    let s = this_mutable(vm, v)?;
    match map::remove(vm, map_of(s), x)? {
        Some(_) => Ok(Value::NONE),
        None => Err(vm.key_error(x)),
    }
}

fn m_pop(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let s = this_mutable(vm, v)?;
    let Some((k, _)) = map::first_entry(map_of(s)) else {
        return Err(vm.raise_msg(&super::exception::KEY_ERROR_TYPE, "pop from an empty set"));
    };
    map::remove(vm, map_of(s), k)?;
    Ok(k)
}

/// `set.__init__(self[, iterable])`: replaces the contents (for subclasses' `super().__init__`).
fn m_init(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let Some((&this, rest)) = args.split_first() else {
        return Err(vm.type_error("descriptor '__init__' needs an argument"));
    };
    vm.check_args("set", rest, kw, 0, 1)?;
    let s = this_mutable(vm, this)?;
    let values = match rest.first() {
        Some(&src) => vm.iter_to_vec(src)?,
        None => alloc::vec::Vec::new(),
    };
    map::clear(vm, map_of(s));
    for x in values {
        add(vm, s, x)?;
    }
    Ok(Value::NONE)
}

fn m_clear(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let s = this_mutable(vm, v)?;
    map::clear(vm, map_of(s));
    Ok(Value::NONE)
}

fn m_copy(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let s = this_set(vm, v)?;
    let elems = items(s);
    let out = new(vm, is_frozen(s))?;
    for x in elems {
        add(vm, out, x)?;
    }
    Ok(out)
}

/// The set operation methods (`union`, `intersection`, ... and their `_update` forms) take
/// any iterables.
fn op_method(vm: &mut Vm, args: &[Value], op: BinaryOp, update: bool) -> PyResult<Value> {
    let s = if update { this_mutable(vm, args[0])? } else { this_set(vm, args[0])? };
    let mut acc = s;
    for &other in &args[1..] {
        let other_items = vm.iter_to_vec(other)?;
        acc = combine(vm, op, acc, &other_items, None, is_frozen(s))?;
    }
    if !update {
        if acc == s {
            return m_copy(vm, s);
        }
        return Ok(acc);
    }
    let new_items = items(acc);
    map::clear(vm, map_of(s));
    for x in new_items {
        add(vm, s, x)?;
    }
    Ok(Value::NONE)
}

fn m_union(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    op_method(vm, args, BinaryOp::Or, false)
}
fn m_intersection(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    op_method(vm, args, BinaryOp::And, false)
}
fn m_difference(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    op_method(vm, args, BinaryOp::Subtract, false)
}
fn m_symmetric_difference(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    op_method(vm, args, BinaryOp::Xor, false)
}
fn m_update(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    op_method(vm, args, BinaryOp::Or, true)
}
fn m_intersection_update(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    op_method(vm, args, BinaryOp::And, true)
}
fn m_difference_update(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    op_method(vm, args, BinaryOp::Subtract, true)
}
fn m_symmetric_difference_update(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    op_method(vm, args, BinaryOp::Xor, true)
}

fn m_issubset(vm: &mut Vm, v: Value, other: Value) -> PyResult<Value> {
    let s = this_set(vm, v)?;
    let o = from_iterable(vm, other, false)?;
    Ok(Value::from_bool(is_subset(vm, s, o)?))
}

fn m_issuperset(vm: &mut Vm, v: Value, other: Value) -> PyResult<Value> {
    let s = this_set(vm, v)?;
    let o = from_iterable(vm, other, false)?;
    Ok(Value::from_bool(is_subset(vm, o, s)?))
}

fn m_isdisjoint(vm: &mut Vm, v: Value, other: Value) -> PyResult<Value> {
    let s = this_set(vm, v)?;
    for x in vm.iter_to_vec(other)? {
        if contains(vm, s, x)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

static ADD: BuiltinFn = BuiltinFn::f2(q::add, m_add);
static DISCARD: BuiltinFn = BuiltinFn::f2(q::discard, m_discard);
static REMOVE: BuiltinFn = BuiltinFn::f2(q::remove, m_remove);
static POP: BuiltinFn = BuiltinFn::f1(q::pop, m_pop);
static CLEAR: BuiltinFn = BuiltinFn::f1(q::clear, m_clear);
static COPY: BuiltinFn = BuiltinFn::f1(q::copy, m_copy);
static UNION: BuiltinFn = BuiltinFn::var(q::union, 1, 255, m_union);
static INTERSECTION: BuiltinFn = BuiltinFn::var(q::intersection, 1, 255, m_intersection);
static DIFFERENCE: BuiltinFn = BuiltinFn::var(q::difference, 1, 255, m_difference);
static SYMMETRIC_DIFFERENCE: BuiltinFn =
    BuiltinFn::var(q::symmetric_difference, 2, 2, m_symmetric_difference);
static UPDATE: BuiltinFn = BuiltinFn::var(q::update, 1, 255, m_update);
static INTERSECTION_UPDATE: BuiltinFn = BuiltinFn::var(q::intersection_update, 1, 255, m_intersection_update);
static DIFFERENCE_UPDATE: BuiltinFn = BuiltinFn::var(q::difference_update, 1, 255, m_difference_update);
static SYMMETRIC_DIFFERENCE_UPDATE: BuiltinFn =
    BuiltinFn::var(q::symmetric_difference_update, 2, 2, m_symmetric_difference_update);
static ISSUBSET: BuiltinFn = BuiltinFn::f2(q::issubset, m_issubset);
static ISSUPERSET: BuiltinFn = BuiltinFn::f2(q::issuperset, m_issuperset);
static ISDISJOINT: BuiltinFn = BuiltinFn::f2(q::isdisjoint, m_isdisjoint);

static INIT: BuiltinFn = BuiltinFn::kw(q::__init__, m_init);

static SET_LOCALS: [(Qstr, Value); 18] = [
    (q::__init__, Value::from_static(&INIT)),
    (q::add, Value::from_static(&ADD)),
    (q::discard, Value::from_static(&DISCARD)),
    (q::remove, Value::from_static(&REMOVE)),
    (q::pop, Value::from_static(&POP)),
    (q::clear, Value::from_static(&CLEAR)),
    (q::copy, Value::from_static(&COPY)),
    (q::union, Value::from_static(&UNION)),
    (q::intersection, Value::from_static(&INTERSECTION)),
    (q::difference, Value::from_static(&DIFFERENCE)),
    (q::symmetric_difference, Value::from_static(&SYMMETRIC_DIFFERENCE)),
    (q::update, Value::from_static(&UPDATE)),
    (q::intersection_update, Value::from_static(&INTERSECTION_UPDATE)),
    (q::difference_update, Value::from_static(&DIFFERENCE_UPDATE)),
    (q::symmetric_difference_update, Value::from_static(&SYMMETRIC_DIFFERENCE_UPDATE)),
    (q::issubset, Value::from_static(&ISSUBSET)),
    (q::issuperset, Value::from_static(&ISSUPERSET)),
    (q::isdisjoint, Value::from_static(&ISDISJOINT)),
];

static FROZENSET_LOCALS: [(Qstr, Value); 8] = [
    (q::copy, Value::from_static(&COPY)),
    (q::union, Value::from_static(&UNION)),
    (q::intersection, Value::from_static(&INTERSECTION)),
    (q::difference, Value::from_static(&DIFFERENCE)),
    (q::symmetric_difference, Value::from_static(&SYMMETRIC_DIFFERENCE)),
    (q::issubset, Value::from_static(&ISSUBSET)),
    (q::issuperset, Value::from_static(&ISSUPERSET)),
    (q::isdisjoint, Value::from_static(&ISDISJOINT)),
];
