//! The parser: tokens to [`ast`].

pub mod ast;
