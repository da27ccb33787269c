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
    /// Attributes set on the function (`f.cache = {}`), created on first use; NULL if none.
    pub dict: Value,
}

pub static FUNCTION_TYPE: Type = Type {
    call: Some(call_function),
    print: Some(print_function),
    attr: Some(function_attr),
    store_attr: Some(function_store_attr),
    trace: Some(trace_function),
    ..Type::builtin(q::function)
};

fn trace_function(v: Value, m: &mut Marker) {
    let f = get(v);
    m.mark(f.code);
    m.mark(f.defaults);
    m.mark(f.kwdefaults);
    m.mark(f.dict);
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

/// The function's attribute dict, made on first use.
fn attr_dict(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if get(v).dict.is_null() {
        let d = super::dict::new(vm)?;
        // SAFETY: `v` is a function; the field is only written here.
        unsafe { (*v.as_ptr::<FunBc>()).dict = d };
    }
    Ok(get(v).dict)
}

fn function_store_attr(vm: &mut Vm, v: Value, attr: Qstr, value: Value) -> PyResult<bool> {
    if attr == q::__globals__ {
        return Err(vm.attribute_error("readonly attribute"));
    }
    let d = attr_dict(vm, v)?;
    if value.is_null() {
        return Ok(super::dict::del_item(vm, d, Value::qstr(attr))?.is_some());
    }
    super::dict::set_qstr(vm, d, attr, value)?;
    Ok(true)
}

fn function_attr(vm: &mut Vm, v: Value, attr: Qstr) -> PyResult<Option<Value>> {
    let rc = code::raw_code(get(v).code);
    if !get(v).dict.is_null() {
        if let Some(x) = super::dict::get_qstr(vm, get(v).dict, attr) {
            return Ok(Some(x));
        }
    }
    Ok(match attr {
        q::__dict__ => Some(attr_dict(vm, v)?),
        q::__name__ => Some(Value::qstr(rc.name)),
        q::__globals__ => Some(code::context(rc.context).globals),
        q::__module__ => {
            let g = code::context(rc.context).globals;
            super::dict::get_qstr(vm, g, q::__name__)
        }
        _ => None,
    })
}
