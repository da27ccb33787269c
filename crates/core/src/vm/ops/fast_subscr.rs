//! Inline subscripts for the cases that dominate loops: a small-int index into an exact
//! `list` or `bytearray`. Anything else (negative or out-of-range index, other types, slices,
//! subclasses) returns `None`/`false` and takes the generic path, which also raises the errors.

use crate::obj::{bytearray, list};
use crate::value::Value;

/// `obj[index]`, if it is one of the fast cases.
#[inline(always)]
pub(crate) fn load(obj: Value, index: Value) -> Option<Value> {
    if !index.is_small_int() {
        return None;
    }
    let i = index.as_small_int();
    if list::is_list(obj) {
        let items = list::items(obj);
        let j = if i < 0 { i + items.len() as isize } else { i };
        return if j >= 0 { items.get(j as usize).copied() } else { None };
    }
    if obj.is_exact(&bytearray::BYTEARRAY_TYPE) {
        let data = bytearray::data(obj);
        return usize::try_from(i).ok().and_then(|i| data.get(i)).map(|&b| Value::small_int(b as isize));
    }
    None
}

/// `obj[index] = v`, if it is one of the fast cases; false if the generic path must do it.
#[inline(always)]
pub(crate) fn store(obj: Value, index: Value, v: Value) -> bool {
    if !index.is_small_int() || v.is_null() {
        return false;
    }
    let Ok(i) = usize::try_from(index.as_small_int()) else { return false };
    if list::is_list(obj) {
        return list::set_item_in_range(obj, i, v);
    }
    if obj.is_exact(&bytearray::BYTEARRAY_TYPE) && v.is_small_int() {
        let Ok(b) = u8::try_from(v.as_small_int()) else { return false };
        return bytearray::set_byte_in_range(obj, i, b);
    }
    false
}
