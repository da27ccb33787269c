//! The iteration protocol: `iter()`, `next()` and collecting an iterable into a vector.

use alloc::format;
use alloc::vec::Vec;

use crate::obj::{flags, list, tuple, UnaryOp};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// `iter(v)`.
    pub fn get_iter(&mut self, v: Value) -> PyResult<Value> {
        let ty = self.type_of(v);
        if ty.flags & flags::ITER_IS_SELF != 0 {
            return Ok(v);
        }
        match ty.iter {
            Some(f) => f(self, v),
            None if ty.iternext.is_some() => Ok(v),
            None => {
                let t = self.type_name(v);
                Err(self.type_error(&format!("'{t}' object isn't iterable")))
            }
        }
    }

    /// `next(it)`: `Ok(None)` when exhausted.
    pub fn iter_next(&mut self, it: Value) -> PyResult<Option<Value>> {
        match self.type_of(it).iternext {
            Some(f) => f(self, it),
            None => {
                let t = self.type_name(it);
                Err(self.type_error(&format!("'{t}' object isn't an iterator")))
            }
        }
    }

    /// All items of an iterable, pinned so they stay alive while the caller holds them.
    pub fn iter_to_vec(&mut self, v: Value) -> PyResult<Vec<Value>> {
        if list::is_list(v) {
            return Ok(list::items(v).to_vec());
        }
        if v.is_exact(&tuple::TUPLE_TYPE) {
            return Ok(tuple::items(v).to_vec());
        }
        let it = self.get_iter(v)?;
        self.pin(it);
        let mut out = Vec::new();
        // More values than the heap could hold can never become an object: stop with
        // MemoryError before the host runs out of memory.
        let max = self.heap.total_bytes() / core::mem::size_of::<Value>();
        while let Some(x) = self.iter_next(it)? {
            if out.len() >= max {
                return Err(self.memory_error(out.len().saturating_mul(2 * core::mem::size_of::<Value>())));
            }
            self.pin(x);
            out.push(x);
        }
        Ok(out)
    }

    /// `len(v)`.
    pub fn len(&mut self, v: Value) -> PyResult<usize> {
        let r = self.type_of(v).unary.map(|u| u(self, UnaryOp::Len, v)).transpose()?.flatten();
        match r {
            Some(n) => {
                let n = self.to_i64(n)?;
                if n < 0 {
                    return Err(self.value_error("__len__() should return >= 0"));
                }
                Ok(n as usize)
            }
            None => {
                let t = self.type_name(v);
                Err(self.type_error(&format!("object of type '{t}' has no len()")))
            }
        }
    }
}
