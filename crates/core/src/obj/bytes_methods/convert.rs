//! Converting bytes to and from other forms: `decode`, `hex`/`fromhex`, and byte-for-byte
//! mapping with `translate`/`maketrans`.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::{arg_bytes, make, view};
use crate::obj::builtin_fn::BuiltinFn;
use crate::obj::str_methods::{bind, codec};
use crate::obj::{bytearray, bytes, type_};
use crate::qstr::q;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn m_decode(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [enc, errors] = bind(vm, "decode", args, kw, [q::encoding, q::errors], 0)?;
    let enc = codec::encoding_arg(vm, enc)?;
    let errors = codec::errors_arg(vm, errors)?;
    let d = view(vm, args[0])?;
    if enc == codec::Encoding::Utf8 {
        if let Ok(s) = core::str::from_utf8(d) {
            if !super::is_bytearray(vm, args[0]) {
                return crate::obj::str_methods::fresh_str(vm, s);
            }
        }
    }
    let s = codec::decode(vm, d, enc, errors)?;
    crate::obj::str_methods::fresh_str(vm, &s)
}

/// Hex digits of `d`, with `sep` between groups of `per_sep` bytes counted from the right
/// (from the left when `per_sep` is negative; no separator when it is 0).
pub(crate) fn hex_string(d: &[u8], sep: Option<char>, per_sep: i64) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(d.len() * 3);
    let group = per_sep.unsigned_abs() as usize;
    for (i, &b) in d.iter().enumerate() {
        if let Some(sep) = sep.filter(|_| i > 0 && group > 0) {
            let boundary = if per_sep > 0 { (d.len() - i) % group == 0 } else { i % group == 0 };
            if boundary {
                out.push(sep);
            }
        }
        out.push(DIGITS[(b >> 4) as usize] as char);
        out.push(DIGITS[(b & 15) as usize] as char);
    }
    out
}

fn m_hex(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [sep, per] = bind(vm, "hex", args, kw, [q::sep, q::bytes_per_sep], 0)?;
    let sep = if sep.is_null() {
        None
    } else {
        let c = match (vm.text_of(sep), vm.bytes_of(sep)) {
            (Some(t), _) => {
                let mut it = t.chars();
                match (it.next(), it.next()) {
                    (Some(c), None) => Some(c),
                    _ => None,
                }
            }
            (None, Some(&[b])) => Some(b as char),
            (None, Some(_)) => None,
            (None, None) => return Err(vm.type_error("sep must be str or bytes.")),
        };
        match c {
            Some(c) if c.is_ascii() => Some(c),
            Some(_) => return Err(vm.value_error("sep must be ASCII.")),
            None => return Err(vm.value_error("sep must be length 1.")),
        }
    };
    let per = if per.is_null() { 1 } else { vm.to_i64(per)? };
    let s = hex_string(view(vm, args[0])?, sep, per);
    crate::obj::str_methods::fresh_str(vm, &s)
}

/// Parses the text of `fromhex`: byte pairs, with ASCII white space allowed between them.
pub(crate) fn parse_hex(s: &str) -> Result<Vec<u8>, usize> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len() / 2);
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_whitespace() || b[i] == 0x0b {
            i += 1;
            continue;
        }
        let hi = (b[i] as char).to_digit(16).ok_or(i)?;
        let lo = b.get(i + 1).and_then(|&c| (c as char).to_digit(16)).ok_or(i + 1)?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(out)
}

/// `bytes.fromhex(s)` / `bytearray.fromhex(s)` (a classmethod: `cls` says which).
pub(super) fn m_fromhex(vm: &mut Vm, cls: Value, s: Value) -> PyResult<Value> {
    let Some(text) = vm.text_of(s) else {
        let t = vm.type_name(s);
        return Err(vm.type_error(&format!("fromhex() argument must be str, not {t}")));
    };
    let data = match parse_hex(text) {
        Ok(d) => d,
        Err(pos) => {
            return Err(
                vm.value_error(&format!("non-hexadecimal number found in fromhex() arg at position {pos}"))
            )
        }
    };
    let is_bytearray =
        type_::is_type(vm, cls) && vm.is_subclass_of_static(type_::get(cls), &bytearray::BYTEARRAY_TYPE);
    let r = if is_bytearray { bytearray::new(vm, &data)? } else { bytes::new(vm, &data)? };
    if cls == Value::from_static(&bytes::BYTES_TYPE) || cls == Value::from_static(&bytearray::BYTEARRAY_TYPE)
    {
        return Ok(r);
    }
    vm.call(cls, &[r])
}

fn m_translate(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [table, delete] = bind(vm, "translate", args, kw, [q::table, q::delete], 1)?;
    let table: Option<Vec<u8>> = if table.is_none() {
        None
    } else {
        let t = arg_bytes(vm, table)?;
        if t.len() != 256 {
            return Err(vm.value_error("translation table must be 256 characters long"));
        }
        Some(t.to_vec())
    };
    let delete = if delete.is_null() { Vec::new() } else { arg_bytes(vm, delete)?.to_vec() };
    let d = view(vm, args[0])?;
    let out: Vec<u8> = d
        .iter()
        .filter(|b| !delete.contains(b))
        .map(|&b| table.as_ref().map_or(b, |t| t[b as usize]))
        .collect();
    make(vm, args[0], &out)
}

/// `bytes.maketrans(from, to)`: a 256-byte table mapping each byte of `from` to the byte of `to`.
pub(super) fn m_maketrans(vm: &mut Vm, from: Value, to: Value) -> PyResult<Value> {
    let from = arg_bytes(vm, from)?.to_vec();
    let to = arg_bytes(vm, to)?;
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: [u8; 256] = core::array::from_fn(|i| i as u8);
    for (&a, &b) in from.iter().zip(to) {
        table[a as usize] = b;
    }
    bytes::new(vm, &table)
}

pub(super) static DECODE: BuiltinFn = BuiltinFn::kw(q::decode, m_decode);
pub(crate) static HEX: BuiltinFn = BuiltinFn::kw(q::hex, m_hex);
pub(super) static TRANSLATE: BuiltinFn = BuiltinFn::kw(q::translate, m_translate);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_groups() {
        assert_eq!(hex_string(b"\x01\x02\x03", None, 1), "010203");
        assert_eq!(hex_string(b"\x01\x02\x03", Some(':'), 1), "01:02:03");
        assert_eq!(hex_string(b"\x01\x02\x03", Some(':'), 2), "01:0203");
        assert_eq!(hex_string(b"\x01\x02\x03", Some(':'), -2), "0102:03");
        assert_eq!(hex_string(b"", Some(':'), 1), "");
    }

    #[test]
    fn hex_parse() {
        assert_eq!(parse_hex("de ad\tbeef"), Ok(alloc::vec![0xde, 0xad, 0xbe, 0xef]));
        assert_eq!(parse_hex(" 0f "), Ok(alloc::vec![0x0f]));
        assert_eq!(parse_hex("0 f"), Err(1));
        assert_eq!(parse_hex("abc"), Err(3));
        assert_eq!(parse_hex("zz"), Err(0));
    }
}
