//! The `platform` module: what ferropy was built for, in the shapes MicroPython returns
//! (`platform()` is `<system>-<version>-<arch>--with-<libc>`, as `Linux-1.29.0-x86_64--with-glibc`).
//! The facts come from the compilation target, so they hold on any port.

use alloc::string::String;

use crate::obj::builtin_fn::BuiltinFn;
use crate::obj::{str as pystr, tuple};
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The MicroPython version ferropy is compatible with (as `sys.implementation.version`).
const VERSION: &str = "1.29.0";

fn system() -> &'static str {
    if cfg!(target_os = "linux") {
        "Linux"
    } else if cfg!(target_os = "macos") {
        "Darwin"
    } else if cfg!(target_os = "windows") {
        "Windows"
    } else if cfg!(target_os = "freebsd") {
        "FreeBSD"
    } else {
        ""
    }
}

fn arch() -> &'static str {
    const ARCHES: [(bool, &str); 8] = [
        (cfg!(target_arch = "x86_64"), "x86_64"),
        (cfg!(target_arch = "x86"), "x86"),
        (cfg!(target_arch = "aarch64"), "aarch64"),
        (cfg!(target_arch = "arm"), "arm"),
        (cfg!(target_arch = "riscv32"), "riscv32"),
        (cfg!(target_arch = "riscv64"), "riscv64"),
        (cfg!(target_arch = "xtensa"), "xtensa"),
        (cfg!(target_arch = "wasm32"), "wasm32"),
    ];
    ARCHES.iter().find(|(on, _)| *on).map_or("", |(_, name)| name)
}

fn libc() -> &'static str {
    if cfg!(target_env = "gnu") {
        "glibc"
    } else if cfg!(target_env = "musl") {
        "musl"
    } else if cfg!(target_env = "newlib") {
        "newlib"
    } else {
        ""
    }
}

/// The text of `platform()`.
fn platform_text() -> String {
    alloc::format!("{}-{VERSION}-{}--with-{}", system(), arch(), libc())
}

fn platform(vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    pystr::new(vm, &platform_text())
}

fn python_compiler(vm: &mut Vm) -> PyResult<Value> {
    pystr::new(vm, "rustc")
}

fn libc_ver(vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let lib = pystr::new(vm, libc())?;
    tuple::new(vm, &[lib, pystr::EMPTY])
}

static PLATFORM: BuiltinFn = BuiltinFn::kw(q::platform, platform);
static PYTHON_COMPILER: BuiltinFn = BuiltinFn::f0(q::python_compiler, python_compiler);
static LIBC_VER: BuiltinFn = BuiltinFn::kw(q::libc_ver, libc_ver);

pub static TABLE: [(Qstr, Value); 4] = [
    (q::__name__, Value::qstr(q::platform)),
    (q::platform, Value::from_static(&PLATFORM)),
    (q::python_compiler, Value::from_static(&PYTHON_COMPILER)),
    (q::libc_ver, Value::from_static(&LIBC_VER)),
];

#[cfg(test)]
mod tests {
    #[cfg(all(target_os = "linux", target_arch = "x86_64", target_env = "gnu"))]
    #[test]
    fn linux_x86_64_platform_text() {
        assert_eq!(super::platform_text(), "Linux-1.29.0-x86_64--with-glibc");
    }
}
