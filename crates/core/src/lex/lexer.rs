//! The tokenizer: turns source text into [`Token`]s one at a time, as the parser asks.
//!
//! Indentation follows MicroPython: a tab moves to the next multiple of 8 columns, the indent
//! of a line is its first token's column minus one, and one NEWLINE is produced per logical
//! line (blank and comment-only lines produce nothing). Inside brackets newlines are
//! ignored; a backslash before a newline joins lines. Adjacent string literals (separated by
//! whitespace, comments or, inside brackets, newlines) become one token.

use alloc::collections::BTreeSet;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec::Vec;

use super::number;
use super::reader::{Char, Reader};
use super::string::{self, Literals, Prefix};
use super::token::{Keyword, Op, Token, TokenKind};
use crate::parse::ast::Ident;
use crate::parse::error::ParseError;

pub struct Lexer<'a> {
    r: Reader<'a>,
    /// Indentation levels of the enclosing blocks, starting with 0.
    indents: Vec<u32>,
    pending_dedents: u32,
    pending_indent: bool,
    /// Open brackets; may go negative after a stray closing bracket.
    brackets: i64,
    first_token: bool,
    /// A token read ahead, to come after an INDENT.
    queued: Option<Token>,
    /// The value of `__debug__`.
    debug: bool,
    names: BTreeSet<Ident>,
    scratch: Vec<u8>,
}

fn is_space(c: Char) -> bool {
    matches!(u8::try_from(c), Ok(b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C))
}

fn is_digit(c: Char) -> bool {
    matches!(u8::try_from(c), Ok(b'0'..=b'9'))
}

/// Letters, `_` and any non-ASCII byte (so UTF-8 identifiers work).
fn is_ident_start(c: Char) -> bool {
    matches!(u8::try_from(c), Ok(b'a'..=b'z' | b'A'..=b'Z' | b'_' | 0x80..=0xFF))
}

fn is_ident_char(c: Char) -> bool {
    is_ident_start(c) || is_digit(c)
}

impl<'a> Lexer<'a> {
    /// A lexer over `source`; `debug` is the value `__debug__` stands for. A leading UTF-8
    /// byte order mark is skipped (MicroPython would treat it as part of an identifier).
    pub fn new(source: &'a str, debug: bool) -> Self {
        let source = source.strip_prefix('\u{feff}').unwrap_or(source);
        Lexer {
            r: Reader::new(source.as_bytes()),
            indents: alloc::vec![0],
            pending_dedents: 0,
            pending_indent: false,
            brackets: 0,
            first_token: true,
            queued: None,
            debug,
            names: BTreeSet::new(),
            scratch: Vec::new(),
        }
    }

    /// The next token; `Err` only for errors MicroPython raises while lexing (`\N{...}`).
    /// A first token that is not in column 1 comes after an INDENT (which the parser rejects
    /// as MicroPython does, except in `eval` input).
    pub fn next_token(&mut self) -> Result<Token, ParseError> {
        if let Some(token) = self.queued.take() {
            return Ok(token);
        }
        let crossed_newline = self.skip_whitespace(true);
        let line = self.r.line();
        let column = self.r.column();
        let kind = if self.pending_dedents > 0 {
            self.pending_dedents -= 1;
            TokenKind::Dedent
        } else if self.pending_indent {
            self.pending_indent = false;
            TokenKind::Indent
        } else if crossed_newline {
            self.newline()
        } else if self.r.at_end() {
            TokenKind::End
        } else if let Some(prefix) = string::prefix_at(&self.r) {
            self.literals(prefix)?
        } else if is_ident_start(self.r.cur()) {
            self.name()
        } else if is_digit(self.r.cur()) || (self.r.is(b'.') && is_digit(self.r.peek1())) {
            self.number()
        } else {
            self.operator()
        };
        let token = Token { kind, line };
        if self.first_token {
            self.first_token = false;
            if column != 1 && token.kind != TokenKind::Newline {
                self.queued = Some(token);
                return Ok(Token { kind: TokenKind::Indent, line });
            }
        }
        Ok(token)
    }

    /// Skips spaces, comments and line continuations (and newlines unless `stop_at_newline`
    /// and outside brackets). Returns whether it stopped at such a newline.
    fn skip_whitespace(&mut self, stop_at_newline: bool) -> bool {
        while !self.r.at_end() {
            if self.r.is(b'\n') {
                if stop_at_newline && self.brackets == 0 {
                    return true;
                }
                self.r.advance();
            } else if is_space(self.r.cur()) {
                self.r.advance();
            } else if self.r.is(b'#') {
                while !self.r.at_end() && !self.r.is(b'\n') {
                    self.r.advance();
                }
            } else if self.r.is(b'\\') && self.r.peek1() == Char::from(b'\n') {
                self.r.advance();
                self.r.advance();
            } else {
                break;
            }
        }
        false
    }

    /// At the end of a logical line: skips to the next token and works out the indentation.
    fn newline(&mut self) -> TokenKind {
        self.skip_whitespace(false);
        let indent = self.r.column().saturating_sub(1);
        let mut top = self.indents.last().copied().unwrap_or(0);
        if indent > top {
            self.indents.push(indent);
            self.pending_indent = true;
        } else if indent < top {
            while indent < top {
                self.indents.pop();
                self.pending_dedents += 1;
                top = self.indents.last().copied().unwrap_or(0);
            }
            if indent != top {
                return TokenKind::DedentMismatch;
            }
        }
        TokenKind::Newline
    }

    /// Reads adjacent string (or bytes) literals into one token. A bytes literal after a
    /// string (or the reverse) starts a new token, which the parser then rejects.
    fn literals(&mut self, first: Prefix) -> Result<TokenKind, ParseError> {
        let mut lit = Literals::default();
        let is_bytes = first.bytes;
        let mut prefix = first;
        loop {
            self.r.advance_by(prefix.len);
            string::scan_literal(&mut self.r, prefix, &mut lit)?;
            self.skip_whitespace(true);
            match string::prefix_at(&self.r) {
                Some(next) if next.bytes == is_bytes && lit.error.is_none() => prefix = next,
                _ => break,
            }
        }
        if !lit.format_args.is_empty() {
            lit.escape_plain_braces();
            lit.format_args.push(b')');
            self.r.inject(&lit.format_args);
        }
        Ok(match lit.error {
            Some(error) => error,
            None if is_bytes => TokenKind::Bytes(lit.buf),
            None => String::from_utf8(lit.buf).map_or(TokenKind::Invalid, TokenKind::Str),
        })
    }

    fn name(&mut self) -> TokenKind {
        self.scratch.clear();
        while is_ident_char(self.r.cur()) {
            if let Ok(byte) = u8::try_from(self.r.cur()) {
                self.scratch.push(byte);
            }
            self.r.advance();
        }
        if self.scratch == b"__debug__" {
            return TokenKind::Kw(if self.debug { Keyword::True } else { Keyword::False });
        }
        if let Some(keyword) = Keyword::from_word(&self.scratch) {
            return TokenKind::Kw(keyword);
        }
        match core::str::from_utf8(&self.scratch) {
            Ok(text) => {
                let name = match self.names.get(text) {
                    Some(name) => name.clone(),
                    None => {
                        let name: Ident = Rc::from(text);
                        self.names.insert(name.clone());
                        name
                    }
                };
                TokenKind::Name(name)
            }
            Err(_) => TokenKind::Invalid,
        }
    }

    /// A numeric literal: digits, letters, dots and exponent signs are collected (underscores
    /// dropped) and then converted; letters make the literal invalid unless they belong.
    fn number(&mut self) -> TokenKind {
        let mut is_float = self.r.is(b'.');
        let base_prefix = self.r.is(b'0')
            && matches!(u8::try_from(self.r.peek1()).map(|c| c | 0x20), Ok(b'b' | b'o' | b'x'));
        self.scratch.clear();
        while let Ok(c) = u8::try_from(self.r.cur()) {
            if !base_prefix && (c == b'e' || c == b'E') {
                is_float = true;
                self.scratch.push(b'e');
                self.r.advance();
                if let Some(sign) = [b'+', b'-'].into_iter().find(|&sign| self.r.is(sign)) {
                    self.scratch.push(sign);
                    self.r.advance();
                }
            } else if c.is_ascii_alphanumeric() || c == b'.' {
                if matches!(c, b'.' | b'j' | b'J') {
                    is_float = true;
                }
                self.scratch.push(c);
                self.r.advance();
            } else if c == b'_' {
                self.r.advance();
            } else {
                break;
            }
        }
        let value =
            if is_float { number::parse_float(&self.scratch) } else { number::parse_int(&self.scratch) };
        match value {
            Ok(value) => TokenKind::Number(value),
            Err(message) => TokenKind::BadLiteral(message),
        }
    }

    fn operator(&mut self) -> TokenKind {
        let c = u8::try_from(self.r.cur()).unwrap_or(0);
        self.r.advance();
        let op = match c {
            b'(' | b'[' | b'{' => {
                self.brackets += 1;
                match c {
                    b'(' => Op::LParen,
                    b'[' => Op::LBracket,
                    _ => Op::LBrace,
                }
            }
            b')' | b']' | b'}' => {
                self.brackets -= 1;
                match c {
                    b')' => Op::RParen,
                    b']' => Op::RBracket,
                    _ => Op::RBrace,
                }
            }
            b',' => Op::Comma,
            b';' => Op::Semicolon,
            b'~' => Op::Tilde,
            b':' => self.with_eq(Op::Colon, Op::Walrus),
            b'=' => self.with_eq(Op::Assign, Op::Eq),
            b'!' if self.r.is(b'=') => {
                self.r.advance();
                Op::NotEq
            }
            b'<' => self.doubled(b'<', Op::Less, Op::LessEq, Op::LShift, Op::LShiftEq),
            b'>' => self.doubled(b'>', Op::Greater, Op::GreaterEq, Op::RShift, Op::RShiftEq),
            b'*' => self.doubled(b'*', Op::Star, Op::StarEq, Op::DoubleStar, Op::DoubleStarEq),
            b'/' => self.doubled(b'/', Op::Slash, Op::SlashEq, Op::DoubleSlash, Op::DoubleSlashEq),
            b'+' => self.with_eq(Op::Plus, Op::PlusEq),
            b'-' if self.r.is(b'>') => {
                self.r.advance();
                Op::Arrow
            }
            b'-' => self.with_eq(Op::Minus, Op::MinusEq),
            b'&' => self.with_eq(Op::Amp, Op::AmpEq),
            b'|' => self.with_eq(Op::Pipe, Op::PipeEq),
            b'^' => self.with_eq(Op::Caret, Op::CaretEq),
            b'%' => self.with_eq(Op::Percent, Op::PercentEq),
            b'@' => self.with_eq(Op::At, Op::AtEq),
            b'.' if self.r.is(b'.') && self.r.peek1() == Char::from(b'.') => {
                self.r.advance_by(2);
                Op::Ellipsis
            }
            b'.' => Op::Dot,
            _ => return TokenKind::Invalid,
        };
        TokenKind::Op(op)
    }

    /// `plain`, or `with_equals` if an `=` follows.
    fn with_eq(&mut self, plain: Op, with_equals: Op) -> Op {
        if self.r.is(b'=') {
            self.r.advance();
            with_equals
        } else {
            plain
        }
    }

    /// For `<`, `>`, `*`, `/`: the single, `=`, doubled and doubled-`=` forms.
    fn doubled(&mut self, c: u8, single: Op, single_eq: Op, double: Op, double_eq: Op) -> Op {
        if self.r.is(c) {
            self.r.advance();
            self.with_eq(double, double_eq)
        } else {
            self.with_eq(single, single_eq)
        }
    }
}
