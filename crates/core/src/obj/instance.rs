//! Instances of classes defined in Python, and the generic behaviour of such classes: every
//! slot looks up the corresponding special method (`__len__`, `__add__`, ...) in the class and
//! calls it, falling back to the native base type when the class derives from a built-in type.
//!
//! An instance of a class derived from a built-in type (`list`, `dict`, `Exception`, ...) holds
//! an object of that type as its "native part" (MicroPython's scheme): built-in methods found
//! through the class operate on it.

use alloc::string::String;

use super::map::{self, Map};
use super::{exception, ObjHeader, PrintKind, Subscr, Type, UnaryOp};
use crate::bytecode::opcodes::BinaryOp;
use crate::gc::Marker;
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

#[repr(C)]
pub struct InstanceObj {
    pub header: ObjHeader,
    /// Instance attributes.
    pub map: Map,
    /// The built-in base's object, NULL if the class derives from `object` only.
    pub native: Value,
}

pub fn trace_instance(v: Value, m: &mut Marker) {
    let i = get(v);
    map::trace(&i.map, m);
    m.mark(i.native);
}

#[inline(always)]
pub fn get<'a>(v: Value) -> &'a mut InstanceObj {
    // SAFETY: callers pass an instance of a class; short borrows only.
    unsafe { &mut *v.as_ptr::<InstanceObj>() }
}

/// The attribute map of an instance.
#[inline(always)]
pub fn map_of(v: Value) -> *mut Map {
    &mut get(v).map as *mut Map
}

/// The native part of an instance (NULL if none).
#[inline]
pub fn native(v: Value) -> Value {
    get(v).native
}

/// Allocates an instance of class `cls` with native part `native`.
pub fn new(vm: &mut Vm, cls: Value, native: Value) -> PyResult<Value> {
    let p = vm.alloc_obj::<InstanceObj>(cls.as_ptr(), 0)?;
    // SAFETY: fresh allocation.
    unsafe { (*p).native = native };
    Ok(Value::from_ptr(p))
}

/// Looks up a special method in the instance's class (not in the instance itself, as Python
/// does for implicit special-method calls).
fn special(vm: &mut Vm, obj: Value, name: Qstr) -> Option<Value> {
    let cls = Value::from_ptr(vm.type_of(obj) as *const Type);
    vm.lookup_class_attr_python(cls, name)
}

/// Calls special method `name` on `obj` with `args` if the class defines it.
fn call_special(vm: &mut Vm, obj: Value, name: Qstr, args: &[Value]) -> PyResult<Option<Value>> {
    let Some(f) = special(vm, obj, name) else { return Ok(None) };
    let mut all = alloc::vec::Vec::with_capacity(args.len() + 1);
    all.push(obj);
    all.extend_from_slice(args);
    vm.call_descriptor(f, obj, &all[1..]).map(Some)
}

fn native_type(vm: &Vm, obj: Value) -> Option<&'static Type> {
    let n = native(obj);
    if n.is_null() {
        None
    } else {
        Some(vm.type_of(n))
    }
}

pub fn instance_print(vm: &mut Vm, v: Value, out: &mut String, kind: PrintKind) -> PyResult<()> {
    let names: &[Qstr] = if kind == PrintKind::Str { &[q::__str__, q::__repr__] } else { &[q::__repr__] };
    for &name in names {
        if let Some(r) = call_special(vm, v, name, &[])? {
            let Some(s) = vm.text_of(r) else {
                return Err(vm.type_error("__str__ returned non-string"));
            };
            out.push_str(s);
            return Ok(());
        }
    }
    let cls_name = vm.qstr_str(vm.type_of(v).name);
    if exception::is_exception(vm, v) {
        let native = native(v);
        if kind == PrintKind::Repr {
            out.push_str(cls_name);
            let args = exception::args(vm, v);
            let items = super::tuple::items(args);
            if items.len() == 1 {
                out.push('(');
                vm.print_value(items[0], out, PrintKind::Repr)?;
                out.push(')');
                return Ok(());
            }
            return vm.print_value(args, out, PrintKind::Repr);
        }
        return vm.print_value(native, out, kind);
    }
    if let Some(nt) = native_type(vm, v) {
        if let Some(p) = nt.print {
            return p(vm, native(v), out, kind);
        }
    }
    out.push_str(&alloc::format!("<{cls_name} object at 0x{:x}>", v.bits()));
    Ok(())
}

pub fn instance_call(vm: &mut Vm, callee: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let Some(f) = special(vm, callee, q::__call__) else {
        let name = vm.qstr_str(vm.type_of(callee).name);
        return Err(vm.type_error(&alloc::format!("'{name}' object isn't callable")));
    };
    let mut all = alloc::vec::Vec::with_capacity(args.len() + 1);
    all.push(callee);
    all.extend_from_slice(args);
    vm.call_kw(f, &all, kw)
}

fn unary_name(op: UnaryOp) -> Qstr {
    match op {
        UnaryOp::Positive => q::__pos__,
        UnaryOp::Negative => q::__neg__,
        UnaryOp::Invert => q::__invert__,
        UnaryOp::Bool => q::__bool__,
        UnaryOp::Len => q::__len__,
        UnaryOp::Hash => q::__hash__,
        UnaryOp::Abs => q::__abs__,
        UnaryOp::Int => q::__int__,
        UnaryOp::Float => q::__float__,
    }
}

pub fn instance_unary(vm: &mut Vm, op: UnaryOp, v: Value) -> PyResult<Option<Value>> {
    let name = unary_name(op);
    if op == UnaryOp::Hash {
        match special(vm, v, q::__hash__) {
            Some(f) if f.is_none() => return Err(vm.type_error("unhashable type")),
            Some(f) => {
                let h = vm.call_descriptor(f, v, &[])?;
                if !vm.is_int(h) {
                    return Err(vm.type_error("__hash__ method should return an integer"));
                }
                // The int's own hash keeps any int (also a big one) in the hash range.
                let h = vm.hash(h)?;
                return Ok(Some(Value::small_int(h)));
            }
            None if special(vm, v, q::__eq__).is_some() => return Err(vm.type_error("unhashable type")),
            None => {}
        }
    } else if let Some(r) = call_special(vm, v, name, &[])? {
        if op == UnaryOp::Bool && !r.is_bool() {
            return Err(vm.type_error("__bool__ should return bool"));
        }
        check_conversion(vm, op, r)?;
        return Ok(Some(r));
    }
    if op == UnaryOp::Int {
        if let Some(r) = call_special(vm, v, q::__index__, &[])? {
            check_conversion(vm, op, r)?;
            return Ok(Some(r));
        }
    }
    if op == UnaryOp::Bool {
        if let Some(n) = call_special(vm, v, q::__len__, &[])? {
            return Ok(Some(Value::from_bool(vm.to_i64(n)? != 0)));
        }
    }
    if let Some(nt) = native_type(vm, v) {
        if let Some(u) = nt.unary {
            if op != UnaryOp::Hash {
                return u(vm, op, native(v));
            }
        }
    }
    Ok(match op {
        UnaryOp::Bool => Some(Value::TRUE),
        UnaryOp::Hash => Some(Value::small_int((v.bits() >> 4) as isize)),
        _ => None,
    })
}

/// `__int__`/`__index__` must return an int and `__float__` a float.
fn check_conversion(vm: &mut Vm, op: UnaryOp, r: Value) -> PyResult<()> {
    let (ty, what): (&'static Type, &str) = match op {
        UnaryOp::Int => (&super::int::INT_TYPE, "int"),
        UnaryOp::Float => (&super::float::FLOAT_TYPE, "float"),
        _ => return Ok(()),
    };
    if vm.is_subclass_of_static(vm.type_of(r), ty) {
        return Ok(());
    }
    let t = vm.type_name(r);
    Err(vm.type_error(&alloc::format!("__{what}__ returned non-{what} (type {t})")))
}

/// The special method names of a binary operator: (plain, reflected, in-place).
fn binary_names(op: BinaryOp) -> (Qstr, Qstr, Qstr) {
    use BinaryOp::*;
    match op.non_inplace() {
        Add => (q::__add__, q::__radd__, q::__iadd__),
        Subtract => (q::__sub__, q::__rsub__, q::__isub__),
        Multiply => (q::__mul__, q::__rmul__, q::__imul__),
        MatMultiply => (q::__matmul__, q::__rmatmul__, q::__imatmul__),
        FloorDivide => (q::__floordiv__, q::__rfloordiv__, q::__ifloordiv__),
        TrueDivide => (q::__truediv__, q::__rtruediv__, q::__itruediv__),
        Modulo => (q::__mod__, q::__rmod__, q::__imod__),
        Power => (q::__pow__, q::__rpow__, q::__ipow__),
        Lshift => (q::__lshift__, q::__rlshift__, q::__ilshift__),
        Rshift => (q::__rshift__, q::__rrshift__, q::__irshift__),
        And => (q::__and__, q::__rand__, q::__iand__),
        Or => (q::__or__, q::__ror__, q::__ior__),
        Xor => (q::__xor__, q::__rxor__, q::__ixor__),
        Less => (q::__lt__, q::__gt__, Qstr::NULL),
        More => (q::__gt__, q::__lt__, Qstr::NULL),
        LessEqual => (q::__le__, q::__ge__, Qstr::NULL),
        MoreEqual => (q::__ge__, q::__le__, Qstr::NULL),
        Equal => (q::__eq__, q::__eq__, Qstr::NULL),
        NotEqual => (q::__ne__, q::__ne__, Qstr::NULL),
        _ => (Qstr::NULL, Qstr::NULL, Qstr::NULL),
    }
}

pub fn instance_binary(
    vm: &mut Vm,
    op: BinaryOp,
    this: Value,
    other: Value,
    swapped: bool,
) -> PyResult<Option<Value>> {
    let (plain, reflected, inplace) = binary_names(op);
    let is_inplace = op != op.non_inplace();
    let candidates: &[Qstr] = if swapped {
        &[reflected]
    } else if is_inplace {
        &[inplace, plain]
    } else {
        &[plain]
    };
    for &name in candidates {
        if name == Qstr::NULL {
            continue;
        }
        if let Some(r) = call_special(vm, this, name, &[other])? {
            if r != Value::NOT_IMPLEMENTED {
                return Ok(Some(r));
            }
        }
    }
    if op == BinaryOp::NotEqual {
        if let Some(r) = call_special(vm, this, q::__eq__, &[other])? {
            if r != Value::NOT_IMPLEMENTED {
                return Ok(Some(Value::from_bool(!vm.is_true(r)?)));
            }
        }
    }
    if let Some(nt) = native_type(vm, this) {
        if let Some(b) = nt.binary {
            let other_native =
                if vm.type_of(other).is_class() && !native(other).is_null() { native(other) } else { other };
            return b(vm, op, native(this), other_native, swapped);
        }
    }
    Ok(None)
}

pub fn instance_subscr(vm: &mut Vm, v: Value, index: Value, op: Subscr) -> PyResult<Value> {
    let r = match op {
        Subscr::Load => call_special(vm, v, q::__getitem__, &[index])?,
        Subscr::Store(x) => call_special(vm, v, q::__setitem__, &[index, x])?,
        Subscr::Delete => call_special(vm, v, q::__delitem__, &[index])?,
    };
    if let Some(r) = r {
        return Ok(r);
    }
    if let Some(nt) = native_type(vm, v) {
        if let Some(s) = nt.subscr {
            let r = s(vm, native(v), index, op);
            if r.is_err() && op == Subscr::Load && vm.exc_matches(&exception::KEY_ERROR_TYPE) {
                if let Some(missing) = special(vm, v, q::__missing__) {
                    vm.take_exc();
                    return vm.call_descriptor(missing, v, &[index]);
                }
            }
            return r;
        }
    }
    let name = vm.qstr_str(vm.type_of(v).name);
    Err(vm.type_error(&alloc::format!("'{name}' object isn't subscriptable")))
}

pub fn instance_iter(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if let Some(r) = call_special(vm, v, q::__iter__, &[])? {
        let rt = vm.type_of(r);
        if rt.iternext.is_none() && rt.flags & crate::obj::flags::ITER_IS_SELF == 0 {
            let t = vm.type_name(r);
            return Err(vm.type_error(&alloc::format!("iter() returned non-iterator of type '{t}'")));
        }
        return Ok(r);
    }
    if special(vm, v, q::__getitem__).is_some() {
        return super::iter::seq_iter(vm, v);
    }
    if let Some(nt) = native_type(vm, v) {
        if nt.flags & crate::obj::flags::ITER_IS_SELF != 0 {
            return Ok(v);
        }
        if let Some(i) = nt.iter {
            return i(vm, native(v));
        }
    }
    let name = vm.qstr_str(vm.type_of(v).name);
    Err(vm.type_error(&alloc::format!("'{name}' object isn't iterable")))
}

pub fn instance_iternext(vm: &mut Vm, v: Value) -> PyResult<Option<Value>> {
    let Some(f) = special(vm, v, q::__next__) else {
        if let Some(nt) = native_type(vm, v) {
            if let Some(n) = nt.iternext {
                return n(vm, native(v));
            }
        }
        let name = vm.qstr_str(vm.type_of(v).name);
        return Err(vm.type_error(&alloc::format!("'{name}' object isn't an iterator")));
    };
    match vm.call_descriptor(f, v, &[]) {
        Ok(x) => Ok(Some(x)),
        Err(e) => {
            if vm.exc_matches(&exception::STOP_ITERATION_TYPE) {
                let e = vm.take_exc();
                if !super::tuple::items(exception::args(vm, e)).is_empty() {
                    vm.stop_exc = e;
                }
                Ok(None)
            } else {
                Err(e)
            }
        }
    }
}

pub fn instance_contains(vm: &mut Vm, v: Value, item: Value) -> PyResult<bool> {
    if let Some(r) = call_special(vm, v, q::__contains__, &[item])? {
        return vm.is_true(r);
    }
    if let Some(nt) = native_type(vm, v) {
        if let Some(c) = nt.contains {
            return c(vm, native(v), item);
        }
    }
    let it = vm.get_iter(v)?;
    while let Some(x) = vm.iter_next(it)? {
        if x == item || vm.eq(x, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Reads an attribute from the instance's own map.
#[inline]
pub fn own_attr(vm: &Vm, v: Value, name: Qstr) -> Option<Value> {
    map::lookup_qstr(vm, map_of(v), name)
}

pub fn set_own_attr(vm: &mut Vm, v: Value, name: Qstr, value: Value) -> PyResult<()> {
    map::store_qstr(vm, map_of(v), name, value)
}

pub fn del_own_attr(vm: &mut Vm, v: Value, name: Qstr) -> PyResult<bool> {
    Ok(map::remove(vm, map_of(v), Value::qstr(name))?.is_some())
}
