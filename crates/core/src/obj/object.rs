//! `object`: the root of every class. Bare `object()` instances are plain instances with no
//! native part.

use super::builtin_fn::BuiltinFn;
use super::{instance, Type};
use crate::obj::flags;
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub static OBJECT_TYPE: Type = Type {
    flags: flags::BASETYPE,
    base: Value::NULL,
    locals: super::Locals::Static(&OBJECT_LOCALS),
    make_new: Some(object_make_new),
    print: Some(instance::instance_print),
    trace: Some(instance::trace_instance),
    ..Type::builtin(q::object)
};

fn object_make_new(vm: &mut Vm, ty: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    vm.check_args("object", args, kw, 0, 0)?;
    instance::new(vm, ty, Value::NULL)
}

fn m_init(_vm: &mut Vm, _args: &[Value]) -> PyResult<Value> {
    Ok(Value::NONE)
}

fn m_new(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let cls = args[0];
    if !super::type_::is_type(vm, cls) {
        return Err(vm.type_error("object.__new__(X): X is not a type object"));
    }
    if !super::type_::get(cls).is_class() && cls != Value::from_static(&OBJECT_TYPE) {
        return Err(vm.type_error("object.__new__() not safe, use the type's own __new__()"));
    }
    let native = match super::type_::native_base(cls) {
        Some(nt) => match nt.make_new {
            Some(f) => f(vm, Value::from_ptr(nt as *const Type), &args[1..], &[])?,
            None => Value::NULL,
        },
        None => Value::NULL,
    };
    instance::new(vm, cls, native)
}

fn m_setattr(vm: &mut Vm, obj: Value, name: Value, value: Value) -> PyResult<Value> {
    let name = vm.to_qstr(name)?;
    vm.store_attr_generic(obj, name, value)?;
    Ok(Value::NONE)
}

fn m_delattr(vm: &mut Vm, obj: Value, name: Value) -> PyResult<Value> {
    let name = vm.to_qstr(name)?;
    vm.store_attr_generic(obj, name, Value::NULL)?;
    Ok(Value::NONE)
}

fn m_getattribute(vm: &mut Vm, obj: Value, name: Value) -> PyResult<Value> {
    let name = vm.to_qstr(name)?;
    match vm.load_attr_generic(obj, name)? {
        Some(v) => Ok(v),
        None => Err(vm.attribute_error_for(obj, name)),
    }
}

fn m_eq(_vm: &mut Vm, a: Value, b: Value) -> PyResult<Value> {
    Ok(if a == b { Value::TRUE } else { Value::NOT_IMPLEMENTED })
}

fn m_ne(_vm: &mut Vm, a: Value, b: Value) -> PyResult<Value> {
    Ok(if a == b { Value::FALSE } else { Value::NOT_IMPLEMENTED })
}

fn m_hash(_vm: &mut Vm, a: Value) -> PyResult<Value> {
    Ok(Value::small_int((a.bits() >> 4) as isize))
}

fn m_repr(vm: &mut Vm, a: Value) -> PyResult<Value> {
    let name = vm.qstr_str(vm.type_of(a).name);
    super::str::from_string(vm, alloc::format!("<{name} object at 0x{:x}>", a.bits()))
}

fn m_str(vm: &mut Vm, a: Value) -> PyResult<Value> {
    vm.repr(a)
}

static INIT: BuiltinFn = BuiltinFn::var(q::__init__, 1, 255, m_init);
static NEW: BuiltinFn = BuiltinFn::var(q::__new__, 1, 255, m_new);
static NEW_SM: super::property::ClassMethod = super::property::ClassMethod::new_static_method(&NEW);
static SETATTR: BuiltinFn = BuiltinFn::f3(q::__setattr__, m_setattr);
static DELATTR: BuiltinFn = BuiltinFn::f2(q::__delattr__, m_delattr);
static GETATTRIBUTE: BuiltinFn = BuiltinFn::f2(q::__getattribute__, m_getattribute);
static EQ: BuiltinFn = BuiltinFn::f2(q::__eq__, m_eq);
static NE: BuiltinFn = BuiltinFn::f2(q::__ne__, m_ne);
static HASH: BuiltinFn = BuiltinFn::f1(q::__hash__, m_hash);
static REPR: BuiltinFn = BuiltinFn::f1(q::__repr__, m_repr);
static STR: BuiltinFn = BuiltinFn::f1(q::__str__, m_str);

static OBJECT_LOCALS: [(Qstr, Value); 10] = [
    (q::__init__, Value::from_static(&INIT)),
    (q::__new__, Value::from_static(&NEW_SM)),
    (q::__setattr__, Value::from_static(&SETATTR)),
    (q::__delattr__, Value::from_static(&DELATTR)),
    (q::__getattribute__, Value::from_static(&GETATTRIBUTE)),
    (q::__eq__, Value::from_static(&EQ)),
    (q::__ne__, Value::from_static(&NE)),
    (q::__hash__, Value::from_static(&HASH)),
    (q::__repr__, Value::from_static(&REPR)),
    (q::__str__, Value::from_static(&STR)),
];
