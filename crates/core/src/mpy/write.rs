//! Writing a [`CompiledModule`] as `.mpy` v6 bytes, laid out exactly as mpy-cross does:
//! bytecode-only header, static qstrs by number, constants in their text forms, raw codes
//! depth first.

use alloc::string::String;
use alloc::vec::Vec;

use super::float_text::write_float_repr;
use super::*;
use crate::bytecode::code::{CodeKind, CompiledModule, ConstObj, RawCode};
use crate::bytecode::varint::write_uint;
use crate::qstr;

/// The `.mpy` bytes of `module`, whose small-int constants were chosen for targets with
/// `small_int_bits`-bit small ints (header byte 3; mpy-cross uses 31). Only bytecode can be
/// written: a native raw code (which carries data this form does not keep) is an error.
pub fn write_mpy(module: &CompiledModule, small_int_bits: u8) -> Result<Vec<u8>, MpyError> {
    let mut out = Vec::new();
    out.extend_from_slice(&[b'M', MPY_VERSION, 0, small_int_bits]);
    write_uint(&mut out, module.qstrs.len());
    write_uint(&mut out, module.consts.len());
    for q in &module.qstrs {
        match qstr::static_id(q) {
            Some(id) => write_uint(&mut out, (id << 1) | 1),
            None => {
                write_uint(&mut out, q.len() << 1);
                out.extend_from_slice(q.as_bytes());
                out.push(0);
            }
        }
    }
    for c in &module.consts {
        write_obj(&mut out, c);
    }
    write_raw_code(&mut out, &module.root)?;
    Ok(out)
}

fn write_obj(out: &mut Vec<u8>, c: &ConstObj) {
    match c {
        ConstObj::None => out.push(OBJ_NONE),
        ConstObj::False => out.push(OBJ_FALSE),
        ConstObj::True => out.push(OBJ_TRUE),
        ConstObj::Ellipsis => out.push(OBJ_ELLIPSIS),
        ConstObj::Str(s) => write_data(out, OBJ_STR, s.as_bytes(), true),
        ConstObj::Bytes(b) => write_data(out, OBJ_BYTES, b, true),
        ConstObj::Int(text) => write_data(out, OBJ_INT, text.as_bytes(), false),
        ConstObj::Float(f) => {
            let mut text = String::new();
            write_float_repr(&mut text, *f, true);
            write_data(out, OBJ_FLOAT, text.as_bytes(), false);
        }
        ConstObj::Imag(f) => {
            let mut text = String::new();
            write_float_repr(&mut text, *f, false);
            text.push('j');
            write_data(out, OBJ_COMPLEX, text.as_bytes(), false);
        }
        ConstObj::Tuple(items) => {
            out.push(OBJ_TUPLE);
            write_uint(out, items.len());
            for item in items {
                write_obj(out, item);
            }
        }
    }
}

fn write_data(out: &mut Vec<u8>, tag: u8, data: &[u8], nul: bool) {
    out.push(tag);
    write_uint(out, data.len());
    out.extend_from_slice(data);
    if nul {
        out.push(0);
    }
}

fn write_raw_code(out: &mut Vec<u8>, code: &RawCode) -> Result<(), MpyError> {
    if code.kind != CodeKind::Bytecode {
        return Err(MpyError::new("only bytecode can be written to a .mpy file"));
    }
    let has_children = !code.children.is_empty() as usize;
    write_uint(out, (code.fun_data.len() << 3) | (has_children << 2));
    out.extend_from_slice(&code.fun_data);
    if has_children != 0 {
        write_uint(out, code.children.len());
        for child in &code.children {
            write_raw_code(out, child)?;
        }
    }
    Ok(())
}
