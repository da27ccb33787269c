//! The error the lexer and parser report, with MicroPython's exception type and message.

use alloc::string::String;
use core::fmt;

/// A syntax error (or one of its relatives) at a source line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub kind: ParseErrorKind,
    /// MicroPython's message, e.g. `invalid syntax`.
    pub message: String,
    /// 1-based line of the offending token.
    pub line: u32,
}

/// Which exception the VM raises for a [`ParseError`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParseErrorKind {
    /// `SyntaxError`
    Syntax,
    /// `IndentationError`
    Indentation,
    /// Nesting too deep for the parser's limits: `RuntimeError: maximum recursion depth exceeded`.
    RecursionLimit,
    /// `NotImplementedError` (MicroPython raises it for `\N{...}` escapes).
    NotImplemented,
}

impl ParseError {
    pub fn new(kind: ParseErrorKind, message: impl Into<String>, line: u32) -> Self {
        ParseError { kind, message: message.into(), line }
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = match self.kind {
            ParseErrorKind::Syntax => "SyntaxError",
            ParseErrorKind::Indentation => "IndentationError",
            ParseErrorKind::RecursionLimit => "RuntimeError",
            ParseErrorKind::NotImplemented => "NotImplementedError",
        };
        write!(f, "line {}: {}: {}", self.line, name, self.message)
    }
}
