//! MicroPython v6 bytecode: opcode numbers, argument encodings, the prelude, and the compiled
//! module form shared by the compiler, the `.mpy` reader/writer and the loader.

pub mod code;
pub mod decode;
pub mod disasm;
pub mod opcodes;
pub mod prelude;
pub mod showbc;
pub mod stack_check;
pub mod varint;
