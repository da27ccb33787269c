//! `collections.deque`: a double-ended queue in a ring buffer, optionally bounded by `maxlen`
//! (a full bounded deque drops items from the other end, as in CPython). MicroPython's third
//! constructor argument is accepted too: when true, appending to a full deque raises
//! `IndexError('full')` instead.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::bytecode::opcodes::BinaryOp;
use crate::gc::Marker;
use crate::obj::builtin_fn::BuiltinFn;
use crate::obj::{int, iter, seq, storage, tuple, Locals, ObjHeader, PrintKind, Subscr, Type, UnaryOp};
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

#[repr(C)]
struct DequeObj {
    header: ObjHeader,
    /// Value array of `cap` slots (NULL when `cap` is 0); live items are `head..head+len`
    /// modulo `cap`, every other slot NULL.
    items: Value,
    cap: usize,
    head: usize,
    len: usize,
    /// `usize::MAX` when unbounded.
    maxlen: usize,
    /// MicroPython's flag: raise instead of dropping when full.
    check_overflow: bool,
}

pub static DEQUE_TYPE: Type = Type {
    locals: Locals::Static(&DEQUE_LOCALS),
    make_new: Some(deque_make_new),
    print: Some(deque_print),
    unary: Some(deque_unary),
    binary: Some(deque_binary),
    attr: Some(deque_attr),
    subscr: Some(deque_subscr),
    iter: Some(iter::seq_iter),
    contains: Some(deque_contains),
    trace: Some(trace_deque),
    ..Type::builtin(q::deque)
};

fn trace_deque(v: Value, m: &mut Marker) {
    let d = get(v);
    m.mark_raw_values(d.items, d.cap);
}

#[inline]
fn get<'a>(v: Value) -> &'a mut DequeObj {
    // SAFETY: callers pass a deque object; short borrows with no allocation in between.
    unsafe { &mut *v.as_ptr::<DequeObj>() }
}

fn slot(d: &DequeObj, i: usize) -> *mut Value {
    // SAFETY: callers pass i < len <= cap, so the slot lies inside the value array.
    unsafe { storage::raw_values_ptr(d.items).add((d.head + i) % d.cap) }
}

fn item(v: Value, i: usize) -> Option<Value> {
    let d = get(v);
    // SAFETY: i < len.
    (i < d.len).then(|| unsafe { *slot(d, i) })
}

fn to_vec(v: Value) -> Vec<Value> {
    (0..get(v).len).filter_map(|i| item(v, i)).collect()
}

/// Makes room for `n` items in total (never more than `maxlen`).
fn reserve(vm: &mut Vm, v: Value, n: usize) -> PyResult<()> {
    let cap = get(v).cap;
    if n <= cap {
        return Ok(());
    }
    let new_cap = n.max(cap.saturating_mul(2)).max(4).min(get(v).maxlen.max(n));
    if new_cap.saturating_mul(core::mem::size_of::<Value>()) > vm.heap.total_bytes() {
        return Err(vm.memory_error(new_cap.saturating_mul(core::mem::size_of::<Value>())));
    }
    let new_items = storage::new_raw_values(vm, new_cap)?;
    let old = to_vec(v);
    let d = get(v);
    let dst = storage::raw_values_ptr(new_items);
    // SAFETY: the new array has `new_cap` >= len slots.
    unsafe { core::ptr::copy_nonoverlapping(old.as_ptr(), dst, old.len()) };
    let old_items = d.items;
    d.items = new_items;
    d.cap = new_cap;
    d.head = 0;
    if !old_items.is_null() {
        vm.heap.free(old_items.as_ptr());
    }
    Ok(())
}

/// Replaces the contents with `values` (which the deque's storage keeps reachable: callers
/// pass items already in the deque plus pinned new ones).
fn set_contents(vm: &mut Vm, v: Value, values: &[Value]) -> PyResult<()> {
    reserve(vm, v, values.len())?;
    let d = get(v);
    let base = storage::raw_values_ptr(d.items);
    for i in 0..d.cap {
        // SAFETY: i < cap, inside the value array.
        unsafe { *base.add(i) = values.get(i).copied().unwrap_or(Value::NULL) };
    }
    d.head = 0;
    d.len = values.len();
    Ok(())
}

fn full_error(vm: &mut Vm) -> crate::vm::Raised {
    vm.index_error("full")
}

fn push(vm: &mut Vm, v: Value, x: Value, left: bool) -> PyResult<()> {
    let (len, maxlen) = (get(v).len, get(v).maxlen);
    if len == maxlen {
        if get(v).check_overflow {
            return Err(full_error(vm));
        }
        if maxlen == 0 {
            return Ok(());
        }
        pop(vm, v, !left)?;
    }
    vm.pin(x);
    reserve(vm, v, get(v).len + 1)?;
    let d = get(v);
    if left {
        d.head = (d.head + d.cap - 1) % d.cap;
        d.len += 1;
        // SAFETY: 0 < len.
        unsafe { *slot(d, 0) = x };
    } else {
        d.len += 1;
        // SAFETY: len - 1 < len.
        unsafe { *slot(d, d.len - 1) = x };
    }
    Ok(())
}

fn pop(vm: &mut Vm, v: Value, left: bool) -> PyResult<Value> {
    let d = get(v);
    if d.len == 0 {
        return Err(vm.index_error("empty"));
    }
    let i = if left { 0 } else { d.len - 1 };
    let p = slot(d, i);
    // SAFETY: i < len.
    let x = unsafe { core::mem::replace(&mut *p, Value::NULL) };
    if left {
        d.head = (d.head + 1) % d.cap;
    }
    d.len -= 1;
    Ok(x)
}

fn new_deque(vm: &mut Vm, maxlen: usize, check_overflow: bool) -> PyResult<Value> {
    let p = vm.alloc_obj::<DequeObj>(&DEQUE_TYPE, 0)?;
    // SAFETY: fresh zeroed allocation; the fields are plain data.
    unsafe {
        (*p).maxlen = maxlen;
        (*p).check_overflow = check_overflow;
    }
    Ok(Value::from_ptr(p))
}

fn deque_make_new(vm: &mut Vm, _ty: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (mut iterable, mut maxlen) = (args.first().copied(), args.get(1).copied());
    if args.len() > 3 {
        return Err(vm.type_error("deque() takes at most 3 arguments"));
    }
    for pair in kw.chunks(2) {
        match vm.qstr_of(pair[0]) {
            Some(q::iterable) if iterable.is_none() => iterable = Some(pair[1]),
            Some(q::maxlen) if maxlen.is_none() => maxlen = Some(pair[1]),
            _ => return Err(vm.type_error("deque() got an unexpected keyword argument")),
        }
    }
    let maxlen = match maxlen {
        None => usize::MAX,
        Some(m) if m.is_none() => usize::MAX,
        Some(m) => {
            let n = vm.to_i64(m)?;
            if n < 0 {
                return Err(vm.value_error("maxlen must be non-negative"));
            }
            usize::try_from(n).unwrap_or(usize::MAX - 1).min(usize::MAX - 1)
        }
    };
    let check = match args.get(2) {
        Some(&f) => vm.to_i64(f)? & 1 != 0,
        None => false,
    };
    let d = new_deque(vm, maxlen, check)?;
    if let Some(src) = iterable {
        extend(vm, d, src, false)?;
    }
    Ok(d)
}

fn extend(vm: &mut Vm, d: Value, src: Value, left: bool) -> PyResult<()> {
    for x in vm.iter_to_vec(src)? {
        push(vm, d, x, left)?;
    }
    Ok(())
}

fn deque_print(vm: &mut Vm, v: Value, out: &mut String, _kind: PrintKind) -> PyResult<()> {
    if !vm.enter_repr(v) {
        out.push_str("[...]");
        return Ok(());
    }
    out.push_str("deque(");
    let items = to_vec(v);
    let r = tuple::print_items(vm, &items, out, "[", "]");
    vm.leave_repr();
    r?;
    let maxlen = get(v).maxlen;
    if maxlen != usize::MAX {
        out.push_str(&format!(", maxlen={maxlen}"));
    }
    out.push(')');
    Ok(())
}

fn deque_unary(_vm: &mut Vm, op: UnaryOp, v: Value) -> PyResult<Option<Value>> {
    let n = get(v).len;
    Ok(match op {
        UnaryOp::Bool => Some(Value::from_bool(n != 0)),
        UnaryOp::Len => Some(Value::small_int(n as isize)),
        _ => None,
    })
}

fn deque_binary(
    vm: &mut Vm,
    op: BinaryOp,
    this: Value,
    other: Value,
    swapped: bool,
) -> PyResult<Option<Value>> {
    if op == BinaryOp::InplaceAdd {
        extend(vm, this, other, false)?;
        return Ok(Some(this));
    }
    if !other.is_exact(&DEQUE_TYPE) {
        return Ok(None);
    }
    let (a, b) = if swapped { (other, this) } else { (this, other) };
    match op {
        BinaryOp::Add => {
            let d = new_deque(vm, get(a).maxlen, false)?;
            let mut all = to_vec(a);
            all.extend(to_vec(b));
            for x in all {
                push(vm, d, x, false)?;
            }
            Ok(Some(d))
        }
        BinaryOp::Equal
        | BinaryOp::NotEqual
        | BinaryOp::Less
        | BinaryOp::LessEqual
        | BinaryOp::More
        | BinaryOp::MoreEqual => {
            let (x, y) = (to_vec(a), to_vec(b));
            // The copies' items stay alive even if an `__eq__` takes them out of a deque.
            for &v in x.iter().chain(&y) {
                vm.pin(v);
            }
            seq::compare(vm, op, &x, &y).map(|r| Some(Value::from_bool(r)))
        }
        _ => Ok(None),
    }
}

fn deque_attr(vm: &mut Vm, v: Value, attr: Qstr) -> PyResult<Option<Value>> {
    if attr != q::maxlen {
        return Ok(None);
    }
    let m = get(v).maxlen;
    if m == usize::MAX {
        Ok(Some(Value::NONE))
    } else {
        int::from_u64(vm, m as u64).map(Some)
    }
}

fn deque_subscr(vm: &mut Vm, v: Value, index: Value, op: Subscr) -> PyResult<Value> {
    let i = seq::index(vm, index, get(v).len, "deque")?;
    match op {
        Subscr::Load => Ok(item(v, i).unwrap_or(Value::NONE)),
        Subscr::Store(x) => {
            // SAFETY: i < len (checked by `seq::index`).
            unsafe { *slot(get(v), i) = x };
            Ok(Value::NONE)
        }
        Subscr::Delete => {
            let mut items = to_vec(v);
            items.remove(i);
            set_contents(vm, v, &items)?;
            Ok(Value::NONE)
        }
    }
}

/// Index of the first item equal to `x` in `start..stop`, re-reading the deque after each
/// comparison (which may run Python code that changes it).
fn find(vm: &mut Vm, v: Value, x: Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let mut i = start;
    while i < stop.min(get(v).len) {
        if let Some(y) = item(v, i) {
            if y == x || vm.eq(y, x)? {
                return Ok(Some(i));
            }
        }
        i += 1;
    }
    Ok(None)
}

fn deque_contains(vm: &mut Vm, v: Value, x: Value) -> PyResult<bool> {
    Ok(find(vm, v, x, 0, usize::MAX)?.is_some())
}

// ---- methods ----

fn this(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if v.is_exact(&DEQUE_TYPE) {
        Ok(v)
    } else {
        Err(vm.type_error("descriptor requires a 'deque' object"))
    }
}

fn m_append(vm: &mut Vm, v: Value, x: Value) -> PyResult<Value> {
    let d = this(vm, v)?;
    push(vm, d, x, false)?;
    Ok(Value::NONE)
}

fn m_appendleft(vm: &mut Vm, v: Value, x: Value) -> PyResult<Value> {
    let d = this(vm, v)?;
    push(vm, d, x, true)?;
    Ok(Value::NONE)
}

fn m_pop(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let d = this(vm, v)?;
    pop(vm, d, false)
}

fn m_popleft(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let d = this(vm, v)?;
    pop(vm, d, true)
}

fn m_extend(vm: &mut Vm, v: Value, src: Value) -> PyResult<Value> {
    let d = this(vm, v)?;
    extend(vm, d, src, false)?;
    Ok(Value::NONE)
}

fn m_extendleft(vm: &mut Vm, v: Value, src: Value) -> PyResult<Value> {
    let d = this(vm, v)?;
    extend(vm, d, src, true)?;
    Ok(Value::NONE)
}

fn m_clear(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let d = this(vm, v)?;
    set_contents(vm, d, &[])?;
    Ok(Value::NONE)
}

fn m_copy(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let d = this(vm, v)?;
    let c = new_deque(vm, get(d).maxlen, get(d).check_overflow)?;
    let items = to_vec(d);
    set_contents(vm, c, &items)?;
    Ok(c)
}

fn m_count(vm: &mut Vm, v: Value, x: Value) -> PyResult<Value> {
    let d = this(vm, v)?;
    let (mut n, mut i) = (0, 0);
    while let Some(j) = find(vm, d, x, i, usize::MAX)? {
        n += 1;
        i = j + 1;
    }
    Ok(Value::small_int(n))
}

fn m_index(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let d = this(vm, args[0])?;
    let len = get(d).len as i64;
    let bound = |vm: &mut Vm, a: Option<&Value>, default: i64| -> PyResult<usize> {
        let n = match a {
            Some(&x) => vm.to_i64(x)?,
            None => default,
        };
        Ok((if n < 0 { n + len } else { n }).clamp(0, len) as usize)
    };
    let start = bound(vm, args.get(2), 0)?;
    let stop = bound(vm, args.get(3), len)?;
    match find(vm, d, args[1], start, stop)? {
        Some(i) => Ok(Value::small_int(i as isize)),
        None => Err(vm.value_error("deque.index(x): x not in deque")),
    }
}

fn m_insert(vm: &mut Vm, v: Value, index: Value, x: Value) -> PyResult<Value> {
    let d = this(vm, v)?;
    if get(d).len == get(d).maxlen {
        return Err(vm.index_error("deque already at its maximum size"));
    }
    let len = get(d).len as i64;
    let i = vm.to_i64(index)?;
    let i = (if i < 0 { i + len } else { i }).clamp(0, len) as usize;
    vm.pin(x);
    let mut items = to_vec(d);
    items.insert(i, x);
    set_contents(vm, d, &items)?;
    Ok(Value::NONE)
}

fn m_remove(vm: &mut Vm, v: Value, x: Value) -> PyResult<Value> {
    let d = this(vm, v)?;
    let Some(i) = find(vm, d, x, 0, usize::MAX)? else {
        return Err(vm.value_error("deque.remove(x): x not in deque"));
    };
    let mut items = to_vec(d);
    if i < items.len() {
        items.remove(i);
    }
    set_contents(vm, d, &items)?;
    Ok(Value::NONE)
}

fn m_reverse(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let d = this(vm, v)?;
    let mut items = to_vec(d);
    items.reverse();
    set_contents(vm, d, &items)?;
    Ok(Value::NONE)
}

fn m_rotate(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let d = this(vm, args[0])?;
    let n = match args.get(1) {
        Some(&k) => vm.to_i64(k)?,
        None => 1,
    };
    let mut items = to_vec(d);
    if !items.is_empty() {
        let k = n.rem_euclid(items.len() as i64) as usize;
        items.rotate_right(k);
        set_contents(vm, d, &items)?;
    }
    Ok(Value::NONE)
}

static APPEND: BuiltinFn = BuiltinFn::f2(q::append, m_append);
static APPENDLEFT: BuiltinFn = BuiltinFn::f2(q::appendleft, m_appendleft);
static POP: BuiltinFn = BuiltinFn::f1(q::pop, m_pop);
static POPLEFT: BuiltinFn = BuiltinFn::f1(q::popleft, m_popleft);
static EXTEND: BuiltinFn = BuiltinFn::f2(q::extend, m_extend);
static EXTENDLEFT: BuiltinFn = BuiltinFn::f2(q::extendleft, m_extendleft);
static CLEAR: BuiltinFn = BuiltinFn::f1(q::clear, m_clear);
static COPY: BuiltinFn = BuiltinFn::f1(q::copy, m_copy);
static COUNT: BuiltinFn = BuiltinFn::f2(q::count, m_count);
static INDEX: BuiltinFn = BuiltinFn::var(q::index, 2, 4, m_index);
static INSERT: BuiltinFn = BuiltinFn::f3(q::insert, m_insert);
static REMOVE: BuiltinFn = BuiltinFn::f2(q::remove, m_remove);
static REVERSE: BuiltinFn = BuiltinFn::f1(q::reverse, m_reverse);
static ROTATE: BuiltinFn = BuiltinFn::var(q::rotate, 1, 2, m_rotate);

static DEQUE_LOCALS: [(Qstr, Value); 14] = [
    (q::append, Value::from_static(&APPEND)),
    (q::appendleft, Value::from_static(&APPENDLEFT)),
    (q::pop, Value::from_static(&POP)),
    (q::popleft, Value::from_static(&POPLEFT)),
    (q::extend, Value::from_static(&EXTEND)),
    (q::extendleft, Value::from_static(&EXTENDLEFT)),
    (q::clear, Value::from_static(&CLEAR)),
    (q::copy, Value::from_static(&COPY)),
    (q::count, Value::from_static(&COUNT)),
    (q::index, Value::from_static(&INDEX)),
    (q::insert, Value::from_static(&INSERT)),
    (q::remove, Value::from_static(&REMOVE)),
    (q::reverse, Value::from_static(&REVERSE)),
    (q::rotate, Value::from_static(&ROTATE)),
];
