//! A bytearray over memory at a raw address (`uctypes.bytearray_at`, and `UINT8` array fields
//! of structures): reading or writing it reads or writes that memory, as MicroPython's
//! bytearray "by reference". It prints, indexes, iterates and exposes its buffer like a
//! bytearray but cannot change size; stored ints are truncated to a byte (MicroPython 1.x).

use alloc::string::String;

use super::memory;
use crate::obj::buffer::Buffer;
use crate::obj::{bytearray, bytes, seq, slice, typecode, ObjHeader, PrintKind, Subscr, Type, UnaryOp};
use crate::qstr::q;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

#[repr(C)]
struct BytesRefObj {
    header: ObjHeader,
    addr: usize,
    len: usize,
}

pub static BYTES_REF_TYPE: Type = Type {
    print: Some(bytes_ref_print),
    unary: Some(bytes_ref_unary),
    subscr: Some(bytes_ref_subscr),
    iter: Some(crate::obj::iter::seq_iter),
    buffer: Some(bytes_ref_buffer),
    ..Type::builtin(q::bytearray)
};

/// A bytearray over the `len` bytes at `addr`.
pub fn new(vm: &mut Vm, addr: usize, len: usize) -> PyResult<Value> {
    let p = vm.alloc_obj::<BytesRefObj>(&BYTES_REF_TYPE, 0)?;
    // SAFETY: fresh allocation; every field is written.
    unsafe {
        (*p).addr = addr;
        (*p).len = len;
    }
    Ok(Value::from_ptr(p))
}

/// `(address, length)` of a bytes-by-reference object.
pub fn span(v: Value) -> (usize, usize) {
    // SAFETY: callers pass a `BYTES_REF_TYPE` object.
    let o = unsafe { &*v.as_ptr::<BytesRefObj>() };
    (o.addr, o.len)
}

fn bytes_ref_buffer(_vm: &Vm, v: Value) -> Option<Buffer> {
    let (addr, len) = span(v);
    Some(memory::buffer(addr, len))
}

fn bytes_ref_print(vm: &mut Vm, v: Value, out: &mut String, _kind: PrintKind) -> PyResult<()> {
    let (addr, len) = span(v);
    let data = memory::read_bytes(vm, addr, len)?;
    out.push_str("bytearray(");
    bytes::bytearray_repr_into(&data, out);
    out.push(')');
    Ok(())
}

fn bytes_ref_unary(_vm: &mut Vm, op: UnaryOp, v: Value) -> PyResult<Option<Value>> {
    let len = span(v).1;
    Ok(match op {
        UnaryOp::Bool => Some(Value::from_bool(len != 0)),
        UnaryOp::Len => Some(Value::small_int(len as isize)),
        _ => None,
    })
}

fn bytes_ref_subscr(vm: &mut Vm, v: Value, index: Value, op: Subscr) -> PyResult<Value> {
    let (addr, len) = span(v);
    if slice::is_slice(index) {
        if op != Subscr::Load {
            return Err(vm.type_error("bytearray by reference can't change size"));
        }
        let r = seq::slice_range(vm, index, len)?;
        let data = memory::read_bytes(vm, addr, len)?;
        let picked: alloc::vec::Vec<u8> = r.indices().filter_map(|i| data.get(i).copied()).collect();
        return bytearray::new(vm, &picked);
    }
    // Stored ints are truncated to a byte, as MicroPython 1.x's bytearrays do.
    let stored = match op {
        Subscr::Store(x) => Some(typecode::truncated_bits(vm, x)? as u8),
        _ => None,
    };
    let i = seq::index(vm, index, len, "bytearray")?;
    match (op, stored) {
        (Subscr::Load, _) => Ok(Value::small_int(memory::read_uint(vm, addr.saturating_add(i), 1)? as isize)),
        (Subscr::Store(_), Some(b)) => {
            memory::write_uint(vm, addr.saturating_add(i), 1, b as u64)?;
            Ok(Value::NONE)
        }
        _ => Err(vm.type_error("bytearray by reference can't change size")),
    }
}
