//! Builtins that run code: `exec`, `eval`, `compile`, `__import__`, `__build_class__`.

use crate::compile::Mode;
use crate::obj::{cell, closure, dict, str as pystr, tuple, type_, Type};
use crate::qstr::q;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The namespaces `exec`/`eval` run in: the given dicts, or the caller's.
fn namespaces(vm: &mut Vm, args: &[Value]) -> PyResult<(Value, Value)> {
    let g = args.get(1).copied().filter(|v| !v.is_none());
    let l = args.get(2).copied().filter(|v| !v.is_none());
    let globals = match g {
        Some(g) if dict::is_dict(g) => g,
        Some(_) => return Err(vm.type_error("globals must be a dict")),
        None => vm.current_globals(),
    };
    let locals = match (g, l) {
        (_, Some(l)) => l,
        (Some(_), None) => globals,
        (None, None) => vm.current_locals(),
    };
    Ok((globals, locals))
}

/// The source text of `exec`/`eval`'s first argument (a str, bytes, or code object).
fn source_of(vm: &mut Vm, x: Value) -> PyResult<(alloc::string::String, Option<Mode>)> {
    if let Some((src, mode)) = super::code_obj::source(vm, x) {
        return Ok((src, Some(mode)));
    }
    if let Some(s) = vm.text_of(x) {
        return Ok((alloc::string::String::from(s), None));
    }
    if let Some(b) = vm.bytes_of(x) {
        return Ok((alloc::string::String::from_utf8_lossy(b).into_owned(), None));
    }
    Err(vm.type_error("exec() arg 1 must be a string, bytes or code object"))
}

fn run_in(vm: &mut Vm, src: &str, mode: Mode, globals: Value, locals: Value) -> PyResult<Value> {
    let cm = vm.compile_source(src, "<string>", mode)?;
    let rc = vm.load_compiled(&cm, globals)?;
    let f = crate::obj::function::new(vm, rc, Value::NULL, Value::NULL)?;
    vm.call_with_locals(f, locals)
}

pub fn exec(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let (globals, locals) = namespaces(vm, args)?;
    let (src, mode) = source_of(vm, args[0])?;
    run_in(vm, &src, mode.unwrap_or(Mode::Module), globals, locals)?;
    Ok(Value::NONE)
}

pub fn eval(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let (globals, locals) = namespaces(vm, args)?;
    let (src, mode) = source_of(vm, args[0])?;
    run_in(vm, src.trim_start_matches([' ', '\t']), mode.unwrap_or(Mode::Eval), globals, locals)
}

pub fn compile(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let (src, _) = source_of(vm, args[0])?;
    let mode = match vm.text_of(args[2]) {
        Some("exec") => Mode::Module,
        Some("eval") => Mode::Eval,
        Some("single") => Mode::Single,
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    let filename = vm.text_of(args[1]).unwrap_or("<string>");
    // Compile now so syntax errors are reported by compile() itself.
    vm.compile_source(&src, filename, mode)?;
    let s = pystr::new(vm, &src)?;
    super::code_obj::new(vm, s, mode)
}

pub fn import(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let mut all = args.to_vec();
    for pair in kw.chunks(2) {
        let idx = match vm.qstr_of(pair[0]) {
            Some(q::globals) => 1,
            Some(q::locals) => 2,
            Some(q::fromlist) => 3,
            Some(q::level) => 4,
            _ => return Err(vm.type_error("__import__() got an unexpected keyword argument")),
        };
        while all.len() <= idx {
            all.push(Value::NONE);
        }
        all[idx] = pair[1];
    }
    if all.is_empty() {
        return Err(vm.type_error("__import__() missing required argument 'name'"));
    }
    vm.builtin_import(&all)
}

/// `__build_class__(body, name, *bases, metaclass=None, **kw)`.
pub fn build_class(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let (body, name) = (args[0], args[1]);
    let bases_list = &args[2..];
    let mut metaclass = Value::NULL;
    for pair in kw.chunks(2) {
        if vm.qstr_of(pair[0]) == Some(q::metaclass) {
            metaclass = pair[1];
        }
    }
    let locals = dict::new(vm)?;
    let cell_v = if body.is_exact(&closure::CLOSURE_TYPE) {
        let c = closure::get(body);
        let (f, cells) = (c.fun, closure::cells(body).to_vec());
        vm.call_with_locals_cells(f, &cells, locals)?
    } else {
        vm.call_with_locals(body, locals)?
    };
    let bases = tuple::new(vm, bases_list)?;
    if metaclass.is_null() {
        metaclass = match bases_list.first() {
            Some(&b) => Value::from_ptr(vm.type_of(b) as *const Type),
            None => Value::from_static(&type_::TYPE_TYPE),
        };
    }
    let cls = if metaclass == Value::from_static(&type_::TYPE_TYPE) {
        let nq = vm.to_qstr(name)?;
        type_::new_class(vm, nq, bases, locals)?
    } else {
        vm.call(metaclass, &[name, bases, locals])?
    };
    if cell_v.is_exact(&cell::CELL_TYPE) {
        cell::set(cell_v, cls);
    }
    Ok(cls)
}
