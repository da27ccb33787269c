//! Functions defined in Python: a raw code plus the default argument values captured when the
//! `def` ran. Calling one runs its bytecode in a new frame (or, for a generator function,
//! creates a generator).

use alloc::string::String;

use super::{code, ObjHeader, PrintKind, Type};
use crate::gc::Marker;
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

#[repr(C)]
pub struct FunBc {
    pub header: ObjHeader,
    /// The raw code object.
    pub code: Value,
    /// Tuple of default positional values, or NULL.
    pub defaults: Value,
    /// Dict of keyword-only defaults, or NULL.
    pub kwdefaults: Value,
}

pub static FUNCTION_TYPE: Type = Type {
    call: Some(call_function),
    print: Some(print_function),
    attr: Some(function_attr),
    trace: Some(trace_function),
    ..Type::builtin(q::function)
};

fn trace_function(v: Value, m: &mut Marker) {
    let f = get(v);
    m.mark(f.code);
    m.mark(f.defaults);
    m.mark(f.kwdefaults);
}

#[inline(always)]
pub fn get<'a>(v: Value) -> &'a FunBc {
    // SAFETY: callers have checked that `v` is a bytecode function.
    unsafe { &*v.as_ptr::<FunBc>() }
}

pub fn new(vm: &mut Vm, code: Value, defaults: Value, kwdefaults: Value) -> PyResult<Value> {
    let p = vm.alloc_obj::<FunBc>(&FUNCTION_TYPE, 0)?;
    // SAFETY: fresh allocation.
    unsafe {
        (*p).code = code;
        (*p).defaults = defaults;
        (*p).kwdefaults = kwdefaults;
    }
    Ok(Value::from_ptr(p))
}

/// The function's name.
pub fn name(v: Value) -> Qstr {
    code::raw_code(get(v).code).name
}

fn call_function(vm: &mut Vm, callee: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    vm.call_bytecode(callee, &[], args, kw)
}

fn print_function(vm: &mut Vm, v: Value, out: &mut String, _kind: PrintKind) -> PyResult<()> {
    out.push_str("<function ");
    out.push_str(vm.qstr_str(name(v)));
    out.push_str(&alloc::format!(" at 0x{:x}>", v.bits()));
    Ok(())
}

fn function_attr(vm: &mut Vm, v: Value, attr: Qstr) -> PyResult<Option<Value>> {
    let rc = code::raw_code(get(v).code);
    Ok(match attr {
        q::__name__ => Some(Value::qstr(rc.name)),
        q::__globals__ => Some(code::context(rc.context).globals),
        q::__module__ => {
            let g = code::context(rc.context).globals;
            super::dict::get_qstr(vm, g, q::__name__)
        }
        _ => None,
    })
}
