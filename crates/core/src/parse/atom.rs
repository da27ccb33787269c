//! Atoms: names, literals, and the bracketed forms — parenthesised expressions, tuples,
//! lists, dicts, sets and the comprehensions over them.

use alloc::boxed::Box;
use alloc::vec::Vec;

use super::ast::{Comprehension, Const, Expr, ExprKind};
use super::error::{ParseError, ParseErrorKind};
use super::parser::{expr, PResult, Parser};
use crate::lex::{Keyword, Op, TokenKind};

/// The contents of `(...)` or `[...]`.
enum Contents {
    /// One item and no comma.
    Single(Expr),
    /// Items, and whether a comma followed the last one.
    Items(Vec<Expr>, bool),
    Comprehension(Expr, Vec<Comprehension>),
}

impl<'a> Parser<'a> {
    pub fn atom(&mut self) -> PResult<Expr> {
        let line = self.line();
        let kind = match &self.tok.kind {
            TokenKind::Name(_) | TokenKind::Number(_) | TokenKind::Str(_) | TokenKind::Bytes(_) => {
                match self.bump()?.kind {
                    TokenKind::Name(name) => ExprKind::Name(name),
                    TokenKind::Number(value) => ExprKind::Const(value),
                    TokenKind::Str(text) => ExprKind::Const(Const::Str(text)),
                    TokenKind::Bytes(bytes) => ExprKind::Const(Const::Bytes(bytes)),
                    _ => return self.fail(),
                }
            }
            TokenKind::BadNumber(message) => {
                return Err(ParseError::new(ParseErrorKind::Syntax, message.clone(), line))
            }
            TokenKind::Kw(Keyword::None) => self.constant(Const::None)?,
            TokenKind::Kw(Keyword::True) => self.constant(Const::True)?,
            TokenKind::Kw(Keyword::False) => self.constant(Const::False)?,
            TokenKind::Op(Op::Ellipsis) => self.constant(Const::Ellipsis)?,
            TokenKind::Op(Op::LParen) => return self.bracketed(Self::paren),
            TokenKind::Op(Op::LBracket) => return self.bracketed(Self::list),
            TokenKind::Op(Op::LBrace) => return self.bracketed(Self::brace),
            _ => return self.fail(),
        };
        Ok(expr(line, kind))
    }

    fn constant(&mut self, value: Const) -> PResult<ExprKind> {
        self.bump()?;
        Ok(ExprKind::Const(value))
    }

    /// Consumes an opening bracket, parses the rest with `inner` one nesting level deeper.
    fn bracketed(&mut self, inner: fn(&mut Self, u32) -> PResult<Expr>) -> PResult<Expr> {
        let line = self.line();
        self.bump()?;
        self.enter()?;
        let result = inner(self, line)?;
        self.leave();
        Ok(result)
    }

    fn paren(&mut self, line: u32) -> PResult<Expr> {
        let mut result = if self.at_op(Op::RParen) {
            expr(line, ExprKind::Tuple(Vec::new()))
        } else if self.at_kw(Keyword::Yield) {
            self.yield_expr()?
        } else {
            match self.contents()? {
                Contents::Single(single) => single,
                Contents::Items(items, trailing_comma) => {
                    // MicroPython's node for the tuple's items starts at the first item, or
                    // at the second when a list of further items follows the first comma.
                    let many = items.len() >= 3 || (items.len() == 2 && trailing_comma);
                    let item_line = items.get(if many { 1 } else { 0 }).map_or(line, Expr::start_line);
                    expr(item_line, ExprKind::Tuple(items))
                }
                Contents::Comprehension(elt, generators) => {
                    expr(line, ExprKind::GeneratorExp { elt: Box::new(elt), generators })
                }
            }
        };
        self.expect_op(Op::RParen)?;
        result.parens = Some(line);
        Ok(result)
    }

    fn list(&mut self, line: u32) -> PResult<Expr> {
        let kind = if self.at_op(Op::RBracket) {
            ExprKind::List(Vec::new())
        } else {
            match self.contents()? {
                Contents::Single(single) => ExprKind::List(alloc::vec![single]),
                Contents::Items(items, _) => ExprKind::List(items),
                Contents::Comprehension(elt, generators) => {
                    ExprKind::ListComp { elt: Box::new(elt), generators }
                }
            }
        };
        self.expect_op(Op::RBracket)?;
        Ok(expr(line, kind))
    }

    /// `(star_expr|namedexpr_test) (comp_for | (',' (star_expr|namedexpr_test))* [','])`
    fn contents(&mut self) -> PResult<Contents> {
        let first = self.namedexpr_or_star()?;
        if self.at_kw(Keyword::For) {
            let generators = self.comp_for()?;
            return Ok(Contents::Comprehension(first, generators));
        }
        if !self.at_op(Op::Comma) {
            return Ok(Contents::Single(first));
        }
        let mut items = alloc::vec![first];
        let mut trailing_comma = false;
        while self.eat_op(Op::Comma)? {
            if !self.starts_test_or_star() {
                trailing_comma = true;
                break;
            }
            items.push(self.namedexpr_or_star()?);
        }
        Ok(Contents::Items(items, trailing_comma))
    }

    /// `{}`, `{k: v, ...}`, `{a, ...}` and their comprehensions. MicroPython has no `**d` or
    /// `*a` entries here; mixing `k: v` and plain entries is its compile error.
    fn brace(&mut self, line: u32) -> PResult<Expr> {
        if self.eat_op(Op::RBrace)? {
            return Ok(expr(line, ExprKind::Dict(Vec::new())));
        }
        let first_line = self.line();
        let (first, first_value) = self.dict_or_set_item()?;
        let kind = if self.at_kw(Keyword::For) {
            let generators = self.comp_for()?;
            match first_value {
                Some(value) => {
                    ExprKind::DictComp { key: Box::new(first), value: Box::new(value), generators }
                }
                None => ExprKind::SetComp { elt: Box::new(first), generators },
            }
        } else {
            let is_dict = first_value.is_some();
            let mut entries = alloc::vec![(first, first_value)];
            while self.eat_op(Op::Comma)? {
                if !self.starts_test() {
                    break;
                }
                let entry = self.dict_or_set_item()?;
                match (is_dict, entry.1.is_some()) {
                    (true, false) => self.defer("expecting key:value for dict", first_line),
                    (false, true) => self.defer("expecting just a value for set", first_line),
                    _ => {}
                }
                entries.push(entry);
            }
            if is_dict {
                ExprKind::Dict(
                    entries
                        .into_iter()
                        .map(|(key, value)| (Some(key), value.unwrap_or_else(key_only)))
                        .collect(),
                )
            } else {
                ExprKind::Set(entries.into_iter().map(|(value, _)| value).collect())
            }
        };
        self.expect_op(Op::RBrace)?;
        Ok(expr(line, kind))
    }

    /// `test [':' test]`
    fn dict_or_set_item(&mut self) -> PResult<(Expr, Option<Expr>)> {
        let key = self.test()?;
        let value = if self.eat_op(Op::Colon)? { Some(self.test()?) } else { None };
        Ok((key, value))
    }

    /// One or more `for exprlist in or_test (if test_nocond)*`, at the first `for`.
    pub fn comp_for(&mut self) -> PResult<Vec<Comprehension>> {
        let mut generators = Vec::new();
        while self.eat_kw(Keyword::For)? {
            let target = self.exprlist()?;
            self.expect_kw(Keyword::In)?;
            let iter = self.or_test()?;
            let mut ifs = Vec::new();
            while self.eat_kw(Keyword::If)? {
                ifs.push(self.test_nocond()?);
            }
            generators.push(Comprehension { is_async: false, target, iter, ifs });
        }
        Ok(generators)
    }
}

/// Placeholder value for a set entry in a dict display; only built when an error is deferred.
fn key_only() -> Expr {
    expr(0, ExprKind::Const(Const::None))
}
