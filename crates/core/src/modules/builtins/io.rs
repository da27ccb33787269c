//! `print` and `input`.

use alloc::string::String;

use crate::obj::{iobase, PrintKind};
use crate::qstr::q;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn print(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let mut sep = Value::NONE;
    let mut end = Value::NONE;
    let mut file = Value::NONE;
    for pair in kw.chunks(2) {
        match vm.qstr_of(pair[0]) {
            Some(q::sep) => sep = pair[1],
            Some(q::end) => end = pair[1],
            Some(q::file) => file = pair[1],
            Some(q::flush) => {}
            _ => return Err(vm.type_error("print() got an unexpected keyword argument")),
        }
    }
    let text_arg = |vm: &mut Vm, v: Value, default: &'static str, what: &str| -> PyResult<String> {
        if v.is_none() {
            return Ok(String::from(default));
        }
        match vm.text_of(v) {
            Some(s) => Ok(String::from(s)),
            None => {
                let t = vm.type_name(v);
                Err(vm.type_error(&alloc::format!("{what} must be None or a string, not {t}")))
            }
        }
    };
    let sep = text_arg(vm, sep, " ", "sep")?;
    let end = text_arg(vm, end, "\n", "end")?;
    let console = file.is_none() || file == vm.sys.stdout || file == vm.sys.stderr;
    if console || crate::obj::stream::native(vm, file).is_some() {
        let mut out = String::new();
        for (i, &a) in args.iter().enumerate() {
            if i > 0 {
                out.push_str(&sep);
            }
            vm.print_value(a, &mut out, PrintKind::Str)?;
        }
        out.push_str(&end);
        if file.is_none() || file == vm.sys.stdout {
            vm.write_stdout(&out);
        } else if file == vm.sys.stderr {
            vm.write_stderr(&out);
        } else {
            iobase::write_text(vm, file, &out)?;
        }
        return Ok(Value::NONE);
    }
    // A stream written in Python gets one write per piece, as in CPython and MicroPython.
    for (i, &a) in args.iter().enumerate() {
        if i > 0 {
            iobase::write_text(vm, file, &sep)?;
        }
        let mut piece = String::new();
        vm.print_value(a, &mut piece, PrintKind::Str)?;
        iobase::write_text(vm, file, &piece)?;
    }
    iobase::write_text(vm, file, &end)?;
    Ok(Value::NONE)
}

/// `__repl_print__(x)`: what the REPL (and `compile(..., "single")` code) does with the
/// value of an expression statement: prints its repr unless it is None and keeps it in `_`.
pub fn repl_print(vm: &mut Vm, x: Value) -> PyResult<Value> {
    if x.is_none() {
        return Ok(Value::NONE);
    }
    let mut out = String::new();
    vm.print_value(x, &mut out, PrintKind::Repr)?;
    out.push('\n');
    vm.write_stdout(&out);
    let overrides = vm.builtins_overrides()?;
    crate::obj::dict::set_qstr(vm, overrides, q::_underscore, x)?;
    Ok(Value::NONE)
}

pub fn input(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    if let Some(&prompt) = args.first() {
        let s = vm.str_string(prompt)?;
        vm.write_stdout(&s);
    }
    match crate::obj::stream::read_console_line(vm)? {
        None => Err(vm.raise_type(&crate::obj::exception::EOF_ERROR_TYPE)),
        Some(mut line) => {
            if line.last() == Some(&b'\n') {
                line.pop();
                if line.last() == Some(&b'\r') {
                    line.pop();
                }
            }
            let s = String::from_utf8_lossy(&line);
            crate::obj::str::new(vm, &s)
        }
    }
}
