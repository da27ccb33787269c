//! The scheduler behind `micropython.schedule(func, arg)`: a fixed-size queue of calls that the
//! VM makes at its next safe point (a backward jump, or a blocking call such as `time.sleep`).
//! While a scheduled call runs the scheduler is locked, so calls scheduled from inside one run
//! after it finishes, never nested. One call runs per safe point, and an exception it raises
//! is printed and dropped, as in MicroPython.

use super::{PyResult, Raised, Vm};
use crate::obj::exception;
use crate::value::Value;

/// Calls the queue holds at most (MicroPython's default `MICROPY_SCHEDULER_DEPTH`).
pub const SCHEDULE_DEPTH: usize = 4;

/// Pending `(function, argument)` calls, oldest first.
pub struct Scheduler {
    queue: [(Value, Value); SCHEDULE_DEPTH],
    head: usize,
    len: usize,
    /// A scheduled call is running.
    running: bool,
}

impl Scheduler {
    pub const fn new() -> Scheduler {
        Scheduler { queue: [(Value::NULL, Value::NULL); SCHEDULE_DEPTH], head: 0, len: 0, running: false }
    }

    /// Queues a call; `false` if the queue is full.
    fn push(&mut self, f: Value, arg: Value) -> bool {
        if self.len == SCHEDULE_DEPTH {
            return false;
        }
        self.queue[(self.head + self.len) % SCHEDULE_DEPTH] = (f, arg);
        self.len += 1;
        true
    }

    fn pop(&mut self) -> Option<(Value, Value)> {
        if self.len == 0 {
            return None;
        }
        let item = core::mem::replace(&mut self.queue[self.head], (Value::NULL, Value::NULL));
        self.head = (self.head + 1) % SCHEDULE_DEPTH;
        self.len -= 1;
        Some(item)
    }

    /// Locks the scheduler (hard interrupt handlers run with it locked); returns the previous
    /// state, for [`Scheduler::restore`].
    pub(crate) fn lock(&mut self) -> bool {
        core::mem::replace(&mut self.running, true)
    }

    pub(crate) fn restore(&mut self, was_locked: bool) {
        self.running = was_locked;
    }

    /// The queued values (GC roots).
    pub(crate) fn values(&self) -> impl Iterator<Item = Value> + '_ {
        self.queue.iter().flat_map(|&(f, a)| [f, a])
    }
}

impl Default for Scheduler {
    fn default() -> Self {
        Self::new()
    }
}

impl Vm {
    /// `micropython.schedule(func, arg)`: queues `func(arg)`; `RuntimeError` when full.
    pub fn schedule(&mut self, f: Value, arg: Value) -> PyResult<()> {
        if self.sched.push(f, arg) {
            Ok(())
        } else {
            Err(self.runtime_error("schedule queue full"))
        }
    }

    /// Whether work waits for a safe point: scheduled calls, or raised interrupt lines.
    #[inline(always)]
    pub fn sched_pending(&self) -> bool {
        (self.sched.len != 0 && !self.sched.running) || self.irq.is_pending()
    }

    /// Runs the handlers of raised interrupt lines, then the oldest scheduled call, if any (one
    /// per safe point, as MicroPython). The interpreter calls this at its safe points, with its
    /// state saved as around any call. An exception the call raises is printed and goes no
    /// further, as MicroPython does.
    #[inline]
    pub fn run_scheduled(&mut self) {
        if self.irq.is_pending() {
            self.irq_service();
        }
        if self.sched.len != 0 && !self.sched.running {
            self.run_one_scheduled();
        }
    }

    #[cold]
    fn run_one_scheduled(&mut self) {
        let Some((f, arg)) = self.sched.pop() else { return };
        // Out of the queue they are no longer roots.
        self.pin(f);
        self.pin(arg);
        self.sched.running = true;
        let r = self.call(f, &[arg]);
        self.sched.running = false;
        if r.is_err() {
            let e = self.take_exc();
            self.print_exception(e);
        }
    }

    /// For builtins that wait (`time.sleep`): raises a pending `KeyboardInterrupt`, or runs
    /// interrupt handlers and a scheduled call.
    pub fn handle_pending(&mut self) -> PyResult<()> {
        if self.pending_interrupt.swap(false, core::sync::atomic::Ordering::Relaxed) {
            return Err(self.raise_keyboard_interrupt());
        }
        self.run_scheduled();
        Ok(())
    }

    fn raise_keyboard_interrupt(&mut self) -> Raised {
        self.raise_type(&exception::KEYBOARD_INTERRUPT_TYPE)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queue_is_fifo_and_bounded() {
        let mut s = Scheduler::new();
        for i in 0..SCHEDULE_DEPTH {
            assert!(s.push(Value::small_int(i as isize), Value::NONE));
        }
        assert!(!s.push(Value::small_int(99), Value::NONE));
        assert_eq!(s.pop().map(|(f, _)| f.bits()), Some(Value::small_int(0).bits()));
        assert!(s.push(Value::small_int(4), Value::NONE));
        let rest: alloc::vec::Vec<_> = core::iter::from_fn(|| s.pop()).map(|(f, _)| f.bits()).collect();
        assert_eq!(rest, [1, 2, 3, 4].map(|i| Value::small_int(i).bits()));
        assert!(s.pop().is_none());
    }
}
