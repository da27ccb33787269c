//! `help()`: MicroPython's short form of it, not CPython's interactive pydoc (there is no
//! documentation text in the runtime). `help(obj)` names the object's type and lists the
//! attributes of the type or module; `help('modules')` lists the built-in modules.

use alloc::string::String;
use alloc::vec::Vec;

use crate::obj::{dict, module, type_, Locals, PrintKind, Type};
use crate::qstr::Qstr;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

const INTRO: &str = "Welcome to ferropy, a MicroPython-compatible Python runtime.

help(obj) shows the type of obj and the attributes of its type or module.
help('modules') lists the built-in modules.
dir(obj) lists the names obj has.
";

/// The modules `import` finds without a file.
const BUILTIN_MODULES: [&str; 5] = ["__main__", "builtins", "gc", "micropython", "sys"];

pub fn help(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let mut out = String::new();
    match args.first() {
        None => out.push_str(INTRO),
        Some(&x) if vm.text_of(x) == Some("modules") => {
            for name in BUILTIN_MODULES {
                out.push_str(name);
                out.push('\n');
            }
            out.push_str("Plus any modules on the filesystem\n");
        }
        Some(&x) => describe(vm, x, &mut out)?,
    }
    vm.write_stdout(&out);
    Ok(Value::NONE)
}

/// `object <x> is of type <t>` and one line per attribute.
fn describe(vm: &mut Vm, x: Value, out: &mut String) -> PyResult<()> {
    out.push_str("object ");
    vm.print_value(x, out, PrintKind::Str)?;
    out.push_str(" is of type ");
    out.push_str(vm.type_name(x));
    out.push('\n');
    let mut entries: Vec<(Value, Value)> = Vec::new();
    if module::is_module(x) {
        let m = module::get(x);
        entries.extend(m.table.iter().map(|&(k, v)| (Value::qstr(k), v)));
        entries.extend(dict::pairs(m.globals));
    } else {
        let t = if type_::is_type(vm, x) { x } else { Value::from_ptr(vm.type_of(x) as *const Type) };
        match type_::get(t).locals {
            Locals::Static(table) => entries.extend(table.iter().map(|&(k, v)| (Value::qstr(k), v))),
            Locals::Dict(d) => entries.extend(dict::pairs(d)),
            Locals::None => {}
        }
    }
    for &(k, v) in &entries {
        vm.pin(k);
        vm.pin(v);
    }
    let mut seen: Vec<Qstr> = Vec::new();
    for (k, v) in entries {
        if let Some(q) = vm.qstr_of(k) {
            if seen.contains(&q) {
                continue;
            }
            seen.push(q);
        }
        out.push_str("  ");
        vm.print_value(k, out, PrintKind::Str)?;
        out.push_str(" -- ");
        vm.print_value(v, out, PrintKind::Str)?;
        out.push('\n');
    }
    Ok(())
}
