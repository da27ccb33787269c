//! Storage owned by one object: value arrays (the items of a list or deque) and byte buffers
//! (the bytes of a bytearray, an index, a stream buffer).
//!
//! Most are raw allocations, without an object header, as MicroPython's: the owner's trace
//! function marks a raw value array and its contents (`Marker::mark_raw_values`), and a byte
//! buffer needs only to be kept (`Marker::mark`). The value arrays that are reached other than
//! through one owner's trace function (interrupt handler frames, which the VM scans as roots;
//! code constants; a traceback) keep a header and are traced through it (`new_values`).

use core::mem::size_of;

use super::{ObjHeader, Type};
use crate::gc::Marker;
use crate::qstr::q;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub static VALUE_ARRAY_TYPE: Type = Type { trace: Some(trace_value_array), ..Type::builtin(q::_empty) };

const HEADER: usize = size_of::<ObjHeader>();

fn trace_value_array(v: Value, m: &mut Marker) {
    let slots = (m.alloc_blocks(v) * crate::gc::BLOCK_SIZE - HEADER) / size_of::<Value>();
    // SAFETY: the allocation is a live value array of `slots` values after its header; every
    // slot holds a valid value or NULL (allocations are zero-filled, owners clear what they drop).
    let values = unsafe { core::slice::from_raw_parts(v.as_ptr::<u8>().add(HEADER) as *const Value, slots) };
    m.mark_all(values);
}

/// Allocates a value array with room for `n` values, all NULL.
pub fn new_values(vm: &mut Vm, n: usize) -> PyResult<Value> {
    let bytes = n.checked_mul(size_of::<Value>()).and_then(|b| b.checked_add(HEADER));
    let bytes = bytes.ok_or_else(|| vm.memory_error(usize::MAX))?;
    Ok(Value::from_ptr(vm.alloc_bytes(&VALUE_ARRAY_TYPE, bytes)?))
}

/// Allocates a raw value array with room for `n` values, all NULL. Its owner's trace function
/// must mark it with `Marker::mark_raw_values`.
pub fn new_raw_values(vm: &mut Vm, n: usize) -> PyResult<Value> {
    let bytes = n.checked_mul(size_of::<Value>()).ok_or_else(|| vm.memory_error(usize::MAX))?;
    Ok(Value::from_ptr(vm.alloc_raw(bytes)?))
}

/// As `new_raw_values`, but `None` when the heap has no room even after a collection.
pub fn try_new_raw_values(vm: &mut Vm, n: usize) -> Option<Value> {
    let bytes = n.checked_mul(size_of::<Value>())?;
    vm.try_alloc_raw(bytes).map(|p| Value::from_ptr(p))
}

/// Grows a raw value array to hold `n` values, where it is or slid down into the free blocks
/// right before it (`Heap::grow_raw`), keeping its first `keep` values; the new slots are NULL.
/// Returns the array's (possibly new) address, or `None` when the heap has no room around it.
pub fn grow_raw_values(vm: &mut Vm, array: Value, n: usize, keep: usize) -> Option<Value> {
    let bytes = n.checked_mul(size_of::<Value>())?;
    let p = vm.heap.grow_raw(array.as_ptr(), bytes, keep * size_of::<Value>())?;
    Some(Value::from_ptr(p))
}

/// Pointer to the first value of a raw value array (NULL array → NULL pointer).
#[inline(always)]
pub fn raw_values_ptr(array: Value) -> *mut Value {
    array.as_ptr::<Value>()
}

/// Allocates a zeroed byte buffer of `n` bytes (raw: kept alive by its owner's `mark`).
pub fn new_bytes(vm: &mut Vm, n: usize) -> PyResult<Value> {
    Ok(Value::from_ptr(vm.alloc_raw(n)?))
}

/// Grows a byte buffer to hold `n` bytes as `grow_raw_values` does, keeping its first `keep`.
pub fn grow_bytes(vm: &mut Vm, buffer: Value, n: usize, keep: usize) -> Option<Value> {
    vm.heap.grow_raw(buffer.as_ptr(), n, keep).map(|p| Value::from_ptr(p))
}

/// Pointer to the first value of a value array (NULL array → NULL pointer).
#[inline(always)]
pub fn values_ptr(array: Value) -> *mut Value {
    if array.is_null() {
        core::ptr::null_mut()
    } else {
        // SAFETY: the header is followed by the values; the offset stays inside the allocation.
        unsafe { array.as_ptr::<u8>().add(HEADER) as *mut Value }
    }
}

/// Pointer to the first byte of a byte buffer (NULL buffer → NULL pointer).
#[inline(always)]
pub fn bytes_ptr(buffer: Value) -> *mut u8 {
    buffer.as_ptr::<u8>()
}

/// Capacity in values of a value array allocation.
pub fn values_capacity(vm: &Vm, array: Value) -> usize {
    (vm.heap.alloc_size(array.as_ptr()).saturating_sub(HEADER)) / size_of::<Value>()
}
