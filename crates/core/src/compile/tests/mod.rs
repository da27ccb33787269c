//! Compiler tests that the `.mpy` fixtures cannot express: compile errors (messages, lines
//! and scopes as mpy-cross 1.29 reports them), the REPL and `eval` modes (bytes as
//! MicroPython 1.29's `compile()` produces them), limits and options.

use alloc::vec::Vec;

mod superset;

use super::*;
use crate::bytecode::code::RawCode;
use crate::parse::ast::{Expr, ExprKind, Module, Stmt, StmtKind, UnaryOp};

fn compile(src: &str, mode: Mode) -> Result<CompiledModule, CompileError> {
    compile_source(src, "t.py", &CompileOptions { mode, ..CompileOptions::default() })
}

/// (source, message, line, scope named in MicroPython's traceback). The scope is `None`
/// for errors found while parsing; MicroPython also names the scope for the call-argument
/// order and dict/set errors that the parser reports here.
const ERRORS: &[(&str, &str, u32, Option<&str>)] = &[
    ("break", "'break'/'continue' outside loop", 1, Some("<module>")),
    ("def f():\n    continue", "'break'/'continue' outside loop", 2, Some("f")),
    ("@micropython.native\ndef f(): pass", "invalid arch", 1, Some("<module>")),
    ("@micropython.foo\ndef f(): pass", "invalid micropython decorator", 1, Some("<module>")),
    ("@micropython\ndef f(): pass", "invalid micropython decorator", 1, Some("<module>")),
    ("f(**d, a)", "positional arg after **", 1, None),
    ("f(a, **d, *b)", "* arg after **", 1, None),
    ("del [a, b]", "can't delete expression", 1, Some("<module>")),
    ("*a = b", "can't assign to expression", 1, Some("<module>")),
    ("x = 5 if 1 else 6\nreturn 1", "'return' outside function", 2, Some("<module>")),
    ("yield 1", "'yield' outside function", 1, Some("<module>")),
    ("class A:\n    return 1", "'return' outside function", 2, Some("A")),
    ("def f():\n    x = 1\n    global x", "identifier redefined as global", 3, Some("f")),
    ("def f():\n    nonlocal x", "no binding for nonlocal found", 2, Some("f")),
    ("nonlocal x", "can't declare nonlocal in outer code", 1, Some("<module>")),
    ("def f(a, b=1, c): pass", "non-default argument follows default argument", 1, Some("<module>")),
    ("def f(a, a): pass", "argument name reused", 1, Some("f")),
    (
        "try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass",
        "default 'except' must be last",
        3,
        Some("<module>"),
    ),
    ("1 = x", "can't assign to expression", 1, Some("<module>")),
    ("f() = 1", "can't assign to expression", 1, Some("<module>")),
    ("del f()", "can't delete expression", 1, Some("<module>")),
    ("x + 1 = 2", "can't assign to expression", 1, Some("<module>")),
    ("a, *b, *c = d", "multiple *x in assignment", 1, Some("<module>")),
    ("(a, b) += 1", "can't assign to expression", 1, Some("<module>")),
    ("f(1=2)", "LHS of keyword arg must be an id", 1, None),
    ("[x for x in (yield)]", "'yield' outside function", 1, Some("<module>")),
    ("def f():\n    from m import *", "import * not at module level", 2, Some("f")),
    ("def f():\n    x = super()", "super() can't find self", 2, Some("f")),
    ("x = {1: 2, 3}", "expecting key:value for dict", 1, None),
    ("x = {1, 2: 3}", "expecting just a value for set", 1, None),
    ("X = const(x)", "not a constant", 1, None),
    ("X = const(1, 2)", "not a constant", 1, None),
    ("def f():\n    global x\n    nonlocal x", "identifier redefined as nonlocal", 3, Some("f")),
    ("def f(x):\n    global x", "identifier redefined as global", 2, Some("f")),
    ("print(*x)\nx = (*a)", "*x must be assignment target", 2, None),
    ("for x in y:\n    pass\nelse:\n    break", "'break'/'continue' outside loop", 4, Some("<module>")),
    ("while 1:\n    def f():\n        break", "'break'/'continue' outside loop", 3, Some("f")),
    ("class C:\n    x = (yield)", "'yield' outside function", 2, Some("C")),
    ("lambda: (yield)\nx = lambda: return", "invalid syntax", 2, None),
    ("a.b += 1\n[a, b] += 1", "can't assign to expression", 2, Some("<module>")),
    ("del ()", "can't delete expression", 1, Some("<module>")),
    ("del 1", "can't delete expression", 1, Some("<module>")),
    ("() = 1", "can't assign to expression", 1, Some("<module>")),
    ("None = 1", "can't assign to expression", 1, Some("<module>")),
    ("x, (y, *z, *w) = v", "multiple *x in assignment", 1, Some("<module>")),
    ("x = y := 1", "invalid syntax", 1, None),
    (
        "def f():\n  return\n  x = 1\n  def g():\n    nonlocal x\n    global x",
        "identifier redefined as global",
        6,
        Some("g"),
    ),
];

#[test]
fn compile_errors_match_mpy_cross() {
    for &(src, message, line, scope) in ERRORS {
        let e = compile(src, Mode::Module).expect_err(src);
        assert_eq!((e.message.as_str(), e.line), (message, line), "{src:?}");
        assert_eq!(e.kind, CompileErrorKind::Syntax, "{src:?}");
        assert_eq!(e.scope_name.as_deref(), scope, "{src:?}");
    }
}

#[test]
fn async_is_reported_as_not_implemented() {
    for src in ["async def f(): pass", "def f():\n    await x", "async def f():\n    async for x in y: pass"]
    {
        let e = compile(src, Mode::Module).expect_err(src);
        assert_eq!(e.kind, CompileErrorKind::NotImplemented, "{src:?}");
        assert_eq!(e.exception_type(), "NotImplementedError");
        assert!(e.message.contains("async"), "{src:?}");
    }
}

/// `fun_data` of the module for REPL and `eval` input, as MicroPython 1.29's
/// `compile(src, name, "single"/"eval")` builds it (dumped with `micropython -v -v`).
#[test]
fn repl_and_eval_modes_match_micropython() {
    let cases: [(&str, Mode, &[u8]); 8] = [
        ("x = 5\n", Mode::Single, &[0x00, 0x02, 0x01, 0x85, 0x16, 0x02, 0x51, 0x63]),
        (
            "1 + y\n",
            Mode::Single,
            &[0x10, 0x02, 0x01, 0x11, 0x02, 0x81, 0x11, 0x03, 0xf2, 0x34, 0x01, 0x59, 0x51, 0x63],
        ),
        (
            "if x:\n  x\n  5\n\n",
            Mode::Single,
            &[
                0x08, 0x06, 0x01, 0x24, 0x27, 0x11, 0x02, 0x44, 0x4d, 0x11, 0x03, 0x11, 0x02, 0x34, 0x01,
                0x59, 0x11, 0x03, 0x85, 0x34, 0x01, 0x59, 0x51, 0x63,
            ],
        ),
        ("'doc'\n", Mode::Single, &[0x08, 0x02, 0x01, 0x11, 0x03, 0x10, 0x02, 0x34, 0x01, 0x59, 0x51, 0x63]),
        (
            "def f():\n  5\n  return 1\n\n",
            Mode::Single,
            &[0x00, 0x02, 0x01, 0x32, 0x00, 0x16, 0x02, 0x51, 0x63],
        ),
        ("a + 1", Mode::Eval, &[0x08, 0x02, 0x01, 0x11, 0x02, 0x81, 0xf2, 0x63]),
        ("1", Mode::Eval, &[0x00, 0x02, 0x01, 0x81, 0x63]),
        ("x, 2", Mode::Eval, &[0x08, 0x02, 0x01, 0x11, 0x02, 0x82, 0x2a, 0x02, 0x63]),
    ];
    for (src, mode, fun_data) in cases {
        let m = compile(src, mode).unwrap();
        assert_eq!(m.root.fun_data, fun_data, "{src:?}");
    }
    // The function body's lone constant is dropped but keeps its line (+1, +1).
    let m = compile("def f():\n  5\n  return 1\n\n", Mode::Single).unwrap();
    assert_eq!(m.root.children[0].fun_data, [0x00, 0x06, 0x02, 0x20, 0x20, 0x81, 0x63]);
}

#[test]
fn deep_nesting_is_a_recursion_error_not_a_crash() {
    // Built by hand, past the parser's own limits: 10000 nested unary minus.
    let mut e = Expr { line: 1, kind: ExprKind::Name("x".into()), parens: None };
    for _ in 0..10_000 {
        e = Expr {
            line: 1,
            kind: ExprKind::UnaryOp { op: UnaryOp::USub, operand: alloc::boxed::Box::new(e) },
            parens: None,
        };
    }
    let module = Module { body: alloc::vec![Stmt { line: 1, kind: StmtKind::Expr(e) }] };
    let err = compile_module(module, "t.py", &CompileOptions::default()).unwrap_err();
    assert_eq!(err.kind, CompileErrorKind::RecursionDepth);
    let src = alloc::format!("x = {}1{}", "(".repeat(500), ")".repeat(500));
    assert_eq!(compile(&src, Mode::Module).unwrap_err().kind, CompileErrorKind::RecursionDepth);
}

#[test]
fn jump_too_long_is_bytecode_overflow() {
    let mut src = alloc::string::String::from("while x:\n");
    for _ in 0..6000 {
        src.push_str("    a = b + c\n");
    }
    let e = compile(&src, Mode::Module).unwrap_err();
    assert_eq!((e.kind, e.message.as_str()), (CompileErrorKind::BytecodeOverflow, "bytecode overflow"));
    assert_eq!(e.exception_type(), "RuntimeError");
}

#[test]
fn options_change_the_code() {
    let o3 = CompileOptions { opt_level: 3, ..CompileOptions::default() };
    let m = compile_source("x = 1\ny = 2\n", "t.py", &o3).unwrap();
    // No line-number table at -O3: size byte 0x02 means n_info 1 (just the name).
    assert_eq!(&m.root.fun_data[..3], [0x00, 0x02, 0x01]);
    let wide = CompileOptions { small_int_bits: 63, ..CompileOptions::default() };
    let m = compile_source("x = 1 << 40\n", "t.py", &wide).unwrap();
    assert!(m.consts.is_empty(), "fits a 63-bit small int");
    let m = compile("x = 1 << 40\n", Mode::Module).unwrap();
    assert_eq!(m.consts.len(), 1, "does not fit a 31-bit small int");
    let native = CompileOptions { emit_native: true, ..CompileOptions::default() };
    assert_eq!(compile_source("x = 1", "t.py", &native).unwrap_err().kind, CompileErrorKind::NotImplemented);
}

/// Every function in `m` (depth first).
fn all_code(code: &RawCode, out: &mut Vec<Vec<u8>>) {
    out.push(code.fun_data.clone());
    for c in &code.children {
        all_code(c, out);
    }
}

#[test]
fn output_passes_the_stack_checker() {
    let src = "def f(a, *b, **c):\n    try:\n        with x as y:\n            for i in a:\n                if i: break\n                return [j for j in b]\n    except E as e:\n        return e\n    finally:\n        pass\n";
    let m = compile(src, Mode::Module).unwrap();
    let mut codes = Vec::new();
    all_code(&m.root, &mut codes);
    for fd in codes {
        crate::bytecode::stack_check::check_stack(&fd).unwrap();
    }
}
