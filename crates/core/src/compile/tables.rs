//! The module-wide qstr and constant tables, filled in first-use order as the compiler emits
//! references to them (entry 0 of the qstr table is the source file name).

use alloc::collections::BTreeMap;
use alloc::string::String;
use alloc::vec::Vec;

use crate::bytecode::code::ConstObj;

pub(super) struct ModuleTables {
    index: BTreeMap<String, usize>,
    pub qstrs: Vec<String>,
    pub consts: Vec<ConstObj>,
    /// Entry of each constant object already registered, by identity.
    by_identity: BTreeMap<usize, usize>,
}

impl ModuleTables {
    pub fn new(source_name: &str) -> Self {
        let mut t = ModuleTables {
            index: BTreeMap::new(),
            qstrs: Vec::new(),
            consts: Vec::new(),
            by_identity: BTreeMap::new(),
        };
        t.use_qstr(source_name);
        t
    }

    /// The table index of qstr `s`, added at the end if new.
    pub fn use_qstr(&mut self, s: &str) -> usize {
        if let Some(&i) = self.index.get(s) {
            return i;
        }
        let i = self.qstrs.len();
        self.qstrs.push(String::from(s));
        self.index.insert(String::from(s), i);
        i
    }

    /// The table index of constant `c`: the entry of the same object (`identity`, as
    /// MicroPython's parse tree holds one object per constant node, seen again in each pass),
    /// else an entry strictly equal to it, else a new one.
    pub fn use_const(&mut self, c: ConstObj, identity: usize) -> usize {
        if let Some(&i) = self.by_identity.get(&identity) {
            return i;
        }
        let i = match self.consts.iter().position(|e| strictly_equal(e, &c)) {
            Some(i) => i,
            None => {
                self.consts.push(c);
                self.consts.len() - 1
            }
        };
        self.by_identity.insert(identity, i);
        i
    }
}

/// MicroPython's notion of "the same constant": same type and equal value, where `0.0` and
/// `-0.0` floats differ (but `0j` and `-0j` do not) and NaN equals nothing, not even itself.
fn strictly_equal(a: &ConstObj, b: &ConstObj) -> bool {
    match (a, b) {
        (ConstObj::Float(x), ConstObj::Float(y)) => x == y && x.is_sign_negative() == y.is_sign_negative(),
        (ConstObj::Imag(x), ConstObj::Imag(y)) => x == y,
        (ConstObj::Tuple(x), ConstObj::Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| strictly_equal(p, q))
        }
        _ => a == b,
    }
}
