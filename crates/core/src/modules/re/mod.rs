//! The `re` module: regular expressions on a backtracking-free matcher, so no pattern and no
//! input can make matching take more than time proportional to their sizes' product.
//!
//! `parse.rs` reads the syntax, `compile.rs` makes a Pike VM program, `pike.rs` runs it,
//! `template.rs` reads `sub` replacements, `pattern.rs` and `matchobj.rs` are the Python
//! types and `methods.rs` their methods. Errors in a pattern raise `re.error`, a subclass of
//! `ValueError` (the type MicroPython raises).

mod compile;
mod matchobj;
mod methods;
mod parse;
mod pattern;
mod pike;
mod template;

use alloc::string::String;

use crate::obj::builtin_fn::BuiltinFn;
use crate::obj::exception::VALUE_ERROR_TYPE;
use crate::obj::type_::TYPE_TYPE;
use crate::obj::{str as pystr, tuple, ObjHeader, Type};
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

use methods::{bind, opt_int};
use pattern::{Mode, PATTERN_TYPE};

/// `re.error`.
pub static ERROR_TYPE: Type = Type {
    header: ObjHeader::of(&TYPE_TYPE),
    name: q::error,
    base: Value::from_static(&VALUE_ERROR_TYPE),
    ..VALUE_ERROR_TYPE
};

/// A compiled pattern from a pattern argument (str, bytes or an already compiled pattern).
fn pattern_of(vm: &mut Vm, p: Value, flags: Value) -> PyResult<Value> {
    let flags = opt_int(vm, flags, 0)?;
    if p.is_exact(&PATTERN_TYPE) {
        if flags != 0 {
            return Err(vm.value_error("cannot process flags argument with a compiled pattern"));
        }
        return Ok(p);
    }
    pattern::compile_pattern(vm, p, flags)
}

fn compile(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [p, flags] = bind(vm, "compile", args, kw, [q::pattern, q::flags], 1)?;
    pattern_of(vm, p, flags)
}

fn run(vm: &mut Vm, args: &[Value], kw: &[Value], mode: Mode) -> PyResult<Value> {
    let [p, string, flags] = bind(vm, "match", args, kw, [q::pattern, q::string, q::flags], 2)?;
    let p = pattern_of(vm, p, flags)?;
    pattern::match_at(vm, p, string, 0, i64::MAX, mode)
}

fn match_(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    run(vm, args, kw, Mode::Match)
}

fn search(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    run(vm, args, kw, Mode::Search)
}

fn fullmatch(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    run(vm, args, kw, Mode::Full)
}

fn subn_args(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<(Value, usize)> {
    let [p, repl, string, count, flags] =
        bind(vm, "sub", args, kw, [q::pattern, q::repl, q::string, q::count, q::flags], 3)?;
    let p = pattern_of(vm, p, flags)?;
    let count = opt_int(vm, count, 0)?.max(0);
    pattern::subn(vm, p, repl, string, usize::try_from(count).unwrap_or(usize::MAX))
}

fn sub(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Ok(subn_args(vm, args, kw)?.0)
}

fn subn(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, n) = subn_args(vm, args, kw)?;
    tuple::new(vm, &[s, Value::small_int(n as isize)])
}

fn split(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [p, string, maxsplit, flags] =
        bind(vm, "split", args, kw, [q::pattern, q::string, q::maxsplit, q::flags], 2)?;
    let p = pattern_of(vm, p, flags)?;
    let maxsplit = opt_int(vm, maxsplit, 0)?;
    pattern::split(vm, p, string, maxsplit)
}

fn findall(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [p, string, flags] = bind(vm, "findall", args, kw, [q::pattern, q::string, q::flags], 2)?;
    let p = pattern_of(vm, p, flags)?;
    pattern::findall(vm, p, string, 0, i64::MAX)
}

fn finditer(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [p, string, flags] = bind(vm, "finditer", args, kw, [q::pattern, q::string, q::flags], 2)?;
    let p = pattern_of(vm, p, flags)?;
    matchobj::finditer(vm, p, string, 0, i64::MAX)
}

/// `re.escape(s)`: backslashes before the characters special in patterns.
fn escape(vm: &mut Vm, s: Value) -> PyResult<Value> {
    const SPECIAL: &str = "()[]{}?*+-|^$\\.&~# \t\n\r\x0b\x0c";
    if let Some(text) = vm.text_of(s) {
        let mut out = String::with_capacity(text.len());
        for c in text.chars() {
            if SPECIAL.contains(c) {
                out.push('\\');
            }
            out.push(c);
        }
        return pystr::from_string(vm, out);
    }
    let Some(data) = vm.bytes_of(s) else {
        return Err(vm.type_error("expected str or bytes-like object"));
    };
    let mut out = alloc::vec::Vec::with_capacity(data.len());
    for &b in data {
        if b.is_ascii() && SPECIAL.contains(b as char) {
            out.push(b'\\');
        }
        out.push(b);
    }
    crate::obj::bytes::new(vm, &out)
}

fn purge(_vm: &mut Vm) -> PyResult<Value> {
    Ok(Value::NONE)
}

static COMPILE: BuiltinFn = BuiltinFn::kw(q::compile, compile);
static MATCH: BuiltinFn = BuiltinFn::kw(q::match_, match_);
static SEARCH: BuiltinFn = BuiltinFn::kw(q::search, search);
static FULLMATCH: BuiltinFn = BuiltinFn::kw(q::fullmatch, fullmatch);
static SUB: BuiltinFn = BuiltinFn::kw(q::sub, sub);
static SUBN: BuiltinFn = BuiltinFn::kw(q::subn, subn);
static SPLIT: BuiltinFn = BuiltinFn::kw(q::split, split);
static FINDALL: BuiltinFn = BuiltinFn::kw(q::findall, findall);
static FINDITER: BuiltinFn = BuiltinFn::kw(q::finditer, finditer);
static ESCAPE: BuiltinFn = BuiltinFn::f1(q::escape, escape);
static PURGE: BuiltinFn = BuiltinFn::f0(q::purge, purge);

const fn int(n: u32) -> Value {
    Value::small_int(n as isize)
}

pub static TABLE: [(Qstr, Value); 28] = [
    (q::__name__, Value::qstr(q::re)),
    (q::compile, Value::from_static(&COMPILE)),
    (q::match_, Value::from_static(&MATCH)),
    (q::search, Value::from_static(&SEARCH)),
    (q::fullmatch, Value::from_static(&FULLMATCH)),
    (q::sub, Value::from_static(&SUB)),
    (q::subn, Value::from_static(&SUBN)),
    (q::split, Value::from_static(&SPLIT)),
    (q::findall, Value::from_static(&FINDALL)),
    (q::finditer, Value::from_static(&FINDITER)),
    (q::escape, Value::from_static(&ESCAPE)),
    (q::purge, Value::from_static(&PURGE)),
    (q::error, Value::from_static(&ERROR_TYPE)),
    (q::Pattern, Value::from_static(&PATTERN_TYPE)),
    (q::Match, Value::from_static(&matchobj::MATCH_TYPE)),
    (q::NOFLAG, int(0)),
    (q::I, int(parse::IGNORECASE)),
    (q::IGNORECASE, int(parse::IGNORECASE)),
    (q::M, int(parse::MULTILINE)),
    (q::MULTILINE, int(parse::MULTILINE)),
    (q::S, int(parse::DOTALL)),
    (q::DOTALL, int(parse::DOTALL)),
    (q::X, int(parse::VERBOSE)),
    (q::VERBOSE, int(parse::VERBOSE)),
    (q::A, int(parse::ASCII)),
    (q::ASCII, int(parse::ASCII)),
    (q::U, int(parse::UNICODE)),
    (q::UNICODE, int(parse::UNICODE)),
];
