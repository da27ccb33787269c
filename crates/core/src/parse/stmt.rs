//! Statements: the dispatch between simple and compound statements, and the simple ones
//! (`;`-separated on one logical line).

use alloc::string::String;
use alloc::vec::Vec;

use super::ast::{Alias, BinOp, Expr, Ident, Stmt, StmtKind};
use super::parser::{PResult, Parser};
use crate::lex::{Keyword, Op, TokenKind};

impl<'a> Parser<'a> {
    /// `(NEWLINE | stmt)* END`
    pub fn file_input(&mut self) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        loop {
            match self.tok.kind {
                TokenKind::End => return Ok(body),
                TokenKind::Newline => {
                    self.bump()?;
                }
                _ => self.statement(&mut body)?,
            }
        }
    }

    /// One statement line: a compound statement, or simple statements up to the NEWLINE.
    pub fn statement(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        if self.at_compound() {
            out.push(self.compound_statement()?);
            Ok(())
        } else {
            self.simple_statements(out)
        }
    }

    /// `small_stmt (';' small_stmt)* [';'] NEWLINE`
    pub fn simple_statements(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        loop {
            out.push(self.small_statement()?);
            if !self.eat_op(Op::Semicolon)? || self.at_newline() {
                break;
            }
        }
        self.expect_newline()
    }

    fn small_statement(&mut self) -> PResult<Stmt> {
        let line = self.line();
        let TokenKind::Kw(keyword) = self.tok.kind else {
            return self.expression_statement();
        };
        let kind = match keyword {
            Keyword::Pass | Keyword::Break | Keyword::Continue => {
                self.bump()?;
                match keyword {
                    Keyword::Pass => StmtKind::Pass,
                    Keyword::Break => StmtKind::Break,
                    _ => StmtKind::Continue,
                }
            }
            Keyword::Del => {
                self.bump()?;
                StmtKind::Del(self.exprlist_items()?)
            }
            Keyword::Return => {
                self.bump()?;
                let value = if self.starts_test_or_star() { Some(self.testlist_star_expr()?) } else { None };
                StmtKind::Return(value)
            }
            Keyword::Raise => self.raise_statement()?,
            Keyword::Global | Keyword::Nonlocal => {
                self.bump()?;
                let names = self.name_list()?;
                if keyword == Keyword::Global {
                    StmtKind::Global(names)
                } else {
                    StmtKind::Nonlocal(names)
                }
            }
            Keyword::Import => self.import_statement()?,
            Keyword::From => self.import_from_statement()?,
            Keyword::Assert => {
                self.bump()?;
                let test = self.test()?;
                let msg = if self.eat_op(Op::Comma)? { Some(self.test()?) } else { None };
                StmtKind::Assert { test, msg }
            }
            Keyword::Yield => StmtKind::Expr(self.yield_expr()?),
            _ => return self.expression_statement(),
        };
        Ok(Stmt { line, kind })
    }

    /// An expression, assignment, augmented or annotated assignment.
    fn expression_statement(&mut self) -> PResult<Stmt> {
        let line = self.line();
        let first = self.testlist_star_expr()?;
        let kind = if self.eat_op(Op::Colon)? {
            let annotation = self.test()?;
            let value = if self.eat_op(Op::Assign)? { Some(self.yield_or_testlist_star()?) } else { None };
            StmtKind::AnnAssign { target: first, annotation, value }
        } else if let Some(op) = self.augmented_op() {
            self.bump()?;
            let value = self.yield_or_testlist_star()?;
            StmtKind::AugAssign { target: first, op, value }
        } else if self.at_op(Op::Assign) {
            let mut targets: Vec<Expr> = alloc::vec![first];
            let mut value = None;
            while self.eat_op(Op::Assign)? {
                if let Some(previous) = value.replace(self.yield_or_testlist_star()?) {
                    targets.push(previous);
                }
            }
            match value {
                Some(value) => StmtKind::Assign { targets, value },
                None => return self.fail(),
            }
        } else {
            StmtKind::Expr(first)
        };
        Ok(Stmt { line, kind })
    }

    fn augmented_op(&self) -> Option<BinOp> {
        let TokenKind::Op(op) = self.tok.kind else { return None };
        Some(match op {
            Op::PipeEq => BinOp::Or,
            Op::CaretEq => BinOp::Xor,
            Op::AmpEq => BinOp::And,
            Op::LShiftEq => BinOp::LShift,
            Op::RShiftEq => BinOp::RShift,
            Op::PlusEq => BinOp::Add,
            Op::MinusEq => BinOp::Sub,
            Op::StarEq => BinOp::Mult,
            Op::AtEq => BinOp::MatMult,
            Op::SlashEq => BinOp::Div,
            Op::DoubleSlashEq => BinOp::FloorDiv,
            Op::PercentEq => BinOp::Mod,
            Op::DoubleStarEq => BinOp::Pow,
            _ => return None,
        })
    }

    /// `raise [test ['from' test]]`
    fn raise_statement(&mut self) -> PResult<StmtKind> {
        self.bump()?;
        if !self.starts_test() {
            return Ok(StmtKind::Raise { exc: None, cause: None });
        }
        let exc = self.test()?;
        let cause = if self.eat_kw(Keyword::From)? { Some(self.test()?) } else { None };
        Ok(StmtKind::Raise { exc: Some(exc), cause })
    }

    /// `NAME (',' NAME)*`
    fn name_list(&mut self) -> PResult<Vec<Ident>> {
        let mut names = alloc::vec![self.expect_name()?];
        while self.eat_op(Op::Comma)? {
            names.push(self.expect_name()?);
        }
        Ok(names)
    }

    /// `import dotted_name ['as' NAME] (',' dotted_name ['as' NAME])*`
    fn import_statement(&mut self) -> PResult<StmtKind> {
        self.bump()?;
        let mut aliases = Vec::new();
        loop {
            let name = self.dotted_name()?;
            let asname = self.as_name()?;
            aliases.push(Alias { name, asname });
            if !self.eat_op(Op::Comma)? {
                return Ok(StmtKind::Import(aliases));
            }
        }
    }

    /// `from ('.'|'...')* [dotted_name] import ('*' | '(' names ')' | names)`
    fn import_from_statement(&mut self) -> PResult<StmtKind> {
        self.bump()?;
        let mut level: u32 = 0;
        loop {
            if self.eat_op(Op::Dot)? {
                level = level.saturating_add(1);
            } else if self.eat_op(Op::Ellipsis)? {
                level = level.saturating_add(3);
            } else {
                break;
            }
        }
        let module = match self.tok.kind {
            TokenKind::Name(_) => Some(self.dotted_name()?),
            _ if level > 0 => None,
            _ => return self.fail(),
        };
        self.expect_kw(Keyword::Import)?;
        let names = if self.eat_op(Op::Star)? {
            Vec::new()
        } else if self.eat_op(Op::LParen)? {
            let names = self.import_names()?;
            self.expect_op(Op::RParen)?;
            names
        } else {
            self.import_names()?
        };
        Ok(StmtKind::ImportFrom { module, names, level })
    }

    /// `NAME ['as' NAME] (',' NAME ['as' NAME])* [',']`
    fn import_names(&mut self) -> PResult<Vec<Alias>> {
        let mut names = Vec::new();
        loop {
            let name = self.expect_name()?;
            let asname = self.as_name()?;
            names.push(Alias { name, asname });
            if !self.eat_op(Op::Comma)? || !matches!(self.tok.kind, TokenKind::Name(_)) {
                return Ok(names);
            }
        }
    }

    fn as_name(&mut self) -> PResult<Option<Ident>> {
        Ok(if self.eat_kw(Keyword::As)? { Some(self.expect_name()?) } else { None })
    }

    /// `NAME ('.' NAME)*` as one identifier `a.b.c`.
    fn dotted_name(&mut self) -> PResult<Ident> {
        let first = self.expect_name()?;
        if !self.at_op(Op::Dot) {
            return Ok(first);
        }
        let mut path = String::from(&*first);
        while self.eat_op(Op::Dot)? {
            path.push('.');
            path.push_str(&self.expect_name()?);
        }
        Ok(Ident::from(path))
    }
}
