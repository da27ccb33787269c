//! Converting values to Rust types as builtins need them (ints, indices, strings, buffers),
//! with the TypeError messages MicroPython gives for the wrong kind of value.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::obj::{float, int, str as pystr, tuple, UnaryOp};
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// The name of a value's type.
    pub fn type_name(&self, v: Value) -> &'static str {
        self.qstr_str(self.type_of(v).name)
    }

    /// Whether `v` is an int (including bool and int subclasses).
    pub fn is_int(&self, v: Value) -> bool {
        v.is_small_int() || v.is_bool() || int::is_big(v) || self.native_of(v, &int::INT_TYPE).is_some()
    }

    /// An int argument as `i64` (OverflowError if it does not fit).
    pub fn to_i64(&mut self, v: Value) -> PyResult<i64> {
        if let Some(n) = v.small_int_value() {
            return Ok(n as i64);
        }
        match int::as_int(self, v) {
            Some(int::Int::Small(n)) => Ok(n),
            Some(int::Int::Big(b)) => match b.to_i64() {
                Some(n) => Ok(n),
                None => Err(self.overflow_error("overflow converting long int to machine word")),
            },
            None => {
                if self.type_of(v).is_class() {
                    if let Some(f) = self.load_method_opt(v, q::__index__)? {
                        let r = self.call_method_pair(f, &[])?;
                        return self.to_i64(r);
                    }
                }
                let t = self.type_name(v);
                Err(self.type_error(&format!("can't convert {t} to int")))
            }
        }
    }

    /// An index argument (`list[i]`): an int or an object with `__index__`.
    pub fn to_index(&mut self, v: Value, what: &str) -> PyResult<i64> {
        if let Some(n) = v.small_int_value() {
            return Ok(n as i64);
        }
        if self.is_int(v) || self.type_of(v).is_class() {
            return self.to_i64(v);
        }
        let t = self.type_name(v);
        Err(self.type_error(&format!("{what} indices must be integers, not {t}")))
    }

    /// An index clamped to the `isize` range (for slice bounds, where huge values just mean
    /// "to the end").
    pub fn to_index_saturating(&mut self, v: Value) -> PyResult<isize> {
        if let Some(n) = v.small_int_value() {
            return Ok(n);
        }
        match int::as_int(self, v) {
            Some(int::Int::Small(n)) => Ok(n as isize),
            Some(int::Int::Big(b)) => Ok(if b.is_negative() { isize::MIN / 2 } else { isize::MAX / 2 }),
            None => {
                let n = self.to_index(v, "slice")?;
                Ok(n as isize)
            }
        }
    }

    /// The qstr of a str argument (interning heap strings), e.g. an attribute name.
    pub fn to_qstr(&mut self, v: Value) -> PyResult<Qstr> {
        if v.is_qstr() {
            return Ok(v.as_qstr());
        }
        match self.text_of(v) {
            Some(s) => Ok(self.intern(s)),
            None => {
                let t = self.type_name(v);
                Err(self.type_error(&format!("expected str, got {t}")))
            }
        }
    }

    /// The qstr of a keyword name if it is a str.
    pub fn qstr_of(&mut self, v: Value) -> Option<Qstr> {
        if v.is_qstr() {
            return Some(v.as_qstr());
        }
        let s = self.text_of(v)?;
        Some(self.intern(s))
    }

    /// The text of a str (also of a str subclass instance).
    #[inline]
    pub fn text_of<'a>(&self, v: Value) -> Option<&'a str> {
        if let Some(s) = pystr::as_str(self, v) {
            return Some(s);
        }
        let n = self.native_of(v, &pystr::STR_TYPE)?;
        pystr::as_str(self, n)
    }

    /// `int(x)` for one argument.
    pub fn to_int_value(&mut self, x: Value) -> PyResult<Value> {
        if x.is_small_int() {
            return Ok(x);
        }
        if let Some(s) = self.text_of(x) {
            return int::parse_str(self, s, 10);
        }
        // A type's own conversion comes first: a `uctypes` pointer has a buffer but is an int.
        if let Some(u) = self.type_of(x).unary {
            if let Some(v) = u(self, UnaryOp::Int, x)? {
                return Ok(v);
            }
        }
        if let Some(b) = self.bytes_of(x) {
            let s = core::str::from_utf8(b).unwrap_or("\u{0}");
            return int::parse_str(self, s, 10);
        }
        let t = self.type_name(x);
        Err(self.type_error(&format!("can't convert {t} to int")))
    }

    /// `float(x)` for one argument.
    pub fn to_float_value(&mut self, x: Value) -> PyResult<Value> {
        if float::is_float(self, x) {
            let f = float::value(self, x);
            return float::new(self, f);
        }
        if let Some(s) = self.text_of(x) {
            return float::parse_str(self, s);
        }
        if let Some(b) = self.bytes_of(x) {
            // Copied: the buffer of a bytearray may move when the result is allocated.
            let text = String::from_utf8_lossy(b).into_owned();
            return float::parse_str(self, &text);
        }
        if let Some(u) = self.type_of(x).unary {
            if let Some(v) = u(self, UnaryOp::Float, x)? {
                return Ok(v);
            }
        }
        let t = self.type_name(x);
        Err(self.type_error(&format!("can't convert {t} to float")))
    }

    /// A float argument as `f64` (ints converted).
    pub fn to_f64(&mut self, x: Value) -> PyResult<f64> {
        if let Some(f) = float::as_f64(self, x)? {
            return Ok(f);
        }
        let v = self.to_float_value(x)?;
        Ok(float::value(self, v))
    }

    /// A tuple with the items of any iterable.
    pub fn to_tuple(&mut self, v: Value) -> PyResult<Value> {
        if v.is_exact(&tuple::TUPLE_TYPE) {
            return Ok(v);
        }
        let items: Vec<Value> = self.iter_to_vec(v)?;
        tuple::new(self, &items)
    }

    /// The `key=` and `reverse=` keyword arguments of `sort`/`sorted`.
    pub fn parse_sort_kwargs(&mut self, kw: &[Value]) -> PyResult<(Value, bool)> {
        let mut key = Value::NULL;
        let mut reverse = false;
        for pair in kw.chunks(2) {
            match self.qstr_of(pair[0]) {
                Some(q::key) => key = pair[1],
                Some(q::reverse) => reverse = self.is_true(pair[1])?,
                _ => return Err(self.type_error("sort() got an unexpected keyword argument")),
            }
        }
        Ok((key, reverse))
    }
}
