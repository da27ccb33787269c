//! The `uctypes` module: C-like structures over memory. A descriptor (a dict of field name to
//! type-and-offset, see `desc.rs`) describes a layout; `uctypes.struct(address, descriptor
//! [, layout])` reads and writes fields at that address as Python values, with little-endian,
//! big-endian or native layouts, nested structures, arrays, pointers and bitfields.
//!
//! Addresses are raw: as in MicroPython the program is responsible for them (see the contract
//! in `memory.rs`, the only place that touches memory).

mod bytes_ref;
mod desc;
mod memory;

use alloc::format;
use alloc::string::String;

use crate::obj::buffer::Buffer;
use crate::obj::builtin_fn::BuiltinFn;
use crate::obj::bytearray::BYTEARRAY_TYPE;
use crate::obj::dict::{self, DICT_TYPE};
use crate::obj::{bytes, int, typecode, ObjHeader, PrintKind, Subscr, Type, UnaryOp};
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use desc::{Aggregate, Scalar};

#[repr(C)]
struct StructObj {
    header: ObjHeader,
    /// A dict (structure) or tuple (array or pointer) descriptor.
    desc: Value,
    addr: usize,
    layout: i64,
}

static STRUCT_TYPE: Type = Type {
    make_new: Some(struct_make_new),
    print: Some(struct_print),
    unary: Some(struct_unary),
    attr: Some(struct_attr),
    store_attr: Some(struct_store_attr),
    subscr: Some(struct_subscr),
    trace: Some(trace_struct),
    buffer: Some(struct_buffer),
    ..Type::builtin(q::struct_)
};

fn trace_struct(v: Value, m: &mut crate::gc::Marker) {
    m.mark(get(v).desc);
}

fn get<'a>(v: Value) -> &'a StructObj {
    // SAFETY: callers pass a `STRUCT_TYPE` object.
    unsafe { &*v.as_ptr::<StructObj>() }
}

fn new_struct(vm: &mut Vm, desc: Value, addr: usize, layout: i64) -> PyResult<Value> {
    let p = vm.alloc_obj::<StructObj>(&STRUCT_TYPE, 0)?;
    // SAFETY: fresh allocation; every field is written.
    unsafe {
        core::ptr::addr_of_mut!((*p).desc).write(desc);
        core::ptr::addr_of_mut!((*p).addr).write(addr);
        core::ptr::addr_of_mut!((*p).layout).write(layout);
    }
    Ok(Value::from_ptr(p))
}

/// `struct(address, descriptor[, layout])`; the layout is NATIVE by default.
fn struct_make_new(vm: &mut Vm, _ty: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("function doesn't take keyword arguments"));
    }
    if args.len() < 2 {
        return Err(
            vm.type_error(&format!("function missing {} required positional arguments", 2 - args.len()))
        );
    }
    if args.len() > 3 {
        return Err(vm.type_error(&format!("function expected at most 3 arguments, got {}", args.len())));
    }
    let addr = address(vm, args[0])?;
    let layout = match args.get(2) {
        Some(&l) => vm.to_i64(l)?,
        None => desc::NATIVE,
    };
    new_struct(vm, args[1], addr, layout)
}

/// An address argument: an int, truncated to a machine word as MicroPython does.
fn address(vm: &mut Vm, v: Value) -> PyResult<usize> {
    if !vm.is_int(v) {
        let t = vm.type_name(v);
        return Err(vm.type_error(&format!("can't convert {t} to int")));
    }
    Ok(typecode::truncated_bits(vm, v)? as usize)
}

fn struct_print(_vm: &mut Vm, v: Value, out: &mut String, _kind: PrintKind) -> PyResult<()> {
    let s = get(v);
    let kind = if _vm.native_of(s.desc, &DICT_TYPE).is_some() {
        "STRUCT"
    } else if let Some(items) = desc::as_tuple(s.desc) {
        match Aggregate::decode(items) {
            Ok(Aggregate::Ptr { .. }) => "PTR",
            Ok(Aggregate::ScalarArray { .. } | Aggregate::Array { .. }) => "ARRAY",
            _ => "unk",
        }
    } else {
        "ERROR"
    };
    out.push_str(&format!("<struct {kind} {:x}>", s.addr));
    Ok(())
}

/// Whether values are stored most significant byte first in layout `layout`.
fn big_endian(layout: i64) -> bool {
    if layout == desc::NATIVE {
        cfg!(target_endian = "big")
    } else {
        layout != desc::LITTLE_ENDIAN
    }
}

/// Reads the unsigned integer of `size` bytes at `addr` in `layout`'s byte order.
fn read_word(vm: &mut Vm, addr: usize, size: usize, layout: i64) -> PyResult<u64> {
    let raw = memory::read_uint(vm, addr, size)?;
    Ok(if big_endian(layout) == cfg!(target_endian = "big") { raw } else { swap(raw, size) })
}

fn write_word(vm: &mut Vm, addr: usize, size: usize, layout: i64, value: u64) -> PyResult<()> {
    let raw = if big_endian(layout) == cfg!(target_endian = "big") { value } else { swap(value, size) };
    memory::write_uint(vm, addr, size, raw)
}

/// Reverses the low `size` bytes of `v`.
fn swap(v: u64, size: usize) -> u64 {
    v.swap_bytes() >> (64 - 8 * size.clamp(1, 8))
}

/// The value of type `val_type` at `addr`.
fn load_scalar(vm: &mut Vm, addr: usize, val_type: u32, layout: i64) -> PyResult<Value> {
    let size = desc::scalar_size(val_type);
    let bits = read_word(vm, addr, size, layout)?;
    typecode::load(vm, desc::typecode(val_type), &bits.to_le_bytes()[..size], false)
}

fn store_scalar(vm: &mut Vm, addr: usize, val_type: u32, layout: i64, v: Value) -> PyResult<()> {
    let bits = typecode::encode(vm, desc::typecode(val_type), v)?;
    write_word(vm, addr, desc::scalar_size(val_type), layout, bits)
}

/// The dict descriptor of a structure, or TypeError.
fn fields(vm: &mut Vm, s: &StructObj) -> PyResult<Value> {
    vm.native_of(s.desc, &DICT_TYPE).ok_or_else(|| vm.type_error("struct: no fields"))
}

/// The descriptor of field `attr` (KeyError if there is none).
fn field(vm: &mut Vm, s: &StructObj, attr: Qstr) -> PyResult<Value> {
    let d = fields(vm, s)?;
    match dict::get_qstr(vm, d, attr) {
        Some(f) => Ok(f),
        None => Err(vm.key_error(Value::qstr(attr))),
    }
}

fn struct_attr(vm: &mut Vm, v: Value, attr: Qstr) -> PyResult<Option<Value>> {
    if vm.qstr_str(attr).starts_with("__") {
        return Ok(None);
    }
    let s = get(v);
    let f = field(vm, s, attr)?;
    if let Some(n) = f.small_int_value() {
        let sc = Scalar::decode(n as i64);
        let addr = s.addr.wrapping_add(sc.offset);
        if !desc::is_bitfield(sc.val_type) {
            return load_scalar(vm, addr, sc.val_type, s.layout).map(Some);
        }
        let word = read_word(vm, addr, sc.size(), s.layout)?;
        let value = (word >> sc.bit_pos) & ((1u64 << sc.bit_len) - 1);
        return int::from_u64(vm, value).map(Some);
    }
    let Some(items) = desc::as_tuple(f) else { return Err(desc::syntax_error(vm)) };
    let agg = Aggregate::decode(items).map_err(|e| e.raise(vm))?;
    let addr = s.addr.wrapping_add(agg.offset());
    match agg {
        Aggregate::Struct { desc, .. } => new_struct(vm, desc, addr, s.layout),
        Aggregate::ScalarArray { val_type: desc::UINT8, len, .. } => bytes_ref::new(vm, addr, len),
        _ => new_struct(vm, f, addr, s.layout),
    }
    .map(Some)
}

fn struct_store_attr(vm: &mut Vm, v: Value, attr: Qstr, value: Value) -> PyResult<bool> {
    if value.is_null() {
        return Ok(false);
    }
    let s = get(v);
    let f = field(vm, s, attr)?;
    let Some(n) = f.small_int_value() else { return Err(desc::syntax_error(vm)) };
    let sc = Scalar::decode(n as i64);
    let addr = s.addr.wrapping_add(sc.offset);
    if !desc::is_bitfield(sc.val_type) {
        store_scalar(vm, addr, sc.val_type, s.layout, value)?;
        return Ok(true);
    }
    let new = vm.to_i64(value)? as u64;
    let word = read_word(vm, addr, sc.size(), s.layout)?;
    let mask = ((1u64 << sc.bit_len) - 1) << sc.bit_pos;
    let word = (word & !mask) | ((new << sc.bit_pos) & mask);
    write_word(vm, addr, sc.size(), s.layout, word)?;
    Ok(true)
}

fn struct_subscr(vm: &mut Vm, v: Value, index: Value, op: Subscr) -> PyResult<Value> {
    if op == Subscr::Delete {
        return Err(vm.type_error("'struct' object doesn't support item deletion"));
    }
    let s = get(v);
    let (layout, base) = (s.layout, s.addr);
    let Some(items) = desc::as_tuple(s.desc) else { return Err(vm.type_error("struct: can't index")) };
    let agg = Aggregate::decode(items).map_err(|e| e.raise(vm))?;
    let i = vm.to_i64(index)?;
    let (val_type, addr, item) = match agg {
        Aggregate::ScalarArray { val_type, len, .. } => {
            let i = array_index(vm, i, len)?;
            (Some(val_type), base.wrapping_add(desc::scalar_size(val_type).wrapping_mul(i)), Value::NULL)
        }
        Aggregate::Array { len, item, .. } => {
            let i = array_index(vm, i, len)?;
            let size = desc::size_of(vm, item, layout).map_err(|e| e.raise(vm))?;
            (None, base.wrapping_add(size.wrapping_mul(i)), item)
        }
        Aggregate::Ptr { target, .. } => {
            let p = memory::read_uint(vm, base, core::mem::size_of::<usize>())? as usize;
            match target.small_int_value() {
                Some(t) => {
                    let val_type = Scalar::decode(t as i64).val_type;
                    let size = desc::scalar_size(val_type) as i64;
                    (Some(val_type), p.wrapping_add(size.wrapping_mul(i) as usize), Value::NULL)
                }
                None => {
                    let size = desc::size_of(vm, target, layout).map_err(|e| e.raise(vm))?;
                    (None, p.wrapping_add((size as i64).wrapping_mul(i) as usize), target)
                }
            }
        }
        Aggregate::Struct { .. } => return Err(vm.type_error("struct: can't index")),
    };
    // Values pointed to are in the machine's own layout.
    let layout = if matches!(agg, Aggregate::Ptr { .. }) { desc::NATIVE } else { layout };
    match (val_type, op) {
        (Some(t), Subscr::Load) => load_scalar(vm, addr, t, layout),
        (Some(t), Subscr::Store(x)) => {
            store_scalar(vm, addr, t, layout, x)?;
            Ok(Value::NONE)
        }
        (None, Subscr::Load) => new_struct(vm, item, addr, s.layout),
        _ => Err(vm.type_error("'struct' object doesn't support item assignment")),
    }
}

/// Checks an array index (negative indices are out of range: arrays have no end to count
/// back from in memory that is not ours).
fn array_index(vm: &mut Vm, i: i64, len: usize) -> PyResult<usize> {
    match usize::try_from(i) {
        Ok(i) if i < len => Ok(i),
        _ => Err(vm.index_error("struct: index out of range")),
    }
}

fn struct_unary(vm: &mut Vm, op: UnaryOp, v: Value) -> PyResult<Option<Value>> {
    let s = get(v);
    if op == UnaryOp::Int {
        if let Some(Ok(Aggregate::Ptr { .. })) = desc::as_tuple(s.desc).map(Aggregate::decode) {
            let p = memory::read_uint(vm, s.addr, core::mem::size_of::<usize>())?;
            return int::from_u64(vm, p).map(Some);
        }
    }
    if op == UnaryOp::Hash {
        return Err(vm.type_error("unsupported type for __hash__: 'struct'"));
    }
    Ok(None)
}

/// The buffer protocol gives the memory the structure describes.
fn struct_buffer(vm: &Vm, v: Value) -> Option<Buffer> {
    let s = get(v);
    let size = desc::size_of(vm, s.desc, s.layout).ok()?;
    Some(memory::buffer(s.addr, size))
}

/// `sizeof(struct_or_descriptor[, layout])`.
fn sizeof(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let obj = args[0];
    if obj.is_exact(&BYTEARRAY_TYPE) {
        return vm.unary_op(UnaryOp::Len, obj);
    }
    if obj.is_exact(&bytes_ref::BYTES_REF_TYPE) {
        return Ok(Value::small_int(bytes_ref::span(obj).1 as isize));
    }
    let (d, layout) = if obj.is_exact(&STRUCT_TYPE) {
        if args.len() != 1 {
            return Err(vm.raise_type(&crate::obj::exception::TYPE_ERROR_TYPE));
        }
        (get(obj).desc, get(obj).layout)
    } else {
        let layout = match args.get(1) {
            Some(&l) => vm.to_i64(l)?,
            None => desc::NATIVE,
        };
        (obj, layout)
    };
    let size = desc::size_of(vm, d, layout).map_err(|e| e.raise(vm))?;
    int::from_u64(vm, size as u64)
}

/// `addressof(obj)`: where the memory of an object with the buffer protocol starts.
fn addressof(vm: &mut Vm, obj: Value) -> PyResult<Value> {
    let buf = vm.buffer_arg(obj, false)?;
    int::from_u64(vm, buf.addr() as u64)
}

/// `bytes_at(addr, size)`: a copy of the memory.
fn bytes_at(vm: &mut Vm, addr: Value, size: Value) -> PyResult<Value> {
    let (addr, size) = (address(vm, addr)?, address(vm, size)?);
    let data = memory::read_bytes(vm, addr, size)?;
    bytes::new(vm, &data)
}

/// `bytearray_at(addr, size)`: a bytearray over the memory itself (checked when it is used).
fn bytearray_at(vm: &mut Vm, addr: Value, size: Value) -> PyResult<Value> {
    let (addr, size) = (address(vm, addr)?, address(vm, size)?);
    bytes_ref::new(vm, addr, size)
}

static SIZEOF: BuiltinFn = BuiltinFn::var(q::sizeof, 1, 2, sizeof);
static ADDRESSOF: BuiltinFn = BuiltinFn::f1(q::addressof, addressof);
static BYTES_AT: BuiltinFn = BuiltinFn::f2(q::bytes_at, bytes_at);
static BYTEARRAY_AT: BuiltinFn = BuiltinFn::f2(q::bytearray_at, bytearray_at);

const fn vt(t: u32) -> Value {
    Value::small_int(desc::val_type_const(t))
}

pub static TABLE: [(Qstr, Value); 38] = [
    (q::__name__, Value::qstr(q::uctypes)),
    (q::struct_, Value::from_static(&STRUCT_TYPE)),
    (q::sizeof, Value::from_static(&SIZEOF)),
    (q::addressof, Value::from_static(&ADDRESSOF)),
    (q::bytes_at, Value::from_static(&BYTES_AT)),
    (q::bytearray_at, Value::from_static(&BYTEARRAY_AT)),
    (q::NATIVE, Value::small_int(desc::NATIVE as isize)),
    (q::LITTLE_ENDIAN, Value::small_int(desc::LITTLE_ENDIAN as isize)),
    (q::BIG_ENDIAN, Value::small_int(desc::BIG_ENDIAN as isize)),
    (q::VOID, vt(desc::UINT8)),
    (q::UINT8, vt(desc::UINT8)),
    (q::INT8, vt(desc::INT8)),
    (q::UINT16, vt(desc::UINT16)),
    (q::INT16, vt(desc::INT16)),
    (q::UINT32, vt(desc::UINT32)),
    (q::INT32, vt(desc::INT32)),
    (q::UINT64, vt(desc::UINT64)),
    (q::INT64, vt(desc::INT64)),
    (q::BFUINT8, vt(desc::BFUINT8)),
    (q::BFINT8, vt(desc::BFINT8)),
    (q::BFUINT16, vt(desc::BFUINT16)),
    (q::BFINT16, vt(desc::BFINT16)),
    (q::BFUINT32, vt(desc::BFUINT32)),
    (q::BFINT32, vt(desc::BFINT32)),
    (q::BF_POS, Value::small_int(desc::BF_POS as isize)),
    (q::BF_LEN, Value::small_int(desc::BF_LEN as isize)),
    (q::FLOAT32, vt(desc::FLOAT32)),
    (q::FLOAT64, vt(desc::FLOAT64)),
    (q::SHORT, vt(desc::INT16)),
    (q::USHORT, vt(desc::UINT16)),
    (q::INT, vt(desc::INT32)),
    (q::UINT, vt(desc::UINT32)),
    (q::LONG, vt(if cfg!(target_pointer_width = "64") { desc::INT64 } else { desc::INT32 })),
    (q::ULONG, vt(if cfg!(target_pointer_width = "64") { desc::UINT64 } else { desc::UINT32 })),
    (q::LONGLONG, vt(desc::INT64)),
    (q::ULONGLONG, vt(desc::UINT64)),
    (q::PTR, Value::small_int(desc::agg_type_const(desc::PTR))),
    (q::ARRAY, Value::small_int(desc::agg_type_const(desc::ARRAY))),
];
