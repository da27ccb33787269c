//! A direct-mapped cache of the name lookups that do not depend on the receiving object: a name
//! along a type's MRO (class attributes and special methods) and a global name (module globals,
//! then builtins). MicroPython repeats those walks at every access; a hit here is one probe.
//!
//! The cache lives in the VM, beside the bytecode (which may sit in read-only flash), and holds
//! where a name was found rather than its value: a slot of a map table, read at every hit, so
//! rebinding an existing name (`C.count += 1`, `global n; n = ...`) costs no invalidation.
//!
//! Validity rests on one rule: an entry is made only when every map the lookup consulted is
//! *watched* (a flag on its table, `map::watch`), and any structural change to a watched map —
//! a name added or removed, the table rebuilt or cleared — bumps the epoch, which invalidates
//! every entry at once. A garbage collection bumps it too: a freed table's or type's address
//! may be reused by another object.

use core::cell::Cell;

use crate::value::Value;

/// Entries in the cache (a power of two); 40 bytes each.
pub const SIZE: usize = 256;

/// Where a name was found.
#[derive(Clone, Copy)]
pub(crate) enum Hit {
    /// Nowhere.
    Missing,
    /// In this value slot (of a watched map table or a static attribute table), with the
    /// owner it was found in (the class, or NULL for globals).
    Slot(*const Value, Value),
    /// A constant that can never change (a special-method wrapper of a built-in type), with
    /// its owner.
    Const(Value, Value),
}

impl Hit {
    /// The value found and its owner.
    #[inline]
    pub(crate) fn resolve(self) -> Option<(Value, Value)> {
        match self {
            Hit::Missing => None,
            // SAFETY: a slot entry is valid only in the epoch it was made in; in that epoch its
            // table was neither rebuilt, cleared nor freed (each bumps the epoch), and removing
            // a name also bumps it, so the slot still holds the live value for that name.
            Hit::Slot(p, owner) => Some((unsafe { *p }, owner)),
            Hit::Const(v, owner) => Some((v, owner)),
        }
    }
}

#[derive(Clone, Copy)]
struct Entry {
    key: usize,
    name: u32,
    epoch: u32,
    hit: Hit,
}

const EMPTY: Entry = Entry { key: 0, name: 0, epoch: 0, hit: Hit::Missing };

/// The cache. Cells let lookups that take `&Vm` fill it.
pub struct LookupCache {
    entries: [Cell<Entry>; SIZE],
    epoch: Cell<u32>,
}

impl Default for LookupCache {
    fn default() -> Self {
        LookupCache { entries: [const { Cell::new(EMPTY) }; SIZE], epoch: Cell::new(1) }
    }
}

/// Distinguishes the kinds of lookup that share a key (a type looked up with and without
/// `object`'s entries).
pub(crate) const KIND_PYTHON_ONLY: u32 = 1 << 31;

#[inline(always)]
fn slot(key: usize, name: u32) -> usize {
    ((key >> 4) ^ (name as usize).wrapping_mul(0x9E37)) & (SIZE - 1)
}

impl LookupCache {
    /// The cached result for `name` looked up in `key` (a type or a globals map), if valid.
    #[inline(always)]
    pub(crate) fn get(&self, key: usize, name: u32) -> Option<Hit> {
        let e = self.entries[slot(key, name)].get();
        (e.key == key && e.name == name && e.epoch == self.epoch.get()).then_some(e.hit)
    }

    /// Records a lookup's result (the caller has checked every consulted map is watched).
    #[inline]
    pub(crate) fn put(&self, key: usize, name: u32, hit: Hit) {
        self.entries[slot(key, name)].set(Entry { key, name, epoch: self.epoch.get(), hit });
    }

    /// Invalidates every entry.
    pub(crate) fn invalidate(&self) {
        let next = self.epoch.get().wrapping_add(1);
        if next == 0 {
            for e in &self.entries {
                e.set(EMPTY);
            }
            self.epoch.set(1);
        } else {
            self.epoch.set(next);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hits_until_invalidated() {
        let c = LookupCache::default();
        let v = Value::small_int(7);
        c.put(0x1000, 5, Hit::Slot(&v, Value::NULL));
        assert_eq!(c.get(0x1000, 5).and_then(Hit::resolve).map(|x| x.0), Some(v));
        assert!(c.get(0x1000, 6).is_none());
        assert!(c.get(0x2000, 5).is_none());
        c.invalidate();
        assert!(c.get(0x1000, 5).is_none());
    }

    #[test]
    fn epoch_wrap_clears_entries() {
        let c = LookupCache::default();
        c.epoch.set(u32::MAX);
        c.put(0x1000, 5, Hit::Missing);
        assert!(c.get(0x1000, 5).is_some());
        c.invalidate();
        assert_eq!(c.epoch.get(), 1);
        assert!(c.get(0x1000, 5).is_none());
    }
}
