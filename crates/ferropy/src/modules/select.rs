//! The host's `select` module: `select.poll()` objects over OS file descriptors (plain ints,
//! files, the console, sockets, objects whose `ioctl(10)` or `fileno()` gives one) and over
//! Python stream objects that answer MicroPython's `ioctl(3, events)` poll request. Waiting
//! uses the OS `poll`; while any registered object has no descriptor, the objects are asked
//! again every millisecond, as MicroPython does.

use ferropy_core::obj::builtin_fn::BuiltinFn;
use ferropy_core::obj::{flags, list, module, stream, tuple, Locals, ObjHeader, Type};
use ferropy_core::port::errno;
use ferropy_core::qstr::{q, Qstr};
use ferropy_core::value::Value;
use ferropy_core::vm::{PyResult, Vm};

pub const POLLIN: isize = 0x001;
pub const POLLOUT: isize = 0x004;
pub const POLLERR: isize = 0x008;
pub const POLLHUP: isize = 0x010;
pub const POLLNVAL: isize = 0x020;

/// MicroPython's stream `ioctl` requests.
const IOCTL_POLL: isize = 3;
const IOCTL_GET_FILENO: isize = 10;
/// `ipoll` flag: report an object once, then stop watching it (events set to 0).
const FLAG_ONESHOT: isize = 1;
/// How often objects without a descriptor are asked again while waiting.
const NONFD_PERIOD_MS: i32 = 1;

/// Fields of one registration, a tuple `(obj, events, revents, fd)` private to the poll
/// object (mutated in place, never handed to Python).
const OBJ: usize = 0;
const EVENTS: usize = 1;
const REVENTS: usize = 2;
const FD: usize = 3;

#[repr(C)]
struct PollObj {
    header: ObjHeader,
    /// The registrations, in registration order (a list of entry tuples).
    entries: Value,
    /// The tuple `ipoll` hands out again and again (NULL until the first `ipoll`).
    ret: Value,
    iter_left: usize,
    iter_idx: usize,
    flags: isize,
}

static POLL_TYPE: Type = Type {
    flags: flags::ITER_IS_SELF,
    iter: Some(iter_self),
    iternext: Some(iternext),
    trace: Some(trace),
    locals: Locals::Static(&POLL_LOCALS),
    ..Type::builtin(q::poll)
};

fn trace(v: Value, m: &mut ferropy_core::gc::Marker) {
    let p = get(v);
    m.mark(p.entries);
    m.mark(p.ret);
}

fn get<'a>(v: Value) -> &'a mut PollObj {
    // SAFETY: callers pass a poll object (checked by `this` or made by `poll`); short borrows.
    unsafe { &mut *v.as_ptr::<PollObj>() }
}

fn this(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if v.is_obj() && v.is_exact(&POLL_TYPE) {
        Ok(v)
    } else {
        Err(vm.type_error("expected a poll object"))
    }
}

fn iter_self(_vm: &mut Vm, v: Value) -> PyResult<Value> {
    Ok(v)
}

/// `select.poll()`.
fn poll_new(vm: &mut Vm) -> PyResult<Value> {
    let entries = list::new(vm, &[])?;
    let p = vm.alloc_obj::<PollObj>(&POLL_TYPE, 0)?;
    // SAFETY: fresh allocation; the other fields are zero/NULL as they should be.
    unsafe { (*p).entries = entries };
    Ok(Value::from_ptr(p))
}

fn entry(v: Value, field: usize) -> Value {
    tuple::items(v).get(field).copied().unwrap_or(Value::NONE)
}

fn int_field(v: Value, field: usize) -> isize {
    entry(v, field).small_int_value().unwrap_or(0)
}

fn find(p: Value, obj: Value) -> Option<usize> {
    list::items(get(p).entries).iter().position(|&e| entry(e, OBJ) == obj)
}

/// The OS descriptor of a pollable object, or -1 for one that is asked with `ioctl(3)`.
fn fd_of(vm: &mut Vm, obj: Value) -> PyResult<isize> {
    if obj.is_small_int() {
        let fd = obj.small_int_value().unwrap_or(-1);
        if fd < 0 {
            return Err(vm.value_error(""));
        }
        return Ok(fd);
    }
    if let Some(s) = stream::native(vm, obj) {
        return Ok(stream::descriptor(s).map_or(-1, |h| h as isize));
    }
    if let Some(m) = vm.load_method_opt(obj, q::ioctl)? {
        let r = vm.call_method_pair(m, &[Value::small_int(IOCTL_GET_FILENO), Value::small_int(0)])?;
        return Ok(r.small_int_value().filter(|&fd| fd >= 0).unwrap_or(-1));
    }
    if let Some(m) = vm.load_method_opt(obj, q::fileno)? {
        let r = vm.call_method_pair(m, &[])?;
        return Ok(r.small_int_value().unwrap_or(-1));
    }
    Err(vm.type_error("stream operation not supported"))
}

/// `register(obj[, eventmask])`: a second registration only changes the mask.
fn register(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let p = this(vm, args[0])?;
    let obj = args[1];
    let events = match args.get(2) {
        Some(&e) => vm.to_i64(e)? as isize,
        None => POLLIN | POLLOUT,
    };
    if let Some(i) = find(p, obj) {
        let e = list::items(get(p).entries)[i];
        tuple::set_item(e, EVENTS, Value::small_int(events));
        return Ok(Value::NONE);
    }
    let fd = fd_of(vm, obj)?;
    let e = tuple::new(vm, &[obj, Value::small_int(events), Value::small_int(0), Value::small_int(fd)])?;
    list::append(vm, get(p).entries, e)?;
    Ok(Value::NONE)
}

/// `unregister(obj)`: nothing happens if it was not registered.
fn unregister(vm: &mut Vm, p: Value, obj: Value) -> PyResult<Value> {
    let p = this(vm, p)?;
    if let Some(i) = find(p, obj) {
        list::remove_at(vm, get(p).entries, i);
    }
    Ok(Value::NONE)
}

/// `modify(obj, eventmask)`: ENOENT if `obj` is not registered.
fn modify(vm: &mut Vm, p: Value, obj: Value, mask: Value) -> PyResult<Value> {
    let p = this(vm, p)?;
    let events = vm.to_i64(mask)? as isize;
    let Some(i) = find(p, obj) else {
        return Err(vm.os_error(errno::ENOENT));
    };
    let e = list::items(get(p).entries)[i];
    tuple::set_item(e, EVENTS, Value::small_int(events));
    Ok(Value::NONE)
}

fn now_ms() -> u64 {
    use std::time::{SystemTime, UNIX_EPOCH};
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_millis() as u64)
}

/// Asks every object without a descriptor for its state; returns how many are ready.
fn poll_nonfd(vm: &mut Vm, entries: &[Value]) -> PyResult<usize> {
    let mut ready = 0;
    for &e in entries {
        if int_field(e, FD) >= 0 {
            continue;
        }
        let obj = entry(e, OBJ);
        let events = int_field(e, EVENTS);
        let r = if stream::native(vm, obj).is_some() {
            // In-memory streams can always be read and written.
            (POLLIN | POLLOUT) & events
        } else {
            let got =
                vm.call_method(obj, q::ioctl, &[Value::small_int(IOCTL_POLL), Value::small_int(events)])?;
            let n = vm.to_i64(got)? as isize;
            if n < 0 {
                return Err(vm.os_error(n.unsigned_abs().min(i32::MAX as usize) as i32));
            }
            n
        };
        tuple::set_item(e, REVENTS, Value::small_int(r));
        ready += usize::from(r != 0);
    }
    Ok(ready)
}

/// Waits until some object is ready or `timeout_ms` passes (`None`: no limit); returns how
/// many are ready, their `revents` set.
fn wait(vm: &mut Vm, p: Value, timeout_ms: Option<u64>) -> PyResult<usize> {
    let start = now_ms();
    let entries: Vec<Value> = list::items(get(p).entries).to_vec();
    for &e in &entries {
        vm.pin(e);
        tuple::set_item(e, REVENTS, Value::small_int(0));
    }
    let all_fds = entries.iter().all(|&e| int_field(e, FD) >= 0);
    let mut fds: Vec<libc::pollfd> = entries
        .iter()
        .map(|&e| {
            let fd = int_field(e, FD);
            let events = int_field(e, EVENTS);
            libc::pollfd {
                fd: if fd >= 0 { fd as i32 } else { -1 },
                events: events as libc::c_short,
                revents: 0,
            }
        })
        .collect();
    loop {
        vm.handle_pending()?;
        let t: i32 = if !all_fds {
            NONFD_PERIOD_MS
        } else {
            match timeout_ms {
                None => -1,
                Some(limit) => {
                    limit.saturating_sub(now_ms().saturating_sub(start)).min(i32::MAX as u64) as i32
                }
            }
        };
        // SAFETY: `fds` is a live array of `fds.len()` pollfd structures.
        let n = unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, t) };
        let mut ready = 0;
        if n < 0 {
            let err = std::io::Error::last_os_error().raw_os_error().unwrap_or(errno::EIO);
            if err != libc::EINTR {
                return Err(vm.os_error(err));
            }
        } else {
            for (pfd, &e) in fds.iter().zip(&entries) {
                if pfd.fd >= 0 {
                    tuple::set_item(e, REVENTS, Value::small_int(pfd.revents as isize));
                    ready += usize::from(pfd.revents != 0);
                }
            }
        }
        if !all_fds {
            ready += poll_nonfd(vm, &entries)?;
        }
        let expired = timeout_ms.is_some_and(|limit| now_ms().saturating_sub(start) >= limit);
        if ready > 0 || expired {
            return Ok(ready);
        }
    }
}

/// The timeout and flags arguments of `poll`/`ipoll`: None or negative waits for ever.
fn poll_args(vm: &mut Vm, args: &[Value]) -> PyResult<(Option<u64>, isize)> {
    let timeout = match args.get(1) {
        Some(&t) if !t.is_none() => u64::try_from(vm.to_i64(t)?).ok(),
        _ => None,
    };
    let flags = match args.get(2) {
        Some(&f) => vm.to_i64(f)? as isize,
        None => 0,
    };
    Ok((timeout, flags))
}

/// `poll([timeout_ms])`: a list of `(obj, revents)` for the objects that are ready.
fn poll(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let p = this(vm, args[0])?;
    let (timeout, flags) = poll_args(vm, args)?;
    get(p).flags = flags;
    wait(vm, p, timeout)?;
    let out = list::new(vm, &[])?;
    let entries: Vec<Value> = list::items(get(p).entries).to_vec();
    for e in entries {
        let r = int_field(e, REVENTS);
        if r != 0 {
            let t = tuple::new(vm, &[entry(e, OBJ), Value::small_int(r)])?;
            list::append(vm, out, t)?;
        }
    }
    Ok(out)
}

/// `ipoll([timeout_ms[, flags]])`: the poll object itself, iterating over the ready objects
/// with one reused `(obj, revents)` tuple (as MicroPython, to allocate nothing per event).
fn ipoll(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let p = this(vm, args[0])?;
    let (timeout, flags) = poll_args(vm, args)?;
    if get(p).ret.is_null() {
        let t = tuple::new_filled(vm, 2)?;
        get(p).ret = t;
    }
    get(p).flags = flags;
    let n = wait(vm, p, timeout)?;
    let s = get(p);
    s.iter_left = n;
    s.iter_idx = 0;
    Ok(p)
}

fn iternext(_vm: &mut Vm, p: Value) -> PyResult<Option<Value>> {
    let s = get(p);
    while s.iter_left > 0 {
        let Some(&e) = list::items(s.entries).get(s.iter_idx) else {
            s.iter_left = 0;
            break;
        };
        s.iter_idx += 1;
        let r = int_field(e, REVENTS);
        if r == 0 {
            continue;
        }
        s.iter_left -= 1;
        tuple::set_item(s.ret, 0, entry(e, OBJ));
        tuple::set_item(s.ret, 1, Value::small_int(r));
        if s.flags & FLAG_ONESHOT != 0 {
            tuple::set_item(e, EVENTS, Value::small_int(0));
        }
        return Ok(Some(s.ret));
    }
    Ok(None)
}

static REGISTER: BuiltinFn = BuiltinFn::var(q::register, 2, 3, register);
static UNREGISTER: BuiltinFn = BuiltinFn::f2(q::unregister, unregister);
static MODIFY: BuiltinFn = BuiltinFn::f3(q::modify, modify);
static POLL: BuiltinFn = BuiltinFn::var(q::poll, 1, 2, poll);
static IPOLL: BuiltinFn = BuiltinFn::var(q::ipoll, 1, 3, ipoll);
static POLL_NEW: BuiltinFn = BuiltinFn::f0(q::poll, poll_new);

static POLL_LOCALS: [(Qstr, Value); 5] = ferropy_core::obj::sorted_table([
    (q::register, Value::from_static(&REGISTER)),
    (q::unregister, Value::from_static(&UNREGISTER)),
    (q::modify, Value::from_static(&MODIFY)),
    (q::poll, Value::from_static(&POLL)),
    (q::ipoll, Value::from_static(&IPOLL)),
]);

static TABLE: [(Qstr, Value); 7] = [
    (q::__name__, Value::qstr(q::select)),
    (q::poll, Value::from_static(&POLL_NEW)),
    (q::POLLIN, Value::small_int(POLLIN)),
    (q::POLLOUT, Value::small_int(POLLOUT)),
    (q::POLLERR, Value::small_int(POLLERR)),
    (q::POLLHUP, Value::small_int(POLLHUP)),
    (q::POLLNVAL, Value::small_int(POLLNVAL)),
];

/// Builds the `select` module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    module::new(vm, q::select, &TABLE)
}
