//! `tuple`: an immutable sequence with its items stored inline after the header.

use alloc::string::String;
use core::mem::size_of;

use super::{iter, seq, slice, ObjHeader, PrintKind, Subscr, Type, UnaryOp};
use crate::bytecode::opcodes::BinaryOp;
use crate::gc::Marker;
use crate::obj::flags;
use crate::qstr::q;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

#[repr(C)]
pub struct TupleObj {
    pub header: ObjHeader,
    pub len: usize,
}

pub static TUPLE_TYPE: Type = Type {
    flags: flags::BASETYPE,
    locals: super::Locals::Static(&TUPLE_LOCALS),
    make_new: Some(tuple_make_new),
    print: Some(tuple_print),
    unary: Some(tuple_unary),
    binary: Some(tuple_binary),
    subscr: Some(tuple_subscr),
    iter: Some(iter::seq_iter),
    contains: Some(tuple_contains),
    trace: Some(trace_tuple),
    ..Type::builtin(q::tuple)
};

pub static EMPTY_TUPLE: TupleObj = TupleObj { header: ObjHeader::of(&TUPLE_TYPE), len: 0 };

static TUPLE_LOCALS: [(crate::qstr::Qstr, Value); 2] = [
    (q::count, Value::from_static(&super::list::SEQ_COUNT)),
    (q::index, Value::from_static(&super::list::SEQ_INDEX)),
];

fn trace_tuple(v: Value, m: &mut Marker) {
    m.mark_all(items(v));
}

/// A new tuple holding `values`.
pub fn new(vm: &mut Vm, values: &[Value]) -> PyResult<Value> {
    if values.is_empty() {
        return Ok(Value::from_static(&EMPTY_TUPLE));
    }
    let p = vm.alloc_obj::<TupleObj>(&TUPLE_TYPE, core::mem::size_of_val(values))?;
    // SAFETY: `p` is a fresh allocation with room for the header and `values.len()` items.
    unsafe {
        (*p).len = values.len();
        core::ptr::copy_nonoverlapping(values.as_ptr(), (p as *mut Value).add(2), values.len());
    }
    Ok(Value::from_ptr(p))
}

/// A new tuple of `n` items, all `None`, for the caller to fill with [`set_item`].
pub fn new_filled(vm: &mut Vm, n: usize) -> PyResult<Value> {
    if n == 0 {
        return Ok(Value::from_static(&EMPTY_TUPLE));
    }
    let bytes = n.checked_mul(size_of::<Value>()).ok_or_else(|| vm.memory_error(usize::MAX))?;
    let p = vm.alloc_obj::<TupleObj>(&TUPLE_TYPE, bytes)?;
    // SAFETY: fresh allocation with room for `n` items.
    unsafe {
        (*p).len = n;
        let items = (p as *mut Value).add(2);
        for i in 0..n {
            *items.add(i) = Value::NONE;
        }
    }
    Ok(Value::from_ptr(p))
}

/// Sets an item of a tuple under construction (never one visible to Python yet).
pub fn set_item(t: Value, i: usize, v: Value) {
    let len = items(t).len();
    if i < len {
        // SAFETY: i < len, within the inline items of a heap tuple (len > 0 ⇒ not the static empty one).
        unsafe { *(t.as_ptr::<Value>()).add(2 + i) = v };
    }
}

/// The items of a tuple. The caller has checked that `t` is a tuple (exact or native part).
#[inline]
pub fn items<'a>(t: Value) -> &'a [Value] {
    // SAFETY: `t` points to a live tuple whose `len` items follow the two header words.
    unsafe {
        let obj = t.as_ptr::<TupleObj>();
        core::slice::from_raw_parts((obj as *const Value).add(2), (*obj).len)
    }
}

/// Whether `v` is a tuple (or an instance of a tuple subclass, whose native part is one).
pub fn is_tuple(vm: &Vm, v: Value) -> bool {
    v.is_exact(&TUPLE_TYPE) || vm.native_of(v, &TUPLE_TYPE).is_some()
}

fn tuple_make_new(vm: &mut Vm, ty: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    vm.check_args("tuple", args, kw, 0, 1)?;
    let t = match args.first() {
        None => Value::from_static(&EMPTY_TUPLE),
        Some(&a) if a.is_exact(&TUPLE_TYPE) => a,
        Some(&a) => {
            let items = vm.iter_to_vec(a)?;
            new(vm, &items)?
        }
    };
    vm.wrap_native_subclass(ty, &TUPLE_TYPE, t)
}

pub fn print_items(vm: &mut Vm, items: &[Value], out: &mut String, open: &str, close: &str) -> PyResult<()> {
    out.push_str(open);
    let items = items.to_vec();
    for (i, &v) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        vm.print_value(v, out, PrintKind::Repr)?;
    }
    out.push_str(close);
    Ok(())
}

fn tuple_print(vm: &mut Vm, v: Value, out: &mut String, _kind: PrintKind) -> PyResult<()> {
    let items = items(v);
    if items.len() == 1 {
        out.push('(');
        vm.print_value(items[0], out, PrintKind::Repr)?;
        out.push_str(",)");
        Ok(())
    } else {
        print_items(vm, items, out, "(", ")")
    }
}

/// Hash of a sequence of values (xxHash-style mixing as CPython's tuple hash does, so equal
/// tuples hash equal and small permutations differ).
pub fn hash_items(vm: &mut Vm, items: &[Value]) -> PyResult<usize> {
    let mut acc: u64 = 0x27D4_EB2F_1656_67C5;
    for &v in items.to_vec().iter() {
        let h = vm.hash(v)? as u64;
        acc = acc.wrapping_add(h.wrapping_mul(0xC2B2_AE3D_27D4_EB4F));
        acc = acc.rotate_left(31).wrapping_mul(0x9E37_79B1_85EB_CA87);
    }
    acc = acc.wrapping_add(items.len() as u64 ^ 0x27D4_EB2F_1656_67C5 ^ 3_527_539);
    Ok(acc as usize)
}

fn tuple_unary(vm: &mut Vm, op: UnaryOp, v: Value) -> PyResult<Option<Value>> {
    let items = items(v);
    Ok(match op {
        UnaryOp::Bool => Some(Value::from_bool(!items.is_empty())),
        UnaryOp::Len => Some(Value::small_int(items.len() as isize)),
        UnaryOp::Hash => Some(super::int::hash_value(hash_items(vm, items)? as u64)),
        _ => None,
    })
}

fn tuple_binary(
    vm: &mut Vm,
    op: BinaryOp,
    this: Value,
    other: Value,
    swapped: bool,
) -> PyResult<Option<Value>> {
    match op {
        BinaryOp::Add | BinaryOp::InplaceAdd if !swapped => {
            let Some(other) = vm.native_of(other, &TUPLE_TYPE) else { return Ok(None) };
            let mut all = items(this).to_vec();
            all.extend_from_slice(items(other));
            new(vm, &all).map(Some)
        }
        BinaryOp::Multiply | BinaryOp::InplaceMultiply => {
            let bytes = core::mem::size_of_val(items(this));
            let Some(n) = seq::repeat_count(vm, other, bytes)? else { return Ok(None) };
            let src = items(this).to_vec();
            let mut all = alloc::vec::Vec::with_capacity(src.len() * n);
            for _ in 0..n {
                all.extend_from_slice(&src);
            }
            new(vm, &all).map(Some)
        }
        BinaryOp::Equal
        | BinaryOp::NotEqual
        | BinaryOp::Less
        | BinaryOp::LessEqual
        | BinaryOp::More
        | BinaryOp::MoreEqual => {
            let Some(other) = vm.native_of(other, &TUPLE_TYPE) else { return Ok(None) };
            seq::compare(vm, op, items(this), items(other)).map(|b| Some(Value::from_bool(b)))
        }
        _ => Ok(None),
    }
}

fn tuple_subscr(vm: &mut Vm, t: Value, index: Value, op: Subscr) -> PyResult<Value> {
    if op != Subscr::Load {
        return Err(vm.type_error("'tuple' object doesn't support item assignment"));
    }
    let items = items(t);
    if slice::is_slice(index) {
        let r = seq::slice_range(vm, index, items.len())?;
        let picked: alloc::vec::Vec<Value> = r.indices().map(|i| items[i]).collect();
        return new(vm, &picked);
    }
    let i = seq::index(vm, index, items.len(), "tuple")?;
    Ok(items[i])
}

fn tuple_contains(vm: &mut Vm, t: Value, item: Value) -> PyResult<bool> {
    // A tuple never changes, and the caller keeps it alive: its items can be read in place
    // while `__eq__` runs.
    for i in 0..items(t).len() {
        let v = items(t)[i];
        if v == item || vm.eq(v, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}
