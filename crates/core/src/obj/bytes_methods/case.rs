//! ASCII case of bytes: `lower`, `upper`, `swapcase`, `title`, `capitalize`, and the
//! predicates `isalnum` ... `isupper`. Bytes outside ASCII letters are left alone.

use alloc::vec::Vec;

use super::{make, view};
use crate::obj::builtin_fn::BuiltinFn;
use crate::obj::str_methods::algo::is_ascii_space;
use crate::qstr::q;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn map_bytes(vm: &mut Vm, v: Value, f: fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    let out = f(view(vm, v)?);
    make(vm, v, &out)
}

fn title(d: &[u8]) -> Vec<u8> {
    let mut prev_cased = false;
    d.iter()
        .map(|&b| {
            let r = if prev_cased { b.to_ascii_lowercase() } else { b.to_ascii_uppercase() };
            prev_cased = b.is_ascii_alphabetic();
            r
        })
        .collect()
}

fn capitalize(d: &[u8]) -> Vec<u8> {
    d.iter()
        .enumerate()
        .map(|(i, b)| if i == 0 { b.to_ascii_uppercase() } else { b.to_ascii_lowercase() })
        .collect()
}

fn swapcase(d: &[u8]) -> Vec<u8> {
    d.iter()
        .map(|&b| if b.is_ascii_uppercase() { b.to_ascii_lowercase() } else { b.to_ascii_uppercase() })
        .collect()
}

fn m_lower(vm: &mut Vm, v: Value) -> PyResult<Value> {
    map_bytes(vm, v, <[u8]>::to_ascii_lowercase)
}
fn m_upper(vm: &mut Vm, v: Value) -> PyResult<Value> {
    map_bytes(vm, v, <[u8]>::to_ascii_uppercase)
}
fn m_swapcase(vm: &mut Vm, v: Value) -> PyResult<Value> {
    map_bytes(vm, v, swapcase)
}
fn m_title(vm: &mut Vm, v: Value) -> PyResult<Value> {
    map_bytes(vm, v, title)
}
fn m_capitalize(vm: &mut Vm, v: Value) -> PyResult<Value> {
    map_bytes(vm, v, capitalize)
}

fn all_bytes(vm: &mut Vm, v: Value, pred: fn(&u8) -> bool) -> PyResult<Value> {
    let d = view(vm, v)?;
    Ok(Value::from_bool(!d.is_empty() && d.iter().all(pred)))
}

fn m_isalnum(vm: &mut Vm, v: Value) -> PyResult<Value> {
    all_bytes(vm, v, u8::is_ascii_alphanumeric)
}
fn m_isalpha(vm: &mut Vm, v: Value) -> PyResult<Value> {
    all_bytes(vm, v, u8::is_ascii_alphabetic)
}
fn m_isdigit(vm: &mut Vm, v: Value) -> PyResult<Value> {
    all_bytes(vm, v, u8::is_ascii_digit)
}
fn m_isspace(vm: &mut Vm, v: Value) -> PyResult<Value> {
    all_bytes(vm, v, |&b| is_ascii_space(b))
}

fn m_isascii(vm: &mut Vm, v: Value) -> PyResult<Value> {
    Ok(Value::from_bool(view(vm, v)?.is_ascii()))
}

fn m_islower(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let d = view(vm, v)?;
    Ok(Value::from_bool(d.iter().any(u8::is_ascii_lowercase) && !d.iter().any(u8::is_ascii_uppercase)))
}

fn m_isupper(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let d = view(vm, v)?;
    Ok(Value::from_bool(d.iter().any(u8::is_ascii_uppercase) && !d.iter().any(u8::is_ascii_lowercase)))
}

fn m_istitle(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let d = view(vm, v)?;
    Ok(Value::from_bool(crate::obj::str_methods::is_title_chars(d.iter().map(|&b| {
        if b.is_ascii() {
            b as char
        } else {
            '\0'
        }
    }))))
}

pub(super) static LOWER: BuiltinFn = BuiltinFn::f1(q::lower, m_lower);
pub(super) static UPPER: BuiltinFn = BuiltinFn::f1(q::upper, m_upper);
pub(super) static SWAPCASE: BuiltinFn = BuiltinFn::f1(q::swapcase, m_swapcase);
pub(super) static TITLE: BuiltinFn = BuiltinFn::f1(q::title, m_title);
pub(super) static CAPITALIZE: BuiltinFn = BuiltinFn::f1(q::capitalize, m_capitalize);
pub(super) static ISALNUM: BuiltinFn = BuiltinFn::f1(q::isalnum, m_isalnum);
pub(super) static ISALPHA: BuiltinFn = BuiltinFn::f1(q::isalpha, m_isalpha);
pub(super) static ISASCII: BuiltinFn = BuiltinFn::f1(q::isascii, m_isascii);
pub(super) static ISDIGIT: BuiltinFn = BuiltinFn::f1(q::isdigit, m_isdigit);
pub(super) static ISLOWER: BuiltinFn = BuiltinFn::f1(q::islower, m_islower);
pub(super) static ISSPACE: BuiltinFn = BuiltinFn::f1(q::isspace, m_isspace);
pub(super) static ISTITLE: BuiltinFn = BuiltinFn::f1(q::istitle, m_istitle);
pub(super) static ISUPPER: BuiltinFn = BuiltinFn::f1(q::isupper, m_isupper);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mappings() {
        assert_eq!(title(b"hello wORLD 3rd"), b"Hello World 3Rd");
        assert_eq!(capitalize(b"hELLO"), b"Hello");
        assert_eq!(swapcase(b"aB\xe9"), b"Ab\xe9");
    }
}
