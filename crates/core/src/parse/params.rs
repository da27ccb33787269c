//! Parameter lists of `def` (annotations allowed) and `lambda` (no annotations).
//!
//! MicroPython's grammar accepts any sequence of `name[: ann][= default]`, `*[name[: ann]]`
//! and `**name[: ann]` items and leaves the order to its compiler, which reports a second
//! `*` or anything after `**` as "invalid syntax"; those errors are deferred here. There is
//! `/` (positional-only marker, CPython 3.8) is accepted though MicroPython has none; a
//! misplaced `/` is deferred as "invalid syntax" too. Default-after-non-default is
//! representable in [`Params`] and left to the compiler.

use super::ast::{Param, Params};
use super::parser::{PResult, Parser};
use crate::lex::{Op, TokenKind};

/// Where the next parameter goes.
#[derive(PartialEq, Eq)]
enum Section {
    Positional,
    KeywordOnly,
    /// After `**name`: nothing more is allowed.
    Closed,
}

impl<'a> Parser<'a> {
    /// Parameters up to (not including) the `)` of a `def` or the `:` of a `lambda`.
    pub fn parameters(&mut self, annotations: bool) -> PResult<Params> {
        let mut params = Params::default();
        let mut section = Section::Positional;
        loop {
            let line = self.line();
            if section == Section::Closed && self.starts_parameter() {
                self.defer("invalid syntax", line);
            }
            if let TokenKind::Name(_) = self.tok.kind {
                let mut param = self.parameter(annotations)?;
                if self.eat_op(Op::Assign)? {
                    param.default = Some(self.test()?);
                }
                match section {
                    Section::Positional => params.args.push(param),
                    _ => params.kwonly.push(param),
                }
            } else if self.eat_op(Op::Star)? {
                let param = match self.tok.kind {
                    TokenKind::Name(_) => Some(self.parameter(annotations)?),
                    _ => None,
                };
                if section != Section::Positional {
                    self.defer("invalid syntax", line);
                }
                params.vararg = Some(param);
                section = Section::KeywordOnly;
            } else if self.eat_op(Op::Slash)? {
                if section != Section::Positional || params.posonly > 0 || params.args.is_empty() {
                    self.defer("invalid syntax", line);
                }
                params.posonly = params.args.len();
            } else if self.eat_op(Op::DoubleStar)? {
                params.kwarg = Some(self.parameter(annotations)?);
                section = Section::Closed;
            } else {
                break;
            }
            if !self.eat_op(Op::Comma)? {
                break;
            }
        }
        Ok(params)
    }

    fn starts_parameter(&self) -> bool {
        matches!(self.tok.kind, TokenKind::Name(_))
            || self.at_op(Op::Star)
            || self.at_op(Op::DoubleStar)
            || self.at_op(Op::Slash)
    }

    /// `NAME [':' test]` (the annotation only if allowed).
    fn parameter(&mut self, annotations: bool) -> PResult<Param> {
        let name = self.expect_name()?;
        let annotation = if annotations && self.eat_op(Op::Colon)? { Some(self.test()?) } else { None };
        Ok(Param { name, annotation, default: None })
    }
}
