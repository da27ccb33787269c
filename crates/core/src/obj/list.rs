//! `list`: a growable array of values. The items live in a separate value array that is
//! replaced when it grows; vacated slots are cleared so the collector never sees stale values.

use alloc::string::String;
use alloc::vec::Vec;

use super::builtin_fn::BuiltinFn;
use super::{iter, seq, slice, storage, tuple, ObjHeader, PrintKind, Subscr, Type, UnaryOp};
use crate::bytecode::opcodes::BinaryOp;
use crate::gc::Marker;
use crate::obj::flags;
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

#[repr(C)]
pub struct ListObj {
    pub header: ObjHeader,
    pub len: usize,
    pub cap: usize,
    /// Value array of `cap` slots, or NULL when `cap` is 0.
    pub items: Value,
}

pub static LIST_TYPE: Type = Type {
    flags: flags::BASETYPE,
    locals: super::Locals::Static(&LIST_LOCALS),
    make_new: Some(list_make_new),
    print: Some(list_print),
    unary: Some(list_unary),
    binary: Some(list_binary),
    subscr: Some(list_subscr),
    iter: Some(iter::seq_iter),
    contains: Some(list_contains),
    trace: Some(trace_list),
    ..Type::builtin(q::list)
};

fn trace_list(v: Value, m: &mut Marker) {
    let l = get(v);
    l.cap = m.mark_raw_values_trim(l.items, l.len, l.cap);
}

#[inline(always)]
fn get<'a>(v: Value) -> &'a mut ListObj {
    // SAFETY: callers pass a list object; the VM is single-threaded and no other reference to
    // the header is held across this short borrow.
    unsafe { &mut *v.as_ptr::<ListObj>() }
}

/// The items of a list (valid until the list is next modified).
#[inline(always)]
pub fn items<'a>(v: Value) -> &'a [Value] {
    let l = get(v);
    if l.len == 0 {
        return &[];
    }
    // SAFETY: the value array holds at least `len` initialised values.
    unsafe { core::slice::from_raw_parts(storage::raw_values_ptr(l.items), l.len) }
}

#[inline(always)]
fn items_mut<'a>(v: Value) -> &'a mut [Value] {
    let l = get(v);
    if l.len == 0 {
        return &mut [];
    }
    // SAFETY: as in `items`.
    unsafe { core::slice::from_raw_parts_mut(storage::raw_values_ptr(l.items), l.len) }
}

pub fn new(vm: &mut Vm, values: &[Value]) -> PyResult<Value> {
    let p = vm.alloc_obj::<ListObj>(&LIST_TYPE, 0)?;
    let v = Value::from_ptr(p);
    if !values.is_empty() {
        // A display or a copy gets room for its items alone (whole blocks of two), not more.
        grow_to(vm, v, values.len(), values.len())?;
        let l = get(v);
        // SAFETY: the array has room for `values.len()` values.
        unsafe {
            core::ptr::copy_nonoverlapping(values.as_ptr(), storage::raw_values_ptr(l.items), values.len())
        };
        l.len = values.len();
    }
    Ok(v)
}

/// `l[i] = v` when `i < len(l)`; false (nothing stored) otherwise.
#[inline(always)]
pub(crate) fn set_item_in_range(l: Value, i: usize, v: Value) -> bool {
    match items_mut(l).get_mut(i) {
        Some(slot) => {
            *slot = v;
            true
        }
        None => false,
    }
}

/// Whether `v` is a list (exactly; subclass instances go through `Vm::native_of`).
#[inline(always)]
pub fn is_list(v: Value) -> bool {
    v.is_exact(&LIST_TYPE)
}

/// Makes room for `extra` more items.
pub fn reserve(vm: &mut Vm, v: Value, extra: usize) -> PyResult<()> {
    let (len, cap) = (get(v).len, get(v).cap);
    let need = len.checked_add(extra).ok_or_else(|| vm.memory_error(usize::MAX))?;
    if need <= cap {
        return Ok(());
    }
    // Doubling while small (a list of 8 fits 8 slots, as in MicroPython), then 1.5x, then
    // 1.125x (as CPython) once the items fill 4 KB: a large list mostly grows where it is
    // (`grow_to`), so steps cost little, and its unused room stays small.
    let grown = match cap {
        0..16 => cap * 2,
        16..512 => cap + cap / 2,
        _ => cap + cap / 8,
    };
    grow_to(vm, v, need.max(grown).max(4), need)
}

/// Gives the list room for `cap` items, rounded up to whole heap blocks of two values (which
/// the allocation takes anyway), or for `need` items when the heap has no room for `cap`. The
/// items grow where they are when the heap has room around them (`storage::grow_raw_values`),
/// else move to a new array.
fn grow_to(vm: &mut Vm, v: Value, cap: usize, need: usize) -> PyResult<()> {
    let cap = cap.checked_next_multiple_of(2).ok_or_else(|| vm.memory_error(usize::MAX))?;
    let need = need.next_multiple_of(2);
    if try_grow_where_it_is(vm, v, cap) {
        return Ok(());
    }
    // A failed allocation collects first, which may free the blocks around the items: then
    // they can still grow where they are, to what they need.
    let (new_items, new_cap) = match storage::try_new_raw_values(vm, cap) {
        Some(items) => (items, cap),
        None if try_grow_where_it_is(vm, v, need) => return Ok(()),
        None => (storage::new_raw_values(vm, need)?, need),
    };
    let l = get(v);
    if l.len > 0 {
        // SAFETY: both arrays hold at least `len` values and are distinct allocations.
        unsafe {
            core::ptr::copy_nonoverlapping(
                storage::raw_values_ptr(l.items),
                storage::raw_values_ptr(new_items),
                l.len,
            )
        };
    }
    let old = l.items;
    l.items = new_items;
    l.cap = new_cap;
    if !old.is_null() {
        vm.heap.free(old.as_ptr());
    }
    Ok(())
}

fn try_grow_where_it_is(vm: &mut Vm, v: Value, cap: usize) -> bool {
    let l = get(v);
    if l.items.is_null() {
        return false;
    }
    match storage::grow_raw_values(vm, l.items, cap, l.len) {
        Some(items) => {
            let l = get(v);
            l.items = items;
            l.cap = cap;
            true
        }
        None => false,
    }
}

#[inline]
pub fn append(vm: &mut Vm, v: Value, item: Value) -> PyResult<()> {
    if get(v).len == get(v).cap {
        vm.pin(item);
        reserve(vm, v, 1)?;
    }
    let l = get(v);
    // SAFETY: len < cap after `reserve`.
    unsafe { *storage::raw_values_ptr(l.items).add(l.len) = item };
    l.len += 1;
    Ok(())
}

pub fn extend(vm: &mut Vm, v: Value, values: &[Value]) -> PyResult<()> {
    reserve(vm, v, values.len())?;
    let l = get(v);
    // SAFETY: the array has room for len + values.len(); `values` may alias the list's own
    // items (l.extend(l)), which `copy` permits.
    unsafe { core::ptr::copy(values.as_ptr(), storage::raw_values_ptr(l.items).add(l.len), values.len()) };
    l.len += values.len();
    Ok(())
}

/// Replaces the whole contents.
pub fn set_items(vm: &mut Vm, v: Value, values: &[Value]) -> PyResult<()> {
    let values = values.to_vec();
    // Room first, so a MemoryError leaves the list as it was.
    reserve(vm, v, values.len().saturating_sub(get(v).len))?;
    truncate(v, 0);
    extend(vm, v, &values)
}

fn truncate(v: Value, len: usize) {
    let l = get(v);
    if len >= l.len {
        return;
    }
    let p = storage::raw_values_ptr(l.items);
    for i in len..l.len {
        // SAFETY: i < len <= cap.
        unsafe { *p.add(i) = Value::NULL };
    }
    l.len = len;
}

/// Swaps items `i` and `j`; `false` (and nothing done) if either is out of range.
pub fn swap_items(v: Value, i: usize, j: usize) -> bool {
    let items = items_mut(v);
    if i >= items.len() || j >= items.len() {
        return false;
    }
    items.swap(i, j);
    true
}

/// Removes and returns item `i` (which the caller checked is in range).
pub fn remove_at(vm: &mut Vm, v: Value, i: usize) -> Value {
    let items = items_mut(v);
    let x = items[i];
    items.copy_within(i + 1.., i);
    let n = items.len();
    truncate(v, n - 1);
    vm.pin(x);
    x
}

pub fn insert_at(vm: &mut Vm, v: Value, i: usize, x: Value) -> PyResult<()> {
    append(vm, v, x)?;
    let items = items_mut(v);
    let n = items.len();
    let i = i.min(n - 1);
    items.copy_within(i..n - 1, i + 1);
    items[i] = x;
    Ok(())
}

fn list_make_new(vm: &mut Vm, ty: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    vm.check_args("list", args, kw, 0, 1)?;
    let l = match args.first() {
        Some(&src) => from_iterable(vm, src)?,
        None => new(vm, &[])?,
    };
    vm.wrap_native_subclass(ty, &LIST_TYPE, l)
}

fn list_print(vm: &mut Vm, v: Value, out: &mut String, _kind: PrintKind) -> PyResult<()> {
    if !vm.enter_repr(v) {
        out.push_str("[...]");
        return Ok(());
    }
    let r = tuple::print_items(vm, items(v), out, "[", "]");
    vm.leave_repr();
    r
}

fn list_unary(_vm: &mut Vm, op: UnaryOp, v: Value) -> PyResult<Option<Value>> {
    Ok(match op {
        UnaryOp::Bool => Some(Value::from_bool(get(v).len != 0)),
        UnaryOp::Len => Some(Value::small_int(get(v).len as isize)),
        _ => None,
    })
}

fn list_binary(
    vm: &mut Vm,
    op: BinaryOp,
    this: Value,
    other: Value,
    swapped: bool,
) -> PyResult<Option<Value>> {
    match op {
        BinaryOp::Add if !swapped => {
            let Some(other) = vm.native_of(other, &LIST_TYPE) else { return Ok(None) };
            let mut all = items(this).to_vec();
            all.extend_from_slice(items(other));
            new(vm, &all).map(Some)
        }
        BinaryOp::InplaceAdd => {
            let values = vm.iter_to_vec(other)?;
            extend(vm, this, &values)?;
            Ok(Some(this))
        }
        BinaryOp::Multiply | BinaryOp::InplaceMultiply => {
            let bytes = core::mem::size_of_val(items(this));
            let Some(n) = seq::repeat_count(vm, other, bytes)? else { return Ok(None) };
            let src = items(this).to_vec();
            let mut all = Vec::with_capacity(src.len() * n);
            for _ in 0..n {
                all.extend_from_slice(&src);
            }
            if op == BinaryOp::InplaceMultiply {
                set_items(vm, this, &all)?;
                return Ok(Some(this));
            }
            new(vm, &all).map(Some)
        }
        BinaryOp::Equal
        | BinaryOp::NotEqual
        | BinaryOp::Less
        | BinaryOp::LessEqual
        | BinaryOp::More
        | BinaryOp::MoreEqual => {
            let Some(other) = vm.native_of(other, &LIST_TYPE) else { return Ok(None) };
            let lens = || (get(this).len, get(other).len);
            let at = |i: usize| Some((*items(this).get(i)?, *items(other).get(i)?));
            seq::compare_with(vm, op, lens, at).map(|b| Some(Value::from_bool(b)))
        }
        _ => Ok(None),
    }
}

fn list_subscr(vm: &mut Vm, v: Value, index: Value, op: Subscr) -> PyResult<Value> {
    if slice::is_slice(index) {
        return list_slice(vm, v, index, op);
    }
    let n = get(v).len;
    let i = if matches!(op, Subscr::Store(_)) {
        seq::index_or(vm, index, n, "list", |vm| vm.index_error("list assignment index out of range"))?
    } else {
        seq::index(vm, index, n, "list")?
    };
    match op {
        Subscr::Load => Ok(items(v)[i]),
        Subscr::Store(x) => {
            items_mut(v)[i] = x;
            Ok(Value::NONE)
        }
        Subscr::Delete => {
            remove_at(vm, v, i);
            Ok(Value::NONE)
        }
    }
}

fn list_slice(vm: &mut Vm, v: Value, index: Value, op: Subscr) -> PyResult<Value> {
    let n = get(v).len;
    let r = seq::slice_range(vm, index, n)?;
    match op {
        Subscr::Load => {
            // Built in the heap at its final size: no copy of the items outside it.
            let l = new(vm, &[])?;
            if r.count > 0 {
                grow_to(vm, l, r.count, r.count)?;
                let (all, dst) = (items(v), storage::raw_values_ptr(get(l).items));
                // An `__index__` of the slice may have shortened the list since it was resolved.
                let picked = r.indices().filter_map(|i| all.get(i).copied());
                let mut k = 0;
                for x in picked {
                    // SAFETY: k < count, the new array's room.
                    unsafe { *dst.add(k) = x };
                    k += 1;
                }
                get(l).len = k;
            }
            Ok(l)
        }
        Subscr::Delete => {
            // The kept items close up in place, in one pass.
            let (lo, stride) = match r.step {
                step if step > 0 => (r.start, step),
                step => (r.start + (r.count as isize - 1) * step, -step),
            };
            let all = items_mut(v);
            let mut kept = 0;
            for i in 0..all.len() {
                let d = i as isize - lo;
                let dropped = d >= 0 && d % stride == 0 && ((d / stride) as usize) < r.count;
                if !dropped {
                    all[kept] = all[i];
                    kept += 1;
                }
            }
            truncate(v, kept);
            Ok(Value::NONE)
        }
        Subscr::Store(src) => {
            let values = vm.iter_to_vec(src)?;
            if r.step == 1 {
                // Iterating the source may have changed the list: clamp to what it holds now.
                let len = get(v).len;
                let start = (r.start.max(0) as usize).min(len);
                let old = r.count.min(len - start);
                if values.len() > old {
                    reserve(vm, v, values.len() - old)?;
                }
                let l = get(v);
                let p = storage::raw_values_ptr(l.items);
                let new_len = len - old + values.len();
                // SAFETY: the array has room for max(len, new_len) values; `copy` handles the
                // overlap of the moved tail, and `values` is a separate vector.
                unsafe {
                    core::ptr::copy(p.add(start + old), p.add(start + values.len()), len - start - old);
                    core::ptr::copy_nonoverlapping(values.as_ptr(), p.add(start), values.len());
                }
                if new_len < len {
                    for i in new_len..len {
                        // SAFETY: i < len <= cap; the vacated slots are cleared.
                        unsafe { *p.add(i) = Value::NULL };
                    }
                }
                l.len = new_len;
            } else {
                if values.len() != r.count {
                    return Err(vm.value_error(&alloc::format!(
                        "attempt to assign sequence of size {} to extended slice of size {}",
                        values.len(),
                        r.count
                    )));
                }
                // Iterating the source may have shortened the list: slots now past its end go.
                let all = items_mut(v);
                for (k, i) in r.indices().enumerate() {
                    if let Some(slot) = all.get_mut(i) {
                        *slot = values[k];
                    }
                }
            }
            Ok(Value::NONE)
        }
    }
}

fn list_contains(vm: &mut Vm, v: Value, item: Value) -> PyResult<bool> {
    let mut i = 0;
    while i < get(v).len {
        let x = items(v)[i];
        if x == item || vm.eq(x, item)? {
            return Ok(true);
        }
        i += 1;
    }
    Ok(false)
}

fn this_list(vm: &mut Vm, v: Value) -> PyResult<Value> {
    vm.native_of(v, &LIST_TYPE).ok_or_else(|| vm.type_error("descriptor requires a 'list' object"))
}

fn m_append(vm: &mut Vm, v: Value, x: Value) -> PyResult<Value> {
    let l = this_list(vm, v)?;
    append(vm, l, x)?;
    Ok(Value::NONE)
}

fn m_extend(vm: &mut Vm, v: Value, src: Value) -> PyResult<Value> {
    let l = this_list(vm, v)?;
    let values = vm.iter_to_vec(src)?;
    extend(vm, l, &values)?;
    Ok(Value::NONE)
}

fn m_pop(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let l = this_list(vm, args[0])?;
    let n = get(l).len;
    if n == 0 {
        return Err(vm.index_error("pop from empty list"));
    }
    let i = match args.get(1) {
        Some(&i) => seq::index(vm, i, n, "list")?,
        None => n - 1,
    };
    Ok(remove_at(vm, l, i))
}

fn m_insert(vm: &mut Vm, v: Value, index: Value, x: Value) -> PyResult<Value> {
    let l = this_list(vm, v)?;
    let n = get(l).len as i64;
    let mut i = vm.to_index(index, "list")?;
    if i < 0 {
        i = (i + n).max(0);
    }
    insert_at(vm, l, i.min(n) as usize, x)?;
    Ok(Value::NONE)
}

fn m_remove(vm: &mut Vm, v: Value, x: Value) -> PyResult<Value> {
    let l = this_list(vm, v)?;
    let mut i = 0;
    while i < get(l).len {
        let y = items(l)[i];
        if y == x || vm.eq(y, x)? {
            remove_at(vm, l, i);
            return Ok(Value::NONE);
        }
        i += 1;
    }
    Err(vm.value_error("object not in sequence"))
}

/// `list.__init__(self[, iterable])`: replaces the contents (for subclasses' `super().__init__`).
fn m_init(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let Some((&this, rest)) = args.split_first() else {
        return Err(vm.type_error("descriptor '__init__' needs an argument"));
    };
    vm.check_args("list", rest, kw, 0, 1)?;
    let l = this_list(vm, this)?;
    let values = match rest.first() {
        Some(&src) => vm.iter_to_vec(src)?,
        None => alloc::vec::Vec::new(),
    };
    truncate(l, 0);
    extend(vm, l, &values)?;
    Ok(Value::NONE)
}

fn m_clear(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let l = this_list(vm, v)?;
    truncate(l, 0);
    Ok(Value::NONE)
}

fn m_copy(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let l = this_list(vm, v)?;
    let all = items(l).to_vec();
    new(vm, &all)
}

fn m_reverse(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let l = this_list(vm, v)?;
    items_mut(l).reverse();
    Ok(Value::NONE)
}

fn m_sort(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let l = this_list(vm, args[0])?;
    let (key, reverse) = vm.parse_sort_kwargs(kw)?;
    // As in CPython, the items move to a list no Python code can reach while they are sorted
    // (in the heap, with no copy), and `l` is empty meanwhile: a key function or comparison
    // that changes `l` cannot disturb the sort, and its change is dropped and reported.
    let sorting = new(vm, &[])?;
    swap_storage(l, sorting);
    let sorted = sort_unshared(vm, sorting, key, reverse);
    let modified = get(l).len != 0 || !get(l).items.is_null();
    swap_storage(l, sorting);
    sorted?;
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(Value::NONE)
}

/// Exchanges the items (storage, length and room) of two lists.
fn swap_storage(a: Value, b: Value) {
    let (a, b) = (get(a), get(b));
    core::mem::swap(&mut a.items, &mut b.items);
    core::mem::swap(&mut a.len, &mut b.len);
    core::mem::swap(&mut a.cap, &mut b.cap);
}

/// A new list of the items of `iterable` (a copy of a list or tuple's items, or what iterating
/// gives), built in the heap with no copy outside it.
pub fn from_iterable(vm: &mut Vm, iterable: Value) -> PyResult<Value> {
    if is_list(iterable) {
        return new(vm, items(iterable));
    }
    if iterable.is_exact(&tuple::TUPLE_TYPE) {
        return new(vm, tuple::items(iterable));
    }
    let it = vm.get_iter(iterable)?;
    vm.pin(it);
    let l = new(vm, &[])?;
    loop {
        let mark = vm.pin_mark();
        let Some(x) = vm.iter_next(it)? else { break };
        append(vm, l, x)?;
        vm.unpin_to(mark);
    }
    Ok(l)
}

/// Sorts a list no Python code can reach yet (`sorted`'s result) in place, with its keys in
/// a second such list: nothing is copied or pinned outside the heap.
pub fn sort_unshared(vm: &mut Vm, l: Value, key: Value, reverse: bool) -> PyResult<()> {
    if key.is_null() || key.is_none() {
        return seq::sort(vm, items_mut(l), None, reverse);
    }
    let n = get(l).len;
    let keys = new(vm, &[])?;
    reserve(vm, keys, n)?;
    for i in 0..n {
        let x = items(l)[i];
        let mark = vm.pin_mark();
        let k = vm.call(key, &[x])?;
        append(vm, keys, k)?;
        vm.unpin_to(mark);
    }
    seq::sort(vm, items_mut(l), Some(items_mut(keys)), reverse)
}

/// Sorts `values` with an optional key function (`list.sort`, whose list the key function or
/// the comparisons may change while it sorts).
pub fn sort_values(vm: &mut Vm, values: &mut [Value], key: Value, reverse: bool) -> PyResult<()> {
    for &x in values.iter() {
        vm.pin(x);
    }
    if key.is_null() || key.is_none() {
        return seq::sort(vm, values, None, reverse);
    }
    let mut keys = Vec::with_capacity(values.len());
    for &x in values.iter() {
        // What the key function allocated and did not keep is garbage once it returns: only
        // the key stays pinned (a sort of n items would otherwise pin all of it until the
        // interpreter's next safe point).
        let mark = vm.pin_mark();
        let k = vm.call(key, &[x])?;
        vm.unpin_to(mark);
        vm.pin(k);
        keys.push(k);
    }
    seq::sort(vm, values, Some(&mut keys), reverse)
}

/// Items of a list or tuple receiver for the methods they share.
fn seq_items(vm: &mut Vm, v: Value) -> PyResult<Vec<Value>> {
    if let Some(l) = vm.native_of(v, &LIST_TYPE) {
        return Ok(items(l).to_vec());
    }
    if let Some(t) = vm.native_of(v, &tuple::TUPLE_TYPE) {
        return Ok(tuple::items(t).to_vec());
    }
    Err(vm.type_error("expected a list or tuple"))
}

fn m_count(vm: &mut Vm, v: Value, x: Value) -> PyResult<Value> {
    let all = seq_items(vm, v)?;
    let mut n = 0;
    for y in all {
        if y == x || vm.eq(y, x)? {
            n += 1;
        }
    }
    Ok(Value::small_int(n))
}

fn m_index(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let all = seq_items(vm, args[0])?;
    let n = all.len() as i64;
    let norm = |vm: &mut Vm, v: Option<&Value>, default: i64| -> PyResult<i64> {
        match v {
            None => Ok(default),
            Some(&v) => {
                let i = vm.to_index(v, "list")?;
                Ok(if i < 0 { (i + n).max(0) } else { i.min(n) })
            }
        }
    };
    let start = norm(vm, args.get(2), 0)?;
    let stop = norm(vm, args.get(3), n)?;
    for i in start..stop {
        let y = all[i as usize];
        if y == args[1] || vm.eq(y, args[1])? {
            return Ok(Value::small_int(i as isize));
        }
    }
    Err(vm.value_error("object not in sequence"))
}

pub static SEQ_COUNT: BuiltinFn = BuiltinFn::f2(q::count, m_count);
pub static SEQ_INDEX: BuiltinFn = BuiltinFn::var(q::index, 2, 4, m_index);
static APPEND: BuiltinFn = BuiltinFn::f2(q::append, m_append);
static EXTEND: BuiltinFn = BuiltinFn::f2(q::extend, m_extend);
static POP: BuiltinFn = BuiltinFn::var(q::pop, 1, 2, m_pop);
static INSERT: BuiltinFn = BuiltinFn::f3(q::insert, m_insert);
static REMOVE: BuiltinFn = BuiltinFn::f2(q::remove, m_remove);
static CLEAR: BuiltinFn = BuiltinFn::f1(q::clear, m_clear);
static COPY: BuiltinFn = BuiltinFn::f1(q::copy, m_copy);
static REVERSE: BuiltinFn = BuiltinFn::f1(q::reverse, m_reverse);
static SORT: BuiltinFn = BuiltinFn::kw(q::sort, m_sort);
static INIT: BuiltinFn = BuiltinFn::kw(q::__init__, m_init);

static LIST_LOCALS: [(Qstr, Value); 12] = [
    (q::__init__, Value::from_static(&INIT)),
    (q::append, Value::from_static(&APPEND)),
    (q::extend, Value::from_static(&EXTEND)),
    (q::pop, Value::from_static(&POP)),
    (q::insert, Value::from_static(&INSERT)),
    (q::remove, Value::from_static(&REMOVE)),
    (q::clear, Value::from_static(&CLEAR)),
    (q::copy, Value::from_static(&COPY)),
    (q::reverse, Value::from_static(&REVERSE)),
    (q::sort, Value::from_static(&SORT)),
    (q::count, Value::from_static(&SEQ_COUNT)),
    (q::index, Value::from_static(&SEQ_INDEX)),
];
