//! `bytearray`: a mutable, growable byte buffer (the data lives in a separate byte buffer that
//! is replaced when it grows).

use alloc::string::String;
use alloc::vec::Vec;

use super::builtin_fn::BuiltinFn;
use super::{bytes, seq, slice, storage, ObjHeader, PrintKind, Subscr, Type, UnaryOp};
use crate::bytecode::opcodes::BinaryOp;
use crate::gc::Marker;
use crate::obj::flags;
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

#[repr(C)]
pub struct ByteArrayObj {
    pub header: ObjHeader,
    pub len: usize,
    pub cap: usize,
    /// Byte buffer of `cap` bytes, or NULL.
    pub buf: Value,
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
    ..Type::builtin(q::bytearray)
};

fn trace_bytearray(v: Value, m: &mut Marker) {
    m.mark(get(v).buf);
}

fn get<'a>(v: Value) -> &'a mut ByteArrayObj {
    // SAFETY: callers pass a bytearray; short borrows only.
    unsafe { &mut *v.as_ptr::<ByteArrayObj>() }
}

/// The contents (valid until the bytearray is next resized).
pub fn data<'a>(v: Value) -> &'a [u8] {
    let b = get(v);
    if b.len == 0 {
        return &[];
    }
    // SAFETY: the buffer holds at least `len` bytes.
    unsafe { core::slice::from_raw_parts(storage::bytes_ptr(b.buf), b.len) }
}

fn data_mut<'a>(v: Value) -> &'a mut [u8] {
    let b = get(v);
    if b.len == 0 {
        return &mut [];
    }
    // SAFETY: as in `data`.
    unsafe { core::slice::from_raw_parts_mut(storage::bytes_ptr(b.buf), b.len) }
}

pub fn new(vm: &mut Vm, d: &[u8]) -> PyResult<Value> {
    let p = vm.alloc_obj::<ByteArrayObj>(&BYTEARRAY_TYPE, 0)?;
    let v = Value::from_ptr(p);
    set_data(vm, v, d)?;
    Ok(v)
}

/// Replaces the contents.
pub fn set_data(vm: &mut Vm, v: Value, d: &[u8]) -> PyResult<()> {
    let d = d.to_vec();
    if d.len() > get(v).cap {
        let cap = d.len().max(8);
        let buf = storage::new_bytes(vm, cap)?;
        let old = get(v).buf;
        get(v).buf = buf;
        get(v).cap = cap;
        if !old.is_null() {
            vm.heap.free(old.as_ptr());
        }
    }
    get(v).len = d.len();
    data_mut(v).copy_from_slice(&d);
    Ok(())
}

fn append_bytes(vm: &mut Vm, v: Value, extra: &[u8]) -> PyResult<()> {
    let mut all = data(v).to_vec();
    all.extend_from_slice(extra);
    set_data(vm, v, &all)
}

fn bytearray_make_new(vm: &mut Vm, ty: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = match args.first() {
        None => Vec::new(),
        Some(&src) => match vm.text_of(src) {
            Some(s) => s.as_bytes().to_vec(),
            None => bytes::bytes_from(vm, src)?,
        },
    };
    let _ = kw;
    let b = new(vm, &d)?;
    vm.wrap_native_subclass(ty, &BYTEARRAY_TYPE, b)
}

fn bytearray_print(vm: &mut Vm, v: Value, out: &mut String, _kind: PrintKind) -> PyResult<()> {
    let _ = vm;
    out.push_str("bytearray(");
    bytes::repr_into(data(v), out);
    out.push(')');
    Ok(())
}

fn bytearray_unary(_vm: &mut Vm, op: UnaryOp, v: Value) -> PyResult<Option<Value>> {
    Ok(match op {
        UnaryOp::Bool => Some(Value::from_bool(get(v).len != 0)),
        UnaryOp::Len => Some(Value::small_int(get(v).len as isize)),
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
    let Some(o) = vm.bytes_of(other) else {
        if matches!(op, BinaryOp::Multiply | BinaryOp::InplaceMultiply) {
            let Some(n) = seq::repeat_count(vm, other, data(this).len())? else { return Ok(None) };
            let d = data(this).repeat(n);
            return new(vm, &d).map(Some);
        }
        return Ok(None);
    };
    let o = o.to_vec();
    match op {
        BinaryOp::Add => {
            let mut all = if swapped { o.clone() } else { data(this).to_vec() };
            all.extend_from_slice(if swapped { data(this) } else { &o });
            new(vm, &all).map(Some)
        }
        BinaryOp::InplaceAdd => {
            append_bytes(vm, this, &o)?;
            Ok(Some(this))
        }
        BinaryOp::Equal
        | BinaryOp::NotEqual
        | BinaryOp::Less
        | BinaryOp::LessEqual
        | BinaryOp::More
        | BinaryOp::MoreEqual => {
            let a = data(this);
            let ord = if swapped { o.as_slice().cmp(a) } else { a.cmp(&o) };
            Ok(Some(Value::from_bool(crate::vm::compare::ordering_matches(op, ord))))
        }
        _ => Ok(None),
    }
}

fn byte_value(vm: &mut Vm, x: Value) -> PyResult<u8> {
    let n = vm.to_i64(x)?;
    if !(0..=255).contains(&n) {
        return Err(vm.value_error("byte must be in range(0, 256)"));
    }
    Ok(n as u8)
}

fn bytearray_subscr(vm: &mut Vm, v: Value, index: Value, op: Subscr) -> PyResult<Value> {
    let n = get(v).len;
    if slice::is_slice(index) {
        let r = seq::slice_range(vm, index, n)?;
        return match op {
            Subscr::Load => {
                let d = data(v);
                let picked: Vec<u8> = r.indices().map(|i| d[i]).collect();
                new(vm, &picked)
            }
            Subscr::Delete => {
                let drop: Vec<usize> = r.indices().collect();
                let keep: Vec<u8> =
                    data(v).iter().enumerate().filter(|(i, _)| !drop.contains(i)).map(|(_, &b)| b).collect();
                set_data(vm, v, &keep)?;
                Ok(Value::NONE)
            }
            Subscr::Store(src) => {
                let values: Vec<u8> = match vm.bytes_of(src) {
                    Some(b) => b.to_vec(),
                    None => bytes::bytes_from(vm, src)?,
                };
                if r.step == 1 {
                    let start = r.start.max(0) as usize;
                    let mut all = data(v).to_vec();
                    all.splice(start..start + r.count, values);
                    set_data(vm, v, &all)?;
                } else {
                    if values.len() != r.count {
                        return Err(vm.value_error("attempt to assign bytes of wrong size to extended slice"));
                    }
                    let d = data_mut(v);
                    for (k, i) in r.indices().enumerate() {
                        d[i] = values[k];
                    }
                }
                Ok(Value::NONE)
            }
        };
    }
    let i = seq::index(vm, index, n, "bytearray")?;
    match op {
        Subscr::Load => Ok(Value::small_int(data(v)[i] as isize)),
        Subscr::Store(x) => {
            let b = byte_value(vm, x)?;
            data_mut(v)[i] = b;
            Ok(Value::NONE)
        }
        Subscr::Delete => {
            let mut all = data(v).to_vec();
            all.remove(i);
            set_data(vm, v, &all)?;
            Ok(Value::NONE)
        }
    }
}

fn bytearray_contains(vm: &mut Vm, v: Value, item: Value) -> PyResult<bool> {
    if let Some(n) = item.small_int_value() {
        return Ok(data(v).contains(&(n as u8)));
    }
    let Some(sub) = vm.bytes_of(item) else {
        return Err(vm.type_error("a bytes-like object is required"));
    };
    let d = data(v);
    Ok(sub.is_empty() || d.windows(sub.len()).any(|w| w == sub))
}

fn this(vm: &mut Vm, v: Value) -> PyResult<Value> {
    vm.native_of(v, &BYTEARRAY_TYPE).ok_or_else(|| vm.type_error("descriptor requires a 'bytearray' object"))
}

fn m_append(vm: &mut Vm, v: Value, x: Value) -> PyResult<Value> {
    let b = this(vm, v)?;
    let byte = byte_value(vm, x)?;
    append_bytes(vm, b, &[byte])?;
    Ok(Value::NONE)
}

fn m_extend(vm: &mut Vm, v: Value, src: Value) -> PyResult<Value> {
    let b = this(vm, v)?;
    let d = match vm.bytes_of(src) {
        Some(d) => d.to_vec(),
        None => bytes::bytes_from(vm, src)?,
    };
    append_bytes(vm, b, &d)?;
    Ok(Value::NONE)
}

fn m_pop(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let b = this(vm, args[0])?;
    let n = get(b).len;
    if n == 0 {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let i = match args.get(1) {
        Some(&i) => seq::index(vm, i, n, "bytearray")?,
        None => n - 1,
    };
    let mut all = data(b).to_vec();
    let x = all.remove(i);
    set_data(vm, b, &all)?;
    Ok(Value::small_int(x as isize))
}

fn m_copy(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let b = this(vm, v)?;
    let d = data(b).to_vec();
    new(vm, &d)
}

fn m_clear(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let b = this(vm, v)?;
    set_data(vm, b, &[])?;
    Ok(Value::NONE)
}

static APPEND: BuiltinFn = BuiltinFn::f2(q::append, m_append);
static EXTEND: BuiltinFn = BuiltinFn::f2(q::extend, m_extend);
static POP: BuiltinFn = BuiltinFn::var(q::pop, 1, 2, m_pop);
static COPY: BuiltinFn = BuiltinFn::f1(q::copy, m_copy);
static CLEAR: BuiltinFn = BuiltinFn::f1(q::clear, m_clear);

static BYTEARRAY_LOCALS: [(Qstr, Value); 17] = [
    (q::append, Value::from_static(&APPEND)),
    (q::extend, Value::from_static(&EXTEND)),
    (q::pop, Value::from_static(&POP)),
    (q::copy, Value::from_static(&COPY)),
    (q::clear, Value::from_static(&CLEAR)),
    super::bytes_methods::BYTES_LOCALS[0],
    super::bytes_methods::BYTES_LOCALS[1],
    super::bytes_methods::BYTES_LOCALS[2],
    super::bytes_methods::BYTES_LOCALS[3],
    super::bytes_methods::BYTES_LOCALS[4],
    super::bytes_methods::BYTES_LOCALS[5],
    super::bytes_methods::BYTES_LOCALS[6],
    super::bytes_methods::BYTES_LOCALS[7],
    super::bytes_methods::BYTES_LOCALS[8],
    super::bytes_methods::BYTES_LOCALS[9],
    super::bytes_methods::BYTES_LOCALS[10],
    super::bytes_methods::BYTES_LOCALS[11],
];
