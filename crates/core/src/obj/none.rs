//! `None`, `NotImplemented`, `Ellipsis`: singletons stored as static objects.

use alloc::string::String;

use super::{ObjHeader, PrintKind, Type, UnaryOp};
use crate::qstr::q;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

#[repr(C)]
pub struct Singleton {
    pub header: ObjHeader,
}

pub static NONE_TYPE: Type =
    Type { print: Some(print_singleton), unary: Some(unary_none), ..Type::builtin(q::NoneType) };
pub static NOT_IMPLEMENTED_TYPE: Type =
    Type { print: Some(print_singleton), ..Type::builtin(q::NotImplementedType) };
pub static ELLIPSIS_TYPE: Type = Type { print: Some(print_singleton), ..Type::builtin(q::ellipsis) };
/// The "type" of the NULL marker, which never reaches Python code.
pub static NULL_TYPE: Type = Type::builtin(q::_empty);

pub static NONE: Singleton = Singleton { header: ObjHeader::of(&NONE_TYPE) };
pub static NOT_IMPLEMENTED: Singleton = Singleton { header: ObjHeader::of(&NOT_IMPLEMENTED_TYPE) };
pub static ELLIPSIS: Singleton = Singleton { header: ObjHeader::of(&ELLIPSIS_TYPE) };

impl Value {
    pub const NONE: Value = Value::from_static(&NONE);
    pub const NOT_IMPLEMENTED: Value = Value::from_static(&NOT_IMPLEMENTED);
    pub const ELLIPSIS: Value = Value::from_static(&ELLIPSIS);

    #[inline(always)]
    pub fn is_none(self) -> bool {
        self == Value::NONE
    }
}

fn print_singleton(_vm: &mut Vm, v: Value, out: &mut String, _kind: PrintKind) -> PyResult<()> {
    out.push_str(if v == Value::NONE {
        "None"
    } else if v == Value::ELLIPSIS {
        "Ellipsis"
    } else {
        "NotImplemented"
    });
    Ok(())
}

fn unary_none(_vm: &mut Vm, op: UnaryOp, _v: Value) -> PyResult<Option<Value>> {
    Ok(match op {
        UnaryOp::Bool => Some(Value::FALSE),
        _ => None,
    })
}
