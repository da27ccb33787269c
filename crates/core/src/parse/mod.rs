//! The parser: tokens to [`ast`].

pub mod ast;
pub mod error;

pub use error::{ParseError, ParseErrorKind};
