//! Expressions, from `lambda` and conditional expressions down to `**` and `await`, with
//! CPython's precedence; atoms and trailers are in the `atom` and `call` modules.

use alloc::boxed::Box;
use alloc::vec::Vec;

use super::ast::{BinOp, BoolOp, CmpOp, Expr, ExprKind, Params, UnaryOp};
use super::parser::{expr, Chain, PResult, Parser};
use crate::lex::{Keyword, Op, TokenKind};

/// An item parser for comma-separated lists.
type Item<'a> = fn(&mut Parser<'a>) -> PResult<Expr>;
/// Whether the current token can start another item.
type Starts<'a> = fn(&Parser<'a>) -> bool;

/// Binding strength of the operators handled by [`Parser::operators`], weakest first.
mod strength {
    pub const OR: u8 = 1;
    pub const AND: u8 = 2;
    pub const NOT: u8 = 3;
    pub const COMPARISON: u8 = 4;
    pub const BIT_OR: u8 = 5;
    pub const XOR: u8 = 6;
    pub const BIT_AND: u8 = 7;
    pub const SHIFT: u8 = 8;
    pub const ARITH: u8 = 9;
    pub const TERM: u8 = 10;
}

/// An operator between two operands.
enum Infix {
    Bool(BoolOp),
    Comparison,
    Binary(BinOp),
}

// The functions on the path from a bracket to the bracketed atom recurse once per nesting
// level, so that path is kept short (precedence climbing instead of one function per level)
// and rarely used branches are kept out of line, to use little stack per level.
impl<'a> Parser<'a> {
    /// `test [':=' test]`: where MicroPython allows an assignment expression.
    pub fn namedexpr_test(&mut self) -> PResult<Expr> {
        self.test_or_named(true)
    }

    /// `lambda ... : test | or_test ['if' or_test 'else' test]`
    pub fn test(&mut self) -> PResult<Expr> {
        self.test_or_named(false)
    }

    fn test_or_named(&mut self, named: bool) -> PResult<Expr> {
        if self.at_kw(Keyword::Lambda) {
            return self.lambdef(false);
        }
        let body = self.operators(strength::OR)?;
        if self.at_kw(Keyword::If) {
            self.conditional(body)
        } else if named && self.at_op(Op::Walrus) {
            self.walrus(body)
        } else {
            Ok(body)
        }
    }

    /// The rest of `body if test else orelse`, at `if`.
    #[inline(never)]
    fn conditional(&mut self, body: Expr) -> PResult<Expr> {
        self.bump()?;
        let test = self.operators(strength::OR)?;
        self.expect_kw(Keyword::Else)?;
        self.enter()?;
        let orelse = self.test()?;
        self.leave();
        let line = body.start_line();
        Ok(expr(
            line,
            ExprKind::IfExp { test: Box::new(test), body: Box::new(body), orelse: Box::new(orelse) },
        ))
    }

    /// The rest of `target := value`, at `:=`.
    #[inline(never)]
    pub fn walrus(&mut self, target: Expr) -> PResult<Expr> {
        self.bump()?;
        let value = self.test()?;
        Ok(match target.kind {
            ExprKind::Name(name) => {
                expr(target.line, ExprKind::NamedExpr { target: name, value: Box::new(value) })
            }
            _ => {
                // MicroPython's compiler rejects this.
                self.defer("can't assign to expression", target.line);
                value
            }
        })
    }

    /// Continues a `test` whose first atom has been parsed already.
    pub fn test_from_atom(&mut self, atom: Expr) -> PResult<Expr> {
        let chain = self.chain_resume();
        let primary = self.trailers_from(chain, atom)?;
        let operand = if self.at_op(Op::DoubleStar) { self.power(primary)? } else { primary };
        let chain = self.chain_resume();
        let body = self.operators_from(strength::OR, chain, operand)?;
        if self.at_kw(Keyword::If) {
            self.conditional(body)
        } else {
            Ok(body)
        }
    }

    /// The condition of a comprehension's `if`: no conditional expression.
    pub fn test_nocond(&mut self) -> PResult<Expr> {
        if self.at_kw(Keyword::Lambda) {
            self.lambdef(true)
        } else {
            self.or_test()
        }
    }

    #[inline(never)]
    fn lambdef(&mut self, nocond: bool) -> PResult<Expr> {
        let line = self.line();
        self.bump()?;
        let params = if self.at_op(Op::Colon) { Params::default() } else { self.parameters(false)? };
        self.expect_op(Op::Colon)?;
        self.enter()?;
        let body = if nocond { self.test_nocond()? } else { self.test()? };
        self.leave();
        Ok(expr(line, ExprKind::Lambda { params: Box::new(params), body: Box::new(body) }))
    }

    /// `or_test`: everything but conditional expressions and lambdas.
    pub fn or_test(&mut self) -> PResult<Expr> {
        self.operators(strength::OR)
    }

    /// `expr`: the binary operators `|` ... `%` over unary expressions.
    pub fn expr(&mut self) -> PResult<Expr> {
        self.operators(strength::BIT_OR)
    }

    /// Operators binding at least as strongly as `min`: `or`, `and`, `not`, comparisons and
    /// the binary operators, by precedence climbing. `and`/`or` and comparison chains are
    /// flat nodes; binary operators associate to the left.
    fn operators(&mut self, min: u8) -> PResult<Expr> {
        let chain = self.chain_begin();
        let left = if min <= strength::NOT && self.at_kw(Keyword::Not) { self.not()? } else { self.unary()? };
        self.operators_from(min, chain, left)
    }

    /// The operators (binding at least as strongly as `min`) after the operand `left`.
    fn operators_from(&mut self, min: u8, chain: Chain, mut left: Expr) -> PResult<Expr> {
        let mut links = 0;
        while let Some((infix, strength)) = self.infix() {
            if strength < min {
                break;
            }
            left = match infix {
                Infix::Bool(op) => self.bool_op(left, op, strength)?,
                Infix::Comparison => self.comparison(left)?,
                Infix::Binary(op) => {
                    self.bump()?;
                    let right = self.operators(strength + 1)?;
                    let line = left.start_line();
                    expr(line, ExprKind::BinOp { op, left: Box::new(left), right: Box::new(right) })
                }
            };
            links += 1;
            self.chain_check(links)?;
        }
        self.chain_end(chain, links);
        Ok(left)
    }

    fn infix(&self) -> Option<(Infix, u8)> {
        use strength::*;
        let binary = |op, strength| Some((Infix::Binary(op), strength));
        match self.tok.kind {
            TokenKind::Kw(Keyword::Or) => Some((Infix::Bool(BoolOp::Or), OR)),
            TokenKind::Kw(Keyword::And) => Some((Infix::Bool(BoolOp::And), AND)),
            TokenKind::Kw(Keyword::In | Keyword::Not | Keyword::Is) => Some((Infix::Comparison, COMPARISON)),
            TokenKind::Op(op) => match op {
                Op::Less | Op::Greater | Op::Eq | Op::LessEq | Op::GreaterEq | Op::NotEq => {
                    Some((Infix::Comparison, COMPARISON))
                }
                Op::Pipe => binary(BinOp::Or, BIT_OR),
                Op::Caret => binary(BinOp::Xor, XOR),
                Op::Amp => binary(BinOp::And, BIT_AND),
                Op::LShift => binary(BinOp::LShift, SHIFT),
                Op::RShift => binary(BinOp::RShift, SHIFT),
                Op::Plus => binary(BinOp::Add, ARITH),
                Op::Minus => binary(BinOp::Sub, ARITH),
                Op::Star => binary(BinOp::Mult, TERM),
                Op::At => binary(BinOp::MatMult, TERM),
                Op::Slash => binary(BinOp::Div, TERM),
                Op::DoubleSlash => binary(BinOp::FloorDiv, TERM),
                Op::Percent => binary(BinOp::Mod, TERM),
                _ => None,
            },
            _ => None,
        }
    }

    /// `not` applied to what follows, at `not`.
    #[inline(never)]
    fn not(&mut self) -> PResult<Expr> {
        let line = self.line();
        self.bump()?;
        self.enter()?;
        let operand = self.operators(strength::NOT)?;
        self.leave();
        Ok(expr(line, ExprKind::UnaryOp { op: UnaryOp::Not, operand: Box::new(operand) }))
    }

    /// `first and b and c ...` (or `or`), at the first operator.
    #[inline(never)]
    fn bool_op(&mut self, first: Expr, op: BoolOp, strength: u8) -> PResult<Expr> {
        let keyword = if op == BoolOp::And { Keyword::And } else { Keyword::Or };
        let line = first.start_line();
        let mut values = alloc::vec![first];
        while self.eat_kw(keyword)? {
            values.push(self.operators(strength + 1)?);
        }
        Ok(expr(line, ExprKind::BoolOp { op, values }))
    }

    /// `left < b <= c ...`, at the first comparison operator.
    #[inline(never)]
    fn comparison(&mut self, left: Expr) -> PResult<Expr> {
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        while let Some(op) = self.comparison_op()? {
            ops.push(op);
            comparators.push(self.expr()?);
        }
        let line = left.start_line();
        Ok(expr(line, ExprKind::Compare { left: Box::new(left), ops, comparators }))
    }

    /// Consumes a comparison operator (`not in`, `is not` included) if one is next.
    fn comparison_op(&mut self) -> PResult<Option<CmpOp>> {
        let op = match &self.tok.kind {
            TokenKind::Op(Op::Less) => CmpOp::Lt,
            TokenKind::Op(Op::Greater) => CmpOp::Gt,
            TokenKind::Op(Op::Eq) => CmpOp::Eq,
            TokenKind::Op(Op::LessEq) => CmpOp::LtE,
            TokenKind::Op(Op::GreaterEq) => CmpOp::GtE,
            TokenKind::Op(Op::NotEq) => CmpOp::NotEq,
            TokenKind::Kw(Keyword::In) => CmpOp::In,
            TokenKind::Kw(Keyword::Not) => {
                self.bump()?;
                self.expect_kw(Keyword::In)?;
                return Ok(Some(CmpOp::NotIn));
            }
            TokenKind::Kw(Keyword::Is) => {
                self.bump()?;
                return Ok(Some(if self.eat_kw(Keyword::Not)? { CmpOp::IsNot } else { CmpOp::Is }));
            }
            _ => return Ok(None),
        };
        self.bump()?;
        Ok(Some(op))
    }

    /// Unary `+`, `-`, `~` and `**`, which binds tighter than a unary operator on its left
    /// but not on its right (`-2**-1` is `-(2**(-1))`). A negative literal stays a `UnaryOp`:
    /// the compiler folds it.
    fn unary(&mut self) -> PResult<Expr> {
        let op = match self.tok.kind {
            TokenKind::Op(Op::Plus) => UnaryOp::UAdd,
            TokenKind::Op(Op::Minus) => UnaryOp::USub,
            TokenKind::Op(Op::Tilde) => UnaryOp::Invert,
            _ => {
                let base = self.atom_trailers()?;
                return if self.at_op(Op::DoubleStar) { self.power(base) } else { Ok(base) };
            }
        };
        let line = self.line();
        self.bump()?;
        self.enter()?;
        let operand = self.unary()?;
        self.leave();
        Ok(expr(line, ExprKind::UnaryOp { op, operand: Box::new(operand) }))
    }

    /// The rest of `base ** exponent`, at `**`.
    #[inline(never)]
    fn power(&mut self, base: Expr) -> PResult<Expr> {
        self.bump()?;
        self.enter()?;
        let exponent = self.unary()?;
        self.leave();
        let line = base.start_line();
        Ok(expr(line, ExprKind::BinOp { op: BinOp::Pow, left: Box::new(base), right: Box::new(exponent) }))
    }

    /// `'*' expr`, at a `*`.
    pub fn star_expr(&mut self) -> PResult<Expr> {
        let line = self.line();
        self.bump()?;
        let value = self.expr()?;
        Ok(expr(line, ExprKind::Starred(Box::new(value))))
    }

    pub fn test_or_star(&mut self) -> PResult<Expr> {
        if self.at_op(Op::Star) {
            self.star_expr()
        } else {
            self.test()
        }
    }

    fn expr_or_star(&mut self) -> PResult<Expr> {
        if self.at_op(Op::Star) {
            self.star_expr()
        } else {
            self.expr()
        }
    }

    pub fn namedexpr_or_star(&mut self) -> PResult<Expr> {
        if self.at_op(Op::Star) {
            self.star_expr()
        } else {
            self.namedexpr_test()
        }
    }

    pub fn starts_test_or_star(&self) -> bool {
        self.starts_test() || self.at_op(Op::Star)
    }

    fn starts_expr_or_star(&self) -> bool {
        self.starts_expr() || self.at_op(Op::Star)
    }

    /// `item (',' item)* [',']`: the items and whether there was a comma.
    pub fn comma_list(&mut self, item: Item<'a>, starts: Starts<'a>) -> PResult<(Vec<Expr>, bool)> {
        let mut items = alloc::vec![item(self)?];
        let mut comma = false;
        while self.eat_op(Op::Comma)? {
            comma = true;
            if !starts(self) {
                break;
            }
            items.push(item(self)?);
        }
        Ok((items, comma))
    }

    /// A comma list as one expression: the item itself, or a tuple if there was a comma.
    fn tuple_or_single(&mut self, item: Item<'a>, starts: Starts<'a>) -> PResult<Expr> {
        let (mut items, comma) = self.comma_list(item, starts)?;
        if !comma && items.len() == 1 {
            if let Some(single) = items.pop() {
                return Ok(single);
            }
        }
        let line = items.first().map_or(self.line(), |first| first.start_line());
        Ok(expr(line, ExprKind::Tuple(items)))
    }

    /// `test (',' test)* [',']` (return values, `for` iterables, `eval` input).
    pub fn testlist(&mut self) -> PResult<Expr> {
        self.tuple_or_single(Self::test, Self::starts_test)
    }

    /// `(test|star_expr) (',' (test|star_expr))* [',']` (statement-level expressions).
    pub fn testlist_star_expr(&mut self) -> PResult<Expr> {
        self.tuple_or_single(Self::test_or_star, Self::starts_test_or_star)
    }

    /// `(expr|star_expr) (',' (expr|star_expr))* [',']` (`for` targets).
    pub fn exprlist(&mut self) -> PResult<Expr> {
        self.tuple_or_single(Self::expr_or_star, Self::starts_expr_or_star)
    }

    /// The items of an `exprlist` (`del` targets).
    pub fn exprlist_items(&mut self) -> PResult<Vec<Expr>> {
        Ok(self.comma_list(Self::expr_or_star, Self::starts_expr_or_star)?.0)
    }

    /// `'yield' ['from' test | testlist_star_expr]`, at `yield`.
    pub fn yield_expr(&mut self) -> PResult<Expr> {
        let line = self.line();
        self.bump()?;
        if self.eat_kw(Keyword::From)? {
            let value = self.test()?;
            return Ok(expr(line, ExprKind::YieldFrom(Box::new(value))));
        }
        let value =
            if self.starts_test_or_star() { Some(Box::new(self.testlist_star_expr()?)) } else { None };
        Ok(expr(line, ExprKind::Yield(value)))
    }

    /// The right-hand side of an assignment: `yield_expr | testlist_star_expr`.
    pub fn yield_or_testlist_star(&mut self) -> PResult<Expr> {
        if self.at_kw(Keyword::Yield) {
            self.yield_expr()
        } else {
            self.testlist_star_expr()
        }
    }
}
