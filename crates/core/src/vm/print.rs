//! Printing values: `str()`, `repr()` and `print()`. Containers that contain themselves print as
//! `[...]`/`{...}` as in CPython, and nesting deeper than the recursion limit raises
//! `RuntimeError` instead of exhausting the Rust stack.

use alloc::string::String;

use crate::obj::{str as pystr, PrintKind};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Nesting depth of printing at which `RuntimeError` is raised.
const MAX_PRINT_DEPTH: usize = 1000;

impl Vm {
    /// Appends `str(v)` or `repr(v)` to `out`.
    pub fn print_value(&mut self, v: Value, out: &mut String, kind: PrintKind) -> PyResult<()> {
        if v.is_qstr() {
            let s = self.qstr_str(v.as_qstr());
            match kind {
                PrintKind::Str => out.push_str(s),
                PrintKind::Repr => pystr::repr_into(s, out),
            }
            return Ok(());
        }
        if let Some(n) = v.small_int_value() {
            out.push_str(&alloc::format!("{n}"));
            return Ok(());
        }
        if self.repr_depth >= MAX_PRINT_DEPTH {
            return Err(self.recursion_error());
        }
        self.repr_depth += 1;
        let r = match self.type_of(v).print {
            Some(f) => f(self, v, out, kind),
            None => {
                let t = self.type_name(v);
                out.push_str(&alloc::format!("<{t}>"));
                Ok(())
            }
        };
        self.repr_depth -= 1;
        r
    }

    /// Marks `v` as being printed; false if it already is (a self-containing container).
    pub(crate) fn enter_repr(&mut self, v: Value) -> bool {
        if self.repr_stack.contains(&v) {
            return false;
        }
        self.repr_stack.push(v);
        true
    }

    pub(crate) fn leave_repr(&mut self) {
        self.repr_stack.pop();
    }

    /// `repr(v)` as a str object.
    pub fn repr(&mut self, v: Value) -> PyResult<Value> {
        let mut s = String::new();
        self.print_value(v, &mut s, PrintKind::Repr)?;
        pystr::from_string(self, s)
    }

    /// `str(v)` as a str object.
    pub fn str(&mut self, v: Value) -> PyResult<Value> {
        if pystr::is_str(v) {
            return Ok(v);
        }
        let mut s = String::new();
        self.print_value(v, &mut s, PrintKind::Str)?;
        pystr::from_string(self, s)
    }

    /// `str(v)` as a Rust string.
    pub fn str_string(&mut self, v: Value) -> PyResult<String> {
        let mut s = String::new();
        self.print_value(v, &mut s, PrintKind::Str)?;
        Ok(s)
    }

    /// `repr(v)` as a Rust string.
    pub fn repr_string(&mut self, v: Value) -> PyResult<String> {
        let mut s = String::new();
        self.print_value(v, &mut s, PrintKind::Repr)?;
        Ok(s)
    }

    pub fn write_stdout(&mut self, s: &str) {
        self.port.write_stdout(s.as_bytes());
    }

    pub fn write_stderr(&mut self, s: &str) {
        self.port.write_stderr(s.as_bytes());
    }
}
