//! Registering interrupt lines and running their handlers: [`Vm::irq_dispatch`] (one handler,
//! now) and [`Vm::irq_service`] (every pending one, at a safe point).
//!
//! The path from the dispatch entry to the handler's first opcode does no heap allocation: a
//! prepared function's frame is copied back from its template inside its own storage, a
//! generator is resumed in place, and the `Frame` record goes on the VM's frame stack.

use core::sync::atomic::Ordering;

use super::handler::{PreparedFrame, PreparedHandler};
use super::{IrqTrigger, Slot, CLOCK_BIT, MAX_SLOTS};
use crate::obj::builtin_fn::BuiltinFn;
use crate::obj::{exception, generator, storage};
use crate::qstr::q;
use crate::value::Value;
use crate::vm::frame::{Frame, FrameKind};
use crate::vm::run::Outcome;
use crate::vm::{PyResult, Vm};

/// What one dispatch did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dispatched {
    /// The handler ran (or, for a soft handler, was queued).
    Ran,
    /// The handler is already running; the interrupt is delivered when it returns.
    Busy,
    /// No handler on this line.
    Empty,
    /// The handler raised; it has been reported and (for a hard handler) disabled.
    Failed,
    /// The generator handler returned; it has been disabled.
    Finished,
}

/// The queued call that runs a soft handler: its argument is the slot and its generation.
static SOFT_ENTRY: BuiltinFn = BuiltinFn::f1(q::irq, soft_entry);

fn soft_entry(vm: &mut Vm, tag: Value) -> PyResult<Value> {
    let tag = tag.small_int_value().unwrap_or(-1);
    let (slot, generation) = ((tag & 0x1F) as usize, (tag >> 5) as u32);
    if vm.irq.slots.get(slot).is_some_and(|s| s.generation == generation && !s.hard) {
        #[cfg(feature = "irq-profile")]
        vm.irq_profile_entry();
        vm.irq_run(slot, false);
    }
    Ok(Value::NONE)
}

impl Vm {
    /// The handle interrupt code raises lines with.
    pub fn irq_trigger(&self) -> IrqTrigger {
        IrqTrigger(self.irq.pending)
    }

    /// Prepares `handler` (see [`Vm::irq_prepare`]) and registers it on a free line; returns the
    /// line's number, for [`IrqTrigger::raise`] and [`Vm::irq_dispatch`]. It will be called with
    /// `arg`, hard (at once, heap locked) or soft (through the scheduler).
    pub fn irq_register(&mut self, handler: Value, arg: Value, hard: bool) -> PyResult<usize> {
        #[cfg(feature = "irq-profile")]
        let start = self.irq_profile_register_start();
        if self.free_irq_slot().is_none() {
            return Err(self.runtime_error("too many IRQ handlers"));
        }
        let prepared = self.irq_prepare(handler, arg)?;
        let slot = self.irq_install(prepared, arg, hard)?;
        #[cfg(feature = "irq-profile")]
        self.irq_profile_register_end(start);
        Ok(slot)
    }

    /// A line without a handler, existing or new (`None`: all [`MAX_SLOTS`] are in use).
    fn free_irq_slot(&self) -> Option<usize> {
        match self.irq.slots.iter().position(|s| matches!(s.handler, PreparedHandler::None)) {
            Some(i) => Some(i),
            None => (self.irq.slots.len() < MAX_SLOTS).then_some(self.irq.slots.len()),
        }
    }

    /// Registers an already prepared handler (from [`Vm::irq_prepare`], or a
    /// [`PreparedHandler::Callable`] to call any callable through the ordinary call path) on a
    /// free line; returns the line's number.
    pub fn irq_install(&mut self, handler: PreparedHandler, arg: Value, hard: bool) -> PyResult<usize> {
        if hard {
            exception::prepare_emergency(self)?;
        }
        let Some(slot) = self.free_irq_slot() else {
            return Err(self.runtime_error("too many IRQ handlers"));
        };
        // The frame stack has room for a handler frame, so a dispatch does not grow it.
        self.frames.reserve(2);
        if slot == self.irq.slots.len() {
            self.irq.slots.push(Slot {
                handler: PreparedHandler::None,
                arg: Value::NULL,
                hard,
                running: false,
                generation: 0,
            });
        }
        let s = &mut self.irq.slots[slot];
        s.handler = handler;
        s.arg = arg;
        s.hard = hard;
        s.generation = s.generation.wrapping_add(1) & 0xFFFF;
        Ok(slot)
    }

    /// Removes the handler of line `slot` (raises of it are ignored from now on).
    pub fn irq_unregister(&mut self, slot: usize) {
        if let Some(s) = self.irq.slots.get_mut(slot) {
            s.handler = PreparedHandler::None;
            s.arg = Value::NULL;
            s.generation = s.generation.wrapping_add(1) & 0xFFFF;
        }
        self.irq.deferred &= !(1u32.checked_shl(slot as u32).unwrap_or(0));
    }

    /// Whether line `slot` has a handler (false once an error or a returning generator has
    /// disabled it).
    pub fn irq_is_active(&self, slot: usize) -> bool {
        self.irq.slots.get(slot).is_some_and(|s| !matches!(s.handler, PreparedHandler::None))
    }

    /// The prepared handler of line `slot` (None for an empty or unknown line).
    pub fn irq_handler(&self, slot: usize) -> &PreparedHandler {
        self.irq.slots.get(slot).map_or(&PreparedHandler::None, |s| &s.handler)
    }

    /// Sets the function called at safe points while [`CLOCK_BIT`] is raised: a virtual clock
    /// that advances time and raises the lines of expired timers (it raises the bit again for as
    /// long as it wants to be called).
    pub fn irq_set_clock_hook(&mut self, hook: Option<fn(&mut Vm)>) {
        self.irq.clock_hook = hook;
        if hook.is_some() {
            self.irq_trigger().raise_clock();
        }
    }

    /// The dispatch entry: delivers interrupt `slot` now. A hard handler runs at once; a soft one
    /// is queued with `micropython.schedule` (dropped if the queue is full, as MicroPython does).
    /// See the module doc for when it may be called.
    pub fn irq_dispatch(&mut self, slot: usize) -> Dispatched {
        #[cfg(feature = "irq-profile")]
        self.irq_profile_entry();
        match self.irq.slots.get(slot) {
            None => Dispatched::Empty,
            Some(s) if matches!(s.handler, PreparedHandler::None) => Dispatched::Empty,
            Some(s) if s.hard && self.irq.hard_depth == 0 => self.irq_run(slot, true),
            Some(s) if s.hard => {
                self.irq.deferred |= 1 << slot;
                Dispatched::Busy
            }
            Some(s) if s.running => {
                self.irq.deferred |= 1 << slot;
                Dispatched::Busy
            }
            Some(s) => {
                let tag = Value::small_int((slot | (s.generation as usize) << 5) as isize);
                if self.schedule(Value::from_static(&SOFT_ENTRY), tag).is_err() {
                    self.take_exc();
                }
                Dispatched::Ran
            }
        }
    }

    /// Runs the handlers of every pending line (in line order), and the clock hook if asked.
    /// The interpreter calls this at its safe points. While a hard handler runs, other lines
    /// are held until it returns.
    pub fn irq_service(&mut self) {
        if self.irq.pending.load(Ordering::Relaxed) & CLOCK_BIT != 0 {
            self.irq.pending.fetch_and(!CLOCK_BIT, Ordering::AcqRel);
            if let Some(hook) = self.irq.clock_hook {
                hook(self);
            }
        }
        // Take the raised lines, leaving the clock bit for the next safe point.
        let mut bits = self.irq.pending.fetch_and(CLOCK_BIT, Ordering::Acquire) & !CLOCK_BIT;
        if self.irq.hard_depth > 0 {
            self.irq.deferred |= bits;
            return;
        }
        while bits != 0 {
            let slot = bits.trailing_zeros() as usize;
            bits &= bits - 1;
            self.irq_dispatch(slot);
        }
    }

    /// Runs the handler of `slot` with the reentrance guard, hard or soft.
    fn irq_run(&mut self, slot: usize, hard: bool) -> Dispatched {
        let Some(s) = self.irq.slots.get_mut(slot) else { return Dispatched::Empty };
        if s.running {
            self.irq.deferred |= 1 << slot;
            return Dispatched::Busy;
        }
        s.running = true;
        let (handler, arg, generation) = (s.handler, s.arg, s.generation);
        #[cfg(feature = "irq-profile")]
        let outer_marks = self.irq_profile_begin();
        let mark = self.pin_mark();
        let result = if hard {
            let sched_was_locked = self.sched.lock();
            self.heap.lock_depth += 1;
            self.irq.hard_depth += 1;
            let r = self.run_handler(handler, arg);
            self.heap.lock_depth -= 1;
            self.irq.hard_depth -= 1;
            self.sched.restore(sched_was_locked);
            r
        } else {
            self.run_handler(handler, arg)
        };
        self.unpin_to(mark);
        let outcome = match result {
            Ok(true) => Dispatched::Ran,
            Ok(false) => Dispatched::Finished,
            Err(_) => self.report_handler_error(hard),
        };
        if let Some(s) = self.irq.slots.get_mut(slot) {
            s.running = false;
            let disable = outcome == Dispatched::Finished || (outcome == Dispatched::Failed && hard);
            if disable && s.generation == generation {
                s.handler = PreparedHandler::None;
            }
        }
        self.release_deferred();
        #[cfg(feature = "irq-profile")]
        self.irq_profile_end(outer_marks);
        outcome
    }

    /// Runs a prepared handler once; `Ok(false)` if it is a generator that returned.
    #[inline]
    fn run_handler(&mut self, handler: PreparedHandler, arg: Value) -> PyResult<bool> {
        #[cfg(feature = "irq-profile")]
        self.irq_profile_reset();
        let r = match handler {
            PreparedHandler::Function(f) => self.enter_prepared(&f, arg).map(|()| true),
            PreparedHandler::Generator(g) => {
                Ok(matches!(generator::resume(self, g, arg, Value::NULL)?, Outcome::Yield(_)))
            }
            PreparedHandler::Callable(c) => {
                // Rooted for the call, which may unregister the handler.
                self.pin(c);
                self.call(c, &[arg]).map(|_| true)
            }
            PreparedHandler::None => Ok(true),
        };
        #[cfg(feature = "irq-profile")]
        self.irq_profile_return();
        r
    }

    /// Re-enters a prepared function: restores its bound locals, places the argument, pushes
    /// its frame and runs it.
    #[inline]
    fn enter_prepared(&mut self, f: &PreparedFrame, arg: Value) -> PyResult<()> {
        if self.frames.len() >= self.limits.max_frames {
            return Err(self.recursion_error());
        }
        let state = storage::values_ptr(f.storage);
        // SAFETY: `storage` holds the live state (n_state values), the exception blocks, then
        // the template (n_state values) at offset `template`; the two ranges do not overlap
        // and `arg_slot < n_state`. The reentrance guard ensures no frame of this handler is
        // running, so nothing else reads or writes the live state meanwhile.
        unsafe {
            core::ptr::copy_nonoverlapping(state.add(f.template), state, f.n_state);
            *state.add(f.arg_slot) = arg;
        }
        self.frames.push(Frame {
            fun: f.fun,
            code: f.code,
            globals: f.globals,
            locals: f.globals,
            // The storage holds the frame's values: as the frame's owner it stays alive while
            // the frame runs, even if the handler unregisters itself meanwhile.
            owner: f.storage,
            state,
            n_state: f.n_state,
            // SAFETY: the exception blocks follow the live state inside `storage`.
            exc: unsafe { state.add(f.n_state) },
            exc_len: 0,
            ip: f.ip,
            op_ip: f.ip,
            sp: state,
            // The values are not on the VM stack: popping the frame leaves the stack as it is.
            stack_mark: self.stack_top,
            kind: FrameKind::Call,
        });
        let base = self.frames.len() - 1;
        self.run(base).map(|_| ())
    }

    /// Reports the exception a handler raised, as MicroPython does: a hard handler's with a
    /// header line (the handler is then disabled), a soft one's as any scheduled call's. A
    /// KeyboardInterrupt is passed on to the program instead.
    #[cold]
    fn report_handler_error(&mut self, hard: bool) -> Dispatched {
        let e = self.take_exc();
        if self.is_subclass_of_static(self.type_of(e), &exception::KEYBOARD_INTERRUPT_TYPE) {
            self.pending_interrupt.store(true, Ordering::Relaxed);
            return Dispatched::Ran;
        }
        if hard {
            self.write_stderr("Uncaught exception in IRQ callback handler\n");
        }
        self.print_exception(e);
        Dispatched::Failed
    }

    /// Raises again the deferred lines that can now run.
    fn release_deferred(&mut self) {
        if self.irq.hard_depth > 0 || self.irq.deferred == 0 {
            return;
        }
        let mut ready = 0;
        let mut bits = self.irq.deferred;
        while bits != 0 {
            let slot = bits.trailing_zeros() as usize;
            bits &= bits - 1;
            if !self.irq.slots.get(slot).is_some_and(|s| s.running) {
                ready |= 1 << slot;
            }
        }
        self.irq.deferred &= !ready;
        if ready != 0 {
            self.irq.pending.fetch_or(ready, Ordering::Release);
        }
    }
}
