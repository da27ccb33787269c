//! `collections.namedtuple`: a factory of tuple types whose items can also be read by name.
//!
//! Each call makes a heap type (not a class: it has built-in slots, as MicroPython's named tuple
//! types do) whose base is `tuple` and whose instances are tuples carrying that type. The type's
//! attribute dict holds `_fields` (the names, as interned strings), `_field_defaults` and the
//! methods `_make`, `_replace` and `_asdict`.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::mem::size_of;

use crate::obj::builtin_fn::BuiltinFn;
use crate::obj::property::ClassMethod;
use crate::obj::tuple::{self, TupleObj, TUPLE_TYPE};
use crate::obj::type_::{self, TYPE_TYPE};
use crate::obj::{dict, flags, Locals, ObjHeader, PrintKind, Type};
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// `namedtuple(typename, field_names, *, rename=False, defaults=None, module=None)`.
pub fn namedtuple(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.type_error("namedtuple() takes 2 positional arguments"));
    }
    let (mut rename, mut defaults) = (false, Value::NONE);
    for pair in kw.chunks(2) {
        match vm.qstr_of(pair[0]) {
            Some(q::rename) => rename = vm.is_true(pair[1])?,
            Some(q::defaults) => defaults = pair[1],
            Some(q::module) => {}
            _ => return Err(vm.type_error("namedtuple() got an unexpected keyword argument")),
        }
    }
    let name = vm.to_qstr(args[0])?;
    let fields = field_names(vm, args[1], rename)?;
    let defaults = if defaults.is_none() { Vec::new() } else { vm.iter_to_vec(defaults)? };
    if defaults.len() > fields.len() {
        return Err(vm.type_error("Got more default values than field names"));
    }
    let locals = dict::new(vm)?;
    let field_values: Vec<Value> = fields.iter().map(|&f| Value::qstr(f)).collect();
    let fields_tuple = tuple::new(vm, &field_values)?;
    dict::set_qstr(vm, locals, q::_fields, fields_tuple)?;
    let field_defaults = dict::new(vm)?;
    let first_default = fields.len() - defaults.len();
    for (&f, &d) in fields[first_default..].iter().zip(&defaults) {
        dict::set_qstr(vm, field_defaults, f, d)?;
    }
    dict::set_qstr(vm, locals, q::_field_defaults, field_defaults)?;
    dict::set_qstr(vm, locals, q::_make, Value::from_static(&MAKE_CM))?;
    dict::set_qstr(vm, locals, q::_replace, Value::from_static(&REPLACE))?;
    dict::set_qstr(vm, locals, q::_asdict, Value::from_static(&ASDICT))?;
    let p = vm.alloc_obj::<Type>(&TYPE_TYPE, 0)?;
    // SAFETY: `p` is a fresh allocation of a `Type`; every field is written here.
    unsafe {
        p.write(Type {
            header: ObjHeader::of(&TYPE_TYPE),
            name,
            flags: flags::BASETYPE | flags::ATTR_FIRST,
            base: Value::from_static(&TUPLE_TYPE),
            bases: Value::NULL,
            mro: Value::NULL,
            locals: Locals::Dict(locals),
            make_new: Some(nt_make_new),
            call: None,
            print: Some(nt_print),
            unary: TUPLE_TYPE.unary,
            binary: TUPLE_TYPE.binary,
            attr: Some(nt_attr),
            store_attr: Some(nt_store_attr),
            subscr: TUPLE_TYPE.subscr,
            iter: TUPLE_TYPE.iter,
            iternext: None,
            contains: TUPLE_TYPE.contains,
            buffer: None,
            trace: TUPLE_TYPE.trace,
        });
    }
    Ok(Value::from_ptr(p))
}

/// Python's reserved words, which cannot name a field.
const KEYWORDS: [&str; 35] = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def",
    "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is",
    "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];

fn is_identifier(s: &str) -> bool {
    if KEYWORDS.contains(&s) {
        return false;
    }
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c == '_' || c.is_alphabetic())
        && chars.all(|c| c == '_' || c.is_alphanumeric())
}

/// The field names from a string (separated by spaces or commas) or an iterable of strings.
fn field_names(vm: &mut Vm, spec: Value, rename: bool) -> PyResult<Vec<Qstr>> {
    let names: Vec<String> = if let Some(s) = vm.text_of(spec) {
        s.replace(',', " ").split_whitespace().map(String::from).collect()
    } else {
        let mut out = Vec::new();
        for item in vm.iter_to_vec(spec)? {
            match vm.text_of(item) {
                Some(s) => out.push(String::from(s)),
                None => {
                    let t = vm.type_name(item);
                    return Err(
                        vm.type_error(&format!("Type names and field names must be strings, not {t}"))
                    );
                }
            }
        }
        out
    };
    let mut fields: Vec<Qstr> = Vec::with_capacity(names.len());
    for (i, n) in names.iter().enumerate() {
        let q = vm.intern(n);
        let bad = !is_identifier(n) || (n.starts_with('_')) || fields.contains(&q);
        if bad && rename {
            let renamed = format!("_{i}");
            fields.push(vm.intern(&renamed));
        } else if bad {
            return Err(vm.value_error(&format!("invalid or duplicate field name: '{n}'")));
        } else {
            fields.push(q);
        }
    }
    Ok(fields)
}

/// The `_fields` tuple of a named tuple type.
fn fields_of(vm: &Vm, ty: &Type) -> &'static [Value] {
    match ty.locals {
        Locals::Dict(d) => match dict::get_qstr(vm, d, q::_fields) {
            Some(f) => tuple::items(f),
            None => &[],
        },
        _ => &[],
    }
}

fn defaults_of(vm: &Vm, ty: &Type) -> Value {
    match ty.locals {
        Locals::Dict(d) => dict::get_qstr(vm, d, q::_field_defaults).unwrap_or(Value::NULL),
        _ => Value::NULL,
    }
}

/// Whether `t` is a named tuple type made by [`namedtuple`].
fn is_namedtuple_type(t: &Type) -> bool {
    !t.is_class() && matches!(t.locals, Locals::Dict(_)) && t.base == Value::from_static(&TUPLE_TYPE)
}

fn nt_make_new(vm: &mut Vm, ty: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let t = type_::get(ty);
    let fields = fields_of(vm, t);
    let n = fields.len();
    let name = vm.qstr_str(t.name);
    if args.len() > n || (args.len() + kw.len() / 2 != n && defaults_of(vm, t).is_null()) {
        let given = args.len() + kw.len() / 2;
        return Err(vm.type_error(&format!("{name}() takes {n} positional arguments but {given} were given")));
    }
    let mut items: Vec<Value> = alloc::vec![Value::NULL; n];
    items[..args.len()].copy_from_slice(args);
    for pair in kw.chunks(2) {
        let k = vm.to_qstr(pair[0])?;
        let Some(i) = fields.iter().position(|&f| f == Value::qstr(k)) else {
            let k = vm.qstr_str(k);
            return Err(vm.type_error(&format!("unexpected keyword argument '{k}'")));
        };
        if !items[i].is_null() {
            let k = vm.qstr_str(k);
            return Err(vm.type_error(&format!("function got multiple values for argument '{k}'")));
        }
        items[i] = pair[1];
    }
    let defaults = defaults_of(vm, t);
    for (i, slot) in items.iter_mut().enumerate() {
        if slot.is_null() {
            let f = fields[i].as_qstr();
            match dict::get_qstr(vm, defaults, f) {
                Some(d) => *slot = d,
                None => {
                    let f = vm.qstr_str(f);
                    return Err(vm.type_error(&format!("{name}() missing required argument '{f}'")));
                }
            }
        }
    }
    new_instance(vm, ty, &items)
}

/// A tuple of type `ty` holding `items`.
fn new_instance(vm: &mut Vm, ty: Value, items: &[Value]) -> PyResult<Value> {
    let bytes = items.len().checked_mul(size_of::<Value>()).ok_or_else(|| vm.memory_error(usize::MAX))?;
    let p = vm.alloc_obj::<TupleObj>(ty.as_ptr::<Type>(), bytes)?;
    // SAFETY: fresh allocation with room for `items.len()` values after the header.
    unsafe { (*p).len = items.len() };
    let t = Value::from_ptr(p);
    for (i, &v) in items.iter().enumerate() {
        tuple::set_item(t, i, v);
    }
    Ok(t)
}

fn nt_print(vm: &mut Vm, v: Value, out: &mut String, _kind: PrintKind) -> PyResult<()> {
    let t = vm.type_of(v);
    let fields = fields_of(vm, t);
    out.push_str(vm.qstr_str(t.name));
    out.push('(');
    let values = tuple::items(v).to_vec();
    for (i, (&f, &x)) in fields.iter().zip(&values).enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(vm.qstr_str(f.as_qstr()));
        out.push('=');
        vm.print_value(x, out, PrintKind::Repr)?;
    }
    out.push(')');
    Ok(())
}

fn nt_attr(vm: &mut Vm, v: Value, attr: Qstr) -> PyResult<Option<Value>> {
    let fields = fields_of(vm, vm.type_of(v));
    Ok(fields.iter().position(|&f| f == Value::qstr(attr)).and_then(|i| tuple::items(v).get(i).copied()))
}

fn nt_store_attr(vm: &mut Vm, v: Value, attr: Qstr, _value: Value) -> PyResult<bool> {
    if fields_of(vm, vm.type_of(v)).contains(&Value::qstr(attr)) {
        return Err(vm.attribute_error("can't set attribute"));
    }
    Ok(false)
}

/// The named tuple inside `v` (itself, or the native part of a subclass instance).
fn this_namedtuple(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let n = vm.native_of(v, &TUPLE_TYPE).unwrap_or(v);
    if n.is_obj() && is_namedtuple_type(vm.type_of(n)) {
        Ok(n)
    } else {
        Err(vm.type_error("expected a named tuple"))
    }
}

/// `T._make(iterable)`.
fn m_make(vm: &mut Vm, cls: Value, iterable: Value) -> PyResult<Value> {
    let items = vm.iter_to_vec(iterable)?;
    vm.call(cls, &items)
}

/// `t._replace(**changes)`.
fn m_replace(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [this] = args else {
        return Err(vm.type_error("_replace() takes no positional arguments"));
    };
    let t = this_namedtuple(vm, *this)?;
    let ty = vm.type_of(t);
    let fields = fields_of(vm, ty);
    let mut items = tuple::items(t).to_vec();
    for pair in kw.chunks(2) {
        let k = vm.to_qstr(pair[0])?;
        match fields.iter().position(|&f| f == Value::qstr(k)) {
            Some(i) => items[i] = pair[1],
            None => {
                let k = vm.qstr_str(k);
                return Err(vm.value_error(&format!("Got unexpected field names: ['{k}']")));
            }
        }
    }
    new_instance(vm, Value::from_ptr(ty as *const Type), &items)
}

/// `t._asdict()`: a dict from field names to values.
fn m_asdict(vm: &mut Vm, this: Value) -> PyResult<Value> {
    let t = this_namedtuple(vm, this)?;
    let fields = fields_of(vm, vm.type_of(t));
    let d = dict::new(vm)?;
    for (&f, &x) in fields.iter().zip(tuple::items(t)) {
        dict::set_item(vm, d, f, x)?;
    }
    Ok(d)
}

static MAKE: BuiltinFn = BuiltinFn::f2(q::_make, m_make);
static MAKE_CM: ClassMethod = ClassMethod::new_static(&MAKE);
static REPLACE: BuiltinFn = BuiltinFn::kw(q::_replace, m_replace);
static ASDICT: BuiltinFn = BuiltinFn::f1(q::_asdict, m_asdict);
