//! Descriptors from the builtins: `property`, `staticmethod` and `classmethod`. Attribute
//! lookup (`vm/attr.rs`) recognises them when it finds them in a class.

use super::{ObjHeader, Type};
use crate::gc::Marker;
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

#[repr(C)]
pub struct Property {
    pub header: ObjHeader,
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
}

/// `staticmethod(f)` and `classmethod(f)` share this layout.
#[repr(C)]
pub struct ClassMethod {
    pub header: ObjHeader,
    pub func: Value,
}

impl ClassMethod {
    /// A classmethod wrapping a static builtin (for built-in types' method tables).
    pub const fn new_static<T>(func: &'static T) -> ClassMethod {
        ClassMethod { header: ObjHeader::of(&CLASSMETHOD_TYPE), func: Value::from_static(func) }
    }

    pub const fn new_static_method<T>(func: &'static T) -> ClassMethod {
        ClassMethod { header: ObjHeader::of(&STATICMETHOD_TYPE), func: Value::from_static(func) }
    }
}

pub static PROPERTY_TYPE: Type = Type {
    locals: super::Locals::Static(&PROPERTY_LOCALS),
    make_new: Some(property_new),
    attr: Some(property_attr),
    trace: Some(trace_property),
    ..Type::builtin(q::property)
};

pub static STATICMETHOD_TYPE: Type = Type {
    make_new: Some(staticmethod_new),
    attr: Some(wrapper_attr),
    trace: Some(trace_wrapper),
    ..Type::builtin(q::staticmethod)
};

pub static CLASSMETHOD_TYPE: Type = Type {
    make_new: Some(classmethod_new),
    attr: Some(wrapper_attr),
    trace: Some(trace_wrapper),
    ..Type::builtin(q::classmethod)
};

fn trace_property(v: Value, m: &mut Marker) {
    let p = get_property(v);
    m.mark(p.fget);
    m.mark(p.fset);
    m.mark(p.fdel);
}

fn trace_wrapper(v: Value, m: &mut Marker) {
    m.mark(wrapped(v));
}

pub fn get_property<'a>(v: Value) -> &'a Property {
    // SAFETY: callers have checked that `v` is a property.
    unsafe { &*v.as_ptr::<Property>() }
}

/// The function inside a staticmethod or classmethod.
pub fn wrapped(v: Value) -> Value {
    // SAFETY: callers have checked that `v` is a staticmethod or classmethod.
    unsafe { (*v.as_ptr::<ClassMethod>()).func }
}

fn new_property(vm: &mut Vm, fget: Value, fset: Value, fdel: Value) -> PyResult<Value> {
    let p = vm.alloc_obj::<Property>(&PROPERTY_TYPE, 0)?;
    // SAFETY: fresh allocation.
    unsafe {
        (*p).fget = fget;
        (*p).fset = fset;
        (*p).fdel = fdel;
    }
    Ok(Value::from_ptr(p))
}

fn property_new(vm: &mut Vm, _ty: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let mut slots = [Value::NONE; 4];
    for (i, &a) in args.iter().enumerate().take(4) {
        slots[i] = a;
    }
    if args.len() > 4 {
        return Err(vm.type_error("property expected at most 4 arguments"));
    }
    for pair in kw.chunks(2) {
        match vm.qstr_of(pair[0]) {
            Some(q::fget) => slots[0] = pair[1],
            Some(q::fset) => slots[1] = pair[1],
            Some(q::fdel) => slots[2] = pair[1],
            Some(q::doc) => slots[3] = pair[1],
            _ => return Err(vm.type_error("unexpected keyword argument")),
        }
    }
    new_property(vm, slots[0], slots[1], slots[2])
}

fn property_attr(vm: &mut Vm, v: Value, attr: Qstr) -> PyResult<Option<Value>> {
    let p = get_property(v);
    let _ = vm;
    Ok(match attr {
        q::fget => Some(p.fget),
        q::fset => Some(p.fset),
        q::fdel => Some(p.fdel),
        _ => None,
    })
}

fn replace(vm: &mut Vm, v: Value, which: usize, f: Value) -> PyResult<Value> {
    let p = get_property(v);
    let mut slots = [p.fget, p.fset, p.fdel];
    slots[which] = f;
    new_property(vm, slots[0], slots[1], slots[2])
}

fn m_getter(vm: &mut Vm, v: Value, f: Value) -> PyResult<Value> {
    replace(vm, v, 0, f)
}

fn m_setter(vm: &mut Vm, v: Value, f: Value) -> PyResult<Value> {
    replace(vm, v, 1, f)
}

fn m_deleter(vm: &mut Vm, v: Value, f: Value) -> PyResult<Value> {
    replace(vm, v, 2, f)
}

static GETTER: super::builtin_fn::BuiltinFn = super::builtin_fn::BuiltinFn::f2(q::getter, m_getter);
static SETTER: super::builtin_fn::BuiltinFn = super::builtin_fn::BuiltinFn::f2(q::setter, m_setter);
static DELETER: super::builtin_fn::BuiltinFn = super::builtin_fn::BuiltinFn::f2(q::deleter, m_deleter);

static PROPERTY_LOCALS: [(Qstr, Value); 3] = [
    (q::getter, Value::from_static(&GETTER)),
    (q::setter, Value::from_static(&SETTER)),
    (q::deleter, Value::from_static(&DELETER)),
];

fn new_wrapper(vm: &mut Vm, ty: &'static Type, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    vm.check_args(vm.qstr_str(ty.name), args, kw, 1, 1)?;
    let p = vm.alloc_obj::<ClassMethod>(ty, 0)?;
    // SAFETY: fresh allocation.
    unsafe { (*p).func = args[0] };
    Ok(Value::from_ptr(p))
}

/// `staticmethod(f)`, made by the runtime (a class's `__new__` is one implicitly).
pub fn new_staticmethod(vm: &mut Vm, f: Value) -> PyResult<Value> {
    new_wrapper(vm, &STATICMETHOD_TYPE, &[f], &[])
}

fn staticmethod_new(vm: &mut Vm, _ty: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    new_wrapper(vm, &STATICMETHOD_TYPE, args, kw)
}

fn classmethod_new(vm: &mut Vm, _ty: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    new_wrapper(vm, &CLASSMETHOD_TYPE, args, kw)
}

fn wrapper_attr(_vm: &mut Vm, v: Value, attr: Qstr) -> PyResult<Option<Value>> {
    Ok((attr == q::__func__).then(|| wrapped(v)))
}
