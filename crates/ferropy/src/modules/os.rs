//! The host's `os` module: the portable functions of `ferropy_core::modules::os` (files and
//! directories through the port) plus what only an operating system has: `uname`, `system`,
//! `putenv` and `unsetenv`.

use std::ffi::CStr;
use std::os::unix::process::ExitStatusExt;

use ferropy_core::obj::builtin_fn::BuiltinFn;
use ferropy_core::obj::{attrtuple, dict, module, str as pystr};
use ferropy_core::qstr::{q, Qstr};
use ferropy_core::value::Value;
use ferropy_core::vm::{PyResult, Vm};

fn text_arg(vm: &mut Vm, v: Value) -> PyResult<String> {
    match vm.text_of(v) {
        Some(t) => Ok(String::from(t)),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(&format!("can't convert '{t}' object to str implicitly")))
        }
    }
}

static UNAME_FIELDS: [Qstr; 5] = [q::sysname, q::nodename, q::release, q::version, q::machine];

/// `os.uname()`: the kernel's `(sysname, nodename, release, version, machine)`, as CPython.
fn uname(vm: &mut Vm) -> PyResult<Value> {
    // SAFETY: `utsname` is a plain C struct of byte arrays; all-zero is a valid value.
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    // SAFETY: `u` is a live, writable utsname.
    if unsafe { libc::uname(&mut u) } != 0 {
        return Err(vm.os_error(std::io::Error::last_os_error().raw_os_error().unwrap_or(5)));
    }
    let mut values = [Value::NONE; 5];
    for (slot, field) in values.iter_mut().zip([&u.sysname, &u.nodename, &u.release, &u.version, &u.machine])
    {
        // SAFETY: uname fills each field with a NUL-terminated string within the array.
        let s = unsafe { CStr::from_ptr(field.as_ptr()) }.to_string_lossy();
        *slot = pystr::new(vm, &s)?;
    }
    attrtuple::new(vm, &UNAME_FIELDS, &values)
}

/// `os.system(command)`: runs it with `sh -c`; returns the wait status.
fn system(vm: &mut Vm, cmd: Value) -> PyResult<Value> {
    let cmd = text_arg(vm, cmd)?;
    match std::process::Command::new("sh").arg("-c").arg(&cmd).status() {
        Ok(st) => Ok(Value::small_int(st.into_raw() as isize)),
        Err(e) => Err(vm.os_error(e.raw_os_error().unwrap_or(5))),
    }
}

fn putenv(vm: &mut Vm, key: Value, value: Value) -> PyResult<Value> {
    let (k, v) = (text_arg(vm, key)?, text_arg(vm, value)?);
    if k.is_empty() || k.contains(['=', '\0']) || v.contains('\0') {
        return Err(vm.value_error("illegal environment variable name"));
    }
    std::env::set_var(k, v);
    Ok(Value::NONE)
}

fn unsetenv(vm: &mut Vm, key: Value) -> PyResult<Value> {
    let k = text_arg(vm, key)?;
    if k.is_empty() || k.contains(['=', '\0']) {
        return Err(vm.value_error("illegal environment variable name"));
    }
    std::env::remove_var(k);
    Ok(Value::NONE)
}

static UNAME: BuiltinFn = BuiltinFn::f0(q::uname, uname);
static SYSTEM: BuiltinFn = BuiltinFn::f1(q::system, system);
static PUTENV: BuiltinFn = BuiltinFn::f2(q::putenv, putenv);
static UNSETENV: BuiltinFn = BuiltinFn::f1(q::unsetenv, unsetenv);

/// Builds the `os` module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let m = module::new(vm, q::os, &ferropy_core::modules::os::TABLE)?;
    let g = module::get(m).globals;
    for (name, f) in
        [(q::uname, &UNAME), (q::system, &SYSTEM), (q::putenv, &PUTENV), (q::unsetenv, &UNSETENV)]
    {
        dict::set_qstr(vm, g, name, Value::from_static(f))?;
    }
    Ok(m)
}
