//! The `heapq` module: a binary min-heap kept in a list (`heappush`, `heappop`, `heapify`
//! as in MicroPython, plus CPython's `heapreplace`, `heappushpop`, `nsmallest`, `nlargest`).
//! The sift steps make the same comparisons and moves as CPython's, so heaps have the same
//! layout; they swap items rather than leave a hole, so every item stays in the list (and
//! reachable) while `__lt__` runs, and a list that such a call resizes raises RuntimeError.

use alloc::vec::Vec;

use crate::obj::builtin_fn::BuiltinFn;
use crate::obj::list;
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn heap_arg(vm: &mut Vm, h: Value) -> PyResult<Value> {
    vm.native_of(h, &list::LIST_TYPE).ok_or_else(|| vm.type_error("heap must be a list"))
}

/// `heap[i] < heap[j]`, failing if a comparison changed the list's size from `len`.
fn less_at(vm: &mut Vm, h: Value, i: usize, j: usize, len: usize) -> PyResult<bool> {
    let items = list::items(h);
    let (Some(&a), Some(&b)) = (items.get(i), items.get(j)) else {
        return Err(vm.runtime_error("list changed size during iteration"));
    };
    let r = vm.less(a, b)?;
    if list::items(h).len() != len {
        return Err(vm.runtime_error("list changed size during iteration"));
    }
    Ok(r)
}

/// Moves the item at `pos` up towards `start` while it is smaller than its parent.
fn sift_down(vm: &mut Vm, h: Value, start: usize, mut pos: usize, len: usize) -> PyResult<()> {
    while pos > start {
        let parent = (pos - 1) / 2;
        if !less_at(vm, h, pos, parent, len)? {
            break;
        }
        list::swap_items(h, pos, parent);
        pos = parent;
    }
    Ok(())
}

/// Moves the item at `pos` down to a leaf along the smaller children, then back up.
fn sift_up(vm: &mut Vm, h: Value, mut pos: usize, len: usize) -> PyResult<()> {
    let start = pos;
    let mut child = 2 * pos + 1;
    while child < len {
        let right = child + 1;
        if right < len && !less_at(vm, h, child, right, len)? {
            child = right;
        }
        list::swap_items(h, pos, child);
        pos = child;
        child = 2 * pos + 1;
    }
    sift_down(vm, h, start, pos, len)
}

fn heappush(vm: &mut Vm, h: Value, x: Value) -> PyResult<Value> {
    let h = heap_arg(vm, h)?;
    list::append(vm, h, x)?;
    let len = list::items(h).len();
    sift_down(vm, h, 0, len - 1, len)?;
    Ok(Value::NONE)
}

fn heappop(vm: &mut Vm, h: Value) -> PyResult<Value> {
    let h = heap_arg(vm, h)?;
    let len = list::items(h).len();
    if len == 0 {
        return Err(vm.index_error("empty heap"));
    }
    list::swap_items(h, 0, len - 1);
    let top = list::remove_at(vm, h, len - 1);
    if len > 1 {
        sift_up(vm, h, 0, len - 1)?;
    }
    Ok(top)
}

fn heapify(vm: &mut Vm, h: Value) -> PyResult<Value> {
    let h = heap_arg(vm, h)?;
    let len = list::items(h).len();
    for i in (0..len / 2).rev() {
        sift_up(vm, h, i, len)?;
    }
    Ok(Value::NONE)
}

/// Pops the smallest item and pushes `x` (the heap must not be empty).
fn heapreplace(vm: &mut Vm, h: Value, x: Value) -> PyResult<Value> {
    let h = heap_arg(vm, h)?;
    let len = list::items(h).len();
    if len == 0 {
        return Err(vm.index_error("empty heap"));
    }
    let top = list::items(h)[0];
    vm.pin(top);
    list::append(vm, h, x)?;
    list::swap_items(h, 0, len);
    list::remove_at(vm, h, len);
    sift_up(vm, h, 0, len)?;
    Ok(top)
}

/// Pushes `x` then pops the smallest item (which may be `x` itself).
fn heappushpop(vm: &mut Vm, h: Value, x: Value) -> PyResult<Value> {
    let h = heap_arg(vm, h)?;
    let Some(&top) = list::items(h).first() else { return Ok(x) };
    if !vm.less(top, x)? {
        return Ok(x);
    }
    heapreplace(vm, h, x)
}

/// The `n` smallest (or largest) items of an iterable, sorted, with an optional key.
fn n_extreme(vm: &mut Vm, args: &[Value], kw: &[Value], largest: bool) -> PyResult<Value> {
    let name = if largest { "nlargest" } else { "nsmallest" };
    vm.check_args(name, args, &[], 2, 2)?;
    let mut key = Value::NULL;
    for pair in kw.chunks(2) {
        match vm.qstr_of(pair[0]) {
            Some(q::key) => key = pair[1],
            _ => return Err(vm.type_error(&alloc::format!("{name}() got an unexpected keyword argument"))),
        }
    }
    let n = vm.to_i64(args[0])?.max(0) as usize;
    let mut values: Vec<Value> = vm.iter_to_vec(args[1])?;
    list::sort_values(vm, &mut values, key, largest)?;
    values.truncate(n);
    list::new(vm, &values)
}

static HEAPPUSH: BuiltinFn = BuiltinFn::f2(q::heappush, heappush);
static HEAPPOP: BuiltinFn = BuiltinFn::f1(q::heappop, heappop);
static HEAPIFY: BuiltinFn = BuiltinFn::f1(q::heapify, heapify);
static HEAPREPLACE: BuiltinFn = BuiltinFn::f2(q::heapreplace, heapreplace);
static HEAPPUSHPOP: BuiltinFn = BuiltinFn::f2(q::heappushpop, heappushpop);
static NSMALLEST: BuiltinFn = BuiltinFn::kw(q::nsmallest, |vm, a, kw| n_extreme(vm, a, kw, false));
static NLARGEST: BuiltinFn = BuiltinFn::kw(q::nlargest, |vm, a, kw| n_extreme(vm, a, kw, true));

pub static TABLE: [(Qstr, Value); 8] = [
    (q::__name__, Value::qstr(q::heapq)),
    (q::heappush, Value::from_static(&HEAPPUSH)),
    (q::heappop, Value::from_static(&HEAPPOP)),
    (q::heapify, Value::from_static(&HEAPIFY)),
    (q::heapreplace, Value::from_static(&HEAPREPLACE)),
    (q::heappushpop, Value::from_static(&HEAPPUSHPOP)),
    (q::nsmallest, Value::from_static(&NSMALLEST)),
    (q::nlargest, Value::from_static(&NLARGEST)),
];
