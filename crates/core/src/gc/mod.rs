//! The garbage-collected heap: a fixed region, a block allocator and an exact mark & sweep
//! collector. The VM supplies the roots (see `vm::gc_roots`).

mod freelist;
mod heap;
mod info;
mod mark;

pub use heap::{Heap, BLOCK_SIZE};
pub use info::HeapInfo;
pub use mark::Marker;

#[cfg(test)]
mod tests;
