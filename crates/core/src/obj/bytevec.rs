//! A growable byte vector embedded in an object (`bytearray`, `array.array`): the bytes live
//! in a separate byte buffer that grows geometrically (so appends are amortised constant
//! time) and is replaced, never moved in place: a slice borrowed from one is invalid after
//! any call that can resize it.

use core::ops::Range;

use super::storage;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The fields an owning object embeds; its `trace` marks `buf`.
#[repr(C)]
pub struct ByteVec {
    /// Bytes in use.
    pub len: usize,
    /// Bytes the buffer holds.
    pub cap: usize,
    /// Byte buffer of `cap` bytes, or NULL.
    pub buf: Value,
}

/// Finds the `ByteVec` inside its owner (a short borrow, re-taken after every allocation).
pub type VecOf = fn(Value) -> &'static mut ByteVec;

impl ByteVec {
    /// The bytes in use (valid until the vector is next resized).
    pub fn data<'a>(&self) -> &'a [u8] {
        if self.len == 0 {
            return &[];
        }
        // SAFETY: the buffer holds at least `len` bytes.
        unsafe { core::slice::from_raw_parts(storage::bytes_ptr(self.buf), self.len) }
    }

    /// The bytes in use, for writing in place.
    pub fn data_mut<'a>(&mut self) -> &'a mut [u8] {
        if self.len == 0 {
            return &mut [];
        }
        // SAFETY: as in `data`.
        unsafe { core::slice::from_raw_parts_mut(storage::bytes_ptr(self.buf), self.len) }
    }

    /// Pointer to the first byte (NULL when there is no buffer).
    pub fn ptr(&self) -> *mut u8 {
        storage::bytes_ptr(self.buf)
    }

    /// Whether `src` points into this vector's buffer.
    fn aliases(&self, src: &[u8]) -> bool {
        if self.buf.is_null() || src.is_empty() {
            return false;
        }
        let start = self.ptr() as usize;
        let p = src.as_ptr() as usize;
        p >= start && p < start + self.cap
    }
}

/// Replaces bytes `range` of `owner`'s vector with `src` (the one primitive every mutation
/// uses); `max_len` bounds the result (MemoryError beyond it).
pub fn splice(
    vm: &mut Vm,
    owner: Value,
    vec_of: VecOf,
    range: Range<usize>,
    src: &[u8],
    max_len: usize,
) -> PyResult<()> {
    if vec_of(owner).aliases(src) {
        let copy = src.to_vec();
        return splice(vm, owner, vec_of, range, &copy, max_len);
    }
    let (len, cap) = (vec_of(owner).len, vec_of(owner).cap);
    let (start, end) = (range.start.min(len), range.end.clamp(range.start.min(len), len));
    let new_len = len - (end - start) + src.len();
    if new_len > max_len {
        return Err(vm.memory_error(new_len));
    }
    let cap = if new_len > cap && !vec_of(owner).buf.is_null() {
        let grown = new_len.max(cap + cap / 2).max(8);
        if let Some(buf) = storage::grow_bytes(vm, vec_of(owner).buf, grown, len) {
            vec_of(owner).buf = buf;
            vec_of(owner).cap = grown;
            grown
        } else {
            cap
        }
    } else {
        cap
    };
    if new_len <= cap {
        let b = vec_of(owner);
        // SAFETY: the buffer has `cap >= max(len, new_len)` bytes; `copy` handles the overlap
        // of the moved tail, and `src` does not point into this buffer (checked above).
        unsafe {
            let p = b.ptr();
            core::ptr::copy(p.add(end), p.add(start + src.len()), len - end);
            core::ptr::copy_nonoverlapping(src.as_ptr(), p.add(start), src.len());
        }
        b.len = new_len;
        return Ok(());
    }
    let new_cap = new_len.max(cap + cap / 2).max(8);
    let buf = storage::new_bytes(vm, new_cap)?;
    let b = vec_of(owner);
    let old = b.buf;
    // SAFETY: the new buffer has room for `new_len` bytes; the old one holds `len` bytes; the
    // two are distinct allocations, and `src` is neither.
    unsafe {
        let p = storage::bytes_ptr(buf);
        if !old.is_null() {
            let q = storage::bytes_ptr(old);
            core::ptr::copy_nonoverlapping(q, p, start);
            core::ptr::copy_nonoverlapping(q.add(end), p.add(start + src.len()), len - end);
        }
        core::ptr::copy_nonoverlapping(src.as_ptr(), p.add(start), src.len());
    }
    b.buf = buf;
    b.cap = new_cap;
    b.len = new_len;
    if !old.is_null() {
        vm.heap.free(old.as_ptr());
    }
    Ok(())
}
