//! The insertion-ordered hash map behind `dict`, instance attributes, class bodies and module
//! globals.
//!
//! Entries are kept in insertion order in one table (deleted ones leave a NULL key until the
//! table is next rebuilt). Small tables (up to 8 entries) are searched linearly, which is faster
//! than hashing for the attribute and keyword maps that dominate; larger ones get an open
//! addressing index of entry numbers. Maps whose keys are all interned strings (the common case
//! for attributes and globals) compare keys by value word alone.

use super::{storage, str as pystr};
use crate::gc::Marker;
use crate::qstr::Qstr;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// A map embedded in its owner (dict, instance, class).
#[repr(C)]
#[derive(Default)]
pub struct Map {
    /// Live entries.
    pub len: u32,
    /// Entry slots in use, including deleted ones (low `USED_BITS`), the table's capacity as a
    /// `CapCode` (the next `CAP_BITS`) and the flags (`ALL_QSTR`, `WATCHED`) in the top two
    /// bits: with them here rather than in a header, the table is entries alone (an instance
    /// with three attributes takes 96 bytes, as in MicroPython).
    meta: u32,
    /// The table, or NULL when the map holds nothing: a raw allocation of `cap` (key, value)
    /// pairs. A table of more than `LINEAR_MAX` entries has two more values after the pairs:
    /// its index (a byte buffer of `index_len()` slots, see `Index`) and, as a small int, the
    /// position before which every entry is deleted (so `first_entry` need not scan them
    /// again). Small tables, most of them (instance attributes), are searched linearly and
    /// need neither.
    pub table: Value,
}

const USED_BITS: u32 = 24;
const USED_MASK: u32 = (1 << USED_BITS) - 1;
const CAP_BITS: u32 = 6;
/// Largest table: `used` must be able to reach the capacity.
const MAX_CAP: usize = 1 << (USED_BITS - 1);

/// Table capacities are powers of two and three quarters of them (4, 6, 8, 12, 16, 24, ...):
/// a table grows by a third or a half, not double (a dict of 3000 entries takes 3072 slots,
/// not 4096). The code is log2 of the power of two above the capacity, times two, plus one for
/// a three-quarter capacity.
#[derive(Clone, Copy)]
struct CapCode(u32);

impl CapCode {
    /// The smallest capacity of at least `n` entries (`n` >= 1), if it is not too large.
    fn at_least(n: usize) -> Option<CapCode> {
        let p = n.checked_next_power_of_two().filter(|&p| p <= MAX_CAP)?;
        let log = p.trailing_zeros();
        Some(if p >= 4 && p / 4 * 3 >= n { CapCode(log * 2 + 1) } else { CapCode(log * 2) })
    }

    #[inline(always)]
    fn cap(self) -> usize {
        let p = 1usize << (self.0 >> 1);
        if self.0 & 1 != 0 {
            p / 4 * 3
        } else {
            p
        }
    }

    /// Slots in the index of a table of this capacity: twice the power of two at or above it,
    /// so the index is at most half full.
    #[inline(always)]
    fn index_len(self) -> usize {
        2 << (self.0 >> 1)
    }
}

/// `ALL_QSTR` when every key ever stored is a qstr.
const ALL_QSTR: u32 = 1 << 30;
/// Structural changes invalidate the VM's lookup cache (`vm::lookup_cache`): set on class
/// dicts and globals whose names the cache may refer to.
const WATCHED: u32 = 1 << 31;
/// Tables up to this many entries are searched linearly.
const LINEAR_MAX: usize = 8;

impl Map {
    #[inline(always)]
    fn used(&self) -> usize {
        (self.meta & USED_MASK) as usize
    }

    #[inline(always)]
    fn set_used(&mut self, n: usize) {
        self.meta = (self.meta & !USED_MASK) | n as u32;
    }

    #[inline(always)]
    fn cap_code(&self) -> CapCode {
        CapCode((self.meta >> USED_BITS) & ((1 << CAP_BITS) - 1))
    }

    /// Entries the table has room for (0 without a table).
    #[inline(always)]
    fn cap(&self) -> usize {
        if self.table.is_null() {
            0
        } else {
            self.cap_code().cap()
        }
    }

    #[inline(always)]
    fn flags(&self) -> u32 {
        self.meta & (ALL_QSTR | WATCHED)
    }

    #[inline(always)]
    fn index_len(&self) -> usize {
        self.cap_code().index_len()
    }

    /// Whether the table has an index (and the two values after its entries).
    #[inline(always)]
    fn indexed(&self) -> bool {
        // Codes 8 and up are capacities of 12 and up, 7 and below of 8 and below (no table: 0).
        const _: () = assert!(LINEAR_MAX == 8);
        self.cap_code().0 >= 8
    }
}

/// The index of the map's table: its byte buffer, or NULL for a small table.
#[inline(always)]
fn index_of(map: *const Map) -> Value {
    let mp = m(map as *mut Map);
    if mp.indexed() {
        // SAFETY: an indexed table has its index value right after its entries.
        unsafe { *entries_ptr(mp.table).add(2 * mp.cap()) }
    } else {
        Value::NULL
    }
}

/// An index's slots hold entry numbers + 1 (0 = empty) in 16 bits while an index has at most
/// this many slots (tables of up to 32768 entries), else in 32: at 32 bits the index was a third
/// of a big dict's memory.
const NARROW_INDEX_MAX: usize = 1 << 16;

/// Bytes of the index of a table of capacity `code`.
fn index_bytes(code: CapCode) -> usize {
    let slots = code.index_len();
    slots * if slots > NARROW_INDEX_MAX { 4 } else { 2 }
}

/// The index of an indexed table, read and written at its slot width.
#[derive(Clone, Copy)]
struct Index {
    slots: *mut u8,
    wide: bool,
    mask: usize,
}

impl Index {
    fn of(map: *const Map) -> Index {
        let len = m(map as *mut Map).index_len();
        Index { slots: storage::bytes_ptr(index_of(map)), wide: len > NARROW_INDEX_MAX, mask: len - 1 }
    }

    #[inline(always)]
    fn get(self, slot: usize) -> usize {
        // SAFETY: slot <= mask < the index's slot count, at the width it was allocated with.
        unsafe {
            if self.wide {
                *(self.slots as *const u32).add(slot) as usize
            } else {
                *(self.slots as *const u16).add(slot) as usize
            }
        }
    }

    #[inline(always)]
    fn set(self, slot: usize, n: usize) {
        // SAFETY: as in `get`; n <= cap < 2^15 for a narrow index.
        unsafe {
            if self.wide {
                *(self.slots as *mut u32).add(slot) = n as u32;
            } else {
                *(self.slots as *mut u16).add(slot) = n as u16;
            }
        }
    }
}

/// Where the indexed table `t` of `cap` entries keeps its index (`n` = 0) and its
/// first-live-entry hint (1).
fn extra_slot(t: Value, cap: usize, n: usize) -> *mut Value {
    // SAFETY: an indexed table has these two values after its entries.
    unsafe { entries_ptr(t).add(2 * cap + n) }
}

/// Every entry before this position is deleted (0 for a small table, or none recorded).
fn first_hint(map: *const Map) -> usize {
    let mp = m(map as *mut Map);
    if !mp.indexed() {
        return 0;
    }
    // SAFETY: see `extra_slot`.
    let v = unsafe { *extra_slot(mp.table, mp.cap(), 1) };
    if v.is_small_int() {
        v.as_small_int() as usize
    } else {
        0
    }
}

fn set_first_hint(map: *const Map, pos: usize) {
    let mp = m(map as *mut Map);
    if mp.indexed() {
        // SAFETY: see `extra_slot`.
        unsafe { *extra_slot(mp.table, mp.cap(), 1) = Value::small_int(pos as isize) };
    }
}

#[inline(always)]
fn entries_ptr(t: Value) -> *mut Value {
    storage::raw_values_ptr(t)
}

/// Key and value of entry `i` (`i < used`); the key is NULL for a deleted entry.
#[inline(always)]
pub(crate) fn entry(map: *const Map, i: usize) -> (Value, Value) {
    // SAFETY: callers pass i < used <= cap of the map's table.
    unsafe {
        let e = entries_ptr((*map).table).add(2 * i);
        (*e, *e.add(1))
    }
}

#[inline(always)]
fn set_entry(map: *const Map, i: usize, k: Value, v: Value) {
    // SAFETY: as in `entry`.
    unsafe {
        let e = entries_ptr((*map).table).add(2 * i);
        *e = k;
        *e.add(1) = v;
    }
}

#[inline(always)]
fn m<'a>(map: *mut Map) -> &'a mut Map {
    // SAFETY: callers pass a map embedded in a live object; borrows are short.
    unsafe { &mut *map }
}

/// A raw table of `cap` entries (plus the index and hint values when it is indexed).
fn new_table(vm: &mut Vm, cap: usize) -> PyResult<Value> {
    let extra = if cap > LINEAR_MAX { 2 } else { 0 };
    storage::new_raw_values(vm, cap * 2 + extra)
}

/// The hash used to place `key` in an index.
fn key_hash(vm: &mut Vm, key: Value) -> PyResult<usize> {
    if key.is_qstr() {
        return Ok(vm.qstrs.hash(key.as_qstr()) as usize);
    }
    Ok(vm.hash(key)? as usize)
}

/// Whether a stored key equals a lookup key.
#[inline]
fn keys_equal(vm: &mut Vm, stored: Value, key: Value) -> PyResult<bool> {
    if stored == key {
        return Ok(true);
    }
    if stored.is_qstr() && key.is_qstr() {
        return Ok(false);
    }
    vm.eq(stored, key)
}

/// Finds the entry number of `key`.
fn find(vm: &mut Vm, map: *mut Map, key: Value) -> PyResult<Option<usize>> {
    let t = m(map).table;
    if t.is_null() {
        if key.is_obj() {
            vm.hash(key)?;
        }
        return Ok(None);
    }
    let all_qstr = m(map).flags() & ALL_QSTR != 0;
    if index_of(map).is_null() {
        let used = m(map).used();
        for i in 0..used {
            if entry(map, i).0 == key {
                return Ok(Some(i));
            }
        }
        if key.is_qstr() && all_qstr {
            return Ok(None);
        }
        let mut i = 0;
        while i < m(map).used() {
            let k = entry(map, i).0;
            if !k.is_null() && keys_equal(vm, k, key)? {
                return Ok(Some(i));
            }
            i += 1;
        }
        return Ok(None);
    }
    let h = key_hash(vm, key)?;
    let t = m(map).table;
    let index = Index::of(map);
    let mut slot = h & index.mask;
    loop {
        let n = index.get(slot);
        if n == 0 {
            return Ok(None);
        }
        let k = entry(map, n - 1).0;
        if !k.is_null() && (k == key || (!(all_qstr && key.is_qstr()) && keys_equal(vm, k, key)?)) {
            return Ok(Some(n - 1));
        }
        if m(map).table != t {
            // An __eq__ changed the map under us; start again.
            return find(vm, map, key);
        }
        slot = (slot + 1) & index.mask;
    }
}

/// The value stored under `key`.
pub(crate) fn lookup(vm: &mut Vm, map: *mut Map, key: Value) -> PyResult<Option<Value>> {
    Ok(find(vm, map, key)?.map(|i| entry(map, i).1))
}

/// Fast lookup by interned name (attributes, globals): no Python code can run.
#[inline]
pub(crate) fn lookup_qstr(vm: &Vm, map: *const Map, name: Qstr) -> Option<Value> {
    // SAFETY: a slot of a live table, read at once.
    lookup_qstr_slot(vm, map, name).map(|p| unsafe { *p })
}

/// Where the value of an interned name is stored in the map's table: valid until the map's
/// table is rebuilt, cleared or the name removed.
#[inline]
pub(crate) fn lookup_qstr_slot(vm: &Vm, map: *const Map, name: Qstr) -> Option<*const Value> {
    // SAFETY: callers pass a map embedded in a live object.
    let mp = unsafe { &*map };
    if mp.meta & ALL_QSTR != 0 && !mp.indexed() {
        // Most lookups (an instance's attributes, a small class): a short scan of key words.
        let key = Value::qstr(name);
        let e = entries_ptr(mp.table);
        for i in 0..mp.used() {
            // SAFETY: i < used <= cap; key and value are the pair's two values.
            unsafe {
                if *e.add(2 * i) == key {
                    return Some(e.add(2 * i + 1) as *const Value);
                }
            }
        }
        return None;
    }
    lookup_qstr_slot_other(vm, map, name)
}

/// `lookup_qstr_slot` in an indexed table, or one with keys other than qstrs.
#[inline(never)]
fn lookup_qstr_slot_other(vm: &Vm, map: *const Map, name: Qstr) -> Option<*const Value> {
    // SAFETY: callers pass a map embedded in a live object.
    let t = unsafe { (*map).table };
    if t.is_null() {
        return None;
    }
    let slot = |i: usize| {
        // SAFETY: i < used <= cap; the value follows the key.
        unsafe { entries_ptr(t).add(2 * i + 1) as *const Value }
    };
    let key = Value::qstr(name);
    // SAFETY: as above.
    let (all_qstr, used) = unsafe { ((*map).flags() & ALL_QSTR != 0, (*map).used()) };
    if index_of(map).is_null() || !all_qstr {
        for i in 0..used {
            if entry(map, i).0 == key {
                return Some(slot(i));
            }
        }
        if all_qstr {
            return None;
        }
        let s = vm.qstr_str(name);
        for i in 0..used {
            let k = entry(map, i).0;
            if k.is_exact(&pystr::STR_TYPE) && pystr::obj_bytes(k) == s.as_bytes() {
                return Some(slot(i));
            }
        }
        return None;
    }
    let h = vm.qstrs.hash(name) as usize;
    let index = Index::of(map);
    let mut at = h & index.mask;
    loop {
        let n = index.get(at);
        if n == 0 {
            return None;
        }
        if entry(map, n - 1).0 == key {
            return Some(slot(n - 1));
        }
        at = (at + 1) & index.mask;
    }
}

/// Marks the map as watched by the lookup cache; false if it has no table to carry the mark
/// (then nothing may be cached about it).
pub(crate) fn watch(map: *const Map) -> bool {
    let mp = m(map as *mut Map);
    if mp.table.is_null() {
        return false;
    }
    mp.meta |= WATCHED;
    true
}

/// A structural change is about to happen to the map: invalidate the lookup cache if it may
/// refer to the map.
#[inline]
fn changing(vm: &Vm, map: *const Map) {
    // SAFETY: callers pass a map embedded in a live object.
    if unsafe { (*map).flags() } & WATCHED != 0 {
        vm.lookup_cache.invalidate();
    }
}

fn index_insert(vm: &mut Vm, map: *mut Map, key: Value, entry_no: usize) -> PyResult<()> {
    let h = key_hash(vm, key)?;
    let index = Index::of(map);
    let mut slot = h & index.mask;
    // The index is at most half full, so a free slot exists.
    while index.get(slot) != 0 {
        slot = (slot + 1) & index.mask;
    }
    index.set(slot, entry_no + 1);
    Ok(())
}

/// Gives an empty map a table with room for `n` entries.
pub(crate) fn reserve(vm: &mut Vm, map: *mut Map, n: usize) -> PyResult<()> {
    if m(map).table.is_null() {
        grow(vm, map, n)?;
    }
    Ok(())
}

/// Gives the map room for `min_cap` entries, dropping deleted ones. A table without deleted
/// entries grows where it is when the heap has room after or right before it (the index is freed
/// first, and was usually allocated right after the table), so a growing dict seldom holds two
/// tables at once.
fn grow(vm: &mut Vm, map: *mut Map, min_cap: usize) -> PyResult<()> {
    let Some(code) = CapCode::at_least(min_cap.max(1)) else {
        return Err(vm.memory_error(min_cap.saturating_mul(16)));
    };
    let cap = code.cap();
    let old = m(map).table;
    let old_cap = m(map).cap();
    let flags = if old.is_null() { ALL_QSTR } else { m(map).flags() };
    // The index is filled by hashing the keys again, not from the old one: give the old one
    // back first, so a growing dict never holds two indexes at once. Should the new one then
    // not fit, the map goes on with the table it has, searched linearly.
    let old_index = index_of(map);
    if !old_index.is_null() {
        // SAFETY: see `extra_slot`: the old table is indexed, as it has an index.
        unsafe { *extra_slot(old, old_cap, 0) = Value::NULL };
        vm.heap.free(old_index.as_ptr());
    }
    let extra = if cap > LINEAR_MAX { 2 } else { 0 };
    let n = m(map).used();
    let grown = if !old.is_null() && m(map).len as usize == n {
        storage::grow_raw_values(vm, old, 2 * cap + extra, 2 * n)
    } else {
        None
    };
    if let Some(table) = grown {
        m(map).table = table;
        // The old table's index and hint slots are entry slots now, not yet used.
        for i in 2 * old_cap..2 * cap {
            // SAFETY: i < 2 * cap, inside the grown table.
            unsafe { *entries_ptr(table).add(i) = Value::NULL };
        }
    } else {
        let new = new_table(vm, cap)?;
        let mut live = 0;
        for i in 0..n {
            let (k, v) = entry(map, i);
            if !k.is_null() {
                // SAFETY: live < cap, within the new table's entries.
                unsafe {
                    let e = entries_ptr(new).add(2 * live);
                    *e = k;
                    *e.add(1) = v;
                }
                live += 1;
            }
        }
        m(map).table = new;
        m(map).len = live as u32;
        // The old table goes before any key's __hash__ can run: a collection then would free
        // it (nothing refers to it any more), and freeing it again could hit a new owner's
        // blocks.
        if !old.is_null() {
            vm.heap.free(old.as_ptr());
        }
    }
    let live = m(map).len as usize;
    m(map).meta = flags | (code.0 << USED_BITS) | live as u32;
    if cap > LINEAR_MAX {
        let index = storage::new_bytes(vm, index_bytes(code))?;
        // SAFETY: see `extra_slot`; the table is indexed.
        unsafe { *extra_slot(m(map).table, cap, 0) = index };
        for i in 0..live {
            let k = entry(map, i).0;
            index_insert(vm, map, k, i)?;
        }
    }
    Ok(())
}

/// Stores `value` under `key`.
pub(crate) fn store(vm: &mut Vm, map: *mut Map, key: Value, value: Value) -> PyResult<()> {
    if let Some(i) = find(vm, map, key)? {
        set_entry(map, i, entry(map, i).0, value);
        return Ok(());
    }
    insert_new(vm, map, key, value)
}

/// Stores under an interned name without running Python code (no `__eq__`/`__hash__`).
pub(crate) fn store_qstr(vm: &mut Vm, map: *mut Map, name: Qstr, value: Value) -> PyResult<()> {
    store(vm, map, Value::qstr(name), value)
}

fn insert_new(vm: &mut Vm, map: *mut Map, key: Value, value: Value) -> PyResult<()> {
    changing(vm, map);
    if key.is_obj() {
        // Small tables never hash; unhashable keys must still be refused.
        vm.hash(key)?;
    }
    if m(map).used() >= m(map).cap() {
        vm.pin(key);
        vm.pin(value);
        grow(vm, map, (m(map).len as usize + 1).max(4))?;
    }
    if !key.is_qstr() {
        m(map).meta &= !ALL_QSTR;
    }
    let i = m(map).used();
    set_entry(map, i, key, value);
    m(map).set_used(i + 1);
    m(map).len += 1;
    if !index_of(map).is_null() {
        index_insert(vm, map, key, i)?;
    }
    Ok(())
}

/// Removes `key`, returning its value.
pub(crate) fn remove(vm: &mut Vm, map: *mut Map, key: Value) -> PyResult<Option<Value>> {
    let Some(i) = find(vm, map, key)? else { return Ok(None) };
    changing(vm, map);
    let (_, v) = entry(map, i);
    set_entry(map, i, Value::NULL, Value::NULL);
    m(map).len -= 1;
    vm.pin(v);
    if m(map).len == 0 {
        m(map).set_used(0);
        set_first_hint(map, 0);
        let idx = index_of(map);
        if !idx.is_null() {
            // SAFETY: clearing the whole index buffer, `index_bytes(cap)` long.
            unsafe { core::ptr::write_bytes(storage::bytes_ptr(idx), 0, index_bytes(m(map).cap_code())) };
        }
    }
    Ok(Some(v))
}

/// Removes every entry.
pub(crate) fn clear(vm: &Vm, map: *mut Map) {
    changing(vm, map);
    m(map).table = Value::NULL;
    m(map).len = 0;
    m(map).meta = 0;
}

/// The next live entry at or after position `*pos`, advancing `*pos` past it.
pub(crate) fn next_entry(map: *const Map, pos: &mut usize) -> Option<(Value, Value)> {
    // SAFETY: reading the map's own fields.
    let used = unsafe { (*map).used() };
    while *pos < used {
        let e = entry(map, *pos);
        *pos += 1;
        if !e.0.is_null() {
            return Some(e);
        }
    }
    None
}

/// The first live entry (for `set.pop`, which takes elements in table order as CPython does).
pub(crate) fn first_entry(map: *const Map) -> Option<(Value, Value)> {
    // SAFETY: reading the map's own fields.
    let (t, used) = unsafe { ((*map).table, (*map).used()) };
    if t.is_null() {
        return None;
    }
    let mut pos = first_hint(map);
    let found = next_entry(map, &mut pos);
    set_first_hint(map, if found.is_some() { pos - 1 } else { used });
    found
}

/// The last live entry (for `popitem`).
pub(crate) fn last_entry(map: *const Map) -> Option<(usize, Value, Value)> {
    // SAFETY: reading the map's own fields.
    let used = unsafe { (*map).used() };
    (0..used).rev().find_map(|i| {
        let (k, v) = entry(map, i);
        (!k.is_null()).then_some((i, k, v))
    })
}

/// Marks the map's table (called from the owner's trace function).
pub(crate) fn trace(map: &Map, mk: &mut Marker) {
    let extra = if map.indexed() { 2 } else { 0 };
    mk.mark_raw_values(map.table, 2 * map.cap() + extra);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capacities_are_powers_of_two_and_three_quarters_of_them() {
        let caps: alloc::vec::Vec<usize> = [1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 13, 3000, 3073]
            .iter()
            .map(|&n| CapCode::at_least(n).unwrap().cap())
            .collect();
        assert_eq!(caps, [1, 2, 3, 4, 6, 6, 8, 8, 12, 12, 16, 3072, 4096]);
        for n in 1..5000 {
            let code = CapCode::at_least(n).unwrap();
            assert!(code.cap() >= n && code.cap() < n * 2 + 2, "{n}: {}", code.cap());
            assert!(code.index_len().is_power_of_two() && code.index_len() >= 2 * code.cap());
        }
        assert!(CapCode::at_least(MAX_CAP).is_some());
        assert!(CapCode::at_least(MAX_CAP + 1).is_none());
        assert!(CapCode::at_least(usize::MAX).is_none());
    }

    #[test]
    fn the_meta_word_holds_the_largest_table() {
        let code = CapCode::at_least(MAX_CAP).unwrap();
        let mut map = Map { len: 0, meta: ALL_QSTR | WATCHED | (code.0 << USED_BITS), table: Value::NULL };
        map.set_used(MAX_CAP);
        assert_eq!(map.used(), MAX_CAP);
        assert_eq!(map.cap_code().cap(), MAX_CAP);
        assert_eq!(map.flags(), ALL_QSTR | WATCHED);
    }
}
