//! Frames ("code states"): where a running function keeps its locals, value stack and
//! exception blocks, laid out as in MicroPython.
//!
//! `state[0..n_state]` holds the value stack growing up from `state[0]` and the locals growing
//! down from the top (local `i` is `state[n_state - 1 - i]`). After it come the exception
//! blocks, three values each: handler (small int: offset into `fun_data` << 2 | the block kind:
//! except 0, finally 1, with 2), saved stack depth (small int), and how the handler was entered
//! (NULL, the exception it handles, or a small int for a pending return or jump; see unwind.rs).
//! All of it is values, so the collector scans a frame as a plain array.
//!
//! A frame's values live on the VM stack, or inside its generator object so it can be
//! suspended and resumed.

use crate::obj::code::{self, RawCodeObj};
use crate::value::Value;

/// Values per exception block.
pub const EXC_ENTRY: usize = 3;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FrameKind {
    /// An ordinary call.
    Call,
    /// A generator's frame: its values live in the generator object.
    Generator,
}

pub struct Frame {
    /// The function running (a `FunBc`).
    pub fun: Value,
    pub code: *const RawCodeObj,
    pub globals: Value,
    /// The namespace of `LOAD_NAME`/`STORE_NAME`: the globals, or a class body's dict.
    pub locals: Value,
    /// The object holding this frame's values when they are not on the VM stack (a generator,
    /// or a prepared interrupt handler's storage), or NULL.
    pub owner: Value,
    pub state: *mut Value,
    pub n_state: usize,
    /// First exception block (right after the state).
    pub exc: *mut Value,
    /// Live exception blocks.
    pub exc_len: usize,
    /// Where to continue when this frame runs again.
    pub ip: *const u8,
    /// Start of the instruction being executed (for tracebacks and handler matching).
    pub op_ip: *const u8,
    /// One past the top of the value stack.
    pub sp: *mut Value,
    /// `Vm::stack_top` before this frame was pushed.
    pub stack_mark: usize,
    pub kind: FrameKind,
}

impl Frame {
    #[inline(always)]
    pub fn raw_code(&self) -> &RawCodeObj {
        // SAFETY: the raw code is kept alive by `fun`, which is a GC root while the frame lives.
        unsafe { &*self.code }
    }

    /// Offset of `p` in the function's `fun_data`.
    #[inline]
    pub fn offset_of(&self, p: *const u8) -> usize {
        p.addr().wrapping_sub(self.raw_code().fun_data.addr())
    }

    /// The source line of the instruction being executed.
    pub fn line(&self) -> usize {
        self.raw_code().line_of(self.offset_of(self.op_ip))
    }

    /// The file name of the function's module.
    pub fn file(&self) -> crate::qstr::Qstr {
        code::context(self.raw_code().context).file()
    }
}
