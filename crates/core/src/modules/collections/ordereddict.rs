//! `collections.OrderedDict`: a `dict` (already insertion-ordered) whose equality with another
//! OrderedDict also compares the order, with `move_to_end` and `popitem(last=...)`.

use alloc::string::String;

use crate::bytecode::opcodes::BinaryOp;
use crate::obj::builtin_fn::BuiltinFn;
use crate::obj::dict::{self, DictObj, DICT_TYPE};
use crate::obj::{exception, map, tuple, Locals, PrintKind, Type};
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub static ORDEREDDICT_TYPE: Type = Type {
    name: q::OrderedDict,
    base: Value::from_static(&DICT_TYPE),
    locals: Locals::Static(&OD_LOCALS),
    make_new: Some(od_make_new),
    print: Some(od_print),
    binary: Some(od_binary),
    ..dict::DICT_TYPE_SLOTS
};

/// A new empty dict of the built-in dict subtype `ty` (whose objects start as a `DictObj`).
pub fn new_dict_of<T>(vm: &mut Vm, ty: &'static Type) -> PyResult<*mut T> {
    let extra = core::mem::size_of::<T>().saturating_sub(core::mem::size_of::<DictObj>());
    let p = vm.alloc_obj::<DictObj>(ty, extra)?;
    Ok(p as *mut T)
}

/// Adds positional source `src` (if any) and keyword pairs `kw` to dict `d`.
pub fn fill(vm: &mut Vm, d: Value, src: Option<Value>, kw: &[Value]) -> PyResult<()> {
    if let Some(src) = src {
        dict::update_from(vm, d, src)?;
    }
    for pair in kw.chunks(2) {
        dict::set_item(vm, d, pair[0], pair[1])?;
    }
    Ok(())
}

fn od_make_new(vm: &mut Vm, ty: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if args.len() > 1 {
        return Err(vm.type_error("OrderedDict expected at most 1 argument"));
    }
    let d = Value::from_ptr(new_dict_of::<DictObj>(vm, &ORDEREDDICT_TYPE)?);
    fill(vm, d, args.first().copied(), kw)?;
    vm.wrap_native_subclass(ty, &ORDEREDDICT_TYPE, d)
}

fn od_print(vm: &mut Vm, v: Value, out: &mut String, kind: PrintKind) -> PyResult<()> {
    out.push_str("OrderedDict(");
    if let Some(p) = DICT_TYPE.print {
        p(vm, v, out, kind)?;
    }
    out.push(')');
    Ok(())
}

/// Whether two OrderedDicts hold equal items in the same order.
fn equal_in_order(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    let (pa, pb) = (dict::pairs(a), dict::pairs(b));
    if pa.len() != pb.len() {
        return Ok(false);
    }
    for ((ka, va), (kb, vb)) in pa.into_iter().zip(pb) {
        if !(ka == kb || vm.eq(ka, kb)?) || !(va == vb || vm.eq(va, vb)?) {
            return Ok(false);
        }
    }
    Ok(true)
}

fn od_binary(vm: &mut Vm, op: BinaryOp, this: Value, other: Value, swapped: bool) -> PyResult<Option<Value>> {
    if matches!(op, BinaryOp::Equal | BinaryOp::NotEqual) {
        if let Some(o) = vm.native_of(other, &ORDEREDDICT_TYPE) {
            let eq = equal_in_order(vm, this, o)?;
            return Ok(Some(Value::from_bool(eq == (op == BinaryOp::Equal))));
        }
    }
    match DICT_TYPE.binary {
        Some(b) => b(vm, op, this, other, swapped),
        None => Ok(None),
    }
}

fn this_od(vm: &mut Vm, v: Value) -> PyResult<Value> {
    vm.native_of(v, &ORDEREDDICT_TYPE)
        .ok_or_else(|| vm.type_error("descriptor requires an 'OrderedDict' object"))
}

/// The value of keyword `name` in `kw` pairs, or `default`; any other keyword is an error.
fn bool_kwarg(vm: &mut Vm, kw: &[Value], name: Qstr, default: bool) -> PyResult<bool> {
    let mut v = default;
    for pair in kw.chunks(2) {
        if vm.qstr_of(pair[0]) != Some(name) {
            return Err(vm.type_error("unexpected keyword argument"));
        }
        v = vm.is_true(pair[1])?;
    }
    Ok(v)
}

/// `od.popitem(last=True)`: removes and returns the last (or first) item.
fn m_popitem(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if args.is_empty() || args.len() > 2 {
        return Err(vm.type_error("popitem() takes at most 1 argument"));
    }
    let d = this_od(vm, args[0])?;
    let last = match args.get(1) {
        Some(&v) => vm.is_true(v)?,
        None => bool_kwarg(vm, kw, q::last, true)?,
    };
    let entry = if last {
        map::last_entry(dict::map_of(d)).map(|(_, k, v)| (k, v))
    } else {
        let mut pos = 0;
        map::next_entry(dict::map_of(d), &mut pos)
    };
    let Some((k, v)) = entry else {
        return Err(vm.raise_msg(&exception::KEY_ERROR_TYPE, "dictionary is empty"));
    };
    let pair = tuple::new(vm, &[k, v])?;
    dict::del_item(vm, d, k)?;
    Ok(pair)
}

/// `od.move_to_end(key, last=True)`.
fn m_move_to_end(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if args.len() < 2 || args.len() > 3 {
        return Err(vm.type_error("move_to_end() takes 1 or 2 arguments"));
    }
    let (d, key) = (this_od(vm, args[0])?, args[1]);
    let last = match args.get(2) {
        Some(&v) => vm.is_true(v)?,
        None => bool_kwarg(vm, kw, q::last, true)?,
    };
    let Some(v) = dict::del_item(vm, d, key)? else {
        return Err(vm.key_error(key));
    };
    vm.pin(v);
    if last {
        dict::set_item(vm, d, key, v)?;
    } else {
        let rest = dict::pairs(d);
        for &(k, x) in &rest {
            vm.pin(k);
            vm.pin(x);
        }
        map::clear(vm, dict::map_of(d));
        dict::set_item(vm, d, key, v)?;
        for (k, x) in rest {
            dict::set_item(vm, d, k, x)?;
        }
    }
    Ok(Value::NONE)
}

/// `OrderedDict.__init__` (for subclasses whose `__init__` calls the base's): refills the dict.
fn m_init(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let Some(&this) = args.first() else { return Err(vm.type_error("__init__ needs self")) };
    if args.len() > 2 {
        return Err(vm.type_error("OrderedDict expected at most 1 argument"));
    }
    let d = this_od(vm, this)?;
    map::clear(vm, dict::map_of(d));
    fill(vm, d, args.get(1).copied(), kw)?;
    Ok(Value::NONE)
}

static INIT: BuiltinFn = BuiltinFn::kw(q::__init__, m_init);
static POPITEM: BuiltinFn = BuiltinFn::kw(q::popitem, m_popitem);
static MOVE_TO_END: BuiltinFn = BuiltinFn::kw(q::move_to_end, m_move_to_end);

static OD_LOCALS: [(Qstr, Value); 3] = [
    (q::__init__, Value::from_static(&INIT)),
    (q::popitem, Value::from_static(&POPITEM)),
    (q::move_to_end, Value::from_static(&MOVE_TO_END)),
];
