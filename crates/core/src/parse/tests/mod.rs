//! Parser tests. Expected trees are written in the S-expression form of [`dump`].

mod dump;
mod errors;
mod expressions;
mod fstrings;
mod limits;
mod robustness;
mod statements;

use std::format;
use std::string::String;

use super::error::ParseErrorKind;
use super::{parse_eval, parse_module, parse_single};

/// The dumped tree of an `eval` input.
fn e(src: &str) -> String {
    match parse_eval(src) {
        Ok(tree) => dump::expr(&tree),
        Err(err) => panic!("{src:?}: {err}"),
    }
}

/// The dumped statements of a module.
fn m(src: &str) -> String {
    match parse_module(src) {
        Ok(tree) => dump::module(&tree),
        Err(err) => panic!("{src:?}: {err}"),
    }
}

/// The dumped statements of a REPL input.
fn single(src: &str) -> String {
    match parse_single(src) {
        Ok(tree) => dump::module(&tree),
        Err(err) => panic!("{src:?}: {err}"),
    }
}

/// Kind, message and line of the error a module gives.
fn err(src: &str) -> (ParseErrorKind, String, u32) {
    match parse_module(src) {
        Ok(tree) => panic!("{src:?} parsed: {}", dump::module(&tree)),
        Err(err) => (err.kind, err.message, err.line),
    }
}

/// `err` as text, for compact assertions.
fn err_text(src: &str) -> String {
    let (kind, message, line) = err(src);
    format!("{kind:?} line {line}: {message}")
}
