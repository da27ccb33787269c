//! Allocation on the VM's heap: collect when the heap is full or enough has been allocated since
//! the last collection (or always, in stress mode),
//! raise `MemoryError` when it stays full, and pin each new object until the interpreter's next
//! safe point so Rust code can hold it across further allocations.

use core::mem::size_of;

use super::{PyResult, Raised, Vm};
use crate::obj::{exception, ObjHeader, Type};
use crate::value::Value;

/// What a heap allocation is, and whether it is zero-filled.
#[derive(Clone, Copy)]
enum Fill {
    /// An object, zero-filled.
    Zeroed,
    /// Raw storage (no header), zero-filled.
    Raw,
    /// An object whose allocator fills it at once.
    Unzeroed,
}

impl Vm {
    /// Allocates an object of `bytes` bytes (header included) with type `ty`, zero-filled.
    pub fn alloc_bytes(&mut self, ty: *const Type, bytes: usize) -> PyResult<*mut u8> {
        let p = self.heap_alloc(bytes, Fill::Zeroed)?;
        // SAFETY: `p` is a fresh, zeroed allocation of at least `bytes` >= header size bytes.
        unsafe { (*(p as *mut ObjHeader)).ty = ty };
        self.pins.push(Value::from_ptr(p));
        Ok(p)
    }

    /// As `alloc_bytes`, but only the header is written: the rest holds whatever the blocks
    /// held before, for the caller to fill at once (a big int's limbs, which nothing reads
    /// before they are written and the collector never reads). Saves zeroing what is about
    /// to be overwritten.
    pub fn alloc_bytes_unzeroed(&mut self, ty: *const Type, bytes: usize) -> PyResult<*mut u8> {
        let p = self.heap_alloc(bytes, Fill::Unzeroed)?;
        // SAFETY: `p` is a fresh allocation of at least `bytes` >= header size bytes.
        unsafe { (*(p as *mut ObjHeader)).ty = ty };
        self.pins.push(Value::from_ptr(p));
        Ok(p)
    }

    /// Allocates an object whose layout is `T` followed by `extra` bytes.
    pub fn alloc_obj<T>(&mut self, ty: *const Type, extra: usize) -> PyResult<*mut T> {
        let bytes = size_of::<T>().checked_add(extra).ok_or_else(|| self.memory_error(usize::MAX))?;
        Ok(self.alloc_bytes(ty, bytes)? as *mut T)
    }

    /// Allocates `bytes` of raw storage (no header), zero-filled, for an object to own: the
    /// owner's trace function must mark it (`Marker::mark_raw_values` for a value array).
    pub fn alloc_raw(&mut self, bytes: usize) -> PyResult<*mut u8> {
        let p = self.heap_alloc(bytes, Fill::Raw)?;
        self.pins.push(Value::from_ptr(p));
        Ok(p)
    }

    /// As `alloc_raw`, but `None` instead of `MemoryError` when the heap stays full after a
    /// collection: for storage that can make do with less (a growing list takes the room it
    /// needs instead of the room it would like).
    pub fn try_alloc_raw(&mut self, bytes: usize) -> Option<*mut u8> {
        if self.heap.lock_depth > 0 {
            return None;
        }
        let p = self.heap_try_alloc(bytes, Fill::Raw)?;
        self.pins.push(Value::from_ptr(p));
        Some(p)
    }

    fn heap_alloc(&mut self, bytes: usize, fill: Fill) -> PyResult<*mut u8> {
        if self.heap.lock_depth > 0 {
            return Err(self.heap_locked_error());
        }
        match self.heap_try_alloc(bytes, fill) {
            Some(p) => Ok(p),
            None => Err(self.memory_error(bytes)),
        }
    }

    fn heap_try_alloc(&mut self, bytes: usize, fill: Fill) -> Option<*mut u8> {
        let alloc = |heap: &mut crate::gc::Heap| match fill {
            Fill::Zeroed => heap.alloc(bytes),
            Fill::Raw => heap.alloc_raw(bytes),
            Fill::Unzeroed => heap.alloc_unzeroed(bytes),
        };
        // Stress collections trim too, so the tests that run under them exercise trimming.
        if self.heap.stress || self.heap.collection_due() {
            self.collect_with(self.heap.stress);
        }
        if let Some(p) = alloc(&mut self.heap) {
            return Some(p);
        }
        if self.heap.enabled() && !self.heap.stress {
            self.collect_with(true);
            return alloc(&mut self.heap);
        }
        None
    }

    /// Raises `MemoryError: memory allocation failed, allocating N bytes`, falling back to the
    /// preallocated instance when even the exception cannot be allocated.
    pub fn memory_error(&mut self, bytes: usize) -> Raised {
        if self.heap.lock_depth > 0 {
            return self.heap_locked_error();
        }
        if self.making_memory_error {
            return self.raise_static_memory_error();
        }
        // `usize::MAX` stands for a size that overflowed while it was computed.
        let msg = match bytes {
            usize::MAX => alloc::string::String::from("memory allocation failed"),
            _ => alloc::format!("memory allocation failed, allocating {bytes} bytes"),
        };
        let stress = core::mem::replace(&mut self.heap.stress, false);
        self.making_memory_error = true;
        let exc = exception::new_with_msg(self, &exception::MEMORY_ERROR_TYPE, &msg);
        self.making_memory_error = false;
        self.heap.stress = stress;
        match exc {
            Ok(e) => self.raise(e),
            Err(_) => self.raise_static_memory_error(),
        }
    }

    /// `MemoryError: memory allocation failed, heap is locked` (MicroPython's message), in the
    /// emergency exception when it is prepared (as `heap_lock` does), else the static one.
    fn heap_locked_error(&mut self) -> Raised {
        if self.emergency_exc[0].is_null() {
            return self.raise_static_memory_error();
        }
        self.raise_msg(&exception::MEMORY_ERROR_TYPE, "memory allocation failed, heap is locked")
    }

    fn raise_static_memory_error(&mut self) -> Raised {
        self.raise(Value::from_static(&exception::MEMORY_ERROR_INSTANCE))
    }

    /// Number of pinned values: pass it to [`Vm::unpin_to`] to release pins taken after it.
    #[inline]
    pub fn pin_mark(&self) -> usize {
        self.pins.len()
    }

    #[inline]
    pub fn unpin_to(&mut self, mark: usize) {
        self.pins.truncate(mark);
    }

    /// Keeps `v` alive until the interpreter's next safe point.
    #[inline]
    pub fn pin(&mut self, v: Value) {
        if v.is_obj() {
            self.pins.push(v);
        }
    }
}
