//! Reading a `.mpy` v6 file: [`parse_mpy`] checks it and splits it into a [`MpyView`] that
//! borrows the bytecode from the file bytes (so a file in ROM or a memory map runs in place);
//! [`read_mpy`] makes an owned [`CompiledModule`] of it.
//!
//! Every index, length and jump in the file is checked here, so the VM can execute the result
//! without further bounds checks; any inconsistency is an [`MpyError`], never a panic. Header
//! problems use MicroPython's own messages; structural damage says what was wrong.

use alloc::string::String;
use alloc::vec::Vec;

use super::validate::validate_bytecode;
use super::*;
use crate::bytecode::code::{CodeKind, CompiledModule, ConstObj, RawCode};
use crate::bytecode::varint;
use crate::qstr;

/// Deepest nesting of raw codes or constant tuples accepted (bounds the reader's recursion).
const MAX_NESTING: usize = 200;

/// A checked `.mpy` file whose bytecode stays in the file bytes it was parsed from.
#[derive(Debug, Clone, PartialEq)]
pub struct MpyView<'a> {
    /// The module's qstr table (entry 0 is the source file name).
    pub qstrs: Vec<&'a str>,
    /// The constant-object table.
    pub consts: Vec<ConstObj>,
    /// The module body.
    pub root: RawCodeView<'a>,
}

/// One function of a [`MpyView`]: its `fun_data` inside the file bytes, and its children.
#[derive(Debug, Clone, PartialEq)]
pub struct RawCodeView<'a> {
    pub fun_data: &'a [u8],
    pub children: Vec<RawCodeView<'a>>,
}

impl MpyView<'_> {
    /// An owned copy of the module.
    pub fn to_compiled(&self) -> CompiledModule {
        CompiledModule {
            qstrs: self.qstrs.iter().map(|&s| String::from(s)).collect(),
            consts: self.consts.clone(),
            root: self.root.to_raw_code(),
        }
    }
}

impl RawCodeView<'_> {
    fn to_raw_code(&self) -> RawCode {
        RawCode {
            kind: CodeKind::Bytecode,
            fun_data: Vec::from(self.fun_data),
            children: self.children.iter().map(RawCodeView::to_raw_code).collect(),
        }
    }
}

/// Reads a whole `.mpy` file for a VM whose small ints have `vm_small_int_bits` bits, copying
/// it into an owned [`CompiledModule`].
pub fn read_mpy(data: &[u8], vm_small_int_bits: u8) -> Result<CompiledModule, MpyError> {
    parse_mpy(data, vm_small_int_bits).map(|view| view.to_compiled())
}

/// Checks a whole `.mpy` file for a VM whose small ints have `vm_small_int_bits` bits and
/// splits it into its tables and functions without copying the bytecode. Bytes after the
/// module's raw code are ignored, as MicroPython does.
pub fn parse_mpy(data: &[u8], vm_small_int_bits: u8) -> Result<MpyView<'_>, MpyError> {
    let mut r = Reader { data, pos: 0 };
    read_header(&mut r, vm_small_int_bits)?;
    let n_qstr = r.uint()?;
    let n_obj = r.uint()?;
    let mut qstrs = Vec::with_capacity(n_qstr.min(r.remaining()));
    for _ in 0..n_qstr {
        qstrs.push(read_qstr(&mut r)?);
    }
    let mut consts = Vec::with_capacity(n_obj.min(r.remaining()));
    for _ in 0..n_obj {
        consts.push(read_obj(&mut r, 0)?);
    }
    let root = read_raw_code(&mut r, n_qstr, n_obj, 0)?;
    Ok(MpyView { qstrs, consts, root })
}

fn read_header(r: &mut Reader, vm_small_int_bits: u8) -> Result<(), MpyError> {
    let header = r.bytes(4).map_err(|_| MpyError::new(INCOMPATIBLE))?;
    let (magic, version, features, small_int_bits) = (header[0], header[1], header[2], header[3]);
    if magic != b'M' || version != MPY_VERSION {
        return Err(MpyError::new(INCOMPATIBLE));
    }
    let arch = (features >> 2) & 0x2F;
    let sub_version = features & 3;
    if arch != 0 && sub_version != 3 {
        return Err(MpyError::new(INCOMPATIBLE));
    }
    if small_int_bits > vm_small_int_bits {
        return Err(MpyError::new(INCOMPATIBLE));
    }
    if arch != 0 {
        return Err(MpyError::new(NATIVE_UNSUPPORTED));
    }
    if features & 0x40 != 0 {
        return Err(MpyError::new(INCOMPATIBLE));
    }
    Ok(())
}

fn read_qstr<'a>(r: &mut Reader<'a>) -> Result<&'a str, MpyError> {
    let v = r.uint()?;
    if v & 1 != 0 {
        return qstr::static_str(v >> 1).ok_or_else(|| invalid("static qstr id out of range"));
    }
    let text = r.bytes(v >> 1)?;
    r.nul()?;
    core::str::from_utf8(text).map_err(|_| invalid("qstr is not UTF-8"))
}

fn read_obj(r: &mut Reader, depth: usize) -> Result<ConstObj, MpyError> {
    if depth > MAX_NESTING {
        return Err(invalid("constant tuples nested too deeply"));
    }
    let tag = r.byte()?;
    Ok(match tag {
        OBJ_NONE => ConstObj::None,
        OBJ_FALSE => ConstObj::False,
        OBJ_TRUE => ConstObj::True,
        OBJ_ELLIPSIS => ConstObj::Ellipsis,
        OBJ_STR => {
            let n = r.uint()?;
            let text = r.bytes(n)?;
            r.nul()?;
            ConstObj::Str(
                String::from_utf8(Vec::from(text)).map_err(|_| invalid("str constant is not UTF-8"))?,
            )
        }
        OBJ_BYTES => {
            let n = r.uint()?;
            let bytes = Vec::from(r.bytes(n)?);
            r.nul()?;
            ConstObj::Bytes(bytes)
        }
        OBJ_INT => {
            let text = r.text()?;
            let digits = text.strip_prefix('-').unwrap_or(text);
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(invalid("malformed int constant"));
            }
            ConstObj::Int(String::from(text))
        }
        OBJ_FLOAT => {
            ConstObj::Float(parse_float(r.text()?).ok_or_else(|| invalid("malformed float constant"))?)
        }
        OBJ_COMPLEX => {
            let text = r.text()?;
            let imag = text.strip_suffix(['j', 'J']).and_then(parse_float);
            ConstObj::Imag(imag.ok_or_else(|| invalid("malformed complex constant"))?)
        }
        OBJ_TUPLE => {
            let n = r.uint()?;
            let mut items = Vec::with_capacity(n.min(r.remaining()));
            for _ in 0..n {
                items.push(read_obj(r, depth + 1)?);
            }
            ConstObj::Tuple(items)
        }
        OBJ_FUN_TABLE => return Err(MpyError::new(INCOMPATIBLE)),
        _ => return Err(invalid("unknown constant type")),
    })
}

/// Parses float text as MicroPython's float parser accepts it (decimal, exponent, inf, nan).
fn parse_float(text: &str) -> Option<f64> {
    let t = text.trim();
    let body = t.strip_prefix(['+', '-']).unwrap_or(t);
    let special = body.eq_ignore_ascii_case("inf")
        || body.eq_ignore_ascii_case("infinity")
        || body.eq_ignore_ascii_case("nan");
    let numeric = !body.is_empty()
        && body.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-'));
    if special || numeric {
        t.parse().ok()
    } else {
        None
    }
}

fn read_raw_code<'a>(
    r: &mut Reader<'a>,
    n_qstr: usize,
    n_obj: usize,
    depth: usize,
) -> Result<RawCodeView<'a>, MpyError> {
    if depth > MAX_NESTING {
        return Err(invalid("functions nested too deeply"));
    }
    let kind_len = r.uint()?;
    if kind_len & 3 != 0 {
        // Native code of any kind: this VM runs bytecode only.
        return Err(MpyError::new(INCOMPATIBLE));
    }
    let has_children = kind_len & 4 != 0;
    let fun_data = r.bytes(kind_len >> 3)?;
    let n_children = if has_children { r.uint()? } else { 0 };
    validate_bytecode(fun_data, n_qstr, n_obj, n_children).map_err(invalid)?;
    let mut children = Vec::with_capacity(n_children.min(r.remaining()));
    for _ in 0..n_children {
        children.push(read_raw_code(r, n_qstr, n_obj, depth + 1)?);
    }
    Ok(RawCodeView { fun_data, children })
}

fn invalid(what: &str) -> MpyError {
    let mut message = String::from("invalid .mpy file: ");
    message.push_str(what);
    MpyError { message }
}

/// A cursor over the file bytes; every read reports truncation as an error.
struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn remaining(&self) -> usize {
        self.data.len() - self.pos
    }

    fn byte(&mut self) -> Result<u8, MpyError> {
        let b = *self.data.get(self.pos).ok_or_else(|| invalid("truncated"))?;
        self.pos += 1;
        Ok(b)
    }

    fn bytes(&mut self, n: usize) -> Result<&'a [u8], MpyError> {
        if n > self.remaining() {
            return Err(invalid("truncated"));
        }
        let s = &self.data[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }

    fn uint(&mut self) -> Result<usize, MpyError> {
        let mut pos = self.pos;
        match varint::read_uint(self.data, &mut pos) {
            Some(v) => {
                self.pos = pos;
                Ok(v)
            }
            None if pos >= self.data.len() => Err(invalid("truncated")),
            None => Err(invalid("integer too large")),
        }
    }

    /// The NUL byte that terminates strings, bytes and inline qstrs.
    fn nul(&mut self) -> Result<(), MpyError> {
        match self.byte()? {
            0 => Ok(()),
            _ => Err(invalid("missing NUL terminator")),
        }
    }

    /// Length-prefixed ASCII text (number constants).
    fn text(&mut self) -> Result<&'a str, MpyError> {
        let n = self.uint()?;
        core::str::from_utf8(self.bytes(n)?).map_err(|_| invalid("number text is not ASCII"))
    }
}
