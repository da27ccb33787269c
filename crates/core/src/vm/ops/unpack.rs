//! Sequence unpacking: `a, b = seq` (`UNPACK_SEQUENCE`) and `a, *b, c = seq` (`UNPACK_EX`).
//! Items are written so that the first item ends up on top of the stack.

use alloc::format;
use alloc::vec::Vec;

use crate::obj::{list, tuple};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Writes `items` to `dst[0..items.len()]`, last item first (so the first ends on top).
fn write_last_first(items: &[Value], dst: *mut Value) {
    let n = items.len();
    for (i, &x) in items.iter().enumerate() {
        // SAFETY: the compiler reserved `n` stack slots at dst for this unpacking.
        unsafe { *dst.add(n - 1 - i) = x };
    }
}

impl Vm {
    /// Up to `limit` items of `seq` (so a too-long infinite iterator is not exhausted).
    fn items_up_to(&mut self, seq: Value, limit: usize) -> PyResult<Vec<Value>> {
        if list::is_list(seq) {
            return Ok(list::items(seq).to_vec());
        }
        if seq.is_exact(&tuple::TUPLE_TYPE) {
            return Ok(tuple::items(seq).to_vec());
        }
        let it = self.get_iter(seq)?;
        self.pin(it);
        let mut out = Vec::new();
        while out.len() < limit {
            match self.iter_next(it)? {
                Some(x) => {
                    self.pin(x);
                    out.push(x);
                }
                None => break,
            }
        }
        Ok(out)
    }

    /// Writes the `n` items of `seq` to `dst[0..n]`, last item first.
    pub(crate) fn unpack_sequence(&mut self, seq: Value, n: usize, dst: *mut Value) -> PyResult<()> {
        // The common case, a tuple or list of the right length, copies straight from its items.
        let exact = if seq.is_exact(&tuple::TUPLE_TYPE) {
            Some(tuple::items(seq))
        } else if list::is_list(seq) {
            Some(list::items(seq))
        } else {
            None
        };
        if let Some(items) = exact.filter(|items| items.len() == n) {
            write_last_first(items, dst);
            return Ok(());
        }
        let items = self.items_up_to(seq, n + 1)?;
        if items.len() < n {
            return Err(self.value_error(&format!("need more than {} values to unpack", items.len())));
        }
        if items.len() > n {
            return Err(self.value_error(&format!("too many values to unpack (expected {n})")));
        }
        write_last_first(&items, dst);
        Ok(())
    }

    /// `before` leading names, a starred list, then `after` trailing names.
    pub(crate) fn unpack_ex(
        &mut self,
        seq: Value,
        before: usize,
        after: usize,
        dst: *mut Value,
    ) -> PyResult<()> {
        let items = self.iter_to_vec(seq)?;
        if items.len() < before + after {
            return Err(self.value_error(&format!("need more than {} values to unpack", items.len())));
        }
        let mid = list::new(self, &items[before..items.len() - after])?;
        let n = before + after + 1;
        let mut k = 0;
        let mut put = |v: Value| {
            // SAFETY: the compiler reserved before + after + 1 stack slots at dst.
            unsafe { *dst.add(k) = v };
            k += 1;
        };
        for &x in items[items.len() - after..].iter().rev() {
            put(x);
        }
        put(mid);
        for &x in items[..before].iter().rev() {
            put(x);
        }
        debug_assert_eq!(k, n);
        Ok(())
    }
}
