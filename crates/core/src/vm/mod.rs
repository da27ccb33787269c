//! The virtual machine: all run-time state (heap, qstr pool, frames, modules) and the
//! operations every part of the runtime uses (allocation, raising, calling, attribute access).
//!
//! Exceptions travel as `Err(Raised)`; the exception object itself waits in `Vm::exc`, which is a
//! GC root, so a raised exception survives any allocation made while it propagates.

use alloc::boxed::Box;
use alloc::vec::Vec;

use crate::gc::Heap;
use crate::obj::{ObjHeader, Type};
use crate::port::Port;
use crate::qstr::{Qstr, QstrPool};
use crate::value::Value;

pub mod alloc_api;
pub mod attr;
pub mod call;
pub mod compare;
pub mod convert;
pub mod frame;
pub mod frozen;
pub mod gc_roots;
#[cfg(test)]
mod hostile_tests;
pub mod import;
pub mod init;
pub mod iterate;
pub mod load;
#[cfg(test)]
mod load_tests;
pub mod lookup_cache;
pub mod ops;
pub mod print;
pub mod raise;
pub mod run;
pub mod sched;
pub mod traceback;
pub mod unwind;

pub use frame::Frame;

/// Builds a module object the first time it is imported.
pub type ModuleMaker = fn(&mut Vm) -> PyResult<Value>;

/// Marker that an exception was raised; the exception is in `Vm::exc`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[must_use]
pub struct Raised;

pub type PyResult<T> = Result<T, Raised>;

/// Limits that protect the host from runaway programs.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Python frames (bytecode calls) alive at once.
    pub max_frames: usize,
    /// Nested entries into the interpreter from Rust (builtins calling back into Python).
    pub max_nesting: usize,
    /// Values in the VM stack that holds frames.
    pub stack_values: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits { max_frames: 10000, max_nesting: 1000, stack_values: 256 * 1024 }
    }
}

/// Mutable state of the `sys` module that lives in the VM.
pub struct SysState {
    pub argv: Value,
    pub path: Value,
    pub modules: Value,
    pub stdout: Value,
    pub stderr: Value,
    pub stdin: Value,
    /// The function `sys.atexit` registered (NULL if none).
    pub atexit: Value,
    /// `sys.executable`, set by the host (NULL: empty).
    pub executable: Value,
    /// The extensible built-in modules (`os`, `time`, ...) made so far, by name. They stay
    /// out of `sys.modules`, as in MicroPython, so a file of the same name found later along
    /// `sys.path` still replaces them.
    pub builtin_modules: Value,
}

pub struct Vm {
    pub heap: Heap,
    pub qstrs: QstrPool,
    /// Objects allocated since the interpreter's last safe point: they are roots until then,
    /// so Rust code may hold fresh objects across further allocations.
    pub(crate) pins: Vec<Value>,
    /// `pins.len()` when the innermost interpreter run started: pins above it belong to that
    /// run's current instructions, whose values all live in frames.
    pub(crate) run_pin_base: usize,
    /// The exception being raised (NULL when none).
    pub(crate) exc: Value,
    /// Values of frames that live on the VM stack (locals, value stack, exception blocks).
    pub(crate) stack: Box<[Value]>,
    /// First free slot of `stack`.
    pub(crate) stack_top: usize,
    pub(crate) frames: Vec<Frame>,
    /// Depth of nested `run` invocations (Rust → Python re-entry).
    pub(crate) nesting: usize,
    pub limits: Limits,
    pub sys: SysState,
    /// Globals of `__main__` (also the REPL's namespace).
    pub main_globals: Value,
    /// Builtins overridden or added by the program (`builtins.x = ...`): NULL or a dict.
    pub builtins_dict: Value,
    /// Where class attributes and globals were last found (see `lookup_cache`).
    pub(crate) lookup_cache: lookup_cache::LookupCache,
    pub port: Box<dyn Port>,
    /// Built-in modules the embedder or host adds (`Vm::register_module`).
    pub(crate) extra_modules: Vec<(Qstr, ModuleMaker)>,
    /// Frozen modules the embedder added (`Vm::register_frozen`).
    pub(crate) frozen: Vec<frozen::FrozenModule>,
    /// Objects the embedder or the host keeps alive (registered with `keep_alive`).
    pub(crate) extra_roots: Vec<Value>,
    /// Optimisation level (`-O`): 1+ drops asserts and makes `__debug__` false.
    pub opt_level: u8,
    /// Verbosity (`-v`, repeatable): 2+ lists the bytecode of everything compiled.
    pub verbose: u8,
    /// Set by the host (e.g. on SIGINT) to raise KeyboardInterrupt at the next safe point.
    pub(crate) pending_interrupt: &'static core::sync::atomic::AtomicBool,
    /// Nesting depth of printing (bounded, so deep structures cannot exhaust the Rust stack).
    pub(crate) repr_depth: usize,
    /// Containers being printed, so one that contains itself prints as `[...]`.
    pub(crate) repr_stack: Vec<Value>,
    /// Set while the MemoryError for a failed allocation is being built (if that fails too, the
    /// preallocated one is raised).
    pub(crate) making_memory_error: bool,
    /// An exception `throw()` passes to the `yield from` a generator is suspended in.
    pub(crate) gen_throw: Value,
    /// The last `StopIteration` with arguments that a class's `__next__` raised and iteration
    /// swallowed, so `next()` of a builtin iterator over it re-raises it with its value.
    pub(crate) stop_exc: Value,
    /// The emergency exception object and its argument tuples (NULL until prepared, see
    /// `exception::prepare_emergency`).
    pub(crate) emergency_exc: [Value; 4],
    /// Calls queued by `micropython.schedule`.
    pub(crate) sched: sched::Scheduler,
    /// Registered interrupt handlers and the lines interrupts raised.
    pub(crate) irq: crate::irq::IrqTable,
    /// The `random` module's generator.
    pub(crate) rng: crate::modules::random::Rng,
    /// Files open through the port and their handles, not roots: a file the program drops
    /// without closing is closed when a collection finds it unreachable.
    pub(crate) open_files: Vec<(Value, crate::port::FileHandle)>,
    /// The VFS mount table (`vfs.mount`), through which `os`, `open()` and import go.
    pub(crate) vfs: crate::modules::vfs::MountTable,
}

impl Vm {
    /// The type object of any value.
    #[inline]
    pub fn type_of(&self, v: Value) -> &'static Type {
        use crate::obj::{float, int, str};
        if v.is_small_int() {
            &int::INT_TYPE
        } else if v.is_qstr() {
            &str::STR_TYPE
        } else if v.is_flonum() {
            &float::FLOAT_TYPE
        } else if v.is_null() {
            &crate::obj::none::NULL_TYPE
        } else {
            // SAFETY: an object value points to a live object whose header holds its type.
            // Heap types live as long as their instances, so `'static` is safe to hand out for
            // the duration of any use the VM makes of it (no type is freed while referenced).
            unsafe { &*(*v.as_ptr::<ObjHeader>()).ty }
        }
    }

    /// The string of a qstr.
    #[inline]
    pub fn qstr_str(&self, q: Qstr) -> &'static str {
        self.qstrs.str(q)
    }

    pub fn intern(&mut self, s: &str) -> Qstr {
        self.qstrs.intern(s)
    }

    /// Adds a built-in module: `make` builds it on first import (for modules the platform
    /// provides, such as `os` on the host or `machine` on a board).
    pub fn register_module(&mut self, name: &str, make: ModuleMaker) {
        let q = self.intern(name);
        self.extra_modules.push((q, make));
    }

    /// Keeps `v` alive for the rest of the program (embedder-held objects).
    pub fn keep_alive(&mut self, v: Value) {
        self.extra_roots.push(v);
    }
}
