//! Printing an exception with its traceback in MicroPython's format:
//!
//! ```text
//! Traceback (most recent call last):
//!   File "x.py", line 3, in <module>
//!   File "x.py", line 2, in f
//! ValueError: message
//! ```

use alloc::string::String;

use crate::obj::{exception, PrintKind};
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// The traceback and the exception line for `exc`.
    pub fn format_exception(&mut self, exc: Value) -> String {
        let mut out = String::new();
        let tb = exception::traceback(self, exc);
        if !tb.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            for &(file, line, name) in tb.iter().rev() {
                out.push_str(&alloc::format!("  File \"{}\", line {}", self.qstr_str(file), line));
                if name != crate::qstr::Qstr::NULL {
                    out.push_str(", in ");
                    out.push_str(self.qstr_str(name));
                }
                out.push('\n');
            }
        }
        out.push_str(self.type_name(exc));
        let mut msg = String::new();
        match self.print_value(exc, &mut msg, PrintKind::Str) {
            Ok(()) => {
                // MicroPython writes the separator even when there is no message.
                out.push_str(": ");
                out.push_str(&msg);
            }
            Err(_) => {
                self.take_exc();
            }
        }
        out.push('\n');
        out
    }

    /// Prints `exc` with its traceback to standard error (`sys.print_exception`).
    pub fn print_exception(&mut self, exc: Value) {
        let s = self.format_exception(exc);
        self.write_stderr(&s);
    }
}
