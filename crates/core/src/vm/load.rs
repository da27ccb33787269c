//! Turning a compiled module (from the compiler or a `.mpy` file) into run-time objects: the
//! module context (qstr table, constant objects) and one raw code object per function, whose
//! decoded prelude is cached so calls need not parse it again.

use core::mem::size_of;

use crate::bytecode::code::{CodeKind, CompiledModule, ConstObj, RawCode};
use crate::bytecode::prelude;
use crate::obj::code::{ModuleContext, RawCodeObj, MODULE_CONTEXT_TYPE, RAW_CODE_TYPE};
use crate::obj::{bytes, complex, float, int, storage, str as pystr, tuple};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// Builds the run-time form of `cm` with `globals` as its namespace; returns the raw code of
    /// the module body.
    pub fn load_compiled(&mut self, cm: &CompiledModule, globals: Value) -> PyResult<Value> {
        let n_qstrs = cm.qstrs.len();
        let qbuf = storage::new_bytes(self, n_qstrs * size_of::<u32>())?;
        let qptr = storage::bytes_ptr(qbuf) as *mut u32;
        for (i, s) in cm.qstrs.iter().enumerate() {
            let q = self.intern(s);
            // SAFETY: the buffer holds n_qstrs u32 entries.
            unsafe { *qptr.add(i) = q.0 };
        }
        let consts = storage::new_values(self, cm.consts.len())?;
        for (i, c) in cm.consts.iter().enumerate() {
            let v = self.const_value(c)?;
            // SAFETY: the array holds consts.len() values.
            unsafe { *storage::values_ptr(consts).add(i) = v };
        }
        let p = self.alloc_obj::<ModuleContext>(&MODULE_CONTEXT_TYPE, 0)?;
        // SAFETY: fresh allocation; every field is written.
        unsafe {
            (*p).globals = globals;
            (*p).qstrs = qbuf;
            (*p).n_qstrs = n_qstrs;
            (*p).consts = consts;
            (*p).n_consts = cm.consts.len();
        }
        let ctx = Value::from_ptr(p);
        self.load_raw_code(&cm.root, ctx)
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

    fn load_raw_code(&mut self, rc: &RawCode, ctx: Value) -> PyResult<Value> {
        if rc.kind != CodeKind::Bytecode {
            return Err(self.value_error("incompatible .mpy file"));
        }
        let Some(pre) = prelude::read_prelude(&rc.fun_data) else {
            return Err(self.value_error("incompatible .mpy file"));
        };
        let data = storage::new_bytes(self, rc.fun_data.len())?;
        let data_ptr = storage::bytes_ptr(data);
        // SAFETY: the buffer holds fun_data.len() bytes.
        unsafe { core::ptr::copy_nonoverlapping(rc.fun_data.as_ptr(), data_ptr, rc.fun_data.len()) };
        let context = crate::obj::code::context(ctx);
        let n_args = pre.arg_names.len();
        let names = storage::new_bytes(self, n_args * size_of::<u32>())?;
        for (i, &qi) in pre.arg_names.iter().enumerate() {
            // SAFETY: the buffer holds n_args u32 entries.
            unsafe { *(storage::bytes_ptr(names) as *mut u32).add(i) = context.qstr(qi).0 };
        }
        let children = storage::new_values(self, rc.children.len())?;
        for (i, child) in rc.children.iter().enumerate() {
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
            (*p).fun_data_len = rc.fun_data.len() as u32;
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
            (*p).n_children = rc.children.len() as u32;
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
