//! The buffer protocol: a type exposes the memory of its objects (the bytes, whether they may
//! be written, and the typecode of the items) through its `buffer` slot, so `memoryview`,
//! `struct`, `bytes(x)`, `bytearray.extend(x)`, `array(x)`, file `readinto` and native code all
//! read and write any such object without knowing its type.
//!
//! A `Buffer` points into the object's storage: it stays valid only until the object is next
//! resized or the next allocation (which may collect an object nothing else refers to), so it
//! is re-fetched after any call that may allocate or run Python code.

use core::cmp::Ordering;

use super::{instance, typecode};
use crate::bytecode::opcodes::BinaryOp;
use crate::value::Value;
use crate::vm::compare::ordering_matches;
use crate::vm::{PyResult, Vm};

/// A view of an object's memory (see the module documentation for how long it is valid).
#[derive(Clone, Copy, Debug)]
pub struct Buffer {
    ptr: *mut u8,
    len: usize,
    /// The `array`/`struct` typecode of the items (`b'B'` for plain bytes).
    pub typecode: u8,
    pub writable: bool,
}

impl Buffer {
    /// A read-only buffer over `data`.
    pub fn read_only(data: &[u8], typecode: u8) -> Buffer {
        Buffer { ptr: data.as_ptr() as *mut u8, len: data.len(), typecode, writable: false }
    }

    /// A writable buffer of `len` bytes at `ptr`.
    ///
    /// # Safety
    /// `ptr` must be valid for reads and writes of `len` bytes for as long as the owning object
    /// is alive and not resized (or be dangling/NULL with `len == 0`).
    pub unsafe fn writable(ptr: *mut u8, len: usize, typecode: u8) -> Buffer {
        Buffer { ptr, len, typecode, writable: true }
    }

    /// Length in bytes.
    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Size in bytes of one item.
    pub fn item_size(&self) -> usize {
        typecode::native_size(self.typecode).map_or(1, |(size, _)| size)
    }

    /// Where the memory starts (to test whether two buffers overlap).
    pub fn addr(&self) -> usize {
        self.ptr as usize
    }

    /// The bytes (valid as the module documentation says).
    pub fn data<'a>(&self) -> &'a [u8] {
        if self.len == 0 || self.ptr.is_null() {
            return &[];
        }
        // SAFETY: the owner guarantees `len` readable bytes at `ptr` while it is unchanged.
        unsafe { core::slice::from_raw_parts(self.ptr, self.len) }
    }

    /// The bytes for writing, if the buffer is writable.
    pub fn data_mut<'a>(&self) -> Option<&'a mut [u8]> {
        if !self.writable {
            return None;
        }
        if self.len == 0 || self.ptr.is_null() {
            return Some(&mut []);
        }
        // SAFETY: a writable buffer's owner guarantees `len` writable bytes at `ptr`.
        Some(unsafe { core::slice::from_raw_parts_mut(self.ptr, self.len) })
    }

    /// The same memory seen with items of typecode `typecode`, writable only if `writable`
    /// and this buffer is.
    pub fn with_format(self, typecode: u8, writable: bool) -> Buffer {
        Buffer { typecode, writable: writable && self.writable, ..self }
    }

    /// Copies the start of `src` into the start of this buffer (as many bytes as both have;
    /// the two may overlap); nothing if this buffer is read-only.
    pub fn copy_from(&self, src: &Buffer) {
        let n = self.len.min(src.len);
        if !self.writable || n == 0 || self.ptr.is_null() || src.ptr.is_null() {
            return;
        }
        // SAFETY: both owners guarantee `n` valid bytes (writable for `self`); `copy` allows
        // the regions to overlap.
        unsafe { core::ptr::copy(src.ptr, self.ptr, n) };
    }

    /// The part `start..start + len`, clamped to the buffer.
    pub fn sub(&self, start: usize, len: usize) -> Buffer {
        let start = start.min(self.len);
        let len = len.min(self.len - start);
        let ptr = if len == 0 { self.ptr } else { self.ptr.wrapping_add(start) };
        Buffer { ptr, len, typecode: self.typecode, writable: self.writable }
    }
}

/// Compares the items of two buffers for comparison operator `op` as CPython compares
/// arrays: item values in order, then lengths. Raw bytes settle it without decoding when both
/// hold the same integer typecode (equality) or unsigned bytes (ordering).
pub fn compare(op: BinaryOp, a: &Buffer, b: &Buffer) -> bool {
    let same_int = a.typecode == b.typecode && !matches!(a.typecode, b'e' | b'f' | b'd');
    let equality = matches!(op, BinaryOp::Equal | BinaryOp::NotEqual);
    if same_int && (equality || matches!(a.typecode, b'B' | b'c')) {
        return ordering_matches(op, a.data().cmp(b.data()));
    }
    let (sa, sb) = (a.item_size(), b.item_size());
    let (da, db) = (a.data(), b.data());
    for (x, y) in da.chunks_exact(sa).zip(db.chunks_exact(sb)) {
        let (x, y) = (typecode::number(a.typecode, x), typecode::number(b.typecode, y));
        match x.partial_cmp(&y) {
            Some(Ordering::Equal) => continue,
            Some(ord) => return ordering_matches(op, ord),
            None => return op == BinaryOp::NotEqual,
        }
    }
    ordering_matches(op, (da.len() / sa).cmp(&(db.len() / sb)))
}

impl Vm {
    /// The buffer of any object that has one: bytes, bytearray, memoryview, array, str
    /// (read-only, as in MicroPython) and native objects whose type fills the `buffer` slot.
    pub fn buffer_of(&self, v: Value) -> Option<Buffer> {
        if let Some(s) = self.text_of(v) {
            return Some(Buffer::read_only(s.as_bytes(), b'B'));
        }
        self.bytes_buffer_of(v)
    }

    /// The buffer of a bytes-like object: anything with the buffer protocol except `str`
    /// (which has no `buffer` slot: only `buffer_of` treats it as a buffer).
    pub fn bytes_buffer_of(&self, v: Value) -> Option<Buffer> {
        if !v.is_obj() {
            return None;
        }
        let t = self.type_of(v);
        if let Some(f) = t.buffer {
            return f(self, v);
        }
        if t.is_class() {
            let n = instance::native(v);
            if n.is_obj() {
                return self.bytes_buffer_of(n);
            }
        }
        None
    }

    /// The bytes of a bytes-like object (valid as [`Buffer::data`] says).
    pub fn bytes_of<'a>(&self, v: Value) -> Option<&'a [u8]> {
        self.bytes_buffer_of(v).map(|b| b.data())
    }

    /// The buffer of an argument, or `TypeError` as MicroPython raises it; with `write`, the
    /// buffer must be writable.
    pub fn buffer_arg(&mut self, v: Value, write: bool) -> PyResult<Buffer> {
        match self.buffer_of(v) {
            Some(b) if b.writable || !write => Ok(b),
            _ => Err(self.type_error("object with buffer protocol required")),
        }
    }
}
