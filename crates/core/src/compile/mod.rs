//! The compiler: an [`ast::Module`] becomes a [`CompiledModule`] of MicroPython v6 bytecode,
//! the same bytes mpy-cross 1.29 produces for the same source.
//!
//! It works as MicroPython's compiler does, so that every table comes out in the same order:
//! a *scope pass* walks each scope (module, then the functions, classes, lambdas and
//! comprehensions in the order they were found) to learn what each name is, and registers
//! the qstrs and constants that pass emits; then a *code pass* per scope, in the same order,
//! emits the bytecode, whose jumps and line table are laid out at the end (`layout`).
//! Constant folding and `const()` happen first, on the AST (`fold`).
//!
//! ferropy is a superset: CPython 3.11 constructs that mpy-cross rejects compile too, with
//! standard v6 opcodes only, so the `.mpy` files stay loadable (unpacking displays in
//! `display`, positional-only parameters, walrus in module-level comprehensions). Where
//! MicroPython's compiler gives CPython code another meaning, ferropy follows CPython and its
//! bytes differ from mpy-cross's: private name mangling in classes, class bodies invisible to
//! the scopes nested in them (`scope`), correctly rounded int-to-float folding (`value`).
//!
//! [`ast::Module`]: crate::parse::ast::Module

mod assign;
mod bigint;
mod call;
mod compiler;
mod control;
mod display;
mod emit;
mod exact_pow;
mod expr;
mod fold;
mod func;
mod layout;
mod scope;
mod stmt;
mod tables;
mod value;
mod walrus;

use alloc::string::String;

use crate::bytecode::code::CompiledModule;
use crate::parse::ast;

/// What kind of program text is compiled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    /// A module or script: statements, the result is `None`.
    #[default]
    Module,
    /// A single expression (`eval`): the module body returns its value.
    Eval,
    /// One REPL input: expression statements at top level print their value through
    /// `__repl_print__`, as MicroPython's REPL does.
    Single,
}

/// Compiler settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CompileOptions {
    /// MicroPython's `-O` level: 1 drops `assert` and makes `__debug__` false; 3 also drops
    /// line numbers.
    pub opt_level: u8,
    /// Width of the small ints of the target: ints that do not fit become constant objects.
    /// 31 makes `.mpy` files any MicroPython can load (mpy-cross's default); a VM compiling
    /// for itself passes its own width.
    pub small_int_bits: u8,
    pub mode: Mode,
    /// Reserved for `@micropython.native`/`viper`; must be false for now.
    pub emit_native: bool,
}

impl Default for CompileOptions {
    fn default() -> Self {
        CompileOptions { opt_level: 0, small_int_bits: 31, mode: Mode::Module, emit_native: false }
    }
}

/// The class of a compile error, which decides the exception the VM raises.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompileErrorKind {
    /// `SyntaxError` (also for errors found by the parser).
    Syntax,
    /// `IndentationError` (from the parser).
    Indentation,
    /// `NotImplementedError`: valid Python this compiler does not handle yet.
    NotImplemented,
    /// `RuntimeError("maximum recursion depth exceeded")`: nesting too deep to compile.
    RecursionDepth,
    /// `RuntimeError("bytecode overflow")`: a jump does not fit 15 bits.
    BytecodeOverflow,
}

/// A compile error with MicroPython's message and the source line it is reported at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompileError {
    pub message: String,
    pub line: u32,
    pub kind: CompileErrorKind,
    /// Name of the scope being compiled (`<module>`, the function or class name), which
    /// MicroPython prints in the traceback line of a compile error; `None` for parse errors.
    pub scope_name: Option<String>,
}

impl CompileError {
    /// The Python exception the VM raises for this error.
    pub fn exception_type(&self) -> &'static str {
        match self.kind {
            CompileErrorKind::Syntax => "SyntaxError",
            CompileErrorKind::Indentation => "IndentationError",
            CompileErrorKind::NotImplemented => "NotImplementedError",
            CompileErrorKind::RecursionDepth | CompileErrorKind::BytecodeOverflow => "RuntimeError",
        }
    }

    pub(crate) fn syntax(message: &str, line: u32) -> CompileError {
        CompileError {
            message: String::from(message),
            line,
            kind: CompileErrorKind::Syntax,
            scope_name: None,
        }
    }

    pub(crate) fn with_kind(kind: CompileErrorKind, message: &str, line: u32) -> CompileError {
        CompileError { message: String::from(message), line, kind, scope_name: None }
    }
}

/// Compiles a parsed module; `source_name` becomes qstr 0 (the file name in tracebacks).
/// The module is consumed because constant folding rewrites it in place.
pub fn compile_module(
    module: ast::Module,
    source_name: &str,
    opts: &CompileOptions,
) -> Result<CompiledModule, CompileError> {
    compiler::compile(module, source_name, opts)
}

/// Parses and compiles source text; parse errors come back as [`CompileError`]s too.
pub fn compile_source(
    src: &str,
    source_name: &str,
    opts: &CompileOptions,
) -> Result<CompiledModule, CompileError> {
    use crate::parse::{ParseErrorKind, ParseOptions};
    let parse = ParseOptions { debug: opts.opt_level == 0, ..ParseOptions::default() };
    let parsed = match opts.mode {
        Mode::Module => parse.parse_module(src),
        Mode::Single => parse.parse_single(src),
        Mode::Eval => parse.parse_eval(src).map(|e| ast::Module {
            body: alloc::vec![ast::Stmt { line: e.line, kind: ast::StmtKind::Expr(e) }],
        }),
    };
    let module = parsed.map_err(|e| CompileError {
        message: e.message,
        line: e.line,
        kind: match e.kind {
            ParseErrorKind::Syntax => CompileErrorKind::Syntax,
            ParseErrorKind::Indentation => CompileErrorKind::Indentation,
            ParseErrorKind::RecursionLimit => CompileErrorKind::RecursionDepth,
            ParseErrorKind::NotImplemented => CompileErrorKind::NotImplemented,
        },
        scope_name: None,
    })?;
    compile_module(module, source_name, opts)
}

#[cfg(test)]
mod tests;
