//! Built-in modules: each a constant table (and, for `sys`, some state in the VM), made into
//! a module object the first time it is imported.

pub mod array;
pub mod binascii;
pub mod builtins;
pub mod cmath;
pub mod collections;
pub mod errno;
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

use crate::obj::module;
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The module object for built-in module `name`, or `None` if there is no such module.
pub fn make_builtin(vm: &mut Vm, name: Qstr) -> PyResult<Option<Value>> {
    let m = match name {
        q::builtins => {
            // Its globals are the VM's overrides of builtins (`builtins.abs = ...`).
            if vm.builtins_dict.is_null() {
                vm.builtins_dict = crate::obj::dict::new(vm)?;
            }
            let globals = vm.builtins_dict;
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

/// `import uX` for an extensible built-in module `X`: the module `X` itself.
fn u_alias(vm: &mut Vm, name: Qstr) -> PyResult<Option<Value>> {
    let Some(base) = vm.qstr_str(name).strip_prefix('u').filter(|b| EXTENSIBLE.contains(b)) else {
        return Ok(None);
    };
    let base = vm.intern(base);
    if let Some(m) = crate::obj::dict::get_qstr(vm, vm.sys.modules, base) {
        return Ok(Some(m));
    }
    let Some(m) = make_builtin(vm, base)? else { return Ok(None) };
    crate::obj::dict::set_qstr(vm, vm.sys.modules, base, m)?;
    Ok(Some(m))
}
