//! The `time` module. Tick counters and their wrap-around arithmetic are portable; the clocks
//! (wall time, the local time zone, monotonic microseconds) and sleeping come from the port.
//!
//! Ticks wrap at `TICKS_PERIOD`, the small-int range (2**62 on 64-bit machines, 2**30 on
//! 32-bit ones), as MicroPython's `MICROPY_PY_TIME_TICKS_PERIOD`, so they never allocate.

mod calendar;

use crate::obj::builtin_fn::BuiltinFn;
use crate::obj::{float, int, tuple};
use crate::port::errno;
use crate::qstr::{q, Qstr};
use crate::value::{Value, SMALL_INT_MAX};
use crate::vm::{PyResult, Vm};

/// Ticks count modulo this.
const TICKS_PERIOD: u64 = SMALL_INT_MAX as u64 + 1;
const TICKS_HALF: u64 = TICKS_PERIOD / 2;

/// The longest single wait handed to the port, so interrupts and scheduled calls are seen.
const SLEEP_SLICE_US: u64 = 20_000;

fn ticks(n: u64) -> Value {
    Value::small_int((n & (TICKS_PERIOD - 1)) as isize)
}

/// `ticks_diff(end, start)`: the signed distance, in `[-PERIOD/2, PERIOD/2)`.
pub fn ticks_diff_raw(end: u64, start: u64) -> i64 {
    (end.wrapping_sub(start).wrapping_add(TICKS_HALF) & (TICKS_PERIOD - 1)) as i64 - TICKS_HALF as i64
}

fn ticks_ms(vm: &mut Vm) -> PyResult<Value> {
    Ok(ticks(vm.port.ticks_us() / 1000))
}

fn ticks_us(vm: &mut Vm) -> PyResult<Value> {
    Ok(ticks(vm.port.ticks_us()))
}

fn ticks_cpu(vm: &mut Vm) -> PyResult<Value> {
    Ok(ticks(vm.port.ticks_cpu()))
}

fn ticks_diff(vm: &mut Vm, end: Value, start: Value) -> PyResult<Value> {
    let (e, s) = (vm.to_i64(end)?, vm.to_i64(start)?);
    Ok(Value::small_int(ticks_diff_raw(e as u64, s as u64) as isize))
}

/// `ticks_add(ticks, delta)`: `delta` must lie strictly within half a period.
fn ticks_add(vm: &mut Vm, t: Value, delta: Value) -> PyResult<Value> {
    let t = vm.to_i64(t)?;
    let d = vm.to_i64(delta)?;
    if d <= -(TICKS_HALF as i64) || d >= TICKS_HALF as i64 {
        return Err(vm.overflow_error("ticks interval overflow"));
    }
    Ok(ticks((t as u64).wrapping_add(d as u64)))
}

/// Waits `us` microseconds in slices, running scheduled calls and raising a pending
/// KeyboardInterrupt between them.
fn sleep_for(vm: &mut Vm, us: u64) -> PyResult<()> {
    let start = vm.port.ticks_us();
    loop {
        vm.handle_pending()?;
        let now = vm.port.ticks_us();
        let elapsed = now.saturating_sub(start);
        if elapsed >= us {
            return Ok(());
        }
        vm.port.sleep_us((us - elapsed).min(SLEEP_SLICE_US));
        if vm.port.ticks_us() == now {
            // The port can neither wait nor measure time.
            return Ok(());
        }
    }
}

/// `sleep(seconds)`: int or float; a negative time is EINVAL (as on MicroPython's unix port).
fn sleep(vm: &mut Vm, secs: Value) -> PyResult<Value> {
    let s = vm.to_f64(secs)?;
    if s.is_nan() || s < 0.0 {
        return Err(vm.os_error(errno::EINVAL));
    }
    sleep_for(vm, (s * 1e6).min(u64::MAX as f64) as u64)?;
    Ok(Value::NONE)
}

fn sleep_ms(vm: &mut Vm, ms: Value) -> PyResult<Value> {
    let ms = vm.to_i64(ms)?;
    sleep_for(vm, (ms.max(0) as u64).saturating_mul(1000))?;
    Ok(Value::NONE)
}

fn sleep_us(vm: &mut Vm, us: Value) -> PyResult<Value> {
    let us = vm.to_i64(us)?;
    sleep_for(vm, us.max(0) as u64)?;
    Ok(Value::NONE)
}

fn now_ns(vm: &mut Vm) -> PyResult<i64> {
    vm.port.time_ns().ok_or_else(|| vm.os_error(errno::EOPNOTSUPP))
}

/// `time()`: seconds since 1970 as a float.
fn time(vm: &mut Vm) -> PyResult<Value> {
    let ns = now_ns(vm)?;
    float::new(vm, ns as f64 / 1e9)
}

fn time_ns(vm: &mut Vm) -> PyResult<Value> {
    let ns = now_ns(vm)?;
    int::from_i64(vm, ns)
}

/// A timestamp argument (int or float, floored), or the current time.
fn timestamp(vm: &mut Vm, args: &[Value]) -> PyResult<i64> {
    let t = match args.first() {
        None => now_ns(vm)?.div_euclid(1_000_000_000),
        Some(&v) if vm.is_int(v) => vm.to_i64(v)?,
        Some(&v) => {
            let f = vm.to_f64(v)?;
            if !f.is_finite() || f.abs() > calendar::MAX_SECONDS as f64 {
                return Err(vm.overflow_error("timestamp out of range"));
            }
            libm::floor(f) as i64
        }
    };
    if t.abs() > calendar::MAX_SECONDS {
        return Err(vm.overflow_error("timestamp out of range"));
    }
    Ok(t)
}

/// The 9-tuple `(year, month, mday, hour, minute, second, weekday, yearday, isdst)`.
fn time_tuple(vm: &mut Vm, seconds: i64, dst: bool) -> PyResult<Value> {
    let f = calendar::fields(seconds);
    let mut items = [Value::NONE; 9];
    for (slot, &x) in items.iter_mut().zip(f.iter()) {
        *slot = int::from_i64(vm, x)?;
    }
    items[8] = Value::small_int(isize::from(dst));
    tuple::new(vm, &items)
}

fn gmtime(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let t = timestamp(vm, args)?;
    time_tuple(vm, t, false)
}

fn localtime(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let t = timestamp(vm, args)?;
    let zone = vm.port.utc_offset(t);
    time_tuple(vm, t + zone.seconds, zone.dst)
}

/// `mktime(tuple)`: the inverse of `localtime`, from an 8- or 9-tuple.
fn mktime(vm: &mut Vm, t: Value) -> PyResult<Value> {
    let items = vm.iter_to_vec(t)?;
    if !(8..=9).contains(&items.len()) {
        return Err(vm.type_error("mktime needs a tuple of length 8 or 9"));
    }
    let mut f = [0i64; 6];
    for (slot, &v) in f.iter_mut().zip(items.iter()) {
        *slot = vm.to_i64(v)?;
    }
    let Some(local) = calendar::seconds(f[0], f[1], f[2], f[3], f[4], f[5]) else {
        return Err(vm.overflow_error("invalid mktime usage"));
    };
    let guess = local - vm.port.utc_offset(local).seconds;
    let utc = local - vm.port.utc_offset(guess).seconds;
    int::from_i64(vm, utc)
}

static TICKS_MS: BuiltinFn = BuiltinFn::f0(q::ticks_ms, ticks_ms);
static TICKS_US: BuiltinFn = BuiltinFn::f0(q::ticks_us, ticks_us);
static TICKS_CPU: BuiltinFn = BuiltinFn::f0(q::ticks_cpu, ticks_cpu);
static TICKS_DIFF: BuiltinFn = BuiltinFn::f2(q::ticks_diff, ticks_diff);
static TICKS_ADD: BuiltinFn = BuiltinFn::f2(q::ticks_add, ticks_add);
static SLEEP: BuiltinFn = BuiltinFn::f1(q::sleep, sleep);
static SLEEP_MS: BuiltinFn = BuiltinFn::f1(q::sleep_ms, sleep_ms);
static SLEEP_US: BuiltinFn = BuiltinFn::f1(q::sleep_us, sleep_us);
static TIME: BuiltinFn = BuiltinFn::f0(q::time, time);
static TIME_NS: BuiltinFn = BuiltinFn::f0(q::time_ns, time_ns);
static GMTIME: BuiltinFn = BuiltinFn::var(q::gmtime, 0, 1, gmtime);
static LOCALTIME: BuiltinFn = BuiltinFn::var(q::localtime, 0, 1, localtime);
static MKTIME: BuiltinFn = BuiltinFn::f1(q::mktime, mktime);

pub static TABLE: [(Qstr, Value); 14] = [
    (q::__name__, Value::qstr(q::time)),
    (q::gmtime, Value::from_static(&GMTIME)),
    (q::localtime, Value::from_static(&LOCALTIME)),
    (q::mktime, Value::from_static(&MKTIME)),
    (q::time, Value::from_static(&TIME)),
    (q::time_ns, Value::from_static(&TIME_NS)),
    (q::sleep, Value::from_static(&SLEEP)),
    (q::sleep_ms, Value::from_static(&SLEEP_MS)),
    (q::sleep_us, Value::from_static(&SLEEP_US)),
    (q::ticks_ms, Value::from_static(&TICKS_MS)),
    (q::ticks_us, Value::from_static(&TICKS_US)),
    (q::ticks_cpu, Value::from_static(&TICKS_CPU)),
    (q::ticks_add, Value::from_static(&TICKS_ADD)),
    (q::ticks_diff, Value::from_static(&TICKS_DIFF)),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_diff_wraps() {
        let p = TICKS_PERIOD;
        assert_eq!(ticks_diff_raw(5, 3), 2);
        assert_eq!(ticks_diff_raw(3, 5), -2);
        assert_eq!(ticks_diff_raw(0, p - 1), 1);
        assert_eq!(ticks_diff_raw(p - 1, 0), -1);
        assert_eq!(ticks_diff_raw(TICKS_HALF, 0), -(TICKS_HALF as i64));
    }
}
