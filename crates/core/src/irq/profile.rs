//! Profiling of the interrupt path, compiled only with the cargo feature `irq-profile`: capture
//! points at registration, the dispatch entry, the frame reset, the handler's first bytecode and
//! its return record how long each phase took, so a port can see where its latency goes.
//!
//! Without the feature none of this exists: the dispatch path has no capture point and no flag
//! test. With it, profiling is still off until [`Vm::irq_profile_enable`] allocates the sample
//! buffers (the dispatch path then only reads the clock and writes into them: no allocation).
//!
//! Times are in ticks of the cycle counter: the time-stamp counter (`rdtsc`) on x86-64, the
//! port's [`Port::ticks_cpu`](crate::port::Port::ticks_cpu) elsewhere (CPU cycles on firmware
//! that has a cycle counter).

use alloc::boxed::Box;

use crate::qstr::{q, Qstr};
use crate::vm::Vm;

/// Samples kept per phase: statistics cover the most recent ones.
pub const SAMPLES: usize = 256;

/// The phases, in the order [`Vm::irq_profile_stats`] reports them, with their Python names.
pub const PHASES: [Qstr; 6] = [q::register, q::entry, q::reset, q::latency, q::handler, q::exit];

/// One phase of the interrupt path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// `irq_register`: preparing and installing a handler.
    Register,
    /// Dispatch entry to the frame reset: the guard, the heap and scheduler locks.
    Entry,
    /// Frame reset to the first bytecode: restoring locals and pushing the frame (or resuming
    /// the generator, or the ordinary call path for a generic callable).
    Reset,
    /// Dispatch entry to the first bytecode: the latency the dispatch adds (`Entry` + `Reset`).
    Latency,
    /// First bytecode to the handler's return: the handler's own code.
    Handler,
    /// The handler's return to the end of the dispatch: unlocking, releasing deferred lines.
    Exit,
}

/// min, median, max (ticks) and the number of samples recorded (all time, not only kept).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PhaseStats {
    pub min: u32,
    pub median: u32,
    pub max: u32,
    pub count: u32,
}

/// The capture points of one dispatch (0: not reached).
#[derive(Clone, Copy, Default)]
pub(crate) struct Marks {
    entry: u64,
    reset: u64,
    first: u64,
    ret: u64,
    /// Between the frame reset and the first bytecode: the next `run` records `first`.
    armed: bool,
}

/// The sample buffers and the marks of the dispatch in progress.
pub struct IrqProfile {
    samples: [[u32; SAMPLES]; PHASES.len()],
    counts: [u32; PHASES.len()],
    /// The time of the last dispatch entry (taken up by `irq_run` when it starts).
    entry: u64,
    marks: Marks,
}

impl IrqProfile {
    fn record(&mut self, phase: Phase, start: u64, end: u64) {
        if start == 0 || end < start {
            return;
        }
        let p = phase as usize;
        let n = self.counts[p];
        self.samples[p][n as usize % SAMPLES] = u32::try_from(end - start).unwrap_or(u32::MAX);
        self.counts[p] = n.wrapping_add(1);
    }

    /// The statistics of `phase` over its kept samples (`None`: none recorded).
    pub fn stats(&self, phase: Phase) -> Option<PhaseStats> {
        let p = phase as usize;
        let count = self.counts[p];
        let n = (count as usize).min(SAMPLES);
        if n == 0 {
            return None;
        }
        let mut sorted = self.samples[p];
        let kept = &mut sorted[..n];
        kept.sort_unstable();
        Some(PhaseStats { min: kept[0], median: kept[n / 2], max: kept[n - 1], count })
    }
}

/// The cycle counter (never 0, which means "not reached" in [`Marks`]).
#[inline(always)]
fn now(vm: &mut Vm) -> u64 {
    #[cfg(target_arch = "x86_64")]
    let t = {
        let _ = vm;
        // SAFETY: rdtsc has no preconditions on x86-64.
        #[allow(unused_unsafe)]
        unsafe {
            core::arch::x86_64::_rdtsc()
        }
    };
    #[cfg(not(target_arch = "x86_64"))]
    let t = vm.port.ticks_cpu();
    t.max(1)
}

impl Vm {
    /// Turns profiling on (clearing every sample) or off.
    pub fn irq_profile_enable(&mut self, on: bool) {
        self.irq.profile = on.then(|| {
            Box::new(IrqProfile {
                samples: [[0; SAMPLES]; PHASES.len()],
                counts: [0; PHASES.len()],
                entry: 0,
                marks: Marks::default(),
            })
        });
    }

    /// The statistics of every phase, in [`PHASES`] order (`None` while profiling is off).
    pub fn irq_profile_stats(&self) -> Option<[Option<PhaseStats>; PHASES.len()]> {
        let p = self.irq.profile.as_deref()?;
        let phases =
            [Phase::Register, Phase::Entry, Phase::Reset, Phase::Latency, Phase::Handler, Phase::Exit];
        Some(phases.map(|ph| p.stats(ph)))
    }

    /// Capture point: registration starts (returns its time, 0 while profiling is off).
    #[inline]
    pub(crate) fn irq_profile_register_start(&mut self) -> u64 {
        if self.irq.profile.is_none() {
            return 0;
        }
        now(self)
    }

    /// Capture point: registration that started at `start` succeeded.
    #[inline]
    pub(crate) fn irq_profile_register_end(&mut self, start: u64) {
        if self.irq.profile.is_some() {
            let t = now(self);
            if let Some(p) = self.irq.profile.as_deref_mut() {
                p.record(Phase::Register, start, t);
            }
        }
    }

    /// Capture point: a dispatch entry.
    #[inline]
    pub(crate) fn irq_profile_entry(&mut self) {
        if self.irq.profile.is_some() {
            let t = now(self);
            if let Some(p) = self.irq.profile.as_deref_mut() {
                p.entry = t;
            }
        }
    }

    /// A handler run starts: takes up the entry time and returns the marks of the dispatch it
    /// may be nested in (a hard handler dispatched from inside a soft one), for
    /// [`Vm::irq_profile_end`].
    #[inline]
    pub(crate) fn irq_profile_begin(&mut self) -> Option<Marks> {
        let p = self.irq.profile.as_deref_mut()?;
        let outer = p.marks;
        p.marks = Marks { entry: core::mem::take(&mut p.entry), ..Marks::default() };
        Some(outer)
    }

    /// Capture point: the frame reset starts; arms the first-bytecode capture.
    #[inline]
    pub(crate) fn irq_profile_reset(&mut self) {
        if self.irq.profile.is_some() {
            let t = now(self);
            if let Some(p) = self.irq.profile.as_deref_mut() {
                p.marks.reset = t;
                p.marks.armed = true;
            }
        }
    }

    /// Capture point: the interpreter starts running frames (records the handler's first
    /// bytecode if armed).
    #[inline(always)]
    pub(crate) fn irq_profile_first(&mut self) {
        if self.irq.profile.as_deref().is_some_and(|p| p.marks.armed) {
            let t = now(self);
            if let Some(p) = self.irq.profile.as_deref_mut() {
                p.marks.first = t;
                p.marks.armed = false;
            }
        }
    }

    /// Capture point: the handler returned.
    #[inline]
    pub(crate) fn irq_profile_return(&mut self) {
        if self.irq.profile.is_some() {
            let t = now(self);
            if let Some(p) = self.irq.profile.as_deref_mut() {
                p.marks.ret = t;
                p.marks.armed = false;
            }
        }
    }

    /// The handler run ends: records its phases and restores the `outer` marks.
    #[inline]
    pub(crate) fn irq_profile_end(&mut self, outer: Option<Marks>) {
        let Some(outer) = outer else { return };
        if self.irq.profile.is_none() {
            return;
        }
        let t = now(self);
        let Some(p) = self.irq.profile.as_deref_mut() else { return };
        let m = p.marks;
        p.record(Phase::Entry, m.entry, m.reset);
        p.record(Phase::Reset, m.reset, m.first);
        p.record(Phase::Latency, m.entry, m.first);
        p.record(Phase::Handler, m.first, m.ret);
        p.record(Phase::Exit, m.ret, t);
        p.marks = outer;
    }
}
