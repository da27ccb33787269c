//! Native streams: one object layout for in-memory streams (`io.StringIO`, `io.BytesIO`),
//! files opened through the port (`FileIO`, `TextIOWrapper`) and the console (`sys.stdin`,
//! `sys.stdout`, `sys.stderr` and their binary `.buffer`s), and the primitives every stream
//! method is built from: read, write, seek, flush and close.
//!
//! As in MicroPython, text streams hold UTF-8 bytes and count positions in bytes; they decode
//! what they return and count `read(n)` in characters.

use alloc::string::String;
use alloc::vec::Vec;

use super::{bytes, exception, storage, str as pystr, ObjHeader, PrintKind, Type};
use crate::gc::Marker;
use crate::obj::flags;
use crate::port::{errno, Whence};
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Where a stream's bytes come from and go to.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum Kind {
    Memory,
    File,
    Console,
}

/// Stream flags.
pub mod sflags {
    /// Reads return `str` (UTF-8 decoded); otherwise `bytes`.
    pub const TEXT: u8 = 1 << 0;
    pub const CLOSED: u8 = 1 << 1;
    pub const READABLE: u8 = 1 << 2;
    pub const WRITABLE: u8 = 1 << 3;
    /// Memory streams: `data` is the immutable `bytes`/`str` the stream was created from,
    /// shared until the first write copies it.
    pub const SHARED: u8 = 1 << 4;
}

/// Console file descriptors.
pub const STDIN: usize = 0;
pub const STDOUT: usize = 1;
pub const STDERR: usize = 2;

/// ESPIPE: the console cannot seek.
const ESPIPE: crate::port::Errno = 29;

#[repr(C)]
pub struct StreamObj {
    pub header: ObjHeader,
    pub kind: Kind,
    pub flags: u8,
    /// File: the port's handle. Console: the file descriptor (0, 1, 2).
    pub handle: usize,
    /// Memory: the byte buffer (or the shared `bytes`/`str`, see `SHARED`). Console text
    /// streams: the binary stream (`.buffer`). NULL otherwise.
    pub data: Value,
    /// Memory: bytes in use, bytes allocated, current position.
    pub len: usize,
    pub cap: usize,
    pub pos: usize,
}

pub static STRINGIO_TYPE: Type = Type {
    flags: flags::BASETYPE | flags::ITER_IS_SELF,
    locals: super::Locals::Static(&super::stream_methods::MEMORY_LOCALS),
    make_new: Some(crate::modules::io::stringio_make_new),
    ..STREAM_BASE
};

pub static BYTESIO_TYPE: Type = Type {
    flags: flags::BASETYPE | flags::ITER_IS_SELF,
    locals: super::Locals::Static(&super::stream_methods::MEMORY_LOCALS),
    make_new: Some(crate::modules::io::bytesio_make_new),
    ..Type { name: q::BytesIO, ..STREAM_BASE }
};

pub static TEXTIO_TYPE: Type = Type {
    flags: flags::ITER_IS_SELF,
    locals: super::Locals::Static(&super::stream_methods::FILE_LOCALS),
    attr: Some(stream_attr),
    ..Type { name: q::TextIOWrapper, ..STREAM_BASE }
};

pub static FILEIO_TYPE: Type = Type {
    flags: flags::ITER_IS_SELF,
    locals: super::Locals::Static(&super::stream_methods::FILE_LOCALS),
    ..Type { name: q::FileIO, ..STREAM_BASE }
};

const STREAM_BASE: Type = Type {
    print: Some(print_stream),
    iter: Some(iter_self),
    iternext: Some(super::stream_methods::iternext),
    trace: Some(trace_stream),
    ..Type::builtin(q::StringIO)
};

fn trace_stream(v: Value, m: &mut Marker) {
    m.mark(get(v).data);
}

fn iter_self(_vm: &mut Vm, v: Value) -> PyResult<Value> {
    Ok(v)
}

pub(crate) fn get<'a>(v: Value) -> &'a mut StreamObj {
    // SAFETY: callers pass a native stream (checked by `native`); short borrows only.
    unsafe { &mut *v.as_ptr::<StreamObj>() }
}

/// The native stream `v` is or holds (an instance of a subclass of `StringIO`/`BytesIO`).
pub fn native(vm: &Vm, v: Value) -> Option<Value> {
    if !v.is_obj() {
        return None;
    }
    for ty in [&TEXTIO_TYPE, &FILEIO_TYPE, &STRINGIO_TYPE, &BYTESIO_TYPE] {
        if v.is_exact(ty) {
            return Some(v);
        }
    }
    vm.native_of(v, &STRINGIO_TYPE).or_else(|| vm.native_of(v, &BYTESIO_TYPE))
}

fn alloc(vm: &mut Vm, ty: &'static Type, kind: Kind, flags: u8, handle: usize) -> PyResult<Value> {
    let p = vm.alloc_obj::<StreamObj>(ty, 0)?;
    // SAFETY: fresh, zeroed allocation; the remaining fields are zero/NULL as they should be.
    unsafe {
        (*p).kind = kind;
        (*p).flags = flags;
        (*p).handle = handle;
    }
    Ok(Value::from_ptr(p))
}

/// A new in-memory stream (text for `StringIO`), positioned at the start of `initial`.
/// `initial` is an immutable `bytes`/`str` object to share, or NULL; `capacity` preallocates.
pub fn new_memory(vm: &mut Vm, text: bool, initial: Value, capacity: usize) -> PyResult<Value> {
    let ty = if text { &STRINGIO_TYPE } else { &BYTESIO_TYPE };
    let mut f = sflags::READABLE | sflags::WRITABLE;
    if text {
        f |= sflags::TEXT;
    }
    let s = alloc(vm, ty, Kind::Memory, f, 0)?;
    if !initial.is_null() {
        let st = get(s);
        st.data = initial;
        st.len = pystr::obj_bytes(initial).len();
        st.cap = st.len;
        st.flags |= sflags::SHARED;
    } else if capacity > 0 {
        if capacity > vm.heap.total_bytes() {
            return Err(vm.memory_error(capacity));
        }
        let buf = storage::new_bytes(vm, capacity)?;
        let st = get(s);
        st.data = buf;
        st.cap = capacity;
    }
    Ok(s)
}

/// A stream over a file the port opened.
pub fn new_file(vm: &mut Vm, handle: usize, text: bool, readable: bool, writable: bool) -> PyResult<Value> {
    let mut f = 0;
    if text {
        f |= sflags::TEXT;
    }
    if readable {
        f |= sflags::READABLE;
    }
    if writable {
        f |= sflags::WRITABLE;
    }
    let ty = if text { &TEXTIO_TYPE } else { &FILEIO_TYPE };
    let s = alloc(vm, ty, Kind::File, f, handle)?;
    vm.open_files.push((s, handle));
    Ok(s)
}

/// A console stream (`fd` 0, 1 or 2): the text stream, whose `.buffer` is a binary one.
pub fn new_console(vm: &mut Vm, fd: usize) -> PyResult<Value> {
    let dir = if fd == STDIN { sflags::READABLE } else { sflags::WRITABLE };
    let buffer = alloc(vm, &FILEIO_TYPE, Kind::Console, dir, fd)?;
    let s = alloc(vm, &TEXTIO_TYPE, Kind::Console, dir | sflags::TEXT, fd)?;
    get(s).data = buffer;
    Ok(s)
}

fn stream_attr(_vm: &mut Vm, v: Value, attr: Qstr) -> PyResult<Option<Value>> {
    let s = get(v);
    Ok((attr == q::buffer && s.kind == Kind::Console).then_some(s.data))
}

fn print_stream(_vm: &mut Vm, v: Value, out: &mut String, _kind: PrintKind) -> PyResult<()> {
    let s = get(v);
    let name = if s.flags & sflags::TEXT != 0 { "TextIOWrapper" } else { "FileIO" };
    let text = match s.kind {
        Kind::Memory if s.flags & sflags::TEXT != 0 => alloc::format!("<io.StringIO 0x{:x}>", v.bits()),
        Kind::Memory => alloc::format!("<io.BytesIO 0x{:x}>", v.bits()),
        _ if s.flags & sflags::CLOSED != 0 => alloc::format!("<io.{name} -1>"),
        _ => alloc::format!("<io.{name} {}>", s.handle),
    };
    out.push_str(&text);
    Ok(())
}

/// The port's handle of a file or console stream (`None` for in-memory streams), for
/// `select.poll` and `fileno()`.
pub fn descriptor(v: Value) -> Option<usize> {
    let s = get(v);
    (s.kind != Kind::Memory).then_some(s.handle)
}

pub fn is_text(v: Value) -> bool {
    get(v).flags & sflags::TEXT != 0
}

/// Raises unless the stream is open.
pub fn check_open(vm: &mut Vm, v: Value) -> PyResult<()> {
    if get(v).flags & sflags::CLOSED != 0 {
        return Err(vm.value_error("I/O operation on closed file"));
    }
    Ok(())
}

/// Raises unless the stream is open and can do `flag` (READABLE or WRITABLE): `OSError(EBADF)`.
pub fn check_can(vm: &mut Vm, v: Value, flag: u8) -> PyResult<()> {
    check_open(vm, v)?;
    if get(v).flags & flag == 0 {
        return Err(vm.os_error(errno::EBADF));
    }
    Ok(())
}

/// The bytes of a memory stream (valid until its next write).
pub fn memory_bytes<'a>(v: Value) -> &'a [u8] {
    let s = get(v);
    if s.data.is_null() || s.len == 0 {
        return &[];
    }
    if s.flags & sflags::SHARED != 0 {
        return pystr::obj_bytes(s.data);
    }
    // SAFETY: the buffer holds `cap >= len` bytes.
    unsafe { core::slice::from_raw_parts(storage::bytes_ptr(s.data), s.len) }
}

/// Waits until reading handle `h` would not block. When a signal cuts the wait short it runs
/// the raised interrupts' handlers and the scheduled calls (or raises a pending
/// KeyboardInterrupt) first, so a program blocked on input still services its timers.
pub fn wait_readable(vm: &mut Vm, h: crate::port::FileHandle) -> PyResult<()> {
    while vm.port.wait_readable(h) == Err(errno::EINTR) {
        // Run what is queued, within reason: a call that keeps scheduling itself must not
        // keep the read from ever happening.
        for _ in 0..SCHEDULED_PER_WAKE {
            vm.handle_pending()?;
            if !vm.sched_pending() {
                break;
            }
        }
    }
    Ok(())
}

/// How many safe points a wait runs each time a signal wakes it.
const SCHEDULED_PER_WAKE: usize = 16;

/// One line of standard input with its newline; `None` at its end.
pub fn read_console_line(vm: &mut Vm) -> PyResult<Option<Vec<u8>>> {
    let mut line = Vec::new();
    let mut byte = [0u8; 1];
    loop {
        wait_readable(vm, STDIN)?;
        match vm.port.read_stdin(&mut byte) {
            Ok(1) => {
                line.push(byte[0]);
                if byte[0] == b'\n' {
                    break;
                }
            }
            Ok(_) => break,
            Err(e) => return Err(vm.os_error(e)),
        }
    }
    Ok((!line.is_empty()).then_some(line))
}

/// Reads up to `buf.len()` bytes (one port read for files: may return fewer before the end).
pub fn read_some(vm: &mut Vm, v: Value, buf: &mut [u8]) -> PyResult<usize> {
    let s = get(v);
    let r = match s.kind {
        Kind::Memory => {
            let data = memory_bytes(v);
            let start = s.pos.min(data.len());
            let n = buf.len().min(data.len() - start);
            buf[..n].copy_from_slice(&data[start..start + n]);
            s.pos = start + n;
            Ok(n)
        }
        Kind::File => {
            let h = s.handle;
            wait_readable(vm, h)?;
            vm.port.read(h, buf)
        }
        Kind::Console if s.handle == STDIN => {
            wait_readable(vm, STDIN)?;
            vm.port.read_stdin(buf)
        }
        Kind::Console => Err(errno::EBADF),
    };
    r.map_err(|e| vm.os_error(e))
}

/// Reads until `buf` is full or the stream ends; returns the bytes read.
pub fn read_full(vm: &mut Vm, v: Value, buf: &mut [u8]) -> PyResult<usize> {
    let mut done = 0;
    while done < buf.len() {
        let n = read_some(vm, v, &mut buf[done..])?;
        if n == 0 {
            break;
        }
        done += n;
    }
    Ok(done)
}

/// Reads everything up to the end of the stream.
pub fn read_to_end(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if get(v).kind == Kind::Memory {
        let s = get(v);
        let data = memory_bytes(v);
        let start = s.pos.min(data.len());
        s.pos = data.len();
        return Ok(data[start..].to_vec());
    }
    let mut out = Vec::new();
    let mut chunk = [0u8; 4096];
    loop {
        let n = read_some(vm, v, &mut chunk)?;
        if n == 0 {
            return Ok(out);
        }
        if out.len() + n > vm.heap.total_bytes() {
            return Err(vm.memory_error(out.len() + n));
        }
        out.extend_from_slice(&chunk[..n]);
    }
}

/// Writes all of `data`; returns its length.
pub fn write_all(vm: &mut Vm, v: Value, data: &[u8]) -> PyResult<usize> {
    let s = get(v);
    match s.kind {
        Kind::Memory => memory_write(vm, v, data)?,
        Kind::Console if s.handle == STDOUT => vm.port.write_stdout(data),
        Kind::Console if s.handle == STDERR => vm.port.write_stderr(data),
        Kind::Console => return Err(vm.os_error(errno::EBADF)),
        Kind::File => {
            let mut done = 0;
            while done < data.len() {
                match vm.port.write(s.handle, &data[done..]) {
                    Ok(0) => return Err(vm.os_error(errno::EIO)),
                    Ok(n) => done += n,
                    Err(e) => return Err(vm.os_error(e)),
                }
            }
        }
    }
    Ok(data.len())
}

/// Writes into a memory stream at its position, growing it (zero-filled past the end).
fn memory_write(vm: &mut Vm, v: Value, data: &[u8]) -> PyResult<()> {
    let (pos, len, cap, shared) = {
        let s = get(v);
        (s.pos, s.len, s.cap, s.flags & sflags::SHARED != 0)
    };
    let end = pos.checked_add(data.len()).ok_or_else(|| vm.memory_error(usize::MAX))?;
    let new_len = len.max(end);
    if shared || new_len > cap {
        if new_len > vm.heap.total_bytes() {
            return Err(vm.memory_error(new_len));
        }
        let new_cap = if shared { new_len } else { new_len.max(cap + cap / 2).max(16) };
        let buf = storage::new_bytes(vm, new_cap)?;
        let old = memory_bytes(v);
        // SAFETY: the new buffer has `new_cap >= len` bytes; the old data is a distinct object.
        unsafe { core::ptr::copy_nonoverlapping(old.as_ptr(), storage::bytes_ptr(buf), old.len()) };
        let s = get(v);
        let old_buf = core::mem::replace(&mut s.data, buf);
        if !shared && !old_buf.is_null() {
            vm.heap.free(old_buf.as_ptr());
        }
        s.cap = new_cap;
        s.flags &= !sflags::SHARED;
    }
    let s = get(v);
    // SAFETY: the buffer has `cap >= new_len` bytes, and `data` is not part of it (callers
    // copy arguments first); the gap between the old end and `pos` is zeroed.
    unsafe {
        let p = storage::bytes_ptr(s.data);
        if pos > len {
            core::ptr::write_bytes(p.add(len), 0, pos - len);
        }
        core::ptr::copy_nonoverlapping(data.as_ptr(), p.add(pos), data.len());
    }
    s.len = new_len;
    s.pos = end;
    Ok(())
}

/// Moves the position; returns the new one. Negative results from the current position or the
/// end clamp to 0 for memory streams (as MicroPython's); a negative absolute offset is EINVAL.
pub fn seek(vm: &mut Vm, v: Value, offset: i64, whence: Whence) -> PyResult<u64> {
    let s = get(v);
    let r = match s.kind {
        Kind::Memory => {
            let base = match whence {
                Whence::Start => 0,
                Whence::Current => s.pos as i64,
                Whence::End => s.len as i64,
            };
            if whence == Whence::Start && offset < 0 {
                Err(errno::EINVAL)
            } else {
                let p = base.saturating_add(offset).max(0);
                s.pos = usize::try_from(p).unwrap_or(usize::MAX);
                Ok(p as u64)
            }
        }
        Kind::File => vm.port.seek(s.handle, offset, whence),
        Kind::Console => Err(ESPIPE),
    };
    r.map_err(|e| vm.os_error(e))
}

pub fn flush(vm: &mut Vm, v: Value) -> PyResult<()> {
    let s = get(v);
    if s.kind == Kind::File {
        if let Err(e) = vm.port.flush(s.handle) {
            return Err(vm.os_error(e));
        }
    }
    Ok(())
}

/// Closes the stream (a second close does nothing).
pub fn close(vm: &mut Vm, v: Value) -> PyResult<()> {
    let s = get(v);
    if s.flags & sflags::CLOSED != 0 {
        return Ok(());
    }
    s.flags |= sflags::CLOSED;
    match s.kind {
        Kind::File => {
            vm.open_files.retain(|&(f, _)| f != v);
            vm.port.close(s.handle).map_err(|e| vm.os_error(e))
        }
        Kind::Memory => {
            if s.flags & sflags::SHARED == 0 && !s.data.is_null() {
                vm.heap.free(s.data.as_ptr());
            }
            s.data = Value::NULL;
            s.flags &= !sflags::SHARED;
            s.len = 0;
            s.cap = 0;
            s.pos = 0;
            Ok(())
        }
        Kind::Console => Ok(()),
    }
}

/// The value a read returns: `str` (UTF-8 checked) for text streams, `bytes` otherwise.
pub fn result_value(vm: &mut Vm, v: Value, data: &[u8]) -> PyResult<Value> {
    if !is_text(v) {
        return bytes::new(vm, data);
    }
    match core::str::from_utf8(data) {
        Ok(s) => pystr::new(vm, s),
        Err(_) => Err(vm.raise_type(&exception::UNICODE_ERROR_TYPE)),
    }
}
