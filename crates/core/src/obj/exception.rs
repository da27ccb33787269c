//! Exceptions: the built-in hierarchy (MicroPython's, plus the CPython subclasses that cost
//! nothing to have), exception objects with their `args` and traceback, and their printing.
//!
//! A traceback is a value array of small ints, three per entry (file qstr, line, function qstr),
//! appended to as the exception leaves each frame. A preallocated `MemoryError` is raised when
//! the heap cannot hold even an exception.

use alloc::string::String;

use super::{storage, tuple, ObjHeader, PrintKind, Type};
use crate::gc::Marker;
use crate::obj::flags;
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

#[repr(C)]
pub struct ExceptionObj {
    pub header: ObjHeader,
    /// A tuple.
    pub args: Value,
    /// Value array of (file, line, name) small-int triples, or NULL.
    pub traceback: Value,
    pub tb_len: usize,
    /// `__cause__` (`raise ... from ...`), NULL if none.
    pub cause: Value,
    /// `__context__`: the exception being handled when this one was raised, NULL if none.
    pub context: Value,
    /// `__suppress_context__`: set by `raise ... from ...`.
    pub suppress_context: bool,
}

fn trace_exception(v: Value, m: &mut Marker) {
    let e = get(v);
    m.mark(e.args);
    m.mark(e.traceback);
    m.mark(e.cause);
    m.mark(e.context);
}

macro_rules! exception_types {
    ($($static:ident: $name:ident < $base:expr;)*) => {
        $(
            pub static $static: Type = Type {
                flags: flags::EXCEPTION | flags::BASETYPE,
                base: $base,
                locals: super::Locals::Static(&EXC_LOCALS),
                make_new: Some(exception_make_new),
                print: Some(exception_print),
                attr: Some(exception_attr),
                store_attr: Some(exception_store_attr),
                trace: Some(trace_exception),
                ..Type::builtin(q::$name)
            };
        )*
        /// Every built-in exception type, for the builtins module.
        pub static ALL: &[&Type] = &[$(&$static),*];
    };
}

const fn v(t: &'static Type) -> Value {
    Value::from_static(t)
}

exception_types! {
    BASE_EXCEPTION_TYPE: BaseException < v(&super::object::OBJECT_TYPE);
    SYSTEM_EXIT_TYPE: SystemExit < v(&BASE_EXCEPTION_TYPE);
    KEYBOARD_INTERRUPT_TYPE: KeyboardInterrupt < v(&BASE_EXCEPTION_TYPE);
    GENERATOR_EXIT_TYPE: GeneratorExit < v(&BASE_EXCEPTION_TYPE);
    EXCEPTION_TYPE: Exception < v(&BASE_EXCEPTION_TYPE);
    STOP_ITERATION_TYPE: StopIteration < v(&EXCEPTION_TYPE);
    STOP_ASYNC_ITERATION_TYPE: StopAsyncIteration < v(&EXCEPTION_TYPE);
    ARITHMETIC_ERROR_TYPE: ArithmeticError < v(&EXCEPTION_TYPE);
    OVERFLOW_ERROR_TYPE: OverflowError < v(&ARITHMETIC_ERROR_TYPE);
    ZERO_DIVISION_ERROR_TYPE: ZeroDivisionError < v(&ARITHMETIC_ERROR_TYPE);
    ASSERTION_ERROR_TYPE: AssertionError < v(&EXCEPTION_TYPE);
    ATTRIBUTE_ERROR_TYPE: AttributeError < v(&EXCEPTION_TYPE);
    EOF_ERROR_TYPE: EOFError < v(&EXCEPTION_TYPE);
    IMPORT_ERROR_TYPE: ImportError < v(&EXCEPTION_TYPE);
    LOOKUP_ERROR_TYPE: LookupError < v(&EXCEPTION_TYPE);
    INDEX_ERROR_TYPE: IndexError < v(&LOOKUP_ERROR_TYPE);
    KEY_ERROR_TYPE: KeyError < v(&LOOKUP_ERROR_TYPE);
    MEMORY_ERROR_TYPE: MemoryError < v(&EXCEPTION_TYPE);
    NAME_ERROR_TYPE: NameError < v(&EXCEPTION_TYPE);
    UNBOUND_LOCAL_ERROR_TYPE: UnboundLocalError < v(&NAME_ERROR_TYPE);
    OS_ERROR_TYPE: OSError < v(&EXCEPTION_TYPE);
    RUNTIME_ERROR_TYPE: RuntimeError < v(&EXCEPTION_TYPE);
    NOT_IMPLEMENTED_ERROR_TYPE: NotImplementedError < v(&RUNTIME_ERROR_TYPE);
    SYNTAX_ERROR_TYPE: SyntaxError < v(&EXCEPTION_TYPE);
    INDENTATION_ERROR_TYPE: IndentationError < v(&SYNTAX_ERROR_TYPE);
    TYPE_ERROR_TYPE: TypeError < v(&EXCEPTION_TYPE);
    VALUE_ERROR_TYPE: ValueError < v(&EXCEPTION_TYPE);
    UNICODE_ERROR_TYPE: UnicodeError < v(&VALUE_ERROR_TYPE);
    UNICODE_ENCODE_ERROR_TYPE: UnicodeEncodeError < v(&UNICODE_ERROR_TYPE);
    UNICODE_DECODE_ERROR_TYPE: UnicodeDecodeError < v(&UNICODE_ERROR_TYPE);
}

/// Raised when the heap cannot even hold a new exception object.
pub static MEMORY_ERROR_INSTANCE: ExceptionObj = ExceptionObj {
    header: ObjHeader::of(&MEMORY_ERROR_TYPE),
    args: Value::from_static(&tuple::EMPTY_TUPLE),
    traceback: Value::NULL,
    tb_len: 0,
    cause: Value::NULL,
    context: Value::NULL,
    suppress_context: false,
};

/// Borrows an exception object. The caller has checked that `v` is one (or the native part of
/// an instance of an exception class, see [`native`]).
#[inline]
pub fn get<'a>(v: Value) -> &'a ExceptionObj {
    // SAFETY: `v` points to a live `ExceptionObj` (checked by the caller).
    unsafe { &*v.as_ptr::<ExceptionObj>() }
}

#[inline]
fn get_mut<'a>(v: Value) -> &'a mut ExceptionObj {
    // SAFETY: as in `get`; the static MemoryError instance is never passed here (callers check
    // `is_heap_exception` before mutating).
    unsafe { &mut *v.as_ptr::<ExceptionObj>() }
}

/// Creates an exception of type `ty` (a built-in exception type or an exception class) with
/// the given args.
pub fn new(vm: &mut Vm, ty: *const Type, args: &[Value]) -> PyResult<Value> {
    let args = tuple::new(vm, args)?;
    let p = vm.alloc_obj::<ExceptionObj>(ty, 0)?;
    // SAFETY: `p` is a fresh, zeroed `ExceptionObj`.
    unsafe { (*p).args = args };
    Ok(Value::from_ptr(p))
}

/// Creates an exception with a single string argument.
pub fn new_with_msg(vm: &mut Vm, ty: &'static Type, msg: &str) -> PyResult<Value> {
    let s = super::str::new(vm, msg)?;
    new(vm, ty, &[s])
}

/// The exception object holding args and traceback: the value itself, or for an instance of a
/// Python class derived from an exception, its native part.
pub fn native(vm: &Vm, v: Value) -> Value {
    if vm.type_of(v).is_class() {
        super::instance::native(v)
    } else {
        v
    }
}

/// Whether `v` is an exception (an instance of BaseException or a subclass).
pub fn is_exception(vm: &Vm, v: Value) -> bool {
    vm.type_of(v).flags & flags::EXCEPTION != 0
}

pub fn args(vm: &Vm, exc: Value) -> Value {
    let n = native(vm, exc);
    if n.is_obj() {
        get(n).args
    } else {
        Value::from_static(&tuple::EMPTY_TUPLE)
    }
}

fn is_heap_exception(vm: &Vm, n: Value) -> bool {
    n.is_obj() && vm.heap.contains(n.as_ptr())
}

/// Appends a traceback entry; silently does nothing if memory is short (as MicroPython).
pub fn add_traceback(vm: &mut Vm, exc: Value, file: Qstr, line: usize, name: Qstr) {
    let n = native(vm, exc);
    if !is_heap_exception(vm, n) {
        return;
    }
    let len = get(n).tb_len;
    let cap = if get(n).traceback.is_null() { 0 } else { storage::values_capacity(vm, get(n).traceback) };
    if len + 3 > cap {
        let mark = vm.pin_mark();
        // A traceback that cannot grow stays as it is; the exception being raised must not be
        // replaced by the MemoryError of its own traceback.
        let pending = vm.take_exc();
        let grown = storage::new_values(vm, (cap * 2).max(6));
        vm.take_exc();
        vm.exc = pending;
        let Ok(new) = grown else {
            vm.unpin_to(mark);
            return;
        };
        let old = get(n).traceback;
        if !old.is_null() {
            // SAFETY: both arrays hold at least `len` values; they are distinct allocations.
            unsafe {
                core::ptr::copy_nonoverlapping(storage::values_ptr(old), storage::values_ptr(new), len)
            };
            vm.heap.free(old.as_ptr());
        }
        get_mut(n).traceback = new;
    }
    let tb = storage::values_ptr(get(n).traceback);
    // SAFETY: the array has room for len + 3 values.
    unsafe {
        *tb.add(len) = Value::small_int(file.0 as isize);
        *tb.add(len + 1) = Value::small_int(line as isize);
        *tb.add(len + 2) = Value::small_int(name.0 as isize);
    }
    get_mut(n).tb_len = len + 3;
}

/// The traceback entries (file, line, name), oldest call first... as recorded: innermost first.
pub fn traceback(vm: &Vm, exc: Value) -> alloc::vec::Vec<(Qstr, usize, Qstr)> {
    let n = native(vm, exc);
    let mut out = alloc::vec::Vec::new();
    if !n.is_obj() || get(n).traceback.is_null() {
        return out;
    }
    let tb = storage::values_ptr(get(n).traceback);
    for i in (0..get(n).tb_len).step_by(3) {
        // SAFETY: the first tb_len values of the array were written by `add_traceback`.
        let (f, l, name) = unsafe { (*tb.add(i), *tb.add(i + 1), *tb.add(i + 2)) };
        out.push((
            Qstr(f.as_small_int() as u32),
            l.as_small_int() as usize,
            Qstr(name.as_small_int() as u32),
        ));
    }
    out
}

/// Forgets the traceback (when an exception object is raised again from scratch).
pub fn clear_traceback(vm: &Vm, exc: Value) {
    let n = native(vm, exc);
    if is_heap_exception(vm, n) {
        get_mut(n).tb_len = 0;
    }
}

pub fn set_cause(vm: &Vm, exc: Value, cause: Value) {
    let n = native(vm, exc);
    if is_heap_exception(vm, n) {
        get_mut(n).cause = cause;
        get_mut(n).suppress_context = true;
    }
}

/// Records the exception that was being handled when `exc` was raised (unless it has one).
pub fn set_context(vm: &Vm, exc: Value, context: Value) {
    let n = native(vm, exc);
    if is_heap_exception(vm, n) && get(n).context.is_null() && context != exc {
        get_mut(n).context = context;
    }
}

/// `BaseException.__init__(self, *args)`: replaces the args (for subclasses that call it with
/// different arguments than they were created with).
fn exc_init(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let n = native(vm, args[0]);
    if is_heap_exception(vm, n) {
        let t = tuple::new(vm, &args[1..])?;
        get_mut(n).args = t;
    }
    Ok(Value::NONE)
}

fn exc_with_traceback(_vm: &mut Vm, this: Value, _tb: Value) -> PyResult<Value> {
    Ok(this)
}

static EXC_INIT: super::builtin_fn::BuiltinFn =
    super::builtin_fn::BuiltinFn::var(q::__init__, 1, 255, exc_init);
static EXC_WITH_TRACEBACK: super::builtin_fn::BuiltinFn =
    super::builtin_fn::BuiltinFn::f2(q::with_traceback, exc_with_traceback);
static EXC_LOCALS: [(Qstr, Value); 2] = [
    (q::__init__, Value::from_static(&EXC_INIT)),
    (q::with_traceback, Value::from_static(&EXC_WITH_TRACEBACK)),
];

fn exception_make_new(vm: &mut Vm, ty: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("function doesn't take keyword arguments"));
    }
    new(vm, ty.as_ptr(), args)
}

/// `str(e)`: empty for no args, the argument's str for one, the args tuple otherwise.
/// `repr(e)`: `Name(args...)` as CPython prints it.
fn exception_print(vm: &mut Vm, v: Value, out: &mut String, kind: PrintKind) -> PyResult<()> {
    let args = args(vm, v);
    let items = tuple::items(args);
    let ty = vm.type_of(v);
    if kind == PrintKind::Repr {
        out.push_str(vm.qstr_str(ty.name));
        if items.len() == 1 {
            out.push('(');
            vm.print_value(items[0], out, PrintKind::Repr)?;
            out.push(')');
        } else {
            vm.print_value(args, out, PrintKind::Repr)?;
        }
        return Ok(());
    }
    // An OSError with a known error number prints as `[Errno 2] ENOENT: details`.
    if core::ptr::eq(ty, &OS_ERROR_TYPE) && (1..3).contains(&items.len()) {
        let code = items[0].small_int_value().map(|n| n as i64);
        if let Some((n, name)) = code.and_then(|n| Some((n, crate::modules::errno::name(n)?))) {
            out.push_str(&alloc::format!("[Errno {n}] {}", vm.qstr_str(name)));
            if let Some(&detail) = items.get(1) {
                out.push_str(": ");
                vm.print_value(detail, out, PrintKind::Str)?;
            }
            return Ok(());
        }
    }
    match items.len() {
        0 => Ok(()),
        1 if vm.is_subclass_of_static(ty, &KEY_ERROR_TYPE) => vm.print_value(items[0], out, PrintKind::Repr),
        1 => vm.print_value(items[0], out, PrintKind::Str),
        _ => vm.print_value(args, out, PrintKind::Repr),
    }
}

fn exception_attr(vm: &mut Vm, v: Value, attr: Qstr) -> PyResult<Option<Value>> {
    let n = native(vm, v);
    let args = args(vm, v);
    let first = tuple::items(args).first().copied().unwrap_or(Value::NONE);
    let ty = vm.type_of(v);
    Ok(match attr {
        q::args => Some(args),
        q::value => Some(first),
        q::code if vm.is_subclass_of_static(ty, &SYSTEM_EXIT_TYPE) => Some(first),
        q::errno if vm.is_subclass_of_static(ty, &OS_ERROR_TYPE) => Some(first),
        q::strerror if vm.is_subclass_of_static(ty, &OS_ERROR_TYPE) => {
            Some(tuple::items(args).get(1).copied().unwrap_or(Value::NONE))
        }
        q::__cause__ => Some(if n.is_obj() && !get(n).cause.is_null() { get(n).cause } else { Value::NONE }),
        q::__context__ => {
            Some(if n.is_obj() && !get(n).context.is_null() { get(n).context } else { Value::NONE })
        }
        q::__suppress_context__ => Some(Value::from_bool(n.is_obj() && get(n).suppress_context)),
        q::__traceback__ => Some(Value::NONE),
        _ => None,
    })
}

fn exception_store_attr(vm: &mut Vm, v: Value, attr: Qstr, value: Value) -> PyResult<bool> {
    let n = native(vm, v);
    match attr {
        q::__cause__ if is_heap_exception(vm, n) => {
            get_mut(n).cause = if value.is_none() { Value::NULL } else { value };
            Ok(true)
        }
        q::__context__ if is_heap_exception(vm, n) => {
            get_mut(n).context = if value.is_none() { Value::NULL } else { value };
            Ok(true)
        }
        q::__suppress_context__ if is_heap_exception(vm, n) && !value.is_null() => {
            get_mut(n).suppress_context = value == Value::TRUE;
            Ok(true)
        }
        q::args if is_heap_exception(vm, n) && !value.is_null() => {
            let t = vm.to_tuple(value)?;
            get_mut(n).args = t;
            Ok(true)
        }
        _ => Ok(false),
    }
}
