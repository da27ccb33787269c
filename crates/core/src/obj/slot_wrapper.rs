//! Special methods of built-in types as values: `list.__getitem__`, `int.__add__`,
//! `super().__init__(...)` in a subclass of `dict`. Built-in types implement these through
//! their slots, so one static wrapper per special method calls the slot of its first argument's
//! type; attribute lookup finds a wrapper when the type has the slot it needs.

use super::builtin_fn::BuiltinFn;
use super::{dict, list, set, Subscr, Type, UnaryOp};
use crate::bytecode::opcodes::BinaryOp;
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn getitem(vm: &mut Vm, s: Value, i: Value) -> PyResult<Value> {
    slot_subscr(vm, s, i, Subscr::Load)
}

fn setitem(vm: &mut Vm, s: Value, i: Value, v: Value) -> PyResult<Value> {
    slot_subscr(vm, s, i, Subscr::Store(v))
}

fn delitem(vm: &mut Vm, s: Value, i: Value) -> PyResult<Value> {
    slot_subscr(vm, s, i, Subscr::Delete)
}

fn slot_subscr(vm: &mut Vm, s: Value, i: Value, op: Subscr) -> PyResult<Value> {
    match vm.type_of(s).subscr {
        Some(f) => f(vm, s, i, op),
        None => Err(vm.type_error("object isn't subscriptable")),
    }
}

fn unary(vm: &mut Vm, s: Value, op: UnaryOp) -> PyResult<Value> {
    match vm.type_of(s).unary.map(|f| f(vm, op, s)).transpose()?.flatten() {
        Some(v) => Ok(v),
        None => Ok(Value::NOT_IMPLEMENTED),
    }
}

fn len(vm: &mut Vm, s: Value) -> PyResult<Value> {
    let n = vm.len(s)?;
    Ok(Value::small_int(n as isize))
}

fn hash(vm: &mut Vm, s: Value) -> PyResult<Value> {
    unary(vm, s, UnaryOp::Hash)
}

fn bool_(vm: &mut Vm, s: Value) -> PyResult<Value> {
    let b = vm.is_true(s)?;
    Ok(Value::from_bool(b))
}

fn neg(vm: &mut Vm, s: Value) -> PyResult<Value> {
    unary(vm, s, UnaryOp::Negative)
}

fn pos(vm: &mut Vm, s: Value) -> PyResult<Value> {
    unary(vm, s, UnaryOp::Positive)
}

fn abs(vm: &mut Vm, s: Value) -> PyResult<Value> {
    unary(vm, s, UnaryOp::Abs)
}

fn invert(vm: &mut Vm, s: Value) -> PyResult<Value> {
    unary(vm, s, UnaryOp::Invert)
}

fn int(vm: &mut Vm, s: Value) -> PyResult<Value> {
    unary(vm, s, UnaryOp::Int)
}

fn float(vm: &mut Vm, s: Value) -> PyResult<Value> {
    unary(vm, s, UnaryOp::Float)
}

fn contains(vm: &mut Vm, s: Value, x: Value) -> PyResult<Value> {
    vm.contains(s, x).map(Value::from_bool)
}

fn iter(vm: &mut Vm, s: Value) -> PyResult<Value> {
    vm.get_iter(s)
}

fn next(vm: &mut Vm, s: Value) -> PyResult<Value> {
    match vm.iter_next(s)? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration()),
    }
}

fn binary(vm: &mut Vm, s: Value, o: Value, op: BinaryOp, swapped: bool) -> PyResult<Value> {
    match vm.type_of(s).binary.map(|f| f(vm, op, s, o, swapped)).transpose()?.flatten() {
        Some(v) => Ok(v),
        None => Ok(Value::NOT_IMPLEMENTED),
    }
}

macro_rules! binary_wrappers {
    ($($f:ident $rf:ident $op:ident;)*) => {
        $(
            fn $f(vm: &mut Vm, s: Value, o: Value) -> PyResult<Value> {
                binary(vm, s, o, BinaryOp::$op, false)
            }
            fn $rf(vm: &mut Vm, s: Value, o: Value) -> PyResult<Value> {
                binary(vm, s, o, BinaryOp::$op, true)
            }
        )*
    };
}

binary_wrappers! {
    add radd Add;
    sub rsub Subtract;
    mul rmul Multiply;
    truediv rtruediv TrueDivide;
    floordiv rfloordiv FloorDivide;
    mod_ rmod Modulo;
    pow rpow Power;
    and rand And;
    or ror Or;
    xor rxor Xor;
    lshift rlshift Lshift;
    rshift rrshift Rshift;
    eq _req Equal;
    ne _rne NotEqual;
    lt _rlt Less;
    le _rle LessEqual;
    gt _rgt More;
    ge _rge MoreEqual;
}

/// `list.__init__`/`dict.__init__`/`set.__init__`: refills the object from the arguments (for
/// subclasses whose `__init__` calls the base's).
fn init(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let Some(&s) = args.first() else { return Err(vm.type_error("__init__ needs self")) };
    if list::is_list(s) {
        let items = match args.get(1) {
            Some(&src) => vm.iter_to_vec(src)?,
            None => alloc::vec::Vec::new(),
        };
        list::set_items(vm, s, &items)?;
    } else if dict::is_dict(s) {
        crate::obj::map::clear(vm, dict::map_of(s));
        if let Some(&src) = args.get(1) {
            dict::update_from(vm, s, src)?;
        }
        for pair in kw.chunks(2) {
            dict::set_item(vm, s, pair[0], pair[1])?;
        }
    } else if s.is_exact(&set::SET_TYPE) {
        if let Some(&src) = args.get(1) {
            for x in vm.iter_to_vec(src)? {
                set::add(vm, s, x)?;
            }
        }
    }
    Ok(Value::NONE)
}

macro_rules! wrappers {
    ($($name:ident = $ctor:ident($f:expr);)*) => {
        /// `(name, wrapper)` for each special method.
        static WRAPPERS: &[(Qstr, &BuiltinFn)] = &[$((q::$name, {
            static W: BuiltinFn = BuiltinFn::$ctor(q::$name, $f);
            &W
        })),*];
    };
}

wrappers! {
    __getitem__ = f2(getitem);
    __setitem__ = f3(setitem);
    __delitem__ = f2(delitem);
    __len__ = f1(len);
    __hash__ = f1(hash);
    __bool__ = f1(bool_);
    __neg__ = f1(neg);
    __pos__ = f1(pos);
    __abs__ = f1(abs);
    __invert__ = f1(invert);
    __int__ = f1(int);
    __float__ = f1(float);
    __index__ = f1(int);
    __contains__ = f2(contains);
    __iter__ = f1(iter);
    __next__ = f1(next);
    __add__ = f2(add);
    __radd__ = f2(radd);
    __sub__ = f2(sub);
    __rsub__ = f2(rsub);
    __mul__ = f2(mul);
    __rmul__ = f2(rmul);
    __truediv__ = f2(truediv);
    __rtruediv__ = f2(rtruediv);
    __floordiv__ = f2(floordiv);
    __rfloordiv__ = f2(rfloordiv);
    __mod__ = f2(mod_);
    __rmod__ = f2(rmod);
    __pow__ = f2(pow);
    __rpow__ = f2(rpow);
    __and__ = f2(and);
    __rand__ = f2(rand);
    __or__ = f2(or);
    __ror__ = f2(ror);
    __xor__ = f2(xor);
    __rxor__ = f2(rxor);
    __lshift__ = f2(lshift);
    __rlshift__ = f2(rlshift);
    __rshift__ = f2(rshift);
    __rrshift__ = f2(rrshift);
    __eq__ = f2(eq);
    __ne__ = f2(ne);
    __lt__ = f2(lt);
    __le__ = f2(le);
    __gt__ = f2(gt);
    __ge__ = f2(ge);
    __init__ = kw(init);
}

/// The wrapper for special method `name` of built-in type `ty`, if `ty` has the slot for it.
pub fn lookup(ty: &Type, name: Qstr) -> Option<Value> {
    let has = match name {
        q::__getitem__ | q::__setitem__ | q::__delitem__ => ty.subscr.is_some(),
        q::__len__
        | q::__bool__
        | q::__neg__
        | q::__pos__
        | q::__abs__
        | q::__invert__
        | q::__int__
        | q::__float__
        | q::__index__
        | q::__hash__ => ty.unary.is_some(),
        q::__contains__ => ty.contains.is_some(),
        q::__iter__ => ty.iter.is_some() || ty.flags & super::flags::ITER_IS_SELF != 0,
        q::__next__ => ty.iternext.is_some(),
        q::__init__ => {
            [&list::LIST_TYPE, &dict::DICT_TYPE, &set::SET_TYPE].iter().any(|t| core::ptr::eq(*t, ty))
        }
        _ => ty.binary.is_some(),
    };
    if !has {
        return None;
    }
    WRAPPERS.iter().find(|(n, _)| *n == name).map(|&(_, f)| Value::from_static(f))
}
