//! The fixed-size heap: one region handed over at start-up, cut into 16-byte blocks.
//!
//! Two bits per block in an allocation table (FREE, HEAD of an allocation, TAIL, or MARKed head)
//! say which blocks are in use, as in MicroPython. Free space is kept as runs of blocks on
//! segregated free lists (one list per small size, then ranges), rebuilt and coalesced by every
//! sweep, so an allocation costs the same whatever the heap's size. Allocations are carved from
//! the front of one free run taken off the lists (the bump run) by moving a cursor: most of
//! them never touch the lists.
//!
//! Objects start with an object header (a type pointer): the collector traces any marked
//! object through its type, which keeps marking exact. The storage an object owns (a list's
//! items, a map's entries, a byte buffer) is instead a raw allocation without a header, as in
//! MicroPython: its owner's trace marks it and its contents. A bit per block (the raw table,
//! the size of MicroPython's finaliser table) tells raw allocations apart, so the marker
//! never reads one as an object.

use alloc::vec::Vec;
use core::ptr;

use super::freelist::{class_of, NCLASS};
use super::mark::Marker;

pub const BLOCK_SIZE: usize = 16;
const BLOCK_SHIFT: usize = 4;

pub(crate) const FREE: u8 = 0;
pub(crate) const HEAD: u8 = 1;
pub(crate) const TAIL: u8 = 2;
pub(crate) const MARK: u8 = 3;

/// Collections also come after `max(SOFT_MIN, SOFT_FACTOR * live bytes)` have been allocated,
/// not only when the heap is full: a program whose live data is small then reuses the low part
/// of the heap instead of touching all of it (the process's resident memory stays near what it
/// needs), at the cost of more, cheaper collections.
const SOFT_MIN: usize = 256 * 1024;
const SOFT_FACTOR: usize = 2;

/// Allocations of this many blocks or more are placed high (see `alloc_high`).
pub(crate) const LARGE_BLOCKS: usize = 256;

/// Where in the last block of a listed free run its first block's index is kept (its boundary
/// tag), after the 12 bytes of links that a one-block run keeps in the same block: a block
/// being freed finds the start of the free run before it in constant time, to merge with it.
const TAG_OFFSET: usize = 12;

/// Entries the mark stack is given room for up front (it grows when marking needs more).
const MARK_STACK_ENTRIES: usize = 256;
/// Byte written over freed memory in poison mode, so a dangling reference fails loudly.
const POISON: u8 = 0x5A;

/// The first block from `from` on that is not a TAIL (or `n_blocks`): where the allocation
/// whose tails start at `from` ends. Whole table bytes of four tails are skipped at once.
pub(crate) fn tails_end(atb: *const u8, n_blocks: usize, from: usize) -> usize {
    let state = |b: usize| {
        // SAFETY: callers keep b < n_blocks, and the table covers n_blocks.
        unsafe { (*atb.add(b >> 2) >> ((b & 3) * 2)) & 3 }
    };
    let mut end = from;
    while end < n_blocks && end & 3 != 0 {
        if state(end) != TAIL {
            return end;
        }
        end += 1;
    }
    // SAFETY: end < n_blocks, a multiple of 4, so the whole byte is in the table.
    while end < n_blocks && unsafe { *atb.add(end >> 2) } == TAIL * 0x55 {
        end += 4;
    }
    while end < n_blocks && state(end) == TAIL {
        end += 1;
    }
    end
}

/// Sets the table entries of `n` blocks from `start` to `state`, whole table bytes at a time in
/// the middle.
///
/// # Safety
/// `atb` is a heap's allocation table and `start + n` at most its number of blocks.
pub(crate) unsafe fn atb_fill(atb: *mut u8, start: usize, n: usize, state: u8) {
    let set = |b: usize| {
        let shift = (b & 3) * 2;
        // SAFETY: b < start + n, inside the table (the caller's promise).
        unsafe {
            let byte = atb.add(b >> 2);
            *byte = (*byte & !(3 << shift)) | (state << shift);
        }
    };
    let end = start + n;
    let mut b = start;
    while b < end && b & 3 != 0 {
        set(b);
        b += 1;
    }
    let whole = (end - b) >> 2;
    if whole > 0 {
        // SAFETY: bytes b/4 .. b/4 + whole cover blocks b..b + 4*whole <= end.
        unsafe { ptr::write_bytes(atb.add(b >> 2), state * 0x55, whole) };
        b += whole << 2;
    }
    while b < end {
        set(b);
        b += 1;
    }
}

pub struct Heap {
    /// First block (16-byte aligned).
    pub(crate) blocks: *mut u8,
    pub(crate) n_blocks: usize,
    /// Allocation table: 2 bits per block, 4 blocks per byte.
    pub(crate) atb: *mut u8,
    /// Raw table: 1 bit per block, set on the first block of each live raw allocation.
    pub(crate) raw: *mut u8,
    /// The marker's stack, kept between collections (outside the region).
    mark_stack: Vec<usize>,
    /// Most entries the mark stack may grow to; past it, marking falls back to rescanning the
    /// heap (slower, no memory). Unlimited by default; firmware can bound the collector's
    /// memory outside the heap with it.
    pub mark_stack_limit: usize,
    /// Head of each free list: index of the first run's first block plus one (0 = empty).
    free_heads: [u32; NCLASS],
    /// The bump run: free blocks `bump..bump_end`, on no list, allocated from the front.
    bump: usize,
    bump_end: usize,
    used_blocks: usize,
    region_len: usize,
    /// Nesting depth of `micropython.heap_lock()`; allocation fails while it is non-zero.
    pub lock_depth: u32,
    /// Automatic collection (`gc.enable`/`gc.disable`).
    enabled: bool,
    /// Collect after this many bytes have been allocated (`gc.threshold`), if set.
    threshold: Option<usize>,
    /// Collect after this many bytes have been allocated since the last collection, set by
    /// each sweep from the live size (see `SOFT_MIN`).
    soft_budget: usize,
    /// The allocation count since the last collection at which the next one is due: the
    /// smaller of the threshold and (while automatic collection is on) the soft budget, kept
    /// as one number for the allocation path.
    collect_at: usize,
    pub(crate) allocated_since_collect: usize,
    /// Collect before every allocation (tests: finds missing roots).
    pub stress: bool,
    /// Overwrite freed memory (tests: makes use-after-free fail loudly).
    pub poison: bool,
    /// Total bytes ever allocated (a monotonic counter for tests and `micropython.mem_info`).
    pub total_allocated: usize,
    pub collections: usize,
    /// Most blocks ever in use at once (`micropython.mem_peak`).
    pub(crate) peak_blocks: usize,
}

impl Heap {
    /// Takes over `region` for the lifetime of the program.
    pub fn new(region: &'static mut [u8]) -> Heap {
        let len = region.len();
        let base = region.as_mut_ptr();
        let align_pad = base.align_offset(BLOCK_SIZE).min(len);
        let rest = len - align_pad;
        // n blocks need n * 16 bytes plus n / 4 + n / 8 table bytes, plus up to 15 bytes of
        // alignment.
        let n_blocks = (rest.saturating_sub(BLOCK_SIZE) * 8 / (8 * BLOCK_SIZE + 3)) & !7;
        let atb_bytes = n_blocks / 4;
        let raw_bytes = n_blocks / 8;
        // SAFETY: all offsets below stay within `region`: align_pad + atb_bytes + raw_bytes +
        // alignment (< 16) + n_blocks * 16 <= len by the choice of n_blocks.
        let (atb, raw, blocks) = unsafe {
            let atb = base.add(align_pad);
            let raw = atb.add(atb_bytes);
            let after = raw.add(raw_bytes);
            let blocks = after.add(after.align_offset(BLOCK_SIZE));
            ptr::write_bytes(atb, 0, atb_bytes + raw_bytes);
            (atb, raw, blocks)
        };
        let mut mark_stack = Vec::new();
        // Without room now, the stack grows during marking, or marking falls back to rescans.
        let _ = mark_stack.try_reserve_exact(MARK_STACK_ENTRIES);
        Heap {
            blocks,
            n_blocks,
            atb,
            raw,
            mark_stack,
            mark_stack_limit: usize::MAX,
            free_heads: [0; NCLASS],
            bump: 0,
            bump_end: n_blocks,
            used_blocks: 0,
            region_len: len,
            lock_depth: 0,
            enabled: true,
            threshold: None,
            soft_budget: SOFT_MIN,
            collect_at: SOFT_MIN,
            allocated_since_collect: 0,
            stress: false,
            poison: false,
            total_allocated: 0,
            collections: 0,
            peak_blocks: 0,
        }
    }

    /// Size of the region handed over, in bytes.
    pub fn region_len(&self) -> usize {
        self.region_len
    }

    /// Bytes available for objects (all blocks).
    pub fn total_bytes(&self) -> usize {
        self.n_blocks * BLOCK_SIZE
    }

    pub fn used_bytes(&self) -> usize {
        self.used_blocks * BLOCK_SIZE
    }

    pub fn free_bytes(&self) -> usize {
        (self.n_blocks - self.used_blocks) * BLOCK_SIZE
    }

    /// Whether `p` points into the block area.
    #[inline]
    pub fn contains(&self, p: *const u8) -> bool {
        let a = p.addr();
        let start = self.blocks.addr();
        a >= start && a < start + self.n_blocks * BLOCK_SIZE
    }

    #[inline]
    pub(crate) fn atb_get(&self, block: usize) -> u8 {
        // SAFETY: callers pass block < n_blocks, and the table has n_blocks / 4 bytes.
        unsafe { (*self.atb.add(block >> 2) >> ((block & 3) * 2)) & 3 }
    }

    #[inline]
    pub(crate) fn atb_set(&mut self, block: usize, state: u8) {
        let shift = (block & 3) * 2;
        // SAFETY: as in `atb_get`.
        unsafe {
            let byte = self.atb.add(block >> 2);
            *byte = (*byte & !(3 << shift)) | (state << shift);
        }
    }

    /// Sets `n` blocks from `start` to `state`.
    pub(crate) fn atb_fill(&mut self, start: usize, n: usize, state: u8) {
        debug_assert!(start + n <= self.n_blocks);
        // SAFETY: the blocks are inside the table (asserted; callers keep to the heap).
        unsafe { atb_fill(self.atb, start, n, state) };
    }

    /// Marks `block` as the start of a raw allocation, or not.
    #[inline]
    fn set_raw(&mut self, block: usize, on: bool) {
        // SAFETY: callers pass block < n_blocks, and the raw table has n_blocks / 8 bytes.
        unsafe {
            let byte = self.raw.add(block >> 3);
            *byte = (*byte & !(1 << (block & 7))) | (u8::from(on) << (block & 7));
        }
    }

    #[inline]
    fn block_ptr(&self, block: usize) -> *mut u8 {
        // SAFETY: block <= n_blocks, so the result is inside (or one past) the block area.
        unsafe { self.blocks.add(block << BLOCK_SHIFT) }
    }

    /// The block index of an allocation's first byte, if `p` is exactly that.
    pub(crate) fn head_block(&self, p: *const u8) -> Option<usize> {
        if !self.contains(p) {
            return None;
        }
        let off = p.addr() - self.blocks.addr();
        if off & (BLOCK_SIZE - 1) != 0 {
            return None;
        }
        let block = off >> BLOCK_SHIFT;
        matches!(self.atb_get(block), HEAD | MARK).then_some(block)
    }

    /// Number of blocks of the allocation starting at `block`.
    pub(crate) fn alloc_blocks(&self, block: usize) -> usize {
        tails_end(self.atb, self.n_blocks, block + 1) - block
    }

    /// Size in bytes of the allocation at `p` (0 if `p` is not one).
    pub fn alloc_size(&self, p: *const u8) -> usize {
        self.head_block(p).map_or(0, |b| self.alloc_blocks(b) * BLOCK_SIZE)
    }

    // ---- free runs: doubly linked lists, each run's first block holding (next + 1, length, previous + 1) ----

    fn run_read(&self, block: usize) -> (u32, usize) {
        // SAFETY: `block` starts a free run inside the block area; its first 12 bytes hold the
        // links written by `run_write` (blocks are 16-byte aligned, so u32 reads are aligned).
        unsafe {
            let p = self.block_ptr(block) as *const u32;
            (*p, *p.add(1) as usize)
        }
    }

    /// The run before `block`'s in its list (+1; 0 for the first).
    fn run_prev(&self, block: usize) -> u32 {
        // SAFETY: as in `run_read`.
        unsafe { *(self.block_ptr(block) as *const u32).add(2) }
    }

    /// Writes a free run's header: next run (+1; 0 = none), length, previous run (+1); and its
    /// boundary tag (see `TAG_OFFSET`).
    fn run_write(&mut self, block: usize, next: u32, len: usize, prev: u32) {
        // SAFETY: as in `run_read`; the run is free, so nothing else uses this memory. The tag
        // lies in the run's last block, after the 12 header bytes when that is the first one.
        unsafe {
            let p = self.block_ptr(block) as *mut u32;
            *p = next;
            *p.add(1) = len as u32;
            *p.add(2) = prev;
            *(self.block_ptr(block + len - 1).add(TAG_OFFSET) as *mut u32) = block as u32;
        }
    }

    /// The first block of the free blocks that end right before `block` (which is not free),
    /// if any: the bump run's start or, through its boundary tag, a listed run's.
    fn free_start_before(&self, block: usize) -> Option<usize> {
        if block == 0 || self.atb_get(block - 1) != FREE {
            return None;
        }
        if self.bump_end == block && self.bump < block {
            return Some(self.bump);
        }
        // SAFETY: block - 1 is free and not in the bump run, so it is the last block of a
        // listed run, whose tag `run_write` wrote.
        let start = unsafe { *(self.block_ptr(block - 1).add(TAG_OFFSET) as *const u32) } as usize;
        debug_assert!(start < block && self.run_read(start).1 == block - start);
        Some(start)
    }

    /// Whether the (non-empty) bump run starts at `block`.
    fn bump_starts_at(&self, block: usize) -> bool {
        block == self.bump && self.bump < self.bump_end
    }

    /// Length of the free blocks that start at `block` (the bump run or a listed run; 0 when
    /// `block` is in use or past the end).
    fn free_len_at(&self, block: usize) -> usize {
        if self.bump_starts_at(block) {
            self.bump_end - self.bump
        } else if block < self.n_blocks && self.atb_get(block) == FREE {
            self.run_read(block).1
        } else {
            0
        }
    }

    /// Takes the first `n` blocks (no more than it has) of the free blocks starting at `block`,
    /// which `free_len_at` measured.
    fn take_front(&mut self, block: usize, n: usize) {
        if self.bump_starts_at(block) {
            self.bump += n;
        } else {
            let len = self.unlink_run(block);
            if len > n {
                self.push_run(block + n, len - n);
            }
        }
    }

    fn set_next(&mut self, block: usize, next: u32) {
        // SAFETY: as in `run_write`.
        unsafe { *(self.block_ptr(block) as *mut u32) = next };
    }

    fn set_prev(&mut self, block: usize, prev: u32) {
        // SAFETY: as in `run_write`.
        unsafe { *(self.block_ptr(block) as *mut u32).add(2) = prev };
    }

    /// Appends a run at the end of its list (sweeps find runs in address order, and keeping
    /// the lists in that order makes allocation first-fit from the bottom of the heap, which
    /// packs long-lived objects together and leaves large runs free).
    fn append_run(&mut self, tails: &mut [u32; NCLASS], block: usize, len: usize) {
        let class = class_of(len);
        let tail = tails[class];
        self.run_write(block, 0, len, tail);
        match tail {
            0 => self.free_heads[class] = block as u32 + 1,
            t => self.set_next(t as usize - 1, block as u32 + 1),
        }
        tails[class] = block as u32 + 1;
    }

    /// Puts a run at the front of its list.
    fn push_run(&mut self, block: usize, len: usize) {
        let class = class_of(len);
        let next = self.free_heads[class];
        self.run_write(block, next, len, 0);
        if next != 0 {
            self.set_prev(next as usize - 1, block as u32 + 1);
        }
        self.free_heads[class] = block as u32 + 1;
    }

    /// Removes the free run that starts at `block` from its (doubly linked) list in constant
    /// time; returns its length.
    fn unlink_run(&mut self, block: usize) -> usize {
        let (next, len) = self.run_read(block);
        let prev = self.run_prev(block);
        match prev {
            0 => self.free_heads[class_of(len)] = next,
            p => self.set_next(p as usize - 1, next),
        }
        if next != 0 {
            self.set_prev(next as usize - 1, prev);
        }
        len
    }

    /// Allocates `bytes` (at least one block), zero-filled. `None` when no run is large enough
    /// or the heap is locked; the caller decides whether to collect and retry.
    pub fn alloc(&mut self, bytes: usize) -> Option<*mut u8> {
        let (p, n) = self.take(bytes)?;
        // SAFETY: the n blocks from `p` were free and now belong to this allocation.
        unsafe { ptr::write_bytes(p, 0, n * BLOCK_SIZE) };
        Some(p)
    }

    /// As `alloc`, but the blocks keep what they held (old, initialised bytes): for an
    /// allocation its caller fills at once.
    pub fn alloc_unzeroed(&mut self, bytes: usize) -> Option<*mut u8> {
        self.take(bytes).map(|(p, _)| p)
    }

    /// Takes the blocks for `bytes` (their first byte, and how many).
    #[inline(always)]
    fn take(&mut self, bytes: usize) -> Option<(*mut u8, usize)> {
        if self.lock_depth > 0 {
            return None;
        }
        let n = bytes.div_ceil(BLOCK_SIZE).max(1);
        let block = if n >= LARGE_BLOCKS {
            self.alloc_high(n)?
        } else if n <= self.bump_end - self.bump {
            let b = self.bump;
            self.bump += n;
            b
        } else {
            self.refill_bump(n)?
        };
        self.atb_set(block, HEAD);
        if n > 1 {
            self.atb_fill(block + 1, n - 1, TAIL);
        }
        self.used_blocks += n;
        self.peak_blocks = self.peak_blocks.max(self.used_blocks);
        self.allocated_since_collect += n * BLOCK_SIZE;
        self.total_allocated += n * BLOCK_SIZE;
        Some((self.block_ptr(block), n))
    }

    /// Allocates `bytes` as a raw allocation (no object header; traced by its owner).
    pub fn alloc_raw(&mut self, bytes: usize) -> Option<*mut u8> {
        let p = self.alloc(bytes)?;
        self.set_raw((p.addr() - self.blocks.addr()) >> BLOCK_SHIFT, true);
        Some(p)
    }

    /// A large allocation: the end of the highest free run (or bump run) that holds `n` blocks.
    /// Large objects collect at the top of the heap, small ones at the bottom, so a small
    /// long-lived object seldom splits the run a large one will need, and large objects that
    /// die together leave one run behind.
    #[cold]
    fn alloc_high(&mut self, n: usize) -> Option<usize> {
        let mut best: Option<(usize, usize)> = None;
        for class in class_of(n)..NCLASS {
            let mut link = self.free_heads[class];
            while link != 0 {
                let block = link as usize - 1;
                let (next, len) = self.run_read(block);
                if len >= n && best.is_none_or(|(b, l)| len < l || (len == l && block > b)) {
                    best = Some((block, len));
                }
                link = next;
            }
        }
        let bump_len = self.bump_end - self.bump;
        let bump_fits = bump_len >= n;
        match best {
            Some((block, len)) if !bump_fits || len < bump_len || (len == bump_len && block > self.bump) => {
                let len = self.unlink_run(block);
                if len > n {
                    self.push_run(block, len - n);
                }
                Some(block + len - n)
            }
            _ if bump_fits => {
                self.bump_end -= n;
                Some(self.bump_end)
            }
            _ => None,
        }
    }

    /// The bump run is too short for `n` blocks: gives back what is left of it and takes as the
    /// new one the first fit for `n` in the lists, smallest class first (after a sweep the lists
    /// are in address order, so holes of the right size below survivors are filled before long
    /// runs are cut: that first-fit policy keeps fragmentation down). Returns the first block.
    #[cold]
    fn refill_bump(&mut self, n: usize) -> Option<usize> {
        if self.bump < self.bump_end {
            self.push_run(self.bump, self.bump_end - self.bump);
        }
        self.bump = 0;
        self.bump_end = 0;
        let block = (class_of(n)..NCLASS).find_map(|class| self.first_fit(class, n))?;
        let len = self.unlink_run(block);
        self.bump = block + n;
        self.bump_end = block + len;
        Some(block)
    }

    /// The first run on list `class` at least `n` blocks long.
    fn first_fit(&self, class: usize, n: usize) -> Option<usize> {
        let mut link = self.free_heads[class];
        while link != 0 {
            let block = link as usize - 1;
            let (next, len) = self.run_read(block);
            if len >= n {
                return Some(block);
            }
            link = next;
        }
        None
    }

    /// Grows the allocation at `p` in place to at least `bytes`, if the blocks after it are
    /// free; the new part is zero-filled. Returns whether it grew (as MicroPython's realloc
    /// does, this saves the copy and the transient double allocation of a growing array).
    pub(crate) fn grow_in_place(&mut self, p: *mut u8, bytes: usize) -> bool {
        if self.lock_depth > 0 {
            return false;
        }
        let Some(block) = self.head_block(p) else { return false };
        let have = self.alloc_blocks(block);
        let want = bytes.div_ceil(BLOCK_SIZE);
        if want <= have {
            return true;
        }
        let next = block + have;
        let extra = want - have;
        if self.free_len_at(next) < extra {
            return false;
        }
        self.take_front(next, extra);
        self.atb_fill(next, extra, TAIL);
        self.account_growth(extra);
        // SAFETY: the `extra` blocks were free and now belong to this allocation.
        unsafe { ptr::write_bytes(self.block_ptr(next), 0, extra * BLOCK_SIZE) };
        true
    }

    /// Grows the raw allocation at `p` to at least `bytes`: in place if the blocks after it are
    /// free, else by sliding it down into the free blocks right before it (and those after it),
    /// keeping its first `keep` bytes; the rest is zero-filled. Returns its (possibly new)
    /// address, or `None` (nothing changed) when the free blocks around it are too few.
    /// Large allocations sit at the top of a free run (`alloc_high`), so a growing list or
    /// buffer usually has the room below it, and grows without a second copy of itself.
    pub(crate) fn grow_raw(&mut self, p: *mut u8, bytes: usize, keep: usize) -> Option<*mut u8> {
        if self.grow_in_place(p, bytes) {
            return Some(p);
        }
        if self.lock_depth > 0 {
            return None;
        }
        let block = self.head_block(p)?;
        if !self.is_raw(block) {
            return None;
        }
        let have = self.alloc_blocks(block);
        let extra = bytes.div_ceil(BLOCK_SIZE) - have;
        let start = self.free_start_before(block)?;
        let below = block - start;
        let after = self.free_len_at(block + have);
        if below + after < extra {
            return None;
        }
        let down = extra.min(below);
        if start == self.bump && block == self.bump_end {
            self.bump_end -= down;
        } else {
            let len = self.unlink_run(start);
            if len > down {
                self.push_run(start, len - down);
            }
        }
        if extra > down {
            self.take_front(block + have, extra - down);
        }
        let new_block = block - down;
        let total = have + extra;
        self.set_raw(block, false);
        self.set_raw(new_block, true);
        self.atb_set(new_block, HEAD);
        self.atb_fill(new_block + 1, total - 1, TAIL);
        self.account_growth(extra);
        let keep = keep.min(have * BLOCK_SIZE);
        let new = self.block_ptr(new_block);
        // SAFETY: blocks new_block..new_block + total now belong to this allocation and cover
        // its old blocks; `copy` allows the overlap. The bytes after the kept ones are the
        // allocation's own, zeroed as new.
        unsafe {
            ptr::copy(p, new, keep);
            ptr::write_bytes(new.add(keep), 0, total * BLOCK_SIZE - keep);
        }
        Some(new)
    }

    fn is_raw(&self, block: usize) -> bool {
        // SAFETY: as in `set_raw`.
        unsafe { *self.raw.add(block >> 3) & (1 << (block & 7)) != 0 }
    }

    fn account_growth(&mut self, extra: usize) {
        self.used_blocks += extra;
        self.peak_blocks = self.peak_blocks.max(self.used_blocks);
        self.allocated_since_collect += extra * BLOCK_SIZE;
        self.total_allocated += extra * BLOCK_SIZE;
    }

    /// Returns an allocation to the free lists at once (used when a buffer is replaced),
    /// merged with the free blocks on either side. Does nothing for a pointer that is not the
    /// start of an allocation.
    pub(crate) fn free(&mut self, p: *mut u8) {
        let Some(block) = self.head_block(p) else { return };
        let n = self.alloc_blocks(block);
        self.atb_fill(block, n, FREE);
        self.set_raw(block, false);
        self.used_blocks -= n;
        if self.poison {
            // SAFETY: the blocks were just released by their only owner.
            unsafe { ptr::write_bytes(p, POISON, n * BLOCK_SIZE) };
        }
        let mut end = block + n;
        let bump_after = self.bump_starts_at(end);
        if !bump_after && end < self.n_blocks && self.atb_get(end) == FREE {
            // A free block right after the freed ones (not the bump run's) starts a listed run.
            end += self.unlink_run(end);
        }
        let mut start = block;
        if let Some(before) = self.free_start_before(block) {
            if before == self.bump && block == self.bump_end {
                // The bump run ends here (so it does not also start at `end`): it takes them.
                self.bump_end = end;
                return;
            }
            self.unlink_run(before);
            start = before;
        }
        if bump_after {
            self.bump = start;
        } else {
            self.push_run(start, end - start);
        }
    }

    /// A marker for a collection: clears nothing, marks from the roots it is given. With
    /// `trim`, owners give back the room their storage has beyond what they use
    /// (`Marker::mark_raw_values_trim`): for a collection made because the heap is full.
    pub fn marker(&mut self, trim: bool) -> Marker {
        let stack = core::mem::take(&mut self.mark_stack);
        Marker::new(self, stack, self.mark_stack_limit, trim)
    }

    /// Finishes marking (including rescans after mark-stack overflow) and frees every
    /// unmarked allocation, rebuilding the free lists with adjacent free blocks coalesced.
    pub fn sweep(&mut self, mut marker: Marker) {
        marker.finish();
        self.mark_stack = marker.into_stack();
        // The bump run's blocks are free in the table: the sweep puts them on the lists.
        self.bump = 0;
        self.bump_end = 0;
        self.free_heads = [0; NCLASS];
        let mut tails = [0u32; NCLASS];
        self.used_blocks = 0;
        let mut run_start: Option<usize> = None;
        let mut block = 0;
        while block < self.n_blocks {
            if block & 31 == 0 && block + 32 <= self.n_blocks {
                // SAFETY: the 8 table bytes from block / 4 cover blocks block..block + 32.
                let word = unsafe { ptr::read_unaligned(self.atb.add(block >> 2) as *const u64) };
                if word == 0 {
                    run_start.get_or_insert(block);
                    block += 32;
                    continue;
                }
            }
            match self.atb_get(block) {
                MARK => {
                    if let Some(start) = run_start.take() {
                        self.append_run(&mut tails, start, block - start);
                    }
                    self.atb_set(block, HEAD);
                    let n = self.alloc_blocks(block);
                    self.used_blocks += n;
                    block += n;
                }
                HEAD | TAIL => {
                    // An unreachable allocation (or a stray tail, treated the same way).
                    let n = if self.atb_get(block) == HEAD { self.alloc_blocks(block) } else { 1 };
                    self.atb_fill(block, n, FREE);
                    self.set_raw(block, false);
                    if self.poison {
                        // SAFETY: the blocks belong to an unreachable allocation.
                        unsafe { ptr::write_bytes(self.block_ptr(block), POISON, n * BLOCK_SIZE) };
                    }
                    run_start.get_or_insert(block);
                    block += n;
                }
                _ => {
                    run_start.get_or_insert(block);
                    block += 1;
                }
            }
        }
        if let Some(start) = run_start {
            self.append_run(&mut tails, start, self.n_blocks - start);
        }
        self.allocated_since_collect = 0;
        self.soft_budget = SOFT_MIN.max(self.used_bytes() * SOFT_FACTOR);
        self.update_collect_at();
        self.collections += 1;
    }

    /// Whether enough has been allocated since the last collection to collect before the next
    /// allocation (`gc.threshold`, or the soft budget while automatic collection is on).
    #[inline]
    pub fn collection_due(&self) -> bool {
        self.allocated_since_collect >= self.collect_at
    }

    fn update_collect_at(&mut self) {
        let soft = if self.enabled { self.soft_budget } else { usize::MAX };
        self.collect_at = self.threshold.map_or(soft, |t| t.min(soft));
    }

    /// Whether collections happen automatically (`gc.isenabled`).
    pub fn enabled(&self) -> bool {
        self.enabled
    }

    /// `gc.enable()` / `gc.disable()`.
    pub fn set_enabled(&mut self, on: bool) {
        self.enabled = on;
        self.update_collect_at();
    }

    /// `gc.threshold()`: bytes allocated after which a collection runs, if set.
    pub fn threshold(&self) -> Option<usize> {
        self.threshold
    }

    pub fn set_threshold(&mut self, bytes: Option<usize>) {
        self.threshold = bytes;
        self.update_collect_at();
    }

    /// Size of the largest free run, in bytes (`micropython.mem_info`).
    pub fn largest_free(&self) -> usize {
        let mut best = self.bump_end - self.bump;
        for class in 0..NCLASS {
            let mut link = self.free_heads[class];
            while link != 0 {
                let (next, len) = self.run_read(link as usize - 1);
                best = best.max(len);
                link = next;
            }
        }
        best * BLOCK_SIZE
    }
}
