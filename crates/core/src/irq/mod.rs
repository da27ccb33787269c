//! Interrupt handlers: Python callables prepared once when they are registered, and one
//! allocation-free path that runs them when their interrupt fires.
//!
//! Registration ([`Vm::irq_register`]) turns a handler into a [`PreparedHandler`]: a generator
//! is primed to its first `yield`, a bytecode function (also a closure or a bound method of
//! one) gets its frame built once, anything else is kept as a generic callable. The argument
//! count is checked then, so a handler that cannot take its argument is a `TypeError` at
//! registration, never at interrupt time.
//!
//! # The two entries and what may interrupt them
//!
//! * [`IrqTrigger::raise`] is what an interrupt service routine (or a POSIX signal handler, or
//!   another thread) calls. It is one atomic `fetch_or` on a `'static` word: lock-free,
//!   allocation-free and async-signal-safe, so it may be called at any moment, including while
//!   the VM is in the middle of an instruction, an allocation or a handler.
//! * [`Vm::irq_dispatch`] runs one handler now. It takes `&mut Vm`, and that is its whole
//!   contract: nothing else may be using the VM while it runs. The interpreter calls it itself
//!   at its safe points (backward jumps, and waits such as `time.sleep`), where every live value
//!   is in a frame or pinned, through [`Vm::irq_service`]. Firmware may also call it directly
//!   from an interrupt, but only from one that cannot preempt other use of the VM (e.g. the VM
//!   is parked in the port's idle wait, not running, with no `&mut Vm` alive); it may itself be
//!   interrupted by anything that only calls [`IrqTrigger::raise`].
//!
//! The VM is not reentrant in the middle of an instruction (dicts, lists and the allocator have
//! invariants that hold only between instructions), so a handler never runs at an arbitrary
//! machine instruction; it runs at the next safe point after its interrupt was raised. The
//! latency is therefore the time to that safe point plus the dispatch itself.
//!
//! # Hard and soft handlers
//!
//! A hard handler runs at the safe point with the heap locked (allocation raises
//! `MemoryError`) and the scheduler locked. Hard handlers do not nest: an interrupt raised while
//! one runs is held and delivered after it returns (several raises of one interrupt meanwhile
//! coalesce into one delivery, as a hardware pending flag does). An exception in a handler
//! prints `Uncaught exception in IRQ callback handler` and its traceback and disables the
//! handler; so does a generator handler that returns instead of yielding. A soft handler is
//! queued with `micropython.schedule` and runs with the heap unlocked.

mod dispatch;
mod handler;
#[cfg(feature = "irq-profile")]
pub mod profile;
#[cfg(test)]
mod tests;

use alloc::boxed::Box;
use alloc::vec::Vec;
use core::sync::atomic::{AtomicU32, Ordering};

pub use dispatch::Dispatched;
pub use handler::PreparedHandler;

use crate::value::Value;

/// Interrupt lines a VM can have registered at once (one bit each in the pending word).
pub const MAX_SLOTS: usize = 31;

/// Bit of the pending word that asks for the clock hook (see [`Vm::irq_set_clock_hook`]).
pub const CLOCK_BIT: u32 = 1 << 31;

/// The handle interrupt code uses to raise interrupt lines: a copy of a `'static` atomic word.
#[derive(Clone, Copy)]
pub struct IrqTrigger(&'static AtomicU32);

impl IrqTrigger {
    /// Marks interrupt `slot` pending; its handler runs at the VM's next safe point. Safe to call
    /// from any interrupt or signal handler at any time.
    #[inline]
    pub fn raise(self, slot: usize) {
        if slot < MAX_SLOTS {
            self.0.fetch_or(1 << slot, Ordering::Release);
        }
    }

    /// Asks the VM to call its clock hook at the next safe point.
    #[inline]
    pub fn raise_clock(self) {
        self.0.fetch_or(CLOCK_BIT, Ordering::Release);
    }

    /// The raw pending word (for a signal handler that keeps it in a static).
    pub fn word(self) -> &'static AtomicU32 {
        self.0
    }
}

/// One registered interrupt line.
pub struct Slot {
    pub(crate) handler: PreparedHandler,
    /// The value the handler receives (the timer, pin, ... that interrupted).
    pub(crate) arg: Value,
    pub(crate) hard: bool,
    /// The handler is running (the reentrance guard).
    pub(crate) running: bool,
    /// Counts registrations of this slot, so a soft call queued for an earlier handler is dropped.
    pub(crate) generation: u32,
}

/// Everything the VM keeps about interrupts.
pub struct IrqTable {
    pub(crate) slots: Vec<Slot>,
    /// Bits raised by interrupts (one per slot, plus [`CLOCK_BIT`]).
    pub(crate) pending: &'static AtomicU32,
    /// Interrupts that arrived while they could not run (their handler, or a hard handler, was
    /// running); raised again when that handler returns.
    pub(crate) deferred: u32,
    /// Hard handlers running (0 or 1: they do not nest).
    pub(crate) hard_depth: u32,
    /// Called at safe points while [`CLOCK_BIT`] is raised (a virtual clock advancing timers).
    pub(crate) clock_hook: Option<fn(&mut crate::vm::Vm)>,
    /// The profile's samples while profiling is on (see [`profile`]).
    #[cfg(feature = "irq-profile")]
    pub(crate) profile: Option<Box<profile::IrqProfile>>,
}

impl IrqTable {
    pub fn new() -> IrqTable {
        IrqTable {
            slots: Vec::new(),
            pending: Box::leak(Box::new(AtomicU32::new(0))),
            deferred: 0,
            hard_depth: 0,
            clock_hook: None,
            #[cfg(feature = "irq-profile")]
            profile: None,
        }
    }

    /// Whether interrupts wait to be serviced (checked at every safe point).
    #[inline(always)]
    pub(crate) fn is_pending(&self) -> bool {
        self.pending.load(Ordering::Relaxed) != 0
    }

    /// The values the table keeps alive (GC roots).
    pub(crate) fn values(&self) -> impl Iterator<Item = Value> + '_ {
        self.slots.iter().flat_map(|s| [s.arg].into_iter().chain(s.handler.values()))
    }
}

impl Default for IrqTable {
    fn default() -> Self {
        Self::new()
    }
}
