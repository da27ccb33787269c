//! `sys.stdin`, `sys.stdout` and `sys.stderr`: streams over the port's console.

use alloc::string::String;

use super::builtin_fn::BuiltinFn;
use super::{ObjHeader, PrintKind, Type};
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(usize)]
pub enum Std {
    Stdin = 0,
    Stdout = 1,
    Stderr = 2,
}

#[repr(C)]
struct StdStream {
    header: ObjHeader,
    which: Std,
}

static STREAM_TYPE: Type = Type {
    locals: super::Locals::Static(&STREAM_LOCALS),
    print: Some(print_stream),
    ..Type::builtin(q::TextIOWrapper)
};

pub fn new_std(vm: &mut Vm, which: Std) -> PyResult<Value> {
    let p = vm.alloc_obj::<StdStream>(&STREAM_TYPE, 0)?;
    // SAFETY: fresh allocation.
    unsafe { (*p).which = which };
    Ok(Value::from_ptr(p))
}

fn which(vm: &mut Vm, v: Value) -> PyResult<Std> {
    if !v.is_exact(&STREAM_TYPE) {
        return Err(vm.type_error("expected a stream"));
    }
    // SAFETY: checked above.
    Ok(unsafe { (*v.as_ptr::<StdStream>()).which })
}

fn write(vm: &mut Vm, v: Value, s: Value) -> PyResult<Value> {
    let w = which(vm, v)?;
    let (text, n): (String, usize) = if let Some(t) = vm.text_of(s) {
        (String::from(t), t.chars().count())
    } else if let Some(b) = vm.bytes_of(s) {
        (String::from_utf8_lossy(b).into_owned(), b.len())
    } else {
        let t = vm.type_name(s);
        return Err(vm.type_error(&alloc::format!("write() argument must be str, not {t}")));
    };
    match w {
        Std::Stdout => vm.write_stdout(&text),
        Std::Stderr => vm.write_stderr(&text),
        Std::Stdin => return Err(vm.raise_args(&super::exception::OS_ERROR_TYPE, &[Value::small_int(9)])),
    }
    Ok(Value::small_int(n as isize))
}

fn flush(_vm: &mut Vm, _v: Value) -> PyResult<Value> {
    Ok(Value::NONE)
}

fn readline(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if which(vm, v)? != Std::Stdin {
        return Err(vm.raise_args(&super::exception::OS_ERROR_TYPE, &[Value::small_int(9)]));
    }
    let line = vm.port.read_line().unwrap_or_default();
    let s = String::from_utf8_lossy(&line).into_owned();
    super::str::from_string(vm, s)
}

fn read(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    if which(vm, args[0])? != Std::Stdin {
        return Err(vm.raise_args(&super::exception::OS_ERROR_TYPE, &[Value::small_int(9)]));
    }
    let mut all = alloc::vec::Vec::new();
    while let Some(line) = vm.port.read_line() {
        all.extend_from_slice(&line);
    }
    let s = String::from_utf8_lossy(&all).into_owned();
    super::str::from_string(vm, s)
}

fn print_stream(_vm: &mut Vm, v: Value, out: &mut String, _kind: PrintKind) -> PyResult<()> {
    // SAFETY: `v` is a stream.
    let w = unsafe { (*v.as_ptr::<StdStream>()).which } as usize;
    out.push_str(&alloc::format!("<io.TextIOWrapper {w}>"));
    Ok(())
}

static WRITE: BuiltinFn = BuiltinFn::f2(q::write, write);
static FLUSH: BuiltinFn = BuiltinFn::f1(q::flush, flush);
static READLINE: BuiltinFn = BuiltinFn::f1(q::readline, readline);
static READ: BuiltinFn = BuiltinFn::var(q::read, 1, 2, read);

static STREAM_LOCALS: [(Qstr, Value); 4] = [
    (q::write, Value::from_static(&WRITE)),
    (q::flush, Value::from_static(&FLUSH)),
    (q::readline, Value::from_static(&READLINE)),
    (q::read, Value::from_static(&READ)),
];
