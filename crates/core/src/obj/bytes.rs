//! `bytes`: an immutable byte string, sharing the `str` object layout.

use alloc::string::String;
use alloc::vec::Vec;

use super::str::{self as pystr, StrObj};
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
    ..Type::builtin(q::bytes)
};

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
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') { '"' } else { '\'' };
    out.push('b');
    out.push(quote);
    for &b in data {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            b if b as char == quote => {
                out.push('\\');
                out.push(b as char);
            }
            0x20..=0x7E => out.push(b as char),
            _ => out.push_str(&alloc::format!("\\x{b:02x}")),
        }
    }
    out.push(quote);
}

fn bytes_print(vm: &mut Vm, v: Value, out: &mut String, _kind: PrintKind) -> PyResult<()> {
    let d = vm.bytes_of(v).unwrap_or_default();
    repr_into(&d, out);
    Ok(())
}

/// The bytes `bytes(x)` makes from an int count, an iterable of ints, or a buffer.
pub fn bytes_from(vm: &mut Vm, src: Value) -> PyResult<Vec<u8>> {
    if let Some(n) = src.small_int_value() {
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        if n as usize > pystr::MAX_LEN {
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
        let n = vm.to_i64(x)?;
        if !(0..=255).contains(&n) {
            return Err(vm.value_error("bytes must be in range(0, 256)"));
        }
        out.push(n as u8);
    }
    Ok(out)
}

fn bytes_make_new(vm: &mut Vm, ty: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let mut pos = args.to_vec();
    for pair in kw.chunks(2) {
        match vm.qstr_of(pair[0]) {
            Some(q::encoding) | Some(q::errors) => pos.push(pair[1]),
            _ => return Err(vm.type_error("unexpected keyword argument")),
        }
    }
    let r = match pos.as_slice() {
        [] => Value::from_static(&EMPTY_BYTES),
        [src] => {
            let d = bytes_from(vm, *src)?;
            new(vm, &d)?
        }
        [s, ..] if pos.len() <= 3 => match vm.text_of(*s) {
            Some(t) => new(vm, t.as_bytes())?,
            None => return Err(vm.type_error("encoding without a string argument")),
        },
        _ => return Err(vm.type_error("bytes() takes at most 3 arguments")),
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
            let Some(b) = vm.bytes_of(other) else { return Ok(None) };
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
        return Err(vm.type_error("a bytes-like object is required"));
    };
    Ok(sub.is_empty() || d.windows(sub.len()).any(|w| w == sub))
}
