//! The interrupt dispatch path alone, in CPU cycles (`rdtsc` on x86-64; nanoseconds elsewhere):
//! from the dispatch entry ([`Vm::irq_dispatch`]) to the handler's first bytecode, per handler
//! kind, beside a baseline that dispatches the same handler unprepared: through the same entry
//! (same heap/scheduler locking and guard) but with the ordinary call path (`call(h, arg)`, or
//! `g.send(arg)` for a generator), which is what a runtime that does not prepare handlers does.
//!
//! The handler's first statement calls a probe builtin that reads the cycle counter; the probe's
//! own cost (a `LOAD_GLOBAL` and a call, measured as the gap between two consecutive probes) is
//! subtracted. The time-stamp counter of a virtual machine may tick in steps (about 25 cycles
//! on the machine the numbers in docs/irq.md come from), so single samples cannot resolve the
//! path; each figure is the lowest mean of a batch of 64 dispatches (the mean averages the steps
//! out; the lowest batch is the one least disturbed by other processes on a shared machine).
//! Prepared and unprepared rounds alternate. Run with `cargo bench -p ferropy-core --bench irq_dispatch`.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use ferropy_core::irq::PreparedHandler;
use ferropy_core::obj::builtin_fn::BuiltinFn;
use ferropy_core::obj::dict;
use ferropy_core::port::NullPort;
use ferropy_core::qstr::q;
use ferropy_core::value::Value;
use ferropy_core::vm::init::Config;
use ferropy_core::vm::{Limits, PyResult, Vm};

/// Dispatches per batch: a batch mean averages out the steps of the cycle counter.
const BATCH: usize = 64;
/// Batches per round.
const BATCHES: usize = 300;
/// Rounds per path, prepared and unprepared alternating.
const ROUNDS: usize = 5;

/// The cycle counter (x86-64: the time-stamp counter).
#[inline(always)]
fn now() -> u64 {
    #[cfg(target_arch = "x86_64")]
    {
        // SAFETY: rdtsc has no preconditions on x86-64.
        #[allow(unused_unsafe)]
        unsafe {
            core::arch::x86_64::_rdtsc()
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        use std::sync::OnceLock;
        static START: OnceLock<std::time::Instant> = OnceLock::new();
        START.get_or_init(std::time::Instant::now).elapsed().as_nanos() as u64
    }
}

static FIRST: AtomicU64 = AtomicU64::new(0);
static SECOND: AtomicU64 = AtomicU64::new(0);
static PROBES: AtomicU64 = AtomicU64::new(0);

/// `probe()`: records the cycle counter (first and second call of a run).
fn probe(_vm: &mut Vm) -> PyResult<Value> {
    let t = now();
    if PROBES.fetch_add(1, Ordering::Relaxed) == 0 {
        FIRST.store(t, Ordering::Relaxed);
    } else {
        SECOND.store(t, Ordering::Relaxed);
    }
    Ok(Value::NONE)
}

static PROBE: BuiltinFn = BuiltinFn::f0(q::ticks_cpu, probe);

const HANDLERS: &str = "
def func(t):
    ticks_cpu()
    ticks_cpu()

def gen(t):
    while True:
        t = yield
        ticks_cpu()
        ticks_cpu()

class Handler:
    def method(self, t):
        ticks_cpu()
        ticks_cpu()
method = Handler().method

def make_closure():
    k = 1
    def closure(t):
        ticks_cpu()
        ticks_cpu()
        return k
    return closure
closure = make_closure()
gen_obj = gen(None)
next(gen_obj)
gen_send = gen_obj.send
";

fn new_vm() -> Vm {
    let config = Config {
        heap: Box::leak(vec![0u8; 1 << 20].into_boxed_slice()),
        port: Box::new(NullPort),
        limits: Limits::default(),
        interrupt: Box::leak(Box::new(AtomicBool::new(false))),
    };
    let Ok(mut vm) = Vm::new(config) else { panic!("VM creation failed") };
    let g = vm.main_globals();
    dict::set_qstr(&mut vm, g, q::ticks_cpu, Value::from_static(&PROBE)).expect("probe");
    if vm.exec_source(HANDLERS, "<bench>", g).is_err() {
        panic!("handlers failed to compile");
    }
    vm
}

fn global(vm: &mut Vm, name: &str) -> Value {
    let q = vm.intern(name);
    dict::get_qstr(vm, vm.main_globals(), q).expect("global")
}

/// One path's cost in cycles: entry to first bytecode, and entry to return.
struct Samples {
    first: f64,
    total: f64,
}

impl Samples {
    const WORST: Samples = Samples { first: f64::MAX, total: f64::MAX };

    fn best(self, other: Samples) -> Samples {
        Samples { first: self.first.min(other.first), total: self.total.min(other.total) }
    }
}

/// Runs `run` in batches of [`BATCH`]; each figure is the lowest batch mean, less the probe
/// cost (the lowest batch mean of the gap between the two probes).
fn measure(mut run: impl FnMut()) -> Samples {
    let (mut first, mut total, mut probe) = (f64::MAX, f64::MAX, f64::MAX);
    for b in 0..BATCHES + 10 {
        let (mut f, mut t, mut p) = (0u64, 0u64, 0u64);
        for _ in 0..BATCH {
            PROBES.store(0, Ordering::Relaxed);
            let t0 = now();
            run();
            let t3 = now();
            let (t1, t2) = (FIRST.load(Ordering::Relaxed), SECOND.load(Ordering::Relaxed));
            f += t1.saturating_sub(t0);
            t += t3.saturating_sub(t0);
            p += t2.saturating_sub(t1);
        }
        if b >= 10 {
            let n = BATCH as f64;
            (first, total, probe) =
                (first.min(f as f64 / n), total.min(t as f64 / n), probe.min(p as f64 / n));
        }
    }
    Samples { first: first - probe, total: total - probe }
}

fn main() {
    let mut vm = new_vm();
    let arg = Value::small_int(1);
    println!("IRQ dispatch: CPU cycles from the dispatch entry to the handler's first bytecode (and to");
    println!(
        "its return): lowest mean of a batch of {BATCH} dispatches ({} batches), probe cost",
        ROUNDS * BATCHES
    );
    println!("subtracted; hard handlers\n");
    println!(
        "{:<22} {:>10} {:>12} {:>9} {:>14} {:>16}",
        "handler", "prepared", "unprepared", "speed-up", "prepared ret", "unprepared ret"
    );
    for name in ["func", "gen", "method", "closure"] {
        let h = global(&mut vm, name);
        let prepared_slot = vm.irq_register(h, arg, true).expect("register");
        let kind = vm.irq_handler(prepared_slot).kind();
        let plain = if name == "gen" { global(&mut vm, "gen_send") } else { h };
        let plain_slot = vm.irq_install(PreparedHandler::Callable(plain), arg, true).expect("install");
        let (mut prepared, mut unprepared) = (Samples::WORST, Samples::WORST);
        for _ in 0..ROUNDS {
            prepared = prepared.best(measure(|| {
                vm.irq_dispatch(prepared_slot);
            }));
            unprepared = unprepared.best(measure(|| {
                vm.irq_dispatch(plain_slot);
            }));
        }
        vm.irq_unregister(prepared_slot);
        vm.irq_unregister(plain_slot);
        println!(
            "{:<22} {:>10.0} {:>12.0} {:>8.2}x {:>14.0} {:>16.0}",
            format!("{name} ({kind})"),
            prepared.first,
            unprepared.first,
            unprepared.first / prepared.first.max(1.0),
            prepared.total,
            unprepared.total
        );
    }
}
