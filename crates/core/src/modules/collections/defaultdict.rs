//! `collections.defaultdict`: a `dict` that calls `default_factory` to make (and store) the
//! value of a missing key on `d[key]`.

use alloc::string::String;

use crate::gc::Marker;
use crate::modules::builtins::introspect::is_callable;
use crate::obj::builtin_fn::BuiltinFn;
use crate::obj::dict::{self, DictObj, DICT_TYPE};
use crate::obj::{map, Locals, PrintKind, Subscr, Type};
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

use super::ordereddict::{fill, new_dict_of};

#[repr(C)]
struct DefaultDictObj {
    dict: DictObj,
    /// A callable, or None.
    factory: Value,
}

pub static DEFAULTDICT_TYPE: Type = Type {
    name: q::defaultdict,
    base: Value::from_static(&DICT_TYPE),
    locals: Locals::Static(&DD_LOCALS),
    make_new: Some(dd_make_new),
    print: Some(dd_print),
    attr: Some(dd_attr),
    store_attr: Some(dd_store_attr),
    subscr: Some(dd_subscr),
    trace: Some(trace_dd),
    ..dict::DICT_TYPE_SLOTS
};

fn get<'a>(v: Value) -> &'a mut DefaultDictObj {
    // SAFETY: callers pass a defaultdict object; short borrows only.
    unsafe { &mut *v.as_ptr::<DefaultDictObj>() }
}

fn trace_dd(v: Value, m: &mut Marker) {
    map::trace(&get(v).dict.map, m);
    m.mark(get(v).factory);
}

fn check_factory(vm: &mut Vm, f: Value) -> PyResult<Value> {
    if f.is_none() || is_callable(vm, f) {
        Ok(f)
    } else {
        Err(vm.type_error("first argument must be callable or None"))
    }
}

fn dd_make_new(vm: &mut Vm, ty: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if args.len() > 2 {
        return Err(vm.type_error("defaultdict expected at most 2 arguments"));
    }
    let factory = check_factory(vm, args.first().copied().unwrap_or(Value::NONE))?;
    let p = new_dict_of::<DefaultDictObj>(vm, &DEFAULTDICT_TYPE)?;
    // SAFETY: fresh allocation of a `DefaultDictObj`.
    unsafe { (*p).factory = factory };
    let d = Value::from_ptr(p);
    fill(vm, d, args.get(1).copied(), kw)?;
    vm.wrap_native_subclass(ty, &DEFAULTDICT_TYPE, d)
}

fn dd_print(vm: &mut Vm, v: Value, out: &mut String, kind: PrintKind) -> PyResult<()> {
    out.push_str("defaultdict(");
    vm.print_value(get(v).factory, out, PrintKind::Repr)?;
    out.push_str(", ");
    if let Some(p) = DICT_TYPE.print {
        p(vm, v, out, kind)?;
    }
    out.push(')');
    Ok(())
}

fn dd_attr(_vm: &mut Vm, v: Value, attr: Qstr) -> PyResult<Option<Value>> {
    Ok((attr == q::default_factory).then(|| get(v).factory))
}

fn dd_store_attr(vm: &mut Vm, v: Value, attr: Qstr, value: Value) -> PyResult<bool> {
    if attr != q::default_factory {
        return Ok(false);
    }
    get(v).factory = if value.is_null() { Value::NONE } else { check_factory(vm, value)? };
    Ok(true)
}

/// Makes, stores and returns the value of missing `key` (KeyError without a factory).
fn missing(vm: &mut Vm, d: Value, key: Value) -> PyResult<Value> {
    let f = get(d).factory;
    if f.is_none() {
        return Err(vm.key_error(key));
    }
    let v = vm.call(f, &[])?;
    vm.pin(v);
    dict::set_item(vm, d, key, v)?;
    Ok(v)
}

fn dd_subscr(vm: &mut Vm, d: Value, key: Value, op: Subscr) -> PyResult<Value> {
    if let Subscr::Load = op {
        return match dict::get_item(vm, d, key)? {
            Some(v) => Ok(v),
            None => missing(vm, d, key),
        };
    }
    match DICT_TYPE.subscr {
        Some(s) => s(vm, d, key, op),
        None => Ok(Value::NONE),
    }
}

fn this_dd(vm: &mut Vm, v: Value) -> PyResult<Value> {
    vm.native_of(v, &DEFAULTDICT_TYPE)
        .ok_or_else(|| vm.type_error("descriptor requires a 'defaultdict' object"))
}

fn m_missing(vm: &mut Vm, this: Value, key: Value) -> PyResult<Value> {
    let d = this_dd(vm, this)?;
    missing(vm, d, key)
}

fn m_copy(vm: &mut Vm, this: Value) -> PyResult<Value> {
    let d = this_dd(vm, this)?;
    let p = new_dict_of::<DefaultDictObj>(vm, &DEFAULTDICT_TYPE)?;
    // SAFETY: fresh allocation of a `DefaultDictObj`.
    unsafe { (*p).factory = get(d).factory };
    let c = Value::from_ptr(p);
    fill(vm, c, Some(d), &[])?;
    Ok(c)
}

/// `defaultdict.__init__(default_factory=None, ...)` (for subclasses whose `__init__` calls the
/// base's): sets the factory and refills the dict.
fn m_init(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let Some(&this) = args.first() else { return Err(vm.type_error("__init__ needs self")) };
    if args.len() > 3 {
        return Err(vm.type_error("defaultdict expected at most 2 arguments"));
    }
    let d = this_dd(vm, this)?;
    get(d).factory = check_factory(vm, args.get(1).copied().unwrap_or(Value::NONE))?;
    map::clear(vm, dict::map_of(d));
    fill(vm, d, args.get(2).copied(), kw)?;
    Ok(Value::NONE)
}

static INIT: BuiltinFn = BuiltinFn::kw(q::__init__, m_init);
static MISSING: BuiltinFn = BuiltinFn::f2(q::__missing__, m_missing);
static COPY: BuiltinFn = BuiltinFn::f1(q::copy, m_copy);

static DD_LOCALS: [(Qstr, Value); 3] = [
    (q::__init__, Value::from_static(&INIT)),
    (q::__missing__, Value::from_static(&MISSING)),
    (q::copy, Value::from_static(&COPY)),
];
