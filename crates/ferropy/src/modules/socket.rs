//! The host's `socket` module: BSD sockets through libc (IPv4 TCP and UDP, plus raw
//! descriptors), with the methods MicroPython's unix port has (`bind`, `listen`, `accept`,
//! `connect`, `send`, `sendall`, `sendto`, `recv`, `recvfrom`, `setsockopt`, `setblocking`,
//! `settimeout`, `fileno`, `close`, and the stream methods `read`, `readinto`, `readline`,
//! `write`, so a socket works wherever a stream does), and `getaddrinfo`.
//!
//! Addresses are CPython's `(host, port)` tuples; `getaddrinfo` returns them too (MicroPython's
//! unix port uses raw `sockaddr` bytes, which `bind`/`connect` also accept).

use std::ffi::CString;
use std::mem::{size_of, zeroed};

use ferropy_core::obj::builtin_fn::BuiltinFn;
use ferropy_core::obj::{bytes, list, module, str as pystr, tuple, Locals, ObjHeader};
use ferropy_core::obj::{PrintKind, Type};
use ferropy_core::port::errno;
use ferropy_core::qstr::{q, Qstr};
use ferropy_core::value::Value;
use ferropy_core::vm::{PyResult, Vm};

const ETIMEDOUT: i32 = 110;
/// What MicroPython raises (as `OSError(-2)`) when a name does not resolve: the resolver's
/// EAI_NONAME.
const EAI_NONAME: i32 = -2;
/// Largest single `recv` (bounded further by the heap).
const MAX_RECV: usize = 1 << 20;

#[repr(C)]
struct SocketObj {
    header: ObjHeader,
    /// The descriptor; -1 once closed.
    fd: isize,
    family: isize,
    kind: isize,
    proto: isize,
    /// Timeout in milliseconds: negative blocks for ever, 0 never blocks.
    timeout_ms: i64,
}

static SOCKET_TYPE: Type = Type {
    make_new: Some(make_new),
    print: Some(print),
    locals: Locals::Static(&LOCALS),
    ..Type::builtin(q::socket)
};

fn get<'a>(v: Value) -> &'a mut SocketObj {
    // SAFETY: callers pass a socket (checked by `this`); short borrows only.
    unsafe { &mut *v.as_ptr::<SocketObj>() }
}

fn this(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if v.is_obj() && v.is_exact(&SOCKET_TYPE) {
        Ok(v)
    } else {
        Err(vm.type_error("expected a socket"))
    }
}

fn last_errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(errno::EIO)
}

fn print(_vm: &mut Vm, v: Value, out: &mut String, _kind: PrintKind) -> PyResult<()> {
    let s = get(v);
    out.push_str(&format!("<socket fd={} family={} type={}>", s.fd, s.family, s.kind));
    Ok(())
}

/// `socket.socket(af=AF_INET, type=SOCK_STREAM, proto=0)`.
fn make_new(vm: &mut Vm, _ty: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    vm.check_args("socket", args, kw, 0, 3)?;
    let mut nums = [libc::AF_INET as i64, libc::SOCK_STREAM as i64, 0];
    for (slot, &a) in nums.iter_mut().zip(args) {
        *slot = vm.to_i64(a)?;
    }
    let [family, kind, proto] = nums.map(|n| n.clamp(i32::MIN as i64, i32::MAX as i64) as i32);
    // SAFETY: socket() takes plain integers and returns a new descriptor or -1.
    let fd = unsafe { libc::socket(family, kind | libc::SOCK_CLOEXEC, proto) };
    if fd < 0 {
        return Err(vm.os_error(last_errno()));
    }
    let p = vm.alloc_obj::<SocketObj>(&SOCKET_TYPE, 0)?;
    // SAFETY: fresh allocation.
    unsafe {
        (*p).fd = fd as isize;
        (*p).family = family as isize;
        (*p).kind = kind as isize;
        (*p).proto = proto as isize;
        (*p).timeout_ms = -1;
    }
    Ok(Value::from_ptr(p))
}

/// The open descriptor of a socket (EBADF once closed).
fn fd(vm: &mut Vm, v: Value) -> PyResult<i32> {
    let s = this(vm, v)?;
    match i32::try_from(get(s).fd) {
        Ok(fd) if fd >= 0 => Ok(fd),
        _ => Err(vm.os_error(errno::EBADF)),
    }
}

/// An OS error from a socket call: EAGAIN becomes ETIMEDOUT on a socket with a timeout.
fn sock_error(vm: &mut Vm, s: Value, e: i32) -> ferropy_core::vm::Raised {
    if e == errno::EAGAIN && get(s).timeout_ms > 0 {
        return vm.os_error(ETIMEDOUT);
    }
    vm.os_error(e)
}

/// Runs a system call, retrying it after signals (raising KeyboardInterrupt if one is due).
fn retry(vm: &mut Vm, s: Value, mut call: impl FnMut() -> isize) -> PyResult<usize> {
    loop {
        let r = call();
        if r >= 0 {
            return Ok(r as usize);
        }
        let e = last_errno();
        if e != libc::EINTR {
            return Err(sock_error(vm, s, e));
        }
        vm.handle_pending()?;
    }
}

/// An IPv4 address from `(host, port)` or raw `sockaddr` bytes.
fn sockaddr(vm: &mut Vm, addr: Value) -> PyResult<(libc::sockaddr_storage, libc::socklen_t)> {
    // SAFETY: sockaddr_storage is plain data; all-zero is valid.
    let mut st: libc::sockaddr_storage = unsafe { zeroed() };
    if let Some(raw) = vm.bytes_of(addr) {
        let n = raw.len().min(size_of::<libc::sockaddr_storage>());
        // SAFETY: `n` bytes fit in `st`; the source is a live bytes-like object.
        unsafe { std::ptr::copy_nonoverlapping(raw.as_ptr(), &mut st as *mut _ as *mut u8, n) };
        return Ok((st, n as libc::socklen_t));
    }
    let items = vm.iter_to_vec(addr)?;
    let [host, port] = items[..] else {
        return Err(vm.type_error("address must be a (host, port) tuple"));
    };
    let port = vm.to_i64(port)?;
    let Ok(port) = u16::try_from(port) else {
        return Err(vm.raise_msg(&ferropy_core::obj::exception::OVERFLOW_ERROR_TYPE, "port must be 0-65535."));
    };
    let host = match vm.text_of(host) {
        Some(h) => String::from(h),
        None => return Err(vm.type_error("host must be str")),
    };
    let ip = resolve_ipv4(vm, &host)?;
    let sin = libc::sockaddr_in {
        sin_family: libc::AF_INET as libc::sa_family_t,
        sin_port: port.to_be(),
        sin_addr: libc::in_addr { s_addr: u32::from_ne_bytes(ip) },
        sin_zero: [0; 8],
    };
    // SAFETY: a sockaddr_in fits in a sockaddr_storage.
    unsafe { std::ptr::write(&mut st as *mut _ as *mut libc::sockaddr_in, sin) };
    Ok((st, size_of::<libc::sockaddr_in>() as libc::socklen_t))
}

/// The IPv4 address of `host` (dotted quad, `""` for any, or a name the resolver knows).
fn resolve_ipv4(vm: &mut Vm, host: &str) -> PyResult<[u8; 4]> {
    if host.is_empty() {
        return Ok([0; 4]);
    }
    if let Ok(ip) = host.parse::<std::net::Ipv4Addr>() {
        return Ok(ip.octets());
    }
    match lookup(host, 0, libc::AF_INET).first() {
        Some(&(_, _, _, ip, _)) => Ok(ip),
        None => Err(vm.os_error(EAI_NONAME)),
    }
}

type AddrInfo = (i32, i32, i32, [u8; 4], u16);

/// IPv4 results of the resolver for `host`.
fn lookup(host: &str, port: u16, family: i32) -> Vec<AddrInfo> {
    let mut out = Vec::new();
    let Ok(c_host) = CString::new(host) else { return out };
    // SAFETY: addrinfo is plain data; all-zero is a valid hints value.
    let mut hints: libc::addrinfo = unsafe { zeroed() };
    hints.ai_family = family;
    let mut res: *mut libc::addrinfo = std::ptr::null_mut();
    // SAFETY: valid NUL-terminated host, null service, live hints; `res` receives a list that
    // is freed below.
    let rc = unsafe { libc::getaddrinfo(c_host.as_ptr(), std::ptr::null(), &hints, &mut res) };
    if rc != 0 {
        return out;
    }
    let mut p = res;
    while !p.is_null() {
        // SAFETY: `p` walks the list getaddrinfo returned, which stays valid until freed.
        let ai = unsafe { &*p };
        if ai.ai_family == libc::AF_INET && !ai.ai_addr.is_null() {
            // SAFETY: an AF_INET entry's address is a sockaddr_in.
            let sin = unsafe { &*(ai.ai_addr as *const libc::sockaddr_in) };
            out.push((ai.ai_family, ai.ai_socktype, ai.ai_protocol, sin.sin_addr.s_addr.to_ne_bytes(), port));
        }
        p = ai.ai_next;
    }
    // SAFETY: `res` came from a successful getaddrinfo and is freed once.
    unsafe { libc::freeaddrinfo(res) };
    out
}

/// `(host, port)` of a raw IPv4 address.
fn addr_value(vm: &mut Vm, st: &libc::sockaddr_storage) -> PyResult<Value> {
    if st.ss_family as i32 != libc::AF_INET {
        return bytes::new(vm, &[]);
    }
    // SAFETY: the family says the storage holds a sockaddr_in.
    let sin = unsafe { &*(st as *const _ as *const libc::sockaddr_in) };
    let ip = std::net::Ipv4Addr::from(sin.sin_addr.s_addr.to_ne_bytes());
    let host = pystr::new(vm, &ip.to_string())?;
    tuple::new(vm, &[host, Value::small_int(u16::from_be(sin.sin_port) as isize)])
}

fn bind(vm: &mut Vm, s: Value, addr: Value) -> PyResult<Value> {
    let fd = fd(vm, s)?;
    let (st, len) = sockaddr(vm, addr)?;
    retry(vm, s, || {
        // SAFETY: `st` holds a socket address of `len` bytes.
        let r = unsafe { libc::bind(fd, &st as *const _ as *const libc::sockaddr, len) };
        r as isize
    })?;
    Ok(Value::NONE)
}

fn connect(vm: &mut Vm, s: Value, addr: Value) -> PyResult<Value> {
    let fd = fd(vm, s)?;
    let (st, len) = sockaddr(vm, addr)?;
    retry(vm, s, || {
        // SAFETY: `st` holds a socket address of `len` bytes.
        let r = unsafe { libc::connect(fd, &st as *const _ as *const libc::sockaddr, len) };
        r as isize
    })?;
    Ok(Value::NONE)
}

fn listen(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let fd = fd(vm, args[0])?;
    let backlog = match args.get(1) {
        Some(&b) => vm.to_i64(b)?.clamp(0, i32::MAX as i64) as i32,
        None => libc::SOMAXCONN,
    };
    retry(vm, args[0], || {
        // SAFETY: plain integer arguments.
        let r = unsafe { libc::listen(fd, backlog) };
        r as isize
    })?;
    Ok(Value::NONE)
}

/// `accept()`: `(socket, address)`.
fn accept(vm: &mut Vm, s: Value) -> PyResult<Value> {
    let fd = fd(vm, s)?;
    // SAFETY: plain data, all-zero valid.
    let mut st: libc::sockaddr_storage = unsafe { zeroed() };
    let mut len = size_of::<libc::sockaddr_storage>() as libc::socklen_t;
    let new_fd = retry(vm, s, || {
        // SAFETY: `st`/`len` describe a writable buffer for the peer address.
        let r = unsafe {
            libc::accept4(fd, &mut st as *mut _ as *mut libc::sockaddr, &mut len, libc::SOCK_CLOEXEC)
        };
        r as isize
    })?;
    let (family, kind, proto) = {
        let o = get(s);
        (o.family, o.kind, o.proto)
    };
    let p = match vm.alloc_obj::<SocketObj>(&SOCKET_TYPE, 0) {
        Ok(p) => p,
        Err(e) => {
            // SAFETY: the descriptor was just accepted and nothing else owns it.
            unsafe { libc::close(new_fd as i32) };
            return Err(e);
        }
    };
    // SAFETY: fresh allocation.
    unsafe {
        (*p).fd = new_fd as isize;
        (*p).family = family;
        (*p).kind = kind;
        (*p).proto = proto;
        (*p).timeout_ms = -1;
    }
    let conn = Value::from_ptr(p);
    let a = addr_value(vm, &st)?;
    tuple::new(vm, &[conn, a])
}

/// Sends from `data`; returns how much was sent.
fn send_some(
    vm: &mut Vm,
    s: Value,
    data: &[u8],
    to: Option<&(libc::sockaddr_storage, libc::socklen_t)>,
) -> PyResult<usize> {
    let fd = fd(vm, s)?;
    retry(vm, s, || match to {
        // SAFETY: `data` is a live slice; `st` holds an address of `len` bytes.
        Some((st, len)) => unsafe {
            libc::sendto(
                fd,
                data.as_ptr().cast(),
                data.len(),
                libc::MSG_NOSIGNAL,
                st as *const _ as *const libc::sockaddr,
                *len,
            )
        },
        // SAFETY: `data` is a live slice.
        None => unsafe { libc::send(fd, data.as_ptr().cast(), data.len(), libc::MSG_NOSIGNAL) },
    })
}

fn data_arg(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    match vm.buffer_of(v) {
        Some(b) => Ok(b.data().to_vec()),
        None => Err(vm.type_error("object with buffer protocol required")),
    }
}

fn send(vm: &mut Vm, s: Value, data: Value) -> PyResult<Value> {
    let d = data_arg(vm, data)?;
    let n = send_some(vm, s, &d, None)?;
    Ok(Value::small_int(n as isize))
}

fn sendall(vm: &mut Vm, s: Value, data: Value) -> PyResult<Value> {
    let d = data_arg(vm, data)?;
    let mut done = 0;
    while done < d.len() {
        done += send_some(vm, s, &d[done..], None)?;
    }
    Ok(Value::NONE)
}

fn sendto(vm: &mut Vm, s: Value, data: Value, addr: Value) -> PyResult<Value> {
    let d = data_arg(vm, data)?;
    let to = sockaddr(vm, addr)?;
    let n = send_some(vm, s, &d, Some(&to))?;
    Ok(Value::small_int(n as isize))
}

/// Receives up to `n` bytes into a new buffer; with `from`, also the sender's address.
fn recv_bytes(
    vm: &mut Vm,
    s: Value,
    n: Value,
    from: bool,
) -> PyResult<(Vec<u8>, Option<libc::sockaddr_storage>)> {
    let fd = fd(vm, s)?;
    let n = vm.to_i64(n)?.max(0) as usize;
    let n = n.min(MAX_RECV).min(vm.heap.total_bytes());
    let mut buf = vec![0u8; n];
    // SAFETY: plain data, all-zero valid.
    let mut st: libc::sockaddr_storage = unsafe { zeroed() };
    let mut len = size_of::<libc::sockaddr_storage>() as libc::socklen_t;
    let got = retry(vm, s, || {
        // SAFETY: `buf` is writable for its length; `st`/`len` a writable address buffer.
        unsafe {
            libc::recvfrom(
                fd,
                buf.as_mut_ptr().cast(),
                buf.len(),
                0,
                if from { &mut st as *mut _ as *mut libc::sockaddr } else { std::ptr::null_mut() },
                if from { &mut len } else { std::ptr::null_mut() },
            )
        }
    })?;
    buf.truncate(got);
    Ok((buf, from.then_some(st)))
}

fn recv(vm: &mut Vm, s: Value, n: Value) -> PyResult<Value> {
    let (data, _) = recv_bytes(vm, s, n, false)?;
    bytes::new(vm, &data)
}

fn recvfrom(vm: &mut Vm, s: Value, n: Value) -> PyResult<Value> {
    let (data, st) = recv_bytes(vm, s, n, true)?;
    let d = bytes::new(vm, &data)?;
    let a = match st {
        Some(st) => addr_value(vm, &st)?,
        None => Value::NONE,
    };
    tuple::new(vm, &[d, a])
}

/// `read([n])`: up to `n` bytes (everything until the peer closes without `n`).
fn read(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let s = args[0];
    if let Some(&n) = args.get(1) {
        return recv(vm, s, n);
    }
    let mut all = Vec::new();
    loop {
        let (chunk, _) = recv_bytes(vm, s, Value::small_int(4096), false)?;
        if chunk.is_empty() {
            return bytes::new(vm, &all);
        }
        if all.len() + chunk.len() > vm.heap.total_bytes() {
            return Err(vm.memory_error(all.len() + chunk.len()));
        }
        all.extend_from_slice(&chunk);
    }
}

/// `readinto(buf[, n])`: receives straight into a writable buffer.
fn readinto(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let fd = fd(vm, args[0])?;
    vm.buffer_arg(args[1], true)?;
    let limit = match args.get(2) {
        Some(&n) => Some(vm.to_i64(n)?.max(0) as usize),
        None => None,
    };
    let buf = vm.buffer_arg(args[1], true)?;
    let n = limit.map_or(buf.len(), |l| l.min(buf.len()));
    let Some(target) = buf.sub(0, n).data_mut() else {
        return Err(vm.type_error("object with buffer protocol required"));
    };
    // No allocation or Python code runs between fetching the buffer and this call.
    // SAFETY: `target` is writable for its length.
    let got = retry(vm, args[0], || unsafe { libc::recv(fd, target.as_mut_ptr().cast(), target.len(), 0) })?;
    Ok(Value::small_int(got as isize))
}

/// `readline()`: bytes up to and including a newline (byte by byte: a socket cannot give
/// back what follows).
fn readline(vm: &mut Vm, s: Value) -> PyResult<Value> {
    let fd = fd(vm, s)?;
    let mut line = Vec::new();
    let mut b = [0u8; 1];
    loop {
        // SAFETY: `b` is a writable byte.
        let got = retry(vm, s, || unsafe { libc::recv(fd, b.as_mut_ptr().cast(), 1, 0) })?;
        if got == 0 {
            break;
        }
        line.push(b[0]);
        if b[0] == b'\n' || line.len() >= vm.heap.total_bytes() {
            break;
        }
    }
    bytes::new(vm, &line)
}

fn setsockopt(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let fd = fd(vm, args[0])?;
    let level = vm.to_i64(args[1])? as i32;
    let opt = vm.to_i64(args[2])? as i32;
    let data: Vec<u8> = if vm.is_int(args[3]) {
        (vm.to_i64(args[3])? as i32).to_ne_bytes().to_vec()
    } else {
        data_arg(vm, args[3])?
    };
    retry(vm, args[0], || {
        // SAFETY: `data` is a live buffer of the given length.
        let r =
            unsafe { libc::setsockopt(fd, level, opt, data.as_ptr().cast(), data.len() as libc::socklen_t) };
        r as isize
    })?;
    Ok(Value::NONE)
}

/// Applies a timeout: O_NONBLOCK for 0, SO_RCVTIMEO/SO_SNDTIMEO for a limit, neither for none.
fn set_timeout(vm: &mut Vm, s: Value, ms: i64) -> PyResult<()> {
    let fd = fd(vm, s)?;
    // SAFETY: fcntl on an open descriptor with integer flags.
    let fl = unsafe { libc::fcntl(fd, libc::F_GETFL) };
    if fl < 0 {
        return Err(vm.os_error(last_errno()));
    }
    let fl = if ms == 0 { fl | libc::O_NONBLOCK } else { fl & !libc::O_NONBLOCK };
    // SAFETY: as above.
    if unsafe { libc::fcntl(fd, libc::F_SETFL, fl) } < 0 {
        return Err(vm.os_error(last_errno()));
    }
    let ms_pos = ms.max(0);
    let tv = libc::timeval { tv_sec: ms_pos / 1000, tv_usec: (ms_pos % 1000) * 1000 };
    for opt in [libc::SO_RCVTIMEO, libc::SO_SNDTIMEO] {
        // SAFETY: `tv` is a live timeval of the size given.
        unsafe {
            libc::setsockopt(
                fd,
                libc::SOL_SOCKET,
                opt,
                (&tv as *const libc::timeval).cast(),
                size_of::<libc::timeval>() as libc::socklen_t,
            )
        };
    }
    get(s).timeout_ms = ms;
    Ok(())
}

fn settimeout(vm: &mut Vm, s: Value, t: Value) -> PyResult<Value> {
    let s = this(vm, s)?;
    let ms = if t.is_none() {
        -1
    } else if vm.is_int(t) || ferropy_core::obj::float::is_float(vm, t) {
        (vm.to_f64(t)? * 1000.0).clamp(0.0, 1e15) as i64
    } else {
        let name = vm.type_name(t);
        return Err(vm.type_error(&format!("can't convert {name} to float")));
    };
    set_timeout(vm, s, ms)?;
    Ok(Value::NONE)
}

fn setblocking(vm: &mut Vm, s: Value, flag: Value) -> PyResult<Value> {
    let s = this(vm, s)?;
    let ms = if vm.is_true(flag)? { -1 } else { 0 };
    set_timeout(vm, s, ms)?;
    Ok(Value::NONE)
}

fn fileno(vm: &mut Vm, s: Value) -> PyResult<Value> {
    let s = this(vm, s)?;
    Ok(Value::small_int(get(s).fd))
}

fn close(vm: &mut Vm, s: Value) -> PyResult<Value> {
    let s = this(vm, s)?;
    let fd = get(s).fd;
    if fd >= 0 {
        get(s).fd = -1;
        // SAFETY: the descriptor belongs to this socket, which no longer uses it.
        unsafe { libc::close(fd as i32) };
    }
    Ok(Value::NONE)
}

fn enter(_vm: &mut Vm, s: Value) -> PyResult<Value> {
    Ok(s)
}

fn exit(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    close(vm, args[0])
}

fn makefile(_vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    Ok(args[0])
}

/// `getaddrinfo(host, port, af=0, type=0, proto=0, flags=0)`: a list of `(family, type,
/// proto, canonname, (host, port))`.
fn getaddrinfo(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let host = match vm.text_of(args[0]) {
        Some(h) => String::from(h),
        None => return Err(vm.type_error("host must be str")),
    };
    let port = vm.to_i64(args[1])?;
    let Ok(port) = u16::try_from(port) else {
        return Err(vm.value_error("port out of range"));
    };
    let found = if let Ok(ip) = host.parse::<std::net::Ipv4Addr>() {
        vec![(libc::AF_INET, libc::SOCK_STREAM, libc::IPPROTO_TCP, ip.octets(), port)]
    } else {
        let mut all = lookup(&host, port, libc::AF_INET);
        all.dedup_by_key(|e| e.3);
        all
    };
    if found.is_empty() {
        return Err(vm.os_error(EAI_NONAME));
    }
    let out = list::new(vm, &[])?;
    for (family, kind, proto, ip, port) in found {
        let h = pystr::new(vm, &std::net::Ipv4Addr::from(ip).to_string())?;
        let addr = tuple::new(vm, &[h, Value::small_int(port as isize)])?;
        let empty = Value::qstr(q::_empty);
        let items = [
            Value::small_int(family as isize),
            Value::small_int(kind as isize),
            Value::small_int(proto as isize),
            empty,
            addr,
        ];
        let t = tuple::new(vm, &items)?;
        list::append(vm, out, t)?;
    }
    Ok(out)
}

static BIND: BuiltinFn = BuiltinFn::f2(q::bind, bind);
static CONNECT: BuiltinFn = BuiltinFn::f2(q::connect, connect);
static LISTEN: BuiltinFn = BuiltinFn::var(q::listen, 1, 2, listen);
static ACCEPT: BuiltinFn = BuiltinFn::f1(q::accept, accept);
static SEND: BuiltinFn = BuiltinFn::f2(q::send, send);
static SENDALL: BuiltinFn = BuiltinFn::f2(q::sendall, sendall);
static SENDTO: BuiltinFn = BuiltinFn::f3(q::sendto, sendto);
static RECV: BuiltinFn = BuiltinFn::f2(q::recv, recv);
static RECVFROM: BuiltinFn = BuiltinFn::f2(q::recvfrom, recvfrom);
static READ: BuiltinFn = BuiltinFn::var(q::read, 1, 2, read);
static READINTO: BuiltinFn = BuiltinFn::var(q::readinto, 2, 3, readinto);
static READLINE: BuiltinFn = BuiltinFn::f1(q::readline, readline);
static WRITE: BuiltinFn = BuiltinFn::f2(q::write, send);
static SETSOCKOPT: BuiltinFn = BuiltinFn::var(q::setsockopt, 4, 4, setsockopt);
static SETTIMEOUT: BuiltinFn = BuiltinFn::f2(q::settimeout, settimeout);
static SETBLOCKING: BuiltinFn = BuiltinFn::f2(q::setblocking, setblocking);
static FILENO: BuiltinFn = BuiltinFn::f1(q::fileno, fileno);
static CLOSE: BuiltinFn = BuiltinFn::f1(q::close, close);
static ENTER: BuiltinFn = BuiltinFn::f1(q::__enter__, enter);
static EXIT: BuiltinFn = BuiltinFn::var(q::__exit__, 1, 4, exit);
static MAKEFILE: BuiltinFn = BuiltinFn::var(q::makefile, 1, 3, makefile);
static GETADDRINFO: BuiltinFn = BuiltinFn::var(q::getaddrinfo, 2, 6, getaddrinfo);

static LOCALS: [(Qstr, Value); 21] = ferropy_core::obj::sorted_table([
    (q::__enter__, Value::from_static(&ENTER)),
    (q::__exit__, Value::from_static(&EXIT)),
    (q::accept, Value::from_static(&ACCEPT)),
    (q::bind, Value::from_static(&BIND)),
    (q::close, Value::from_static(&CLOSE)),
    (q::connect, Value::from_static(&CONNECT)),
    (q::fileno, Value::from_static(&FILENO)),
    (q::listen, Value::from_static(&LISTEN)),
    (q::makefile, Value::from_static(&MAKEFILE)),
    (q::read, Value::from_static(&READ)),
    (q::readinto, Value::from_static(&READINTO)),
    (q::readline, Value::from_static(&READLINE)),
    (q::recv, Value::from_static(&RECV)),
    (q::recvfrom, Value::from_static(&RECVFROM)),
    (q::send, Value::from_static(&SEND)),
    (q::sendall, Value::from_static(&SENDALL)),
    (q::sendto, Value::from_static(&SENDTO)),
    (q::setblocking, Value::from_static(&SETBLOCKING)),
    (q::setsockopt, Value::from_static(&SETSOCKOPT)),
    (q::settimeout, Value::from_static(&SETTIMEOUT)),
    (q::write, Value::from_static(&WRITE)),
]);

static TABLE: [(Qstr, Value); 15] = [
    (q::__name__, Value::qstr(q::socket)),
    (q::socket, Value::from_static(&SOCKET_TYPE)),
    (q::getaddrinfo, Value::from_static(&GETADDRINFO)),
    (q::AF_INET, Value::small_int(libc::AF_INET as isize)),
    (q::AF_INET6, Value::small_int(libc::AF_INET6 as isize)),
    (q::AF_UNIX, Value::small_int(libc::AF_UNIX as isize)),
    (q::SOCK_STREAM, Value::small_int(libc::SOCK_STREAM as isize)),
    (q::SOCK_DGRAM, Value::small_int(libc::SOCK_DGRAM as isize)),
    (q::SOCK_RAW, Value::small_int(libc::SOCK_RAW as isize)),
    (q::SOL_SOCKET, Value::small_int(libc::SOL_SOCKET as isize)),
    (q::SO_REUSEADDR, Value::small_int(libc::SO_REUSEADDR as isize)),
    (q::SO_BROADCAST, Value::small_int(libc::SO_BROADCAST as isize)),
    (q::IPPROTO_TCP, Value::small_int(libc::IPPROTO_TCP as isize)),
    (q::IPPROTO_UDP, Value::small_int(libc::IPPROTO_UDP as isize)),
    (q::TCP_NODELAY, Value::small_int(libc::TCP_NODELAY as isize)),
];

/// Builds the `socket` module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    module::new(vm, q::socket, &TABLE)
}
