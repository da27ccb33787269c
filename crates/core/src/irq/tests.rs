//! Interrupt handler tests: preparation of every kind, rejections at registration, the
//! dispatch rules (heap lock, reentrance, disabling), safe-point delivery, and no heap
//! allocation per dispatch.

use alloc::rc::Rc;
use core::cell::RefCell;
use core::sync::atomic::AtomicBool;
use std::boxed::Box;
use std::string::String;
use std::vec;
use std::vec::Vec;

use super::Dispatched;
use crate::obj::builtin_fn::BuiltinFn;
use crate::obj::dict;
use crate::port::{PathKind, Port};
use crate::qstr::q;
use crate::value::Value;
use crate::vm::init::Config;
use crate::vm::{Limits, PyResult, Vm};

struct CapturePort(Rc<RefCell<String>>);

impl Port for CapturePort {
    fn write_stdout(&mut self, bytes: &[u8]) {
        self.0.borrow_mut().push_str(&String::from_utf8_lossy(bytes));
    }
    fn write_stderr(&mut self, bytes: &[u8]) {
        self.0.borrow_mut().push_str(&String::from_utf8_lossy(bytes));
    }
    fn path_kind(&mut self, _path: &str) -> PathKind {
        PathKind::Missing
    }
    fn read_file(&mut self, _path: &str) -> Option<Vec<u8>> {
        None
    }
}

fn new_vm() -> (Vm, Rc<RefCell<String>>) {
    let out = Rc::new(RefCell::new(String::new()));
    let config = Config {
        heap: Box::leak(vec![0u8; 512 * 1024].into_boxed_slice()),
        port: Box::new(CapturePort(out.clone())),
        limits: Limits::default(),
        interrupt: Box::leak(Box::new(AtomicBool::new(false))),
    };
    let Ok(vm) = Vm::new(config) else { panic!("VM creation failed") };
    (vm, out)
}

fn exec(vm: &mut Vm, src: &str) {
    let g = vm.main_globals();
    if vm.exec_source(src, "<test>", g).is_err() {
        let e = vm.take_exc();
        let s = vm.format_exception(e);
        panic!("test source raised: {s}");
    }
}

fn global(vm: &mut Vm, name: &str) -> Value {
    let q = vm.intern(name);
    dict::get_qstr(vm, vm.main_globals(), q).expect("global defined")
}

fn int_global(vm: &mut Vm, name: &str) -> i64 {
    let v = global(vm, name);
    vm.to_i64(v).expect("int global")
}

/// Registers global `name` as a handler called with `arg`.
fn register(vm: &mut Vm, name: &str, arg: Value, hard: bool) -> PyResult<usize> {
    let h = global(vm, name);
    vm.irq_register(h, arg, hard)
}

fn registration_error(vm: &mut Vm, name: &str) -> String {
    match register(vm, name, Value::NONE, true) {
        Ok(_) => String::from("registered"),
        Err(_) => {
            let e = vm.take_exc();
            let s = vm.format_exception(e);
            String::from(s.lines().last().unwrap_or(""))
        }
    }
}

const HANDLERS: &str = "
n = 0
def func(t):
    global n
    n += t

def make_closure():
    k = 2
    def closure(t):
        global n
        n += t * k
    return closure
closure = make_closure()

class Counter:
    def __init__(self):
        self.n = 0
    def method(self, t):
        self.n += t
    def __call__(self, t):
        self.n += t
    def star(*args):
        pass
counter = Counter()
method = counter.method

def gen(t):
    total = 0
    while True:
        t = yield
        total += t
        global n
        n = total
";

#[test]
fn each_kind_is_prepared_as_expected() {
    let (mut vm, _) = new_vm();
    exec(&mut vm, HANDLERS);
    let one = Value::small_int(1);
    for (name, kind) in [
        ("func", "function"),
        ("closure", "function"),
        ("method", "function"),
        ("counter", "function"),
        ("gen", "generator"),
        ("abs", "callable"),
        ("star", "callable"),
    ] {
        let h = match name {
            "abs" => vm.load_builtin(q::abs).expect("abs"),
            "star" => {
                exec(&mut vm, "star = counter.star");
                global(&mut vm, "star")
            }
            _ => global(&mut vm, name),
        };
        let slot = vm.irq_register(h, one, true).expect("registers");
        assert_eq!(vm.irq_handler(slot).kind(), kind, "{name}");
        vm.irq_unregister(slot);
    }
}

#[test]
fn handlers_run_and_keep_state() {
    let (mut vm, _) = new_vm();
    exec(&mut vm, HANDLERS);
    let three = Value::small_int(3);
    let s = register(&mut vm, "func", three, true).expect("func");
    assert_eq!(vm.irq_dispatch(s), Dispatched::Ran);
    assert_eq!(vm.irq_dispatch(s), Dispatched::Ran);
    assert_eq!(int_global(&mut vm, "n"), 6);
    vm.irq_unregister(s);
    let s = register(&mut vm, "closure", three, true).expect("closure");
    vm.irq_dispatch(s);
    assert_eq!(int_global(&mut vm, "n"), 12);
    vm.irq_unregister(s);
    let s = register(&mut vm, "gen", three, true).expect("gen");
    for _ in 0..4 {
        assert_eq!(vm.irq_dispatch(s), Dispatched::Ran);
    }
    // The generator's local `total` persisted across the four interrupts.
    assert_eq!(int_global(&mut vm, "n"), 12);
    vm.irq_unregister(s);
    let s = register(&mut vm, "method", three, true).expect("method");
    vm.irq_dispatch(s);
    vm.irq_dispatch(s);
    exec(&mut vm, "n = counter.n");
    assert_eq!(int_global(&mut vm, "n"), 6);
}

#[test]
fn registration_rejects_what_cannot_be_a_handler() {
    let (mut vm, _) = new_vm();
    exec(
        &mut vm,
        "
not_callable = 5
def no_args(): pass
def two_args(a, b): pass
def gen_done(t):
    return
    yield
def gen_two(a, b):
    yield
def g(): yield
finished = g()
for _ in finished: pass
class NoCall: pass
no_call = NoCall()
def star(*a): pass
def defaults(t, x=1): pass
",
    );
    assert_eq!(registration_error(&mut vm, "not_callable"), "TypeError: 'int' object isn't callable");
    assert_eq!(
        registration_error(&mut vm, "no_args"),
        "TypeError: no_args() takes 0 positional arguments but 1 were given"
    );
    assert_eq!(
        registration_error(&mut vm, "two_args"),
        "TypeError: function missing 1 required positional arguments"
    );
    assert_eq!(
        registration_error(&mut vm, "gen_done"),
        "TypeError: IRQ handler generator returned without yielding"
    );
    assert_eq!(
        registration_error(&mut vm, "gen_two"),
        "TypeError: function missing 1 required positional arguments"
    );
    assert_eq!(registration_error(&mut vm, "finished"), "TypeError: IRQ handler generator has finished");
    assert_eq!(registration_error(&mut vm, "no_call"), "TypeError: 'NoCall' object isn't callable");
    assert_eq!(registration_error(&mut vm, "star"), "registered");
    assert_eq!(registration_error(&mut vm, "defaults"), "registered");
    let len = vm.load_builtin(q::len).expect("len");
    let hasattr = vm.load_builtin(q::hasattr).expect("hasattr");
    assert!(vm.irq_register(len, Value::NONE, true).is_ok());
    assert!(vm.irq_register(hasattr, Value::NONE, true).is_err());
    let e = vm.take_exc();
    assert!(vm.format_exception(e).contains("hasattr() takes 2 positional arguments but 1 were given"));
}

#[test]
fn an_exception_disables_a_hard_handler() {
    let (mut vm, out) = new_vm();
    exec(&mut vm, "def bad(t):\n    raise ValueError('boom')\n");
    let s = register(&mut vm, "bad", Value::NONE, true).expect("bad");
    assert_eq!(vm.irq_dispatch(s), Dispatched::Failed);
    assert!(!vm.irq_is_active(s));
    assert_eq!(vm.irq_dispatch(s), Dispatched::Empty);
    let text = out.borrow().clone();
    assert_eq!(
        text,
        "Uncaught exception in IRQ callback handler\nTraceback (most recent call last):\n  \
         File \"<test>\", line 2, in bad\nValueError: boom\n"
    );
}

#[test]
fn a_returning_generator_disables_its_handler() {
    let (mut vm, _) = new_vm();
    exec(&mut vm, "def twice(t):\n    yield\n    yield\n");
    let s = register(&mut vm, "twice", Value::NONE, true).expect("twice");
    assert_eq!(vm.irq_dispatch(s), Dispatched::Ran);
    assert_eq!(vm.irq_dispatch(s), Dispatched::Finished);
    assert!(!vm.irq_is_active(s));
}

#[test]
fn hard_handlers_cannot_allocate_soft_ones_can() {
    let (mut vm, out) = new_vm();
    exec(&mut vm, "got = None\ndef alloc(t):\n    global got\n    got = [t, t]\n");
    let s = register(&mut vm, "alloc", Value::small_int(1), true).expect("hard");
    assert_eq!(vm.irq_dispatch(s), Dispatched::Failed);
    assert_eq!(
        *out.borrow(),
        "Uncaught exception in IRQ callback handler\nTraceback (most recent call last):\n  \
         File \"<test>\", line 4, in alloc\nMemoryError: memory allocation failed, heap is locked\n"
    );
    assert!(global(&mut vm, "got").is_none());
    assert_eq!(vm.heap.lock_depth, 0);
    let s = register(&mut vm, "alloc", Value::small_int(1), false).expect("soft");
    assert_eq!(vm.irq_dispatch(s), Dispatched::Ran);
    // Soft: queued, runs at the next safe point.
    assert!(global(&mut vm, "got").is_none());
    exec(&mut vm, "for i in range(3): pass");
    assert!(!global(&mut vm, "got").is_none());
}

static FIRE: BuiltinFn = BuiltinFn::f1(q::irq, fire);

/// `irq(slot)`: dispatches `slot` from inside Python, returning what the dispatch did.
fn fire(vm: &mut Vm, slot: Value) -> PyResult<Value> {
    let slot = vm.to_i64(slot)? as usize;
    let r = vm.irq_dispatch(slot);
    Ok(Value::small_int(r as isize))
}

#[test]
fn a_handler_never_reenters_itself() {
    let (mut vm, _) = new_vm();
    let g = vm.main_globals();
    dict::set_qstr(&mut vm, g, q::irq, Value::from_static(&FIRE)).expect("set");
    exec(
        &mut vm,
        "runs = 0\nseen = 0\ndef h(t):\n    global runs, seen\n    runs += 1\n    if runs == 1:\n        seen = irq(t)\n",
    );
    let s = register(&mut vm, "h", Value::small_int(0), true).expect("h");
    assert_eq!(s, 0);
    assert_eq!(vm.irq_dispatch(s), Dispatched::Ran);
    assert_eq!(int_global(&mut vm, "seen"), Dispatched::Busy as i64);
    assert_eq!(int_global(&mut vm, "runs"), 1);
    // The interrupt that arrived meanwhile is delivered once, at the next safe point.
    exec(&mut vm, "for i in range(3): pass");
    assert_eq!(int_global(&mut vm, "runs"), 2);
    exec(&mut vm, "for i in range(3): pass");
    assert_eq!(int_global(&mut vm, "runs"), 2);
}

#[test]
fn raised_lines_run_at_safe_points() {
    let (mut vm, _) = new_vm();
    exec(&mut vm, HANDLERS);
    let s = register(&mut vm, "func", Value::small_int(1), true).expect("func");
    let trigger = vm.irq_trigger();
    trigger.raise(s);
    trigger.raise(s);
    assert_eq!(int_global(&mut vm, "n"), 0);
    exec(&mut vm, "for i in range(2): pass\nm = n");
    assert_eq!(int_global(&mut vm, "m"), 1);
}

/// Dispatches each kind of handler 10,000 times and checks the heap allocated nothing.
#[test]
fn dispatch_allocates_nothing() {
    let (mut vm, _) = new_vm();
    exec(&mut vm, HANDLERS);
    let one = Value::small_int(1);
    let abs = vm.load_builtin(q::abs).expect("abs");
    let handlers = [
        global(&mut vm, "func"),
        global(&mut vm, "closure"),
        global(&mut vm, "method"),
        global(&mut vm, "gen"),
        abs,
    ];
    for h in handlers {
        for hard in [true, false] {
            let s = vm.irq_register(h, one, hard).expect("registers");
            let before = vm.heap.total_allocated;
            for _ in 0..10_000 {
                if hard {
                    assert_eq!(vm.irq_dispatch(s), Dispatched::Ran);
                } else {
                    vm.irq_trigger().raise(s);
                    vm.run_scheduled();
                    vm.run_scheduled();
                }
            }
            assert_eq!(vm.heap.total_allocated, before, "{} hard={hard}", vm.irq_handler(s).kind());
            vm.irq_unregister(s);
        }
    }
    assert!(int_global(&mut vm, "n") > 0);
}

#[test]
fn lines_are_reused_and_bounded() {
    let (mut vm, _) = new_vm();
    exec(&mut vm, HANDLERS);
    let f = global(&mut vm, "func");
    let slots: Vec<usize> =
        (0..super::MAX_SLOTS).map(|_| vm.irq_register(f, Value::NONE, true).expect("slot")).collect();
    assert!(vm.irq_register(f, Value::NONE, true).is_err());
    vm.take_exc();
    vm.irq_unregister(slots[5]);
    assert_eq!(vm.irq_register(f, Value::NONE, true).ok(), Some(5));
    assert_eq!(vm.irq_dispatch(1000), Dispatched::Empty);
    vm.irq_trigger().raise(1000);
}

static UNREGISTER: BuiltinFn = BuiltinFn::f1(q::irq, unregister);

/// `irq(slot)`: unregisters `slot` and collects garbage.
fn unregister(vm: &mut Vm, slot: Value) -> PyResult<Value> {
    let slot = vm.to_i64(slot)? as usize;
    vm.irq_unregister(slot);
    vm.collect();
    Ok(Value::NONE)
}

#[test]
fn a_handler_may_unregister_itself_while_it_runs() {
    let (mut vm, _) = new_vm();
    vm.heap.poison = true;
    let g = vm.main_globals();
    dict::set_qstr(&mut vm, g, q::irq, Value::from_static(&UNREGISTER)).expect("set");
    exec(&mut vm, "out = None\ndef h(t):\n    global out\n    x = [t, t + 1]\n    irq(t)\n    y = [0] * 50\n    out = x[1] + len(y)\n");
    let h = global(&mut vm, "h");
    let s = vm.irq_register(h, Value::small_int(0), false).expect("h");
    assert_eq!(s, 0);
    assert_eq!(vm.irq_handler(s).kind(), "function");
    // Registration's fresh objects are no longer pinned: only the IRQ table holds them.
    vm.unpin_to(0);
    vm.irq_trigger().raise(s);
    exec(&mut vm, "for i in range(3): pass");
    assert!(!vm.irq_is_active(s));
    assert_eq!(int_global(&mut vm, "out"), 51);
}

/// The profiling capture points (cargo feature `irq-profile`).
#[cfg(feature = "irq-profile")]
mod profile {
    use super::*;
    use crate::irq::profile::{PhaseStats, PHASES};

    /// Registers `name`, dispatches it `n` times, and returns each phase's statistics.
    fn profile_kind(vm: &mut Vm, name: &str, n: u32) -> [Option<PhaseStats>; PHASES.len()] {
        vm.irq_profile_enable(true);
        let slot = register(vm, name, Value::small_int(1), true).expect("registers");
        for _ in 0..n {
            assert_eq!(vm.irq_dispatch(slot), Dispatched::Ran);
        }
        vm.irq_unregister(slot);
        vm.irq_profile_stats().expect("profiling is on")
    }

    #[test]
    fn every_phase_records_a_sample_per_dispatch() {
        let (mut vm, _) = new_vm();
        exec(&mut vm, HANDLERS);
        for name in ["func", "closure", "method", "gen"] {
            let stats = profile_kind(&mut vm, name, 300);
            let [register, rest @ ..] = stats;
            assert_eq!(register.map(|s| s.count), Some(1), "{name}: register");
            for (phase, s) in PHASES[1..].iter().zip(rest) {
                let s = s.unwrap_or_else(|| panic!("{name}: no sample for {phase:?}"));
                assert_eq!(s.count, 300, "{name}: {phase:?}");
                assert!(s.min <= s.median && s.median <= s.max, "{name}: {phase:?} {s:?}");
            }
            std::println!("{name}: {stats:?}");
        }
    }

    #[test]
    fn latency_is_entry_plus_reset_and_soft_handlers_are_profiled() {
        let (mut vm, _) = new_vm();
        exec(&mut vm, HANDLERS);
        vm.irq_profile_enable(true);
        let slot = register(&mut vm, "func", Value::small_int(1), false).expect("registers");
        assert_eq!(vm.irq_dispatch(slot), Dispatched::Ran);
        assert!(vm.irq_profile_stats().expect("on")[1].is_none(), "queued, not run yet");
        vm.run_scheduled();
        let [_, entry, reset, latency, handler, exit] = vm.irq_profile_stats().expect("on");
        let one = |s: Option<PhaseStats>| s.expect("sample").max;
        assert_eq!(one(latency), one(entry) + one(reset));
        assert!(one(handler) > 0 && exit.is_some());
    }

    #[test]
    fn off_records_nothing_and_a_builtin_has_no_first_bytecode() {
        let (mut vm, _) = new_vm();
        exec(&mut vm, HANDLERS);
        assert!(vm.irq_profile_stats().is_none());
        vm.irq_profile_enable(true);
        let abs = vm.load_builtin(q::abs).expect("abs");
        let slot = vm.irq_register(abs, Value::small_int(1), true).expect("registers");
        vm.irq_dispatch(slot);
        let [_, entry, reset, latency, handler, exit] = vm.irq_profile_stats().expect("on");
        assert!(entry.is_some() && exit.is_some());
        assert!(reset.is_none() && latency.is_none() && handler.is_none());
        vm.irq_profile_enable(false);
        vm.irq_dispatch(slot);
        assert!(vm.irq_profile_stats().is_none());
    }
}
