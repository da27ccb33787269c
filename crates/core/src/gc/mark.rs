//! Marking: exact, from the roots the VM hands over, through each object's type.
//!
//! The marker sets the MARK state of every reachable allocation and traces it with its type's
//! `trace` slot. The mark stack is a fixed array inside the heap region. Deeper structures (long
//! linked lists) spill into a temporary vector outside the heap, freed when marking ends; if
//! even that cannot grow, the marker remembers the overflow and, once the stack is empty,
//! rescans the heap tracing every marked allocation again (tracing is idempotent) until a pass
//! completes without overflow. So marking never fails, and stays linear whenever memory allows.

use alloc::vec::Vec;

use super::heap::{Heap, HEAD, MARK};
use crate::obj::ObjHeader;
use crate::value::Value;

pub struct Marker {
    blocks: usize,
    n_blocks: usize,
    atb: *mut u8,
    stack: *mut usize,
    cap: usize,
    len: usize,
    /// Spill-over of the mark stack.
    extra: Vec<usize>,
    overflowed: bool,
}

impl Marker {
    pub(super) fn new(heap: &Heap) -> Marker {
        Marker {
            blocks: heap.blocks.addr(),
            n_blocks: heap.n_blocks,
            atb: heap.atb,
            stack: heap.mark_stack,
            cap: heap.mark_cap,
            len: 0,
            extra: Vec::new(),
            overflowed: false,
        }
    }

    #[inline]
    fn state(&self, block: usize) -> u8 {
        // SAFETY: block < n_blocks (checked by callers), and the table covers n_blocks.
        unsafe { (*self.atb.add(block >> 2) >> ((block & 3) * 2)) & 3 }
    }

    #[inline]
    fn set_marked(&mut self, block: usize) {
        // SAFETY: as in `state`; HEAD (01) becomes MARK (11) by setting the high bit.
        unsafe { *self.atb.add(block >> 2) |= 2 << ((block & 3) * 2) };
    }

    /// Marks the allocation `v` points to, if it is an unmarked heap object.
    #[inline]
    pub fn mark(&mut self, v: Value) {
        if !v.is_obj() {
            return;
        }
        let off = v.bits().wrapping_sub(self.blocks);
        if off >= self.n_blocks << 4 || off & 15 != 0 {
            return;
        }
        let block = off >> 4;
        if self.state(block) != HEAD {
            return;
        }
        self.set_marked(block);
        if self.len < self.cap {
            // SAFETY: len < cap, and the stack area holds cap entries.
            unsafe { *self.stack.add(self.len) = block };
            self.len += 1;
        } else if self.extra.try_reserve(1).is_ok() {
            self.extra.push(block);
        } else {
            self.overflowed = true;
        }
    }

    /// Marks every value in `values`.
    pub fn mark_all(&mut self, values: &[Value]) {
        for &v in values {
            self.mark(v);
        }
    }

    /// Number of blocks of the marked allocation `v` (for owners of variable-size data).
    pub fn alloc_blocks(&self, v: Value) -> usize {
        let block = (v.bits() - self.blocks) >> 4;
        super::heap::tails_end(self.atb, self.n_blocks, block + 1) - block
    }

    fn trace_block(&mut self, block: usize) {
        let obj = Value::from_ptr((self.blocks + (block << 4)) as *const u8);
        // SAFETY: the block is the head of a live allocation, which always begins with an
        // `ObjHeader` whose `ty` points to a type that is static or itself a live heap object.
        let ty = unsafe { (*obj.as_ptr::<ObjHeader>()).ty };
        self.mark(Value::from_ptr(ty));
        // SAFETY: as above; types are immutable once built, except for their (traced) contents.
        if let Some(trace) = unsafe { (*ty).trace } {
            trace(obj, self);
        }
    }

    fn drain(&mut self) {
        loop {
            let block = if self.len > 0 {
                self.len -= 1;
                // SAFETY: len < cap after the decrement; the entry was written by `mark`.
                unsafe { *self.stack.add(self.len) }
            } else if let Some(b) = self.extra.pop() {
                b
            } else {
                break;
            };
            self.trace_block(block);
        }
    }

    /// Whether the heap object `v` is reachable from the roots marked so far (it survives the
    /// sweep); for objects that release something outside the heap when they die.
    pub fn is_marked(&mut self, v: Value) -> bool {
        self.finish();
        let off = v.bits().wrapping_sub(self.blocks);
        off < self.n_blocks << 4 && off & 15 == 0 && self.state(off >> 4) == MARK
    }

    /// Traces everything reachable from what has been marked so far.
    pub(super) fn finish(&mut self) {
        self.drain();
        while self.overflowed {
            self.overflowed = false;
            let mut block = 0;
            while block < self.n_blocks {
                if self.state(block) == MARK {
                    self.trace_block(block);
                    self.drain();
                }
                block += 1;
            }
        }
    }
}
