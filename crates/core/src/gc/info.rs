//! Heap statistics and the block map `micropython.mem_info()` prints, in MicroPython's terms.

use alloc::string::String;
use core::fmt::Write;

use super::heap::{Heap, FREE, HEAD, MARK, TAIL};
use super::BLOCK_SIZE;

/// Blocks per line of the block map.
const MAP_LINE: usize = 64;

/// What `micropython.mem_info()` reports about the heap.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct HeapInfo {
    pub total: usize,
    pub used: usize,
    pub free: usize,
    /// Allocations of exactly one and two blocks.
    pub one_blocks: usize,
    pub two_blocks: usize,
    /// Largest allocation and largest free run, in blocks.
    pub max_block: usize,
    pub max_free: usize,
}

impl Heap {
    /// Walks the allocation table.
    pub fn info(&self) -> HeapInfo {
        let mut info = HeapInfo {
            total: self.total_bytes(),
            used: self.used_bytes(),
            free: self.free_bytes(),
            ..HeapInfo::default()
        };
        let mut free_run = 0;
        let mut block = 0;
        while block < self.n_blocks {
            match self.atb_get(block) {
                HEAD | MARK => {
                    let n = self.alloc_blocks(block);
                    info.one_blocks += usize::from(n == 1);
                    info.two_blocks += usize::from(n == 2);
                    info.max_block = info.max_block.max(n);
                    free_run = 0;
                    block += n;
                    continue;
                }
                FREE => {
                    free_run += 1;
                    info.max_free = info.max_free.max(free_run);
                }
                _ => free_run = 0,
            }
            block += 1;
        }
        info
    }

    /// Bytes in use at the fullest the heap has been.
    pub fn peak_bytes(&self) -> usize {
        self.peak_blocks * BLOCK_SIZE
    }

    /// The block map: one character per block (`h` start of an allocation, `=` its
    /// continuation, `.` free), 64 blocks per line, runs of free lines collapsed.
    pub fn layout(&self, out: &mut String) {
        let _ = write!(out, "GC memory layout; from {:x}:", self.blocks.addr());
        let mut line = 0;
        while line * MAP_LINE < self.n_blocks {
            let start = line * MAP_LINE;
            let end = (start + MAP_LINE).min(self.n_blocks);
            let free_lines = (line..)
                .take_while(|&l| {
                    let s = l * MAP_LINE;
                    s < self.n_blocks
                        && (s..(s + MAP_LINE).min(self.n_blocks)).all(|b| self.atb_get(b) == FREE)
                })
                .count();
            if free_lines > 1 && line > 0 {
                let _ = write!(out, "\n       ({free_lines} lines all free)");
                line += free_lines;
                continue;
            }
            let _ = write!(out, "\n{:08x}: ", start * BLOCK_SIZE);
            for b in start..end {
                out.push(match self.atb_get(b) {
                    HEAD | MARK => 'h',
                    TAIL => '=',
                    _ => '.',
                });
            }
            line += 1;
        }
        out.push('\n');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn heap(bytes: usize) -> Heap {
        Heap::new(alloc::boxed::Box::leak(alloc::vec![0u8; bytes].into_boxed_slice()))
    }

    #[test]
    fn counts_allocations_by_size() {
        let mut h = heap(64 * 1024);
        h.alloc(BLOCK_SIZE).unwrap();
        h.alloc(2 * BLOCK_SIZE).unwrap();
        h.alloc(5 * BLOCK_SIZE).unwrap();
        let i = h.info();
        assert_eq!((i.one_blocks, i.two_blocks, i.max_block), (1, 1, 5));
        assert_eq!(i.used, 8 * BLOCK_SIZE);
        assert_eq!(i.max_free * BLOCK_SIZE, i.free);
        assert_eq!(h.peak_bytes(), 8 * BLOCK_SIZE);
    }

    #[test]
    fn layout_marks_heads_and_tails() {
        let mut h = heap(64 * 1024);
        h.alloc(3 * BLOCK_SIZE).unwrap();
        let mut s = String::new();
        h.layout(&mut s);
        assert!(s.starts_with("GC memory layout; from "));
        assert!(s.contains("\n00000000: h==."));
        assert!(s.contains("lines all free)"));
    }
}
