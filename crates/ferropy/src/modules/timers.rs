//! The host board's timer hardware, shared by `machine.Timer` and `pyb.Timer`: up to
//! [`MAX_UNITS`] periodic or one-shot timers that raise an interrupt line of the VM when they
//! expire, driven by one of two clocks.
//!
//! * **Real** (the default): each running unit is a POSIX timer on `CLOCK_MONOTONIC` that sends
//!   its own real-time signal (`SIGRTMIN + unit`) to the interpreter's thread. The signal
//!   handler only raises the unit's line ([`IrqTrigger::raise`]: one atomic `fetch_or`, which is
//!   async-signal-safe); the handler then runs at the interpreter's next safe point. The signal
//!   also cuts a `time.sleep` short, so a sleeping program takes the interrupt at once.
//! * **Virtual** (`-X irq=virtual`): time advances by [`VIRTUAL_NS_PER_SAFE_POINT`] at each of
//!   the interpreter's safe points (backward jumps and waits) and by exactly the requested time
//!   in `time.sleep` (which stops early at the next expiry), so timers fire at the same points of
//!   a program on every run. `time.ticks_us()`/`ticks_ms()` read this clock too.

use std::cell::RefCell;
use std::sync::atomic::{AtomicPtr, AtomicU32, AtomicU64, Ordering};

use ferropy_core::irq::IrqTrigger;
use ferropy_core::vm::Vm;

/// Timer units the board has.
pub const MAX_UNITS: usize = 16;

/// Virtual time that passes at each safe point of the interpreter.
pub const VIRTUAL_NS_PER_SAFE_POINT: u64 = 1000;

/// A running unit's schedule.
#[derive(Clone, Copy)]
struct Schedule {
    period_ns: u64,
    one_shot: bool,
    /// The last update event (start, or latest expiry), in board-clock nanoseconds.
    last_ns: u64,
    /// The next expiry (virtual clock only).
    next_ns: u64,
}

#[derive(Default)]
struct Unit {
    in_use: bool,
    schedule: Option<Schedule>,
    /// The POSIX timer of a running unit (real clock only).
    posix: Option<libc::timer_t>,
}

struct Board {
    units: Vec<Unit>,
    /// The virtual clock's time, when the virtual clock is in use.
    virtual_ns: Option<u64>,
    /// `CLOCK_MONOTONIC` at start-up: the real board clock counts from there.
    origin_ns: u64,
}

thread_local! {
    static BOARD: RefCell<Board> = RefCell::new(Board {
        units: (0..MAX_UNITS).map(|_| Unit::default()).collect(),
        virtual_ns: None,
        origin_ns: monotonic_ns(),
    });
}

/// The interrupt line of each unit plus one (0: none), read by the signal handler.
static LINES: [AtomicU32; MAX_UNITS] = [const { AtomicU32::new(0) }; MAX_UNITS];
/// The VM's pending word, for the signal handler (stored before any timer starts).
static PENDING: AtomicPtr<AtomicU32> = AtomicPtr::new(std::ptr::null_mut());
/// The interpreter thread's kernel id, where timer signals go.
static VM_TID: AtomicU64 = AtomicU64::new(0);

extern "C" fn on_timer_signal(signal: libc::c_int) {
    let unit = (signal - libc::SIGRTMIN()) as usize;
    let pending = PENDING.load(Ordering::Acquire);
    if unit >= MAX_UNITS || pending.is_null() {
        return;
    }
    let line = LINES[unit].load(Ordering::Relaxed);
    if line != 0 {
        // SAFETY: `pending` is the VM's `'static` pending word, stored before any timer was
        // started. Only atomic operations happen here, which are async-signal-safe.
        unsafe { (*pending).fetch_or(1 << (line - 1), Ordering::Release) };
    }
}

/// Prepares the board for `vm`: where the real clock's signals go, or the virtual clock.
pub fn init(vm: &mut Vm, virtual_clock: bool) {
    PENDING.store(vm.irq_trigger().word() as *const AtomicU32 as *mut AtomicU32, Ordering::Release);
    // SAFETY: gettid has no preconditions.
    VM_TID.store(unsafe { libc::syscall(libc::SYS_gettid) } as u64, Ordering::Relaxed);
    if virtual_clock {
        BOARD.with(|b| b.borrow_mut().virtual_ns = Some(0));
        vm.irq_set_clock_hook(Some(virtual_tick));
    }
}

/// Installs the timers' signal handlers, on the first start of a real timer (a program that
/// uses no timer starts faster without them).
fn install_signals() {
    static INSTALLED: std::sync::Once = std::sync::Once::new();
    INSTALLED.call_once(|| {
        // Timers expire on time rather than up to 50 µs late (Linux's default timer slack).
        // SAFETY: PR_SET_TIMERSLACK takes one integer argument and only affects this thread.
        unsafe { libc::prctl(libc::PR_SET_TIMERSLACK, 1 as libc::c_ulong) };
        for unit in 0..MAX_UNITS {
            // SAFETY: a zeroed sigaction is valid; the handler only performs atomic operations
            // (async-signal-safe). SA_RESTART keeps other system calls from failing with EINTR;
            // nanosleep and poll still return early, which is what wakes `time.sleep` and reads.
            unsafe {
                let mut sa: libc::sigaction = std::mem::zeroed();
                let handler: extern "C" fn(libc::c_int) = on_timer_signal;
                sa.sa_sigaction = handler as libc::sighandler_t;
                sa.sa_flags = libc::SA_RESTART;
                libc::sigemptyset(&mut sa.sa_mask);
                libc::sigaction(libc::SIGRTMIN() + unit as libc::c_int, &sa, std::ptr::null_mut());
            }
        }
    });
}

/// Whether the virtual clock is in use.
pub fn is_virtual() -> bool {
    BOARD.with(|b| b.borrow().virtual_ns.is_some())
}

/// `CLOCK_MONOTONIC` in nanoseconds (the clock the POSIX timers run on).
fn monotonic_ns() -> u64 {
    // SAFETY: a zeroed timespec is valid, and clock_gettime only writes it.
    let mut ts: libc::timespec = unsafe { std::mem::zeroed() };
    // SAFETY: `ts` is a live local.
    unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut ts) };
    ts.tv_sec as u64 * 1_000_000_000 + ts.tv_nsec as u64
}

/// The board clock in nanoseconds (virtual, or monotonic since start-up).
pub fn now_ns() -> u64 {
    BOARD.with(|b| {
        let b = b.borrow();
        b.virtual_ns.unwrap_or_else(|| monotonic_ns().saturating_sub(b.origin_ns))
    })
}

/// Virtual clock: waits `us` microseconds, stopping early at the next expiry (at least 1 µs
/// passes, so a waiting loop always progresses).
pub fn virtual_sleep_us(us: u64) {
    BOARD.with(|b| {
        let mut b = b.borrow_mut();
        let Some(now) = b.virtual_ns else { return };
        let next = b.units.iter().filter_map(|u| u.schedule).map(|s| s.next_ns).min().unwrap_or(u64::MAX);
        let target = now.saturating_add(us.saturating_mul(1000)).min(next);
        b.virtual_ns = Some(target.max(now + 1000).div_ceil(1000) * 1000);
    });
}

/// The virtual clock hook: advances time by one safe point and raises expired units' lines.
fn virtual_tick(vm: &mut Vm) {
    let trigger = vm.irq_trigger();
    BOARD.with(|b| {
        let mut b = b.borrow_mut();
        let Some(now) = b.virtual_ns else { return };
        let now = now + VIRTUAL_NS_PER_SAFE_POINT;
        b.virtual_ns = Some(now);
        for (i, u) in b.units.iter_mut().enumerate() {
            let Some(s) = &mut u.schedule else { continue };
            if s.next_ns > now {
                continue;
            }
            // Expiries missed while nothing ran coalesce into one, as a pending flag does.
            let missed = (now - s.next_ns) / s.period_ns;
            s.last_ns = s.next_ns + missed * s.period_ns;
            s.next_ns = s.last_ns + s.period_ns;
            let one_shot = s.one_shot;
            if one_shot {
                u.schedule = None;
            }
            raise(trigger, i);
        }
    });
    trigger.raise_clock();
}

fn raise(trigger: IrqTrigger, unit: usize) {
    let line = LINES[unit].load(Ordering::Relaxed);
    if line != 0 {
        trigger.raise(line as usize - 1);
    }
}

/// Takes a free unit (`None`: all in use).
pub fn claim() -> Option<usize> {
    BOARD.with(|b| {
        let mut b = b.borrow_mut();
        let i = b.units.iter().position(|u| !u.in_use)?;
        b.units[i].in_use = true;
        Some(i)
    })
}

/// Stops a unit and gives it back.
pub fn release(unit: usize) {
    stop(unit);
    set_line(unit, None);
    BOARD.with(|b| {
        if let Some(u) = b.borrow_mut().units.get_mut(unit) {
            u.in_use = false;
        }
    });
}

/// Sets the interrupt line a unit raises (`None`: none).
pub fn set_line(unit: usize, line: Option<usize>) {
    if let Some(l) = LINES.get(unit) {
        l.store(line.map_or(0, |n| n as u32 + 1), Ordering::Relaxed);
    }
}

/// Starts (or restarts) a unit expiring every `period_ns` (once if `one_shot`).
pub fn start(unit: usize, period_ns: u64, one_shot: bool) -> Result<(), String> {
    stop(unit);
    let period_ns = period_ns.max(1);
    let now = now_ns();
    let origin = BOARD.with(|b| b.borrow().origin_ns);
    let posix = if is_virtual() {
        None
    } else {
        Some(start_posix(unit, origin + now + period_ns, period_ns, one_shot)?)
    };
    BOARD.with(|b| {
        if let Some(u) = b.borrow_mut().units.get_mut(unit) {
            u.schedule = Some(Schedule { period_ns, one_shot, last_ns: now, next_ns: now + period_ns });
            u.posix = posix;
        }
    });
    Ok(())
}

fn timespec(ns: u64) -> libc::timespec {
    libc::timespec {
        tv_sec: (ns / 1_000_000_000) as libc::time_t,
        tv_nsec: (ns % 1_000_000_000) as libc::c_long,
    }
}

/// Creates and arms a POSIX timer first expiring at `first_ns` (`CLOCK_MONOTONIC`), so the
/// expiries are exactly `first_ns + k * period_ns` and the counter's phase is known.
fn start_posix(unit: usize, first_ns: u64, period_ns: u64, one_shot: bool) -> Result<libc::timer_t, String> {
    install_signals();
    // SAFETY: a zeroed sigevent is valid; the fields set are the ones SIGEV_THREAD_ID reads.
    let mut ev: libc::sigevent = unsafe { std::mem::zeroed() };
    ev.sigev_notify = libc::SIGEV_THREAD_ID;
    ev.sigev_signo = libc::SIGRTMIN() + unit as libc::c_int;
    ev.sigev_notify_thread_id = VM_TID.load(Ordering::Relaxed) as libc::c_int;
    let mut timer: libc::timer_t = std::ptr::null_mut();
    // SAFETY: `ev` and `timer` are live locals; the kernel fills `timer`.
    if unsafe { libc::timer_create(libc::CLOCK_MONOTONIC, &mut ev, &mut timer) } != 0 {
        return Err(format!("timer_create failed: {}", std::io::Error::last_os_error()));
    }
    let spec = libc::itimerspec {
        it_interval: timespec(if one_shot { 0 } else { period_ns }),
        it_value: timespec(first_ns),
    };
    // SAFETY: `timer` was just created; `spec` is a valid itimerspec.
    if unsafe { libc::timer_settime(timer, libc::TIMER_ABSTIME, &spec, std::ptr::null_mut()) } != 0 {
        // SAFETY: deleting the timer just created.
        unsafe { libc::timer_delete(timer) };
        return Err(format!("timer_settime failed: {}", std::io::Error::last_os_error()));
    }
    Ok(timer)
}

/// Stops a unit (its line stays assigned).
pub fn stop(unit: usize) {
    let posix = BOARD.with(|b| {
        let mut b = b.borrow_mut();
        let u = b.units.get_mut(unit)?;
        u.schedule = None;
        u.posix.take()
    });
    if let Some(t) = posix {
        // SAFETY: `t` is a timer this module created and has not deleted.
        unsafe { libc::timer_delete(t) };
    }
}

/// Nanoseconds since the unit's last update event (start or expiry); 0 when stopped.
pub fn since_update_ns(unit: usize) -> u64 {
    let now = now_ns();
    BOARD.with(|b| {
        let b = b.borrow();
        let Some(s) = b.units.get(unit).and_then(|u| u.schedule) else { return 0 };
        if b.virtual_ns.is_some() {
            now.saturating_sub(s.last_ns)
        } else {
            // A POSIX timer expires at start + k * period: the phase is the time since then.
            now.saturating_sub(s.last_ns) % s.period_ns
        }
    })
}
