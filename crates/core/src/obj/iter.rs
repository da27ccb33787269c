//! Iterators of the built-in types and the lazy iterator builtins: sequence and string
//! iterators, `enumerate`, `zip`, `map`, `filter`, `reversed`, and `iter(callable, sentinel)`.

use core::mem::size_of;

use super::{list, str as pystr, tuple, ObjHeader, Type};
use crate::gc::Marker;
use crate::obj::flags;
use crate::qstr::q;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Iterates a list, tuple, or any object with `__getitem__` by index until `IndexError`.
#[repr(C)]
pub struct SeqIter {
    pub header: ObjHeader,
    pub seq: Value,
    pub index: usize,
}

pub static SEQ_ITER_TYPE: Type = Type {
    flags: flags::ITER_IS_SELF,
    iternext: Some(seq_iternext),
    trace: Some(trace_seq_iter),
    ..Type::builtin(q::iterator)
};

fn trace_seq_iter(v: Value, m: &mut Marker) {
    // SAFETY: `v` is a sequence or string iterator (same layout).
    m.mark(unsafe { (*v.as_ptr::<SeqIter>()).seq });
}

fn new_seq_iter(vm: &mut Vm, ty: &'static Type, seq: Value) -> PyResult<Value> {
    let p = vm.alloc_obj::<SeqIter>(ty, 0)?;
    // SAFETY: fresh allocation.
    unsafe { (*p).seq = seq };
    Ok(Value::from_ptr(p))
}

/// `iter()` of a list, tuple, or `__getitem__` sequence.
pub fn seq_iter(vm: &mut Vm, seq: Value) -> PyResult<Value> {
    new_seq_iter(vm, &SEQ_ITER_TYPE, seq)
}

fn seq_iternext(vm: &mut Vm, it: Value) -> PyResult<Option<Value>> {
    // SAFETY: `it` is a sequence iterator; fields are re-read after any call.
    let (seq, index) = unsafe { ((*it.as_ptr::<SeqIter>()).seq, (*it.as_ptr::<SeqIter>()).index) };
    let next = if let Some(l) = vm.native_of(seq, &list::LIST_TYPE) {
        list::items(l).get(index).copied()
    } else if let Some(t) = vm.native_of(seq, &tuple::TUPLE_TYPE) {
        tuple::items(t).get(index).copied()
    } else {
        match vm.subscr_load(seq, Value::small_int(index as isize)) {
            Ok(v) => Some(v),
            Err(e) => {
                if vm.exc_matches(&super::exception::INDEX_ERROR_TYPE)
                    || vm.exc_matches(&super::exception::STOP_ITERATION_TYPE)
                {
                    vm.take_exc();
                    None
                } else {
                    return Err(e);
                }
            }
        }
    };
    if next.is_some() {
        // SAFETY: as above.
        unsafe { (*it.as_ptr::<SeqIter>()).index = index + 1 };
    }
    Ok(next)
}

pub static STR_ITER_TYPE: Type = Type {
    flags: flags::ITER_IS_SELF,
    iternext: Some(str_iternext),
    trace: Some(trace_seq_iter),
    ..Type::builtin(q::iterator)
};

/// `iter()` of a str: yields one-character strings (the index is a byte offset).
pub fn str_iter(vm: &mut Vm, s: Value) -> PyResult<Value> {
    new_seq_iter(vm, &STR_ITER_TYPE, s)
}

fn str_iternext(vm: &mut Vm, it: Value) -> PyResult<Option<Value>> {
    // SAFETY: `it` is a string iterator.
    let (s, pos) = unsafe { ((*it.as_ptr::<SeqIter>()).seq, (*it.as_ptr::<SeqIter>()).index) };
    let text = vm.text_of(s).unwrap_or_default();
    let Some(c) = text[pos..].chars().next() else { return Ok(None) };
    let n = c.len_utf8();
    // SAFETY: as above.
    unsafe { (*it.as_ptr::<SeqIter>()).index = pos + n };
    pystr::new(vm, &text[pos..pos + n]).map(Some)
}

/// A builtin lazy iterator with up to `n` value fields (enumerate, zip, map, filter,
/// reversed, callable iterator). Field meanings depend on the type.
#[repr(C)]
pub struct LazyIter {
    pub header: ObjHeader,
    pub a: Value,
    pub b: Value,
    /// Number of values in the inline tail (zip/map iterators).
    pub n: usize,
}

fn trace_lazy(v: Value, m: &mut Marker) {
    let it = lazy(v);
    m.mark(it.a);
    m.mark(it.b);
    m.mark_all(tail(v));
}

fn lazy<'a>(v: Value) -> &'a mut LazyIter {
    // SAFETY: callers pass one of the lazy iterator types, all with this layout.
    unsafe { &mut *v.as_ptr::<LazyIter>() }
}

fn tail<'a>(v: Value) -> &'a [Value] {
    // SAFETY: `n` values follow the fixed fields.
    unsafe {
        core::slice::from_raw_parts((v.as_ptr::<u8>()).add(size_of::<LazyIter>()) as *const Value, lazy(v).n)
    }
}

fn new_lazy(vm: &mut Vm, ty: &'static Type, a: Value, b: Value, rest: &[Value]) -> PyResult<Value> {
    let p = vm.alloc_obj::<LazyIter>(ty, core::mem::size_of_val(rest))?;
    // SAFETY: fresh allocation with room for `rest`.
    unsafe {
        (*p).a = a;
        (*p).b = b;
        (*p).n = rest.len();
        core::ptr::copy_nonoverlapping(
            rest.as_ptr(),
            (p as *mut u8).add(size_of::<LazyIter>()) as *mut Value,
            rest.len(),
        );
    }
    Ok(Value::from_ptr(p))
}

macro_rules! lazy_type {
    ($name:ident, $q:ident, $next:ident, $new:expr) => {
        pub static $name: Type = Type {
            flags: flags::ITER_IS_SELF | flags::BASETYPE,
            make_new: $new,
            iternext: Some($next),
            trace: Some(trace_lazy),
            ..Type::builtin(q::$q)
        };
    };
}

lazy_type!(ENUMERATE_TYPE, enumerate, enumerate_next, Some(enumerate_new));
lazy_type!(ZIP_TYPE, zip, zip_next, Some(zip_new));
lazy_type!(MAP_TYPE, map, map_next, Some(map_new));
lazy_type!(FILTER_TYPE, filter, filter_next, Some(filter_new));
lazy_type!(REVERSED_TYPE, reversed, reversed_next, Some(reversed_new));
lazy_type!(CALLABLE_ITER_TYPE, callable_iterator, callable_next, None);

/// `enumerate(iterable, start=0)`, also with `iterable=` as a keyword.
fn enumerate_new(vm: &mut Vm, _ty: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let mut iterable = args.first().copied().unwrap_or(Value::NULL);
    let mut start = args.get(1).copied().unwrap_or(Value::small_int(0));
    for pair in kw.chunks(2) {
        match vm.qstr_of(pair[0]) {
            Some(q::start) if args.len() < 2 => start = pair[1],
            Some(q::iterable) if args.is_empty() => iterable = pair[1],
            _ => return Err(vm.type_error("enumerate() got an unexpected keyword argument")),
        }
    }
    if iterable.is_null() || args.len() > 2 {
        return Err(vm.type_error("enumerate() takes 1 or 2 arguments"));
    }
    enumerate(vm, iterable, start)
}

fn zip_new(vm: &mut Vm, _ty: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    vm.check_args("zip", args, kw, 0, usize::MAX)?;
    zip(vm, args)
}

fn map_new(vm: &mut Vm, _ty: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    vm.check_args("map", args, kw, 2, usize::MAX)?;
    map(vm, args[0], &args[1..])
}

fn filter_new(vm: &mut Vm, _ty: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    vm.check_args("filter", args, kw, 2, 2)?;
    filter(vm, args[0], args[1])
}

fn reversed_new(vm: &mut Vm, _ty: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    vm.check_args("reversed", args, kw, 1, 1)?;
    reversed(vm, args[0])
}

/// `enumerate(iterable, start)`: `a` = iterator, `b` = next count.
pub fn enumerate(vm: &mut Vm, iterable: Value, start: Value) -> PyResult<Value> {
    let it = vm.get_iter(iterable)?;
    new_lazy(vm, &ENUMERATE_TYPE, it, start, &[])
}

fn enumerate_next(vm: &mut Vm, it: Value) -> PyResult<Option<Value>> {
    let Some(x) = vm.iter_next(lazy(it).a)? else { return Ok(None) };
    let n = lazy(it).b;
    let next = vm.binary_op(crate::bytecode::opcodes::BinaryOp::Add, n, Value::small_int(1))?;
    lazy(it).b = next;
    tuple::new(vm, &[n, x]).map(Some)
}

/// `zip(*iterables)`: the tail holds the iterators.
pub fn zip(vm: &mut Vm, iterables: &[Value]) -> PyResult<Value> {
    let mut its = alloc::vec::Vec::with_capacity(iterables.len());
    for &x in iterables {
        its.push(vm.get_iter(x)?);
    }
    new_lazy(vm, &ZIP_TYPE, Value::NULL, Value::NULL, &its)
}

/// Iterators of a zip or map at most this many take no Rust allocation per item.
const INLINE_ITERS: usize = 8;

/// The next item of each iterator in `it`'s tail, passed to `then`; `None` when one is
/// exhausted. The items are held in a stack array for the common few-iterator case.
fn next_of_each(
    vm: &mut Vm,
    it: Value,
    then: impl FnOnce(&mut Vm, &[Value]) -> PyResult<Value>,
) -> PyResult<Option<Value>> {
    let n = tail(it).len();
    let mut inline = [Value::NULL; INLINE_ITERS];
    let mut heap = alloc::vec::Vec::new();
    let items: &mut [Value] = if n <= INLINE_ITERS {
        &mut inline[..n]
    } else {
        heap.resize(n, Value::NULL);
        &mut heap
    };
    for (k, slot) in items.iter_mut().enumerate() {
        // The tail lives in the iterator object, which never changes size: re-read it after
        // each call, which may collect (fresh items are pinned).
        match vm.iter_next(tail(it)[k])? {
            Some(x) => *slot = x,
            None => return Ok(None),
        }
    }
    then(vm, items).map(Some)
}

/// The next item of a zip of `n` iterators or (`n` = 2) an enumerate, written unpacked at
/// `dst` as `UNPACK_SEQUENCE n` leaves it (last item lowest), without building the tuple that
/// a `for a, b in zip(...)` loop would unpack at once: `Some(Ok(false))` when exhausted,
/// `None` when `it` is not one of those (the caller takes the ordinary path).
///
/// # Safety
/// `dst` must point to `n` writable value slots of the caller's frame (above its stack top,
/// where `UNPACK_SEQUENCE` would write them).
pub unsafe fn next_unpacked(vm: &mut Vm, it: Value, n: usize, dst: *mut Value) -> Option<PyResult<bool>> {
    if it.is_exact(&ZIP_TYPE) && n > 0 && tail(it).len() == n {
        for k in 0..n {
            // Re-read the tail after each call, as `next_of_each` does.
            match vm.iter_next(tail(it)[k]) {
                // SAFETY: k < n slots, as the caller promised.
                Ok(Some(x)) => unsafe { *dst.add(n - 1 - k) = x },
                Ok(None) => return Some(Ok(false)),
                Err(e) => return Some(Err(e)),
            }
        }
        return Some(Ok(true));
    }
    if it.is_exact(&ENUMERATE_TYPE) && n == 2 {
        let x = match vm.iter_next(lazy(it).a) {
            Ok(Some(x)) => x,
            Ok(None) => return Some(Ok(false)),
            Err(e) => return Some(Err(e)),
        };
        let count = lazy(it).b;
        let next = match count.is_small_int().then(|| Value::try_small_int(count.as_small_int() as i64 + 1)) {
            Some(Some(v)) => v,
            _ => match vm.binary_op(crate::bytecode::opcodes::BinaryOp::Add, count, Value::small_int(1)) {
                Ok(v) => v,
                Err(e) => return Some(Err(e)),
            },
        };
        lazy(it).b = next;
        // SAFETY: two slots, as the caller promised.
        unsafe {
            *dst.add(1) = count;
            *dst = x;
        }
        return Some(Ok(true));
    }
    None
}

fn zip_next(vm: &mut Vm, it: Value) -> PyResult<Option<Value>> {
    if tail(it).is_empty() {
        return Ok(None);
    }
    next_of_each(vm, it, tuple::new)
}

/// `map(f, *iterables)`: `a` = function, tail = iterators.
pub fn map(vm: &mut Vm, f: Value, iterables: &[Value]) -> PyResult<Value> {
    let mut its = alloc::vec::Vec::with_capacity(iterables.len());
    for &x in iterables {
        its.push(vm.get_iter(x)?);
    }
    new_lazy(vm, &MAP_TYPE, f, Value::NULL, &its)
}

fn map_next(vm: &mut Vm, it: Value) -> PyResult<Option<Value>> {
    next_of_each(vm, it, |vm, args| {
        let f = lazy(it).a;
        vm.call(f, args)
    })
}

/// `filter(f, iterable)`: `a` = function or None, `b` = iterator.
pub fn filter(vm: &mut Vm, f: Value, iterable: Value) -> PyResult<Value> {
    let i = vm.get_iter(iterable)?;
    new_lazy(vm, &FILTER_TYPE, f, i, &[])
}

fn filter_next(vm: &mut Vm, it: Value) -> PyResult<Option<Value>> {
    loop {
        let Some(x) = vm.iter_next(lazy(it).b)? else { return Ok(None) };
        let f = lazy(it).a;
        let keep = if f.is_none() {
            vm.is_true(x)?
        } else {
            let r = vm.call(f, &[x])?;
            vm.is_true(r)?
        };
        if keep {
            return Ok(Some(x));
        }
    }
}

/// `reversed(seq)`: `a` = sequence, `b` = next index + 1 (counting down).
pub fn reversed(vm: &mut Vm, seq: Value) -> PyResult<Value> {
    if let Some(r) = vm.load_method_opt(seq, q::__reversed__)? {
        return vm.call_method_pair(r, &[]);
    }
    let n = vm.len(seq)?;
    new_lazy(vm, &REVERSED_TYPE, seq, Value::small_int(n as isize), &[])
}

fn reversed_next(vm: &mut Vm, it: Value) -> PyResult<Option<Value>> {
    let n = lazy(it).b.as_small_int();
    if n <= 0 {
        return Ok(None);
    }
    lazy(it).b = Value::small_int(n - 1);
    let seq = lazy(it).a;
    vm.subscr_load(seq, Value::small_int(n - 1)).map(Some)
}

/// `iter(callable, sentinel)`: `a` = callable, `b` = sentinel.
pub fn callable_iter(vm: &mut Vm, f: Value, sentinel: Value) -> PyResult<Value> {
    new_lazy(vm, &CALLABLE_ITER_TYPE, f, sentinel, &[])
}

fn callable_next(vm: &mut Vm, it: Value) -> PyResult<Option<Value>> {
    let f = lazy(it).a;
    if f.is_null() {
        return Ok(None);
    }
    let x = vm.call(f, &[])?;
    let sentinel = lazy(it).b;
    if x == sentinel || vm.eq(x, sentinel)? {
        lazy(it).a = Value::NULL;
        return Ok(None);
    }
    Ok(Some(x))
}
