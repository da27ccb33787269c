//! Trailers — calls, subscripts (with slices), attributes — and call argument lists.

use alloc::boxed::Box;
use alloc::vec::Vec;

use super::ast::{Expr, ExprKind, Keyword};
use super::parser::{expr, Chain, PResult, Parser};
use crate::lex::{Keyword as Kw, Op};

/// Arguments of a call or class statement.
pub struct Arguments {
    pub args: Vec<Expr>,
    pub keywords: Vec<Keyword>,
}

/// What MicroPython's compiler checks about argument order.
#[derive(Default)]
struct ArgOrder {
    keyword_seen: bool,
    double_star_seen: bool,
}

impl<'a> Parser<'a> {
    /// `['await'] atom trailer*`
    pub fn atom_trailers(&mut self) -> PResult<Expr> {
        if self.at_kw(Kw::Await) {
            return self.await_expr();
        }
        self.trailers()
    }

    #[inline(never)]
    fn await_expr(&mut self) -> PResult<Expr> {
        let line = self.line();
        self.bump()?;
        let value = self.trailers()?;
        Ok(expr(line, ExprKind::Await(Box::new(value))))
    }

    /// `atom trailer*`
    fn trailers(&mut self) -> PResult<Expr> {
        let chain = self.chain_begin();
        let atom = self.atom()?;
        self.trailers_from(chain, atom)
    }

    /// The trailers after `value`.
    pub fn trailers_from(&mut self, chain: Chain, mut value: Expr) -> PResult<Expr> {
        let mut links = 0;
        loop {
            value = if self.at_op(Op::LParen) {
                self.call(value)?
            } else if self.at_op(Op::LBracket) {
                self.subscription(value)?
            } else if self.at_op(Op::Dot) {
                let line = self.line();
                self.bump()?;
                let attr = self.expect_name()?;
                expr(line, ExprKind::Attribute { value: Box::new(value), attr })
            } else {
                break;
            };
            links += 1;
            self.chain_check(links)?;
        }
        self.chain_end(chain, links);
        Ok(value)
    }

    /// `func(arguments)`, at `(`.
    #[inline(never)]
    fn call(&mut self, func: Expr) -> PResult<Expr> {
        let line = self.line();
        self.bump()?;
        self.enter()?;
        let Arguments { args, keywords } = self.arguments()?;
        self.expect_op(Op::RParen)?;
        self.leave();
        Ok(expr(line, ExprKind::Call { func: Box::new(func), args, keywords }))
    }

    /// `value[subscripts]`, at `[`.
    #[inline(never)]
    fn subscription(&mut self, value: Expr) -> PResult<Expr> {
        let line = self.line();
        self.bump()?;
        self.enter()?;
        let index = self.subscripts()?;
        self.expect_op(Op::RBracket)?;
        self.leave();
        Ok(expr(line, ExprKind::Subscript { value: Box::new(value), index: Box::new(index) }))
    }

    /// `[argument (',' argument)* [',']]` up to (not including) the closing parenthesis.
    pub fn arguments(&mut self) -> PResult<Arguments> {
        let mut out = Arguments { args: Vec::new(), keywords: Vec::new() };
        let mut order = ArgOrder::default();
        while self.starts_test() || self.at_op(Op::Star) || self.at_op(Op::DoubleStar) {
            self.argument(&mut out, &mut order)?;
            if !self.eat_op(Op::Comma)? {
                break;
            }
        }
        Ok(out)
    }

    fn argument(&mut self, out: &mut Arguments, order: &mut ArgOrder) -> PResult<()> {
        let line = self.line();
        if self.eat_op(Op::Star)? {
            let value = self.test()?;
            // CPython also allows `f(a=1, *b)` (and evaluates `*b` first, as the AST says);
            // MicroPython rejects it ("* arg after kwarg").
            if order.double_star_seen {
                self.defer("* arg after **", line);
            }
            out.args.push(expr(line, ExprKind::Starred(Box::new(value))));
            return Ok(());
        }
        if self.eat_op(Op::DoubleStar)? {
            let value = self.test()?;
            order.double_star_seen = true;
            order.keyword_seen = true;
            out.keywords.push(Keyword { name: None, value });
            return Ok(());
        }
        let first = self.test()?;
        let positional = if self.at_comp_for() {
            self.generator(first.start_line(), first)?
        } else if self.eat_op(Op::Assign)? {
            let value = self.test()?;
            match first.kind {
                ExprKind::Name(name) => out.keywords.push(Keyword { name: Some(name), value }),
                _ => self.defer("LHS of keyword arg must be an id", line),
            }
            order.keyword_seen = true;
            return Ok(());
        } else if self.at_op(Op::Walrus) {
            self.walrus(first)?
        } else {
            first
        };
        if order.double_star_seen {
            self.defer("positional arg after **", line);
        } else if order.keyword_seen {
            self.defer("positional arg after keyword arg", line);
        }
        out.args.push(positional);
        Ok(())
    }

    /// `subscript (',' subscript)* [',']`: one index, or a tuple of them (also for a single
    /// starred item, as in CPython 3.11).
    fn subscripts(&mut self) -> PResult<Expr> {
        let first = self.subscript()?;
        let starred = matches!(first.kind, ExprKind::Starred(_));
        if !starred && !self.at_op(Op::Comma) {
            return Ok(first);
        }
        let line = first.start_line();
        let mut items = alloc::vec![first];
        while self.eat_op(Op::Comma)? {
            if !self.starts_test_or_star() && !self.at_op(Op::Colon) {
                break;
            }
            items.push(self.subscript()?);
        }
        Ok(expr(line, ExprKind::Tuple(items)))
    }

    /// `'*' expr | [test] ':' [test] [':' [test]] | namedexpr_test`
    fn subscript(&mut self) -> PResult<Expr> {
        if self.at_op(Op::Star) {
            return self.star_expr();
        }
        let line = self.line();
        let lower = if self.at_op(Op::Colon) { None } else { Some(self.test()?) };
        if !self.at_op(Op::Colon) {
            if let Some(index) = lower {
                return if self.at_op(Op::Walrus) { self.walrus(index) } else { Ok(index) };
            }
        }
        self.expect_op(Op::Colon)?;
        let upper = self.optional_test()?;
        let step = if self.eat_op(Op::Colon)? { Some(self.optional_test()?) } else { None };
        Ok(expr(line, ExprKind::Slice { lower: lower.map(Box::new), upper, step }))
    }

    fn optional_test(&mut self) -> PResult<Option<Box<Expr>>> {
        Ok(if self.starts_test() { Some(Box::new(self.test()?)) } else { None })
    }
}
