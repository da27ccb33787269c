//! Objects: the header every object starts with, the type object that gives an object its
//! behaviour, and one module per Python type.
//!
//! Built-in types are `static` constant data (no RAM per type or per builtin function, as in
//! MicroPython's ROM tables); classes defined in Python are `Type` objects on the heap with the
//! generic instance behaviour (`instance.rs`).

use alloc::string::String;

use crate::bytecode::opcodes::BinaryOp;
use crate::gc::Marker;
use crate::qstr::Qstr;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub mod array;
pub mod attrtuple;
pub mod bool;
pub mod boundmeth;
pub mod buffer;
pub mod builtin_fn;
pub mod bytearray;
pub mod bytes;
pub mod bytes_methods;
pub mod bytevec;
pub mod cell;
pub mod closure;
pub mod code;
pub mod complex;
pub mod dict;
pub mod exception;
pub mod float;
pub mod float_methods;
pub mod function;
pub mod generator;
pub mod instance;
pub mod int;
pub mod int_methods;
pub mod iobase;
pub mod iter;
pub mod list;
pub mod map;
pub mod memoryview;
pub mod module;
pub mod none;
pub mod object;
pub mod property;
pub mod range;
pub mod seq;
pub mod set;
pub mod slice;
pub mod slot_wrapper;
pub mod storage;
pub mod str;
pub mod str_format;
pub mod str_methods;
pub mod stream;
pub mod stream_methods;
pub mod stream_pull;
pub mod tuple;
pub mod type_;
pub mod typecode;

/// The first word of every object: its type.
#[repr(C)]
pub struct ObjHeader {
    pub ty: *const Type,
}

// SAFETY: headers of static objects point to static types; nothing mutates them.
unsafe impl Sync for ObjHeader {}

impl ObjHeader {
    pub const fn of(ty: &'static Type) -> ObjHeader {
        ObjHeader { ty }
    }
}

/// How a value is printed: `str()` or `repr()`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum PrintKind {
    Str,
    Repr,
}

/// Unary operations a type may implement (MicroPython's `mp_unary_op_t`, runtime part).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum UnaryOp {
    Positive,
    Negative,
    Invert,
    Bool,
    Len,
    Hash,
    Abs,
    Int,
    Float,
}

/// Subscript operations: `x[i]`, `x[i] = v`, `del x[i]`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Subscr {
    Load,
    Store(Value),
    Delete,
}

pub type MakeNewFn = fn(&mut Vm, ty: Value, args: &[Value], kw: &[Value]) -> PyResult<Value>;
pub type CallFn = fn(&mut Vm, callee: Value, args: &[Value], kw: &[Value]) -> PyResult<Value>;
pub type PrintFn = fn(&mut Vm, v: Value, out: &mut String, kind: PrintKind) -> PyResult<()>;
/// `Ok(None)`: the type does not support the operation for this operand.
pub type UnaryFn = fn(&mut Vm, op: UnaryOp, v: Value) -> PyResult<Option<Value>>;
/// Called on the type of `this`; `swapped` means the expression was `other op this`.
/// `Ok(None)` is Python's `NotImplemented`.
pub type BinaryFn =
    fn(&mut Vm, op: BinaryOp, this: Value, other: Value, swapped: bool) -> PyResult<Option<Value>>;
/// Loads an attribute that is not in the type's locals; `Ok(None)` if there is none.
pub type AttrFn = fn(&mut Vm, obj: Value, attr: Qstr) -> PyResult<Option<Value>>;
/// Stores (or, with NULL, deletes) an attribute; `Ok(false)` if the type has no such attribute.
pub type StoreAttrFn = fn(&mut Vm, obj: Value, attr: Qstr, value: Value) -> PyResult<bool>;
pub type SubscrFn = fn(&mut Vm, obj: Value, index: Value, op: Subscr) -> PyResult<Value>;
pub type IterFn = fn(&mut Vm, obj: Value) -> PyResult<Value>;
/// `Ok(None)`: the iterator is exhausted (no StopIteration object is made).
pub type IterNextFn = fn(&mut Vm, it: Value) -> PyResult<Option<Value>>;
pub type ContainsFn = fn(&mut Vm, container: Value, item: Value) -> PyResult<bool>;
/// Marks every heap value the object refers to.
pub type TraceFn = fn(obj: Value, m: &mut Marker);
/// Exposes the object's memory (the buffer protocol); `None` if it has none at the moment
/// (a released memoryview).
pub type BufferFn = fn(&Vm, obj: Value) -> Option<buffer::Buffer>;

/// A type's attribute table.
#[derive(Clone, Copy)]
pub enum Locals {
    None,
    /// Constant table of a built-in type or module.
    Static(&'static [(Qstr, Value)]),
    /// A heap dict (classes).
    Dict(Value),
}

/// Flags of a type.
pub mod flags {
    /// A class defined in Python (a heap `Type` with instance behaviour).
    pub const CLASS: u32 = 1 << 0;
    /// Instances may be used as a base class.
    pub const BASETYPE: u32 = 1 << 1;
    /// The type is an exception type (BaseException or a subclass).
    pub const EXCEPTION: u32 = 1 << 2;
    /// Iterating it gives itself (`__iter__` returns self).
    pub const ITER_IS_SELF: u32 = 1 << 3;
    /// The class (or a base) defines `__getattr__`, `__setattr__` or `__delattr__`.
    pub const HAS_ATTR_HOOKS: u32 = 1 << 4;
    /// The class defines `__eq__` or `__hash__` (so hashing needs a Python call).
    pub const HAS_EQ_HASH: u32 = 1 << 5;
    /// The type's `attr` slot answers before its method table (`super` objects).
    pub const ATTR_FIRST: u32 = 1 << 6;
}

#[repr(C)]
pub struct Type {
    pub header: ObjHeader,
    pub name: Qstr,
    pub flags: u32,
    /// The primary base: a type, or NULL for `object`.
    pub base: Value,
    /// Classes: the tuple of bases and the method resolution order (a tuple starting with the
    /// class itself). NULL for built-in types, which have single inheritance through `base`.
    pub bases: Value,
    pub mro: Value,
    pub locals: Locals,
    pub make_new: Option<MakeNewFn>,
    pub call: Option<CallFn>,
    pub print: Option<PrintFn>,
    pub unary: Option<UnaryFn>,
    pub binary: Option<BinaryFn>,
    pub attr: Option<AttrFn>,
    pub store_attr: Option<StoreAttrFn>,
    pub subscr: Option<SubscrFn>,
    pub iter: Option<IterFn>,
    pub iternext: Option<IterNextFn>,
    pub contains: Option<ContainsFn>,
    pub trace: Option<TraceFn>,
    pub buffer: Option<BufferFn>,
}

// SAFETY: static types are immutable; heap types are only reached through the VM.
unsafe impl Sync for Type {}

impl Type {
    /// A built-in type with no behaviour yet; fill in slots with struct-update syntax.
    pub const fn builtin(name: Qstr) -> Type {
        Type {
            header: ObjHeader::of(&type_::TYPE_TYPE),
            name,
            flags: 0,
            base: Value::from_static(&object::OBJECT_TYPE),
            bases: Value::NULL,
            mro: Value::NULL,
            locals: Locals::None,
            make_new: None,
            call: None,
            print: None,
            unary: None,
            binary: None,
            attr: None,
            store_attr: None,
            subscr: None,
            iter: None,
            iternext: None,
            contains: None,
            trace: None,
            buffer: None,
        }
    }

    #[inline]
    pub fn is_class(&self) -> bool {
        self.flags & flags::CLASS != 0
    }
}

/// Borrows the type a value's type pointer refers to.
///
/// # Safety
/// `ty` must come from a live object's header (types outlive the objects that refer to them:
/// static types forever, classes because instances keep them reachable).
#[inline(always)]
pub unsafe fn type_ref<'a>(ty: *const Type) -> &'a Type {
    // SAFETY: guaranteed by the caller.
    unsafe { &*ty }
}

/// Sorts a constant attribute table by qstr number at compile time, so lookups can use a
/// binary search.
pub const fn sorted_table<const N: usize>(mut table: [(Qstr, Value); N]) -> [(Qstr, Value); N] {
    let mut i = 1;
    while i < N {
        let mut j = i;
        while j > 0 && table[j - 1].0 .0 > table[j].0 .0 {
            let tmp = table[j - 1];
            table[j - 1] = table[j];
            table[j] = tmp;
            j -= 1;
        }
        i += 1;
    }
    table
}
