//! The parser: source text to [`ast`], for the three kinds of input MicroPython compiles —
//! a module (file input), one expression (`eval`) and one REPL statement (single input).
//!
//! The accepted language is CPython 3.11's where the AST can express it (without `match`),
//! which includes MicroPython 1.29's; for code MicroPython accepts the trees are the ones
//! that make the compiler emit mpy-cross's bytecode, and errors have MicroPython's messages.
//! The extensions over MicroPython: PEP 614 decorators, `**d`/`*a` in dict and set displays,
//! starred items in `return`, `yield`, `for ... in` and subscripts, `:=` in subscripts and
//! set displays, `/` in parameter lists, upper-case string prefixes, parenthesised
//! with-items, `async for` in comprehensions, `f(a=1, *b)`, leading whitespace in `eval`
//! input, and f-string fields read as CPython reads them. The compiler may still reject what
//! MicroPython cannot run.
//!
//! A few checks MicroPython makes in its compiler are made here because the AST cannot
//! express the faulty code (argument order in calls, dict/set displays mixing `k: v` and
//! plain entries, `*`/`**` order in parameter lists, `:=` targets); the `parser` module says
//! how they are ordered after syntax errors. Assignment targets, `return` outside functions
//! and the like are the compiler's to check: the parser accepts any expression where a
//! target goes.

pub mod ast;
mod atom;
mod call;
mod compound;
pub mod error;
mod expr;
mod params;
mod parser;
mod stmt;

use alloc::vec::Vec;

pub use error::{ParseError, ParseErrorKind};

use ast::{Expr, Module, Stmt};
use parser::Parser;

/// Parser settings; [`ParseOptions::default`] suits the host.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParseOptions {
    /// What `__debug__` means: `True`, or `False` when compiling with optimisation level 1+.
    pub debug: bool,
    /// How deeply brackets, unary operators, lambdas, conditional expressions and blocks may
    /// nest (the parser's recursion). Deeper input is a [`ParseErrorKind::RecursionLimit`].
    pub max_nesting: u32,
    /// How deep the tree may get, counting also chains the parser builds without recursion
    /// (`a+b+...`, `a.b.c...`, `elif`s): later passes walk it recursively.
    pub max_depth: u32,
}

impl Default for ParseOptions {
    fn default() -> Self {
        ParseOptions { debug: true, max_nesting: 200, max_depth: 1000 }
    }
}

impl ParseOptions {
    /// Parses a module (file input).
    pub fn parse_module(&self, source: &str) -> Result<Module, ParseError> {
        let mut parser = Parser::new(source, *self)?;
        let body = parser.file_input()?;
        parser.finish(Module { body })
    }

    /// Parses `eval` input: an expression list, with any whitespace and blank lines around
    /// it (as CPython allows; MicroPython rejects leading ones).
    pub fn parse_eval(&self, source: &str) -> Result<Expr, ParseError> {
        let mut parser = Parser::new(source, *self)?;
        parser.skip_layout()?;
        let value = parser.testlist()?;
        parser.skip_layout()?;
        parser.expect_end()?;
        parser.finish(value)
    }

    /// Parses one REPL input: an empty line, a simple statement line or one compound
    /// statement.
    pub fn parse_single(&self, source: &str) -> Result<Module, ParseError> {
        let mut parser = Parser::new(source, *self)?;
        let mut body: Vec<Stmt> = Vec::new();
        if parser.at_newline() {
            parser.bump()?;
        } else {
            parser.statement(&mut body)?;
        }
        parser.expect_end()?;
        parser.finish(Module { body })
    }
}

/// Parses a module (file input) with the default options.
pub fn parse_module(source: &str) -> Result<Module, ParseError> {
    ParseOptions::default().parse_module(source)
}

/// Parses `eval` input with the default options.
pub fn parse_eval(source: &str) -> Result<Expr, ParseError> {
    ParseOptions::default().parse_eval(source)
}

/// Parses one REPL input with the default options.
pub fn parse_single(source: &str) -> Result<Module, ParseError> {
    ParseOptions::default().parse_single(source)
}

#[cfg(test)]
mod tests;
