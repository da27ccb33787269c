//! Builtins that inspect objects: `isinstance`, `issubclass`, `getattr` and friends,
//! `callable`, `dir`, `repr`, `vars`, `globals`, `locals`.

use alloc::vec::Vec;

use crate::obj::{dict, instance, list, module, tuple, type_, Locals, Type};
use crate::qstr::q;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn class_check(vm: &mut Vm, t: Value, cls: Value, depth: usize) -> PyResult<bool> {
    if depth > 100 {
        return Err(vm.recursion_error());
    }
    if cls.is_exact(&tuple::TUPLE_TYPE) {
        for &c in tuple::items(cls).to_vec().iter() {
            if class_check(vm, t, c, depth + 1)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if !type_::is_type(vm, cls) {
        return Err(vm.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"));
    }
    Ok(vm.is_subclass(t, cls))
}

pub fn isinstance(vm: &mut Vm, obj: Value, cls: Value) -> PyResult<Value> {
    let t = Value::from_ptr(vm.type_of(obj) as *const Type);
    class_check(vm, t, cls, 0).map(Value::from_bool)
}

pub fn issubclass(vm: &mut Vm, sub: Value, cls: Value) -> PyResult<Value> {
    if !type_::is_type(vm, sub) {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    }
    class_check(vm, sub, cls, 0).map(Value::from_bool)
}

pub fn getattr(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let name = vm.to_qstr(args[1])?;
    match args.get(2) {
        None => vm.load_attr(args[0], name),
        Some(&default) => match vm.load_attr(args[0], name) {
            Ok(v) => Ok(v),
            Err(e) => {
                if vm.exc_matches(&crate::obj::exception::ATTRIBUTE_ERROR_TYPE) {
                    vm.take_exc();
                    Ok(default)
                } else {
                    Err(e)
                }
            }
        },
    }
}

pub fn setattr(vm: &mut Vm, obj: Value, name: Value, v: Value) -> PyResult<Value> {
    let name = vm.to_qstr(name)?;
    vm.store_attr(obj, name, v)?;
    Ok(Value::NONE)
}

pub fn delattr(vm: &mut Vm, obj: Value, name: Value) -> PyResult<Value> {
    let name = vm.to_qstr(name)?;
    vm.store_attr(obj, name, Value::NULL)?;
    Ok(Value::NONE)
}

pub fn hasattr(vm: &mut Vm, obj: Value, name: Value) -> PyResult<Value> {
    let name = vm.to_qstr(name)?;
    match vm.load_attr(obj, name) {
        Ok(_) => Ok(Value::TRUE),
        Err(e) => {
            if vm.exc_matches(&crate::obj::exception::ATTRIBUTE_ERROR_TYPE) {
                vm.take_exc();
                Ok(Value::FALSE)
            } else {
                Err(e)
            }
        }
    }
}

pub fn is_callable(vm: &mut Vm, x: Value) -> bool {
    let ty = vm.type_of(x);
    if ty.is_class() {
        let t = Value::from_ptr(ty as *const Type);
        return vm.lookup_class_attr_python(t, q::__call__).is_some();
    }
    ty.call.is_some()
}

pub fn callable(vm: &mut Vm, x: Value) -> PyResult<Value> {
    Ok(Value::from_bool(is_callable(vm, x)))
}

pub fn repr(vm: &mut Vm, x: Value) -> PyResult<Value> {
    vm.repr(x)
}

fn push_locals(vm: &Vm, t: &Type, out: &mut Vec<Value>) {
    match t.locals {
        Locals::Static(table) => out.extend(table.iter().map(|&(k, _)| Value::qstr(k))),
        Locals::Dict(d) => out.extend(dict::pairs(d).into_iter().map(|(k, _)| k)),
        Locals::None => {}
    }
    let _ = vm;
}

pub fn dir(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let mut names: Vec<Value> = Vec::new();
    match args.first() {
        None => {
            let locals = vm.current_locals();
            names.extend(dict::pairs(locals).into_iter().map(|(k, _)| k));
        }
        Some(&obj) if vm.type_of(obj).is_class() && !type_::is_type(vm, obj) => {
            let cls = Value::from_ptr(vm.type_of(obj) as *const Type);
            if let Some(f) = vm.lookup_class_attr_python(cls, q::__dir__) {
                let r = vm.call_descriptor(f, obj, &[])?;
                let mut items = vm.iter_to_vec(r)?;
                crate::obj::list::sort_values(vm, &mut items, Value::NULL, false)?;
                return list::new(vm, &items);
            }
            dir_of(vm, obj, &mut names);
        }
        Some(&obj) => dir_of(vm, obj, &mut names),
    }
    let mut unique: Vec<Value> = Vec::new();
    for n in names {
        if !unique.iter().any(|&u| u == n || vm.text_of(u) == vm.text_of(n)) {
            unique.push(n);
        }
    }
    crate::obj::list::sort_values(vm, &mut unique, Value::NULL, false)?;
    list::new(vm, &unique)
}

/// The names `dir(obj)` lists when `obj` has no `__dir__`.
fn dir_of(vm: &mut Vm, obj: Value, names: &mut Vec<Value>) {
    if module::is_module(obj) {
        let m = module::get(obj);
        names.extend(m.table.iter().map(|&(k, _)| Value::qstr(k)));
        names.extend(dict::pairs(m.globals).into_iter().map(|(k, _)| k));
        return;
    }
    let t = if type_::is_type(vm, obj) { obj } else { Value::from_ptr(vm.type_of(obj) as *const Type) };
    if vm.type_of(obj).is_class() {
        let mut pos = 0;
        while let Some((k, _)) = crate::obj::map::next_entry(instance::map_of(obj), &mut pos) {
            names.push(k);
        }
    }
    for c in type_::mro(t) {
        push_locals(vm, type_::get(c), names);
    }
    names.push(Value::qstr(q::__class__));
}

pub fn vars(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    match args.first() {
        None => Ok(vm.current_locals()),
        Some(&obj) => match vm.load_attr_opt(obj, q::__dict__)? {
            Some(d) => Ok(d),
            None => {
                if vm.type_of(obj).is_class() {
                    let d = dict::new(vm)?;
                    let mut pos = 0;
                    while let Some((k, v)) = crate::obj::map::next_entry(instance::map_of(obj), &mut pos) {
                        dict::set_item(vm, d, k, v)?;
                    }
                    return Ok(d);
                }
                Err(vm.type_error("vars() argument must have __dict__ attribute"))
            }
        },
    }
}

pub fn globals(vm: &mut Vm) -> PyResult<Value> {
    Ok(vm.current_globals())
}

pub fn locals(vm: &mut Vm) -> PyResult<Value> {
    Ok(vm.current_locals())
}
