//! `bytes`: an immutable byte string, sharing the `str` object layout.

use alloc::string::String;
use alloc::vec::Vec;

use super::str::{self as pystr, StrObj};
use super::str_methods::{bind, codec};
use super::type_;
use super::{seq, slice, ObjHeader, PrintKind, Subscr, Type, UnaryOp};
use crate::bytecode::opcodes::BinaryOp;
use crate::obj::flags;
use crate::qstr::q;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub static BYTES_TYPE: Type = Type {
    flags: flags::BASETYPE,
    locals: super::Locals::Static(&super::bytes_methods::BYTES_LOCALS),
    make_new: Some(bytes_make_new),
    print: Some(bytes_print),
    unary: Some(bytes_unary),
    binary: Some(bytes_binary),
    subscr: Some(bytes_subscr),
    iter: Some(bytes_iter),
    contains: Some(bytes_contains),
    buffer: Some(bytes_buffer),
    ..Type::builtin(q::bytes)
};

fn bytes_buffer(_vm: &Vm, v: Value) -> Option<super::buffer::Buffer> {
    Some(super::buffer::Buffer::read_only(data(v), b'B'))
}

/// The empty bytes object (shared, so `b""` allocates nothing).
pub static EMPTY_BYTES: StrObj = StrObj { header: ObjHeader::of(&BYTES_TYPE), len_flags: 0, hash: 0 };

pub fn new(vm: &mut Vm, data: &[u8]) -> PyResult<Value> {
    if data.is_empty() {
        return Ok(Value::from_static(&EMPTY_BYTES));
    }
    pystr::new_of_type(vm, &BYTES_TYPE, data)
}

#[inline]
pub fn is_bytes(v: Value) -> bool {
    v.is_exact(&BYTES_TYPE)
}

/// The contents of a bytes object.
pub fn data<'a>(v: Value) -> &'a [u8] {
    pystr::obj_bytes(v)
}

/// Writes the `b'...'` repr of `data`.
pub fn repr_into(data: &[u8], out: &mut String) {
    repr_quoted(data, false, out);
}

/// Writes the `b'...'` part of a bytearray's repr, which (as in CPython) escapes `'` even
/// when the quotes are double ones.
pub fn bytearray_repr_into(data: &[u8], out: &mut String) {
    repr_quoted(data, true, out);
}

fn repr_quoted(data: &[u8], always_escape_single: bool, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') { b'"' } else { b'\'' };
    out.reserve(data.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &b in data {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            b'\'' if always_escape_single || quote == b'\'' => out.push_str("\\'"),
            0x20..=0x7E => out.push(b as char),
            _ => {
                out.push_str("\\x");
                out.push(HEX[(b >> 4) as usize] as char);
                out.push(HEX[(b & 15) as usize] as char);
            }
        }
    }
    out.push(quote as char);
}

fn bytes_print(vm: &mut Vm, v: Value, out: &mut String, _kind: PrintKind) -> PyResult<()> {
    let d = vm.bytes_of(v).unwrap_or_default();
    repr_into(d, out);
    Ok(())
}

/// The bytes `bytes(x)` makes from an int count, an iterable of ints, or a buffer.
pub fn bytes_from(vm: &mut Vm, src: Value) -> PyResult<Vec<u8>> {
    if vm.is_int(src) {
        // A count too big for a machine word raises OverflowError.
        let n = vm.to_i64(src)?;
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        if n as u64 > pystr::MAX_LEN as u64 {
            return Err(vm.memory_error(n as usize));
        }
        return Ok(alloc::vec![0; n as usize]);
    }
    if let Some(d) = vm.bytes_of(src) {
        return Ok(d.to_vec());
    }
    if vm.text_of(src).is_some() {
        return Err(vm.type_error("string argument without an encoding"));
    }
    let mut out = Vec::new();
    for x in vm.iter_to_vec(src)? {
        if !vm.is_int(x) && !vm.type_of(x).is_class() {
            let t = vm.type_name(x);
            return Err(vm.type_error(&alloc::format!("'{t}' object cannot be interpreted as an integer")));
        }
        let n = vm.to_i64(x)?;
        if !(0..=255).contains(&n) {
            return Err(vm.value_error("bytes must be in range(0, 256)"));
        }
        out.push(n as u8);
    }
    Ok(out)
}

fn bytes_make_new(vm: &mut Vm, ty: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let mut all = Vec::with_capacity(args.len() + 1);
    all.push(Value::NONE);
    all.extend_from_slice(args);
    let [src, enc, errors] = bind(vm, "bytes", &all, kw, [q::source, q::encoding, q::errors], 0)?;
    let r = if src.is_null() {
        Value::from_static(&EMPTY_BYTES)
    } else if let Some(s) = vm.text_of(src) {
        if enc.is_null() {
            return Err(vm.type_error("string argument without an encoding"));
        }
        let e = codec::encoding_arg(vm, enc)?;
        let errors = codec::errors_arg(vm, errors)?;
        let d = codec::encode(vm, s, e, errors)?;
        new(vm, &d)?
    } else if !enc.is_null() || !errors.is_null() {
        return Err(vm.type_error("encoding without a string argument"));
    } else if is_bytes(src) && core::ptr::eq(type_::get(ty), &BYTES_TYPE) {
        src
    } else if vm.type_of(src).is_class()
        && vm.lookup_in_mro(Value::from_ptr(vm.type_of(src)), q::__bytes__).is_some()
    {
        let r = vm.call_method(src, q::__bytes__, &[])?;
        if !is_bytes(r) {
            let t = vm.type_name(r);
            return Err(vm.type_error(&alloc::format!("__bytes__ returned non-bytes (type {t})")));
        }
        r
    } else {
        let d = bytes_from(vm, src)?;
        new(vm, &d)?
    };
    vm.wrap_native_subclass(ty, &BYTES_TYPE, r)
}

fn bytes_unary(vm: &mut Vm, op: UnaryOp, v: Value) -> PyResult<Option<Value>> {
    let d = data(v);
    Ok(match op {
        UnaryOp::Bool => Some(Value::from_bool(!d.is_empty())),
        UnaryOp::Len => Some(Value::small_int(d.len() as isize)),
        UnaryOp::Hash => Some(Value::small_int(pystr::hash(vm, v) as isize)),
        _ => None,
    })
}

fn bytes_binary(
    vm: &mut Vm,
    op: BinaryOp,
    this: Value,
    other: Value,
    swapped: bool,
) -> PyResult<Option<Value>> {
    let a = data(this);
    match op {
        BinaryOp::Add | BinaryOp::InplaceAdd => {
            // `x + bytes` is x's to define: a memoryview, say, has no `+`.
            let Some(b) = vm.bytes_of(other).filter(|_| !swapped) else { return Ok(None) };
            // Adding nothing returns the other bytes object itself (no allocation, as in
            // MicroPython, so it works under `micropython.heap_lock()`).
            if b.is_empty() && this.is_exact(&BYTES_TYPE) {
                return Ok(Some(this));
            }
            if a.is_empty() && other.is_exact(&BYTES_TYPE) {
                return Ok(Some(other));
            }
            let mut all = Vec::with_capacity(a.len() + b.len());
            if swapped {
                all.extend_from_slice(b);
                all.extend_from_slice(a);
            } else {
                all.extend_from_slice(a);
                all.extend_from_slice(b);
            }
            new(vm, &all).map(Some)
        }
        BinaryOp::Multiply | BinaryOp::InplaceMultiply => {
            let Some(n) = seq::repeat_count(vm, other, a.len())? else { return Ok(None) };
            new(vm, &a.repeat(n)).map(Some)
        }
        BinaryOp::Modulo if !swapped => super::str_format::percent_bytes(vm, a, other).map(Some),
        BinaryOp::Equal
        | BinaryOp::NotEqual
        | BinaryOp::Less
        | BinaryOp::LessEqual
        | BinaryOp::More
        | BinaryOp::MoreEqual => {
            // bytes compare with bytes-like objects except arrays (as in CPython and MicroPython).
            if vm.native_of(other, &super::array::ARRAY_TYPE).is_some() {
                return Ok(None);
            }
            let Some(b) = vm.bytes_of(other) else { return Ok(None) };
            let ord = if swapped { b.cmp(a) } else { a.cmp(b) };
            Ok(Some(Value::from_bool(crate::vm::compare::ordering_matches(op, ord))))
        }
        _ => Ok(None),
    }
}

fn bytes_subscr(vm: &mut Vm, v: Value, index: Value, op: Subscr) -> PyResult<Value> {
    if op != Subscr::Load {
        return Err(vm.type_error("'bytes' object doesn't support item assignment"));
    }
    let d = data(v);
    if slice::is_slice(index) {
        let r = seq::slice_range(vm, index, d.len())?;
        if r.step == 1 {
            let start = r.start.max(0) as usize;
            if r.count == d.len() && is_bytes(v) {
                return Ok(v);
            }
            return new(vm, &d[start..start + r.count]);
        }
        let picked: Vec<u8> = r.indices().map(|i| d[i]).collect();
        return new(vm, &picked);
    }
    let i = seq::index(vm, index, d.len(), "bytes")?;
    Ok(Value::small_int(d[i] as isize))
}

fn bytes_iter(vm: &mut Vm, v: Value) -> PyResult<Value> {
    super::iter::seq_iter(vm, v)
}

fn bytes_contains(vm: &mut Vm, v: Value, item: Value) -> PyResult<bool> {
    let d = data(v);
    if let Some(n) = item.small_int_value() {
        if !(0..=255).contains(&n) {
            return Err(vm.value_error("byte must be in range(0, 256)"));
        }
        return Ok(d.contains(&(n as u8)));
    }
    let Some(sub) = vm.bytes_of(item) else {
        let t = vm.type_name(item);
        return Err(vm.type_error(&alloc::format!("a bytes-like object is required, not '{t}'")));
    };
    Ok(super::str_methods::algo::find(d, sub).is_some())
}
