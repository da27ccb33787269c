//! Lexer tests: token streams for each literal kind, indentation, f-string rewriting and the
//! error tokens, checked against what MicroPython 1.29 (mpy-cross) does.

use alloc::string::String;
use alloc::vec::Vec;
use std::format;
use std::vec;

use super::*;
use crate::parse::ast::Const;
use crate::parse::error::{ParseError, ParseErrorKind};
use TokenKind::{
    BadNumber, Bytes, Dedent, DedentMismatch, End, Indent, Invalid, Kw, MalformedFString, Name, Newline,
    Number, Str,
};

fn lex_all(src: &str) -> Result<Vec<Token>, ParseError> {
    let mut lexer = Lexer::new(src, true);
    let mut out = Vec::new();
    loop {
        let tok = lexer.next_token()?;
        let end = tok.kind == End;
        out.push(tok);
        if end || out.len() > 10_000 {
            return Ok(out);
        }
    }
}

fn kinds(src: &str) -> Vec<TokenKind> {
    lex_all(src).unwrap().into_iter().map(|t| t.kind).collect()
}

fn name(s: &str) -> TokenKind {
    Name(s.into())
}

fn int(v: i64) -> TokenKind {
    Number(Const::Int(v))
}

fn s(text: &str) -> TokenKind {
    Str(text.into())
}

fn op(o: Op) -> TokenKind {
    TokenKind::Op(o)
}

/// The single literal token of `src` (followed by NEWLINE, END).
fn literal(src: &str) -> TokenKind {
    let mut toks = kinds(src);
    assert_eq!(toks.len(), 3, "{src:?} gave {toks:?}");
    toks.swap_remove(0)
}

#[test]
fn simple_statement_tokens() {
    assert_eq!(kinds("x = 1\n"), vec![name("x"), op(Op::Assign), int(1), Newline, End]);
    assert_eq!(kinds("x=1"), vec![name("x"), op(Op::Assign), int(1), Newline, End]);
    assert_eq!(kinds(""), vec![End]);
    assert_eq!(kinds("\n\n"), vec![Newline, End]);
    assert_eq!(kinds("# only a comment"), vec![Newline, End]);
}

#[test]
fn every_operator() {
    let src = "( ) [ ] { } , ; : := . ... -> = ~ < > == <= >= != | ^ & << >> + - * @ / // % ** \
               |= ^= &= <<= >>= += -= *= @= /= //= %= **=";
    use Op::*;
    let want = [
        LParen,
        RParen,
        LBracket,
        RBracket,
        LBrace,
        RBrace,
        Comma,
        Semicolon,
        Colon,
        Walrus,
        Dot,
        Ellipsis,
        Arrow,
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
    ];
    let mut expected: Vec<TokenKind> = want.iter().map(|&o| TokenKind::Op(o)).collect();
    expected.extend([Newline, End]);
    assert_eq!(kinds(src), expected);
    assert_eq!(kinds("a..b")[1..3], [op(Dot), op(Dot)]);
}

#[test]
fn keywords_and_debug() {
    assert_eq!(kinds("if not None")[..3], [Kw(Keyword::If), Kw(Keyword::Not), Kw(Keyword::None)]);
    assert_eq!(kinds("async await")[..2], [Kw(Keyword::Async), Kw(Keyword::Await)]);
    assert_eq!(kinds("__debug__")[0], Kw(Keyword::True));
    let mut optimised = Lexer::new("__debug__", false);
    assert_eq!(optimised.next_token().unwrap().kind, Kw(Keyword::False));
    assert_eq!(kinds("match print _")[..3], [name("match"), name("print"), name("_")]);
}

#[test]
fn identifiers_are_utf8_and_shared() {
    assert_eq!(kinds("é = π")[..3], [name("é"), op(Op::Assign), name("π")]);
    let toks = kinds("abc abc");
    let (Name(a), Name(b)) = (&toks[0], &toks[1]) else { panic!() };
    assert!(alloc::rc::Rc::ptr_eq(a, b));
}

#[test]
fn byte_order_mark_is_skipped() {
    assert_eq!(kinds("\u{feff}x = 1")[0], name("x"));
}

#[test]
fn invalid_characters() {
    for src in ["$", "?", "`", "!", "\0", "\x01"] {
        assert_eq!(kinds(src)[0], Invalid, "{src:?}");
    }
    assert_eq!(kinds("a!=b")[1], op(Op::NotEq));
}

#[test]
fn numbers() {
    assert_eq!(literal("1_000"), int(1000));
    assert_eq!(literal("1__0"), int(10));
    assert_eq!(literal("1_"), int(1));
    assert_eq!(literal("0x_1F"), int(31));
    assert_eq!(literal("0XFF"), int(255));
    assert_eq!(literal("0o17"), int(15));
    assert_eq!(literal("0b11"), int(3));
    assert_eq!(literal("00"), int(0));
    assert_eq!(literal("1."), Number(Const::Float(1.0)));
    assert_eq!(literal(".5"), Number(Const::Float(0.5)));
    assert_eq!(literal("1e10"), Number(Const::Float(1e10)));
    assert_eq!(literal("1E+5_0"), Number(Const::Float(1e50)));
    assert_eq!(literal("1_000.5_5"), Number(Const::Float(1000.55)));
    assert_eq!(literal("2j"), Number(Const::Imag(2.0)));
    assert_eq!(literal("1.5J"), Number(Const::Imag(1.5)));
    assert_eq!(kinds("0x1e+5")[0], int(0x1e));
    assert_eq!(kinds("0x1e+5")[1], op(Op::Plus));
    assert_eq!(literal("99999999999999999999"), Number(Const::BigInt("99999999999999999999".into())));
    assert_eq!(literal("09"), BadNumber("invalid syntax for integer with base 0: '09'".into()));
    assert_eq!(literal("0_7"), BadNumber("invalid syntax for integer with base 0: '07'".into()));
    assert_eq!(literal("0x"), BadNumber("invalid syntax for integer with base 16: ''".into()));
    assert_eq!(literal("1if"), BadNumber("invalid syntax for integer with base 10: '1if'".into()));
    assert_eq!(literal("1.__class__"), BadNumber("invalid syntax for number".into()));
    assert_eq!(kinds("1 .real")[1], op(Op::Dot));
}

#[test]
fn string_quoting_and_prefixes() {
    assert_eq!(literal("'a'"), s("a"));
    assert_eq!(literal("\"a'b\""), s("a'b"));
    assert_eq!(literal("'''a\n'b''c'''"), s("a\n'b''c"));
    assert_eq!(literal("\"\"\"x\"\"\""), s("x"));
    assert_eq!(literal("u'a'"), s("a"));
    assert_eq!(literal("r'\\n'"), s("\\n"));
    assert_eq!(literal("b'a'"), Bytes(b"a".to_vec()));
    assert_eq!(literal("rb'\\x'"), Bytes(b"\\x".to_vec()));
    assert_eq!(literal("br'\\x'"), Bytes(b"\\x".to_vec()));
    // MicroPython knows only lower-case prefixes: `R'a'` is the name R and then a string.
    assert_eq!(kinds("R'a'")[..2], [name("R"), s("a")]);
    assert_eq!(kinds("ur'a'")[0], name("ur"));
}

#[test]
fn escapes() {
    assert_eq!(literal(r#"'\n\t\\\'\"\a\b\f\v\r'"#), s("\n\t\\'\"\x07\x08\x0c\x0b\r"));
    assert_eq!(literal(r"'\0\101\7777'"), s("\0A\u{1ff}7"));
    assert_eq!(literal(r"'\x41\u00e9\U0001F600'"), s("Aé😀"));
    assert_eq!(literal(r"'\q\é'"), s("\\q\\é"));
    assert_eq!(literal("'a\\\nb'"), s("ab"));
    assert_eq!(literal(r"b'\x41\xff\101'"), Bytes(vec![0x41, 0xff, 0x41]));
    assert_eq!(literal(r"b'\u1234\U1'"), Bytes(b"\\u1234\\U1".to_vec()));
    assert_eq!(literal("b'é'"), Bytes("é".as_bytes().to_vec()));
    assert_eq!(literal(r"r'\''"), s("\\'"));
    for bad in [r"'\x4'", r"'\u123'", r"'\U0011000'", r"'\U00110000'", r"b'\777'", r"'\ud800'"] {
        assert_eq!(kinds(bad)[0], Invalid, "{bad}");
    }
    let err = lex_all(r"x = '\N{DASH}'").unwrap_err();
    assert_eq!(
        (err.kind, err.message.as_str(), err.line),
        (ParseErrorKind::NotImplemented, "unicode name escapes", 1)
    );
}

#[test]
fn unterminated_strings_are_invalid() {
    assert_eq!(kinds("'abc")[0], Invalid);
    assert_eq!(kinds("'abc\ndef'")[0], Invalid);
    assert_eq!(kinds("'''abc\n")[0], Invalid);
}

#[test]
fn adjacent_literals_concatenate() {
    assert_eq!(literal("'a' \"b\" '''c'''"), s("abc"));
    assert_eq!(kinds("('a'\n # c\n 'b')")[1], s("ab"));
    assert_eq!(kinds("'a' \\\n 'b'")[0], s("ab"));
    assert_eq!(kinds("'a'\n'b'")[..3], [s("a"), Newline, s("b")]);
    assert_eq!(literal("b'a' b'b'"), Bytes(b"ab".to_vec()));
    assert_eq!(kinds("'a' b'b'")[..2], [s("a"), Bytes(b"b".to_vec())]);
}

/// The tokens an f-string expands to, as source text, for comparing with the rewritten form.
fn same_tokens(fstring: &str, rewritten: &str) {
    assert_eq!(kinds(fstring), kinds(rewritten), "{fstring}");
}

#[test]
fn fstrings_become_format_calls() {
    same_tokens("f'a{x}b'", "'a{}b'.format((x),)");
    same_tokens("f'a{x}b{y!r:>{w}}'", "'a{}b{!r:>{}}'.format((x),(y),(w),)");
    same_tokens("f'{{}}{x}'", "'{{}}{}'.format((x),)");
    same_tokens("f'}'", "'}'.format()");
    same_tokens("f'{x=}'", "'x={!r}'.format((x),)");
    same_tokens("f'{x = }'", "'x = {!r}'.format((x ),)");
    same_tokens("f'{x=:5}'", "'x={:5}'.format((x),)");
    same_tokens("f'{(lambda a: a)(1)}'", "'{}'.format(((lambda a: a)(1)),)");
    same_tokens("f'{a==b}'", "'{}'.format((a==b),)");
    same_tokens("f'{x=!r:5}'", "'x={!r:5}'.format((x),)");
    same_tokens("f'{a!=b}'", "'{}'.format((a!=b),)");
    same_tokens("f'{x[1:2]}'", "'{}'.format((x[1:2]),)");
    same_tokens("f'{d[\"k\"]}'", "'{}'.format((d[\"k\"]),)");
    same_tokens("f'{a,b}'", "'{}'.format((a,b),)");
    same_tokens("f'{x:{y:{z}}}'", "'{:{:{}}}'.format((x),(y),(z),)");
    same_tokens("rf'\\n{x}'", "r'\\n{}'.format((x),)");
    same_tokens("f'\\x7b{x}'", "'{{}'.format((x),)");
}

#[test]
fn fstring_concatenation_follows_micropython() {
    // Plain parts join the format string unescaped, arguments accumulate in order.
    same_tokens("'p{' f'{q=}' 'c}}'", "'p{q={!r}c}}'.format((q),)");
    same_tokens("f'{a}' f'{b}'", "'{}{}'.format((a),(b),)");
    same_tokens("f'{f\"{x}\"}'", "'{}'.format((f\"{x}\"),)");
    assert_eq!(kinds("f'{x}'.upper()").len(), kinds("'{}'.format((x),).upper()").len());
}

#[test]
fn malformed_fstrings() {
    assert_eq!(kinds("f'{}'")[0], MalformedFString);
    assert_eq!(kinds("f'{=}'")[0], MalformedFString);
}

#[test]
fn fstring_fields_advance_lines_twice() {
    // MicroPython re-reads the field text after the literal, counting its newlines again.
    let toks = lex_all("x = f'''{\na\n}'''\ny\n").unwrap();
    let y = toks.iter().find(|t| t.kind == name("y")).unwrap();
    assert_eq!(y.line, 6);
}

#[test]
fn indentation() {
    let src = "if x:\n    a\n    if y:\n\tb\n  \t\n    c\nd\n";
    assert_eq!(
        kinds(src),
        vec![
            Kw(Keyword::If),
            name("x"),
            op(Op::Colon),
            Newline,
            Indent,
            name("a"),
            Newline,
            Kw(Keyword::If),
            name("y"),
            op(Op::Colon),
            Newline,
            Indent,
            name("b"),
            Newline,
            Dedent,
            name("c"),
            Newline,
            Dedent,
            name("d"),
            Newline,
            End
        ]
    );
}

#[test]
fn dedents_at_end_of_input() {
    assert_eq!(kinds("if x:\n  if y:\n    z")[10..], [name("z"), Newline, Dedent, Dedent, End]);
}

#[test]
fn indentation_errors() {
    assert_eq!(kinds("if 1:\n    x\n  y\n")[6], DedentMismatch);
    assert_eq!(kinds("  x = 1")[0], Indent);
    assert_eq!(kinds("\n  x")[..2], [Newline, Indent]);
}

#[test]
fn brackets_join_lines() {
    assert_eq!(
        kinds("(1,\n\n 2)\n"),
        vec![op(Op::LParen), int(1), op(Op::Comma), int(2), op(Op::RParen), Newline, End]
    );
    assert_eq!(
        kinds("x = 1 \\\n + 2"),
        vec![name("x"), op(Op::Assign), int(1), op(Op::Plus), int(2), Newline, End]
    );
    assert_eq!(kinds("x\n\\\n"), vec![name("x"), Newline, End]);
}

#[test]
fn line_endings_and_line_numbers() {
    let toks = lex_all("a\r\nb\rc\n\n# x\n(d,\ne)").unwrap();
    let lines: Vec<(String, u32)> = toks
        .iter()
        .filter_map(|t| match &t.kind {
            Name(n) => Some((format!("{n}"), t.line)),
            _ => None,
        })
        .collect();
    let want: Vec<(String, u32)> = [("a", 1), ("b", 2), ("c", 3), ("d", 6), ("e", 7)]
        .iter()
        .map(|(n, l)| (String::from(*n), *l))
        .collect();
    assert_eq!(lines, want);
    assert_eq!(toks.last().map(|t| t.line), Some(8));
}
