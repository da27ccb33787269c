//! `io.IOBase`, the base class of streams written in Python, and the helpers that read from and
//! write to any stream object: native streams directly; classes derived from `io.IOBase`
//! through their `readinto(buf)`/`write(buf)` methods with MicroPython's protocol (a
//! `bytearray` goes in; the result is a count, `None` for "try again", or a negative errno; a
//! count larger than asked is EIO); other objects through `read()`/`write()`, as in CPython.
//!
//! `print(file=...)`, `sys.print_exception` and the modules that take streams (`json`, ...)
//! use these helpers.

use alloc::string::String;
use alloc::vec::Vec;

use super::stream::{self, sflags};
use super::{bytearray, bytes, str as pystr, PrintKind, Type};
use crate::obj::flags;
use crate::port::errno;
use crate::qstr::q;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub static IOBASE_TYPE: Type = Type {
    flags: flags::BASETYPE,
    make_new: Some(iobase_make_new),
    print: Some(print_iobase),
    ..Type::builtin(q::IOBase)
};

/// Every `io.IOBase()` is the same object: the class has no state of its own.
static IOBASE_SINGLETON: super::ObjHeader = super::ObjHeader::of(&IOBASE_TYPE);

fn iobase_make_new(_vm: &mut Vm, _ty: Value, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::from_static(&IOBASE_SINGLETON))
}

fn print_iobase(_vm: &mut Vm, _v: Value, out: &mut String, _kind: PrintKind) -> PyResult<()> {
    out.push_str("<IOBase>");
    Ok(())
}

/// Whether `v` is `io.IOBase()` or an instance of a class derived from it.
fn is_iobase(vm: &Vm, v: Value) -> bool {
    let t = vm.type_of(v);
    v.is_exact(&IOBASE_TYPE) || t.is_class() && vm.is_subclass_of_static(t, &IOBASE_TYPE)
}

/// Calls `readinto` or `write` of an `IOBase` subclass with a bytearray of `data`; returns the
/// count it reports (0 for `None`, "try again", which ends the transfer quietly as in
/// MicroPython) and the bytearray.
fn call_rw(vm: &mut Vm, obj: Value, method: crate::qstr::Qstr, data: &[u8]) -> PyResult<(usize, Value)> {
    let buf = bytearray::new(vm, data)?;
    let r = vm.call_method(obj, method, &[buf])?;
    if r.is_none() {
        return Ok((0, buf));
    }
    let n = vm.to_i64(r)?;
    if n < 0 {
        let e = n.unsigned_abs().min(i32::MAX as u64) as i32;
        return Err(vm.os_error(e));
    }
    if n as u64 > data.len() as u64 {
        return Err(vm.os_error(errno::EIO));
    }
    Ok((n as usize, buf))
}

/// Whether `v` can be written to: a native stream, an `IOBase`, or an object with `write`.
pub fn is_writable_stream(vm: &mut Vm, v: Value) -> PyResult<bool> {
    if stream::native(vm, v).is_some() || is_iobase(vm, v) {
        return Ok(true);
    }
    Ok(vm.load_method_opt(v, q::write)?.is_some())
}

/// Writes `data` to any stream. `text` is its decoding for plain objects with a `write`
/// method (which get a `str` when it is given, `bytes` otherwise).
fn write_any(vm: &mut Vm, target: Value, data: &[u8], text: Option<&str>) -> PyResult<()> {
    if let Some(s) = stream::native(vm, target) {
        stream::check_can(vm, s, sflags::WRITABLE)?;
        stream::write_all(vm, s, data)?;
        return Ok(());
    }
    if is_iobase(vm, target) {
        let mut done = 0;
        while done < data.len() {
            let (n, _) = call_rw(vm, target, q::write, &data[done..])?;
            if n == 0 {
                break;
            }
            done += n;
        }
        return Ok(());
    }
    let Some(method) = vm.load_method_opt(target, q::write)? else {
        return Err(vm.attribute_error_for(target, q::write));
    };
    let arg = match text {
        Some(t) => pystr::new(vm, t)?,
        None => bytes::new(vm, data)?,
    };
    vm.call_method_pair(method, &[arg])?;
    Ok(())
}

/// Writes text to any stream (UTF-8 for native and `IOBase` streams).
pub fn write_text(vm: &mut Vm, target: Value, text: &str) -> PyResult<()> {
    write_any(vm, target, text.as_bytes(), Some(text))
}

/// Writes bytes to any stream.
pub fn write_bytes(vm: &mut Vm, target: Value, data: &[u8]) -> PyResult<()> {
    write_any(vm, target, data, None)
}

/// Reads the rest of any stream as bytes (a `str` result from a plain object's `read()` is
/// encoded as UTF-8).
pub fn read_all(vm: &mut Vm, source: Value) -> PyResult<Vec<u8>> {
    if let Some(s) = stream::native(vm, source) {
        stream::check_can(vm, s, sflags::READABLE)?;
        return stream::read_to_end(vm, s);
    }
    if is_iobase(vm, source) {
        // One byte per `readinto` call, as MicroPython's stream readers ask a Python stream.
        let mut out = Vec::new();
        loop {
            let (n, buf) = call_rw(vm, source, q::readinto, &[0u8])?;
            if n == 0 {
                return Ok(out);
            }
            if out.len() >= vm.heap.total_bytes() {
                return Err(vm.memory_error(out.len() + 1));
            }
            out.extend_from_slice(&bytearray::data(buf)[..n.min(1)]);
        }
    }
    let Some(method) = vm.load_method_opt(source, q::read)? else {
        return Err(vm.attribute_error_for(source, q::read));
    };
    let r = vm.call_method_pair(method, &[])?;
    if let Some(t) = vm.text_of(r) {
        return Ok(t.as_bytes().to_vec());
    }
    match vm.bytes_of(r) {
        Some(b) => Ok(b.to_vec()),
        None => Err(vm.type_error("read() should return str or bytes")),
    }
}
