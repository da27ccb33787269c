//! The lexer: source text to tokens, with MicroPython's rules for indentation, literals and
//! f-strings (which are rewritten into `str.format` calls here, before the parser sees them).

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
