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
            TokenKind::BadLiteral(message) => {
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
                Contents::Single(single) => {
                    if let ExprKind::Starred(_) = single.kind {
                        // MicroPython's compiler message; CPython also rejects `(*a)`.
                        self.defer("*x must be assignment target", single.line);
                    }
                    single
                }
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
        if self.at_comp_for() {
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

    /// `{}`, `{k: v, **d, ...}`, `{a, *b, ...}` and their comprehensions (MicroPython has no
    /// `**d` or `*b` entries). Mixing `k: v` and plain entries is MicroPython's compile error.
    fn brace(&mut self, line: u32) -> PResult<Expr> {
        if self.eat_op(Op::RBrace)? {
            return Ok(expr(line, ExprKind::Dict(Vec::new())));
        }
        let first_line = self.line();
        let first = self.display_entry()?;
        let kind = if self.at_comp_for() {
            match first {
                Entry::Pair(key, value) => {
                    let generators = self.comp_for()?;
                    ExprKind::DictComp { key: Box::new(key), value: Box::new(value), generators }
                }
                Entry::Item(elt) if !matches!(elt.kind, ExprKind::Starred(_)) => {
                    let generators = self.comp_for()?;
                    ExprKind::SetComp { elt: Box::new(elt), generators }
                }
                _ => return self.fail(),
            }
        } else {
            let is_dict = !matches!(first, Entry::Item(_));
            let mut entries = alloc::vec![first];
            while self.eat_op(Op::Comma)? {
                if !self.starts_test_or_star() && !self.at_op(Op::DoubleStar) {
                    break;
                }
                let entry = self.display_entry()?;
                match (is_dict, &entry) {
                    (true, Entry::Item(_)) => self.defer("expecting key:value for dict", first_line),
                    (false, Entry::Pair(..) | Entry::Unpack(_)) => {
                        self.defer("expecting just a value for set", first_line)
                    }
                    _ => {}
                }
                entries.push(entry);
            }
            if is_dict {
                ExprKind::Dict(entries.into_iter().map(Entry::into_dict_entry).collect())
            } else {
                ExprKind::Set(entries.into_iter().map(Entry::into_set_item).collect())
            }
        };
        self.expect_op(Op::RBrace)?;
        Ok(expr(line, kind))
    }

    /// `test ':' test | '**' expr | '*' expr | namedexpr_test`
    fn display_entry(&mut self) -> PResult<Entry> {
        if self.eat_op(Op::DoubleStar)? {
            return Ok(Entry::Unpack(self.expr()?));
        }
        if self.at_op(Op::Star) {
            return Ok(Entry::Item(self.star_expr()?));
        }
        let key = self.test()?;
        if self.eat_op(Op::Colon)? {
            return Ok(Entry::Pair(key, self.test()?));
        }
        if self.at_op(Op::Walrus) {
            return Ok(Entry::Item(self.walrus(key)?));
        }
        Ok(Entry::Item(key))
    }

    /// Whether a comprehension (`for` or `async for`) starts here.
    pub fn at_comp_for(&self) -> bool {
        self.at_kw(Keyword::For) || self.at_kw(Keyword::Async)
    }

    /// A generator expression of `elt` and the comprehension that follows.
    pub fn generator(&mut self, line: u32, elt: Expr) -> PResult<Expr> {
        let generators = self.comp_for()?;
        Ok(expr(line, ExprKind::GeneratorExp { elt: Box::new(elt), generators }))
    }

    /// One or more `[async] for exprlist in or_test (if test_nocond)*`, at the first one.
    pub fn comp_for(&mut self) -> PResult<Vec<Comprehension>> {
        let mut generators = Vec::new();
        while self.at_comp_for() {
            let is_async = self.eat_kw(Keyword::Async)?;
            self.expect_kw(Keyword::For)?;
            let target = self.exprlist()?;
            self.expect_kw(Keyword::In)?;
            let iter = self.or_test()?;
            let mut ifs = Vec::new();
            while self.eat_kw(Keyword::If)? {
                ifs.push(self.test_nocond()?);
            }
            generators.push(Comprehension { is_async, target, iter, ifs });
        }
        Ok(generators)
    }
}

/// An entry of a `{...}` display.
enum Entry {
    Pair(Expr, Expr),
    /// `**d`
    Unpack(Expr),
    /// A set element (possibly `*a`).
    Item(Expr),
}

impl Entry {
    fn into_dict_entry(self) -> (Option<Expr>, Expr) {
        match self {
            Entry::Pair(key, value) => (Some(key), value),
            Entry::Unpack(value) => (None, value),
            // Only reached with an error deferred.
            Entry::Item(value) => (None, value),
        }
    }

    fn into_set_item(self) -> Expr {
        match self {
            Entry::Item(value) | Entry::Unpack(value) | Entry::Pair(value, _) => value,
        }
    }
}
