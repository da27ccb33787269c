//! Raising exceptions from Rust: helpers that build the exception and store it in `Vm::exc`.
//! Every helper returns `Raised` so call sites read `return Err(vm.type_error("..."))`.

use super::{Raised, Vm};
use crate::obj::exception::{self as exc, ExceptionObj};
use crate::obj::Type;
use crate::value::Value;

impl Vm {
    /// Raises `exc_value` (an exception instance).
    pub fn raise(&mut self, exc_value: Value) -> Raised {
        self.exc = exc_value;
        Raised
    }

    /// Raises a new exception of type `ty` with message `msg`.
    pub fn raise_msg(&mut self, ty: &'static Type, msg: &str) -> Raised {
        match exc::new_with_msg(self, ty, msg) {
            Ok(e) => self.raise(e),
            Err(r) => r,
        }
    }

    /// Raises a new exception of type `ty` with no arguments.
    pub fn raise_type(&mut self, ty: &'static Type) -> Raised {
        match exc::new(self, ty, &[]) {
            Ok(e) => self.raise(e),
            Err(r) => r,
        }
    }

    /// Raises a new exception of type `ty` with `args`.
    pub fn raise_args(&mut self, ty: &'static Type, args: &[Value]) -> Raised {
        match exc::new(self, ty, args) {
            Ok(e) => self.raise(e),
            Err(r) => r,
        }
    }

    /// The pending exception, taken out (for Rust code that catches it).
    pub fn take_exc(&mut self) -> Value {
        core::mem::replace(&mut self.exc, Value::NULL)
    }

    /// The pending exception, left in place.
    pub fn pending_exc(&self) -> Value {
        self.exc
    }

    /// Whether the pending exception is an instance of `ty` (or a subclass).
    pub fn exc_matches(&self, ty: &'static Type) -> bool {
        let t = self.type_of(self.exc);
        self.is_subclass_of_static(t, ty)
    }

    /// The `ExceptionObj` holding a raised exception's data.
    pub fn exc_data(&self, e: Value) -> &ExceptionObj {
        exc::get(exc::native(self, e))
    }

    pub fn type_error(&mut self, msg: &str) -> Raised {
        self.raise_msg(&exc::TYPE_ERROR_TYPE, msg)
    }

    pub fn value_error(&mut self, msg: &str) -> Raised {
        self.raise_msg(&exc::VALUE_ERROR_TYPE, msg)
    }

    pub fn index_error(&mut self, msg: &str) -> Raised {
        self.raise_msg(&exc::INDEX_ERROR_TYPE, msg)
    }

    pub fn runtime_error(&mut self, msg: &str) -> Raised {
        self.raise_msg(&exc::RUNTIME_ERROR_TYPE, msg)
    }

    pub fn overflow_error(&mut self, msg: &str) -> Raised {
        self.raise_msg(&exc::OVERFLOW_ERROR_TYPE, msg)
    }

    pub fn zero_division(&mut self, msg: &str) -> Raised {
        self.raise_msg(&exc::ZERO_DIVISION_ERROR_TYPE, msg)
    }

    pub fn attribute_error(&mut self, msg: &str) -> Raised {
        self.raise_msg(&exc::ATTRIBUTE_ERROR_TYPE, msg)
    }

    pub fn name_error(&mut self, msg: &str) -> Raised {
        self.raise_msg(&exc::NAME_ERROR_TYPE, msg)
    }

    pub fn not_implemented(&mut self, msg: &str) -> Raised {
        self.raise_msg(&exc::NOT_IMPLEMENTED_ERROR_TYPE, msg)
    }

    pub fn key_error(&mut self, key: Value) -> Raised {
        self.raise_args(&exc::KEY_ERROR_TYPE, &[key])
    }

    pub fn stop_iteration(&mut self) -> Raised {
        self.raise_type(&exc::STOP_ITERATION_TYPE)
    }

    /// Raises `OSError(errno)` (printed `[Errno 2] ENOENT`, as MicroPython does).
    pub fn os_error(&mut self, errno: crate::port::Errno) -> Raised {
        self.raise_args(&exc::OS_ERROR_TYPE, &[Value::small_int(errno as isize)])
    }

    pub fn recursion_error(&mut self) -> Raised {
        self.raise_msg(&exc::RUNTIME_ERROR_TYPE, "maximum recursion depth exceeded")
    }
}
