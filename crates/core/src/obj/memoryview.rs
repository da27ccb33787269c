//! `memoryview`: a window onto another object's memory, with no copy. The view is a small
//! fixed-size object holding the viewed object, a byte offset, an item count and the item
//! typecode; slicing makes another such window (sharing the memory), and stores through the
//! view write into the viewed object.
//!
//! The view asks the viewed object for its buffer at every access rather than keeping a
//! pointer, so it stays valid when a bytearray or array is resized (MicroPython keeps a raw
//! pointer there); if the object has shrunk below the window, access raises ValueError.

use alloc::string::String;
use alloc::vec::Vec;

use super::buffer::{self, Buffer};
use super::builtin_fn::BuiltinFn;
use super::{bytes, list, seq, slice, str as pystr, typecode, ObjHeader, PrintKind, Subscr, Type, UnaryOp};
use crate::bytecode::opcodes::BinaryOp;
use crate::gc::Marker;
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Raised, Vm};

#[repr(C)]
pub struct MemoryViewObj {
    pub header: ObjHeader,
    /// The object whose memory is seen (never itself a memoryview).
    base: Value,
    /// Byte offset of the first item in the base's buffer.
    offset: usize,
    /// Number of items.
    len: usize,
    typecode: u8,
    writable: bool,
    released: bool,
}

pub static MEMORYVIEW_TYPE: Type = Type {
    locals: super::Locals::Static(&MEMORYVIEW_LOCALS),
    make_new: Some(memoryview_make_new),
    print: Some(memoryview_print),
    unary: Some(memoryview_unary),
    binary: Some(memoryview_binary),
    attr: Some(memoryview_attr),
    subscr: Some(memoryview_subscr),
    iter: Some(super::iter::seq_iter),
    trace: Some(trace_memoryview),
    buffer: Some(memoryview_buffer),
    ..Type::builtin(q::memoryview)
};

fn trace_memoryview(v: Value, m: &mut Marker) {
    m.mark(get(v).base);
}

fn get<'a>(v: Value) -> &'a mut MemoryViewObj {
    // SAFETY: callers pass a memoryview; short borrows only.
    unsafe { &mut *v.as_ptr::<MemoryViewObj>() }
}

fn item_size(tc: u8) -> usize {
    typecode::native_size(tc).map_or(1, |(size, _)| size)
}

/// The memory the view covers, if it is not released and the base still holds it.
fn memoryview_buffer(vm: &Vm, v: Value) -> Option<Buffer> {
    let m = get(v);
    if m.released {
        return None;
    }
    let base = vm.buffer_of(m.base)?;
    let nbytes = m.len.checked_mul(item_size(m.typecode))?;
    if m.offset.checked_add(nbytes)? > base.len() {
        return None;
    }
    Some(base.sub(m.offset, nbytes).with_format(m.typecode, m.writable))
}

/// The view's memory, or the error for a released view or a shrunken base.
fn view(vm: &mut Vm, v: Value) -> PyResult<Buffer> {
    if get(v).released {
        return Err(released_error(vm));
    }
    memoryview_buffer(vm, v).ok_or_else(|| vm.value_error("memoryview: underlying buffer was resized"))
}

fn released_error(vm: &mut Vm) -> Raised {
    vm.value_error("operation forbidden on released memoryview object")
}

fn new_view(
    vm: &mut Vm,
    base: Value,
    offset: usize,
    len: usize,
    typecode: u8,
    writable: bool,
) -> PyResult<Value> {
    let p = vm.alloc_obj::<MemoryViewObj>(&MEMORYVIEW_TYPE, 0)?;
    // SAFETY: fresh allocation; every field is written.
    unsafe {
        (*p).base = base;
        (*p).offset = offset;
        (*p).len = len;
        (*p).typecode = typecode;
        (*p).writable = writable;
    }
    Ok(Value::from_ptr(p))
}

/// A view of all of `obj`'s memory.
pub fn new(vm: &mut Vm, obj: Value) -> PyResult<Value> {
    if obj.is_exact(&MEMORYVIEW_TYPE) {
        let m = get(obj);
        if m.released {
            return Err(released_error(vm));
        }
        let (base, offset, len, tc, w) = (m.base, m.offset, m.len, m.typecode, m.writable);
        return new_view(vm, base, offset, len, tc, w);
    }
    let b = vm.buffer_arg(obj, false)?;
    let len = b.len() / b.item_size();
    new_view(vm, obj, 0, len, b.typecode, b.writable)
}

fn memoryview_make_new(vm: &mut Vm, _ty: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("function doesn't take keyword arguments"));
    }
    match args {
        [obj] => new(vm, *obj),
        _ => Err(vm.type_error(&alloc::format!(
            "function takes 1 positional arguments but {} were given",
            args.len()
        ))),
    }
}

fn memoryview_print(_vm: &mut Vm, _v: Value, out: &mut String, _kind: PrintKind) -> PyResult<()> {
    out.push_str("<memoryview>");
    Ok(())
}

fn memoryview_unary(vm: &mut Vm, op: UnaryOp, v: Value) -> PyResult<Option<Value>> {
    let len = get(v).len;
    Ok(match op {
        UnaryOp::Bool => Some(Value::from_bool(len != 0)),
        UnaryOp::Len if get(v).released => return Err(released_error(vm)),
        UnaryOp::Len => Some(Value::small_int(len as isize)),
        UnaryOp::Hash => return Err(vm.type_error("unhashable type: 'memoryview'")),
        _ => None,
    })
}

fn memoryview_binary(
    vm: &mut Vm,
    op: BinaryOp,
    this: Value,
    other: Value,
    swapped: bool,
) -> PyResult<Option<Value>> {
    if !matches!(
        op,
        BinaryOp::Equal
            | BinaryOp::NotEqual
            | BinaryOp::Less
            | BinaryOp::LessEqual
            | BinaryOp::More
            | BinaryOp::MoreEqual
    ) {
        return Ok(None);
    }
    let Some(o) = vm.bytes_buffer_of(other) else { return Ok(None) };
    let a = view(vm, this)?;
    let r = if swapped { buffer::compare(op, &o, &a) } else { buffer::compare(op, &a, &o) };
    Ok(Some(Value::from_bool(r)))
}

fn memoryview_attr(vm: &mut Vm, v: Value, attr: Qstr) -> PyResult<Option<Value>> {
    let m = get(v);
    let (tc, len, writable) = (m.typecode, m.len, m.writable);
    Ok(Some(match attr {
        q::itemsize => Value::small_int(item_size(tc) as isize),
        q::readonly => Value::from_bool(!writable),
        q::nbytes => Value::small_int((len * item_size(tc)) as isize),
        q::format => pystr::new(vm, core::str::from_utf8(&[tc]).unwrap_or("B"))?,
        q::obj => get(v).base,
        _ => return Ok(None),
    }))
}

fn read_only_error(vm: &mut Vm) -> Raised {
    vm.type_error("'memoryview' object doesn't support item assignment")
}

fn memoryview_subscr(vm: &mut Vm, v: Value, index: Value, op: Subscr) -> PyResult<Value> {
    if get(v).released {
        return Err(released_error(vm));
    }
    let (len, tc, writable) = (get(v).len, get(v).typecode, get(v).writable);
    let size = item_size(tc);
    match op {
        Subscr::Delete => return Err(vm.type_error("'memoryview' object doesn't support item deletion")),
        Subscr::Store(_) if !writable => return Err(read_only_error(vm)),
        _ => {}
    }
    if slice::is_slice(index) {
        let r = seq::slice_range(vm, index, len)?;
        if r.step != 1 {
            return Err(vm.not_implemented("only slices with step=1 (aka None) are supported"));
        }
        let start = r.start.max(0) as usize;
        return match op {
            Subscr::Store(src) => assign_slice(vm, v, start * size, r.count * size, src),
            _ => {
                let m = get(v);
                let (base, offset) = (m.base, m.offset + start * size);
                new_view(vm, base, offset, r.count, tc, writable)
            }
        };
    }
    match op {
        Subscr::Store(x) => {
            let bits = typecode::encode(vm, tc, x)?;
            let i = seq::index(vm, index, len, "memoryview")?;
            let buf = view(vm, v)?;
            if let Some(d) = buf.data_mut().and_then(|d| d.get_mut(i * size..(i + 1) * size)) {
                typecode::write(bits, d, cfg!(target_endian = "big"));
            }
            Ok(Value::NONE)
        }
        _ => {
            let i = seq::index(vm, index, len, "memoryview")?;
            let mut item = [0u8; 8];
            let d = view(vm, v)?.data();
            let src = d.get(i * size..(i + 1) * size).unwrap_or_default();
            let item = item.get_mut(..src.len()).unwrap_or_default();
            item.copy_from_slice(src);
            typecode::load(vm, tc, item, cfg!(target_endian = "big"))
        }
    }
}

/// `view[a:b] = src`: `src` must be a bytes-like object with items of the same size and
/// exactly as many bytes as the slice.
fn assign_slice(vm: &mut Vm, v: Value, start: usize, nbytes: usize, src: Value) -> PyResult<Value> {
    let Some(s) = vm.bytes_buffer_of(src) else {
        return Err(vm.not_implemented("array/bytes required on right side"));
    };
    if s.item_size() != item_size(get(v).typecode) || s.len() != nbytes {
        return Err(vm.value_error("lhs and rhs should be compatible"));
    }
    let dst = view(vm, v)?.sub(start, nbytes);
    dst.copy_from(&s);
    Ok(Value::NONE)
}

fn this(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if v.is_exact(&MEMORYVIEW_TYPE) {
        Ok(v)
    } else {
        Err(vm.type_error("descriptor requires a 'memoryview' object"))
    }
}

fn m_tobytes(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let m = this(vm, v)?;
    let d = view(vm, m)?.data().to_vec();
    bytes::new(vm, &d)
}

fn m_tolist(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let m = this(vm, v)?;
    let b = view(vm, m)?;
    let (tc, size) = (b.typecode, b.item_size());
    let d = b.data().to_vec();
    let mut items = Vec::with_capacity(d.len() / size);
    for chunk in d.chunks_exact(size) {
        items.push(typecode::load(vm, tc, chunk, cfg!(target_endian = "big"))?);
    }
    list::new(vm, &items)
}

fn m_release(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let m = this(vm, v)?;
    get(m).released = true;
    Ok(Value::NONE)
}

fn m_enter(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let m = this(vm, v)?;
    if get(m).released {
        return Err(released_error(vm));
    }
    Ok(m)
}

fn m_exit(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    m_release(vm, args[0])
}

/// `cast(format)`: the same memory seen with another item type; one of the two formats must
/// be a byte format, and the length must be a multiple of the new item size.
fn m_cast(vm: &mut Vm, v: Value, fmt: Value) -> PyResult<Value> {
    let m = this(vm, v)?;
    let b = view(vm, m)?;
    let f = vm.text_of(fmt).ok_or_else(|| vm.type_error("memoryview: format argument must be a string"))?;
    let tc = match f.as_bytes() {
        [c] | [b'@', c] if typecode::is_array_typecode(*c) || *c == b'c' => *c,
        _ => {
            return Err(vm.value_error(
                "memoryview: destination format must be a native single character format prefixed with an optional '@'",
            ))
        }
    };
    let is_byte = |c: u8| matches!(c, b'B' | b'b' | b'c');
    if !is_byte(tc) && !is_byte(b.typecode) {
        return Err(vm.type_error("memoryview: cannot cast between two non-byte formats"));
    }
    let size = item_size(tc);
    if b.len() % size != 0 {
        return Err(vm.type_error("memoryview: length is not a multiple of itemsize"));
    }
    let mv = get(m);
    let (base, offset, writable) = (mv.base, mv.offset, mv.writable);
    new_view(vm, base, offset, b.len() / size, tc, writable)
}

static TOBYTES: BuiltinFn = BuiltinFn::f1(q::tobytes, m_tobytes);
static TOLIST: BuiltinFn = BuiltinFn::f1(q::tolist, m_tolist);
static RELEASE: BuiltinFn = BuiltinFn::f1(q::release, m_release);
static CAST: BuiltinFn = BuiltinFn::f2(q::cast, m_cast);
static ENTER: BuiltinFn = BuiltinFn::f1(q::__enter__, m_enter);
static EXIT: BuiltinFn = BuiltinFn::var(q::__exit__, 1, 4, m_exit);

static MEMORYVIEW_LOCALS: [(Qstr, Value); 7] = super::sorted_table([
    (q::__enter__, Value::from_static(&ENTER)),
    (q::__exit__, Value::from_static(&EXIT)),
    (q::cast, Value::from_static(&CAST)),
    (q::hex, Value::from_static(&super::bytes_methods::HEX)),
    (q::release, Value::from_static(&RELEASE)),
    (q::tobytes, Value::from_static(&TOBYTES)),
    (q::tolist, Value::from_static(&TOLIST)),
]);
