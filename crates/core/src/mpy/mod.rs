//! The `.mpy` v6 file format: a reader that checks everything the VM will later trust and
//! gives either a view borrowing the file's bytecode (to execute in place) or an owned
//! [`CompiledModule`], and a writer that produces the bytes mpy-cross would write for the same
//! module.
//!
//! [`CompiledModule`]: crate::bytecode::code::CompiledModule

pub mod float_text;
mod read;
mod validate;
mod write;

pub use read::{parse_mpy, read_mpy, MpyView, RawCodeView};
pub use write::write_mpy;

use alloc::string::String;

/// Why a `.mpy` file could not be read or written. The VM raises it as `ValueError(message)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MpyError {
    pub message: String,
}

impl MpyError {
    pub(crate) fn new(message: &str) -> MpyError {
        MpyError { message: String::from(message) }
    }
}

/// MicroPython's message for a file it cannot load (bad header, non-bytecode code).
pub const INCOMPATIBLE: &str = "incompatible .mpy file";
/// MicroPython's message for a file with native code on a VM without native support.
pub const NATIVE_UNSUPPORTED: &str = "native code in .mpy unsupported";

// Constant-table type tags (`MP_PERSISTENT_OBJ_*`).
const OBJ_FUN_TABLE: u8 = 0;
const OBJ_NONE: u8 = 1;
const OBJ_FALSE: u8 = 2;
const OBJ_TRUE: u8 = 3;
const OBJ_ELLIPSIS: u8 = 4;
const OBJ_STR: u8 = 5;
const OBJ_BYTES: u8 = 6;
const OBJ_INT: u8 = 7;
const OBJ_FLOAT: u8 = 8;
const OBJ_COMPLEX: u8 = 9;
const OBJ_TUPLE: u8 = 10;

/// `.mpy` major version.
const MPY_VERSION: u8 = 6;

#[cfg(test)]
mod tests;
