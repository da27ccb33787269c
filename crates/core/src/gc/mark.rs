//! Marking: exact, from the roots the VM hands over, through each object's type.
//!
//! The marker sets the MARK state of every reachable allocation and traces it with its type's
//! `trace` slot. The mark stack is a vector outside the heap (as MicroPython keeps its mark
//! stack out of the heap), kept by the heap between collections so its capacity is reused. If
//! it cannot grow (no memory, or `Heap::mark_stack_limit`), the marker remembers the overflow and, once the stack is empty, rescans the
//! heap tracing every marked allocation again (tracing is idempotent) until a pass completes
//! without overflow. So marking never fails, and stays linear whenever memory allows.

use alloc::vec::Vec;

use core::mem::size_of;

use super::heap::{atb_fill, Heap, BLOCK_SIZE, FREE, HEAD, LARGE_BLOCKS, MARK};
use crate::obj::ObjHeader;
use crate::value::Value;

pub struct Marker {
    blocks: usize,
    n_blocks: usize,
    atb: *mut u8,
    raw: *mut u8,
    /// Marked allocations (first blocks) whose contents are still to be traced.
    stack: Vec<usize>,
    limit: usize,
    overflowed: bool,
    /// Whether owners trim their storage (see `mark_raw_values_trim`).
    trim: bool,
}

impl Marker {
    pub(super) fn new(heap: &Heap, stack: Vec<usize>, limit: usize, trim: bool) -> Marker {
        Marker {
            blocks: heap.blocks.addr(),
            n_blocks: heap.n_blocks,
            atb: heap.atb,
            raw: heap.raw,
            stack,
            limit,
            overflowed: false,
            trim,
        }
    }

    /// The (empty) mark stack, for the heap to keep until the next collection.
    pub(super) fn into_stack(mut self) -> Vec<usize> {
        self.stack.clear();
        self.stack
    }

    #[inline]
    fn state(&self, block: usize) -> u8 {
        // SAFETY: block < n_blocks (checked by callers), and the table covers n_blocks.
        unsafe { (*self.atb.add(block >> 2) >> ((block & 3) * 2)) & 3 }
    }

    #[inline]
    fn is_raw(&self, block: usize) -> bool {
        // SAFETY: block < n_blocks, and the raw table covers n_blocks.
        unsafe { *self.raw.add(block >> 3) & (1 << (block & 7)) != 0 }
    }

    #[inline]
    fn set_marked(&mut self, block: usize) {
        // SAFETY: as in `state`; HEAD (01) becomes MARK (11) by setting the high bit.
        unsafe { *self.atb.add(block >> 2) |= 2 << ((block & 3) * 2) };
    }

    /// The first block of the unmarked heap allocation `v` points to.
    #[inline]
    fn unmarked_block(&self, v: Value) -> Option<usize> {
        if !v.is_obj() {
            return None;
        }
        let off = v.bits().wrapping_sub(self.blocks);
        if off >= self.n_blocks << 4 || off & 15 != 0 {
            return None;
        }
        let block = off >> 4;
        (self.state(block) == HEAD).then_some(block)
    }

    /// Marks the allocation `v` points to, if it is an unmarked heap object. A raw
    /// allocation is only kept (its owner marks its contents, with `mark_raw_values`).
    #[inline]
    pub fn mark(&mut self, v: Value) {
        let Some(block) = self.unmarked_block(v) else { return };
        self.set_marked(block);
        if self.is_raw(block) {
            return;
        }
        if self.stack.len() < self.limit && self.stack.try_reserve(1).is_ok() {
            self.stack.push(block);
        } else {
            self.overflowed = true;
        }
    }

    /// Marks the raw value array `array` and the first `n` values in it (owners of value
    /// arrays call this from their trace function; `n` must not exceed the array's room).
    /// The contents are marked even when the array already is: a pin may have kept the array
    /// alone, and owners are traced once per pass, so this costs little.
    pub fn mark_raw_values(&mut self, array: Value, n: usize) {
        if array.is_null() {
            return;
        }
        if let Some(block) = self.unmarked_block(array) {
            self.set_marked(block);
        }
        // SAFETY: the owner guarantees `array` is a live value array with room for `n` values,
        // each a valid value or NULL.
        let values = unsafe { core::slice::from_raw_parts(array.as_ptr::<Value>(), n) };
        self.mark_all(values);
    }

    /// As `mark_raw_values` for an array with room for `cap` values, of which the first `n`
    /// are in use. In a trimming collection (the heap is full), the blocks past the first `n`
    /// values are given back (the sweep frees them) if the array is large (`LARGE_BLOCKS`)
    /// and nothing else, such as a pin, marked it first. Returns the room left, in values, for the owner to record.
    /// A list that grew by half its size gives the unused half back when memory runs out.
    pub fn mark_raw_values_trim(&mut self, array: Value, n: usize, cap: usize) -> usize {
        let mut cap = cap;
        if self.trim {
            if let Some(block) = self.unmarked_block(array) {
                let have = self.alloc_blocks(array);
                let keep = (n * size_of::<Value>()).div_ceil(BLOCK_SIZE).max(1);
                if have >= LARGE_BLOCKS && keep < have {
                    // SAFETY: blocks block + keep .. block + have are this allocation's tails.
                    unsafe { atb_fill(self.atb, block + keep, have - keep, FREE) };
                    cap = keep * BLOCK_SIZE / size_of::<Value>();
                }
            }
        }
        self.mark_raw_values(array, cap);
        cap
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
        while let Some(block) = self.stack.pop() {
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
                if self.state(block) == MARK && !self.is_raw(block) {
                    self.trace_block(block);
                    self.drain();
                }
                block += 1;
            }
        }
    }
}
