//! Mapping a `str` character by character: `translate` and its table maker `maketrans`, and
//! `encode` (through `codec`).

use alloc::format;
use alloc::string::String;

use super::codec;
use super::{bind, self_text};
use crate::obj::builtin_fn::BuiltinFn;
use crate::obj::{bytes, dict, exception};
use crate::qstr::q;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// What a translation table says about one character.
#[derive(Clone, Copy)]
enum Mapped {
    Keep,
    Delete,
    Char(char),
    /// A str value (kept alive by the table or pinned as a fresh result).
    Text(Value),
}

fn lookup(vm: &mut Vm, table: Value, c: char) -> PyResult<Mapped> {
    let key = Value::small_int(c as isize);
    let found = if let Some(d) = vm.native_of(table, &dict::DICT_TYPE) {
        dict::get_item(vm, d, key)?
    } else {
        match vm.subscr_load(table, key) {
            Ok(v) => Some(v),
            Err(_) if vm.exc_matches(&exception::LOOKUP_ERROR_TYPE) => {
                vm.take_exc();
                None
            }
            Err(e) => return Err(e),
        }
    };
    let Some(v) = found else { return Ok(Mapped::Keep) };
    if v.is_none() {
        return Ok(Mapped::Delete);
    }
    if vm.text_of(v).is_some() {
        return Ok(Mapped::Text(v));
    }
    if vm.is_int(v) {
        let n = vm.to_i64(v)?;
        return match u32::try_from(n).ok().and_then(char::from_u32) {
            Some(ch) => Ok(Mapped::Char(ch)),
            None => Err(vm.value_error("character mapping must be in range(0x110000)")),
        };
    }
    Err(vm.type_error("character mapping must return integer, None or str"))
}

fn m_translate(vm: &mut Vm, this: Value, table: Value) -> PyResult<Value> {
    let s = self_text(vm, this)?;
    // Results for ASCII characters are cached when the table is a dict (no side effects).
    let cacheable = vm.native_of(table, &dict::DICT_TYPE).is_some();
    let mut cache: [Option<Mapped>; 128] = [None; 128];
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let m = match cache.get(c as usize) {
            Some(Some(m)) => *m,
            slot => {
                let m = lookup(vm, table, c)?;
                if cacheable && slot.is_some() {
                    cache[c as usize] = Some(m);
                }
                m
            }
        };
        match m {
            Mapped::Keep => out.push(c),
            Mapped::Delete => {}
            Mapped::Char(ch) => out.push(ch),
            Mapped::Text(v) => out.push_str(vm.text_of(v).unwrap_or_default()),
        }
    }
    super::fresh_str(vm, &out)
}

/// `str.maketrans(x[, y[, z]])`: a dict from code points to code points, strings or None.
pub(super) fn m_maketrans(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let d = dict::new(vm)?;
    if let [x] = args {
        let Some(src) = vm.native_of(*x, &dict::DICT_TYPE) else {
            return Err(vm.type_error("if you give only one argument to maketrans it must be a dict"));
        };
        for (k, v) in dict::pairs(src) {
            let key = if let Some(t) = vm.text_of(k) {
                let mut it = t.chars();
                match (it.next(), it.next()) {
                    (Some(c), None) => Value::small_int(c as isize),
                    _ => return Err(vm.value_error("string keys in translate table must be of length 1")),
                }
            } else if vm.is_int(k) {
                k
            } else {
                return Err(vm.type_error("keys in translate table must be strings or integers"));
            };
            dict::set_item(vm, d, key, v)?;
        }
        return Ok(d);
    }
    let (Some(x), Some(y)) = (vm.text_of(args[0]), vm.text_of(args[1])) else {
        return Err(vm.type_error("maketrans arguments must be strings"));
    };
    if x.chars().count() != y.chars().count() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (a, b) in x.chars().zip(y.chars()) {
        dict::set_item(vm, d, Value::small_int(a as isize), Value::small_int(b as isize))?;
    }
    if let Some(&z) = args.get(2) {
        let Some(z) = vm.text_of(z) else {
            let t = vm.type_name(z);
            return Err(vm.type_error(&format!("maketrans() argument 3 must be str, not {t}")));
        };
        for c in z.chars() {
            dict::set_item(vm, d, Value::small_int(c as isize), Value::NONE)?;
        }
    }
    Ok(d)
}

fn m_encode(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [enc, errors] = bind(vm, "encode", args, kw, [q::encoding, q::errors], 0)?;
    let s = self_text(vm, args[0])?;
    let enc = codec::encoding_arg(vm, enc)?;
    let errors = codec::errors_arg(vm, errors)?;
    let data = codec::encode(vm, s, enc, errors)?;
    bytes::new(vm, &data)
}

pub(super) static TRANSLATE: BuiltinFn = BuiltinFn::f2(q::translate, m_translate);
pub(super) static ENCODE: BuiltinFn = BuiltinFn::kw(q::encode, m_encode);
