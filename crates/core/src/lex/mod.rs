//! The lexer: source text to tokens. Indentation, numbers and line numbering follow
//! MicroPython; string prefixes and f-string fields follow CPython. f-strings are rewritten
//! into `str.format` calls here, as MicroPython does, before the parser sees them.

mod fstring;
mod lexer;
mod number;
mod reader;
mod string;
mod token;

pub use lexer::Lexer;
pub use token::{Keyword, Op, Token, TokenKind};

#[cfg(test)]
mod tests;
