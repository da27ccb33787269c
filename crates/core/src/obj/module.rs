//! Modules: a name, a globals dict and, for built-in modules, a constant table in read-only
//! data. Attribute lookup reads the dict first, so a program may add to or override a built-in
//! module's attributes without copying its table.

use alloc::string::String;

use super::{dict, ObjHeader, PrintKind, Type};
use crate::gc::Marker;
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

#[repr(C)]
pub struct ModuleObj {
    pub header: ObjHeader,
    pub name: Qstr,
    /// The module's namespace (a dict).
    pub globals: Value,
    /// Constant attributes of a built-in module (empty for modules from Python code).
    pub table: &'static [(Qstr, Value)],
}

pub static MODULE_TYPE: Type = Type {
    print: Some(module_print),
    attr: Some(module_attr),
    store_attr: Some(module_store_attr),
    trace: Some(trace_module),
    ..Type::builtin(q::module)
};

fn trace_module(v: Value, m: &mut Marker) {
    m.mark(get(v).globals);
}

#[inline]
pub fn get<'a>(v: Value) -> &'a ModuleObj {
    // SAFETY: callers pass a module object.
    unsafe { &*v.as_ptr::<ModuleObj>() }
}

#[inline]
pub fn is_module(v: Value) -> bool {
    v.is_exact(&MODULE_TYPE)
}

/// A new module with its own globals dict (holding `__name__`).
pub fn new(vm: &mut Vm, name: Qstr, table: &'static [(Qstr, Value)]) -> PyResult<Value> {
    let globals = dict::new(vm)?;
    dict::set_qstr(vm, globals, q::__name__, Value::qstr(name))?;
    new_with_globals(vm, name, globals, table)
}

pub fn new_with_globals(
    vm: &mut Vm,
    name: Qstr,
    globals: Value,
    table: &'static [(Qstr, Value)],
) -> PyResult<Value> {
    let p = vm.alloc_obj::<ModuleObj>(&MODULE_TYPE, 0)?;
    // SAFETY: fresh allocation; every field is written.
    unsafe {
        (*p).name = name;
        (*p).globals = globals;
        (*p).table = table;
    }
    Ok(Value::from_ptr(p))
}

/// Looks up a module attribute: globals first, then the constant table.
pub fn lookup(vm: &Vm, m: Value, name: Qstr) -> Option<Value> {
    let md = get(m);
    if let Some(v) = dict::get_qstr(vm, md.globals, name) {
        return Some(v);
    }
    md.table.iter().find(|(k, _)| *k == name).map(|&(_, v)| v)
}

fn module_attr(vm: &mut Vm, v: Value, attr: Qstr) -> PyResult<Option<Value>> {
    if attr == q::__dict__ {
        return Ok(Some(get(v).globals));
    }
    if let Some(x) = lookup(vm, v, attr) {
        return Ok(Some(x));
    }
    if attr == q::__name__ {
        return Ok(Some(Value::qstr(get(v).name)));
    }
    // A module-level `__getattr__(name)` supplies missing attributes (PEP 562).
    match dict::get_qstr(vm, get(v).globals, q::__getattr__) {
        Some(f) if attr != q::__getattr__ => vm.call(f, &[Value::qstr(attr)]).map(Some),
        _ => Ok(None),
    }
}

/// Built-in modules are read-only, as in MicroPython (they live in ROM there), except
/// `builtins` (overriding builtins) and `sys.path`, `sys.ps1`, `sys.ps2`, `sys.tracebacklimit`.
fn is_writable(vm: &Vm, m: &ModuleObj, attr: Qstr) -> bool {
    m.table.is_empty()
        || m.name == q::builtins
        || m.name == q::sys && matches!(vm.qstr_str(attr), "path" | "ps1" | "ps2" | "tracebacklimit")
}

fn module_store_attr(vm: &mut Vm, v: Value, attr: Qstr, value: Value) -> PyResult<bool> {
    if !is_writable(vm, get(v), attr) {
        return Ok(false);
    }
    let mut value = value;
    if get(v).name == q::sys && attr == q::path {
        // The importer reads the VM's list; a tuple (`sys.path = ()` to force built-ins, as
        // MicroPython allows) becomes a list with the same entries.
        if value.is_exact(&super::tuple::TUPLE_TYPE) {
            let items = super::tuple::items(value).to_vec();
            value = super::list::new(vm, &items)?;
        }
        if !super::list::is_list(value) {
            return Err(vm.type_error("sys.path must be a list"));
        }
        vm.sys.path = value;
    }
    let g = get(v).globals;
    if value.is_null() {
        return Ok(dict::del_item(vm, g, Value::qstr(attr))?.is_some());
    }
    dict::set_qstr(vm, g, attr, value)?;
    Ok(true)
}

/// `<module 'name'>`, with ` from 'file'` for a module loaded from a file.
fn module_print(vm: &mut Vm, v: Value, out: &mut String, _kind: PrintKind) -> PyResult<()> {
    out.push_str("<module '");
    out.push_str(vm.qstr_str(get(v).name));
    out.push('\'');
    // Modules loaded from a file say which, as in MicroPython.
    let g = get(v).globals;
    if !g.is_null() {
        if let Some(file) = dict::get_qstr(vm, g, q::__file__).and_then(|f| vm.text_of(f)) {
            out.push_str(" from ");
            super::str::repr_into(file, out);
        }
    }
    out.push('>');
    Ok(())
}
