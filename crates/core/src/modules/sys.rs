//! The `sys` module. `argv`, `path` and `modules` are the VM's own objects, so changes made
//! through `sys` are seen by the importer.
//!
//! `sys.implementation.name` is `"micropython"`: code written for MicroPython checks it to
//! decide whether MicroPython-only features (`micropython`, `machine`, `.mpy`) exist, and
//! ferropy provides them. `sys.implementation._ferropy` tells the two apart.

use crate::obj::builtin_fn::BuiltinFn;
use crate::obj::{attrtuple, dict, exception, iobase, module, stream, tuple};
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// `sys.implementation._mpy`: `.mpy` version 6, sub-version 3, no native architecture (the
/// value MicroPython builds without native code support report).
pub const MPY_SYS_VALUE: isize = 6 | (3 << 8);

fn exit(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let code = args.first().copied();
    Err(match code {
        None => vm.raise_type(&exception::SYSTEM_EXIT_TYPE),
        Some(c) => vm.raise_args(&exception::SYSTEM_EXIT_TYPE, &[c]),
    })
}

/// `sys.print_exception(exc, file=sys.stdout)`: the traceback as an uncaught exception prints
/// it (any other object prints as `str()` and a newline). A `file` that is not a stream is
/// MicroPython's `OSError`.
fn print_exception(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let e = args[0];
    if let Some(&f) = args.get(1) {
        if !f.is_none() && !iobase::is_writable_stream(vm, f)? {
            return Err(vm.raise_msg(&exception::OS_ERROR_TYPE, "stream operation not supported"));
        }
    }
    let text = if exception::is_exception(vm, e) {
        vm.format_exception(e)
    } else {
        let mut s = vm.str_string(e)?;
        s.push('\n');
        s
    };
    match args.get(1) {
        Some(&f) if f != vm.sys.stdout && !f.is_none() => iobase::write_text(vm, f, &text)?,
        _ => vm.write_stdout(&text),
    }
    Ok(Value::NONE)
}

/// `(type, value, None)` of the exception being handled, or three Nones.
fn exc_info(vm: &mut Vm) -> PyResult<Value> {
    let e = vm.handled_exception();
    if e.is_null() {
        return tuple::new(vm, &[Value::NONE, Value::NONE, Value::NONE]);
    }
    let t = Value::from_ptr(vm.type_of(e) as *const crate::obj::Type);
    tuple::new(vm, &[t, e, Value::NONE])
}

/// `sys.atexit(func)`: `func` runs when the program ends; returns the previous one.
fn atexit(vm: &mut Vm, f: Value) -> PyResult<Value> {
    let old = core::mem::replace(&mut vm.sys.atexit, f);
    Ok(if old.is_null() { Value::NONE } else { old })
}

fn intern(vm: &mut Vm, s: Value) -> PyResult<Value> {
    let q = vm.to_qstr(s)?;
    Ok(Value::qstr(q))
}

static EXIT: BuiltinFn = BuiltinFn::var(q::exit, 0, 1, exit);
static PRINT_EXCEPTION: BuiltinFn = BuiltinFn::var(q::print_exception, 1, 2, print_exception);
static EXC_INFO: BuiltinFn = BuiltinFn::f0(q::exc_info, exc_info);
static INTERN: BuiltinFn = BuiltinFn::f1(q::intern, intern);
static ATEXIT: BuiltinFn = BuiltinFn::f1(q::atexit, atexit);

static TABLE: [(Qstr, Value); 10] = [
    (q::atexit, Value::from_static(&ATEXIT)),
    (q::__name__, Value::qstr(q::sys)),
    (q::exit, Value::from_static(&EXIT)),
    (q::print_exception, Value::from_static(&PRINT_EXCEPTION)),
    (q::exc_info, Value::from_static(&EXC_INFO)),
    (q::intern, Value::from_static(&INTERN)),
    (q::platform, Value::qstr(q::linux)),
    (q::byteorder, Value::qstr(q::little)),
    (q::ps1, Value::qstr(q::_ps1)),
    (q::ps2, Value::qstr(q::_ps2)),
];

/// Creates the `sys` module object.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let m = module::new(vm, q::sys, &TABLE)?;
    let g = module::get(m).globals;
    dict::set_qstr(vm, g, q::argv, vm.sys.argv)?;
    dict::set_qstr(vm, g, q::path, vm.sys.path)?;
    dict::set_qstr(vm, g, q::modules, vm.sys.modules)?;
    // The largest `ssize_t`, as MicroPython's and CPython's 64-bit builds have it (beyond the
    // small-int range, so a big int).
    let maxsize = crate::obj::int::from_i64(vm, isize::MAX as i64)?;
    dict::set_qstr(vm, g, q::maxsize, maxsize)?;
    if vm.sys.stdout.is_null() {
        vm.sys.stdout = stream::new_console(vm, stream::STDOUT)?;
        vm.sys.stderr = stream::new_console(vm, stream::STDERR)?;
        vm.sys.stdin = stream::new_console(vm, stream::STDIN)?;
    }
    dict::set_qstr(vm, g, q::stdout, vm.sys.stdout)?;
    dict::set_qstr(vm, g, q::stderr, vm.sys.stderr)?;
    dict::set_qstr(vm, g, q::stdin, vm.sys.stdin)?;
    let version = crate::obj::str::new(vm, concat!("3.4.0; ferropy ", env!("CARGO_PKG_VERSION")))?;
    dict::set_qstr(vm, g, q::version, version)?;
    let vi = tuple::new(vm, &[Value::small_int(3), Value::small_int(4), Value::small_int(0)])?;
    dict::set_qstr(vm, g, q::version_info, vi)?;
    let impl_version = tuple::new(
        vm,
        &[Value::small_int(1), Value::small_int(29), Value::small_int(0), Value::qstr(q::_empty)],
    )?;
    let machine = crate::obj::str::new(vm, "ferropy")?;
    let ferropy_version = crate::obj::str::new(vm, env!("CARGO_PKG_VERSION"))?;
    let imp = attrtuple::new(
        vm,
        &[q::name, q::version, q::_machine, q::_mpy, q::_build, q::_ferropy],
        &[
            Value::qstr(q::micropython),
            impl_version,
            machine,
            Value::small_int(MPY_SYS_VALUE),
            Value::qstr(q::standard),
            ferropy_version,
        ],
    )?;
    dict::set_qstr(vm, g, q::implementation, imp)?;
    let exe = if vm.sys.executable.is_null() { crate::obj::str::EMPTY } else { vm.sys.executable };
    dict::set_qstr(vm, g, q::executable, exe)?;
    Ok(m)
}
