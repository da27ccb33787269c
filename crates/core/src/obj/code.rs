//! Compiled code at run time: a module context (the module's globals, qstr table and constant
//! table) and raw code objects (one per function: where its bytecode is, plus its decoded
//! prelude, so a call does not re-parse the prelude).
//!
//! Bytecode is never copied or rewritten once loaded: `fun_data` may point into the heap (code
//! compiled from source), into read-only data (frozen modules) or into a mapped `.mpy` file.

use core::mem::size_of;

use super::{storage, ObjHeader, Type};
use crate::gc::Marker;
use crate::qstr::{q, Qstr};
use crate::value::Value;

#[repr(C)]
pub struct ModuleContext {
    pub header: ObjHeader,
    pub globals: Value,
    /// Byte buffer of `u32` qstr numbers: the module's qstr table.
    pub qstrs: Value,
    pub n_qstrs: usize,
    /// Value array: the module's constant table.
    pub consts: Value,
    pub n_consts: usize,
}

pub static MODULE_CONTEXT_TYPE: Type = Type { trace: Some(trace_context), ..Type::builtin(q::_empty) };

fn trace_context(v: Value, m: &mut Marker) {
    let c = context(v);
    m.mark(c.globals);
    m.mark(c.qstrs);
    m.mark(c.consts);
}

#[inline]
pub fn context<'a>(v: Value) -> &'a ModuleContext {
    // SAFETY: callers pass a module context object.
    unsafe { &*v.as_ptr::<ModuleContext>() }
}

impl ModuleContext {
    /// The module-wide qstr for table index `i` (`Qstr::NULL` if out of range).
    #[inline]
    pub fn qstr(&self, i: usize) -> Qstr {
        if i < self.n_qstrs {
            // SAFETY: the buffer holds n_qstrs u32 values.
            Qstr(unsafe { *(storage::bytes_ptr(self.qstrs) as *const u32).add(i) })
        } else {
            Qstr::NULL
        }
    }

    #[inline]
    pub fn qstr_table(&self) -> *const u32 {
        storage::bytes_ptr(self.qstrs) as *const u32
    }

    #[inline]
    pub fn const_table(&self) -> *const Value {
        storage::values_ptr(self.consts)
    }

    /// The source file name (qstr table entry 0).
    pub fn file(&self) -> Qstr {
        self.qstr(0)
    }
}

#[repr(C)]
pub struct RawCodeObj {
    pub header: ObjHeader,
    pub context: Value,
    /// Prelude + opcodes.
    pub fun_data: *const u8,
    /// The heap buffer holding `fun_data` when it lives in the heap; NULL otherwise.
    pub data_owner: Value,
    pub fun_data_len: u32,
    /// Offset of the first opcode in `fun_data`.
    pub code_start: u32,
    pub n_state: u32,
    pub n_exc_stack: u16,
    pub scope_flags: u8,
    pub n_cells: u8,
    /// No `*args`, `**kw`, keyword-only parameters or cells: a call with exactly the positional
    /// arguments only copies them (decided once, when the code is loaded).
    pub simple_args: bool,
    pub n_pos_args: u16,
    pub n_kwonly_args: u16,
    pub n_def_pos_args: u16,
    pub line_info_start: u32,
    pub line_info_end: u32,
    pub cells_start: u32,
    pub name: Qstr,
    /// Byte buffer of `u32` qstrs: names of the positional and keyword-only parameters.
    pub arg_names: Value,
    /// Value array of child raw codes.
    pub children: Value,
    pub n_children: u32,
}

pub static RAW_CODE_TYPE: Type = Type { trace: Some(trace_raw_code), ..Type::builtin(q::_empty) };

fn trace_raw_code(v: Value, m: &mut Marker) {
    let c = raw_code(v);
    m.mark(c.context);
    m.mark(c.data_owner);
    m.mark(c.arg_names);
    m.mark(c.children);
}

#[inline]
pub fn raw_code<'a>(v: Value) -> &'a RawCodeObj {
    // SAFETY: callers pass a raw code object.
    unsafe { &*v.as_ptr::<RawCodeObj>() }
}

impl RawCodeObj {
    pub fn is_generator(&self) -> bool {
        self.scope_flags & crate::bytecode::prelude::FLAG_GENERATOR != 0
    }

    pub fn fun_data(&self) -> &[u8] {
        // SAFETY: fun_data points to fun_data_len bytes kept alive by `data_owner` or static.
        unsafe { core::slice::from_raw_parts(self.fun_data, self.fun_data_len as usize) }
    }

    pub fn arg_name(&self, i: usize) -> Qstr {
        let n = self.n_pos_args as usize + self.n_kwonly_args as usize;
        if i < n {
            // SAFETY: the buffer holds n u32 values.
            Qstr(unsafe { *(storage::bytes_ptr(self.arg_names) as *const u32).add(i) })
        } else {
            Qstr::NULL
        }
    }

    pub fn child(&self, i: usize) -> Value {
        if i < self.n_children as usize {
            // SAFETY: the array holds n_children values.
            unsafe { *storage::values_ptr(self.children).add(i) }
        } else {
            Value::NULL
        }
    }

    /// The local number of closure cell `i`.
    pub fn cell_local(&self, i: usize) -> usize {
        self.fun_data().get(self.cells_start as usize + i).copied().unwrap_or(0) as usize
    }

    /// The source line of the opcode at byte offset `ip_offset` of `fun_data`.
    pub fn line_of(&self, ip_offset: usize) -> usize {
        let data = self.fun_data();
        let table = &data[self.line_info_start as usize..self.line_info_end as usize];
        crate::bytecode::prelude::line_for_offset(table, ip_offset.saturating_sub(self.code_start as usize))
    }
}

/// Size of a `u32` qstr entry in the context's table.
pub const QSTR_ENTRY: usize = size_of::<u32>();
