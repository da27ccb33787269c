//! Code objects made by `compile()`: the source text and how to run it, compiled again by
//! `exec`/`eval` against the namespace they are given (compiled code is bound to its
//! module's globals).

use crate::compile::Mode;
use crate::gc::Marker;
use crate::obj::{ObjHeader, Type};
use crate::qstr::q;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

#[repr(C)]
struct CodeObj {
    header: ObjHeader,
    source: Value,
    mode: usize,
}

static CODE_TYPE: Type = Type { trace: Some(trace_code), ..Type::builtin(q::code) };

fn trace_code(v: Value, m: &mut Marker) {
    // SAFETY: `v` is a code object.
    m.mark(unsafe { (*v.as_ptr::<CodeObj>()).source });
}

pub fn new(vm: &mut Vm, source: Value, mode: Mode) -> PyResult<Value> {
    let p = vm.alloc_obj::<CodeObj>(&CODE_TYPE, 0)?;
    // SAFETY: fresh allocation.
    unsafe {
        (*p).source = source;
        (*p).mode = mode as usize;
    }
    Ok(Value::from_ptr(p))
}

/// The source and mode of a code object.
pub fn source(vm: &Vm, v: Value) -> Option<(alloc::string::String, Mode)> {
    if !v.is_exact(&CODE_TYPE) {
        return None;
    }
    // SAFETY: `v` is a code object.
    let (src, mode) = unsafe { ((*v.as_ptr::<CodeObj>()).source, (*v.as_ptr::<CodeObj>()).mode) };
    let mode = match mode {
        1 => Mode::Eval,
        2 => Mode::Single,
        _ => Mode::Module,
    };
    Some((alloc::string::String::from(vm.text_of(src)?), mode))
}
