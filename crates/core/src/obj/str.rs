//! `str` and `bytes`: immutable byte strings with their data inline after a 16-byte header
//! (length and cached hash). A `str` holds UTF-8; interned strings (qstrs) are `str` values too,
//! held in the value word, so every string operation accepts both forms.
//!
//! Indexing a `str` is by code point: constant time when the string is ASCII (known from a flag
//! in the header), a scan otherwise, as in MicroPython.

use alloc::string::String;
use alloc::vec::Vec;
use core::mem::size_of;

use super::str_methods::unicode::is_printable;
use super::str_methods::{bind, codec};
use super::{iter, seq, slice, ObjHeader, PrintKind, Subscr, Type, UnaryOp};
use crate::bytecode::opcodes::BinaryOp;
use crate::obj::flags;
use crate::qstr::{self, q};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

#[repr(C)]
pub struct StrObj {
    pub header: ObjHeader,
    /// Byte length in the low 30 bits; `ASCII_KNOWN` and `ASCII` flags above.
    pub len_flags: u32,
    /// Cached hash; 0 = not computed yet.
    pub hash: u32,
}

const LEN_MASK: u32 = (1 << 30) - 1;
const ASCII_KNOWN: u32 = 1 << 31;
const ASCII: u32 = 1 << 30;
/// Longest string or bytes object, in bytes.
pub const MAX_LEN: usize = LEN_MASK as usize;

pub static STR_TYPE: Type = Type {
    flags: flags::BASETYPE,
    locals: super::Locals::Static(&super::str_methods::STR_LOCALS),
    make_new: Some(str_make_new),
    print: Some(str_print),
    unary: Some(str_unary),
    binary: Some(str_binary),
    subscr: Some(str_subscr),
    iter: Some(iter::str_iter),
    contains: Some(str_contains),
    ..Type::builtin(q::str)
};

/// The empty string.
pub const EMPTY: Value = Value::qstr(q::_empty);

/// Allocates a string object of type `ty` with `bytes` as contents.
pub fn new_of_type(vm: &mut Vm, ty: &'static Type, bytes: &[u8]) -> PyResult<Value> {
    if bytes.len() > MAX_LEN {
        return Err(vm.memory_error(bytes.len()));
    }
    let p = vm.alloc_obj::<StrObj>(ty, bytes.len())?;
    // SAFETY: fresh allocation with room for the bytes after the header.
    unsafe {
        (*p).len_flags = bytes.len() as u32;
        core::ptr::copy_nonoverlapping(bytes.as_ptr(), (p as *mut u8).add(size_of::<StrObj>()), bytes.len());
    }
    Ok(Value::from_ptr(p))
}

/// A string object of one ASCII character, in read-only memory: its length, ASCII flags and
/// hash are filled in at compile time, so nothing ever writes to it.
#[repr(C)]
struct OneChar {
    obj: StrObj,
    byte: u8,
}

/// Every one-character ASCII string, so indexing and iterating over a `str` (the inner loop of
/// any tokenizer) allocate nothing, as MicroPython, which interns them.
static ONE_CHAR: [OneChar; 128] = {
    const BLANK: OneChar =
        OneChar { obj: StrObj { header: ObjHeader { ty: &STR_TYPE }, len_flags: 0, hash: 0 }, byte: 0 };
    let mut table = [BLANK; 128];
    let mut c = 0;
    while c < 128 {
        table[c].byte = c as u8;
        table[c].obj.len_flags = 1 | ASCII_KNOWN | ASCII;
        let h = qstr::hash_bytes(&[c as u8]);
        table[c].obj.hash = if h == 0 { 1 } else { h };
        c += 1;
    }
    table
};

/// A new `str`. One-character ASCII strings come from `ONE_CHAR`, and short strings that are
/// already interned come back as qstrs: neither allocates.
pub fn new(vm: &mut Vm, s: &str) -> PyResult<Value> {
    if let [b] = *s.as_bytes() {
        if b < 128 {
            return Ok(Value::from_ptr(&ONE_CHAR[b as usize].obj as *const StrObj));
        }
    }
    if s.len() <= 12 {
        if let Some(qs) = vm.qstrs.find(s) {
            return Ok(Value::qstr(qs));
        }
    }
    new_of_type(vm, &STR_TYPE, s.as_bytes())
}

/// `first + second`, made in place: short results may be interned strings (as `new`), longer
/// ones are copied straight into the new object. The operands' objects must stay rooted (they
/// are read after the allocation, which never moves objects).
pub fn concat(vm: &mut Vm, first: &str, second: &str) -> PyResult<Value> {
    let len = first.len() + second.len();
    if len <= 12 {
        let mut buf = [0u8; 12];
        buf[..first.len()].copy_from_slice(first.as_bytes());
        buf[first.len()..len].copy_from_slice(second.as_bytes());
        // SAFETY: two UTF-8 strings joined are UTF-8.
        return new(vm, unsafe { core::str::from_utf8_unchecked(&buf[..len]) });
    }
    if len > MAX_LEN {
        return Err(vm.memory_error(len));
    }
    let p = vm.alloc_obj::<StrObj>(&STR_TYPE, len)?;
    // SAFETY: a fresh allocation with room for `len` bytes after the header; the operands are
    // separate, live objects (or interned strings), not this one.
    unsafe {
        (*p).len_flags = len as u32;
        let data = (p as *mut u8).add(size_of::<StrObj>());
        core::ptr::copy_nonoverlapping(first.as_ptr(), data, first.len());
        core::ptr::copy_nonoverlapping(second.as_ptr(), data.add(first.len()), second.len());
    }
    Ok(Value::from_ptr(p))
}

/// A `str` from a `String` built by the caller.
pub fn from_string(vm: &mut Vm, s: String) -> PyResult<Value> {
    new(vm, &s)
}

/// The bytes of a heap string or bytes object.
#[inline]
pub fn obj_bytes<'a>(v: Value) -> &'a [u8] {
    // SAFETY: `v` points to a live StrObj (str or bytes); its bytes follow the header and are
    // never modified after creation.
    unsafe {
        let p = v.as_ptr::<StrObj>();
        core::slice::from_raw_parts(
            (p as *const u8).add(size_of::<StrObj>()),
            ((*p).len_flags & LEN_MASK) as usize,
        )
    }
}

/// Whether `v` is a `str` (qstr, heap str, or the native part of a str subclass instance is
/// not included: use `Vm::text_of` for that).
#[inline]
pub fn is_str(v: Value) -> bool {
    v.is_qstr() || v.is_exact(&STR_TYPE)
}

/// The text of a `str` value (qstr or heap); `None` for anything else.
#[inline]
pub fn as_str<'a>(vm: &Vm, v: Value) -> Option<&'a str> {
    if v.is_qstr() {
        Some(vm.qstr_str(v.as_qstr()))
    } else if v.is_exact(&STR_TYPE) {
        // SAFETY: str objects are only created from valid UTF-8.
        Some(unsafe { core::str::from_utf8_unchecked(obj_bytes(v)) })
    } else {
        None
    }
}

/// Whether the string has only ASCII characters (cached in the header for heap strings).
pub fn is_ascii(v: Value, s: &str) -> bool {
    if !v.is_exact(&STR_TYPE) {
        return s.is_ascii();
    }
    // SAFETY: `v` is a heap str; updating the cache flag does not change its contents.
    unsafe {
        let p = v.as_ptr::<StrObj>();
        if (*p).len_flags & ASCII_KNOWN == 0 {
            (*p).len_flags |= ASCII_KNOWN | if s.is_ascii() { ASCII } else { 0 };
        }
        (*p).len_flags & ASCII != 0
    }
}

/// The hash of a string's bytes, cached in heap strings.
pub fn hash(vm: &Vm, v: Value) -> u32 {
    if v.is_qstr() {
        return vm.qstrs.hash(v.as_qstr());
    }
    // SAFETY: `v` is a heap str/bytes; caching the hash does not change its contents.
    unsafe {
        let p = v.as_ptr::<StrObj>();
        if (*p).hash == 0 {
            (*p).hash = qstr::hash_bytes(obj_bytes(v)).max(1);
        }
        (*p).hash
    }
}

/// Writes `s` as Python's `repr` of a str does: quotes chosen as CPython does, backslash
/// escapes for the quote, `\\`, `\t`, `\n`, `\r`, and for every other character that is not
/// printable (`\xNN`, `\uNNNN` or `\UNNNNNNNN`).
pub fn repr_into(s: &str, out: &mut String) {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    out.reserve(s.len() + 2);
    out.push(quote);
    let mut start = 0;
    for (i, c) in s.char_indices() {
        let plain =
            c != quote && c != '\\' && if c.is_ascii() { (' '..='~').contains(&c) } else { is_printable(c) };
        if plain {
            continue;
        }
        out.push_str(&s[start..i]);
        start = i + c.len_utf8();
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c => push_escape(c, out),
        }
    }
    out.push_str(&s[start..]);
    out.push(quote);
}

/// Appends `\xNN`, `\uNNNN` or `\UNNNNNNNN` for `c`.
fn push_escape(c: char, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let n = c as u32;
    let (tag, digits) = match n {
        0..=0xFF => ('x', 2),
        0x100..=0xFFFF => ('u', 4),
        _ => ('U', 8),
    };
    out.push('\\');
    out.push(tag);
    for k in (0..digits).rev() {
        out.push(HEX[(n >> (4 * k) & 15) as usize] as char);
    }
}

/// Appends `s` with every non-ASCII character escaped as `ascii()` does to a repr.
pub fn ascii_escape_into(s: &str, out: &mut String) {
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            push_escape(c, out);
        }
    }
}

fn str_print(vm: &mut Vm, v: Value, out: &mut String, kind: PrintKind) -> PyResult<()> {
    let s = vm.text_of(v).unwrap_or_default();
    match kind {
        PrintKind::Str => out.push_str(s),
        PrintKind::Repr => repr_into(s, out),
    }
    Ok(())
}

fn str_make_new(vm: &mut Vm, ty: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let mut all = Vec::with_capacity(args.len() + 1);
    all.push(Value::NONE);
    all.extend_from_slice(args);
    let [x, enc, errors] = bind(vm, "str", &all, kw, [q::object, q::encoding, q::errors], 0)?;
    let r = if x.is_null() {
        EMPTY
    } else if enc.is_null() && errors.is_null() {
        vm.str(x)?
    } else {
        let Some(data) = vm.bytes_of(x) else {
            let t = vm.type_name(x);
            return Err(
                vm.type_error(&alloc::format!("decoding to str: need a bytes-like object, {t} found"))
            );
        };
        let e = codec::encoding_arg(vm, enc)?;
        let errors = codec::errors_arg(vm, errors)?;
        let s = codec::decode(vm, data, e, errors)?;
        from_string(vm, s)?
    };
    vm.wrap_native_subclass(ty, &STR_TYPE, r)
}

fn str_unary(vm: &mut Vm, op: UnaryOp, v: Value) -> PyResult<Option<Value>> {
    let s = vm.text_of(v).unwrap_or_default();
    Ok(match op {
        UnaryOp::Bool => Some(Value::from_bool(!s.is_empty())),
        UnaryOp::Len => {
            let n = if is_ascii(v, s) { s.len() } else { s.chars().count() };
            Some(Value::small_int(n as isize))
        }
        UnaryOp::Hash => Some(Value::small_int(hash(vm, v) as isize)),
        _ => None,
    })
}

fn str_binary(
    vm: &mut Vm,
    op: BinaryOp,
    this: Value,
    other: Value,
    swapped: bool,
) -> PyResult<Option<Value>> {
    let a = vm.text_of(this).unwrap_or_default();
    match op {
        BinaryOp::Add | BinaryOp::InplaceAdd => {
            let Some(b) = vm.text_of(other) else { return Ok(None) };
            let (first, second) = if swapped { (b, a) } else { (a, b) };
            concat(vm, first, second).map(Some)
        }
        BinaryOp::Multiply | BinaryOp::InplaceMultiply => {
            let Some(n) = seq::repeat_count(vm, other, a.len())? else { return Ok(None) };
            from_string(vm, a.repeat(n)).map(Some)
        }
        BinaryOp::Modulo | BinaryOp::InplaceModulo if !swapped => {
            super::str_format::percent(vm, a, other).map(Some)
        }
        BinaryOp::Equal | BinaryOp::NotEqual => {
            if this == other {
                return Ok(Some(Value::from_bool(op == BinaryOp::Equal)));
            }
            let Some(b) = vm.text_of(other) else { return Ok(None) };
            Ok(Some(Value::from_bool((*a == *b) == (op == BinaryOp::Equal))))
        }
        BinaryOp::Less | BinaryOp::LessEqual | BinaryOp::More | BinaryOp::MoreEqual => {
            let Some(b) = vm.text_of(other) else { return Ok(None) };
            let ord = if swapped { b.as_bytes().cmp(a.as_bytes()) } else { a.as_bytes().cmp(b.as_bytes()) };
            Ok(Some(Value::from_bool(crate::vm::compare::ordering_matches(op, ord))))
        }
        _ => Ok(None),
    }
}

/// The byte offset of code point `index` in `s` (`s.len()` for one past the end).
pub fn char_offset(s: &str, ascii: bool, index: usize) -> usize {
    if ascii {
        return index.min(s.len());
    }
    s.char_indices().nth(index).map_or(s.len(), |(i, _)| i)
}

fn str_subscr(vm: &mut Vm, v: Value, index: Value, op: Subscr) -> PyResult<Value> {
    if op != Subscr::Load {
        return Err(vm.type_error("'str' object doesn't support item assignment"));
    }
    let s = vm.text_of(v).unwrap_or_default();
    let ascii = is_ascii(v, s);
    let n = if ascii { s.len() } else { s.chars().count() };
    if slice::is_slice(index) {
        let r = seq::slice_range(vm, index, n)?;
        if r.step == 1 {
            let start = char_offset(s, ascii, r.start.max(0) as usize);
            let end = char_offset(s, ascii, r.start.max(0) as usize + r.count);
            return new(vm, &s[start..end]);
        }
        let chars: Vec<char> = s.chars().collect();
        let picked: String = r.indices().map(|i| chars[i]).collect();
        return from_string(vm, picked);
    }
    let i = seq::index(vm, index, n, "string")?;
    let start = char_offset(s, ascii, i);
    let len = s[start..].chars().next().map_or(0, char::len_utf8);
    new(vm, &s[start..start + len])
}

fn str_contains(vm: &mut Vm, v: Value, item: Value) -> PyResult<bool> {
    let s = vm.text_of(v).unwrap_or_default();
    match vm.text_of(item) {
        Some(sub) => Ok(s.contains(sub)),
        None => Err(vm.type_error("'in <string>' requires string as left operand")),
    }
}
