//! The value word: every Python value is one machine word (`Copy`).
//!
//! Tags in the low bits (PERF-NOTES: tagged small ints give the cheapest integer fast path):
//! - `...1`   small int, the value shifted left by one (63 bits on 64-bit targets, 31 on 32-bit);
//! - `..10`   a float held in the word itself ("flonum", 64-bit targets only): doubles whose
//!   exponent lies in roughly 2^-255..2^256, plus +0.0, are stored rotated so no allocation is
//!   needed; other floats are boxed on the heap;
//! - `.100`   an interned string (qstr), the number shifted left by three;
//! - `.000`   a pointer to an object (heap block or `static`), 8-byte aligned; 0 is NULL, the
//!   VM's "no value" marker (unbound local, missing default, `del` in `STORE_ATTR`).

use core::fmt;
use core::ptr;

use crate::obj::{ObjHeader, Type};
use crate::qstr::Qstr;

#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct Value(*const u8);

// SAFETY: a `Value` is an immutable word; sharing or sending it does not access the object it
// may point to. Access goes through the heap's accessors, which are used from one VM thread
// (interrupt handlers run with the heap locked and only touch objects prepared for them).
unsafe impl Send for Value {}
// SAFETY: as above.
unsafe impl Sync for Value {}

/// Bits of a small int.
pub const SMALL_INT_BITS: u32 = usize::BITS - 1;
pub const SMALL_INT_MIN: i64 = (isize::MIN >> 1) as i64;
pub const SMALL_INT_MAX: i64 = (isize::MAX >> 1) as i64;

#[cfg(target_pointer_width = "64")]
const FLONUM_ZERO: usize = 0x8000_0000_0000_0002;

impl Value {
    pub const NULL: Value = Value(ptr::null());

    #[inline(always)]
    pub fn bits(self) -> usize {
        self.0.addr()
    }

    #[inline(always)]
    const fn from_bits(bits: usize) -> Value {
        Value(ptr::without_provenance(bits))
    }

    #[inline(always)]
    pub fn is_null(self) -> bool {
        self.0.is_null()
    }

    // ---- small ints ----

    /// A small int; the caller guarantees `SMALL_INT_MIN <= n <= SMALL_INT_MAX`.
    #[inline(always)]
    pub const fn small_int(n: isize) -> Value {
        Value::from_bits(((n << 1) | 1) as usize)
    }

    /// A small int if `n` fits.
    #[inline(always)]
    pub fn try_small_int(n: i64) -> Option<Value> {
        if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&n) {
            Some(Value::small_int(n as isize))
        } else {
            None
        }
    }

    #[inline(always)]
    pub fn is_small_int(self) -> bool {
        self.bits() & 1 != 0
    }

    #[inline(always)]
    pub fn as_small_int(self) -> isize {
        (self.bits() as isize) >> 1
    }

    /// The small int if this is one.
    #[inline(always)]
    pub fn small_int_value(self) -> Option<isize> {
        if self.is_small_int() {
            Some(self.as_small_int())
        } else {
            None
        }
    }

    // ---- qstrs ----

    #[inline(always)]
    pub const fn qstr(q: Qstr) -> Value {
        Value::from_bits(((q.0 as usize) << 3) | 0b100)
    }

    #[inline(always)]
    pub fn is_qstr(self) -> bool {
        self.bits() & 0b111 == 0b100
    }

    #[inline(always)]
    pub fn as_qstr(self) -> Qstr {
        Qstr((self.bits() >> 3) as u32)
    }

    // ---- objects ----

    #[inline(always)]
    pub const fn from_static<T>(obj: &'static T) -> Value {
        Value(obj as *const T as *const u8)
    }

    #[inline(always)]
    pub fn from_ptr<T>(obj: *const T) -> Value {
        Value(obj as *const u8)
    }

    /// Whether this is a pointer to an object (not NULL, not an immediate).
    #[inline(always)]
    pub fn is_obj(self) -> bool {
        self.bits() & 0b111 == 0 && !self.is_null()
    }

    #[inline(always)]
    pub fn as_ptr<T>(self) -> *mut T {
        self.0 as *mut T
    }

    /// The type of an object value. The caller guarantees `self.is_obj()`.
    #[inline(always)]
    pub fn obj_type(self) -> *const Type {
        // SAFETY: every object (heap block or static) starts with an `ObjHeader`, and the caller
        // guarantees this value points to an object that is alive (reachable from a root).
        unsafe { (*(self.0 as *const ObjHeader)).ty }
    }

    /// Whether this value is an object whose type is exactly `ty`.
    #[inline(always)]
    pub fn is_exact(self, ty: &'static Type) -> bool {
        self.is_obj() && ptr::eq(self.obj_type(), ty)
    }

    // ---- inline floats ----

    #[inline(always)]
    pub fn is_flonum(self) -> bool {
        cfg!(target_pointer_width = "64") && self.bits() & 0b11 == 0b10
    }

    /// The float in the word itself, if `f` can be held there.
    #[cfg(target_pointer_width = "64")]
    #[inline(always)]
    pub fn try_flonum(f: f64) -> Option<Value> {
        let bits = f.to_bits() as usize;
        let top = (bits >> 60) & 0b111;
        if (top == 0b011 || top == 0b100) && bits != 0x3000_0000_0000_0000 {
            Some(Value::from_bits((bits.rotate_left(3) & !0b11) | 0b10))
        } else if bits == 0 {
            Some(Value::from_bits(FLONUM_ZERO))
        } else {
            None
        }
    }

    #[cfg(not(target_pointer_width = "64"))]
    #[inline(always)]
    pub fn try_flonum(_f: f64) -> Option<Value> {
        None
    }

    /// The float held in the word; the caller guarantees `self.is_flonum()`.
    #[cfg(target_pointer_width = "64")]
    #[inline(always)]
    pub fn as_flonum(self) -> f64 {
        let v = self.bits();
        if v == FLONUM_ZERO {
            return 0.0;
        }
        let b60 = v >> 63;
        f64::from_bits(((v & !0b11) | (2 - b60)).rotate_right(3) as u64)
    }

    #[cfg(not(target_pointer_width = "64"))]
    #[inline(always)]
    pub fn as_flonum(self) -> f64 {
        0.0
    }
}

impl Default for Value {
    fn default() -> Value {
        Value::NULL
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_null() {
            write!(f, "NULL")
        } else if self.is_small_int() {
            write!(f, "int({})", self.as_small_int())
        } else if self.is_flonum() {
            write!(f, "float({})", self.as_flonum())
        } else if self.is_qstr() {
            write!(f, "qstr({})", self.as_qstr().0)
        } else {
            write!(f, "obj({:p})", self.0)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_ints_round_trip_at_the_edges() {
        for n in [0i64, 1, -1, 47, -16, SMALL_INT_MAX, SMALL_INT_MIN] {
            let v = Value::try_small_int(n).unwrap();
            assert!(v.is_small_int() && !v.is_qstr() && !v.is_obj() && !v.is_flonum());
            assert_eq!(v.as_small_int() as i64, n);
        }
        assert!(Value::try_small_int(SMALL_INT_MAX + 1).is_none());
        assert!(Value::try_small_int(SMALL_INT_MIN - 1).is_none());
    }

    #[test]
    fn qstrs_are_distinct_from_other_tags() {
        let v = Value::qstr(Qstr(123));
        assert!(v.is_qstr() && !v.is_small_int() && !v.is_obj() && !v.is_flonum());
        assert_eq!(v.as_qstr(), Qstr(123));
        assert!(!Value::NULL.is_obj());
    }

    #[cfg(target_pointer_width = "64")]
    #[test]
    fn flonums_round_trip_exactly() {
        let samples =
            [0.0, 1.0, -1.0, 0.1, 3.5e10, -2.5e-70, 1e76, -1e-76, 123456.789, f64::EPSILON, 2f64.powi(-254)];
        for f in samples {
            let v = Value::try_flonum(f).unwrap_or_else(|| panic!("{f} should be inline"));
            assert!(v.is_flonum() && !v.is_small_int() && !v.is_obj() && !v.is_qstr());
            assert_eq!(v.as_flonum().to_bits(), f.to_bits(), "{f}");
        }
        for f in [-0.0, f64::INFINITY, f64::NAN, 1e300, 1e-300, 5e-324, 2f64.powi(-255), 2f64.powi(-256)] {
            assert!(Value::try_flonum(f).is_none(), "{f} must be boxed");
        }
    }
}
