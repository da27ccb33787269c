//! The host board's `machine` module: `machine.Timer`, MicroPython's software timer
//! (`Timer(id=-1, *, mode=Timer.PERIODIC, period=ms | freq=Hz, tick_hz=1000, callback=f,
//! hard=False)` with `init` and `deinit`), running on the board's timer units (see `timers`).
//! A soft callback goes through `micropython.schedule`; a hard one runs at the interpreter's
//! next safe point with the heap locked.

use std::fmt::Write;

use ferropy_core::gc::Marker;
use ferropy_core::obj::builtin_fn::BuiltinFn;
use ferropy_core::obj::{module, Locals, ObjHeader, PrintKind, Type};
use ferropy_core::qstr::{q, Qstr};
use ferropy_core::value::Value;
use ferropy_core::vm::{PyResult, Vm};

use super::timers;

const ONE_SHOT: u8 = 1;
const PERIODIC: u8 = 2;
/// No timer unit (or interrupt line) assigned.
pub(super) const NONE: usize = usize::MAX;

#[repr(C)]
struct TimerObj {
    header: ObjHeader,
    /// The board unit while running, else NONE.
    unit: usize,
    /// The interrupt line of the callback, else NONE.
    line: usize,
    callback: Value,
    mode: u8,
    hard: bool,
    period_ms: u32,
}

pub static TIMER_TYPE: Type = Type {
    locals: Locals::Static(&TIMER_LOCALS),
    make_new: Some(timer_make_new),
    print: Some(timer_print),
    trace: Some(trace_timer),
    ..Type::builtin(q::Timer)
};

fn trace_timer(v: Value, m: &mut Marker) {
    m.mark(get(v).callback);
}

fn get<'a>(v: Value) -> &'a mut TimerObj {
    // SAFETY: callers pass a machine.Timer (the methods' self is checked by `this`); short
    // borrows with no allocation in between.
    unsafe { &mut *v.as_ptr::<TimerObj>() }
}

fn this(vm: &mut Vm, v: Value) -> PyResult<Value> {
    vm.native_of(v, &TIMER_TYPE).ok_or_else(|| vm.type_error("need a Timer object"))
}

/// Takes keyword arguments `allowed` (in order) from `kw`; a name not allowed is a TypeError.
pub(super) fn keywords<const N: usize>(
    vm: &mut Vm,
    kw: &[Value],
    allowed: [Qstr; N],
) -> PyResult<[Option<Value>; N]> {
    let mut out = [None; N];
    for pair in kw.chunks(2) {
        let name = vm.to_qstr(pair[0])?;
        match allowed.iter().position(|&a| a == name) {
            Some(i) => out[i] = Some(pair[1]),
            None => {
                let n = vm.qstr_str(name);
                return Err(vm.type_error(&format!("unexpected keyword argument '{n}'")));
            }
        }
    }
    Ok(out)
}

fn timer_make_new(vm: &mut Vm, _ty: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if args.len() > 1 {
        return Err(vm.type_error("function takes 1 positional arguments but 2 were given"));
    }
    let id = match args.first() {
        Some(&v) => vm.to_i64(v)?,
        None => -1,
    };
    if id != -1 {
        return Err(vm.value_error("Timer doesn't exist"));
    }
    let p = vm.alloc_obj::<TimerObj>(&TIMER_TYPE, 0)?;
    let t = Value::from_ptr(p);
    {
        let o = get(t);
        o.unit = NONE;
        o.line = NONE;
        o.callback = Value::NONE;
        o.mode = PERIODIC;
        o.period_ms = 1000;
    }
    if !kw.is_empty() {
        init_helper(vm, t, kw)?;
    }
    Ok(t)
}

/// Stops the timer's unit and removes its callback's interrupt line.
fn stop(vm: &mut Vm, t: Value) {
    let o = get(t);
    if o.unit != NONE {
        timers::release(o.unit);
        o.unit = NONE;
    }
    if o.line != NONE {
        vm.irq_unregister(o.line);
        o.line = NONE;
    }
}

fn init_helper(vm: &mut Vm, t: Value, kw: &[Value]) -> PyResult<()> {
    let [mode, callback, period, tick_hz, freq, hard] =
        keywords(vm, kw, [q::mode, q::callback, q::period, q::tick_hz, q::freq, q::hard])?;
    let mode = match mode {
        Some(m) => vm.to_i64(m)?,
        None => PERIODIC as i64,
    };
    let mut delta_ms = get(t).period_ms as u64;
    match (freq, period) {
        (Some(f), _) if !f.is_none() => {
            let f = vm.to_f64(f)?;
            delta_ms = if f > 0.0 { (1000.0 / f).min(u64::MAX as f64) as u64 } else { u64::MAX };
        }
        (_, Some(p)) => {
            let p = vm.to_i64(p)?;
            let hz = match tick_hz {
                Some(h) => vm.to_i64(h)?,
                None => 1000,
            };
            if hz <= 0 || p < 0 {
                return Err(vm.value_error("period too large"));
            }
            delta_ms = (p as u64).saturating_mul(1000) / hz as u64;
        }
        _ => {}
    }
    if delta_ms >= 0x4000_0000 {
        return Err(vm.value_error("period too large"));
    }
    let hard = match hard {
        Some(h) => vm.is_true(h)?,
        None => false,
    };
    let callback = callback.unwrap_or(get(t).callback);
    stop(vm, t);
    {
        let o = get(t);
        o.mode = if mode == ONE_SHOT as i64 { ONE_SHOT } else { PERIODIC };
        o.period_ms = delta_ms.max(1) as u32;
        o.hard = hard;
        o.callback = callback;
    }
    if callback.is_none() {
        return Ok(());
    }
    let line = vm.irq_register(callback, t, hard)?;
    let Some(unit) = timers::claim() else {
        vm.irq_unregister(line);
        return Err(vm.runtime_error("no free timer"));
    };
    timers::set_line(unit, Some(line));
    let o = get(t);
    (o.unit, o.line) = (unit, line);
    if let Err(e) = timers::start(unit, o.period_ms as u64 * 1_000_000, o.mode == ONE_SHOT) {
        stop(vm, t);
        return Err(vm.runtime_error(&e));
    }
    Ok(())
}

fn timer_init(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let t = this(vm, args[0])?;
    if args.len() > 1 {
        return Err(vm.type_error("function takes 1 positional arguments but 2 were given"));
    }
    init_helper(vm, t, kw)?;
    Ok(Value::NONE)
}

fn timer_deinit(vm: &mut Vm, t: Value) -> PyResult<Value> {
    let t = this(vm, t)?;
    stop(vm, t);
    Ok(Value::NONE)
}

fn timer_print(_vm: &mut Vm, v: Value, out: &mut String, _kind: PrintKind) -> PyResult<()> {
    let o = get(v);
    let mode = if o.mode == ONE_SHOT { "ONE_SHOT" } else { "PERIODIC" };
    let _ = write!(out, "Timer(mode={mode}, period={})", o.period_ms);
    Ok(())
}

static INIT: BuiltinFn = BuiltinFn::kw(q::init, timer_init);
static DEINIT: BuiltinFn = BuiltinFn::f1(q::deinit, timer_deinit);

static TIMER_LOCALS: [(Qstr, Value); 4] = [
    (q::init, Value::from_static(&INIT)),
    (q::deinit, Value::from_static(&DEINIT)),
    (q::ONE_SHOT, Value::small_int(ONE_SHOT as isize)),
    (q::PERIODIC, Value::small_int(PERIODIC as isize)),
];

static TABLE: [(Qstr, Value); 2] =
    [(q::__name__, Value::qstr(q::machine)), (q::Timer, Value::from_static(&TIMER_TYPE))];

/// Builds the `machine` module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    module::new(vm, q::machine, &TABLE)
}
