//! ferropy-core: a MicroPython-compatible Python runtime for `no_std` + `alloc` targets.
//!
//! Source is lexed ([`lex`]), parsed ([`parse`]) and compiled ([`compile`]) to MicroPython v6
//! bytecode ([`bytecode`]), which the VM ([`vm`]) runs on objects ([`obj`]) allocated in one
//! fixed-size garbage-collected heap ([`gc`]).
#![no_std]

extern crate alloc;
#[cfg(test)]
extern crate std;

pub mod bytecode;
pub mod compile;
pub mod gc;
pub mod irq;
pub mod lex;
pub mod modules;
pub mod mpy;
pub mod num;
pub mod obj;
pub mod parse;
pub mod port;
pub mod qstr;
pub mod value;
pub mod vm;
