//! What the sequence types (tuple, list, str, bytes, bytearray, range) share: index and slice
//! normalisation, element-wise comparison, repetition counts, and a stable merge sort that
//! tolerates comparison functions that raise or are inconsistent.

use alloc::vec::Vec;
use core::cmp::Ordering;

use super::slice;
use crate::bytecode::opcodes::BinaryOp;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Resolves `index` (an int, negative counting from the end) against `len`. `what` names the
/// sequence in the error message (`"list"`, `"tuple"`, ...).
pub fn index(vm: &mut Vm, index: Value, len: usize, what: &str) -> PyResult<usize> {
    index_or(vm, index, len, what, |vm| vm.index_error(&alloc::format!("{what} index out of range")))
}

/// `index` with a caller-made error for an index out of range (`list assignment index ...`).
pub fn index_or(
    vm: &mut Vm,
    index: Value,
    len: usize,
    what: &str,
    out_of_range: impl FnOnce(&mut Vm) -> crate::vm::Raised,
) -> PyResult<usize> {
    let i = vm.to_index(index, what)?;
    let len_i = len as i64;
    let j = if i < 0 { i + len_i } else { i };
    if j < 0 || j >= len_i {
        return Err(out_of_range(vm));
    }
    Ok(j as usize)
}

/// A slice resolved against a length: the indices it selects are `start + k*step` for
/// `k in 0..count`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SliceRange {
    pub start: isize,
    /// The clamped stop, as `slice.indices` reports it.
    pub stop: isize,
    pub step: isize,
    pub count: usize,
}

impl SliceRange {
    pub fn indices(self) -> impl Iterator<Item = usize> {
        (0..self.count).map(move |k| (self.start + k as isize * self.step) as usize)
    }
}

/// Resolves a slice object against `len` as CPython's `slice.indices` does.
pub fn slice_range(vm: &mut Vm, s: Value, len: usize) -> PyResult<SliceRange> {
    let (start, stop, step) = slice::parts(s);
    let step = if step.is_none() { 1 } else { vm.to_index(step, "slice")? as isize };
    if step == 0 {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let len = len as isize;
    let clamp = |vm: &mut Vm, v: Value, default: isize| -> PyResult<isize> {
        if v.is_none() {
            return Ok(default);
        }
        let i = vm.to_index_saturating(v)?;
        Ok(if i < 0 {
            let j = i.saturating_add(len);
            if j < 0 {
                if step < 0 {
                    -1
                } else {
                    0
                }
            } else {
                j
            }
        } else if i >= len {
            if step < 0 {
                len - 1
            } else {
                len
            }
        } else {
            i
        })
    };
    let (start, stop) = if step > 0 {
        (clamp(vm, start, 0)?, clamp(vm, stop, len)?)
    } else {
        (clamp(vm, start, len - 1)?, clamp(vm, stop, -1)?)
    };
    let count = if step > 0 {
        if stop > start {
            ((stop - start - 1) / step + 1) as usize
        } else {
            0
        }
    } else if start > stop {
        ((start - stop - 1) / (-step) + 1) as usize
    } else {
        0
    };
    Ok(SliceRange { start, stop, step, count })
}

/// The repeat count of `seq * n` (negative counts as zero). `item_len` is the size of one copy
/// in bytes (or items, which are at least a byte); a result that could not fit in the heap
/// raises MemoryError before anything is built.
pub fn repeat_count(vm: &mut Vm, n: Value, item_len: usize) -> PyResult<Option<usize>> {
    let has_index = n.is_small_int()
        || vm.is_int(n)
        || vm.type_of(n).is_class() && vm.load_method_opt(n, crate::qstr::q::__index__)?.is_some();
    if !has_index {
        return Ok(None);
    }
    let n = vm.to_index_saturating(n)?.max(0) as usize;
    if item_len.checked_mul(n).is_none_or(|total| total > vm.heap.total_bytes()) {
        let bytes = item_len.saturating_mul(n);
        return Err(vm.memory_error(bytes));
    }
    Ok(Some(n))
}

/// Compares two sequences element by element for `op` (a comparison operator); both must stay
/// unchanged and rooted meanwhile (tuples; copies whose items the caller pinned).
pub fn compare(vm: &mut Vm, op: BinaryOp, a: &[Value], b: &[Value]) -> PyResult<bool> {
    compare_with(vm, op, || (a.len(), b.len()), |i| Some((*a.get(i)?, *b.get(i)?)))
}

/// Compares two sequences element by element for `op`. `lens` and `at(i)` (the pair at `i`,
/// `None` past either end) read the sequences afresh at every step: an `__eq__` may change a
/// list being compared, and the comparison goes on with what it then holds, as in CPython.
pub fn compare_with(
    vm: &mut Vm,
    op: BinaryOp,
    lens: impl Fn() -> (usize, usize),
    at: impl Fn(usize) -> Option<(Value, Value)>,
) -> PyResult<bool> {
    let (la, lb) = lens();
    if matches!(op, BinaryOp::Equal | BinaryOp::NotEqual) && la != lb {
        return Ok(op == BinaryOp::NotEqual);
    }
    let mut i = 0;
    while let Some((x, y)) = at(i) {
        i += 1;
        if x == y {
            continue;
        }
        // The pair stays alive even if `__eq__` takes it out of its sequence.
        let mark = vm.pin_mark();
        vm.pin(x);
        vm.pin(y);
        if !vm.eq(x, y)? {
            let r = match op {
                BinaryOp::Equal => Ok(false),
                BinaryOp::NotEqual => Ok(true),
                _ => vm.compare_bool(op, x, y),
            };
            vm.unpin_to(mark);
            return r;
        }
        vm.unpin_to(mark);
    }
    let (la, lb) = lens();
    let ord = la.cmp(&lb);
    Ok(match op {
        BinaryOp::Equal => ord == Ordering::Equal,
        BinaryOp::NotEqual => ord != Ordering::Equal,
        BinaryOp::Less => ord == Ordering::Less,
        BinaryOp::LessEqual => ord != Ordering::Greater,
        BinaryOp::More => ord == Ordering::Greater,
        _ => ord != Ordering::Less,
    })
}

/// Sorts `items` stably by `keys` (or the items themselves) with Python's `<`, in place.
/// The values must be rooted by the caller. An exception from a comparison stops the sort
/// and is returned; the order is then unspecified but still a permutation.
pub fn sort(vm: &mut Vm, items: &mut [Value], mut keys: Option<&mut [Value]>, reverse: bool) -> PyResult<()> {
    let n = items.len();
    if n < 2 {
        return Ok(());
    }
    if u32::try_from(n).is_err() {
        return Err(vm.memory_error(n.saturating_mul(8)));
    }
    // Positions as u32: the two index arrays are the sort's only memory besides its input.
    let mut order: Vec<u32> = (0..n as u32).collect();
    let mut tmp: Vec<u32> = alloc::vec![0; n];
    let key_of = |i: u32, items: &[Value], keys: &Option<&mut [Value]>| match keys {
        Some(k) => k[i as usize],
        None => items[i as usize],
    };
    // Bottom-up merge sort over indices: stable, O(n log n) comparisons, never trusts the
    // comparison to be consistent.
    let mut width = 1;
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j, mut k) = (lo, mid, lo);
            while i < mid && j < hi {
                let (a, b) = (key_of(order[i], items, &keys), key_of(order[j], items, &keys));
                // Stable: take from the right run only if it is strictly smaller (or, reversed,
                // strictly larger).
                let take_right = if reverse { vm.less(a, b)? } else { vm.less(b, a)? };
                if take_right {
                    tmp[k] = order[j];
                    j += 1;
                } else {
                    tmp[k] = order[i];
                    i += 1;
                }
                k += 1;
            }
            tmp[k..k + (mid - i)].copy_from_slice(&order[i..mid]);
            k += mid - i;
            tmp[k..k + (hi - j)].copy_from_slice(&order[j..hi]);
            lo = hi;
        }
        core::mem::swap(&mut order, &mut tmp);
        width *= 2;
    }
    drop(tmp);
    // Apply the permutation in place, cycle by cycle (`order[i]` is where position i's value
    // comes from; a visited position is marked with u32::MAX).
    for start in 0..n {
        if order[start] == u32::MAX || order[start] as usize == start {
            continue;
        }
        let (first_item, first_key) = (items[start], keys.as_ref().map(|k| k[start]));
        let mut at = start;
        loop {
            let from = order[at] as usize;
            order[at] = u32::MAX;
            if from == start {
                items[at] = first_item;
                if let (Some(k), Some(fk)) = (keys.as_mut(), first_key) {
                    k[at] = fk;
                }
                break;
            }
            items[at] = items[from];
            if let Some(k) = keys.as_mut() {
                k[at] = k[from];
            }
            at = from;
        }
    }
    Ok(())
}
