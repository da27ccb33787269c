//! The `micropython` module: `const`, the optimisation level, memory information, heap
//! locking, `schedule`, `kbd_intr` and `irq_profile` (the interrupt path's profile, in builds
//! with the `irq-profile` feature). The `native`/`viper` code emitters are not built yet,
//! so their decorators raise `NotImplementedError` naming themselves.

use crate::obj::builtin_fn::BuiltinFn;
use crate::obj::int;
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn const_(_vm: &mut Vm, x: Value) -> PyResult<Value> {
    Ok(x)
}

fn opt_level(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    match args.first() {
        None => Ok(Value::small_int(vm.opt_level as isize)),
        Some(&n) => {
            vm.opt_level = vm.to_i64(n)?.clamp(0, 3) as u8;
            Ok(Value::NONE)
        }
    }
}

/// The memory summary of `micropython.mem_info()` (also printed at exit under `-v`).
pub fn mem_info_text(vm: &Vm) -> alloc::string::String {
    let i = vm.heap.info();
    alloc::format!(
        "mem: total={}, current={}, peak={}\nstack: {} out of {}\nGC: total: {}, used: {}, free: {}\n \
         No. of 1-blocks: {}, 2-blocks: {}, max blk sz: {}, max free sz: {}\n",
        vm.heap.total_allocated,
        i.used,
        vm.heap.peak_bytes(),
        vm.stack_top * core::mem::size_of::<Value>(),
        vm.stack.len() * core::mem::size_of::<Value>(),
        i.total,
        i.used,
        i.free,
        i.one_blocks,
        i.two_blocks,
        i.max_block,
        i.max_free,
    )
}

/// `micropython.mem_info([verbose])`: memory use in MicroPython's format; with an argument,
/// also the heap's block map.
fn mem_info(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let mut s = mem_info_text(vm);
    if !args.is_empty() {
        vm.heap.layout(&mut s);
    }
    vm.write_stdout(&s);
    Ok(Value::NONE)
}

/// `micropython.qstr_info([verbose])`: the run-time qstr pool; with an argument, every string
/// in it.
fn qstr_info(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let (n, bytes) = (vm.qstrs.dynamic_count(), vm.qstrs.dynamic_bytes());
    let mut s = alloc::format!(
        "qstr pool: n_pool=1, n_qstr={n}, n_str_data_bytes={bytes}, n_total_bytes={}\n",
        bytes + n * core::mem::size_of::<usize>() * 2
    );
    if !args.is_empty() {
        for q in vm.qstrs.dynamic_strs() {
            s.push_str("Q(");
            s.push_str(q);
            s.push_str(")\n");
        }
    }
    vm.write_stdout(&s);
    Ok(Value::NONE)
}

/// `micropython.mem_total()`: bytes allocated since start-up.
fn mem_total(vm: &mut Vm) -> PyResult<Value> {
    int::from_u64(vm, vm.heap.total_allocated as u64)
}

fn mem_current(vm: &mut Vm) -> PyResult<Value> {
    int::from_u64(vm, vm.heap.used_bytes() as u64)
}

fn mem_peak(vm: &mut Vm) -> PyResult<Value> {
    int::from_u64(vm, vm.heap.peak_bytes() as u64)
}

fn stack_use(vm: &mut Vm) -> PyResult<Value> {
    int::from_u64(vm, (vm.stack_top * core::mem::size_of::<Value>()) as u64)
}

fn heap_lock(vm: &mut Vm) -> PyResult<Value> {
    crate::obj::exception::prepare_emergency(vm)?;
    vm.heap.lock_depth += 1;
    Ok(Value::NONE)
}

fn heap_unlock(vm: &mut Vm) -> PyResult<Value> {
    vm.heap.lock_depth = vm.heap.lock_depth.saturating_sub(1);
    Ok(Value::small_int(vm.heap.lock_depth as isize))
}

fn heap_locked(vm: &mut Vm) -> PyResult<Value> {
    Ok(Value::small_int(vm.heap.lock_depth as isize))
}

/// Prepares the exception objects used while the heap is locked (`heap_lock` also does).
fn alloc_emergency_exception_buf(vm: &mut Vm, size: Value) -> PyResult<Value> {
    vm.to_i64(size)?;
    crate::obj::exception::prepare_emergency(vm)?;
    Ok(Value::NONE)
}

/// `micropython.kbd_intr(c)`: the console character that raises KeyboardInterrupt (-1: none).
fn kbd_intr(vm: &mut Vm, c: Value) -> PyResult<Value> {
    let c = vm.to_i64(c)?;
    vm.port.set_interrupt_char(c.clamp(-1, 255) as i32);
    Ok(Value::NONE)
}

/// `micropython.schedule(func, arg)`: calls `func(arg)` at the VM's next safe point.
fn schedule(vm: &mut Vm, f: Value, arg: Value) -> PyResult<Value> {
    vm.schedule(f, arg)?;
    Ok(Value::NONE)
}

/// `micropython.irq_profile(on)` turns the interrupt path's profiling on (clearing its samples)
/// or off; `micropython.irq_profile()` returns `{phase: (min, median, max, count)}` in cycle
/// counter ticks (a phase without samples maps to None), or None while profiling is off.
#[cfg(feature = "irq-profile")]
fn irq_profile(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    use crate::irq::profile::PHASES;
    use crate::obj::{dict, tuple};
    if let Some(&on) = args.first() {
        let on = vm.is_true(on)?;
        vm.irq_profile_enable(on);
        return Ok(Value::NONE);
    }
    let Some(stats) = vm.irq_profile_stats() else { return Ok(Value::NONE) };
    let d = dict::new(vm)?;
    vm.pin(d);
    for (name, s) in PHASES.into_iter().zip(stats) {
        let v = match s {
            None => Value::NONE,
            Some(s) => {
                let mut items = [Value::NONE; 4];
                for (item, n) in items.iter_mut().zip([s.min, s.median, s.max, s.count]) {
                    *item = int::from_u64(vm, n.into())?;
                    vm.pin(*item);
                }
                tuple::new(vm, &items)?
            }
        };
        dict::set_qstr(vm, d, name, v)?;
    }
    Ok(d)
}

/// Without the `irq-profile` feature there is nothing to profile with.
#[cfg(not(feature = "irq-profile"))]
fn irq_profile(vm: &mut Vm, _args: &[Value]) -> PyResult<Value> {
    Err(vm.not_implemented("build with the irq-profile feature"))
}

fn native(vm: &mut Vm, _f: Value) -> PyResult<Value> {
    Err(vm.not_implemented("@micropython.native: the native code emitter is not available"))
}

fn viper(vm: &mut Vm, _f: Value) -> PyResult<Value> {
    Err(vm.not_implemented("@micropython.viper: the viper code emitter is not available"))
}

static CONST: BuiltinFn = BuiltinFn::f1(q::const_, const_);
static OPT_LEVEL: BuiltinFn = BuiltinFn::var(q::opt_level, 0, 1, opt_level);
static MEM_INFO: BuiltinFn = BuiltinFn::var(q::mem_info, 0, 1, mem_info);
static QSTR_INFO: BuiltinFn = BuiltinFn::var(q::qstr_info, 0, 1, qstr_info);
static STACK_USE: BuiltinFn = BuiltinFn::f0(q::stack_use, stack_use);
static HEAP_LOCK: BuiltinFn = BuiltinFn::f0(q::heap_lock, heap_lock);
static HEAP_UNLOCK: BuiltinFn = BuiltinFn::f0(q::heap_unlock, heap_unlock);
static HEAP_LOCKED: BuiltinFn = BuiltinFn::f0(q::heap_locked, heap_locked);
static ALLOC_EMERGENCY: BuiltinFn =
    BuiltinFn::f1(q::alloc_emergency_exception_buf, alloc_emergency_exception_buf);
static KBD_INTR: BuiltinFn = BuiltinFn::f1(q::kbd_intr, kbd_intr);
static SCHEDULE: BuiltinFn = BuiltinFn::f2(q::schedule, schedule);
static MEM_TOTAL: BuiltinFn = BuiltinFn::f0(q::mem_total, mem_total);
static MEM_CURRENT: BuiltinFn = BuiltinFn::f0(q::mem_current, mem_current);
static MEM_PEAK: BuiltinFn = BuiltinFn::f0(q::mem_peak, mem_peak);
static IRQ_PROFILE: BuiltinFn = BuiltinFn::var(q::irq_profile, 0, 1, irq_profile);
static NATIVE: BuiltinFn = BuiltinFn::f1(q::native, native);
static VIPER: BuiltinFn = BuiltinFn::f1(q::viper, viper);

pub static TABLE: [(Qstr, Value); 18] = [
    (q::__name__, Value::qstr(q::micropython)),
    (q::const_, Value::from_static(&CONST)),
    (q::opt_level, Value::from_static(&OPT_LEVEL)),
    (q::mem_info, Value::from_static(&MEM_INFO)),
    (q::qstr_info, Value::from_static(&QSTR_INFO)),
    (q::stack_use, Value::from_static(&STACK_USE)),
    (q::heap_lock, Value::from_static(&HEAP_LOCK)),
    (q::heap_unlock, Value::from_static(&HEAP_UNLOCK)),
    (q::heap_locked, Value::from_static(&HEAP_LOCKED)),
    (q::alloc_emergency_exception_buf, Value::from_static(&ALLOC_EMERGENCY)),
    (q::kbd_intr, Value::from_static(&KBD_INTR)),
    (q::schedule, Value::from_static(&SCHEDULE)),
    (q::mem_total, Value::from_static(&MEM_TOTAL)),
    (q::mem_current, Value::from_static(&MEM_CURRENT)),
    (q::mem_peak, Value::from_static(&MEM_PEAK)),
    (q::irq_profile, Value::from_static(&IRQ_PROFILE)),
    (q::native, Value::from_static(&NATIVE)),
    (q::viper, Value::from_static(&VIPER)),
];
