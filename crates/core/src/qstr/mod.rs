//! Interned strings ("qstrs"): identifiers and short string constants are stored once and
//! referred to by a small number, so names compare by number and fit in a value word.
//!
//! Numbers `1..=165` are MicroPython's static qstrs (the same numbers in every MicroPython build,
//! which `.mpy` files rely on); ferropy's own static names follow; strings interned at run time
//! come after those and are never freed.

mod pool;

pub use pool::QstrPool;

include!(concat!(env!("OUT_DIR"), "/qstr_static.rs"));

/// An interned string's number.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct Qstr(pub u32);

/// Highest qstr number that `.mpy` files may refer to statically (`zip`).
pub const MP_LAST_STATIC: u32 = 165;

/// The hash of a string's bytes (FNV-1a). `hash()` of a `str` and dictionary lookups use it, so
/// an interned and a heap string with the same contents hash alike.
#[inline]
pub const fn hash_bytes(bytes: &[u8]) -> u32 {
    let mut h: u32 = 0x811C_9DC5;
    let mut i = 0;
    while i < bytes.len() {
        h ^= bytes[i] as u32;
        h = h.wrapping_mul(0x0100_0193);
        i += 1;
    }
    h
}

impl Qstr {
    pub const NULL: Qstr = Qstr(0);

    /// The static qstr with this string, if there is one (a hash index in read-only data).
    pub fn find_static(s: &str) -> Option<Qstr> {
        Self::find_static_hashed(s, hash_bytes(s.as_bytes()))
    }

    /// `find_static` for a string whose hash the caller already has.
    #[inline]
    pub fn find_static_hashed(s: &str, hash: u32) -> Option<Qstr> {
        let mask = STATIC_INDEX.len() - 1;
        let mut slot = hash as usize & mask;
        loop {
            let i = STATIC_INDEX[slot] as usize;
            if i == 0 {
                return None;
            }
            if STATIC_HASHES[i] == hash && STATIC_STRS[i] == s {
                return Some(Qstr(i as u32));
            }
            slot = (slot + 1) & mask;
        }
    }

    /// The string of a static qstr, or `None` for one interned at run time.
    #[inline]
    pub fn static_str(self) -> Option<&'static str> {
        STATIC_STRS.get(self.0 as usize).copied()
    }

    #[inline]
    pub fn static_hash(self) -> Option<u32> {
        STATIC_HASHES.get(self.0 as usize).copied()
    }

    #[inline]
    pub fn is_static(self) -> bool {
        (self.0 as usize) < STATIC_COUNT
    }
}

/// The id (1..=165) of `s` if it is one of MicroPython's static qstrs (what `.mpy` files may
/// refer to by number).
pub fn static_id(s: &str) -> Option<usize> {
    Qstr::find_static(s).map(|q| q.0 as usize).filter(|&id| id as u32 <= MP_LAST_STATIC)
}

/// The string of MicroPython static qstr `id` (1..=165).
pub fn static_str(id: usize) -> Option<&'static str> {
    if id == 0 || id as u32 > MP_LAST_STATIC {
        return None;
    }
    Qstr(id as u32).static_str()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn micropython_static_numbers() {
        assert_eq!(q::_empty, Qstr(1));
        assert_eq!(q::_module, Qstr(7));
        assert_eq!(q::print, Qstr(123));
        assert_eq!(q::zip, Qstr(MP_LAST_STATIC));
        assert_eq!(Qstr(3).static_str(), Some("\n"));
    }

    #[test]
    fn generated_hashes_match_the_runtime_hash() {
        for i in 1..STATIC_COUNT {
            let s = STATIC_STRS[i];
            assert_eq!(STATIC_HASHES[i], hash_bytes(s.as_bytes()), "{s:?}");
            assert_eq!(Qstr::find_static(s), Some(Qstr(i as u32)), "{s:?}");
        }
        assert_eq!(Qstr::find_static("no such name here"), None);
    }
}
