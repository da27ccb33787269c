//! The compiled form of a module, shared by the compiler (which produces it), the `.mpy`
//! reader and writer, and the loader that turns it into runtime objects.
//!
//! It mirrors the `.mpy` v6 file exactly: one module-wide qstr table (entry 0 is the source
//! file name), one module-wide constant table, and a tree of raw codes whose `fun_data` is a
//! bytecode prelude followed by opcodes. Bytecode refers to names only through indices into
//! `qstrs`, to constants through indices into `consts`, and to nested functions through indices
//! into its own `children`, so it never needs rewriting when loaded.

use alloc::string::String;
use alloc::vec::Vec;

#[derive(Debug, Clone, PartialEq)]
pub struct CompiledModule {
    /// The module's qstr table: `qstrs[0]` is the source file name.
    pub qstrs: Vec<String>,
    /// The constant-object table used by `LOAD_CONST_OBJ`.
    pub consts: Vec<ConstObj>,
    /// The module body.
    pub root: RawCode,
}

/// One compiled function (or module body, class body, lambda, comprehension).
#[derive(Debug, Clone, PartialEq)]
pub struct RawCode {
    pub kind: CodeKind,
    /// Prelude (signature, size, source info, closure cells) followed by the opcodes.
    pub fun_data: Vec<u8>,
    /// Nested raw codes, indexed by the argument of `MAKE_FUNCTION*`/`MAKE_CLOSURE*`.
    pub children: Vec<RawCode>,
}

/// The `.mpy` raw-code kind (`MP_CODE_*`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeKind {
    Bytecode = 2,
    NativePy = 3,
    NativeViper = 4,
    NativeAsm = 5,
}

/// A constant object as stored in a `.mpy` constant table.
#[derive(Debug, Clone)]
pub enum ConstObj {
    None,
    False,
    True,
    Ellipsis,
    Str(String),
    Bytes(Vec<u8>),
    /// Decimal text with optional leading `-`: ints that do not fit a small int.
    Int(String),
    Float(f64),
    /// A pure imaginary number: the value of its imaginary part.
    Imag(f64),
    Tuple(Vec<ConstObj>),
}

impl PartialEq for ConstObj {
    /// Strict equality as the compiler's de-duplication needs it: same kind and same value,
    /// floats compared bit for bit (so `0.0` and `-0.0` stay distinct, and NaN equals itself).
    fn eq(&self, other: &Self) -> bool {
        use ConstObj::*;
        match (self, other) {
            (None, None) | (False, False) | (True, True) | (Ellipsis, Ellipsis) => true,
            (Str(a), Str(b)) => a == b,
            (Bytes(a), Bytes(b)) => a == b,
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) | (Imag(a), Imag(b)) => a.to_bits() == b.to_bits(),
            (Tuple(a), Tuple(b)) => a == b,
            _ => false,
        }
    }
}
