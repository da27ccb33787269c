//! Token kinds produced by the lexer and consumed by the parser.
//!
//! Some kinds stand for lexical errors (`Invalid`, `DedentMismatch`, `MalformedFString`,
//! `BadLiteral`): as in MicroPython they are reported only when the parser reaches them, so a
//! syntax error earlier in the file wins and the message depends on the offending token.

use alloc::string::String;
use alloc::vec::Vec;

use crate::parse::ast::{Const, Ident};

/// One token and the (1-based) source line it starts on.
#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    pub kind: TokenKind,
    pub line: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub enum TokenKind {
    /// End of a logical line.
    Newline,
    Indent,
    Dedent,
    /// End of input.
    End,
    Name(Ident),
    /// An integer, float or imaginary literal.
    Number(Const),
    /// A numeric or bytes literal that is rejected with this SyntaxError message when the
    /// parser reaches it as an operand.
    BadLiteral(String),
    /// A string literal (adjacent literals already concatenated).
    Str(String),
    Bytes(Vec<u8>),
    Kw(Keyword),
    Op(Op),
    /// A character or literal that cannot start any token ("invalid syntax").
    Invalid,
    /// A dedent to a column that matches no enclosing indentation level.
    DedentMismatch,
    /// An f-string with an empty replacement field.
    MalformedFString,
}

/// Python keywords as MicroPython's lexer knows them (`__debug__` becomes `True`/`False`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keyword {
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,
}

impl Keyword {
    /// The keyword spelled `word`, if any (`__debug__` is handled by the lexer).
    pub fn from_word(word: &[u8]) -> Option<Keyword> {
        use Keyword::*;
        Some(match word {
            b"False" => False,
            b"None" => None,
            b"True" => True,
            b"and" => And,
            b"as" => As,
            b"assert" => Assert,
            b"async" => Async,
            b"await" => Await,
            b"break" => Break,
            b"class" => Class,
            b"continue" => Continue,
            b"def" => Def,
            b"del" => Del,
            b"elif" => Elif,
            b"else" => Else,
            b"except" => Except,
            b"finally" => Finally,
            b"for" => For,
            b"from" => From,
            b"global" => Global,
            b"if" => If,
            b"import" => Import,
            b"in" => In,
            b"is" => Is,
            b"lambda" => Lambda,
            b"nonlocal" => Nonlocal,
            b"not" => Not,
            b"or" => Or,
            b"pass" => Pass,
            b"raise" => Raise,
            b"return" => Return,
            b"try" => Try,
            b"while" => While,
            b"with" => With,
            b"yield" => Yield,
            _ => return Option::None,
        })
    }
}

/// Operators and delimiters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    LParen,
    RParen,
    LBracket,
    RBracket,
    LBrace,
    RBrace,
    Comma,
    Semicolon,
    Colon,
    /// `:=`
    Walrus,
    Dot,
    Ellipsis,
    /// `->`
    Arrow,
    /// `=`
    Assign,
    Tilde,
    Less,
    Greater,
    Eq,
    LessEq,
    GreaterEq,
    NotEq,
    Pipe,
    Caret,
    Amp,
    LShift,
    RShift,
    Plus,
    Minus,
    Star,
    At,
    Slash,
    DoubleSlash,
    Percent,
    DoubleStar,
    PipeEq,
    CaretEq,
    AmpEq,
    LShiftEq,
    RShiftEq,
    PlusEq,
    MinusEq,
    StarEq,
    AtEq,
    SlashEq,
    DoubleSlashEq,
    PercentEq,
    DoubleStarEq,
}
