//! Built-in modules: each a constant table (and, for `sys`, some state in the VM), made into
//! a module object the first time it is imported.

pub mod array;
pub mod binascii;
pub mod builtins;
pub mod cmath;
pub mod collections;
pub mod deflate;
pub mod errno;
pub mod framebuf;
pub mod frozen;
pub mod gc;
pub mod hashlib;
pub mod heapq;
pub mod io;
pub mod json;
pub mod math;
pub mod micropython;
pub mod os;
pub mod platform;
pub mod random;
pub mod re;
pub mod struct_;
pub mod sys;
pub mod time;
pub mod uctypes;
pub mod vfs;
pub mod websocket;

use crate::obj::module;
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The module object for built-in module `name`, or `None` if there is no such module.
pub fn make_builtin(vm: &mut Vm, name: Qstr) -> PyResult<Option<Value>> {
    let m = match name {
        q::builtins => {
            // Its globals are the VM's overrides of builtins (`builtins.abs = ...`).
            let globals = vm.builtins_overrides()?;
            module::new_with_globals(vm, name, globals, builtins::module_table())?
        }
        q::sys => sys::make(vm)?,
        q::gc => module::new(vm, name, &gc::TABLE)?,
        q::collections => module::new(vm, name, &collections::TABLE)?,
        q::hashlib => module::new(vm, name, &hashlib::TABLE)?,
        q::json => module::new(vm, name, &json::TABLE)?,
        q::re => module::new(vm, name, &re::TABLE)?,
        q::errno => errno::make(vm)?,
        q::io => module::new(vm, name, &io::TABLE)?,
        q::array => module::new(vm, name, &array::TABLE)?,
        q::struct_ => module::new(vm, name, &struct_::TABLE)?,
        q::math => math::make(vm)?,
        q::cmath => cmath::make(vm)?,
        q::binascii => module::new(vm, name, &binascii::TABLE)?,
        q::heapq => module::new(vm, name, &heapq::TABLE)?,
        q::random => random::make(vm)?,
        q::platform => module::new(vm, name, &platform::TABLE)?,
        q::micropython => module::new(vm, name, &micropython::TABLE)?,
        q::time => module::new(vm, name, &time::TABLE)?,
        q::vfs => module::new(vm, name, &vfs::TABLE)?,
        q::framebuf => module::new(vm, name, &framebuf::TABLE)?,
        q::uctypes => module::new(vm, name, &uctypes::TABLE)?,
        q::deflate => module::new(vm, name, &deflate::TABLE)?,
        q::websocket => module::new(vm, name, &websocket::TABLE)?,
        _ => match vm.extra_modules.iter().find(|(n, _)| *n == name) {
            Some(&(_, make)) => make(vm)?,
            None => return u_alias(vm, name),
        },
    };
    Ok(Some(m))
}

/// Modules that, as in MicroPython, may also be imported with a `u` prefix (`ustruct`).
const EXTENSIBLE: [&str; 17] = [
    "array",
    "binascii",
    "collections",
    "errno",
    "hashlib",
    "heapq",
    "io",
    "json",
    "machine",
    "os",
    "platform",
    "random",
    "re",
    "select",
    "socket",
    "struct",
    "time",
];

/// Whether `name` is an extensible built-in module: a file of that name along `sys.path` is
/// imported instead of it (and can import the built-in as `u<name>`).
pub fn is_extensible(name: &str) -> bool {
    EXTENSIBLE.contains(&name)
}

/// `import uX` for an extensible built-in module `X` (or `usys`): the built-in `X` itself,
/// never a file module of that name.
fn u_alias(vm: &mut Vm, name: Qstr) -> PyResult<Option<Value>> {
    let Some(base) = vm.qstr_str(name).strip_prefix('u').filter(|b| is_extensible(b) || *b == "sys") else {
        return Ok(None);
    };
    let base = vm.intern(base);
    if base == q::sys {
        return match crate::obj::dict::get_qstr(vm, vm.sys.modules, base) {
            Some(m) => Ok(Some(m)),
            None => make_builtin(vm, base),
        };
    }
    extensible_builtin(vm, base)
}

/// The extensible built-in module `name` (made once, then kept apart from `sys.modules`).
pub fn extensible_builtin(vm: &mut Vm, name: Qstr) -> PyResult<Option<Value>> {
    if let Some(m) = crate::obj::dict::get_qstr(vm, vm.sys.builtin_modules, name) {
        return Ok(Some(m));
    }
    let Some(m) = make_builtin(vm, name)? else { return Ok(None) };
    crate::obj::dict::set_qstr(vm, vm.sys.builtin_modules, name, m)?;
    Ok(Some(m))
}
