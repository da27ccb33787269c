//! `bytearray`: a mutable, growable byte buffer (a `ByteVec`: a slice borrowed from a
//! bytearray is invalid after any call that can resize it).

use alloc::string::String;
use alloc::vec::Vec;
use core::ops::Range;

use super::buffer::Buffer;
use super::builtin_fn::BuiltinFn;
use super::bytes_methods::{byte_value, with_shared, SHARED_METHODS};
use super::bytevec::{self, ByteVec};
use super::str_methods::{bind, codec};
use super::{bytes, seq, slice, ObjHeader, PrintKind, Subscr, Type, UnaryOp};
use crate::bytecode::opcodes::BinaryOp;
use crate::gc::Marker;
use crate::obj::flags;
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

#[repr(C)]
pub struct ByteArrayObj {
    pub header: ObjHeader,
    pub vec: ByteVec,
}

pub static BYTEARRAY_TYPE: Type = Type {
    flags: flags::BASETYPE,
    locals: super::Locals::Static(&BYTEARRAY_LOCALS),
    make_new: Some(bytearray_make_new),
    print: Some(bytearray_print),
    unary: Some(bytearray_unary),
    binary: Some(bytearray_binary),
    subscr: Some(bytearray_subscr),
    iter: Some(super::iter::seq_iter),
    contains: Some(bytearray_contains),
    trace: Some(trace_bytearray),
    buffer: Some(bytearray_buffer),
    ..Type::builtin(q::bytearray)
};

fn trace_bytearray(v: Value, m: &mut Marker) {
    m.mark(vec(v).buf);
}

fn vec(v: Value) -> &'static mut ByteVec {
    // SAFETY: callers pass a bytearray; short borrows only.
    unsafe { &mut (*v.as_ptr::<ByteArrayObj>()).vec }
}

fn bytearray_buffer(_vm: &Vm, v: Value) -> Option<Buffer> {
    let b = vec(v);
    // SAFETY: the byte buffer holds `len` bytes until the bytearray is next resized.
    Some(unsafe { Buffer::writable(b.ptr(), b.len, b'B') })
}

/// The contents (valid until the bytearray is next resized).
pub fn data<'a>(v: Value) -> &'a [u8] {
    vec(v).data()
}

fn data_mut<'a>(v: Value) -> &'a mut [u8] {
    vec(v).data_mut()
}

/// `b[i] = byte` when `i < len(b)`; false (nothing stored) otherwise.
#[inline(always)]
pub(crate) fn set_byte_in_range(b: Value, i: usize, byte: u8) -> bool {
    match data_mut(b).get_mut(i) {
        Some(slot) => {
            *slot = byte;
            true
        }
        None => false,
    }
}

/// Replaces `range` of the contents with `src`.
fn splice(vm: &mut Vm, v: Value, range: Range<usize>, src: &[u8]) -> PyResult<()> {
    bytevec::splice(vm, v, vec, range, src, super::str::MAX_LEN)
}

pub fn new(vm: &mut Vm, d: &[u8]) -> PyResult<Value> {
    let p = vm.alloc_obj::<ByteArrayObj>(&BYTEARRAY_TYPE, 0)?;
    let v = Value::from_ptr(p);
    if !d.is_empty() {
        splice(vm, v, 0..0, d)?;
    }
    Ok(v)
}

/// Replaces the contents.
pub fn set_data(vm: &mut Vm, v: Value, d: &[u8]) -> PyResult<()> {
    splice(vm, v, 0..vec(v).len, d)
}

/// The bytes an `extend`/slice-assignment source stands for: a buffer, or an iterable of ints.
fn source_bytes(vm: &mut Vm, src: Value) -> PyResult<Vec<u8>> {
    if let Some(d) = vm.bytes_of(src) {
        return Ok(d.to_vec());
    }
    if vm.text_of(src).is_some() || vm.is_int(src) {
        let t = vm.type_name(src);
        return Err(vm.type_error(&alloc::format!("can't assign {t} to bytearray")));
    }
    bytes::bytes_from(vm, src)
}

fn bytearray_make_new(vm: &mut Vm, ty: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let mut all = Vec::with_capacity(args.len() + 1);
    all.push(Value::NONE);
    all.extend_from_slice(args);
    let [src, enc, errors] = bind(vm, "bytearray", &all, kw, [q::source, q::encoding, q::errors], 0)?;
    let d = if src.is_null() {
        Vec::new()
    } else if let Some(s) = vm.text_of(src) {
        if enc.is_null() {
            return Err(vm.type_error("string argument without an encoding"));
        }
        let e = codec::encoding_arg(vm, enc)?;
        let errors = codec::errors_arg(vm, errors)?;
        codec::encode(vm, s, e, errors)?.into_owned()
    } else if !enc.is_null() || !errors.is_null() {
        return Err(vm.type_error("encoding without a string argument"));
    } else {
        bytes::bytes_from(vm, src)?
    };
    let b = new(vm, &d)?;
    vm.wrap_native_subclass(ty, &BYTEARRAY_TYPE, b)
}

fn bytearray_print(_vm: &mut Vm, v: Value, out: &mut String, _kind: PrintKind) -> PyResult<()> {
    out.push_str("bytearray(");
    bytes::bytearray_repr_into(data(v), out);
    out.push(')');
    Ok(())
}

fn bytearray_unary(_vm: &mut Vm, op: UnaryOp, v: Value) -> PyResult<Option<Value>> {
    Ok(match op {
        UnaryOp::Bool => Some(Value::from_bool(vec(v).len != 0)),
        UnaryOp::Len => Some(Value::small_int(vec(v).len as isize)),
        _ => None,
    })
}

fn bytearray_binary(
    vm: &mut Vm,
    op: BinaryOp,
    this: Value,
    other: Value,
    swapped: bool,
) -> PyResult<Option<Value>> {
    match op {
        BinaryOp::Multiply | BinaryOp::InplaceMultiply => {
            let Some(n) = seq::repeat_count(vm, other, vec(this).len)? else { return Ok(None) };
            let d = data(this).repeat(n);
            if op == BinaryOp::InplaceMultiply {
                set_data(vm, this, &d)?;
                return Ok(Some(this));
            }
            return new(vm, &d).map(Some);
        }
        BinaryOp::Modulo if !swapped => {
            let fmt = data(this).to_vec();
            return super::str_format::percent_bytearray(vm, &fmt, other).map(Some);
        }
        _ => {}
    }
    let Some(o) = vm.bytes_of(other) else { return Ok(None) };
    match op {
        BinaryOp::Add if !swapped => {
            let a = data(this);
            let mut all = Vec::with_capacity(a.len() + o.len());
            all.extend_from_slice(a);
            all.extend_from_slice(o);
            new(vm, &all).map(Some)
        }
        BinaryOp::InplaceAdd => {
            let len = vec(this).len;
            splice(vm, this, len..len, o)?;
            Ok(Some(this))
        }
        BinaryOp::Equal
        | BinaryOp::NotEqual
        | BinaryOp::Less
        | BinaryOp::LessEqual
        | BinaryOp::More
        | BinaryOp::MoreEqual => {
            let a = data(this);
            let ord = if swapped { o.cmp(a) } else { a.cmp(o) };
            Ok(Some(Value::from_bool(crate::vm::compare::ordering_matches(op, ord))))
        }
        _ => Ok(None),
    }
}

fn subscr_slice(vm: &mut Vm, v: Value, index: Value, op: Subscr) -> PyResult<Value> {
    let src = match op {
        Subscr::Store(src) => Some(source_bytes(vm, src)?),
        _ => None,
    };
    let r = seq::slice_range(vm, index, vec(v).len)?;
    let start = r.start.max(0) as usize;
    match (op, src) {
        (Subscr::Load, _) => {
            let d = data(v);
            let picked: Vec<u8> = r.indices().map(|i| d[i]).collect();
            new(vm, &picked)
        }
        (Subscr::Delete, _) if r.step == 1 => {
            splice(vm, v, start..start + r.count, &[])?;
            Ok(Value::NONE)
        }
        (Subscr::Delete, _) => {
            let mut drop = alloc::vec![false; vec(v).len];
            for i in r.indices() {
                if let Some(d) = drop.get_mut(i) {
                    *d = true;
                }
            }
            let keep: Vec<u8> = data(v).iter().zip(&drop).filter(|(_, &d)| !d).map(|(&b, _)| b).collect();
            set_data(vm, v, &keep)?;
            Ok(Value::NONE)
        }
        (Subscr::Store(_), Some(values)) if r.step == 1 => {
            splice(vm, v, start..start + r.count, &values)?;
            Ok(Value::NONE)
        }
        (Subscr::Store(_), Some(values)) => {
            if values.len() != r.count {
                return Err(vm.value_error(&alloc::format!(
                    "attempt to assign bytes of size {} to extended slice of size {}",
                    values.len(),
                    r.count
                )));
            }
            let d = data_mut(v);
            // A slice bound's `__index__` may have shrunk the bytearray: skip what is gone.
            for (i, &b) in r.indices().zip(&values) {
                if let Some(x) = d.get_mut(i) {
                    *x = b;
                }
            }
            Ok(Value::NONE)
        }
        (Subscr::Store(_), None) => Ok(Value::NONE),
    }
}

fn bytearray_subscr(vm: &mut Vm, v: Value, index: Value, op: Subscr) -> PyResult<Value> {
    if slice::is_slice(index) {
        return subscr_slice(vm, v, index, op);
    }
    let stored = match op {
        Subscr::Store(x) => Some(byte_value(vm, x)?),
        _ => None,
    };
    let i = seq::index(vm, index, vec(v).len, "bytearray")?;
    match op {
        Subscr::Load => Ok(Value::small_int(data(v)[i] as isize)),
        Subscr::Store(_) => {
            if let Some(b) = stored {
                data_mut(v)[i] = b;
            }
            Ok(Value::NONE)
        }
        Subscr::Delete => {
            splice(vm, v, i..i + 1, &[])?;
            Ok(Value::NONE)
        }
    }
}

fn bytearray_contains(vm: &mut Vm, v: Value, item: Value) -> PyResult<bool> {
    if vm.is_int(item) {
        let b = byte_value(vm, item)?;
        return Ok(data(v).contains(&b));
    }
    let Some(sub) = vm.bytes_of(item) else {
        let t = vm.type_name(item);
        return Err(vm.type_error(&alloc::format!("a bytes-like object is required, not '{t}'")));
    };
    Ok(super::str_methods::algo::find(data(v), sub).is_some())
}

fn this(vm: &mut Vm, v: Value) -> PyResult<Value> {
    vm.native_of(v, &BYTEARRAY_TYPE).ok_or_else(|| vm.type_error("descriptor requires a 'bytearray' object"))
}

fn m_append(vm: &mut Vm, v: Value, x: Value) -> PyResult<Value> {
    let b = this(vm, v)?;
    let byte = byte_value(vm, x)?;
    let len = vec(b).len;
    splice(vm, b, len..len, &[byte])?;
    Ok(Value::NONE)
}

fn m_extend(vm: &mut Vm, v: Value, src: Value) -> PyResult<Value> {
    let b = this(vm, v)?;
    if let Some(d) = vm.bytes_of(src) {
        let len = vec(b).len;
        splice(vm, b, len..len, d)?;
        return Ok(Value::NONE);
    }
    if vm.text_of(src).is_some() {
        return Err(vm.type_error("expected iterable of integers; got: 'str'"));
    }
    if vm.is_int(src) {
        let t = vm.type_name(src);
        return Err(vm.type_error(&alloc::format!("can't extend bytearray with {t}")));
    }
    let d = bytes::bytes_from(vm, src)?;
    let len = vec(b).len;
    splice(vm, b, len..len, &d)?;
    Ok(Value::NONE)
}

fn m_insert(vm: &mut Vm, v: Value, i: Value, x: Value) -> PyResult<Value> {
    let b = this(vm, v)?;
    let i = vm.to_index(i, "bytearray")?;
    let byte = byte_value(vm, x)?;
    let len = vec(b).len as i64;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
    splice(vm, b, at..at, &[byte])?;
    Ok(Value::NONE)
}

fn m_pop(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let b = this(vm, args[0])?;
    let i = match args.get(1) {
        Some(&i) => Some(vm.to_index(i, "bytearray")?),
        None => None,
    };
    let n = vec(b).len;
    if n == 0 {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let i = match i {
        None => n - 1,
        Some(i) => {
            let j = if i < 0 { i + n as i64 } else { i };
            if j < 0 || j >= n as i64 {
                return Err(vm.index_error("pop index out of range"));
            }
            j as usize
        }
    };
    let x = data(b)[i];
    splice(vm, b, i..i + 1, &[])?;
    Ok(Value::small_int(x as isize))
}

fn m_remove(vm: &mut Vm, v: Value, x: Value) -> PyResult<Value> {
    let b = this(vm, v)?;
    let byte = byte_value(vm, x)?;
    match data(b).iter().position(|&c| c == byte) {
        Some(i) => {
            splice(vm, b, i..i + 1, &[])?;
            Ok(Value::NONE)
        }
        None => Err(vm.value_error("value not found in bytearray")),
    }
}

fn m_reverse(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let b = this(vm, v)?;
    data_mut(b).reverse();
    Ok(Value::NONE)
}

fn m_copy(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let b = this(vm, v)?;
    new(vm, data(b))
}

fn m_clear(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let b = this(vm, v)?;
    vec(b).len = 0;
    Ok(Value::NONE)
}

static APPEND: BuiltinFn = BuiltinFn::f2(q::append, m_append);
static EXTEND: BuiltinFn = BuiltinFn::f2(q::extend, m_extend);
static INSERT: BuiltinFn = BuiltinFn::f3(q::insert, m_insert);
static POP: BuiltinFn = BuiltinFn::var(q::pop, 1, 2, m_pop);
static REMOVE: BuiltinFn = BuiltinFn::f2(q::remove, m_remove);
static REVERSE: BuiltinFn = BuiltinFn::f1(q::reverse, m_reverse);
static COPY: BuiltinFn = BuiltinFn::f1(q::copy, m_copy);
static CLEAR: BuiltinFn = BuiltinFn::f1(q::clear, m_clear);

static BYTEARRAY_LOCALS: [(Qstr, Value); SHARED_METHODS + 8] = with_shared([
    (q::append, Value::from_static(&APPEND)),
    (q::extend, Value::from_static(&EXTEND)),
    (q::insert, Value::from_static(&INSERT)),
    (q::pop, Value::from_static(&POP)),
    (q::remove, Value::from_static(&REMOVE)),
    (q::reverse, Value::from_static(&REVERSE)),
    (q::copy, Value::from_static(&COPY)),
    (q::clear, Value::from_static(&CLEAR)),
]);
