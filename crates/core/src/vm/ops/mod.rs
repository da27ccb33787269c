//! Operators on values: the slow paths of the interpreter's binary and unary opcodes, truth
//! testing, subscripts, `in`, exception matching and sequence unpacking.

pub(crate) mod fast_subscr;
mod unpack;

use alloc::format;

use crate::bytecode::opcodes::BinaryOp;
use crate::obj::{exception, float, tuple, type_, Subscr, Type, UnaryOp};
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The special-method name of an operator, for error messages.
fn op_name(op: BinaryOp) -> Qstr {
    use BinaryOp::*;
    match op.non_inplace() {
        Less => q::__lt__,
        More => q::__gt__,
        Equal => q::__eq__,
        LessEqual => q::__le__,
        MoreEqual => q::__ge__,
        NotEqual => q::__ne__,
        In => q::__contains__,
        Add => q::__add__,
        Subtract => q::__sub__,
        Multiply => q::__mul__,
        MatMultiply => q::__matmul__,
        FloorDivide => q::__floordiv__,
        TrueDivide => q::__truediv__,
        Modulo => q::__mod__,
        Power => q::__pow__,
        Lshift => q::__lshift__,
        Rshift => q::__rshift__,
        And => q::__and__,
        Or => q::__or__,
        Xor => q::__xor__,
        _ => q::_empty,
    }
}

fn reflected_comparison(op: BinaryOp) -> Option<BinaryOp> {
    use BinaryOp::*;
    Some(match op {
        Less => More,
        More => Less,
        LessEqual => MoreEqual,
        MoreEqual => LessEqual,
        Equal => Equal,
        NotEqual => NotEqual,
        _ => return None,
    })
}

/// The interpreter's slow path for `BINARY_OP` (its fast path handles two small ints).
#[inline(never)]
pub fn binary_slow(vm: &mut Vm, op: BinaryOp, lhs: Value, rhs: Value) -> PyResult<Value> {
    if lhs.is_flonum() && rhs.is_flonum() {
        if let Some(r) = float::float_op(vm, op, lhs.as_flonum(), rhs.as_flonum())? {
            return Ok(r);
        }
    }
    vm.binary_op(op, lhs, rhs)
}

impl Vm {
    /// `lhs op rhs`.
    pub fn binary_op(&mut self, op: BinaryOp, lhs: Value, rhs: Value) -> PyResult<Value> {
        match op {
            BinaryOp::Is => return Ok(Value::from_bool(lhs == rhs)),
            BinaryOp::In => return self.contains(rhs, lhs).map(Value::from_bool),
            BinaryOp::ExceptionMatch => return self.exception_match(lhs, rhs).map(Value::from_bool),
            _ => {}
        }
        if let Some(r) = self.binary_op_opt(op, lhs, rhs)? {
            return Ok(r);
        }
        match op {
            BinaryOp::Equal => Ok(Value::from_bool(lhs == rhs)),
            // Without `__ne__`, `a != b` is the negation of `a == b`.
            BinaryOp::NotEqual => match self.binary_op_opt(BinaryOp::Equal, lhs, rhs)? {
                Some(r) => Ok(Value::from_bool(!self.is_true(r)?)),
                None => Ok(Value::from_bool(lhs != rhs)),
            },
            _ => {
                let (n, a, b) = (self.qstr_str(op_name(op)), self.type_name(lhs), self.type_name(rhs));
                Err(self.type_error(&format!("unsupported types for {n}: '{a}', '{b}'")))
            }
        }
    }

    /// `lhs op rhs` through the types' slots, `Ok(None)` if neither supports it.
    pub fn binary_op_opt(&mut self, op: BinaryOp, lhs: Value, rhs: Value) -> PyResult<Option<Value>> {
        let lt: &Type = self.type_of(lhs);
        let rt: &Type = self.type_of(rhs);
        if rt.is_class()
            && !core::ptr::eq(lt, rt)
            && op == op.non_inplace()
            && reflected_comparison(op).is_none()
        {
            let (ltv, rtv) = (Value::from_ptr(lt as *const Type), Value::from_ptr(rt as *const Type));
            if self.is_subclass(rtv, ltv) {
                if let Some(f) = rt.binary {
                    if let Some(r) = f(self, op, rhs, lhs, true)? {
                        if r != Value::NOT_IMPLEMENTED {
                            return Ok(Some(r));
                        }
                    }
                }
            }
        }
        if let Some(f) = lt.binary {
            if let Some(r) = f(self, op, lhs, rhs, false)? {
                if r != Value::NOT_IMPLEMENTED {
                    return Ok(Some(r));
                }
            }
            if op != op.non_inplace() {
                if let Some(r) = f(self, op.non_inplace(), lhs, rhs, false)? {
                    if r != Value::NOT_IMPLEMENTED {
                        return Ok(Some(r));
                    }
                }
            }
        }
        let op = op.non_inplace();
        if !core::ptr::eq(lt, rt) || (lt.is_class() && reflected_comparison(op).is_some()) {
            if let Some(f) = rt.binary {
                let r = match reflected_comparison(op) {
                    Some(rop) => f(self, rop, rhs, lhs, false)?,
                    None => f(self, op, rhs, lhs, true)?,
                };
                if let Some(r) = r {
                    if r != Value::NOT_IMPLEMENTED {
                        return Ok(Some(r));
                    }
                }
            }
        }
        Ok(None)
    }

    /// `op v`.
    pub fn unary_op(&mut self, op: UnaryOp, v: Value) -> PyResult<Value> {
        if let Some(f) = self.type_of(v).unary {
            if let Some(r) = f(self, op, v)? {
                return Ok(r);
            }
        }
        let name = match op {
            UnaryOp::Positive => "__pos__",
            UnaryOp::Negative => "__neg__",
            UnaryOp::Invert => "__invert__",
            UnaryOp::Abs => "__abs__",
            UnaryOp::Int => "__int__",
            UnaryOp::Float => "__float__",
            UnaryOp::Len => "__len__",
            UnaryOp::Hash => "__hash__",
            UnaryOp::Bool => "__bool__",
        };
        let t = self.type_name(v);
        Err(self.type_error(&format!("unsupported type for {name}: '{t}'")))
    }

    /// Truth value of `v`.
    #[inline]
    pub fn is_true(&mut self, v: Value) -> PyResult<bool> {
        if v == Value::TRUE {
            return Ok(true);
        }
        if v == Value::FALSE || v == Value::NONE {
            return Ok(false);
        }
        if let Some(n) = v.small_int_value() {
            return Ok(n != 0);
        }
        if v.is_qstr() {
            return Ok(v.as_qstr() != q::_empty);
        }
        self.is_true_slow(v)
    }

    #[inline(never)]
    fn is_true_slow(&mut self, v: Value) -> PyResult<bool> {
        let ty = self.type_of(v);
        if let Some(f) = ty.unary {
            if let Some(r) = f(self, UnaryOp::Bool, v)? {
                return Ok(r == Value::TRUE);
            }
            if let Some(n) = f(self, UnaryOp::Len, v)? {
                return Ok(n != Value::small_int(0));
            }
        }
        Ok(true)
    }

    /// `item in container`.
    pub fn contains(&mut self, container: Value, item: Value) -> PyResult<bool> {
        if let Some(f) = self.type_of(container).contains {
            return f(self, container, item);
        }
        let it = self.get_iter(container)?;
        while let Some(x) = self.iter_next(it)? {
            if x == item || self.eq(x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// `except T:` matching of exception `exc` against a class or tuple of classes.
    pub fn exception_match(&mut self, exc: Value, cls: Value) -> PyResult<bool> {
        if cls.is_exact(&tuple::TUPLE_TYPE) {
            for &c in tuple::items(cls).to_vec().iter() {
                if self.exception_match(exc, c)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        if !type_::is_exception_class(self, cls) {
            return Err(
                self.type_error("catching classes that do not inherit from BaseException is not allowed")
            );
        }
        let t = Value::from_ptr(self.type_of(exc) as *const Type);
        Ok(self.is_subclass(t, cls))
    }

    fn subscr(&mut self, obj: Value, index: Value, op: Subscr) -> PyResult<Value> {
        match self.type_of(obj).subscr {
            Some(f) => f(self, obj, index, op),
            None => {
                if type_::is_type(self, obj) && op == Subscr::Load {
                    // `list[int]` and friends (type hints) evaluate to the type itself.
                    return Ok(obj);
                }
                let t = self.type_name(obj);
                let what = match op {
                    Subscr::Load => "isn't subscriptable",
                    Subscr::Store(_) => "doesn't support item assignment",
                    Subscr::Delete => "doesn't support item deletion",
                };
                Err(self.type_error(&format!("'{t}' object {what}")))
            }
        }
    }

    /// `obj[index]`.
    pub fn subscr_load(&mut self, obj: Value, index: Value) -> PyResult<Value> {
        self.subscr(obj, index, Subscr::Load)
    }

    /// `obj[index] = v`.
    pub fn subscr_store(&mut self, obj: Value, index: Value, v: Value) -> PyResult<()> {
        self.subscr(obj, index, Subscr::Store(v)).map(|_| ())
    }

    /// `del obj[index]`.
    pub fn subscr_delete(&mut self, obj: Value, index: Value) -> PyResult<()> {
        self.subscr(obj, index, Subscr::Delete).map(|_| ())
    }

    /// Whether the pending exception is a StopIteration (for builtins that end on it).
    pub fn pending_stop_iteration(&self) -> bool {
        self.exc_matches(&exception::STOP_ITERATION_TYPE)
    }
}
