//! Turning a compiled module (from the compiler or a `.mpy` file) into run-time objects: the
//! module context (qstr table, constant objects) and one raw code object per function, whose
//! decoded prelude is cached so calls need not parse it again.
//!
//! Code compiled from source has its bytecode copied into the heap. A `.mpy` that lives for the
//! rest of the program (frozen into the firmware, or a file the host mapped read-only) executes
//! in place: its raw code objects point into it, and only the qstr table, the constants and the
//! small per-function headers are built in RAM.

use alloc::vec::Vec;
use core::mem::size_of;

use crate::bytecode::code::{CodeKind, CompiledModule, ConstObj, RawCode};
use crate::bytecode::prelude;
use crate::mpy::RawCodeView;
use crate::obj::code::{ModuleContext, RawCodeObj, MODULE_CONTEXT_TYPE, RAW_CODE_TYPE};
use crate::obj::{bytes, complex, float, int, storage, str as pystr, tuple};
use crate::qstr::Qstr;
use crate::value::{Value, SMALL_INT_BITS};
use crate::vm::{PyResult, Vm};

/// A function's bytecode and nested functions, as the loader sees them.
trait CodeSource: Sized {
    /// Only bytecode can be loaded.
    fn is_bytecode(&self) -> bool;
    fn fun_data(&self) -> &[u8];
    fn children(&self) -> &[Self];
    /// The bytecode, if it lives for the rest of the program so it can run where it lies.
    fn static_data(&self) -> Option<&'static [u8]>;
}

impl CodeSource for RawCode {
    fn is_bytecode(&self) -> bool {
        self.kind == CodeKind::Bytecode
    }
    fn fun_data(&self) -> &[u8] {
        &self.fun_data
    }
    fn children(&self) -> &[RawCode] {
        &self.children
    }
    fn static_data(&self) -> Option<&'static [u8]> {
        None
    }
}

impl CodeSource for RawCodeView<'static> {
    fn is_bytecode(&self) -> bool {
        true
    }
    fn fun_data(&self) -> &[u8] {
        self.fun_data
    }
    fn children(&self) -> &[Self] {
        &self.children
    }
    fn static_data(&self) -> Option<&'static [u8]> {
        Some(self.fun_data)
    }
}

impl Vm {
    /// Builds the run-time form of `cm` with `globals` as its namespace; returns the raw code of
    /// the module body. The bytecode is copied into the heap.
    pub fn load_compiled(&mut self, cm: &CompiledModule, globals: Value) -> PyResult<Value> {
        let qstrs: Vec<Qstr> = cm.qstrs.iter().map(|s| self.intern(s)).collect();
        let ctx = self.new_context(&qstrs, &cm.consts, globals)?;
        self.load_raw_code(&cm.root, ctx)
    }

    /// Checks the `.mpy` file `data` (raising `ValueError` if it cannot be loaded) and builds its
    /// run-time form with `globals` as its namespace, executing in place: the bytecode stays in
    /// `data`, which must not change for the rest of the program (read-only data, ROM, a
    /// read-only memory map). Returns the raw code of the module body.
    pub fn load_mpy_in_place(&mut self, data: &'static [u8], globals: Value) -> PyResult<Value> {
        let view = match crate::mpy::parse_mpy(data, SMALL_INT_BITS as u8) {
            Ok(view) => view,
            Err(e) => return Err(self.value_error(&e.message)),
        };
        let qstrs: Vec<Qstr> = view.qstrs.iter().map(|&s| self.qstrs.intern_static(s)).collect();
        let ctx = self.new_context(&qstrs, &view.consts, globals)?;
        self.load_raw_code(&view.root, ctx)
    }

    /// Loads the `.mpy` file `data` in place (see [`Vm::load_mpy_in_place`]) and runs its body
    /// in `globals`.
    pub fn exec_mpy_in_place(&mut self, data: &'static [u8], globals: Value) -> PyResult<Value> {
        let rc = self.load_mpy_in_place(data, globals)?;
        self.run_module_code(rc, globals)
    }

    /// The module context: `globals`, the qstr table and the constant objects.
    fn new_context(&mut self, qstrs: &[Qstr], consts: &[ConstObj], globals: Value) -> PyResult<Value> {
        let qbuf = storage::new_bytes(self, qstrs.len() * size_of::<u32>())?;
        let qptr = storage::bytes_ptr(qbuf) as *mut u32;
        for (i, q) in qstrs.iter().enumerate() {
            // SAFETY: the buffer holds qstrs.len() u32 entries.
            unsafe { *qptr.add(i) = q.0 };
        }
        let values = storage::new_values(self, consts.len())?;
        for (i, c) in consts.iter().enumerate() {
            let v = self.const_value(c)?;
            // SAFETY: the array holds consts.len() values.
            unsafe { *storage::values_ptr(values).add(i) = v };
        }
        let p = self.alloc_obj::<ModuleContext>(&MODULE_CONTEXT_TYPE, 0)?;
        // SAFETY: fresh allocation; every field is written.
        unsafe {
            (*p).globals = globals;
            (*p).qstrs = qbuf;
            (*p).n_qstrs = qstrs.len();
            (*p).consts = values;
            (*p).n_consts = consts.len();
        }
        Ok(Value::from_ptr(p))
    }

    fn const_value(&mut self, c: &ConstObj) -> PyResult<Value> {
        Ok(match c {
            ConstObj::None => Value::NONE,
            ConstObj::False => Value::FALSE,
            ConstObj::True => Value::TRUE,
            ConstObj::Ellipsis => Value::ELLIPSIS,
            ConstObj::Str(s) => pystr::new(self, s)?,
            ConstObj::Bytes(b) => bytes::new(self, b)?,
            ConstObj::Int(text) => int::parse_str(self, text, 10)?,
            ConstObj::Float(f) => float::new(self, *f)?,
            ConstObj::Imag(f) => complex::new(self, 0.0, *f)?,
            ConstObj::Tuple(items) => {
                let mut vals = alloc::vec::Vec::with_capacity(items.len());
                for it in items {
                    vals.push(self.const_value(it)?);
                }
                tuple::new(self, &vals)?
            }
        })
    }

    fn load_raw_code<C: CodeSource>(&mut self, rc: &C, ctx: Value) -> PyResult<Value> {
        let fun_data = rc.fun_data();
        let pre = match prelude::read_prelude(fun_data) {
            Some(pre) if rc.is_bytecode() && u32::try_from(fun_data.len()).is_ok() => pre,
            _ => return Err(self.value_error("incompatible .mpy file")),
        };
        let (data, data_ptr) = match rc.static_data() {
            Some(bytes) => (Value::NULL, bytes.as_ptr()),
            None => {
                let data = storage::new_bytes(self, fun_data.len())?;
                let data_ptr = storage::bytes_ptr(data);
                // SAFETY: the buffer holds fun_data.len() bytes.
                unsafe { core::ptr::copy_nonoverlapping(fun_data.as_ptr(), data_ptr, fun_data.len()) };
                (data, data_ptr as *const u8)
            }
        };
        let context = crate::obj::code::context(ctx);
        // Empty tables stay NULL (no allocation): most functions have no children, and the
        // accessors check the index against the count first.
        let n_args = pre.arg_names.len();
        let names =
            if n_args == 0 { Value::NULL } else { storage::new_bytes(self, n_args * size_of::<u32>())? };
        for (i, &qi) in pre.arg_names.iter().enumerate() {
            // SAFETY: the buffer holds n_args u32 entries.
            unsafe { *(storage::bytes_ptr(names) as *mut u32).add(i) = context.qstr(qi).0 };
        }
        let n_children = rc.children().len();
        let children = if n_children == 0 { Value::NULL } else { storage::new_values(self, n_children)? };
        for (i, child) in rc.children().iter().enumerate() {
            let c = self.load_raw_code(child, ctx)?;
            // SAFETY: the array holds children.len() values.
            unsafe { *storage::values_ptr(children).add(i) = c };
        }
        let p = self.alloc_obj::<RawCodeObj>(&RAW_CODE_TYPE, 0)?;
        // SAFETY: fresh allocation; every field is written.
        unsafe {
            (*p).context = ctx;
            (*p).fun_data = data_ptr;
            (*p).data_owner = data;
            (*p).fun_data_len = fun_data.len() as u32;
            (*p).code_start = pre.code_start as u32;
            (*p).n_state = pre.sig.n_state as u32;
            (*p).n_exc_stack = pre.sig.n_exc_stack as u16;
            (*p).scope_flags = pre.sig.scope_flags;
            (*p).n_cells = (pre.cells.1 - pre.cells.0) as u8;
            (*p).simple_args = pre.sig.scope_flags
                & (prelude::FLAG_VARARGS | prelude::FLAG_VARKEYWORDS | prelude::FLAG_DEFKWARGS)
                == 0
                && pre.sig.n_kwonly_args == 0
                && pre.cells.1 == pre.cells.0;
            (*p).n_pos_args = pre.sig.n_pos_args as u16;
            (*p).n_kwonly_args = pre.sig.n_kwonly_args as u16;
            (*p).n_def_pos_args = pre.sig.n_def_pos_args as u16;
            (*p).line_info_start = pre.line_info.0 as u32;
            (*p).line_info_end = pre.line_info.1 as u32;
            (*p).cells_start = pre.cells.0 as u32;
            (*p).name = context.qstr(pre.name);
            (*p).arg_names = names;
            (*p).children = children;
            (*p).n_children = rc.children().len() as u32;
        }
        Ok(Value::from_ptr(p))
    }

    /// Runs a module body raw code with `globals` as both globals and locals.
    pub fn run_module_code(&mut self, raw_code: Value, globals: Value) -> PyResult<Value> {
        let f = crate::obj::function::new(self, raw_code, Value::NULL, Value::NULL)?;
        self.call_with_locals(f, globals)
    }

    /// Calls function `f` (no arguments) with `locals` as its `LOAD_NAME` namespace: module
    /// bodies, class bodies and `exec`.
    pub fn call_with_locals(&mut self, f: Value, locals: Value) -> PyResult<Value> {
        self.call_with_locals_cells(f, &[], locals)
    }

    /// `call_with_locals` for a closure's function and cells (class bodies that use `super()`).
    pub fn call_with_locals_cells(&mut self, f: Value, cells: &[Value], locals: Value) -> PyResult<Value> {
        self.push_frame(f, cells, &[], &[])?;
        let base = self.frames.len() - 1;
        self.frames[base].locals = locals;
        match self.run(base)? {
            crate::vm::run::Outcome::Return(v) | crate::vm::run::Outcome::Yield(v) => Ok(v),
        }
    }
}
