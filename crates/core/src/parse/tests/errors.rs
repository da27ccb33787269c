//! Error kinds, messages and lines, checked against mpy-cross (MicroPython 1.29) output for
//! the same sources.

use super::{err, err_text, m};
use crate::parse::error::ParseErrorKind::{Indentation, NotImplemented, Syntax};
use crate::parse::{parse_module, ParseErrorKind};

/// Sources mpy-cross rejects, with its exception, message and line.
const CASES: &[(&str, ParseErrorKind, &str, u32)] = &[
    ("x = (1", Syntax, "invalid syntax", 2),
    ("x = 1)", Syntax, "invalid syntax", 1),
    ("  x = 1", Indentation, "unexpected indent", 1),
    ("if 1:\n    x = 1\n  y = 2", Indentation, "unindent doesn't match any outer indent level", 2),
    ("x = f'{}'", Syntax, "malformed f-string", 1),
    ("x = $", Syntax, "invalid syntax", 1),
    ("x = 1e", Syntax, "invalid syntax for number", 1),
    ("x = 0x", Syntax, "invalid syntax for integer with base 16: ''", 1),
    ("x = 09", Syntax, "invalid syntax for integer with base 0: '09'", 1),
    ("x = 'a' b'b'", Syntax, "invalid syntax", 1),
    ("x = \"abc", Syntax, "invalid syntax", 1),
    ("x = \"\"\"abc\n\n", Syntax, "invalid syntax", 1),
    ("f(a=1, b)", Syntax, "positional arg after keyword arg", 1),
    ("f(a.b=1)", Syntax, "LHS of keyword arg must be an id", 1),
    ("f(**a, *b)", Syntax, "* arg after **", 1),
    ("f(**a, b)", Syntax, "positional arg after **", 1),
    ("{1:2, 3}", Syntax, "expecting key:value for dict", 1),
    ("{1, 2:3}", Syntax, "expecting just a value for set", 1),
    ("def f(x, *a, *):\n pass", Syntax, "invalid syntax", 1),
    ("def f(**k, a):\n pass", Syntax, "invalid syntax", 1),
    ("(a.b := 1)", Syntax, "can't assign to expression", 1),
    ("f(a[0] := 1)", Syntax, "can't assign to expression", 1),
    ("x = (\n1,\n  2)\n y=3", Indentation, "unexpected indent", 4),
    ("def f():\n  pass\n   x", Indentation, "unexpected indent", 3),
    ("x = (1 +\n\n\n", Syntax, "invalid syntax", 4),
    ("\n\nx = )\n", Syntax, "invalid syntax", 3),
    ("x = 1; ; y=2", Syntax, "invalid syntax", 1),
    (";", Syntax, "invalid syntax", 1),
    ("x = 1if 1 else 2", Syntax, "invalid syntax for integer with base 10: '1if'", 1),
    ("x.__debug__", Syntax, "invalid syntax", 1),
    ("import a,", Syntax, "invalid syntax", 1),
    ("from a import ()", Syntax, "invalid syntax", 1),
    ("a[]", Syntax, "invalid syntax", 1),
    ("async x = 1", Syntax, "invalid syntax", 1),
    ("x = f'''{\nx\n}'''\ny=1\nz=)\n", Syntax, "invalid syntax", 7),
    ("f(a=1, b)\nx = )", Syntax, "invalid syntax", 2),
    ("a \\a\n", Syntax, "invalid syntax", 1),
    ("def f():\n  a\n a\n", Indentation, "unindent doesn't match any outer indent level", 2),
    ("'abc", Syntax, "invalid syntax", 1),
    ("!", Syntax, "invalid syntax", 1),
    ("`", Syntax, "invalid syntax", 1),
    (" a\n", Indentation, "unexpected indent", 1),
    ("123z", Syntax, "invalid syntax for integer with base 10: '123z'", 1),
    ("1 or 2 or", Syntax, "invalid syntax", 1),
    ("{1:", Syntax, "invalid syntax", 2),
    ("x = 1\n\n  \n\ty = (\n", Indentation, "unexpected indent", 4),
    ("if x:\npass", Syntax, "invalid syntax", 2),
    ("if x:\n  pass\n else:\n  pass", Indentation, "unindent doesn't match any outer indent level", 2),
    ("try:\n  pass\n", Syntax, "invalid syntax", 3),
    ("try:\n  pass\nelse:\n  pass", Syntax, "invalid syntax", 3),
    ("class A(x=1, 2): pass", Syntax, "positional arg after keyword arg", 1),
    ("def f(*, **k, a): pass", Syntax, "invalid syntax", 1),
    ("lambda *a, *b: 0", Syntax, "invalid syntax", 1),
    ("x = [1, 2\ny = 3", Syntax, "invalid syntax", 2),
    ("x = {1: 2, 3: 4", Syntax, "invalid syntax", 2),
    ("print 'hello'", Syntax, "invalid syntax", 1),
    ("x = 1 2", Syntax, "invalid syntax", 1),
    ("del", Syntax, "invalid syntax", 1),
    ("global", Syntax, "invalid syntax", 1),
    ("from . import", Syntax, "invalid syntax", 1),
    ("from import x", Syntax, "invalid syntax", 1),
    ("import", Syntax, "invalid syntax", 1),
    ("x = 0b", Syntax, "invalid syntax for integer with base 2: ''", 1),
    ("x = 0o", Syntax, "invalid syntax for integer with base 8: ''", 1),
    ("x = 1.2.3", Syntax, "invalid syntax for number", 1),
    ("x = 5 if 3", Syntax, "invalid syntax", 1),
    ("x = [i for i in]", Syntax, "invalid syntax", 1),
    ("x = a[1:2:3:4]", Syntax, "invalid syntax", 1),
    ("a = b = ", Syntax, "invalid syntax", 1),
    ("x = 'a' f'{b' 'c'", Syntax, "invalid syntax", 1),
    ("x = f'{x!r=}'", Syntax, "invalid syntax", 1),
    ("x = f'{a]}'\ny=1", Syntax, "invalid syntax", 1),
    ("x = lambda: yield", Syntax, "invalid syntax", 1),
    ("if True:\n  x = 1\n    y = 2\n", Indentation, "unexpected indent", 3),
    ("x = 1\n  y = 2\n", Indentation, "unexpected indent", 2),
    ("for x in y:\npass\n", Syntax, "invalid syntax", 2),
    ("x = '\\x4'", Syntax, "invalid syntax", 1),
    ("x = b'\\777'", Syntax, "invalid syntax", 1),
    ("x = 1 +\n", Syntax, "invalid syntax", 1),
    ("x = not", Syntax, "invalid syntax", 1),
    ("x = - ", Syntax, "invalid syntax", 1),
    ("x = a.1", Syntax, "invalid syntax", 1),
    ("x = 1\n)", Syntax, "invalid syntax", 2),
    ("x = a not b", Syntax, "invalid syntax", 1),
    ("x = a is not not b", Syntax, "invalid syntax", 1),
    ("@d\nclass", Syntax, "invalid syntax", 2),
    ("@d\nx = 1", Syntax, "invalid syntax", 2),
    ("class A(**k, b): pass", Syntax, "positional arg after **", 1),
];

#[test]
fn errors_match_micropython() {
    let mut wrong = std::vec::Vec::new();
    for &(src, kind, message, line) in CASES {
        let got = parse_module(src).err().map(|e| (e.kind, e.message, e.line));
        if got != Some((kind, message.into(), line)) {
            wrong.push(std::format!("{src:?}: {got:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn compiler_errors_are_left_to_the_compiler() {
    // mpy-cross rejects these in its compiler; the AST can express them.
    for src in
        ["return", "x = yield = 3", "f() = 1", "def f(a, a): pass", "(x for x in y) = 1", "x = [*a, *b]"]
    {
        assert!(parse_module(src).is_ok(), "{src:?}");
    }
    assert_eq!(m("while 1:\n\tpass\n        pass\n"), "(while 1 [pass pass] [])");
}

#[test]
fn deferred_errors_lose_to_later_syntax_errors() {
    assert_eq!(err_text("f(a=1, b)\nx = 1"), "Syntax line 1: positional arg after keyword arg");
    assert_eq!(err_text("f(a=1, b)\nx = )"), "Syntax line 2: invalid syntax");
    assert_eq!(err_text("{1: 2, 3}\n{1, 2: 3}"), "Syntax line 1: expecting key:value for dict");
}

#[test]
fn unicode_name_escape_is_not_implemented() {
    assert_eq!(err("x = 1\ny = '\\N{BULLET}'"), (NotImplemented, "unicode name escapes".into(), 2));
}

#[test]
fn walrus_needs_a_name_and_parentheses() {
    assert_eq!(err_text("x := 1"), "Syntax line 1: invalid syntax");
    assert_eq!(err_text("(x := y := 1)"), "Syntax line 1: invalid syntax");
    assert_eq!(err_text("[a.b := 1]"), "Syntax line 1: can't assign to expression");
}

#[test]
fn string_kinds_do_not_mix() {
    assert_eq!(err_text("x = b'a' 'b'"), "Syntax line 1: invalid syntax");
    assert_eq!(err_text("x = f'{a}' b'b'"), "Syntax line 1: invalid syntax");
}

#[test]
fn non_ascii_bytes_are_rejected_as_in_cpython() {
    assert_eq!(
        err_text("x = 1\ny = b'\u{e9}'"),
        "Syntax line 2: bytes can only contain ASCII literal characters"
    );
}

#[test]
fn misplaced_parameter_markers() {
    for src in ["def f(/, a): pass", "def f(a, /, /): pass", "def f(*, a, /): pass", "lambda **k, /: 0"] {
        assert_eq!(err_text(src), "Syntax line 1: invalid syntax", "{src}");
    }
}

#[test]
fn parenthesised_starred_value() {
    assert_eq!(err_text("x = (*a)"), "Syntax line 1: *x must be assignment target");
    assert_eq!(err_text("x = f'{*a}'"), "Syntax line 1: *x must be assignment target");
}
