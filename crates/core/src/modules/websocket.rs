//! The `websocket` module: `websocket(sock[, blocking_write])`, a stream that reads and
//! writes WebSocket (RFC 6455) frames over another stream, as MicroPython's low-level helper
//! for WebREPL: reads return the payload of data frames (unmasking them and joining
//! fragments), ping/pong frames are skipped, a close frame is answered and reads as the end of
//! the stream; each write sends one unmasked frame of the current type (text by default,
//! changed with `ioctl(9, type)`).
//!
//! Payloads of 64-bit length are not supported: the stream is closed and `OSError(EIO)`
//! raised, as MicroPython does.

use alloc::vec::Vec;

use crate::gc::Marker;
use crate::obj::builtin_fn::BuiltinFn;
use crate::obj::stream::{self, sflags};
use crate::obj::{stream_pull, Locals, ObjHeader, Type};
use crate::port::{errno, Errno};
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

const OPCODE_MASK: u8 = 0x0f;
const FRAME_CONT: u8 = 0;
const FRAME_TXT: u8 = 1;
const FRAME_CLOSE: u8 = 8;
/// `opts` bit: switch the socket to blocking mode around each write.
const BLOCKING_WRITE: u8 = 0x80;

/// `ioctl` requests (MicroPython's stream ioctl numbers).
const IOCTL_CLOSE: i64 = 4;
const IOCTL_GET_DATA_OPTS: i64 = 8;
const IOCTL_SET_DATA_OPTS: i64 = 9;

const ENOBUFS: Errno = 105;

/// What the reader expects next.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
enum State {
    /// The two header bytes.
    Header,
    /// The extended length and/or mask.
    Options,
    /// The payload of a data frame.
    Payload,
    /// The payload of a control frame.
    Control,
}

#[repr(C)]
struct WebsocketObj {
    header: ObjHeader,
    sock: Value,
    /// Payload bytes of the current frame still to read.
    msg_len: u32,
    mask: [u8; 4],
    state: State,
    /// Header bytes still to read into `buf`, and how many are there.
    to_recv: u8,
    buf_pos: u8,
    mask_pos: u8,
    buf: [u8; 6],
    /// Frame type for writes, plus `BLOCKING_WRITE`.
    opts: u8,
    /// Flags of the last data frame, and of the current frame.
    data_flags: u8,
    frame_flags: u8,
}

static WEBSOCKET_TYPE: Type = Type {
    locals: Locals::Static(&WEBSOCKET_LOCALS),
    make_new: Some(websocket_make_new),
    trace: Some(trace_websocket),
    ..Type::builtin(q::websocket)
};

fn trace_websocket(v: Value, m: &mut Marker) {
    m.mark(get(v).sock);
}

fn get<'a>(v: Value) -> &'a mut WebsocketObj {
    // SAFETY: callers pass a websocket object; short borrows only, re-taken after any call
    // into the socket.
    unsafe { &mut *v.as_ptr::<WebsocketObj>() }
}

fn this(vm: &mut Vm, v: Value) -> PyResult<Value> {
    vm.native_of(v, &WEBSOCKET_TYPE).ok_or_else(|| vm.type_error("expected a websocket"))
}

fn websocket_make_new(vm: &mut Vm, _ty: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    vm.check_args("websocket", args, kw, 1, 2)?;
    let mut opts = FRAME_TXT;
    if args.get(1) == Some(&Value::TRUE) {
        opts |= BLOCKING_WRITE;
    }
    let p = vm.alloc_obj::<WebsocketObj>(&WEBSOCKET_TYPE, 0)?;
    // SAFETY: fresh allocation; every field is written.
    unsafe {
        p.write(WebsocketObj {
            header: ObjHeader::of(&WEBSOCKET_TYPE),
            sock: args[0],
            msg_len: 0,
            mask: [0; 4],
            state: State::Header,
            to_recv: 2,
            buf_pos: 0,
            mask_pos: 0,
            buf: [0; 6],
            opts,
            data_flags: 0,
            frame_flags: 0,
        });
    }
    Ok(Value::from_ptr(p))
}

/// Reads up to `buf.len()` bytes from the socket (0 at its end).
fn sock_read(vm: &mut Vm, sock: Value, buf: &mut [u8]) -> PyResult<usize> {
    if let Some(s) = stream::native(vm, sock) {
        stream::check_can(vm, s, sflags::READABLE)?;
        return stream::read_some(vm, s, buf);
    }
    let Some(read) = vm.load_method_opt(sock, q::read)? else {
        return Err(vm.attribute_error_for(sock, q::read));
    };
    let r = vm.call_method_pair(read, &[Value::small_int(buf.len() as isize)])?;
    if r.is_none() {
        return Err(vm.os_error(errno::EAGAIN));
    }
    let Some(data) = vm.bytes_of(r) else {
        return Err(vm.type_error("object with buffer protocol required"));
    };
    let n = data.len().min(buf.len());
    buf[..n].copy_from_slice(&data[..n]);
    Ok(n)
}

fn sock_write(vm: &mut Vm, sock: Value, data: &[u8]) -> PyResult<()> {
    crate::obj::iobase::write_bytes(vm, sock, data)
}

fn sock_close(vm: &mut Vm, sock: Value) -> PyResult<()> {
    if let Some(s) = stream::native(vm, sock) {
        return stream::close(vm, s);
    }
    if let Some(m) = vm.load_method_opt(sock, q::close)? {
        vm.call_method_pair(m, &[])?;
    }
    Ok(())
}

/// Reads payload bytes into `out`: the count, 0 at the end of the stream, or `Err(EAGAIN)`
/// when a header arrived only in part.
fn ws_read(vm: &mut Vm, w: Value, out: &mut [u8]) -> PyResult<Result<usize, Errno>> {
    let sock = get(w).sock;
    loop {
        let o = get(w);
        if o.to_recv != 0 {
            let (start, end) = (o.buf_pos as usize, (o.buf_pos + o.to_recv) as usize);
            let mut part = [0u8; 6];
            let n = sock_read(vm, sock, &mut part[..end - start])?;
            if n == 0 {
                return Ok(Ok(0));
            }
            let o = get(w);
            o.buf[start..start + n].copy_from_slice(&part[..n]);
            o.buf_pos += n as u8;
            o.to_recv -= n as u8;
            if o.to_recv != 0 {
                return Ok(Err(errno::EAGAIN));
            }
        }
        let o = get(w);
        match o.state {
            State::Header => {
                let flags = o.buf[0];
                o.frame_flags = flags;
                o.data_flags = if flags & OPCODE_MASK == FRAME_CONT {
                    (o.data_flags & OPCODE_MASK) | (flags & !OPCODE_MASK)
                } else {
                    flags
                };
                o.mask = [0; 4];
                let len = o.buf[1] & 0x7f;
                let mut to_recv = 0;
                if len == 126 {
                    to_recv += 2;
                } else if len == 127 {
                    sock_close(vm, sock)?;
                    return Err(vm.os_error(errno::EIO));
                }
                if o.buf[1] & 0x80 != 0 {
                    to_recv += 4;
                }
                o.buf_pos = 0;
                o.to_recv = to_recv;
                o.msg_len = len as u32;
                o.state = if to_recv != 0 { State::Options } else { payload_state(flags) };
            }
            State::Options => {
                let n = o.buf_pos as usize;
                if n & 2 != 0 {
                    o.msg_len = u16::from_be_bytes([o.buf[0], o.buf[1]]) as u32;
                }
                if n & 4 != 0 {
                    o.mask.copy_from_slice(&o.buf[n - 4..n]);
                }
                o.buf_pos = 0;
                o.state = payload_state(o.frame_flags);
            }
            State::Payload | State::Control => {
                let mut got = 0;
                if o.msg_len != 0 {
                    let want = out.len().min(o.msg_len as usize);
                    got = sock_read(vm, sock, &mut out[..want])?;
                    if got == 0 {
                        return Ok(Ok(0));
                    }
                    let o = get(w);
                    for b in &mut out[..got] {
                        *b ^= o.mask[(o.mask_pos & 3) as usize];
                        o.mask_pos = o.mask_pos.wrapping_add(1);
                    }
                    o.msg_len -= got as u32;
                }
                let o = get(w);
                if o.msg_len == 0 {
                    let ended = o.state;
                    o.state = State::Header;
                    o.to_recv = 2;
                    o.mask_pos = 0;
                    o.buf_pos = 0;
                    if ended == State::Control {
                        if o.frame_flags & OPCODE_MASK == FRAME_CLOSE {
                            // Answer a close frame; the stream has ended (a failed answer
                            // does not matter any more).
                            if write_frame(vm, w, &[0x88, 0], &[]).is_err() {
                                vm.take_exc();
                            }
                            return Ok(Ok(0));
                        }
                        continue;
                    }
                }
                if got != 0 {
                    return Ok(Ok(got));
                }
            }
        }
    }
}

fn payload_state(flags: u8) -> State {
    if flags & OPCODE_MASK >= FRAME_CLOSE {
        State::Control
    } else {
        State::Payload
    }
}

/// Writes a frame header and payload, in blocking mode if asked to.
fn write_frame(vm: &mut Vm, w: Value, header: &[u8], payload: &[u8]) -> PyResult<()> {
    let (sock, blocking) = (get(w).sock, get(w).opts & BLOCKING_WRITE != 0);
    if blocking {
        set_blocking(vm, sock, true)?;
    }
    let r = sock_write(vm, sock, header).and_then(|_| sock_write(vm, sock, payload));
    if blocking {
        set_blocking(vm, sock, false)?;
    }
    r
}

fn set_blocking(vm: &mut Vm, sock: Value, on: bool) -> PyResult<()> {
    let Some(m) = vm.load_method_opt(sock, q::setblocking)? else {
        return Err(vm.attribute_error_for(sock, q::setblocking));
    };
    vm.call_method_pair(m, &[Value::from_bool(on)])?;
    Ok(())
}

/// Reads into `out` until it is full or the stream ends; `None` if nothing could be read
/// without waiting.
fn read_full(vm: &mut Vm, w: Value, out: &mut [u8]) -> PyResult<Option<usize>> {
    let mut done = 0;
    while done < out.len() {
        match ws_read(vm, w, &mut out[done..])? {
            Ok(0) => break,
            Ok(n) => done += n,
            Err(e) if done == 0 => {
                return if e == errno::EAGAIN { Ok(None) } else { Err(vm.os_error(e)) };
            }
            Err(_) => break,
        }
    }
    Ok(Some(done))
}

/// `read([size])`.
fn read(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let w = this(vm, args[0])?;
    let limit = stream_pull::size_arg(vm, args.get(1))?;
    stream_pull::read(vm, limit, &mut |vm, out| read_full(vm, w, out))
}

/// `readinto(buf[, size])`.
fn readinto(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let w = this(vm, args[0])?;
    stream_pull::readinto(vm, args[1], args.get(2).copied(), &mut |vm, out| read_full(vm, w, out))
}

/// `readline([size])`.
fn readline(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let w = this(vm, args[0])?;
    let limit = stream_pull::size_arg(vm, args.get(1))?;
    stream_pull::readline(vm, limit, &mut |vm, out| read_full(vm, w, out))
}

/// `write(buf)`: sends one frame; returns the payload length.
fn write(vm: &mut Vm, v: Value, data: Value) -> PyResult<Value> {
    let w = this(vm, v)?;
    let payload = vm.buffer_arg(data, false)?.data().to_vec();
    if payload.len() >= 0x10000 {
        return Err(vm.os_error(ENOBUFS));
    }
    let first = 0x80 | (get(w).opts & OPCODE_MASK);
    let header: Vec<u8> = if payload.len() < 126 {
        alloc::vec![first, payload.len() as u8]
    } else {
        let [hi, lo] = (payload.len() as u16).to_be_bytes();
        alloc::vec![first, 126, hi, lo]
    };
    write_frame(vm, w, &header, &payload)?;
    Ok(Value::small_int(payload.len() as isize))
}

/// `ioctl(request[, arg])`: 4 closes, 8 gets the last data frame's type, 9 sets the type of
/// frames written (returning the old one).
fn ioctl(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let w = this(vm, args[0])?;
    let request = vm.to_i64(args[1])?;
    let arg = match args.get(2) {
        Some(&a) => crate::obj::typecode::truncated_bits(vm, a)?,
        None => 0,
    };
    let o = get(w);
    let r = match request {
        IOCTL_CLOSE => {
            let sock = o.sock;
            sock_close(vm, sock)?;
            0
        }
        IOCTL_GET_DATA_OPTS => o.data_flags & OPCODE_MASK,
        IOCTL_SET_DATA_OPTS => {
            let old = o.opts & OPCODE_MASK;
            o.opts = (o.opts & !OPCODE_MASK) | (arg as u8 & OPCODE_MASK);
            old
        }
        _ => return Err(vm.os_error(errno::EINVAL)),
    };
    Ok(Value::small_int(r as isize))
}

fn close(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let w = this(vm, v)?;
    let sock = get(w).sock;
    sock_close(vm, sock)?;
    Ok(Value::NONE)
}

static READ: BuiltinFn = BuiltinFn::var(q::read, 1, 2, read);
static READINTO: BuiltinFn = BuiltinFn::var(q::readinto, 2, 3, readinto);
static READLINE: BuiltinFn = BuiltinFn::var(q::readline, 1, 2, readline);
static WRITE: BuiltinFn = BuiltinFn::f2(q::write, write);
static IOCTL: BuiltinFn = BuiltinFn::var(q::ioctl, 2, 3, ioctl);
static CLOSE: BuiltinFn = BuiltinFn::f1(q::close, close);

static WEBSOCKET_LOCALS: [(Qstr, Value); 6] = crate::obj::sorted_table([
    (q::read, Value::from_static(&READ)),
    (q::readinto, Value::from_static(&READINTO)),
    (q::readline, Value::from_static(&READLINE)),
    (q::write, Value::from_static(&WRITE)),
    (q::ioctl, Value::from_static(&IOCTL)),
    (q::close, Value::from_static(&CLOSE)),
]);

pub static TABLE: [(Qstr, Value); 2] =
    [(q::__name__, Value::qstr(q::websocket)), (q::websocket, Value::from_static(&WEBSOCKET_TYPE))];
