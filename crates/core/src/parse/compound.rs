//! Compound statements: `if`, `while`, `for`, `try`, `with`, `def`, `class`, decorators and
//! `async`, and the blocks (suites) they contain.

use alloc::boxed::Box;
use alloc::vec::Vec;

use super::ast::{ClassDef, ExceptHandler, Expr, ExprKind, FunctionDef, Params, Stmt, StmtKind, WithItem};
use super::call::Arguments;
use super::parser::{expr, PResult, Parser};
use crate::lex::{Keyword, Op, TokenKind};

/// What follows `with (`.
enum WithParens {
    Items(Vec<WithItem>),
    Atom(Expr),
}

impl<'a> Parser<'a> {
    pub fn at_compound(&self) -> bool {
        match self.tok.kind {
            TokenKind::Kw(kw) => matches!(
                kw,
                Keyword::If
                    | Keyword::While
                    | Keyword::For
                    | Keyword::Try
                    | Keyword::With
                    | Keyword::Def
                    | Keyword::Class
                    | Keyword::Async
            ),
            TokenKind::Op(Op::At) => true,
            _ => false,
        }
    }

    pub fn compound_statement(&mut self) -> PResult<Stmt> {
        let line = self.line();
        let kind = match self.tok.kind {
            TokenKind::Kw(Keyword::If) => self.if_statement()?,
            TokenKind::Kw(Keyword::While) => self.while_statement()?,
            TokenKind::Kw(Keyword::For) => self.for_statement(false)?,
            TokenKind::Kw(Keyword::Try) => self.try_statement()?,
            TokenKind::Kw(Keyword::With) => self.with_statement(false)?,
            TokenKind::Kw(Keyword::Def) => self.function_def(false, Vec::new())?,
            TokenKind::Kw(Keyword::Class) => self.class_def(Vec::new())?,
            TokenKind::Kw(Keyword::Async) => {
                self.bump()?;
                match self.tok.kind {
                    TokenKind::Kw(Keyword::Def) => self.function_def(true, Vec::new())?,
                    TokenKind::Kw(Keyword::With) => self.with_statement(true)?,
                    TokenKind::Kw(Keyword::For) => self.for_statement(true)?,
                    _ => return self.fail(),
                }
            }
            TokenKind::Op(Op::At) => self.decorated()?,
            _ => return self.fail(),
        };
        Ok(Stmt { line, kind })
    }

    /// `NEWLINE INDENT stmt+ DEDENT | simple_stmt`, one nesting level deeper.
    fn suite(&mut self) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        self.enter()?;
        if self.at_newline() {
            self.bump()?;
            if self.tok.kind != TokenKind::Indent {
                return self.fail();
            }
            self.bump()?;
            loop {
                self.statement(&mut body)?;
                if self.tok.kind == TokenKind::Dedent {
                    break;
                }
            }
            self.bump()?;
        } else {
            self.simple_statements(&mut body)?;
        }
        self.leave();
        Ok(body)
    }

    /// `':' suite`
    fn colon_suite(&mut self) -> PResult<Vec<Stmt>> {
        self.expect_op(Op::Colon)?;
        self.suite()
    }

    /// `['else' ':' suite]`
    fn else_suite(&mut self) -> PResult<Vec<Stmt>> {
        if self.eat_kw(Keyword::Else)? {
            self.colon_suite()
        } else {
            Ok(Vec::new())
        }
    }

    /// `if test: suite (elif test: suite)* [else: suite]`; each `elif` becomes an `If` nested
    /// in the previous one's `orelse`.
    #[inline(never)]
    fn if_statement(&mut self) -> PResult<StmtKind> {
        self.bump()?;
        let test = self.namedexpr_test()?;
        let body = self.colon_suite()?;
        let mut elifs = Vec::new();
        while self.at_kw(Keyword::Elif) {
            let line = self.line();
            self.bump()?;
            self.enter_flat()?;
            let test = self.namedexpr_test()?;
            let body = self.colon_suite()?;
            elifs.push((line, test, body));
        }
        let mut orelse = self.else_suite()?;
        for (line, test, body) in elifs.into_iter().rev() {
            self.leave_flat();
            orelse = alloc::vec![Stmt { line, kind: StmtKind::If { test, body, orelse, elif: true } }];
        }
        Ok(StmtKind::If { test, body, orelse, elif: false })
    }

    #[inline(never)]
    fn while_statement(&mut self) -> PResult<StmtKind> {
        self.bump()?;
        let test = self.namedexpr_test()?;
        let body = self.colon_suite()?;
        let orelse = self.else_suite()?;
        Ok(StmtKind::While { test, body, orelse })
    }

    /// `for exprlist in testlist: suite [else: suite]`, at `for`.
    #[inline(never)]
    fn for_statement(&mut self, is_async: bool) -> PResult<StmtKind> {
        self.bump()?;
        let target = self.exprlist()?;
        self.expect_kw(Keyword::In)?;
        let iter = self.testlist_star_expr()?;
        let body = self.colon_suite()?;
        let orelse = self.else_suite()?;
        Ok(StmtKind::For { is_async, target, iter, body, orelse })
    }

    /// `try: suite` then `except` clauses with optional `else`/`finally`, or just `finally`.
    #[inline(never)]
    fn try_statement(&mut self) -> PResult<StmtKind> {
        self.bump()?;
        let body = self.colon_suite()?;
        let mut handlers = Vec::new();
        while self.at_kw(Keyword::Except) {
            let line = self.line();
            self.bump()?;
            let (typ, name) = if self.at_op(Op::Colon) {
                (None, None)
            } else {
                let typ = self.test()?;
                let name = if self.eat_kw(Keyword::As)? { Some(self.expect_name()?) } else { None };
                (Some(typ), name)
            };
            let body = self.colon_suite()?;
            handlers.push(ExceptHandler { line, typ, name, body });
        }
        let orelse = if handlers.is_empty() { Vec::new() } else { self.else_suite()? };
        let finalbody = if self.eat_kw(Keyword::Finally)? {
            self.colon_suite()?
        } else if handlers.is_empty() {
            return self.fail();
        } else {
            Vec::new()
        };
        Ok(StmtKind::Try { body, handlers, orelse, finalbody })
    }

    /// `with item (',' item)*: suite` or, as in CPython 3.10, `with (item, ...,): suite`,
    /// where an item is `test ['as' expr]`; at `with`.
    #[inline(never)]
    fn with_statement(&mut self, is_async: bool) -> PResult<StmtKind> {
        self.bump()?;
        let mut items = Vec::new();
        if self.at_op(Op::LParen) {
            match self.parenthesized_with_items()? {
                WithParens::Items(parenthesized) => {
                    let body = self.colon_suite()?;
                    return Ok(StmtKind::With { is_async, items: parenthesized, body });
                }
                WithParens::Atom(atom) => {
                    // The parentheses began the first context expression.
                    let context = self.test_from_atom(atom)?;
                    items.push(self.with_item_target(context)?);
                    if !self.eat_op(Op::Comma)? {
                        let body = self.colon_suite()?;
                        return Ok(StmtKind::With { is_async, items, body });
                    }
                }
            }
        }
        loop {
            let context = self.test()?;
            items.push(self.with_item_target(context)?);
            if !self.eat_op(Op::Comma)? {
                break;
            }
        }
        let body = self.colon_suite()?;
        Ok(StmtKind::With { is_async, items, body })
    }

    /// `['as' expr]` after a context expression.
    fn with_item_target(&mut self, context: Expr) -> PResult<WithItem> {
        let target = if self.eat_kw(Keyword::As)? { Some(self.expr()?) } else { None };
        Ok(WithItem { context, target })
    }

    /// At the `(` after `with`: with-items if the parentheses hold items and a `:` follows,
    /// otherwise the parenthesised atom that starts the first context expression.
    fn parenthesized_with_items(&mut self) -> PResult<WithParens> {
        let line = self.line();
        self.bump()?;
        self.enter()?;
        let mut items: Vec<WithItem> = Vec::new();
        let mut comma = false;
        let mut special = None;
        if self.at_kw(Keyword::Yield) {
            special = Some(self.yield_expr()?);
        } else if !self.at_op(Op::RParen) {
            loop {
                let context = self.namedexpr_or_star()?;
                if items.is_empty() && self.at_comp_for() {
                    special = Some(self.generator(line, context)?);
                    break;
                }
                items.push(self.with_item_target(context)?);
                if !self.eat_op(Op::Comma)? {
                    break;
                }
                comma = true;
                if !self.starts_test_or_star() {
                    break;
                }
            }
        }
        self.expect_op(Op::RParen)?;
        self.leave();
        if let Some(atom) = special {
            return Ok(WithParens::Atom(atom));
        }
        let starred = items.iter().any(|item| matches!(item.context.kind, ExprKind::Starred(_)));
        if !starred && !items.is_empty() && self.at_op(Op::Colon) {
            return Ok(WithParens::Items(items));
        }
        if items.iter().any(|item| item.target.is_some()) {
            return self.fail();
        }
        let mut contexts: Vec<Expr> = items.into_iter().map(|item| item.context).collect();
        Ok(WithParens::Atom(match contexts.pop() {
            Some(single) if !comma && contexts.is_empty() => single,
            last => {
                contexts.extend(last);
                expr(line, ExprKind::Tuple(contexts))
            }
        }))
    }

    /// `def NAME '(' [params] ')' ['->' test] ':' suite`, at `def`.
    #[inline(never)]
    fn function_def(&mut self, is_async: bool, decorators: Vec<Expr>) -> PResult<StmtKind> {
        let line = self.line();
        self.bump()?;
        let name = self.expect_name()?;
        self.expect_op(Op::LParen)?;
        let params = if self.at_op(Op::RParen) { Params::default() } else { self.parameters(true)? };
        self.expect_op(Op::RParen)?;
        let returns = if self.eat_op(Op::Arrow)? { Some(self.test()?) } else { None };
        let body = self.colon_suite()?;
        let def = FunctionDef { line, is_async, name, params, body, decorators, returns };
        Ok(StmtKind::FunctionDef(Box::new(def)))
    }

    /// `class NAME ['(' [arglist] ')'] ':' suite`, at `class`.
    #[inline(never)]
    fn class_def(&mut self, decorators: Vec<Expr>) -> PResult<StmtKind> {
        let line = self.line();
        self.bump()?;
        let name = self.expect_name()?;
        let Arguments { args, keywords } = if self.eat_op(Op::LParen)? {
            let arguments = self.arguments()?;
            self.expect_op(Op::RParen)?;
            arguments
        } else {
            Arguments { args: Vec::new(), keywords: Vec::new() }
        };
        let body = self.colon_suite()?;
        let def = ClassDef { line, name, bases: args, keywords, body, decorators };
        Ok(StmtKind::ClassDef(Box::new(def)))
    }

    /// Decorators, then a class, function or async function definition.
    #[inline(never)]
    fn decorated(&mut self) -> PResult<StmtKind> {
        let mut decorators = Vec::new();
        while self.at_op(Op::At) {
            decorators.push(self.decorator()?);
        }
        match self.tok.kind {
            TokenKind::Kw(Keyword::Def) => self.function_def(false, decorators),
            TokenKind::Kw(Keyword::Class) => self.class_def(decorators),
            TokenKind::Kw(Keyword::Async) => {
                self.bump()?;
                if !self.at_kw(Keyword::Def) {
                    return self.fail();
                }
                self.function_def(true, decorators)
            }
            _ => self.fail(),
        }
    }

    /// `'@' namedexpr_test NEWLINE`: any expression (PEP 614; MicroPython allows only a
    /// dotted name with an optional call).
    fn decorator(&mut self) -> PResult<Expr> {
        self.bump()?;
        let decorator = self.namedexpr_test()?;
        self.expect_newline()?;
        Ok(decorator)
    }
}
