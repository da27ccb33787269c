//! Functions written in Rust: static objects pairing a name with a Rust function, so a builtin
//! costs no RAM. The common fixed-arity shapes get their own variants to keep builtins short.

use alloc::format;
use alloc::string::String;

use super::{ObjHeader, PrintKind, Type};
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub type Fn0 = fn(&mut Vm) -> PyResult<Value>;
pub type Fn1 = fn(&mut Vm, Value) -> PyResult<Value>;
pub type Fn2 = fn(&mut Vm, Value, Value) -> PyResult<Value>;
pub type Fn3 = fn(&mut Vm, Value, Value, Value) -> PyResult<Value>;
/// Positional arguments only, between `min` and `max` of them.
pub type FnVar = fn(&mut Vm, &[Value]) -> PyResult<Value>;
/// Positional arguments and keyword pairs `[name, value, name, value, ...]`; checks its own
/// arguments.
pub type FnKw = fn(&mut Vm, &[Value], &[Value]) -> PyResult<Value>;

pub enum FnImpl {
    F0(Fn0),
    F1(Fn1),
    F2(Fn2),
    F3(Fn3),
    Var(FnVar),
    Kw(FnKw),
}

#[repr(C)]
pub struct BuiltinFn {
    pub header: ObjHeader,
    pub name: Qstr,
    pub min: u8,
    pub max: u8,
    pub imp: FnImpl,
}

pub static BUILTIN_FUNCTION_TYPE: Type =
    Type { call: Some(call_builtin), print: Some(print_builtin), ..Type::builtin(q::function) };

impl BuiltinFn {
    pub const fn f0(name: Qstr, f: Fn0) -> BuiltinFn {
        BuiltinFn { header: ObjHeader::of(&BUILTIN_FUNCTION_TYPE), name, min: 0, max: 0, imp: FnImpl::F0(f) }
    }
    pub const fn f1(name: Qstr, f: Fn1) -> BuiltinFn {
        BuiltinFn { header: ObjHeader::of(&BUILTIN_FUNCTION_TYPE), name, min: 1, max: 1, imp: FnImpl::F1(f) }
    }
    pub const fn f2(name: Qstr, f: Fn2) -> BuiltinFn {
        BuiltinFn { header: ObjHeader::of(&BUILTIN_FUNCTION_TYPE), name, min: 2, max: 2, imp: FnImpl::F2(f) }
    }
    pub const fn f3(name: Qstr, f: Fn3) -> BuiltinFn {
        BuiltinFn { header: ObjHeader::of(&BUILTIN_FUNCTION_TYPE), name, min: 3, max: 3, imp: FnImpl::F3(f) }
    }
    pub const fn var(name: Qstr, min: u8, max: u8, f: FnVar) -> BuiltinFn {
        BuiltinFn { header: ObjHeader::of(&BUILTIN_FUNCTION_TYPE), name, min, max, imp: FnImpl::Var(f) }
    }
    pub const fn kw(name: Qstr, f: FnKw) -> BuiltinFn {
        BuiltinFn {
            header: ObjHeader::of(&BUILTIN_FUNCTION_TYPE),
            name,
            min: 0,
            max: 255,
            imp: FnImpl::Kw(f),
        }
    }
}

#[inline]
pub fn get<'a>(v: Value) -> &'a BuiltinFn {
    // SAFETY: callers have checked that `v` is a builtin function object (always static).
    unsafe { &*v.as_ptr::<BuiltinFn>() }
}

/// Calls a builtin with positional `args` and keyword pairs `kw`.
#[inline]
pub fn call(vm: &mut Vm, f: &BuiltinFn, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if let FnImpl::Kw(func) = f.imp {
        return func(vm, args, kw);
    }
    if !kw.is_empty() {
        return Err(vm.type_error("function doesn't take keyword arguments"));
    }
    let n = args.len();
    match f.imp {
        FnImpl::F0(func) if n == 0 => func(vm),
        FnImpl::F1(func) if n == 1 => func(vm, args[0]),
        FnImpl::F2(func) if n == 2 => func(vm, args[0], args[1]),
        FnImpl::F3(func) if n == 3 => func(vm, args[0], args[1], args[2]),
        FnImpl::Var(func) if n >= f.min as usize && n <= f.max as usize => func(vm, args),
        FnImpl::Var(_) if n < f.min as usize => Err(
            vm.type_error(&format!("function missing {} required positional arguments", f.min as usize - n))
        ),
        FnImpl::Var(_) => {
            Err(vm.type_error(&format!("function expected at most {} arguments, got {n}", f.max)))
        }
        _ => Err(vm.type_error(&format!("function takes {} positional arguments but {n} were given", f.min))),
    }
}

fn call_builtin(vm: &mut Vm, callee: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    call(vm, get(callee), args, kw)
}

/// A built-in function prints as `<function>`, as in MicroPython (CPython names it).
fn print_builtin(_vm: &mut Vm, _v: Value, out: &mut String, _kind: PrintKind) -> PyResult<()> {
    out.push_str("<function>");
    Ok(())
}
