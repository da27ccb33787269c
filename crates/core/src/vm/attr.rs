//! Attribute access: instance attributes, class attributes through the MRO, descriptors
//! (functions binding to instances, `property`, `staticmethod`, `classmethod`, objects with
//! `__get__`/`__set__`), `__getattr__`/`__setattr__` hooks, `super()`, and the names of
//! module and class bodies (`LOAD_NAME`/`STORE_NAME`).
//!
//! `load_method` is the allocation-free form used by method calls: it returns the function and
//! the object to pass as `self` instead of building a bound method.

use alloc::format;

use crate::obj::{
    boundmeth, builtin_fn, closure, dict, function, instance, map, module, property, type_, Locals, Type,
};
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::lookup_cache::{self, Hit};
use crate::vm::{PyResult, Raised, Vm};

impl Vm {
    /// Looks up `name` in one type's own attribute table.
    #[inline]
    pub(crate) fn type_local(&self, t: &Type, name: Qstr) -> Option<Value> {
        match t.locals {
            Locals::None => None,
            Locals::Static(table) => table.iter().find(|(k, _)| *k == name).map(|&(_, v)| v),
            Locals::Dict(d) => dict::get_qstr(self, d, name),
        }
    }

    /// Where `name` is in one type's own attribute table, and whether that answer may be
    /// cached (a class dict must be watched by the lookup cache).
    #[inline]
    fn type_local_slot(&self, t: &Type, name: Qstr) -> (Option<*const Value>, bool) {
        match t.locals {
            Locals::None => (None, true),
            Locals::Static(table) => {
                (table.iter().find(|(k, _)| *k == name).map(|e| &e.1 as *const Value), true)
            }
            Locals::Dict(d) => {
                let m = dict::map_of(d);
                (map::lookup_qstr_slot(self, m, name), map::watch(m))
            }
        }
    }

    /// Looks up `name` along the MRO of type `t`; returns the value and the type it was in.
    #[inline]
    pub(crate) fn lookup_in_mro(&self, t: Value, name: Qstr) -> Option<(Value, Value)> {
        if let Some(hit) = self.lookup_cache.get(t.bits(), name.0) {
            return hit.resolve();
        }
        self.lookup_in_mro_uncached(t, name, false)
    }

    /// Looks up a special method along a class's MRO, skipping `object` (whose defaults the
    /// generic instance behaviour implements directly).
    #[inline]
    pub(crate) fn lookup_class_attr_python(&self, cls: Value, name: Qstr) -> Option<Value> {
        let key = name.0 | lookup_cache::KIND_PYTHON_ONLY;
        if let Some(hit) = self.lookup_cache.get(cls.bits(), key) {
            return hit.resolve().map(|(v, _)| v);
        }
        self.lookup_in_mro_uncached(cls, name, true).map(|(v, _)| v)
    }

    /// The MRO walk behind both lookups; caches its answer when every class dict it read is
    /// watched. `python_only`: skip `object` and the special-method wrappers of built-in types.
    #[inline(never)]
    fn lookup_in_mro_uncached(&self, t: Value, name: Qstr, python_only: bool) -> Option<(Value, Value)> {
        let object = Value::from_static(&crate::obj::object::OBJECT_TYPE);
        let mut cacheable = true;
        let mut hit = Hit::Missing;
        for c in type_::mro(t) {
            if python_only && c == object {
                continue;
            }
            let (found, ok) = self.type_local_slot(type_::get(c), name);
            cacheable &= ok;
            if let Some(p) = found {
                hit = Hit::Slot(p, c);
                break;
            }
        }
        if matches!(hit, Hit::Missing) && !python_only {
            // Special methods of built-in types live in their slots.
            for c in type_::mro(t) {
                let ct = type_::get(c);
                if !ct.is_class() {
                    if let Some(w) = crate::obj::slot_wrapper::lookup(ct, name) {
                        hit = Hit::Const(w, c);
                        break;
                    }
                }
            }
        }
        if cacheable {
            let key = if python_only { name.0 | lookup_cache::KIND_PYTHON_ONLY } else { name.0 };
            self.lookup_cache.put(t.bits(), key, hit);
        }
        hit.resolve()
    }

    /// The native part of `v` if `v` is (an instance of a subclass of) built-in type `ty`.
    #[inline]
    pub fn native_of(&self, v: Value, ty: &'static Type) -> Option<Value> {
        if !v.is_obj() {
            return None;
        }
        let t = self.type_of(v);
        if core::ptr::eq(t, ty) {
            return Some(v);
        }
        if !t.is_class() && self.is_subclass_of_static(t, ty) && !v.is_bool() {
            return Some(v);
        }
        if t.is_class() {
            let n = instance::native(v);
            if !n.is_null() && self.is_subclass_of_static(self.type_of(n), ty) {
                return Some(n);
            }
        }
        None
    }

    /// For a subclass `cls` of built-in type `ty`, wraps the new native object in an instance;
    /// for `ty` itself returns it unchanged.
    pub fn wrap_native_subclass(&mut self, cls: Value, ty: &'static Type, native: Value) -> PyResult<Value> {
        if cls == Value::from_static(ty) || !type_::get(cls).is_class() {
            Ok(native)
        } else {
            instance::new(self, cls, native)
        }
    }

    /// Whether type `t` is `base` or derives from it.
    pub fn is_subclass_of_static(&self, t: &Type, base: &'static Type) -> bool {
        let tv = Value::from_ptr(t as *const Type);
        self.is_subclass(tv, Value::from_static(base))
    }

    /// Whether type `a` is `b` or derives from it.
    pub fn is_subclass(&self, a: Value, b: Value) -> bool {
        if a == b {
            return true;
        }
        let ta = type_::get(a);
        if !ta.mro.is_null() {
            return crate::obj::tuple::items(ta.mro).contains(&b);
        }
        let mut cur = ta.base;
        while !cur.is_null() {
            if cur == b {
                return true;
            }
            cur = type_::get(cur).base;
        }
        false
    }

    /// `isinstance(obj, cls)` for a single class.
    pub fn isinstance(&mut self, obj: Value, cls: Value) -> PyResult<bool> {
        if !type_::is_type(self, cls) {
            return Err(self.type_error("isinstance() arg 2 must be a type or tuple of types"));
        }
        let t = Value::from_ptr(self.type_of(obj) as *const Type);
        Ok(self.is_subclass(t, cls))
    }

    fn is_function_like(v: Value) -> bool {
        v.is_exact(&function::FUNCTION_TYPE)
            || v.is_exact(&closure::CLOSURE_TYPE)
            || v.is_exact(&builtin_fn::BUILTIN_FUNCTION_TYPE)
    }

    /// Resolves a class attribute found for an instance `obj` of type `t`: `(value, self)`, with
    /// `self` NULL unless `value` is a function to bind.
    fn bind_class_attr(&mut self, obj: Value, t: Value, v: Value, owner: Value) -> PyResult<(Value, Value)> {
        if Self::is_function_like(v) {
            if v.is_exact(&builtin_fn::BUILTIN_FUNCTION_TYPE) && type_::get(owner).is_class() {
                // A builtin function stored in a class is not a method (`f = abs`).
                return Ok((v, Value::NULL));
            }
            // Built-in methods of a built-in base operate on the native part.
            let receiver = if v.is_exact(&builtin_fn::BUILTIN_FUNCTION_TYPE) {
                let n = if type_::get(t).is_class() { instance::native(obj) } else { obj };
                if n.is_null() {
                    obj
                } else {
                    n
                }
            } else {
                obj
            };
            return Ok((v, receiver));
        }
        if v.is_exact(&property::STATICMETHOD_TYPE) {
            return Ok((property::wrapped(v), Value::NULL));
        }
        if v.is_exact(&property::CLASSMETHOD_TYPE) {
            return Ok((property::wrapped(v), t));
        }
        if v.is_exact(&property::PROPERTY_TYPE) {
            let fget = property::get_property(v).fget;
            if fget.is_none() || fget.is_null() {
                return Err(self.attribute_error("unreadable attribute"));
            }
            return Ok((self.call(fget, &[obj])?, Value::NULL));
        }
        if self.type_of(v).is_class() {
            if let Some(get) =
                self.lookup_class_attr_python(Value::from_ptr(self.type_of(v) as *const Type), q::__get__)
            {
                return Ok((self.call(get, &[v, obj, t])?, Value::NULL));
            }
        }
        Ok((v, Value::NULL))
    }

    /// The generic attribute lookup: `Ok(None)` if there is no such attribute.
    /// Returns `(value, self)`; `self` is non-NULL when `value` is a function to be bound.
    fn lookup_attr(&mut self, obj: Value, name: Qstr) -> PyResult<Option<(Value, Value)>> {
        if name == q::__class__ {
            return Ok(Some((Value::from_ptr(self.type_of(obj) as *const Type), Value::NULL)));
        }
        if type_::is_type(self, obj) {
            return self.lookup_type_attr(obj, name);
        }
        let t = Value::from_ptr(self.type_of(obj) as *const Type);
        let ty = type_::get(t);
        if ty.is_class() {
            let cls_attr = self.lookup_in_mro(t, name);
            if let Some((v, _)) = cls_attr {
                if v.is_exact(&property::PROPERTY_TYPE) {
                    return self.bind_class_attr(obj, t, v, t).map(Some);
                }
            }
            if let Some(v) = instance::own_attr(self, obj, name) {
                return Ok(Some((v, Value::NULL)));
            }
            if name == q::__dict__ {
                return dict::instance_dict(self, obj).map(|d| Some((d, Value::NULL)));
            }
            if let Some((v, owner)) = cls_attr {
                return self.bind_class_attr(obj, t, v, owner).map(Some);
            }
            let native = instance::native(obj);
            if !native.is_null() {
                if let Some(attr) = self.type_of(native).attr {
                    if let Some(v) = attr(self, native, name)? {
                        return Ok(Some((v, Value::NULL)));
                    }
                }
            }
            if let Some(ga) = self.lookup_class_attr_python(t, q::__getattr__) {
                let n = Value::qstr(name);
                return self.call_descriptor(ga, obj, &[n]).map(|v| Some((v, Value::NULL)));
            }
            return Ok(None);
        }
        if ty.flags & crate::obj::flags::ATTR_FIRST != 0 {
            if let Some(attr) = ty.attr {
                if let Some(v) = attr(self, obj, name)? {
                    return Ok(Some((v, Value::NULL)));
                }
            }
        }
        if let Some((v, owner)) = self.lookup_in_mro(t, name) {
            return self.bind_class_attr(obj, t, v, owner).map(Some);
        }
        if let Some(attr) = ty.attr {
            if let Some(v) = attr(self, obj, name)? {
                return Ok(Some((v, Value::NULL)));
            }
        }
        Ok(None)
    }

    /// Attribute lookup on a type object.
    fn lookup_type_attr(&mut self, cls: Value, name: Qstr) -> PyResult<Option<(Value, Value)>> {
        if let Some((v, _)) = self.lookup_in_mro(cls, name) {
            if v.is_exact(&property::STATICMETHOD_TYPE) {
                return Ok(Some((property::wrapped(v), Value::NULL)));
            }
            if v.is_exact(&property::CLASSMETHOD_TYPE) {
                // A method call binds it to the class without allocating a bound method.
                return Ok(Some((property::wrapped(v), cls)));
            }
            if self.type_of(v).is_class() {
                if let Some(get) =
                    self.lookup_class_attr_python(Value::from_ptr(self.type_of(v) as *const Type), q::__get__)
                {
                    return self.call(get, &[v, Value::NONE, cls]).map(|r| Some((r, Value::NULL)));
                }
            }
            return Ok(Some((v, Value::NULL)));
        }
        if let Some(attr) = type_::TYPE_TYPE.attr {
            return attr(self, cls, name).map(|o| o.map(|v| (v, Value::NULL)));
        }
        Ok(None)
    }

    /// `obj.name`, `Ok(None)` if it does not exist.
    pub fn load_attr_opt(&mut self, obj: Value, name: Qstr) -> PyResult<Option<Value>> {
        match self.lookup_attr(obj, name)? {
            None => Ok(None),
            Some((v, s)) if s.is_null() => Ok(Some(v)),
            Some((f, s)) => boundmeth::new(self, f, s).map(Some),
        }
    }

    /// The same as `load_attr_opt` without `__getattribute__` (used by `object.__getattribute__`).
    pub fn load_attr_generic(&mut self, obj: Value, name: Qstr) -> PyResult<Option<Value>> {
        self.load_attr_opt(obj, name)
    }

    /// The common case of `obj.name` on an instance of a class, answered without the generic
    /// lookup when the class side is in the lookup cache: an attribute of the instance itself
    /// (unless the class has a property of that name), or a Python function of the class to
    /// call as a method, `(function, obj)`. `None`: take the generic path.
    #[inline]
    fn instance_attr_fast(&self, obj: Value, name: Qstr) -> Option<(Value, Value)> {
        if !obj.is_obj() || name == q::__class__ {
            return None;
        }
        let ty = self.type_of(obj);
        if !ty.is_class() {
            return None;
        }
        let class_side = self.lookup_cache.get(ty as *const Type as usize, name.0)?.resolve();
        if let Some((v, _)) = class_side {
            if v.is_exact(&property::PROPERTY_TYPE) {
                return None;
            }
        }
        if let Some(v) = instance::own_attr(self, obj, name) {
            return Some((v, Value::NULL));
        }
        match class_side {
            Some((f, _)) if f.is_exact(&function::FUNCTION_TYPE) => Some((f, obj)),
            _ => None,
        }
    }

    /// `obj.name`.
    pub fn load_attr(&mut self, obj: Value, name: Qstr) -> PyResult<Value> {
        if let Some((v, s)) = self.instance_attr_fast(obj, name) {
            if s.is_null() {
                return Ok(v);
            }
        }
        if let Some(module_obj) = module::is_module(obj).then_some(obj) {
            if let Some(v) = module::lookup(self, module_obj, name) {
                return Ok(v);
            }
        }
        match self.load_attr_opt(obj, name)? {
            Some(v) => Ok(v),
            None => Err(self.attribute_error_for(obj, name)),
        }
    }

    /// `obj.name` for a call: `(function, self)` or `(value, NULL)`.
    pub fn load_method(&mut self, obj: Value, name: Qstr) -> PyResult<(Value, Value)> {
        if let Some(pair) = self.instance_attr_fast(obj, name) {
            return Ok(pair);
        }
        match self.lookup_attr(obj, name)? {
            Some(pair) => Ok(pair),
            None => Err(self.attribute_error_for(obj, name)),
        }
    }

    /// `load_method` that reports a missing attribute as `None`.
    pub fn load_method_opt(&mut self, obj: Value, name: Qstr) -> PyResult<Option<(Value, Value)>> {
        self.lookup_attr(obj, name)
    }

    /// The AttributeError for a missing `obj.name`.
    pub fn attribute_error_for(&mut self, obj: Value, name: Qstr) -> Raised {
        let n = self.qstr_str(name);
        if type_::is_type(self, obj) {
            let t = self.qstr_str(type_::get(obj).name);
            return self.attribute_error(&format!("type object '{t}' has no attribute '{n}'"));
        }
        if module::is_module(obj) {
            let m = self.qstr_str(module::get(obj).name);
            return self.attribute_error(&format!("module '{m}' has no attribute '{n}'"));
        }
        let t = self.qstr_str(self.type_of(obj).name);
        self.attribute_error(&format!("'{t}' object has no attribute '{n}'"))
    }

    /// Calls a function found in a class as a method of `obj` (for special methods).
    pub(crate) fn call_descriptor(&mut self, f: Value, obj: Value, args: &[Value]) -> PyResult<Value> {
        if f.is_exact(&property::STATICMETHOD_TYPE) {
            return self.call(property::wrapped(f), args);
        }
        if f.is_exact(&property::CLASSMETHOD_TYPE) {
            let t = Value::from_ptr(self.type_of(obj) as *const Type);
            return self.call_method_pair((property::wrapped(f), t), args);
        }
        let receiver = if f.is_exact(&builtin_fn::BUILTIN_FUNCTION_TYPE) && self.type_of(obj).is_class() {
            let n = instance::native(obj);
            if n.is_null() {
                obj
            } else {
                n
            }
        } else {
            obj
        };
        self.call_method_pair((f, receiver), args)
    }

    /// `obj.name = value` (NULL value: `del obj.name`).
    pub fn store_attr(&mut self, obj: Value, name: Qstr, value: Value) -> PyResult<()> {
        if self.store_instance_attr_fast(obj, name, value) {
            return Ok(());
        }
        let ty = self.type_of(obj);
        if ty.is_class() && ty.flags & crate::obj::flags::HAS_ATTR_HOOKS != 0 {
            let t = Value::from_ptr(ty as *const Type);
            let hook = if value.is_null() { q::__delattr__ } else { q::__setattr__ };
            if let Some(f) = self.lookup_class_attr_python(t, hook) {
                if !f.is_exact(&builtin_fn::BUILTIN_FUNCTION_TYPE) {
                    let n = Value::qstr(name);
                    if value.is_null() {
                        self.call_descriptor(f, obj, &[n])?;
                    } else {
                        self.call_descriptor(f, obj, &[n, value])?;
                    }
                    return Ok(());
                }
            }
        }
        self.store_attr_generic(obj, name, value)
    }

    /// The common case of `obj.name = value`: rebinding an attribute an instance already has,
    /// when its class has no `__setattr__`, no built-in base, and (by the lookup cache)
    /// nothing of that name that could be a descriptor. Returns whether it stored.
    #[inline]
    fn store_instance_attr_fast(&mut self, obj: Value, name: Qstr, value: Value) -> bool {
        if !obj.is_obj() || value.is_null() {
            return false;
        }
        let ty = self.type_of(obj);
        if !ty.is_class()
            || ty.flags & crate::obj::flags::HAS_ATTR_HOOKS != 0
            || !instance::native(obj).is_null()
        {
            return false;
        }
        let Some(hit) = self.lookup_cache.get(ty as *const Type as usize, name.0) else { return false };
        if let Some((v, _)) = hit.resolve() {
            if v.is_exact(&property::PROPERTY_TYPE) || self.type_of(v).is_class() {
                return false;
            }
        }
        match map::lookup_qstr_slot(self, instance::map_of(obj), name) {
            Some(slot) => {
                // SAFETY: the slot of an existing entry of the instance's live table; storing a
                // new value into it is what `map::store` does for an existing key.
                unsafe { *(slot as *mut Value) = value };
                true
            }
            None => false,
        }
    }

    /// Attribute store without `__setattr__` (also `object.__setattr__`).
    pub fn store_attr_generic(&mut self, obj: Value, name: Qstr, value: Value) -> PyResult<()> {
        let ty = self.type_of(obj);
        if ty.is_class() {
            let t = Value::from_ptr(ty as *const Type);
            if let Some((v, _)) = self.lookup_in_mro(t, name) {
                if v.is_exact(&property::PROPERTY_TYPE) {
                    let p = property::get_property(v);
                    let f = if value.is_null() { p.fdel } else { p.fset };
                    if f.is_none() || f.is_null() {
                        return Err(self.attribute_error("can't set attribute"));
                    }
                    if value.is_null() {
                        self.call(f, &[obj])?;
                    } else {
                        self.call(f, &[obj, value])?;
                    }
                    return Ok(());
                }
                if self.type_of(v).is_class() {
                    let vt = Value::from_ptr(self.type_of(v) as *const Type);
                    let hook = if value.is_null() { q::__delete__ } else { q::__set__ };
                    if let Some(f) = self.lookup_class_attr_python(vt, hook) {
                        if value.is_null() {
                            self.call(f, &[v, obj])?;
                        } else {
                            self.call(f, &[v, obj, value])?;
                        }
                        return Ok(());
                    }
                }
            }
            let native = instance::native(obj);
            if !native.is_null() {
                if let Some(sa) = self.type_of(native).store_attr {
                    if sa(self, native, name, value)? {
                        return Ok(());
                    }
                }
            }
            if value.is_null() {
                if !instance::del_own_attr(self, obj, name)? {
                    return Err(self.attribute_error_for(obj, name));
                }
                return Ok(());
            }
            return instance::set_own_attr(self, obj, name, value);
        }
        if type_::is_type(self, obj) {
            let t = type_::get(obj);
            let Locals::Dict(d) = t.locals else {
                let n = self.qstr_str(t.name);
                return Err(
                    self.type_error(&format!("can't set attributes of built-in/extension type '{n}'"))
                );
            };
            if matches!(name, q::__getattr__ | q::__setattr__ | q::__delattr__) {
                // SAFETY: `obj` is a heap class (it has a dict); flags are only read by the VM.
                unsafe { (*obj.as_ptr::<Type>()).flags |= crate::obj::flags::HAS_ATTR_HOOKS };
            }
            if value.is_null() {
                if dict::del_item(self, d, Value::qstr(name))?.is_none() {
                    return Err(self.attribute_error_for(obj, name));
                }
                return Ok(());
            }
            return dict::set_qstr(self, d, name, value);
        }
        if let Some(sa) = ty.store_attr {
            if sa(self, obj, name, value)? {
                return Ok(());
            }
        }
        let t = self.qstr_str(ty.name);
        let n = self.qstr_str(name);
        if self.lookup_attr(obj, name)?.is_some() {
            return Err(self.attribute_error(&format!("'{t}' object attribute '{n}' is read-only")));
        }
        Err(self.attribute_error(&format!("'{t}' object has no attribute '{n}'")))
    }

    /// `super(cls, obj).name` resolved for a call.
    pub(crate) fn load_super_method(
        &mut self,
        cls: Value,
        obj: Value,
        name: Qstr,
    ) -> PyResult<(Value, Value)> {
        match self.super_lookup(cls, obj, name)? {
            Some(pair) => Ok(pair),
            None => {
                let n = self.qstr_str(name);
                Err(self.attribute_error(&format!("'super' object has no attribute '{n}'")))
            }
        }
    }

    /// Looks `name` up in the MRO of `obj`'s type after `cls`.
    pub(crate) fn super_lookup(
        &mut self,
        cls: Value,
        obj: Value,
        name: Qstr,
    ) -> PyResult<Option<(Value, Value)>> {
        if !type_::is_type(self, cls) {
            return Err(self.type_error("super() argument 1 must be type"));
        }
        let start = if type_::is_type(self, obj) && self.is_subclass(obj, cls) {
            obj
        } else {
            Value::from_ptr(self.type_of(obj) as *const Type)
        };
        let mut order = type_::mro(start);
        if !order.any(|c| c == cls) {
            return Err(self.type_error("super(type, obj): obj must be an instance or subtype of type"));
        }
        for c in order {
            let ct = type_::get(c);
            let local = self.type_local(ct, name);
            let found = if local.is_none() && !ct.is_class() {
                crate::obj::slot_wrapper::lookup(ct, name)
            } else {
                local
            };
            if let Some(v) = found {
                if type_::is_type(self, obj) {
                    return self.lookup_type_attr_value(obj, v).map(|v| Some((v, Value::NULL)));
                }
                let t = Value::from_ptr(self.type_of(obj) as *const Type);
                return self.bind_class_attr(obj, t, v, c).map(Some);
            }
        }
        Ok(None)
    }

    fn lookup_type_attr_value(&mut self, cls: Value, v: Value) -> PyResult<Value> {
        if v.is_exact(&property::STATICMETHOD_TYPE) {
            return Ok(property::wrapped(v));
        }
        if v.is_exact(&property::CLASSMETHOD_TYPE) {
            return boundmeth::new(self, property::wrapped(v), cls);
        }
        Ok(v)
    }

    // ---- names in module and class bodies ----

    /// `LOAD_NAME`: the frame's locals, then globals, then builtins.
    pub(crate) fn load_name(&mut self, fi: usize, name: Qstr) -> PyResult<Value> {
        let (locals, globals) = (self.frames[fi].locals, self.frames[fi].globals);
        if locals != globals && !locals.is_null() {
            if let Some(v) = self.mapping_get(locals, name)? {
                return Ok(v);
            }
        }
        self.load_global(globals, name)
    }

    fn mapping_get(&mut self, m: Value, name: Qstr) -> PyResult<Option<Value>> {
        if let Some(d) = self.native_of(m, &dict::DICT_TYPE) {
            return Ok(dict::get_qstr(self, d, name));
        }
        match self.subscr_load(m, Value::qstr(name)) {
            Ok(v) => Ok(Some(v)),
            Err(e) => {
                if self.exc_matches(&crate::obj::exception::KEY_ERROR_TYPE) {
                    self.take_exc();
                    Ok(None)
                } else {
                    Err(e)
                }
            }
        }
    }

    /// `LOAD_GLOBAL`: module globals, then builtins, through the lookup cache.
    #[inline]
    pub(crate) fn load_global(&mut self, globals: Value, name: Qstr) -> PyResult<Value> {
        if let Some((v, _)) = self.lookup_cache.get(globals.bits(), name.0).and_then(Hit::resolve) {
            return Ok(v);
        }
        self.load_global_uncached(globals, name)
    }

    #[inline(never)]
    fn load_global_uncached(&mut self, globals: Value, name: Qstr) -> PyResult<Value> {
        let m = dict::map_of(globals);
        let mut cacheable = map::watch(m);
        let key = globals.bits();
        if let Some(p) = map::lookup_qstr_slot(self, m, name) {
            if cacheable {
                self.lookup_cache.put(key, name.0, Hit::Slot(p, Value::NULL));
            }
            // SAFETY: a slot of the live globals table, read at once.
            return Ok(unsafe { *p });
        }
        if !self.builtins_dict.is_null() {
            let b = dict::map_of(self.builtins_dict);
            cacheable &= map::watch(b);
            if let Some(p) = map::lookup_qstr_slot(self, b, name) {
                if cacheable {
                    self.lookup_cache.put(key, name.0, Hit::Slot(p, Value::NULL));
                }
                // SAFETY: as above, for the builtins overrides table.
                return Ok(unsafe { *p });
            }
        }
        match crate::modules::builtins::lookup(name) {
            Some(v) => {
                if cacheable {
                    self.lookup_cache.put(key, name.0, Hit::Const(v, Value::NULL));
                }
                Ok(v)
            }
            None => Err(self.name_not_defined(name)),
        }
    }

    /// A builtin by name (`NameError` if there is none).
    pub(crate) fn load_builtin(&mut self, name: Qstr) -> PyResult<Value> {
        if !self.builtins_dict.is_null() {
            if let Some(v) = dict::get_qstr(self, self.builtins_dict, name) {
                return Ok(v);
            }
        }
        match crate::modules::builtins::lookup(name) {
            Some(v) => Ok(v),
            None => Err(self.name_not_defined(name)),
        }
    }

    /// The dict of builtins the program overrides (`builtins.x = ...`), made on first use.
    pub(crate) fn builtins_overrides(&mut self) -> PyResult<Value> {
        if self.builtins_dict.is_null() {
            self.builtins_dict = dict::new(self)?;
            // Cached builtins were looked up while there were no overrides.
            self.lookup_cache.invalidate();
        }
        Ok(self.builtins_dict)
    }

    pub(crate) fn store_name(&mut self, fi: usize, name: Qstr, v: Value) -> PyResult<()> {
        let locals = self.frames[fi].locals;
        if let Some(d) = self.native_of(locals, &dict::DICT_TYPE) {
            return dict::set_qstr(self, d, name, v);
        }
        self.subscr_store(locals, Value::qstr(name), v)
    }

    pub(crate) fn delete_name(&mut self, fi: usize, name: Qstr) -> PyResult<()> {
        let locals = self.frames[fi].locals;
        let removed = match self.native_of(locals, &dict::DICT_TYPE) {
            Some(d) => dict::del_item(self, d, Value::qstr(name))?.is_some(),
            None => {
                self.subscr_delete(locals, Value::qstr(name))?;
                true
            }
        };
        if !removed {
            return Err(self.name_not_defined(name));
        }
        Ok(())
    }
}
