//! Statements of every kind, blocks, line numbers and the three input modes.

use std::vec::Vec;

use super::{e, m, single};
use crate::parse::ast::{ExprKind, Stmt, StmtKind};
use crate::parse::{parse_eval, parse_module, parse_single};

#[test]
fn assignments() {
    assert_eq!(m("x = 1"), "(= x 1)");
    assert_eq!(m("a = b = c"), "(= a b c)");
    assert_eq!(m("x = 1, 2"), "(= x (tuple 1 2))");
    assert_eq!(m("a, *b = c"), "(= (tuple a *b) c)");
    assert_eq!(m("x = *a, b"), "(= x (tuple *a b))");
    assert_eq!(m("x = y = yield z"), "(= x y (yield z))");
    assert_eq!(m("[a, b] = (c, d) = e"), "(= [a b] (tuple c d) e)");
    assert_eq!(m("x += 1"), "(+= x 1)");
    assert_eq!(
        m("x -= 1; x *= 2; x @= m; x /= 3; x //= 4; x %= 5"),
        "(-= x 1) (*= x 2) (@= x m) (/= x 3) (//= x 4) (%= x 5)"
    );
    assert_eq!(
        m("x &= 1; x |= 2; x ^= 3; x <<= 4; x >>= 5; x **= 6"),
        "(&= x 1) (|= x 2) (^= x 3) (<<= x 4) (>>= x 5) (**= x 6)"
    );
    assert_eq!(m("x += yield"), "(+= x (yield))");
    assert_eq!(m("x: int"), "(ann x int)");
    assert_eq!(m("x: int = 1"), "(ann x int 1)");
    assert_eq!(m("a.b: List[int] = []"), "(ann (. a b) ([] List int) [])");
    assert_eq!(m("(x, y): int = 1, 2"), "(ann (tuple x y) int (tuple 1 2))");
    // Target validity is the compiler's business.
    assert_eq!(m("f() = 1"), "(= (call f) 1)");
}

#[test]
fn simple_statements() {
    assert_eq!(m("pass; break; continue"), "pass break continue");
    assert_eq!(m("a; b; c;"), "a b c");
    assert_eq!(m("del a, b[0], c.d"), "(del a ([] b 0) (. c d))");
    assert_eq!(m("del (a, b)"), "(del (tuple a b))");
    assert_eq!(m("del a,"), "(del a)");
    assert_eq!(m("return"), "(return)");
    assert_eq!(m("return 1, 2"), "(return (tuple 1 2))");
    assert_eq!(m("raise"), "(raise)");
    assert_eq!(m("raise E"), "(raise E)");
    assert_eq!(m("raise E from C"), "(raise E from C)");
    assert_eq!(m("global a, b"), "(global a b)");
    assert_eq!(m("nonlocal a"), "(nonlocal a)");
    assert_eq!(m("assert x"), "(assert x)");
    assert_eq!(m("assert x, 'msg'"), "(assert x \"msg\")");
    assert_eq!(m("yield"), "(yield)");
    assert_eq!(m("yield from g"), "(yield-from g)");
    assert_eq!(m("'''doc'''"), "\"doc\"");
    assert_eq!(m("*a, b"), "(tuple *a b)");
}

#[test]
fn imports() {
    assert_eq!(m("import a"), "(import a)");
    assert_eq!(m("import a.b.c as d, e"), "(import a.b.c as d e)");
    assert_eq!(m("from a.b import c"), "(from a.b c)");
    assert_eq!(m("from ..x import (a, b as c,)"), "(from ..x a b as c)");
    assert_eq!(m("from a import b,"), "(from a b)");
    assert_eq!(m("from . import x"), "(from . x)");
    assert_eq!(m("from m import *"), "(from m *)");
    assert_eq!(m("from . import *"), "(from . *)");
    assert_eq!(m("from ...a.b import c"), "(from ...a.b c)");
    assert_eq!(m("from .... import x"), "(from .... x)");
}

#[test]
fn if_while_for() {
    assert_eq!(
        m("if a:\n x\nelif b:\n y\nelif c:\n z\nelse:\n w"),
        "(if a [x] [(elif b [y] [(elif c [z] [w])])])"
    );
    assert_eq!(m("if a:\n x\nelse:\n if b:\n  y"), "(if a [x] [(if b [y] [])])");
    assert_eq!(m("if a: x; y\nelse: z"), "(if a [x y] [z])");
    assert_eq!(m("if (n := f()) > 0:\n pass"), "(if (cmp (:= n (call f)) > 0) [pass] [])");
    assert_eq!(m("if x := 1:\n pass"), "(if (:= x 1) [pass] [])");
    assert_eq!(m("while x:\n a\nelse:\n b"), "(while x [a] [b])");
    assert_eq!(m("for x in 1, 2:\n pass"), "(for x (tuple 1 2) [pass] [])");
    assert_eq!(m("for x, in y: pass"), "(for (tuple x) y [pass] [])");
    assert_eq!(m("for a, *b in c:\n pass\nelse:\n pass"), "(for (tuple a *b) c [pass] [pass])");
    assert_eq!(m("for x in y if a else b: pass"), "(for x (if a y b) [pass] [])");
}

#[test]
fn try_statements() {
    let src = "try:\n a\nexcept E as e:\n b\nexcept (A, B):\n c\nexcept:\n d\nelse:\n e\nfinally:\n f";
    assert_eq!(m(src), "(try [a] (except E as e [b]) (except (tuple A B) [c]) (except _ [d]) [e] [f])");
    assert_eq!(m("try:\n a\nfinally:\n b"), "(try [a] [] [b])");
    assert_eq!(m("try: a\nexcept E: b"), "(try [a] (except E [b]) [] [])");
}

#[test]
fn with_statements() {
    assert_eq!(m("with a as b, c as (d, e):\n pass"), "(with a as b c as (tuple d e) [pass])");
    assert_eq!(m("with a: pass"), "(with a [pass])");
    assert_eq!(m("with a as b.c[0]: pass"), "(with a as ([] (. b c) 0) [pass])");
}

#[test]
fn parenthesised_with_items() {
    // CPython 3.10's form: items in parentheses (MicroPython would see one tuple).
    assert_eq!(m("with (a, b): pass"), "(with a b [pass])");
    assert_eq!(m("with (a as b, c as d,): pass"), "(with a as b c as d [pass])");
    assert_eq!(m("with (a): pass"), "(with a [pass])");
    assert_eq!(m("with (\n  open(x) as f,\n  lock,\n):\n pass"), "(with (call open x) as f lock [pass])");
    // Otherwise the parentheses start an expression.
    assert_eq!(m("with (a, b) as c: pass"), "(with (tuple a b) as c [pass])");
    assert_eq!(m("with (a).b(c) as d, e: pass"), "(with (call (. a b) c) as d e [pass])");
    assert_eq!(m("with (a) + b ** 2 if c else d: pass"), "(with (if c (+ a (** b 2)) d) [pass])");
    assert_eq!(m("with (): pass"), "(with (tuple) [pass])");
    assert_eq!(m("with (*a, b): pass"), "(with (tuple *a b) [pass])");
    assert_eq!(m("with (x for x in y): pass"), "(with (genexp x (for x y)) [pass])");
    assert_eq!(m("with (yield): pass"), "(with (yield) [pass])");
    assert!(parse_module("with (a as b) + c: pass").is_err());
}

#[test]
fn cpython_extensions() {
    assert_eq!(m("@a[0].b\ndef f(): pass"), "(@(. ([] a 0) b) def f () [pass])");
    assert_eq!(m("@(yield)\nclass A: pass"), "(@(yield) class A [pass])");
    assert_eq!(m("@x := y\ndef f(): pass"), "(@(:= x y) def f () [pass])");
    assert_eq!(m("x = {**d}"), "(= x (dict **d))");
    assert_eq!(m("x = {1: 2, **d, 3: 4}"), "(= x (dict 1:2 **d 3:4))");
    assert_eq!(m("x = {*a, 1}"), "(= x {*a 1})");
    assert_eq!(m("x = {y := 1, 2}"), "(= x {(:= y 1) 2})");
    assert_eq!(m("def f(): return *a, b"), "(def f () [(return (tuple *a b))])");
    assert_eq!(m("def f(): yield *a, b"), "(def f () [(yield (tuple *a b))])");
    assert_eq!(m("for x in *a, b: pass"), "(for x (tuple *a b) [pass] [])");
    assert_eq!(m("a[*b]"), "([] a (tuple *b))");
    assert_eq!(m("a[1, *b]"), "([] a (tuple 1 *b))");
    assert_eq!(m("a[x := 1]"), "([] a (:= x 1))");
    assert_eq!(m("def f(a, /, b, *, c): pass"), "(def f (a / b * c) [pass])");
    assert_eq!(m("def f(a, b=1, /): pass"), "(def f (a b=1 /) [pass])");
    assert_eq!(m("lambda a, /: a"), "(lambda (a /) a)");
    assert_eq!(m("f(a=1, *b)"), "(call f *b a=1)");
    assert_eq!(
        m("async def f():\n return [x async for x in y if x]"),
        "(async-def f () [(return (listcomp x (for x y (if x))))])"
    );
    assert_eq!(m("x = R'\\d' + B'a'"), "(= x (+ \"\\\\d\" b\"a\"))");
}

#[test]
fn function_definitions() {
    assert_eq!(
        m("def f(a, b=1, *args, c, d=2, **kw) -> int:\n return a"),
        "(def f (a b=1 *args c d=2 **kw) -> int [(return a)])"
    );
    assert_eq!(
        m("def f(a: int, *, b: str = 'x', **k: dict): pass"),
        "(def f (a:int * b:str=\"x\" **k:dict) [pass])"
    );
    assert_eq!(m("def f(*a: int): pass"), "(def f (*a:int) [pass])");
    assert_eq!(m("def f(): pass"), "(def f () [pass])");
    assert_eq!(m("def f(a,): pass"), "(def f (a) [pass])");
    assert_eq!(m("def f(*): pass"), "(def f (*) [pass])");
    assert_eq!(m("@a.b(c)\n@d\ndef f(): pass"), "(@(call (. a b) c) @d def f () [pass])");
    assert_eq!(m("@d\nasync def f():\n await x"), "(@d async-def f () [(await x)])");
    assert_eq!(m("def f(a=1, b): pass"), "(def f (a=1 b) [pass])");
}

#[test]
fn class_definitions() {
    assert_eq!(m("class A(B, metaclass=M):\n pass"), "(class A B metaclass=M [pass])");
    assert_eq!(m("class A: pass"), "(class A [pass])");
    assert_eq!(m("class A(): pass"), "(class A [pass])");
    assert_eq!(m("class A(*bases, **kw): pass"), "(class A *bases **kw [pass])");
    assert_eq!(m("@dataclass\nclass A:\n x: int"), "(@dataclass class A [(ann x int)])");
}

#[test]
fn async_statements() {
    let src = "async def f():\n async with a as b:\n  pass\n async for x in y:\n  pass\n else:\n  pass";
    assert_eq!(m(src), "(async-def f () [(async-with a as b [pass]) (async-for x y [pass] [pass])])");
}

#[test]
fn nested_blocks_and_dedents() {
    let src = "def f(x):\n    if x:\n        for i in x:\n            pass\n    return x\nf(1)\n";
    assert_eq!(m(src), "(def f (x) [(if x [(for i x [pass] [])] []) (return x)]) (call f 1)");
    let tabs = "if 1:\n\tif 2:\n\t\tx\n        y\n";
    assert_eq!(m(tabs), "(if 1 [(if 2 [x] []) y] [])");
    assert_eq!(m("if 1:\n  x\n\n  # c\n\n  y"), "(if 1 [x y] [])");
}

#[test]
fn empty_and_blank_modules() {
    assert_eq!(m(""), "");
    assert_eq!(m("\n\n"), "");
    assert_eq!(m("# c\n"), "");
    assert_eq!(m("\\\n"), "");
    assert_eq!(m("\r\n\r\nx = 1\r\n"), "(= x 1)");
    assert_eq!(m("x = 1\r  # c\ry = 2"), "(= x 1) (= y 2)");
}

#[test]
fn eval_input() {
    assert_eq!(e("1\n"), "1");
    assert_eq!(e("1 "), "1");
    assert_eq!(e("1\n\n"), "1");
    assert_eq!(e("a, b"), "(tuple a b)");
    // Surrounding whitespace is allowed, as in CPython (MicroPython rejects leading spaces).
    assert_eq!(e(" 1"), "1");
    assert_eq!(e("\n\t1 +\\\n 2\n  \n"), "(+ 1 2)");
    for bad in ["", "\n", " ", "1;2", "*a, b", "x := 1", "yield", "x = 1", "1\n2", " 1\n 2"] {
        assert!(parse_eval(bad).is_err(), "{bad:?}");
    }
}

#[test]
fn single_input() {
    assert_eq!(single("\n"), "");
    assert_eq!(single("x=1"), "(= x 1)");
    assert_eq!(single("x=1;y=2"), "(= x 1) (= y 2)");
    assert_eq!(single("if 1:\n  pass\n\n"), "(if 1 [pass] [])");
    assert_eq!(single("@d\ndef f(): pass"), "(@d def f () [pass])");
    assert_eq!(single("# c"), "");
    for bad in ["", "x=1\ny=2", "if 1:\n  pass\nx=1", "\n\nx=1", "1\n2\n", " x=1"] {
        assert!(parse_single(bad).is_err(), "{bad:?}");
    }
}

fn lines(body: &[Stmt]) -> Vec<u32> {
    body.iter().map(|s| s.line).collect()
}

#[test]
fn statement_and_expression_lines() {
    let module = parse_module("\n\nx = (1,\n  2)\n\n@d\n\ndef f():\n  '''doc\n  '''\n  return 1\ny").unwrap();
    assert_eq!(lines(&module.body), [3, 6, 12]);
    let StmtKind::FunctionDef(def) = &module.body[1].kind else { panic!() };
    assert_eq!((def.line, def.decorators[0].line), (8, 6));
    assert_eq!(lines(&def.body), [9, 11]);
    let module = parse_module("if a:\n  pass\nelif b:\n  pass\nelse:\n  pass").unwrap();
    let StmtKind::If { orelse, .. } = &module.body[0].kind else { panic!() };
    assert_eq!(lines(orelse), [3]);
    let module = parse_module("try:\n  pass\nexcept E:\n  pass").unwrap();
    let StmtKind::Try { handlers, .. } = &module.body[0].kind else { panic!() };
    assert_eq!(handlers[0].line, 3);
    let value = parse_eval("(a\n +\n b)").unwrap();
    let ExprKind::BinOp { right, .. } = &value.kind else { panic!() };
    assert_eq!((value.line, right.line), (1, 3));
    // Trailers carry the line of their own `(`, `[` or `.`; the chain starts at its atom.
    let value = parse_eval("(a\n.b\n(c)\n[d])").unwrap();
    let ExprKind::Subscript { value: call, .. } = &value.kind else { panic!() };
    let ExprKind::Call { func: attr, .. } = &call.kind else { panic!() };
    assert_eq!((value.line, call.line, attr.line), (4, 3, 2));
    assert_eq!((value.start_line(), value.node_line(), value.parens), (1, 1, Some(1)));
    let value = parse_eval("x + (\n y)").unwrap();
    let ExprKind::BinOp { right, .. } = &value.kind else { panic!() };
    assert_eq!((right.line, right.start_line()), (2, 1));
}
