//! `type`: the type of types. Built-in types are static; classes made by `class` statements
//! (or `type(name, bases, dict)`) are heap `Type` objects with the generic instance behaviour
//! and a method resolution order computed by C3 linearisation, as in CPython.

use alloc::string::String;
use alloc::vec::Vec;

use super::{dict, exception, instance, tuple, ObjHeader, PrintKind, Type};
use crate::gc::Marker;
use crate::obj::{flags, Locals};
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub static TYPE_TYPE: Type = Type {
    flags: flags::BASETYPE,
    make_new: Some(type_make_new),
    call: Some(type_call),
    print: Some(type_print),
    attr: Some(type_attr),
    trace: Some(trace_type),
    ..Type::builtin(q::type_)
};

fn trace_type(v: Value, m: &mut Marker) {
    let t = get(v);
    m.mark(t.base);
    m.mark(t.bases);
    m.mark(t.mro);
    if let Locals::Dict(d) = t.locals {
        m.mark(d);
    }
}

#[inline(always)]
pub fn get<'a>(v: Value) -> &'a Type {
    // SAFETY: callers pass a type object (static or heap).
    unsafe { &*v.as_ptr::<Type>() }
}

/// Whether `v` is a type object (static type or class).
#[inline]
pub fn is_type(vm: &Vm, v: Value) -> bool {
    v.is_obj() && core::ptr::eq(vm.type_of(v), &TYPE_TYPE)
}

/// The method resolution order of a type: classes have it computed; built-in types follow
/// their single-inheritance `base` chain. An iterator, so attribute lookups allocate nothing.
pub fn mro(t: Value) -> Mro {
    let ty = get(t);
    if ty.mro.is_null() {
        Mro::Chain(t)
    } else {
        Mro::Tuple(tuple::items(ty.mro).iter())
    }
}

/// The types of an MRO in order (see `mro`).
pub enum Mro {
    /// A class's computed MRO tuple.
    Tuple(core::slice::Iter<'static, Value>),
    /// A built-in type's `base` chain, from this type on (NULL: done).
    Chain(Value),
}

impl Iterator for Mro {
    type Item = Value;

    #[inline]
    fn next(&mut self) -> Option<Value> {
        match self {
            Mro::Tuple(it) => it.next().copied(),
            Mro::Chain(cur) => {
                let t = *cur;
                if t.is_null() {
                    return None;
                }
                *cur = get(t).base;
                Some(t)
            }
        }
    }
}

/// C3 linearisation of a class with the given bases.
fn c3(vm: &mut Vm, cls: Value, bases: &[Value]) -> PyResult<Vec<Value>> {
    let mut seqs: Vec<Vec<Value>> = bases.iter().map(|&b| mro(b).collect()).collect();
    seqs.push(bases.to_vec());
    let mut out = alloc::vec![cls];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let head = seqs.iter().map(|s| s[0]).find(|&h| !seqs.iter().any(|s| s[1..].contains(&h)));
        let Some(head) = head else {
            return Err(vm.type_error("Cannot create a consistent method resolution order (MRO)"));
        };
        out.push(head);
        for s in seqs.iter_mut() {
            if s[0] == head {
                s.remove(0);
            }
        }
    }
}

/// The first built-in type in a class's MRO other than `object` (the type of its instances'
/// native part), if any.
pub fn native_base(cls: Value) -> Option<&'static Type> {
    for t in mro(cls) {
        let ty = get(t);
        if !ty.is_class() && !core::ptr::eq(ty, &super::object::OBJECT_TYPE) {
            // SAFETY: built-in types are static.
            return Some(unsafe { &*(ty as *const Type) });
        }
    }
    None
}

/// Bases whose built-in parts are unrelated types (`class A(type, tuple)`) cannot be combined:
/// an instance has one native part. Exception types all share one layout.
fn check_layouts(vm: &mut Vm, bases: &[Value]) -> PyResult<()> {
    let natives: Vec<&'static Type> = bases.iter().filter_map(|&b| native_base(b)).collect();
    for (i, &a) in natives.iter().enumerate() {
        for &b in &natives[i + 1..] {
            let related = vm.is_subclass_of_static(a, b)
                || vm.is_subclass_of_static(b, a)
                || a.flags & b.flags & flags::EXCEPTION != 0;
            if !related {
                return Err(vm.type_error("multiple bases have instance lay-out conflict"));
            }
        }
    }
    Ok(())
}

/// Creates a class.
pub fn new_class(vm: &mut Vm, name: Qstr, bases: Value, locals: Value) -> PyResult<Value> {
    let mut base_list: Vec<Value> = tuple::items(bases).to_vec();
    let bases = if base_list.is_empty() {
        base_list.push(Value::from_static(&super::object::OBJECT_TYPE));
        tuple::new(vm, &base_list)?
    } else {
        bases
    };
    for &b in &base_list {
        if !is_type(vm, b) {
            return Err(vm.type_error("type is not an acceptable base type"));
        }
        if get(b).flags & flags::BASETYPE == 0 {
            let n = vm.qstr_str(get(b).name);
            return Err(vm.type_error(&alloc::format!("type '{n}' is not an acceptable base type")));
        }
    }
    check_layouts(vm, &base_list)?;
    let p = vm.alloc_obj::<Type>(&TYPE_TYPE, 0)?;
    let cls = Value::from_ptr(p);
    let mut cls_flags = flags::CLASS | flags::BASETYPE;
    for &b in &base_list {
        cls_flags |= get(b).flags & (flags::EXCEPTION | flags::HAS_ATTR_HOOKS | flags::HAS_EQ_HASH);
    }
    for hook in [q::__getattr__, q::__setattr__, q::__delattr__, q::__getattribute__] {
        if dict::get_qstr(vm, locals, hook).is_some() {
            cls_flags |= flags::HAS_ATTR_HOOKS;
        }
    }
    if let Some(f) = dict::get_qstr(vm, locals, q::__new__) {
        if f.is_exact(&super::function::FUNCTION_TYPE) || f.is_exact(&super::closure::CLOSURE_TYPE) {
            let sm = super::property::new_staticmethod(vm, f)?;
            dict::set_qstr(vm, locals, q::__new__, sm)?;
        }
    }
    let primary = base_list.first().copied().unwrap_or(Value::from_static(&super::object::OBJECT_TYPE));
    // SAFETY: `p` is a fresh, zeroed allocation of a `Type`; every field is written here.
    unsafe {
        p.write(Type {
            header: ObjHeader { ty: &TYPE_TYPE },
            name,
            flags: cls_flags,
            base: primary,
            bases,
            mro: Value::NULL,
            locals: Locals::Dict(locals),
            make_new: Some(class_make_new),
            call: Some(instance::instance_call),
            print: Some(instance::instance_print),
            unary: Some(instance::instance_unary),
            binary: Some(instance::instance_binary),
            attr: None,
            store_attr: None,
            subscr: Some(instance::instance_subscr),
            iter: Some(instance::instance_iter),
            iternext: Some(instance::instance_iternext),
            contains: Some(instance::instance_contains),
            trace: Some(instance::trace_instance),
            buffer: None,
        });
    }
    let order = c3(vm, cls, &base_list)?;
    let order = tuple::new(vm, &order)?;
    // SAFETY: the class was just created and is not shared yet.
    unsafe { (*p).mro = order };
    call_set_name(vm, cls, locals)?;
    Ok(cls)
}

/// Calls `__set_name__(cls, name)` on every class attribute whose type defines it, over a
/// snapshot of the attributes (a call may add or remove attributes of the class).
fn call_set_name(vm: &mut Vm, cls: Value, locals: Value) -> PyResult<()> {
    let attrs = dict::pairs(locals);
    for &(k, v) in &attrs {
        vm.pin(k);
        vm.pin(v);
    }
    for (k, v) in attrs {
        let vt = vm.type_of(v);
        if !vt.is_class() {
            continue;
        }
        if let Some(f) = vm.lookup_class_attr_python(Value::from_ptr(vt as *const Type), q::__set_name__) {
            vm.call_descriptor(f, v, &[cls, k])?;
        }
    }
    Ok(())
}

/// Calls a class: `__new__` (or the native base's constructor) then `__init__`.
fn class_make_new(vm: &mut Vm, cls: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let init = vm.lookup_class_attr_python(cls, q::__init__);
    let obj = if let Some(new_fn) = vm.lookup_class_attr_python(cls, q::__new__) {
        let f = if new_fn.is_exact(&super::property::STATICMETHOD_TYPE) {
            super::property::wrapped(new_fn)
        } else {
            new_fn
        };
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(cls);
        all.extend_from_slice(args);
        let obj = vm.call_kw(f, &all, kw)?;
        if !vm.isinstance(obj, cls)? {
            return Ok(obj);
        }
        obj
    } else {
        let native = match native_base(cls) {
            None => Value::NULL,
            Some(nt) => {
                let fills_in_init = [
                    &super::list::LIST_TYPE,
                    &super::dict::DICT_TYPE,
                    &super::set::SET_TYPE,
                    &crate::modules::framebuf::FRAMEBUFFER_TYPE,
                ]
                .iter()
                .any(|t| vm.is_subclass_of_static(nt, t));
                let make_new = nt.make_new.ok_or_else(|| vm.type_error("cannot create instance"))?;
                let native_cls = Value::from_ptr(nt as *const Type);
                if fills_in_init && init.is_some() {
                    make_new(vm, native_cls, &[], &[])?
                } else if nt.flags & flags::EXCEPTION != 0 {
                    make_new(vm, native_cls, args, &[])?
                } else {
                    make_new(vm, native_cls, args, kw)?
                }
            }
        };
        instance::new(vm, cls, native)?
    };
    if let Some(init) = init {
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(obj);
        all.extend_from_slice(args);
        let r = vm.call_kw(init, &all, kw)?;
        if !r.is_none() {
            return Err(vm.type_error("__init__() should return None"));
        }
    } else if native_base(cls).is_none() && (!args.is_empty() || !kw.is_empty()) {
        let has_new = vm.lookup_class_attr_python(cls, q::__new__).is_some();
        if !has_new {
            return Err(vm.type_error("object() takes no arguments"));
        }
    }
    Ok(obj)
}

/// `type(obj)` and `type(name, bases, dict)`; for a subclass of `type` the new class becomes
/// the native part of the instance.
fn type_make_new(vm: &mut Vm, _ty: Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match args.len() {
        1 => Ok(Value::from_ptr(vm.type_of(args[0]) as *const Type)),
        3 => {
            let name = vm.to_qstr(args[0])?;
            let bases = if tuple::is_tuple(vm, args[1]) {
                args[1]
            } else {
                return Err(vm.type_error("type() argument 2 must be tuple"));
            };
            let d = dict::new(vm)?;
            dict::update_from(vm, d, args[2])?;
            new_class(vm, name, bases, d)
        }
        _ => Err(vm.type_error("type() takes 1 or 3 arguments")),
    }
}

fn type_call(vm: &mut Vm, callee: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let t = get(callee);
    match t.make_new {
        Some(f) => f(vm, callee, args, kw),
        None => {
            let n = vm.qstr_str(t.name);
            Err(vm.type_error(&alloc::format!("cannot create '{n}' instances")))
        }
    }
}

fn type_print(vm: &mut Vm, v: Value, out: &mut String, _kind: PrintKind) -> PyResult<()> {
    let t = get(v);
    out.push_str("<class '");
    if t.is_class() {
        if let Locals::Dict(d) = t.locals {
            if let Some(m) = dict::get_qstr(vm, d, q::__module__) {
                if let Some(s) = vm.text_of(m) {
                    if s != "builtins" {
                        out.push_str(s);
                        out.push('.');
                    }
                }
            }
        }
    }
    out.push_str(vm.qstr_str(t.name));
    out.push_str("'>");
    Ok(())
}

fn type_attr(vm: &mut Vm, v: Value, attr: Qstr) -> PyResult<Option<Value>> {
    let t = get(v);
    Ok(match attr {
        q::__name__ | q::__qualname__ => Some(Value::qstr(t.name)),
        q::__bases__ => Some(if t.bases.is_null() {
            if t.base.is_null() {
                Value::from_static(&tuple::EMPTY_TUPLE)
            } else {
                tuple::new(vm, &[t.base])?
            }
        } else {
            t.bases
        }),
        q::__mro__ => {
            let m: Vec<Value> = mro(v).collect();
            Some(tuple::new(vm, &m)?)
        }
        q::__dict__ => match t.locals {
            Locals::Dict(d) => Some(d),
            // A copy of a built-in type's constant table (CPython gives a read-only view).
            Locals::Static(table) => {
                let d = dict::new(vm)?;
                for &(k, x) in table {
                    dict::set_qstr(vm, d, k, x)?;
                }
                Some(d)
            }
            Locals::None => Some(dict::new(vm)?),
        },
        q::__module__ if !t.is_class() => Some(Value::qstr(q::builtins)),
        _ => None,
    })
}

/// Whether the type is an exception class: used by `raise`.
pub fn is_exception_class(vm: &Vm, v: Value) -> bool {
    is_type(vm, v) && get(v).flags & flags::EXCEPTION != 0
}

/// Instantiates an exception class with no arguments (for `raise ValueError`).
pub fn instantiate_exception(vm: &mut Vm, cls: Value) -> PyResult<Value> {
    if get(cls).is_class() {
        vm.call(cls, &[])
    } else {
        exception::new(vm, cls.as_ptr(), &[])
    }
}
