//! The run-time part of the qstr table: strings interned while the program runs (names from
//! compiled source and `.mpy` files, attribute names given as strings). They live for the rest
//! of the program, as in MicroPython, so lookups can hand out `&'static str`.

use alloc::boxed::Box;
use alloc::vec;
use alloc::vec::Vec;

use super::{hash_bytes, Qstr, STATIC_COUNT};

pub struct QstrPool {
    strs: Vec<&'static str>,
    hashes: Vec<u32>,
    /// Open-addressing index: 0 = empty, otherwise `1 + position in strs`.
    index: Vec<u32>,
}

impl Default for QstrPool {
    fn default() -> Self {
        Self::new()
    }
}

impl QstrPool {
    pub fn new() -> QstrPool {
        QstrPool { strs: Vec::new(), hashes: Vec::new(), index: vec![0; 64] }
    }

    /// Number of qstrs interned at run time.
    pub fn dynamic_count(&self) -> usize {
        self.strs.len()
    }

    /// Bytes held by run-time qstr strings.
    pub fn dynamic_bytes(&self) -> usize {
        self.strs.iter().map(|s| s.len()).sum()
    }

    /// The strings interned at run time, oldest first.
    pub fn dynamic_strs(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.strs.iter().copied()
    }

    /// The qstr for `s`, if it is interned.
    pub fn find(&self, s: &str) -> Option<Qstr> {
        let hash = hash_bytes(s.as_bytes());
        if let Some(q) = Qstr::find_static_hashed(s, hash) {
            return Some(q);
        }
        self.find_dynamic(s, hash).map(|pos| Qstr((STATIC_COUNT + pos) as u32))
    }

    fn find_dynamic(&self, s: &str, hash: u32) -> Option<usize> {
        let mask = self.index.len() - 1;
        let mut slot = hash as usize & mask;
        loop {
            match self.index[slot] {
                0 => return None,
                n => {
                    let pos = n as usize - 1;
                    if self.hashes[pos] == hash && self.strs[pos] == s {
                        return Some(pos);
                    }
                }
            }
            slot = (slot + 1) & mask;
        }
    }

    /// Interns `s`, returning its qstr.
    pub fn intern(&mut self, s: &str) -> Qstr {
        match self.find(s) {
            Some(q) => q,
            None => self.insert(Box::leak(Box::<str>::from(s))),
        }
    }

    /// Interns a string that lives for the rest of the program (read-only data, a mapped
    /// `.mpy` file) without copying it.
    pub fn intern_static(&mut self, s: &'static str) -> Qstr {
        match self.find(s) {
            Some(q) => q,
            None => self.insert(s),
        }
    }

    fn insert(&mut self, stored: &'static str) -> Qstr {
        let hash = hash_bytes(stored.as_bytes());
        if (self.strs.len() + 1) * 4 > self.index.len() * 3 {
            self.grow();
        }
        self.strs.push(stored);
        self.hashes.push(hash);
        self.insert_index(hash, self.strs.len() as u32);
        Qstr((STATIC_COUNT + self.strs.len() - 1) as u32)
    }

    fn insert_index(&mut self, hash: u32, entry: u32) {
        let mask = self.index.len() - 1;
        let mut slot = hash as usize & mask;
        while self.index[slot] != 0 {
            slot = (slot + 1) & mask;
        }
        self.index[slot] = entry;
    }

    fn grow(&mut self) {
        self.index = vec![0; self.index.len() * 2];
        for pos in 0..self.strs.len() {
            self.insert_index(self.hashes[pos], pos as u32 + 1);
        }
    }

    /// The string of any valid qstr (`""` for an unknown number).
    #[inline]
    pub fn str(&self, q: Qstr) -> &'static str {
        match q.static_str() {
            Some(s) => s,
            None => self.strs.get(q.0 as usize - STATIC_COUNT).copied().unwrap_or(""),
        }
    }

    #[inline]
    pub fn hash(&self, q: Qstr) -> u32 {
        match q.static_hash() {
            Some(h) => h,
            None => self.hashes.get(q.0 as usize - STATIC_COUNT).copied().unwrap_or(0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::format;

    #[test]
    fn interning_is_idempotent_and_prefers_static() {
        let mut pool = QstrPool::new();
        assert_eq!(pool.intern("print"), super::super::q::print);
        let a = pool.intern("my_name");
        assert_eq!(pool.intern("my_name"), a);
        assert_eq!(pool.str(a), "my_name");
        assert_eq!(pool.hash(a), hash_bytes(b"my_name"));
        assert!(!a.is_static());
    }

    #[test]
    fn many_strings_survive_growth() {
        let mut pool = QstrPool::new();
        let qs: Vec<Qstr> = (0..1000).map(|i| pool.intern(&format!("name{i}"))).collect();
        for (i, q) in qs.iter().enumerate() {
            assert_eq!(pool.str(*q), format!("name{i}"));
            assert_eq!(pool.find(&format!("name{i}")), Some(*q));
        }
        assert_eq!(pool.dynamic_count(), 1000);
    }
}
