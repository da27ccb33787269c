//! `dict`: an insertion-ordered map (as CPython; MicroPython's standard build is unordered),
//! its views (`keys()`, `values()`, `items()`) and iterators.

use alloc::string::String;
use alloc::vec::Vec;

use super::builtin_fn::BuiltinFn;
use super::map::{self, Map};
use super::{tuple, ObjHeader, PrintKind, Subscr, Type, UnaryOp};
use crate::bytecode::opcodes::BinaryOp;
use crate::gc::Marker;
use crate::obj::flags;
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

#[repr(C)]
pub struct DictObj {
    pub header: ObjHeader,
    pub map: Map,
}

pub static DICT_TYPE: Type = DICT_TYPE_SLOTS;

/// The slots of `dict`, for the built-in dict subtypes (`OrderedDict`, `defaultdict`) to extend.
pub(crate) const DICT_TYPE_SLOTS: Type = Type {
    flags: flags::BASETYPE,
    locals: super::Locals::Static(&DICT_LOCALS),
    make_new: Some(dict_make_new),
    print: Some(dict_print),
    unary: Some(dict_unary),
    binary: Some(dict_binary),
    subscr: Some(dict_subscr),
    iter: Some(dict_iter),
    contains: Some(dict_contains),
    trace: Some(trace_dict),
    ..Type::builtin(q::dict)
};

fn trace_dict(v: Value, m: &mut Marker) {
    map::trace(&get(v).map, m);
}

#[inline(always)]
fn get<'a>(v: Value) -> &'a mut DictObj {
    // SAFETY: callers pass a dict object; short borrows only.
    unsafe { &mut *v.as_ptr::<DictObj>() }
}

/// The map inside a dict (for an instance's `__dict__`, the instance's own map).
#[inline(always)]
pub fn map_of(d: Value) -> *mut Map {
    if d.is_exact(&INSTANCE_DICT_TYPE) {
        return super::instance::map_of(get(d).map.table);
    }
    &mut get(d).map as *mut Map
}

/// `obj.__dict__` of an instance: a dict whose entries are the instance's attributes (it
/// shares their map, so changes go both ways). Its `map.table` field holds the instance.
pub static INSTANCE_DICT_TYPE: Type =
    Type { base: Value::from_static(&DICT_TYPE), trace: Some(trace_instance_dict), ..DICT_TYPE_SLOTS };

fn trace_instance_dict(v: Value, m: &mut Marker) {
    m.mark(get(v).map.table);
}

/// The `__dict__` of instance `inst`.
pub fn instance_dict(vm: &mut Vm, inst: Value) -> PyResult<Value> {
    let p = vm.alloc_obj::<DictObj>(&INSTANCE_DICT_TYPE, 0)?;
    // SAFETY: fresh allocation; the table field holds the instance for this type.
    unsafe { (*p).map.table = inst };
    Ok(Value::from_ptr(p))
}

pub fn new(vm: &mut Vm) -> PyResult<Value> {
    Ok(Value::from_ptr(vm.alloc_obj::<DictObj>(&DICT_TYPE, 0)?))
}

/// A new, empty dict with room for `n` entries (`BUILD_MAP`'s size hint: a dict display gets
/// a table of its own size, as in MicroPython). The hint comes from bytecode, which may be
/// hostile: beyond `HINT_MAX` it is only a hint, and the dict grows as it is filled.
pub fn with_capacity(vm: &mut Vm, n: usize) -> PyResult<Value> {
    const HINT_MAX: usize = 1024;
    let d = new(vm)?;
    if n > 0 {
        map::reserve(vm, &mut get(d).map, n.min(HINT_MAX))?;
    }
    Ok(d)
}

/// A dict the program cannot change (MicroPython's "fixed" dicts, such as `errno.errorcode`):
/// every mutating operation raises a bare `TypeError`. It prints and compares as a dict.
pub static FIXED_DICT_TYPE: Type =
    Type { base: Value::from_static(&DICT_TYPE), subscr: Some(fixed_subscr), ..DICT_TYPE_SLOTS };

/// A new, empty fixed dict; its owner fills it with `set_item` before handing it out.
pub fn new_fixed(vm: &mut Vm) -> PyResult<Value> {
    Ok(Value::from_ptr(vm.alloc_obj::<DictObj>(&FIXED_DICT_TYPE, 0)?))
}

fn ensure_not_fixed(vm: &mut Vm, d: Value) -> PyResult<()> {
    if d.is_exact(&FIXED_DICT_TYPE) {
        return Err(vm.raise_type(&super::exception::TYPE_ERROR_TYPE));
    }
    Ok(())
}

fn fixed_subscr(vm: &mut Vm, d: Value, key: Value, op: Subscr) -> PyResult<Value> {
    if !matches!(op, Subscr::Load) {
        ensure_not_fixed(vm, d)?;
    }
    dict_subscr(vm, d, key, op)
}

#[inline]
pub fn is_dict(v: Value) -> bool {
    v.is_exact(&DICT_TYPE)
}

pub fn len(d: Value) -> usize {
    unsafe { (*map_of(d)).len as usize }
}

pub fn get_item(vm: &mut Vm, d: Value, key: Value) -> PyResult<Option<Value>> {
    map::lookup(vm, map_of(d), key)
}

pub fn set_item(vm: &mut Vm, d: Value, key: Value, value: Value) -> PyResult<()> {
    map::store(vm, map_of(d), key, value)
}

pub fn get_qstr(vm: &Vm, d: Value, name: Qstr) -> Option<Value> {
    map::lookup_qstr(vm, map_of(d), name)
}

pub fn set_qstr(vm: &mut Vm, d: Value, name: Qstr, value: Value) -> PyResult<()> {
    map::store_qstr(vm, map_of(d), name, value)
}

pub fn del_item(vm: &mut Vm, d: Value, key: Value) -> PyResult<Option<Value>> {
    map::remove(vm, map_of(d), key)
}

/// The live `(key, value)` pairs, in order.
pub fn pairs(d: Value) -> Vec<(Value, Value)> {
    let mut out = Vec::with_capacity(len(d));
    let mut pos = 0;
    while let Some(e) = map::next_entry(map_of(d), &mut pos) {
        out.push(e);
    }
    out
}

fn this_dict(vm: &mut Vm, v: Value) -> PyResult<Value> {
    vm.native_of(v, &DICT_TYPE).ok_or_else(|| vm.type_error("descriptor requires a 'dict' object"))
}

/// Adds the entries of `src` (a mapping or an iterable of pairs) to dict `d`.
pub fn update_from(vm: &mut Vm, d: Value, src: Value) -> PyResult<()> {
    if let Some(sd) = vm.native_of(src, &DICT_TYPE) {
        for (k, v) in pairs(sd) {
            set_item(vm, d, k, v)?;
        }
        return Ok(());
    }
    if let Some(keys) = vm.load_attr_opt(src, q::keys)? {
        let keys = vm.call(keys, &[])?;
        for k in vm.iter_to_vec(keys)? {
            let v = vm.subscr_load(src, k)?;
            set_item(vm, d, k, v)?;
        }
        return Ok(());
    }
    for item in vm.iter_to_vec(src)? {
        let kv = vm.iter_to_vec(item)?;
        if kv.len() != 2 {
            return Err(vm.value_error("dictionary update sequence element has wrong length"));
        }
        set_item(vm, d, kv[0], kv[1])?;
    }
    Ok(())
}

fn add_kwargs(vm: &mut Vm, d: Value, kw: &[Value]) -> PyResult<()> {
    for pair in kw.chunks(2) {
        set_item(vm, d, pair[0], pair[1])?;
    }
    Ok(())
}

fn dict_make_new(vm: &mut Vm, ty: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if args.len() > 1 {
        return Err(vm.type_error("dict expected at most 1 argument"));
    }
    let d = new(vm)?;
    if let Some(&src) = args.first() {
        update_from(vm, d, src)?;
    }
    add_kwargs(vm, d, kw)?;
    vm.wrap_native_subclass(ty, &DICT_TYPE, d)
}

fn dict_print(vm: &mut Vm, v: Value, out: &mut String, _kind: PrintKind) -> PyResult<()> {
    if !vm.enter_repr(v) {
        out.push_str("{...}");
        return Ok(());
    }
    out.push('{');
    let mut first = true;
    let mut pos = 0;
    let mut result = Ok(());
    while let Some((k, val)) = map::next_entry(map_of(v), &mut pos) {
        if !first {
            out.push_str(", ");
        }
        first = false;
        result = vm.print_value(k, out, PrintKind::Repr);
        if result.is_err() {
            break;
        }
        out.push_str(": ");
        result = vm.print_value(val, out, PrintKind::Repr);
        if result.is_err() {
            break;
        }
    }
    out.push('}');
    vm.leave_repr();
    result
}

fn dict_unary(_vm: &mut Vm, op: UnaryOp, v: Value) -> PyResult<Option<Value>> {
    Ok(match op {
        UnaryOp::Bool => Some(Value::from_bool(len(v) != 0)),
        UnaryOp::Len => Some(Value::small_int(len(v) as isize)),
        _ => None,
    })
}

/// Whether two dicts have the same keys mapped to equal values.
pub fn dicts_equal(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    if len(a) != len(b) {
        return Ok(false);
    }
    for (k, v) in pairs(a) {
        match get_item(vm, b, k)? {
            Some(w) if w == v || vm.eq(v, w)? => {}
            _ => return Ok(false),
        }
    }
    Ok(true)
}

fn dict_binary(
    vm: &mut Vm,
    op: BinaryOp,
    this: Value,
    other: Value,
    swapped: bool,
) -> PyResult<Option<Value>> {
    if op == BinaryOp::InplaceOr && !swapped {
        // `d |= x` is `d.update(x)`: any mapping or iterable of pairs.
        ensure_not_fixed(vm, this)?;
        update_from(vm, this, other)?;
        return Ok(Some(this));
    }
    let Some(other) = vm.native_of(other, &DICT_TYPE) else { return Ok(None) };
    match op {
        BinaryOp::Equal => dicts_equal(vm, this, other).map(|b| Some(Value::from_bool(b))),
        BinaryOp::NotEqual => dicts_equal(vm, this, other).map(|b| Some(Value::from_bool(!b))),
        BinaryOp::Or => {
            let (first, second) = if swapped { (other, this) } else { (this, other) };
            let d = new(vm)?;
            update_from(vm, d, first)?;
            update_from(vm, d, second)?;
            Ok(Some(d))
        }
        BinaryOp::InplaceOr => {
            update_from(vm, this, other)?;
            Ok(Some(this))
        }
        _ => Ok(None),
    }
}

fn dict_subscr(vm: &mut Vm, d: Value, key: Value, op: Subscr) -> PyResult<Value> {
    match op {
        Subscr::Load => match get_item(vm, d, key)? {
            Some(v) => Ok(v),
            None => Err(vm.key_error(key)),
        },
        Subscr::Store(v) => {
            set_item(vm, d, key, v)?;
            Ok(Value::NONE)
        }
        Subscr::Delete => match del_item(vm, d, key)? {
            Some(_) => Ok(Value::NONE),
            None => Err(vm.key_error(key)),
        },
    }
}

fn dict_contains(vm: &mut Vm, d: Value, key: Value) -> PyResult<bool> {
    Ok(get_item(vm, d, key)?.is_some())
}

// ---- views and iterators ----

#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(usize)]
pub enum ViewKind {
    Keys = 0,
    Values = 1,
    Items = 2,
}

#[repr(C)]
pub struct DictView {
    pub header: ObjHeader,
    pub dict: Value,
    pub kind: ViewKind,
}

#[repr(C)]
pub struct DictIter {
    pub header: ObjHeader,
    pub dict: Value,
    pub kind: ViewKind,
    pub pos: usize,
    /// The dict's size when iteration started: a change raises RuntimeError, as in CPython.
    pub len: usize,
}

const fn view_type(name: Qstr) -> Type {
    Type {
        print: Some(view_print),
        unary: Some(view_unary),
        binary: Some(view_binary),
        iter: Some(view_iter),
        contains: Some(view_contains),
        trace: Some(trace_view),
        ..Type::builtin(name)
    }
}

pub static DICT_KEYS_TYPE: Type = view_type(q::dict_keys);
pub static DICT_VALUES_TYPE: Type = view_type(q::dict_values);
pub static DICT_ITEMS_TYPE: Type = view_type(q::dict_items);

/// Whether `v` is a view of a dict.
pub fn is_view(v: Value) -> bool {
    v.is_exact(&DICT_KEYS_TYPE) || v.is_exact(&DICT_VALUES_TYPE) || v.is_exact(&DICT_ITEMS_TYPE)
}

pub static DICT_ITER_TYPE: Type = Type {
    flags: flags::ITER_IS_SELF,
    iternext: Some(dict_iternext),
    trace: Some(trace_iter),
    ..Type::builtin(q::iterator)
};

fn trace_view(v: Value, m: &mut Marker) {
    // SAFETY: `v` is a dict view.
    m.mark(unsafe { (*v.as_ptr::<DictView>()).dict });
}

fn trace_iter(v: Value, m: &mut Marker) {
    // SAFETY: `v` is a dict iterator.
    m.mark(unsafe { (*v.as_ptr::<DictIter>()).dict });
}

fn view_parts(v: Value) -> (Value, ViewKind) {
    // SAFETY: `v` is a dict view.
    unsafe { ((*v.as_ptr::<DictView>()).dict, (*v.as_ptr::<DictView>()).kind) }
}

fn new_view(vm: &mut Vm, d: Value, kind: ViewKind) -> PyResult<Value> {
    let ty: &'static Type = match kind {
        ViewKind::Keys => &DICT_KEYS_TYPE,
        ViewKind::Values => &DICT_VALUES_TYPE,
        ViewKind::Items => &DICT_ITEMS_TYPE,
    };
    let p = vm.alloc_obj::<DictView>(ty, 0)?;
    // SAFETY: fresh allocation.
    unsafe {
        (*p).dict = d;
        (*p).kind = kind;
    }
    Ok(Value::from_ptr(p))
}

pub fn new_iter(vm: &mut Vm, d: Value, kind: ViewKind) -> PyResult<Value> {
    let p = vm.alloc_obj::<DictIter>(&DICT_ITER_TYPE, 0)?;
    // SAFETY: fresh allocation.
    unsafe {
        (*p).dict = d;
        (*p).kind = kind;
        (*p).len = len(d);
    }
    Ok(Value::from_ptr(p))
}

fn dict_iter(vm: &mut Vm, d: Value) -> PyResult<Value> {
    new_iter(vm, d, ViewKind::Keys)
}

fn dict_iternext(vm: &mut Vm, it: Value) -> PyResult<Option<Value>> {
    // SAFETY: `it` is a dict iterator; the borrow ends before any allocation.
    let (d, kind, mut pos, start_len) = unsafe {
        let p = it.as_ptr::<DictIter>();
        ((*p).dict, (*p).kind, (*p).pos, (*p).len)
    };
    if len(d) != start_len {
        // SAFETY: as above; the iterator stays broken, as in CPython.
        unsafe { (*it.as_ptr::<DictIter>()).len = usize::MAX };
        return Err(vm.runtime_error("dictionary changed size during iteration"));
    }
    let e = map::next_entry(map_of(d), &mut pos);
    // SAFETY: as above.
    unsafe { (*it.as_ptr::<DictIter>()).pos = pos };
    Ok(match e {
        None => None,
        Some((k, v)) => Some(match kind {
            ViewKind::Keys => k,
            ViewKind::Values => v,
            ViewKind::Items => tuple::new(vm, &[k, v])?,
        }),
    })
}

/// Keys and items views are set-like: `&`, `|`, `-`, `^` and comparisons work on them as on
/// sets built from their contents.
fn view_binary(
    vm: &mut Vm,
    op: BinaryOp,
    this: Value,
    other: Value,
    swapped: bool,
) -> PyResult<Option<Value>> {
    let (_, kind) = view_parts(this);
    let set_op = matches!(op, BinaryOp::And | BinaryOp::Or | BinaryOp::Subtract | BinaryOp::Xor);
    if kind == ViewKind::Values || !(set_op || op.is_comparison()) {
        return Ok(None);
    }
    let other_is_setlike = super::set::as_set(vm, other).is_some() || is_view(other);
    if op.is_comparison() && !other_is_setlike {
        return Ok(None);
    }
    let set_type = Value::from_static(&super::set::SET_TYPE);
    let a = vm.call(set_type, &[this])?;
    let b = vm.call(set_type, &[other])?;
    vm.pin(a);
    vm.pin(b);
    match super::set::SET_TYPE.binary {
        Some(f) => f(vm, op, a, b, swapped),
        None => Ok(None),
    }
}

fn view_iter(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let (d, kind) = view_parts(v);
    new_iter(vm, d, kind)
}

fn view_unary(vm: &mut Vm, op: UnaryOp, v: Value) -> PyResult<Option<Value>> {
    let (d, kind) = view_parts(v);
    let n = len(d);
    Ok(match op {
        // Keys and items views are set-like, hence unhashable; values views hash by identity.
        UnaryOp::Hash if kind != ViewKind::Values => {
            let name = if kind == ViewKind::Keys { "dict_keys" } else { "dict_items" };
            return Err(vm.type_error(&alloc::format!("unhashable type: '{name}'")));
        }
        UnaryOp::Bool => Some(Value::from_bool(n != 0)),
        UnaryOp::Len => Some(Value::small_int(n as isize)),
        _ => None,
    })
}

fn view_contains(vm: &mut Vm, v: Value, item: Value) -> PyResult<bool> {
    let (d, kind) = view_parts(v);
    match kind {
        ViewKind::Keys => Ok(get_item(vm, d, item)?.is_some()),
        ViewKind::Values => {
            for (_, x) in pairs(d) {
                if x == item || vm.eq(x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        ViewKind::Items => {
            let kv = vm.iter_to_vec(item)?;
            if kv.len() != 2 {
                return Ok(false);
            }
            match get_item(vm, d, kv[0])? {
                Some(x) => Ok(x == kv[1] || vm.eq(x, kv[1])?),
                None => Ok(false),
            }
        }
    }
}

fn view_print(vm: &mut Vm, v: Value, out: &mut String, _kind: PrintKind) -> PyResult<()> {
    let (d, kind) = view_parts(v);
    out.push_str(match kind {
        ViewKind::Keys => "dict_keys(",
        ViewKind::Values => "dict_values(",
        ViewKind::Items => "dict_items(",
    });
    let it = new_iter(vm, d, kind)?;
    let items = vm.iter_to_vec(it)?;
    tuple::print_items(vm, &items, out, "[", "]")?;
    out.push(')');
    Ok(())
}

// ---- methods ----

fn m_keys(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let d = this_dict(vm, v)?;
    new_view(vm, d, ViewKind::Keys)
}

fn m_values(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let d = this_dict(vm, v)?;
    new_view(vm, d, ViewKind::Values)
}

fn m_items(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let d = this_dict(vm, v)?;
    new_view(vm, d, ViewKind::Items)
}

fn m_get(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let d = this_dict(vm, args[0])?;
    Ok(get_item(vm, d, args[1])?.unwrap_or(args.get(2).copied().unwrap_or(Value::NONE)))
}

fn m_pop(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let d = this_dict(vm, args[0])?;
    ensure_not_fixed(vm, d)?;
    match del_item(vm, d, args[1])? {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(&default) => Ok(default),
            None => Err(vm.key_error(args[1])),
        },
    }
}

fn m_popitem(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let d = this_dict(vm, v)?;
    ensure_not_fixed(vm, d)?;
    let Some((_, k, val)) = map::last_entry(map_of(d)) else {
        return Err(vm.raise_msg(&super::exception::KEY_ERROR_TYPE, "popitem(): dictionary is empty"));
    };
    let pair = tuple::new(vm, &[k, val])?;
    del_item(vm, d, k)?;
    Ok(pair)
}

fn m_setdefault(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let d = this_dict(vm, args[0])?;
    ensure_not_fixed(vm, d)?;
    if let Some(v) = get_item(vm, d, args[1])? {
        return Ok(v);
    }
    let default = args.get(2).copied().unwrap_or(Value::NONE);
    set_item(vm, d, args[1], default)?;
    Ok(default)
}

fn m_update(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if args.is_empty() || args.len() > 2 {
        return Err(vm.type_error("update expected at most 1 argument"));
    }
    let d = this_dict(vm, args[0])?;
    ensure_not_fixed(vm, d)?;
    if let Some(&src) = args.get(1) {
        update_from(vm, d, src)?;
    }
    add_kwargs(vm, d, kw)?;
    Ok(Value::NONE)
}

/// `dict.__init__(self[, mapping], **kw)`: adds the entries (for subclasses' `super().__init__`).
fn m_init(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if args.len() > 2 {
        return Err(vm.type_error("dict expected at most 1 argument"));
    }
    m_update(vm, args, kw)
}

fn m_clear(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let d = this_dict(vm, v)?;
    ensure_not_fixed(vm, d)?;
    map::clear(vm, map_of(d));
    Ok(Value::NONE)
}

fn m_copy(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let d = this_dict(vm, v)?;
    let c = new(vm)?;
    update_from(vm, c, d)?;
    Ok(c)
}

fn m_fromkeys(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let value = args.get(2).copied().unwrap_or(Value::NONE);
    let d = new(vm)?;
    for k in vm.iter_to_vec(args[1])? {
        set_item(vm, d, k, value)?;
    }
    let cls = args[0];
    if cls == Value::from_static(&DICT_TYPE) {
        Ok(d)
    } else {
        let inst = vm.call(cls, &[])?;
        let target = vm.native_of(inst, &DICT_TYPE).unwrap_or(d);
        update_from(vm, target, d)?;
        Ok(inst)
    }
}

static KEYS: BuiltinFn = BuiltinFn::f1(q::keys, m_keys);
static VALUES: BuiltinFn = BuiltinFn::f1(q::values, m_values);
static ITEMS: BuiltinFn = BuiltinFn::f1(q::items, m_items);
static GET: BuiltinFn = BuiltinFn::var(q::get, 2, 3, m_get);
static POP: BuiltinFn = BuiltinFn::var(q::pop, 2, 3, m_pop);
static POPITEM: BuiltinFn = BuiltinFn::f1(q::popitem, m_popitem);
static SETDEFAULT: BuiltinFn = BuiltinFn::var(q::setdefault, 2, 3, m_setdefault);
static UPDATE: BuiltinFn = BuiltinFn::kw(q::update, m_update);
static CLEAR: BuiltinFn = BuiltinFn::f1(q::clear, m_clear);
static COPY: BuiltinFn = BuiltinFn::f1(q::copy, m_copy);
static FROMKEYS: BuiltinFn = BuiltinFn::var(q::fromkeys, 2, 3, m_fromkeys);
static FROMKEYS_CM: super::property::ClassMethod = super::property::ClassMethod::new_static(&FROMKEYS);

static INIT: BuiltinFn = BuiltinFn::kw(q::__init__, m_init);

static DICT_LOCALS: [(Qstr, Value); 12] = [
    (q::__init__, Value::from_static(&INIT)),
    (q::keys, Value::from_static(&KEYS)),
    (q::values, Value::from_static(&VALUES)),
    (q::items, Value::from_static(&ITEMS)),
    (q::get, Value::from_static(&GET)),
    (q::pop, Value::from_static(&POP)),
    (q::popitem, Value::from_static(&POPITEM)),
    (q::setdefault, Value::from_static(&SETDEFAULT)),
    (q::update, Value::from_static(&UPDATE)),
    (q::clear, Value::from_static(&CLEAR)),
    (q::copy, Value::from_static(&COPY)),
    (q::fromkeys, Value::from_static(&FROMKEYS_CM)),
];
