//! `super`: `super(cls, obj)` (the compiler passes `__class__` and `self` for a bare
//! `super()`), whose attribute lookup starts after `cls` in the MRO of `obj`'s type.

use alloc::string::String;

use crate::gc::Marker;
use crate::obj::{type_, ObjHeader, PrintKind, Type};
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

#[repr(C)]
struct SuperObj {
    header: ObjHeader,
    cls: Value,
    obj: Value,
}

pub static SUPER_TYPE: Type = Type {
    flags: crate::obj::flags::ATTR_FIRST,
    make_new: Some(super_new),
    print: Some(super_print),
    attr: Some(super_attr),
    trace: Some(trace_super),
    ..Type::builtin(q::super_)
};

fn parts(v: Value) -> (Value, Value) {
    // SAFETY: `v` is a super object.
    unsafe { ((*v.as_ptr::<SuperObj>()).cls, (*v.as_ptr::<SuperObj>()).obj) }
}

fn trace_super(v: Value, m: &mut Marker) {
    let (c, o) = parts(v);
    m.mark(c);
    m.mark(o);
}

fn super_new(vm: &mut Vm, _ty: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    vm.check_args("super", args, kw, 0, 2)?;
    let (cls, obj) = match *args {
        [cls, obj] => (cls, obj),
        _ => return Err(vm.runtime_error("super(): no arguments")),
    };
    if !type_::is_type(vm, cls) {
        return Err(vm.type_error("super() argument 1 must be type"));
    }
    let obj_cls = if type_::is_type(vm, obj) { obj } else { Value::from_ptr(vm.type_of(obj) as *const Type) };
    if !vm.is_subclass(obj_cls, cls) && !vm.isinstance(obj, cls)? {
        return Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type"));
    }
    let p = vm.alloc_obj::<SuperObj>(&SUPER_TYPE, 0)?;
    // SAFETY: fresh allocation.
    unsafe {
        (*p).cls = cls;
        (*p).obj = obj;
    }
    Ok(Value::from_ptr(p))
}

fn super_print(vm: &mut Vm, v: Value, out: &mut String, _kind: PrintKind) -> PyResult<()> {
    let (c, _) = parts(v);
    out.push_str("<super: <class '");
    out.push_str(vm.qstr_str(crate::obj::type_::get(c).name));
    out.push_str("'>, <");
    let (_, o) = parts(v);
    out.push_str(vm.type_name(o));
    out.push_str(" object>>");
    Ok(())
}

fn super_attr(vm: &mut Vm, v: Value, attr: Qstr) -> PyResult<Option<Value>> {
    let (cls, obj) = parts(v);
    match vm.super_lookup(cls, obj, attr)? {
        None => Ok(None),
        Some((f, s)) if s.is_null() => Ok(Some(f)),
        Some((f, s)) => crate::obj::boundmeth::new(vm, f, s).map(Some),
    }
}
