//! The `binascii` module: hex (`hexlify`, `unhexlify`), base64 (`a2b_base64`, `b2a_base64`)
//! and `crc32`, with MicroPython's errors (ValueError "non-hex digit", "incorrect padding").

use alloc::vec::Vec;

use crate::obj::builtin_fn::BuiltinFn;
use crate::obj::bytes;
use crate::obj::bytes_methods::hex_string;
use crate::obj::int;
use crate::obj::typecode::truncated_bits;
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

const BASE64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// `hexlify(data[, sep])`: `sep` (a str or bytes) goes between the bytes.
fn hexlify(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let sep = match args.get(1) {
        None => None,
        Some(&s) => {
            let b = vm.buffer_arg(s, false)?.data();
            b.first().map(|&c| c as char)
        }
    };
    let d = vm.buffer_arg(args[0], false)?.data();
    let s = hex_string(d, sep.filter(char::is_ascii), 1);
    bytes::new(vm, s.as_bytes())
}

/// Hex digit pairs to bytes, with white space allowed between pairs.
fn decode_hex(src: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(src.len() / 2);
    let mut it = src.iter().copied();
    while let Some(c) = it.next() {
        if c.is_ascii_whitespace() {
            continue;
        }
        let hi = (c as char).to_digit(16)?;
        let lo = (it.next()? as char).to_digit(16)?;
        out.push((hi * 16 + lo) as u8);
    }
    Some(out)
}

fn unhexlify(vm: &mut Vm, data: Value) -> PyResult<Value> {
    let src = vm.buffer_arg(data, false)?.data();
    match decode_hex(src) {
        Some(d) => bytes::new(vm, &d),
        None => Err(vm.value_error("non-hex digit")),
    }
}

fn sextet(c: u8) -> Option<u32> {
    Some(match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        b'/' => 63,
        _ => return None,
    } as u32)
}

/// Decodes base64, skipping characters outside the alphabet; `None` for bad padding.
fn decode_base64(src: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(src.len() / 4 * 3 + 2);
    let (mut acc, mut bits, mut pad_seen) = (0u32, 0u32, false);
    for &c in src {
        if c == b'=' {
            // After three characters one pad ends the data; after two, a second one does.
            if bits == 2 || (bits == 4 && pad_seen) {
                bits = 0;
                break;
            }
            pad_seen = true;
            continue;
        }
        let Some(s) = sextet(c) else { continue };
        pad_seen = false;
        acc = (acc << 6 | s) & 0xffff;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    (bits == 0).then_some(out)
}

fn a2b_base64(vm: &mut Vm, data: Value) -> PyResult<Value> {
    let src = vm.buffer_arg(data, false)?.data();
    match decode_base64(src) {
        Some(d) => bytes::new(vm, &d),
        None => Err(vm.value_error("incorrect padding")),
    }
}

fn encode_base64(src: &[u8], newline: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(src.len().div_ceil(3) * 4 + 1);
    for chunk in src.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, &b)| n | (b as u32) << (16 - 8 * i));
        for i in 0..4 {
            out.push(if i <= chunk.len() { BASE64[(n >> (18 - 6 * i) & 63) as usize] } else { b'=' });
        }
    }
    if newline {
        out.push(b'\n');
    }
    out
}

/// `b2a_base64(data, *, newline=True)`.
fn b2a_base64(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let &[data] = args else {
        return Err(vm.type_error("function takes 1 positional argument"));
    };
    let mut newline = true;
    for pair in kw.chunks(2) {
        match vm.qstr_of(pair[0]) {
            Some(q::newline) => newline = vm.is_true(pair[1])?,
            _ => return Err(vm.type_error("unexpected keyword argument")),
        }
    }
    let out = encode_base64(vm.buffer_arg(data, false)?.data(), newline);
    bytes::new(vm, &out)
}

/// The CRC-32 (IEEE 802.3) lookup table.
const CRC_TABLE: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 { 0xEDB8_8320 ^ (c >> 1) } else { c >> 1 };
            k += 1;
        }
        table[i] = c;
        i += 1;
    }
    table
};

pub(crate) fn crc32_update(crc: u32, data: &[u8]) -> u32 {
    !data.iter().fold(!crc, |c, &b| CRC_TABLE[((c ^ b as u32) & 0xff) as usize] ^ (c >> 8))
}

fn crc32(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let start = match args.get(1) {
        Some(&c) => truncated_bits(vm, c)? as u32,
        None => 0,
    };
    let crc = crc32_update(start, vm.buffer_arg(args[0], false)?.data());
    int::from_u64(vm, crc as u64)
}

static HEXLIFY: BuiltinFn = BuiltinFn::var(q::hexlify, 1, 2, hexlify);
static UNHEXLIFY: BuiltinFn = BuiltinFn::f1(q::unhexlify, unhexlify);
static A2B_BASE64: BuiltinFn = BuiltinFn::f1(q::a2b_base64, a2b_base64);
static B2A_BASE64: BuiltinFn = BuiltinFn::kw(q::b2a_base64, b2a_base64);
static CRC32: BuiltinFn = BuiltinFn::var(q::crc32, 1, 2, crc32);

pub static TABLE: [(Qstr, Value); 6] = [
    (q::__name__, Value::qstr(q::binascii)),
    (q::hexlify, Value::from_static(&HEXLIFY)),
    (q::unhexlify, Value::from_static(&UNHEXLIFY)),
    (q::a2b_base64, Value::from_static(&A2B_BASE64)),
    (q::b2a_base64, Value::from_static(&B2A_BASE64)),
    (q::crc32, Value::from_static(&CRC32)),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_round_trips_and_checks_padding() {
        for (raw, enc) in [
            (&b""[..], &b""[..]),
            (b"f", b"Zg=="),
            (b"fo", b"Zm8="),
            (b"foo", b"Zm9v"),
            (b"foobar", b"Zm9vYmFy"),
        ] {
            assert_eq!(encode_base64(raw, false), enc);
            assert_eq!(decode_base64(enc).as_deref(), Some(raw));
        }
        assert_eq!(encode_base64(b"\x00\x00>", true), b"AAA+\n");
        assert_eq!(decode_base64(b"Zm9v\nYmFy").as_deref(), Some(&b"foobar"[..]));
        assert_eq!(decode_base64(b"Zg"), None);
        assert_eq!(decode_base64(b"Zg="), None);
        assert_eq!(decode_base64(b"Zm8=extra").as_deref(), Some(&b"fo"[..]));
    }

    #[test]
    fn hex_and_crc() {
        assert_eq!(decode_hex(b"7f80ff").as_deref(), Some(&[0x7f, 0x80, 0xff][..]));
        assert_eq!(decode_hex(b"0"), None);
        assert_eq!(decode_hex(b"gg"), None);
        assert_eq!(crc32_update(0, b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32_update(crc32_update(0, b"1234"), b"56789"), 0xCBF4_3926);
    }
}
