//! `array.array`: a growable vector of machine numbers of one typecode (`b B h H i I l L q Q
//! f d`), stored packed in a `ByteVec` and exposed through the buffer protocol. Slicing copies
//! (a memoryview shares). As in MicroPython, any bytes-like object may be added or extended
//! with (its bytes taken as items), and ints that do not fit an item are truncated.

use alloc::string::String;
use alloc::vec::Vec;

use super::buffer::{self, Buffer};
use super::builtin_fn::BuiltinFn;
use super::bytevec::{self, ByteVec};
use super::typecode::{self, Num};
use super::{
    bytearray, bytes, float, int, list, seq, slice, str as pystr, ObjHeader, PrintKind, Subscr, Type, UnaryOp,
};
use crate::bytecode::opcodes::BinaryOp;
use crate::gc::Marker;
use crate::obj::flags;
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

#[repr(C)]
pub struct ArrayObj {
    pub header: ObjHeader,
    typecode: usize,
    /// The items, packed in native layout (`len` is in bytes).
    vec: ByteVec,
}

pub static ARRAY_TYPE: Type = Type {
    flags: flags::BASETYPE,
    locals: super::Locals::Static(&ARRAY_LOCALS),
    make_new: Some(array_make_new),
    print: Some(array_print),
    unary: Some(array_unary),
    binary: Some(array_binary),
    attr: Some(array_attr),
    subscr: Some(array_subscr),
    iter: Some(super::iter::seq_iter),
    contains: Some(array_contains),
    trace: Some(trace_array),
    buffer: Some(array_buffer),
    ..Type::builtin(q::array)
};

const BIG_ENDIAN: bool = cfg!(target_endian = "big");

fn trace_array(v: Value, m: &mut Marker) {
    m.mark(vec(v).buf);
}

fn vec(v: Value) -> &'static mut ByteVec {
    // SAFETY: callers pass an array; short borrows only.
    unsafe { &mut (*v.as_ptr::<ArrayObj>()).vec }
}

fn tc(v: Value) -> u8 {
    // SAFETY: callers pass an array.
    unsafe { (*v.as_ptr::<ArrayObj>()).typecode as u8 }
}

fn item_size(v: Value) -> usize {
    typecode::native_size(tc(v)).map_or(1, |(size, _)| size)
}

/// Number of items.
fn count(v: Value) -> usize {
    vec(v).len / item_size(v)
}

fn array_buffer(_vm: &Vm, v: Value) -> Option<Buffer> {
    let b = vec(v);
    // SAFETY: the byte buffer holds `len` bytes until the array is next resized.
    Some(unsafe { Buffer::writable(b.ptr(), b.len, tc(v)) })
}

/// Replaces items `start..end` with the items packed in `src`.
fn splice(vm: &mut Vm, v: Value, start: usize, end: usize, src: &[u8]) -> PyResult<()> {
    let size = item_size(v);
    bytevec::splice(vm, v, vec, start * size..end * size, src, vm.heap.total_bytes())
}

/// A new array of typecode `tc` holding the packed items `data`.
pub fn new(vm: &mut Vm, tc: u8, data: &[u8]) -> PyResult<Value> {
    let p = vm.alloc_obj::<ArrayObj>(&ARRAY_TYPE, 0)?;
    // SAFETY: fresh allocation.
    unsafe { (*p).typecode = tc as usize };
    let v = Value::from_ptr(p);
    if !data.is_empty() {
        bytevec::splice(vm, v, vec, 0..0, data, vm.heap.total_bytes())?;
    }
    Ok(v)
}

/// Packs the items of an iterable.
fn pack_items(vm: &mut Vm, tc: u8, src: Value) -> PyResult<Vec<u8>> {
    let size = typecode::native_size(tc).map_or(1, |(s, _)| s);
    let items = vm.iter_to_vec(src)?;
    let mut out = alloc::vec![0u8; items.len() * size];
    for (x, dst) in items.into_iter().zip(out.chunks_exact_mut(size)) {
        let bits = typecode::encode(vm, tc, x)?;
        typecode::write(bits, dst, BIG_ENDIAN);
    }
    Ok(out)
}

fn typecode_arg(vm: &mut Vm, v: Value) -> PyResult<u8> {
    let Some(s) = vm.text_of(v).filter(|s| s.chars().count() == 1) else {
        let t = vm.type_name(v);
        return Err(vm.type_error(&alloc::format!("array() argument 1 must be a unicode character, not {t}")));
    };
    match s.as_bytes() {
        [c] if typecode::is_array_typecode(*c) => Ok(*c),
        _ => Err(vm.value_error("bad typecode")),
    }
}

fn array_make_new(vm: &mut Vm, ty: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    vm.check_args("array", args, kw, 1, 2)?;
    let code = typecode_arg(vm, args[0])?;
    let data = match args.get(1) {
        None => Vec::new(),
        Some(&init) => {
            let raw = vm
                .native_of(init, &bytes::BYTES_TYPE)
                .or_else(|| vm.native_of(init, &bytearray::BYTEARRAY_TYPE));
            match raw.and_then(|r| vm.bytes_of(r)) {
                Some(d) => {
                    let size = typecode::native_size(code).map_or(1, |(s, _)| s);
                    d[..d.len() / size * size].to_vec()
                }
                None => pack_items(vm, code, init)?,
            }
        }
    };
    let a = new(vm, code, &data)?;
    vm.wrap_native_subclass(ty, &ARRAY_TYPE, a)
}

fn load_at(vm: &mut Vm, v: Value, i: usize) -> PyResult<Value> {
    let size = item_size(v);
    let mut item = [0u8; 8];
    let src = vec(v).data().get(i * size..(i + 1) * size).unwrap_or_default();
    let item = item.get_mut(..src.len()).unwrap_or_default();
    item.copy_from_slice(src);
    typecode::load(vm, tc(v), item, BIG_ENDIAN)
}

fn array_print(vm: &mut Vm, v: Value, out: &mut String, _kind: PrintKind) -> PyResult<()> {
    out.push_str("array('");
    out.push(tc(v) as char);
    out.push('\'');
    let n = count(v);
    if n > 0 {
        out.push_str(", [");
        for i in 0..n.min(count(v)) {
            if i > 0 {
                out.push_str(", ");
            }
            let x = load_at(vm, v, i)?;
            vm.print_value(x, out, PrintKind::Repr)?;
        }
        out.push(']');
    }
    out.push(')');
    Ok(())
}

fn array_unary(_vm: &mut Vm, op: UnaryOp, v: Value) -> PyResult<Option<Value>> {
    Ok(match op {
        UnaryOp::Bool => Some(Value::from_bool(vec(v).len != 0)),
        UnaryOp::Len => Some(Value::small_int(count(v) as isize)),
        _ => None,
    })
}

fn array_attr(vm: &mut Vm, v: Value, attr: Qstr) -> PyResult<Option<Value>> {
    let Some(a) = vm.native_of(v, &ARRAY_TYPE) else { return Ok(None) };
    Ok(match attr {
        q::typecode => Some(pystr::new(vm, core::str::from_utf8(&[tc(a)]).unwrap_or("B"))?),
        q::itemsize => Some(Value::small_int(item_size(a) as isize)),
        _ => None,
    })
}

fn array_binary(
    vm: &mut Vm,
    op: BinaryOp,
    this: Value,
    other: Value,
    swapped: bool,
) -> PyResult<Option<Value>> {
    match op {
        BinaryOp::Multiply | BinaryOp::InplaceMultiply => {
            let Some(n) = seq::repeat_count(vm, other, vec(this).len)? else { return Ok(None) };
            let d = vec(this).data().repeat(n);
            if op == BinaryOp::InplaceMultiply {
                let len = count(this);
                splice(vm, this, 0, len, &d)?;
                return Ok(Some(this));
            }
            return new(vm, tc(this), &d).map(Some);
        }
        BinaryOp::InplaceAdd => {
            extend(vm, this, other)?;
            return Ok(Some(this));
        }
        _ => {}
    }
    let Some(o) = vm.bytes_buffer_of(other) else { return Ok(None) };
    match op {
        BinaryOp::Add if !swapped => {
            let size = item_size(this);
            let rhs = o.data();
            let mut all = Vec::with_capacity(vec(this).len + rhs.len());
            all.extend_from_slice(vec(this).data());
            all.extend_from_slice(&rhs[..rhs.len() / size * size]);
            new(vm, tc(this), &all).map(Some)
        }
        BinaryOp::Equal
        | BinaryOp::NotEqual
        | BinaryOp::Less
        | BinaryOp::LessEqual
        | BinaryOp::More
        | BinaryOp::MoreEqual => {
            // As in CPython, an array compares only with arrays.
            if vm.native_of(other, &ARRAY_TYPE).is_none() {
                return Ok(None);
            }
            let a = array_buffer(vm, this).unwrap_or(Buffer::read_only(&[], b'B'));
            let r = if swapped { buffer::compare(op, &o, &a) } else { buffer::compare(op, &a, &o) };
            Ok(Some(Value::from_bool(r)))
        }
        _ => Ok(None),
    }
}

/// Appends the items of `src`: the bytes of a bytes-like object (whole items only), else
/// the values of an iterable.
fn extend(vm: &mut Vm, a: Value, src: Value) -> PyResult<()> {
    let end = count(a);
    if let Some(d) = vm.bytes_of(src) {
        let size = item_size(a);
        return splice(vm, a, end, end, &d[..d.len() / size * size]);
    }
    let packed = pack_items(vm, tc(a), src)?;
    let end = count(a);
    splice(vm, a, end, end, &packed)
}

/// The value an item search compares against, if it is a number.
fn needle(vm: &mut Vm, x: Value) -> PyResult<Option<Num>> {
    if let Some(f) = float::as_f64(vm, x)?.filter(|_| float::is_float(vm, x)) {
        return Ok(Some(Num::Float(f)));
    }
    Ok(match int::as_int(vm, x) {
        Some(int::Int::Small(n)) => Some(Num::Int(n as i128)),
        Some(int::Int::Big(b)) => b.to_i128().map(Num::Int),
        None => None,
    })
}

/// Index of the first item equal to `x` in `from..`.
fn find(vm: &mut Vm, a: Value, x: Value, from: usize) -> PyResult<Option<usize>> {
    let Some(n) = needle(vm, x)? else { return Ok(None) };
    let (code, size) = (tc(a), item_size(a));
    Ok(vec(a)
        .data()
        .chunks_exact(size)
        .enumerate()
        .skip(from)
        .find(|(_, c)| typecode::number(code, c) == n)
        .map(|(i, _)| i))
}

fn array_contains(vm: &mut Vm, v: Value, x: Value) -> PyResult<bool> {
    Ok(find(vm, v, x, 0)?.is_some())
}

fn subscr_slice(vm: &mut Vm, v: Value, index: Value, op: Subscr) -> PyResult<Value> {
    let r = seq::slice_range(vm, index, count(v))?;
    let size = item_size(v);
    let start = r.start.max(0) as usize;
    match op {
        Subscr::Load => {
            let d = vec(v).data();
            let mut picked = Vec::with_capacity(r.count * size);
            for i in r.indices() {
                picked.extend_from_slice(d.get(i * size..(i + 1) * size).unwrap_or_default());
            }
            new(vm, tc(v), &picked)
        }
        Subscr::Delete if r.step == 1 => {
            splice(vm, v, start, start + r.count, &[])?;
            Ok(Value::NONE)
        }
        Subscr::Delete => {
            let mut drop = alloc::vec![false; count(v)];
            for i in r.indices() {
                if let Some(d) = drop.get_mut(i) {
                    *d = true;
                }
            }
            let keep: Vec<u8> = vec(v)
                .data()
                .chunks_exact(size)
                .zip(&drop)
                .filter(|(_, &d)| !d)
                .flat_map(|(c, _)| c.iter().copied())
                .collect();
            let n = count(v);
            splice(vm, v, 0, n, &keep)?;
            Ok(Value::NONE)
        }
        Subscr::Store(src) => {
            let Some(s) = vm.bytes_buffer_of(src) else {
                return Err(vm.not_implemented("array/bytes required on right side"));
            };
            if s.item_size() != size {
                return Err(vm.value_error("lhs and rhs should be compatible"));
            }
            if r.step == 1 {
                splice(vm, v, start, start + r.count, s.data())?;
                return Ok(Value::NONE);
            }
            let values = s.data().to_vec();
            if values.len() != r.count * size {
                return Err(vm.value_error(&alloc::format!(
                    "attempt to assign array of size {} to extended slice of size {}",
                    values.len() / size,
                    r.count
                )));
            }
            let d = vec(v).data_mut();
            for (i, item) in r.indices().zip(values.chunks_exact(size)) {
                if let Some(dst) = d.get_mut(i * size..(i + 1) * size) {
                    dst.copy_from_slice(item);
                }
            }
            Ok(Value::NONE)
        }
    }
}

fn array_subscr(vm: &mut Vm, v: Value, index: Value, op: Subscr) -> PyResult<Value> {
    if slice::is_slice(index) {
        return subscr_slice(vm, v, index, op);
    }
    let bits = match op {
        Subscr::Store(x) => Some(typecode::encode(vm, tc(v), x)?),
        _ => None,
    };
    let i = seq::index(vm, index, count(v), "array")?;
    match op {
        Subscr::Load => load_at(vm, v, i),
        Subscr::Store(_) => {
            let size = item_size(v);
            if let (Some(bits), Some(dst)) = (bits, vec(v).data_mut().get_mut(i * size..(i + 1) * size)) {
                typecode::write(bits, dst, BIG_ENDIAN);
            }
            Ok(Value::NONE)
        }
        Subscr::Delete => {
            splice(vm, v, i, i + 1, &[])?;
            Ok(Value::NONE)
        }
    }
}

fn this(vm: &mut Vm, v: Value) -> PyResult<Value> {
    vm.native_of(v, &ARRAY_TYPE).ok_or_else(|| vm.type_error("descriptor requires an 'array' object"))
}

fn m_append(vm: &mut Vm, v: Value, x: Value) -> PyResult<Value> {
    let a = this(vm, v)?;
    let bits = typecode::encode(vm, tc(a), x)?;
    let mut item = [0u8; 8];
    let item = &mut item[..item_size(a)];
    typecode::write(bits, item, BIG_ENDIAN);
    let end = count(a);
    splice(vm, a, end, end, item)?;
    Ok(Value::NONE)
}

fn m_extend(vm: &mut Vm, v: Value, src: Value) -> PyResult<Value> {
    let a = this(vm, v)?;
    extend(vm, a, src)?;
    Ok(Value::NONE)
}

fn m_insert(vm: &mut Vm, v: Value, i: Value, x: Value) -> PyResult<Value> {
    let a = this(vm, v)?;
    let i = vm.to_index(i, "array")?;
    let bits = typecode::encode(vm, tc(a), x)?;
    let mut item = [0u8; 8];
    let item = &mut item[..item_size(a)];
    typecode::write(bits, item, BIG_ENDIAN);
    let n = count(a) as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    splice(vm, a, at, at, item)?;
    Ok(Value::NONE)
}

fn m_pop(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let a = this(vm, args[0])?;
    let i = match args.get(1) {
        Some(&i) => vm.to_index(i, "array")?,
        None => -1,
    };
    let n = count(a) as i64;
    if n == 0 {
        return Err(vm.index_error("pop from empty array"));
    }
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("pop index out of range"));
    }
    let x = load_at(vm, a, j as usize)?;
    splice(vm, a, j as usize, j as usize + 1, &[])?;
    Ok(x)
}

fn m_remove(vm: &mut Vm, v: Value, x: Value) -> PyResult<Value> {
    let a = this(vm, v)?;
    match find(vm, a, x, 0)? {
        Some(i) => {
            splice(vm, a, i, i + 1, &[])?;
            Ok(Value::NONE)
        }
        None => Err(vm.value_error("array.remove(x): x not in array")),
    }
}

fn m_index(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let a = this(vm, args[0])?;
    let from = match args.get(2) {
        Some(&s) => {
            let s = vm.to_index(s, "array")?;
            let n = count(a) as i64;
            (if s < 0 { (s + n).max(0) } else { s }) as usize
        }
        None => 0,
    };
    match find(vm, a, args[1], from)? {
        Some(i) => Ok(Value::small_int(i as isize)),
        None => Err(vm.value_error("array.index(x): x not in array")),
    }
}

fn m_count(vm: &mut Vm, v: Value, x: Value) -> PyResult<Value> {
    let a = this(vm, v)?;
    let Some(n) = needle(vm, x)? else { return Ok(Value::small_int(0)) };
    let (code, size) = (tc(a), item_size(a));
    let c = vec(a).data().chunks_exact(size).filter(|c| typecode::number(code, c) == n).count();
    Ok(Value::small_int(c as isize))
}

fn m_reverse(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let a = this(vm, v)?;
    let size = item_size(a);
    let d = vec(a).data_mut();
    d.reverse();
    d.chunks_exact_mut(size).for_each(|c| c.reverse());
    Ok(Value::NONE)
}

fn m_byteswap(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let a = this(vm, v)?;
    let size = item_size(a);
    vec(a).data_mut().chunks_exact_mut(size).for_each(|c| c.reverse());
    Ok(Value::NONE)
}

fn m_tobytes(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let a = this(vm, v)?;
    let d = vec(a).data().to_vec();
    bytes::new(vm, &d)
}

fn m_frombytes(vm: &mut Vm, v: Value, src: Value) -> PyResult<Value> {
    let a = this(vm, v)?;
    let Some(d) = vm.bytes_of(src) else {
        let t = vm.type_name(src);
        return Err(vm.type_error(&alloc::format!("a bytes-like object is required, not '{t}'")));
    };
    if d.len() % item_size(a) != 0 {
        return Err(vm.value_error("bytes length not a multiple of item size"));
    }
    let end = count(a);
    splice(vm, a, end, end, d)?;
    Ok(Value::NONE)
}

fn m_tolist(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let a = this(vm, v)?;
    let mut items = Vec::with_capacity(count(a));
    for i in 0..count(a) {
        items.push(load_at(vm, a, i)?);
    }
    list::new(vm, &items)
}

static APPEND: BuiltinFn = BuiltinFn::f2(q::append, m_append);
static EXTEND: BuiltinFn = BuiltinFn::f2(q::extend, m_extend);
static INSERT: BuiltinFn = BuiltinFn::f3(q::insert, m_insert);
static POP: BuiltinFn = BuiltinFn::var(q::pop, 1, 2, m_pop);
static REMOVE: BuiltinFn = BuiltinFn::f2(q::remove, m_remove);
static INDEX: BuiltinFn = BuiltinFn::var(q::index, 2, 3, m_index);
static COUNT: BuiltinFn = BuiltinFn::f2(q::count, m_count);
static REVERSE: BuiltinFn = BuiltinFn::f1(q::reverse, m_reverse);
static BYTESWAP: BuiltinFn = BuiltinFn::f1(q::byteswap, m_byteswap);
static TOBYTES: BuiltinFn = BuiltinFn::f1(q::tobytes, m_tobytes);
static FROMBYTES: BuiltinFn = BuiltinFn::f2(q::frombytes, m_frombytes);
static TOLIST: BuiltinFn = BuiltinFn::f1(q::tolist, m_tolist);

static ARRAY_LOCALS: [(Qstr, Value); 12] = super::sorted_table([
    (q::append, Value::from_static(&APPEND)),
    (q::extend, Value::from_static(&EXTEND)),
    (q::insert, Value::from_static(&INSERT)),
    (q::pop, Value::from_static(&POP)),
    (q::remove, Value::from_static(&REMOVE)),
    (q::index, Value::from_static(&INDEX)),
    (q::count, Value::from_static(&COUNT)),
    (q::reverse, Value::from_static(&REVERSE)),
    (q::byteswap, Value::from_static(&BYTESWAP)),
    (q::tobytes, Value::from_static(&TOBYTES)),
    (q::frombytes, Value::from_static(&FROMBYTES)),
    (q::tolist, Value::from_static(&TOLIST)),
]);
