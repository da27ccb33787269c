//! Equality, ordering and hashing of any two values, with the fast paths for the common
//! immediate kinds before falling back to the types' `binary`/`unary` slots.

use core::cmp::Ordering;

use crate::bytecode::opcodes::BinaryOp;
use crate::obj::{str as pystr, UnaryOp};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Whether `ord` satisfies comparison operator `op`.
#[inline]
pub fn ordering_matches(op: BinaryOp, ord: Ordering) -> bool {
    match op {
        BinaryOp::Less => ord == Ordering::Less,
        BinaryOp::More => ord == Ordering::Greater,
        BinaryOp::Equal => ord == Ordering::Equal,
        BinaryOp::NotEqual => ord != Ordering::Equal,
        BinaryOp::LessEqual => ord != Ordering::Greater,
        BinaryOp::MoreEqual => ord != Ordering::Less,
        _ => false,
    }
}

impl Vm {
    /// `a == b`.
    pub fn eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if a == b {
            // Identity implies equality, except for NaN floats.
            if a.is_flonum() || a.is_obj() && crate::obj::float::is_float(self, a) {
                let f = crate::obj::float::value(self, a);
                return Ok(!f.is_nan());
            }
            return Ok(true);
        }
        if a.is_small_int() && b.is_small_int() {
            return Ok(false);
        }
        if a.is_qstr() && b.is_qstr() {
            return Ok(false);
        }
        if (a.is_qstr() || a.is_exact(&pystr::STR_TYPE)) && (b.is_qstr() || b.is_exact(&pystr::STR_TYPE)) {
            return Ok(self.text_of(a) == self.text_of(b));
        }
        let r = self.binary_op(BinaryOp::Equal, a, b)?;
        self.is_true(r)
    }

    /// `a < b`.
    pub fn less(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if a.is_small_int() && b.is_small_int() {
            return Ok(a.as_small_int() < b.as_small_int());
        }
        self.compare_bool(BinaryOp::Less, a, b)
    }

    /// Evaluates comparison `op` and converts the result to a bool.
    pub fn compare_bool(&mut self, op: BinaryOp, a: Value, b: Value) -> PyResult<bool> {
        let r = self.binary_op(op, a, b)?;
        self.is_true(r)
    }

    /// `hash(v)`, always within the small-int range.
    pub fn hash(&mut self, v: Value) -> PyResult<isize> {
        if v.is_small_int() {
            return Ok(crate::num::hash::hash_i64(v.as_small_int() as i64) as isize);
        }
        if v.is_qstr() {
            return Ok(self.qstrs.hash(v.as_qstr()) as isize);
        }
        if v.is_exact(&pystr::STR_TYPE) {
            return Ok(pystr::hash(self, v) as isize);
        }
        let ty = self.type_of(v);
        if let Some(u) = ty.unary {
            if let Some(h) = u(self, UnaryOp::Hash, v)? {
                return Ok(h.small_int_value().unwrap_or(0));
            }
        }
        if ty.binary.is_some()
            && !ty.is_class()
            && ty.flags & crate::obj::flags::BASETYPE != 0
            && ty.make_new.is_some()
        {
            let n = self.qstr_str(ty.name);
            return Err(self.type_error(&alloc::format!("unhashable type: '{n}'")));
        }
        Ok((v.bits() >> 4) as isize)
    }
}
