//! f-strings parse to the same tree as the `str.format` call MicroPython rewrites them into
//! (each field becomes a parenthesised argument).

use super::{e, err_text, m};
use crate::parse::ast::{Expr, ExprKind, Module, StmtKind};
use crate::parse::{parse_eval, parse_module};

/// Asserts that two sources give identical trees, line numbers included.
fn same_module(fstring: &str, format_call: &str) {
    assert_eq!(parse_module(fstring), parse_module(format_call), "{fstring}");
}

fn same_expr(fstring: &str, format_call: &str) {
    assert_eq!(parse_eval(fstring), parse_eval(format_call), "{fstring}");
}

#[test]
fn fields_conversions_and_specs() {
    same_expr("f'a{x}b{y!r:>{w}}'", "'a{}b{!r:>{}}'.format((x), (y), (w))");
    same_expr("f'{x!s}'", "'{!s}'.format((x))");
    same_expr("f'{x:5.2f}'", "'{:5.2f}'.format((x))");
    same_expr("f'{x:{y:{z}}}'", "'{:{:{}}}'.format((x), (y), (z))");
    same_expr("f'{a + b * 2}'", "'{}'.format((a + b * 2))");
    same_expr("f'{a != b}'", "'{}'.format((a != b))");
    same_expr("f'{d[\"k\"]}'", "'{}'.format((d[\"k\"]))");
    same_expr("f'{x[1:2]}'", "'{}'.format((x[1:2]))");
    same_expr("f'{a, b}'", "'{}'.format(((a, b)))");
    same_expr("f'{ x }'", "'{}'.format((x))");
    same_expr("f'no fields'", "'no fields'.format()");
    same_expr("f'{x!a}'", "'{!a}'.format((x))");
    same_expr("F'{x}'", "'{}'.format((x))");
    assert_eq!(e("f'{x}'"), "(call (. \"{}\" format) x)");
}

#[test]
fn escapes_and_braces() {
    same_expr("f'{{}}{x}'", "'{{}}{}'.format((x))");
    same_expr("f'}'", "'}'.format()");
    same_expr("f'\\n{x}\\t'", "'\\n{}\\t'.format((x))");
    same_expr("rf'\\n{x}'", "r'\\n{}'.format((x))");
    same_expr("fr'\\n{x}'", "r'\\n{}'.format((x))");
    // An escaped brace is a literal brace, as in CPython (doubled in the format string).
    same_expr("f'\\x7b{x}'", "'{{{}'.format((x))");
}

#[test]
fn self_documenting_fields() {
    // Without a conversion or a spec the value is shown by repr, as CPython does.
    same_expr("f'{x=}'", "'x={!r}'.format((x))");
    same_expr("f'{x=!s}'", "'x={!s}'.format((x))");
    same_expr("f'{x=!r}'", "'x={!r}'.format((x))");
    same_expr("f'{x.y=:>4}'", "'x.y={:>4}'.format((x.y))");
}

#[test]
fn concatenation_with_plain_strings() {
    // Braces of plain parts are literal text, as in CPython.
    same_expr("'a{' f'{x}' 'b}'", "'a{{{}b}}'.format((x))");
    same_expr("f'{a}' f'{b}' 'c'", "'{}{}c'.format((a), (b))");
    same_expr("'p' f'{q=}'", "'pq={!r}'.format((q))");
    assert_eq!(m("print(f'{x}'\n  'y')"), m("print('{}y'.format(x))"));
}

#[test]
fn fstrings_in_context() {
    same_expr("f'{x}'.upper()", "'{}'.format((x)).upper()");
    same_expr("f'{x}'[0]", "'{}'.format((x))[0]");
    same_expr("-f'{x}' ** 2", "-'{}'.format((x)) ** 2");
    same_expr("f'{f\"{x}\"}'", "'{}'.format(('{}'.format((x))))");
    same_expr("{f'{k}': f'{v}'}", "{'{}'.format((k)): '{}'.format((v))}");
    same_module("x = f'{a}' # comment\ny = 2", "x = '{}'.format((a)) # comment\ny = 2");
    assert_eq!(m("async def f():\n await f'{x}'"), "(async-def f () [(await (call (. \"{}\" format) x))])");
}

#[test]
fn field_lines_follow_micropython() {
    // The field text is read after the whole literal (and, inside brackets, what follows it).
    let module = parse_module("print(f'{x}'\n  'y')").unwrap();
    let ExprKind::Call { args, .. } = &stmt_expr(&module).kind else { panic!() };
    let ExprKind::Call { args, .. } = &args[0].kind else { panic!() };
    assert_eq!(args[0].line, 2);
}

fn stmt_expr(module: &Module) -> &Expr {
    match &module.body[0].kind {
        StmtKind::Expr(value) => value,
        _ => panic!("not an expression statement"),
    }
}

#[test]
fn multi_line_fields_shift_later_lines_like_micropython() {
    let module = parse_module("x = f'''{\na\n}'''\ny = 1\n").unwrap();
    assert_eq!(module.body[1].line, 6);
}

#[test]
fn malformed_fstrings() {
    assert_eq!(err_text("x = f'{}'"), "Syntax line 1: malformed f-string");
    // CPython: "f-string: empty expression not allowed".
    assert_eq!(err_text("x = f'{ }'"), "Syntax line 1: malformed f-string");
    assert_eq!(err_text("x = f'{x!z}'"), "Syntax line 1: invalid syntax");
}
