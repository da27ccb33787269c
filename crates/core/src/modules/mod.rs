//! Built-in modules: each a constant table (and, for `sys`, some state in the VM), made into
//! a module object the first time it is imported.

pub mod builtins;
pub mod collections;
pub mod errno;
pub mod gc;
pub mod hashlib;
pub mod io;
pub mod json;
pub mod micropython;
pub mod os;
pub mod re;
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
        q::micropython => module::new(vm, name, &micropython::TABLE)?,
        q::time => module::new(vm, name, &time::TABLE)?,
        _ => match vm.extra_modules.iter().find(|(n, _)| *n == name) {
            Some(&(_, make)) => make(vm)?,
            None => return Ok(None),
        },
    };
    Ok(Some(m))
}
