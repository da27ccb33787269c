//! Preparing a handler at registration, so that each interrupt only resets and resumes it.
//!
//! Each kind of handler is one variant of [`PreparedHandler`]; the native and viper kinds join
//! as further variants when the native emitter exists.

use crate::bytecode::prelude::{FLAG_VARARGS, FLAG_VARKEYWORDS};
use crate::obj::code::{self, RawCodeObj};
use crate::obj::{boundmeth, builtin_fn, closure, function, generator, storage};
use crate::qstr::q;
use crate::value::Value;
use crate::vm::frame::EXC_ENTRY;
use crate::vm::run::Outcome;
use crate::vm::{PyResult, Vm};

/// A handler ready to run: everything that can be done before an interrupt has been done.
#[derive(Clone, Copy)]
pub enum PreparedHandler {
    /// No handler (a free slot, or one disabled after an error).
    None,
    /// A bytecode function (plain, a closure, or a bound method of one) whose frame lives in
    /// `storage`: an interrupt copies the bound locals back from the template, places the
    /// argument and enters the code at its start.
    Function(PreparedFrame),
    /// A generator suspended at a `yield`; an interrupt resumes it with `send(arg)`.
    Generator(Value),
    /// Any other callable, called through the ordinary call path.
    Callable(Value),
}

/// The frame of a [`PreparedHandler::Function`], built once at registration.
#[derive(Clone, Copy)]
pub struct PreparedFrame {
    /// The `FunBc` to run.
    pub(crate) fun: Value,
    /// A value array of `n_state` live state values, the exception blocks, then `n_state`
    /// template values (the locals as bound at registration, the argument's slot None).
    pub(crate) storage: Value,
    pub(crate) code: *const RawCodeObj,
    pub(crate) globals: Value,
    pub(crate) n_state: usize,
    /// Offset of the template in `storage` (`n_state` + exception block values).
    pub(crate) template: usize,
    /// Index in the state of the local that receives the argument.
    pub(crate) arg_slot: usize,
    /// The first opcode.
    pub(crate) ip: *const u8,
}

impl PreparedHandler {
    /// The heap values it holds (NULL where none).
    pub(crate) fn values(&self) -> [Value; 2] {
        match self {
            PreparedHandler::None => [Value::NULL; 2],
            PreparedHandler::Function(f) => [f.fun, f.storage],
            PreparedHandler::Generator(g) | PreparedHandler::Callable(g) => [*g, Value::NULL],
        }
    }

    /// The kind's name (for tests, benchmarks and diagnostics).
    pub fn kind(&self) -> &'static str {
        match self {
            PreparedHandler::None => "none",
            PreparedHandler::Function(_) => "function",
            PreparedHandler::Generator(_) => "generator",
            PreparedHandler::Callable(_) => "callable",
        }
    }
}

/// A callable resolved to the bytecode function it runs, the closure cells passed before the
/// arguments, and the `self` of a bound method (the first argument).
struct Resolved {
    fun: Value,
    cells: [Value; 8],
    n_cells: usize,
    self_: Option<Value>,
}

impl Resolved {
    fn cells(&self) -> &[Value] {
        &self.cells[..self.n_cells]
    }

    /// Binds a call with argument `arg` into the locals at `state`.
    fn bind(&self, vm: &mut Vm, state: *mut Value, arg: Value) -> PyResult<()> {
        let args = match self.self_ {
            Some(s) => [s, arg],
            None => [arg, Value::NULL],
        };
        let n = 1 + self.self_.is_some() as usize;
        crate::vm::call::bind_args(vm, self.fun, state, self.cells(), &args[..n], &[])
    }

    /// Values passed before the interrupt's argument.
    fn n_before_arg(&self) -> usize {
        self.n_cells + self.self_.is_some() as usize
    }
}

/// Resolves plain functions, closures and bound methods of either; `None` for anything else
/// (or a closure with more cells than a prepared frame takes).
fn resolve(f: Value) -> Option<Resolved> {
    let (inner, self_) = if f.is_exact(&boundmeth::BOUND_METHOD_TYPE) {
        let b = boundmeth::get(f);
        (b.func, Some(b.self_))
    } else {
        (f, None)
    };
    let mut r = Resolved { fun: inner, cells: [Value::NULL; 8], n_cells: 0, self_ };
    if inner.is_exact(&closure::CLOSURE_TYPE) {
        let cells = closure::cells(inner);
        if cells.len() > r.cells.len() {
            return None;
        }
        r.fun = closure::get(inner).fun;
        r.cells[..cells.len()].copy_from_slice(cells);
        r.n_cells = cells.len();
    } else if !inner.is_exact(&function::FUNCTION_TYPE) {
        return None;
    }
    Some(r)
}

/// Whether the function's frame can be reused from call to call: no `*args`/`**kwargs` (they
/// allocate) and no cells (they are made fresh by each call).
fn frame_reusable(rc: &RawCodeObj) -> bool {
    rc.scope_flags & (FLAG_VARARGS | FLAG_VARKEYWORDS) == 0 && rc.n_cells == 0
}

impl Vm {
    /// Prepares `handler` to be called with `arg` (see the module doc). Raises `TypeError` if it
    /// is not callable or cannot take one argument, and whatever priming a generator raises.
    pub fn irq_prepare(&mut self, handler: Value, arg: Value) -> PyResult<PreparedHandler> {
        if generator::is_generator(handler) {
            return self.prime(handler);
        }
        if let Some(r) = resolve(handler) {
            let rc = code::raw_code(function::get(r.fun).code);
            if rc.is_generator() {
                let g = self.call(handler, &[arg])?;
                return self.prime(g);
            }
            if frame_reusable(rc) {
                return Ok(PreparedHandler::Function(self.prepare_frame(&r)?));
            }
            // Called through the ordinary path; binding once checks the argument count.
            let scratch = storage::new_values(self, rc.n_state as usize)?;
            r.bind(self, storage::values_ptr(scratch), arg)?;
            return Ok(PreparedHandler::Callable(handler));
        }
        if !crate::modules::builtins::is_callable(self, handler) {
            let t = self.type_name(handler);
            return Err(self.type_error(&alloc::format!("'{t}' object isn't callable")));
        }
        self.check_builtin_arity(handler)?;
        if self.type_of(handler).is_class() {
            // An instance with `__call__`: prepare its bound `__call__`.
            if let Some(call) = self.load_attr_opt(handler, q::__call__)? {
                if resolve(call).is_some() {
                    return self.irq_prepare(call, arg);
                }
            }
        }
        Ok(PreparedHandler::Callable(handler))
    }

    /// Builds the frame storage of `r` (a function whose frame is reusable) and binds its
    /// parameters once into the template (which also checks that one argument fits, raising
    /// the `TypeError` a call would raise).
    fn prepare_frame(&mut self, r: &Resolved) -> PyResult<PreparedFrame> {
        let rc = code::raw_code(function::get(r.fun).code);
        let n_state = rc.n_state as usize;
        let template = n_state + rc.n_exc_stack as usize * EXC_ENTRY;
        let storage = storage::new_values(self, template + n_state)?;
        let base = storage::values_ptr(storage);
        // SAFETY: the array holds `template + n_state` values, so the template's `n_state`
        // values start inside it.
        let t = unsafe { base.add(template) };
        r.bind(self, t, Value::NONE)?;
        // SAFETY: `code_start` is inside the function's bytecode.
        let ip = unsafe { rc.fun_data.add(rc.code_start as usize) };
        Ok(PreparedFrame {
            fun: r.fun,
            storage,
            code: rc as *const RawCodeObj,
            globals: code::context(rc.context).globals,
            n_state,
            template,
            arg_slot: n_state - 1 - r.n_before_arg(),
            ip,
        })
    }

    /// Primes generator `g` to its first `yield` (if it has not started).
    fn prime(&mut self, g: Value) -> PyResult<PreparedHandler> {
        if generator::is_finished(g) {
            return Err(self.type_error("IRQ handler generator has finished"));
        }
        if !generator::is_started(g) {
            if let Outcome::Return(_) = generator::resume(self, g, Value::NONE, Value::NULL)? {
                return Err(self.type_error("IRQ handler generator returned without yielding"));
            }
        }
        Ok(PreparedHandler::Generator(g))
    }

    /// A builtin function (or a bound method of one) must accept one more argument.
    fn check_builtin_arity(&mut self, f: Value) -> PyResult<()> {
        let (b, n) = if f.is_exact(&builtin_fn::BUILTIN_FUNCTION_TYPE) {
            (f, 1)
        } else if f.is_exact(&boundmeth::BOUND_METHOD_TYPE)
            && boundmeth::get(f).func.is_exact(&builtin_fn::BUILTIN_FUNCTION_TYPE)
        {
            (boundmeth::get(f).func, 2)
        } else {
            return Ok(());
        };
        let bf = builtin_fn::get(b);
        if (bf.min as usize) <= n && n <= bf.max as usize {
            return Ok(());
        }
        let takes = if n < bf.min as usize { bf.min } else { bf.max } as usize;
        let name = self.qstr_str(bf.name);
        Err(self.type_error(&alloc::format!(
            "{name}() takes {} positional arguments but 1 were given",
            takes.saturating_sub(n - 1)
        )))
    }
}
