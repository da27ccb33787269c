//! The host board's `pyb` module: `pyb.Timer(n, freq=... | prescaler=..., period=...,
//! callback=f, hard=True)`, modelled on the STM32 boards' timers 1-14 with a 1 GHz source clock
//! (so `counter()` counts nanoseconds since the last update event when the prescaler is 0: a
//! handler that reads it first gets its own latency). `Timer(n)` is the same object each time.
//! `callback()` takes any callable, or a generator object (see `ferropy_core::irq`).

use std::cell::Cell;
use std::fmt::Write;

use ferropy_core::gc::Marker;
use ferropy_core::obj::builtin_fn::BuiltinFn;
use ferropy_core::obj::{float, generator, int, module, Locals, ObjHeader, PrintKind, Type};
use ferropy_core::qstr::{q, Qstr};
use ferropy_core::value::Value;
use ferropy_core::vm::{PyResult, Vm};

use super::machine::{keywords, NONE};
use super::timers;

/// Timers the board has (ids 1..=N).
const N_TIMERS: usize = 14;
/// The timers' input clock.
const SOURCE_FREQ: u64 = 1_000_000_000;
/// Largest prescaler register value + 1 (16 bits).
const PRESCALER_MAX: u64 = 0x1_0000;
/// Largest period register value + 1 (32-bit counters).
const PERIOD_MAX: u64 = 0x1_0000_0000;

#[repr(C)]
struct TimerObj {
    header: ObjHeader,
    id: usize,
    /// The board unit while initialised, else NONE.
    unit: usize,
    /// The interrupt line of the callback, else NONE.
    line: usize,
    callback: Value,
    hard: bool,
    /// Register values: the counter counts at SOURCE_FREQ / (prescaler + 1) and wraps after
    /// `period`.
    prescaler: u64,
    period: u64,
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
    // SAFETY: callers pass a pyb.Timer (methods check their self with `this`); short borrows
    // with no allocation in between.
    unsafe { &mut *v.as_ptr::<TimerObj>() }
}

fn this(vm: &mut Vm, v: Value) -> PyResult<Value> {
    vm.native_of(v, &TIMER_TYPE).ok_or_else(|| vm.value_error("need a Timer object"))
}

thread_local! {
    /// The object of each timer id, once made (kept alive with `Vm::keep_alive`).
    static TIMERS: [Cell<Value>; N_TIMERS] = const { [const { Cell::new(Value::NULL) }; N_TIMERS] };
}

fn timer_make_new(vm: &mut Vm, _ty: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let Some(&id) = args.first() else {
        return Err(vm.type_error("function missing 1 required positional arguments"));
    };
    let id = vm.to_i64(id)?;
    if id <= 0 || id > N_TIMERS as i64 {
        return Err(vm.value_error(&format!("Timer({id}) doesn't exist")));
    }
    let id = id as usize;
    let existing = TIMERS.with(|t| t[id - 1].get());
    let t = if existing.is_null() {
        let p = vm.alloc_obj::<TimerObj>(&TIMER_TYPE, 0)?;
        let t = Value::from_ptr(p);
        let o = get(t);
        (o.id, o.unit, o.line, o.callback, o.hard) = (id, NONE, NONE, Value::NONE, true);
        vm.keep_alive(t);
        TIMERS.with(|ts| ts[id - 1].set(t));
        t
    } else {
        existing
    };
    if args.len() > 1 || !kw.is_empty() {
        init_helper(vm, t, &args[1..], kw)?;
    }
    Ok(t)
}

/// The prescaler and period registers for `freq` (as the STM32 port computes them).
fn prescaler_period(vm: &mut Vm, freq: Value) -> PyResult<(u64, u64)> {
    let f = vm.to_f64(freq)?;
    if f.is_nan() || f <= 0.0 {
        return Err(vm.value_error("must have positive freq"));
    }
    let mut prescaler: u64 = 1;
    let mut period = (SOURCE_FREQ as f64 / f).min(u64::MAX as f64).max(1.0) as u64;
    while period > PERIOD_MAX - 1 {
        if prescaler * 2 <= PRESCALER_MAX {
            prescaler *= 2;
            period /= 2;
        } else {
            return Err(vm.value_error("freq too small"));
        }
    }
    Ok((prescaler - 1, period.max(1) - 1))
}

fn period_ns(o: &TimerObj) -> u64 {
    (o.prescaler + 1) * (o.period + 1) * 1_000_000_000 / SOURCE_FREQ
}

fn init_helper(vm: &mut Vm, t: Value, args: &[Value], kw: &[Value]) -> PyResult<()> {
    let [freq, prescaler, period, _tick_hz, _mode, _div, callback, _deadtime, _brk, hard] = keywords(
        vm,
        kw,
        [
            q::freq,
            q::prescaler,
            q::period,
            q::tick_hz,
            q::mode,
            q::div,
            q::callback,
            q::deadtime,
            q::brk,
            q::hard,
        ],
    )?;
    let freq = freq.or(args.first().copied());
    let (psc, per) = match (freq, prescaler, period) {
        (Some(f), _, _) if !f.is_none() => prescaler_period(vm, f)?,
        (_, Some(psc), Some(per)) => {
            let (psc, per) = (vm.to_i64(psc)?, vm.to_i64(per)?);
            (psc.clamp(0, PRESCALER_MAX as i64 - 1) as u64, per.clamp(0, PERIOD_MAX as i64 - 1) as u64)
        }
        _ => return Err(vm.type_error("must specify either freq, period, or prescaler and period")),
    };
    let hard = match hard {
        Some(h) => vm.is_true(h)?,
        None => true,
    };
    {
        let o = get(t);
        (o.prescaler, o.period, o.hard) = (psc, per, hard);
        if o.unit == NONE {
            o.unit = timers::claim().unwrap_or(NONE);
        }
    }
    let unit = get(t).unit;
    if unit == NONE {
        return Err(vm.runtime_error("no free timer"));
    }
    if let Err(e) = timers::start(unit, period_ns(get(t)), false) {
        return Err(vm.runtime_error(&e));
    }
    set_callback(vm, t, callback.unwrap_or(Value::NONE))
}

/// Replaces the callback (None: no callback).
fn set_callback(vm: &mut Vm, t: Value, f: Value) -> PyResult<()> {
    let o = get(t);
    if o.line != NONE {
        vm.irq_unregister(o.line);
        o.line = NONE;
    }
    o.callback = Value::NONE;
    if o.unit != NONE {
        timers::set_line(o.unit, None);
    }
    if f.is_none() {
        return Ok(());
    }
    if !ferropy_core::modules::builtins::is_callable(vm, f) && !generator::is_generator(f) {
        return Err(vm.value_error("callback must be None or a callable object"));
    }
    let line = vm.irq_register(f, t, get(t).hard)?;
    let o = get(t);
    (o.line, o.callback) = (line, f);
    if o.unit != NONE {
        timers::set_line(o.unit, Some(line));
    }
    Ok(())
}

fn timer_init(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let t = this(vm, args[0])?;
    init_helper(vm, t, &args[1..], kw)?;
    Ok(Value::NONE)
}

fn timer_deinit(vm: &mut Vm, t: Value) -> PyResult<Value> {
    let t = this(vm, t)?;
    set_callback(vm, t, Value::NONE)?;
    let o = get(t);
    if o.unit != NONE {
        timers::release(o.unit);
        o.unit = NONE;
    }
    Ok(Value::NONE)
}

fn timer_callback(vm: &mut Vm, t: Value, f: Value) -> PyResult<Value> {
    let t = this(vm, t)?;
    set_callback(vm, t, f)?;
    Ok(Value::NONE)
}

/// `counter()`: ticks since the last update event (0 when the timer is not running).
fn timer_counter(vm: &mut Vm, t: Value) -> PyResult<Value> {
    let t = this(vm, t)?;
    let o = get(t);
    if o.unit == NONE {
        return Ok(Value::small_int(0));
    }
    let ticks = timers::since_update_ns(o.unit) * SOURCE_FREQ / 1_000_000_000 / (o.prescaler + 1);
    int::from_u64(vm, ticks.min(o.period))
}

/// `freq()`: an int when it divides exactly, else a float (as the STM32 port).
fn timer_freq(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let t = this(vm, args[0])?;
    if let Some(&f) = args.get(1) {
        let (psc, per) = prescaler_period(vm, f)?;
        let o = get(t);
        (o.prescaler, o.period) = (psc, per);
        if o.unit != NONE {
            if let Err(e) = timers::start(o.unit, period_ns(o), false) {
                return Err(vm.runtime_error(&e));
            }
        }
        return Ok(Value::NONE);
    }
    let o = get(t);
    let divisor = (o.prescaler + 1) * (o.period + 1);
    if SOURCE_FREQ % divisor == 0 {
        int::from_u64(vm, SOURCE_FREQ / divisor)
    } else {
        float::new(vm, SOURCE_FREQ as f64 / divisor as f64)
    }
}

fn timer_period(vm: &mut Vm, t: Value) -> PyResult<Value> {
    let t = this(vm, t)?;
    int::from_u64(vm, get(t).period)
}

fn timer_prescaler(vm: &mut Vm, t: Value) -> PyResult<Value> {
    let t = this(vm, t)?;
    int::from_u64(vm, get(t).prescaler)
}

fn timer_source_freq(vm: &mut Vm, t: Value) -> PyResult<Value> {
    this(vm, t)?;
    int::from_u64(vm, SOURCE_FREQ)
}

fn timer_print(_vm: &mut Vm, v: Value, out: &mut String, _kind: PrintKind) -> PyResult<()> {
    let o = get(v);
    if o.unit == NONE {
        let _ = write!(out, "Timer({})", o.id);
    } else {
        let freq = SOURCE_FREQ / ((o.prescaler + 1) * (o.period + 1));
        let _ = write!(
            out,
            "Timer({}, freq={freq}, prescaler={}, period={}, mode=UP, div=1)",
            o.id, o.prescaler, o.period
        );
    }
    Ok(())
}

static INIT: BuiltinFn = BuiltinFn::kw(q::init, timer_init);
static DEINIT: BuiltinFn = BuiltinFn::f1(q::deinit, timer_deinit);
static CALLBACK: BuiltinFn = BuiltinFn::f2(q::callback, timer_callback);
static COUNTER: BuiltinFn = BuiltinFn::f1(q::counter, timer_counter);
static FREQ: BuiltinFn = BuiltinFn::var(q::freq, 1, 2, timer_freq);
static PERIOD: BuiltinFn = BuiltinFn::f1(q::period, timer_period);
static PRESCALER: BuiltinFn = BuiltinFn::f1(q::prescaler, timer_prescaler);
static SOURCE_FREQ_FN: BuiltinFn = BuiltinFn::f1(q::source_freq, timer_source_freq);

static TIMER_LOCALS: [(Qstr, Value); 8] = [
    (q::init, Value::from_static(&INIT)),
    (q::deinit, Value::from_static(&DEINIT)),
    (q::callback, Value::from_static(&CALLBACK)),
    (q::counter, Value::from_static(&COUNTER)),
    (q::freq, Value::from_static(&FREQ)),
    (q::period, Value::from_static(&PERIOD)),
    (q::prescaler, Value::from_static(&PRESCALER)),
    (q::source_freq, Value::from_static(&SOURCE_FREQ_FN)),
];

static TABLE: [(Qstr, Value); 2] =
    [(q::__name__, Value::qstr(q::pyb)), (q::Timer, Value::from_static(&TIMER_TYPE))];

/// Builds the `pyb` module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    module::new(vm, q::pyb, &TABLE)
}
