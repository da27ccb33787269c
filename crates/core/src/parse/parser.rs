//! The parser's state and the helpers every grammar rule uses: the current token, error
//! reporting in MicroPython's terms, deferred errors and the nesting limits.
//!
//! The grammar is MicroPython's (`py/grammar.h`), parsed by recursive descent with one token
//! of lookahead. Errors MicroPython's compiler (not its parser) reports for constructs the
//! AST cannot represent, such as `f(a=1, b)`, are *deferred*: parsing goes on and the first
//! such error is returned only if the whole input parses, so a later syntax error wins as
//! it does in MicroPython.
//!
//! Two limits keep the Rust stack safe. `nesting` counts the parser's own recursion
//! (brackets, unary operators, lambdas, conditional expressions, blocks). `depth` estimates
//! the depth of the tree being built, which chains of binary operators, trailers and `elif`s
//! grow without recursion: the compiler and `Drop` walk that tree recursively.

use core::mem;

use super::ast::{Expr, ExprKind, Ident};
use super::error::{ParseError, ParseErrorKind};
use super::ParseOptions;
use crate::lex::{Keyword, Lexer, Op, Token, TokenKind};

pub type PResult<T> = Result<T, ParseError>;

pub struct Parser<'a> {
    lexer: Lexer<'a>,
    /// The current (not yet consumed) token.
    pub tok: Token,
    options: ParseOptions,
    nesting: u32,
    depth: u32,
    /// The largest `depth` reached inside the construct being measured (see [`Chain`]).
    deepest: u32,
    deferred: Option<ParseError>,
}

/// Bookkeeping for a construct that grows the tree without recursing: its height is at most
/// the height of its deepest part plus the number of links.
pub struct Chain {
    outer_deepest: u32,
}

impl<'a> Parser<'a> {
    pub fn new(source: &'a str, options: ParseOptions) -> PResult<Self> {
        let mut lexer = Lexer::new(source, options.debug);
        let tok = lexer.next_token()?;
        Ok(Parser { lexer, tok, options, nesting: 0, depth: 0, deepest: 0, deferred: None })
    }

    /// Consumes the current token and returns it.
    pub fn bump(&mut self) -> PResult<Token> {
        let next = self.lexer.next_token()?;
        Ok(mem::replace(&mut self.tok, next))
    }

    pub fn line(&self) -> u32 {
        self.tok.line
    }

    pub fn at_op(&self, op: Op) -> bool {
        self.tok.kind == TokenKind::Op(op)
    }

    pub fn at_kw(&self, kw: Keyword) -> bool {
        self.tok.kind == TokenKind::Kw(kw)
    }

    pub fn at_newline(&self) -> bool {
        self.tok.kind == TokenKind::Newline
    }

    pub fn eat_op(&mut self, op: Op) -> PResult<bool> {
        let found = self.at_op(op);
        if found {
            self.bump()?;
        }
        Ok(found)
    }

    pub fn eat_kw(&mut self, kw: Keyword) -> PResult<bool> {
        let found = self.at_kw(kw);
        if found {
            self.bump()?;
        }
        Ok(found)
    }

    pub fn expect_op(&mut self, op: Op) -> PResult<()> {
        if self.eat_op(op)? {
            Ok(())
        } else {
            self.fail()
        }
    }

    pub fn expect_kw(&mut self, kw: Keyword) -> PResult<()> {
        if self.eat_kw(kw)? {
            Ok(())
        } else {
            self.fail()
        }
    }

    pub fn expect_newline(&mut self) -> PResult<()> {
        if self.at_newline() {
            self.bump()?;
            Ok(())
        } else {
            self.fail()
        }
    }

    /// Skips NEWLINE, INDENT and DEDENT tokens (around `eval` input).
    pub fn skip_layout(&mut self) -> PResult<()> {
        while matches!(self.tok.kind, TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent) {
            self.bump()?;
        }
        Ok(())
    }

    pub fn expect_end(&mut self) -> PResult<()> {
        if self.tok.kind == TokenKind::End {
            Ok(())
        } else {
            self.fail()
        }
    }

    pub fn expect_name(&mut self) -> PResult<Ident> {
        if let TokenKind::Name(name) = &self.tok.kind {
            let name = name.clone();
            self.bump()?;
            Ok(name)
        } else {
            self.fail()
        }
    }

    /// The error MicroPython reports when the grammar cannot accept the current token; the
    /// token decides the message.
    pub fn error_here(&self) -> ParseError {
        let (kind, message) = match self.tok.kind {
            TokenKind::Indent => (ParseErrorKind::Indentation, "unexpected indent"),
            TokenKind::DedentMismatch => {
                (ParseErrorKind::Indentation, "unindent doesn't match any outer indent level")
            }
            TokenKind::MalformedFString => (ParseErrorKind::Syntax, "malformed f-string"),
            _ => (ParseErrorKind::Syntax, "invalid syntax"),
        };
        ParseError::new(kind, message, self.tok.line)
    }

    pub fn fail<T>(&self) -> PResult<T> {
        Err(self.error_here())
    }

    /// Records a SyntaxError MicroPython's compiler would raise; reported after parsing.
    pub fn defer(&mut self, message: &str, line: u32) {
        if self.deferred.is_none() {
            self.deferred = Some(ParseError::new(ParseErrorKind::Syntax, message, line));
        }
    }

    /// Returns `value` unless an error was deferred.
    pub fn finish<T>(self, value: T) -> PResult<T> {
        match self.deferred {
            Some(error) => Err(error),
            None => Ok(value),
        }
    }

    fn too_deep(&self) -> ParseError {
        ParseError::new(ParseErrorKind::RecursionLimit, "maximum recursion depth exceeded", self.tok.line)
    }

    /// Enters a construct the parser handles by recursion; pair with [`Parser::leave`].
    pub fn enter(&mut self) -> PResult<()> {
        if self.nesting >= self.options.max_nesting {
            return Err(self.too_deep());
        }
        self.nesting += 1;
        self.enter_flat()
    }

    pub fn leave(&mut self) {
        self.nesting = self.nesting.saturating_sub(1);
        self.leave_flat();
    }

    /// Enters one more level of tree depth without recursion (an `elif`).
    pub fn enter_flat(&mut self) -> PResult<()> {
        if self.depth >= self.options.max_depth {
            return Err(self.too_deep());
        }
        self.depth += 1;
        self.deepest = self.deepest.max(self.depth);
        Ok(())
    }

    pub fn leave_flat(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    /// Starts measuring a chain (binary operators, trailers, comparisons).
    pub fn chain_begin(&mut self) -> Chain {
        let chain = Chain { outer_deepest: self.deepest };
        self.deepest = self.depth;
        chain
    }

    /// Starts measuring a chain whose first part was parsed already (and is measured in
    /// `deepest`, with anything else parsed at this level: an overestimate).
    pub fn chain_resume(&mut self) -> Chain {
        Chain { outer_deepest: self.deepest }
    }

    /// Checks that `links` links on top of the deepest part so far stay within the limit.
    pub fn chain_check(&self, links: u32) -> PResult<()> {
        if self.deepest.saturating_add(links) > self.options.max_depth {
            return Err(self.too_deep());
        }
        Ok(())
    }

    /// Ends a chain of `links` links, making its height visible to the enclosing construct.
    pub fn chain_end(&mut self, chain: Chain, links: u32) {
        let top = self.deepest.saturating_add(links);
        self.deepest = chain.outer_deepest.max(top);
    }

    /// Whether the current token can start an `expr` (an operand of binary operators).
    pub fn starts_expr(&self) -> bool {
        match &self.tok.kind {
            TokenKind::Name(_)
            | TokenKind::Number(_)
            | TokenKind::BadLiteral(_)
            | TokenKind::Str(_)
            | TokenKind::Bytes(_) => true,
            TokenKind::Kw(kw) => {
                matches!(kw, Keyword::None | Keyword::True | Keyword::False | Keyword::Await)
            }
            TokenKind::Op(op) => matches!(
                op,
                Op::LParen | Op::LBracket | Op::LBrace | Op::Minus | Op::Plus | Op::Tilde | Op::Ellipsis
            ),
            _ => false,
        }
    }

    /// Whether the current token can start a `test` (any expression but a starred one).
    pub fn starts_test(&self) -> bool {
        self.starts_expr() || self.at_kw(Keyword::Not) || self.at_kw(Keyword::Lambda)
    }
}

/// Builds an expression node.
pub fn expr(line: u32, kind: ExprKind) -> Expr {
    Expr { line, kind, parens: None }
}
