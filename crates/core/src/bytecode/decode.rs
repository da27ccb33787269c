//! Decoding one instruction at a time: the shared step under the `.mpy` validator, the
//! disassembler and the stack-depth checker.

use super::opcodes::*;
use super::varint;

/// The decoded argument of an instruction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Operand {
    None,
    /// Index into the module qstr table.
    Qstr(usize),
    /// An unsigned argument (local number, count, constant or child index, ...).
    Uint(usize),
    /// The argument of `LOAD_CONST_SMALL_INT`.
    SmallInt(i64),
    /// Absolute jump target (offset from the start of the code); may lie outside it.
    Jump(i64),
}

/// One decoded instruction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Instr {
    pub op: u8,
    pub operand: Operand,
    /// The trailing byte of `MAKE_CLOSURE*` (cell count) and `UNWIND_JUMP` (unwind count).
    pub extra: Option<u8>,
    /// Encoded length in bytes.
    pub len: usize,
}

/// Whether `op` is an opcode MicroPython v6 defines.
pub fn is_defined(op: u8) -> bool {
    matches!(op,
        0x10..=0x1C | 0x20..=0x37 | 0x40 | 0x42..=0x4B | 0x50..=0x5F | 0x62..=0x69 | 0x70..=0xD3 | 0xD7..=0xF9)
}

/// Decodes the instruction at `code[at]`. `None` if it runs past the end of `code` or its
/// argument overflows.
pub fn decode(code: &[u8], at: usize) -> Option<Instr> {
    let op = *code.get(at)?;
    let mut pos = at + 1;
    let operand = match arg_format(op) {
        ArgFormat::None => Operand::None,
        ArgFormat::Qstr => Operand::Qstr(varint::read_uint(code, &mut pos)?),
        ArgFormat::VarUint if op == LOAD_CONST_SMALL_INT => {
            Operand::SmallInt(varint::read_int(code, &mut pos)?)
        }
        ArgFormat::VarUint => Operand::Uint(varint::read_uint(code, &mut pos)?),
        ArgFormat::Offset => {
            let b1 = *code.get(pos)?;
            pos += 1;
            let (raw, bias) = if b1 & 0x80 != 0 {
                let b2 = *code.get(pos)?;
                pos += 1;
                (((b1 & 0x7F) as i64) | ((b2 as i64) << 7), 0x4000)
            } else {
                (b1 as i64, 0x40)
            };
            let offset = if is_signed_jump(op) { raw - bias } else { raw };
            Operand::Jump(pos as i64 + offset)
        }
    };
    let extra = if has_extra_byte(op) {
        let b = *code.get(pos)?;
        pos += 1;
        Some(b)
    } else {
        None
    };
    Some(Instr { op, operand, extra, len: pos - at })
}

/// The mnemonic of an opcode (`MULTI` forms by family); `"?"` for undefined bytes.
pub fn opcode_name(op: u8) -> &'static str {
    match op {
        LOAD_CONST_STRING => "LOAD_CONST_STRING",
        LOAD_NAME => "LOAD_NAME",
        LOAD_GLOBAL => "LOAD_GLOBAL",
        LOAD_ATTR => "LOAD_ATTR",
        LOAD_METHOD => "LOAD_METHOD",
        LOAD_SUPER_METHOD => "LOAD_SUPER_METHOD",
        STORE_NAME => "STORE_NAME",
        STORE_GLOBAL => "STORE_GLOBAL",
        STORE_ATTR => "STORE_ATTR",
        DELETE_NAME => "DELETE_NAME",
        DELETE_GLOBAL => "DELETE_GLOBAL",
        IMPORT_NAME => "IMPORT_NAME",
        IMPORT_FROM => "IMPORT_FROM",
        MAKE_CLOSURE => "MAKE_CLOSURE",
        MAKE_CLOSURE_DEFARGS => "MAKE_CLOSURE_DEFARGS",
        LOAD_CONST_SMALL_INT => "LOAD_CONST_SMALL_INT",
        LOAD_CONST_OBJ => "LOAD_CONST_OBJ",
        LOAD_FAST_N => "LOAD_FAST_N",
        LOAD_DEREF => "LOAD_DEREF",
        STORE_FAST_N => "STORE_FAST_N",
        STORE_DEREF => "STORE_DEREF",
        DELETE_FAST => "DELETE_FAST",
        DELETE_DEREF => "DELETE_DEREF",
        BUILD_TUPLE => "BUILD_TUPLE",
        BUILD_LIST => "BUILD_LIST",
        BUILD_MAP => "BUILD_MAP",
        BUILD_SET => "BUILD_SET",
        BUILD_SLICE => "BUILD_SLICE",
        STORE_COMP => "STORE_COMP",
        UNPACK_SEQUENCE => "UNPACK_SEQUENCE",
        UNPACK_EX => "UNPACK_EX",
        MAKE_FUNCTION => "MAKE_FUNCTION",
        MAKE_FUNCTION_DEFARGS => "MAKE_FUNCTION_DEFARGS",
        CALL_FUNCTION => "CALL_FUNCTION",
        CALL_FUNCTION_VAR_KW => "CALL_FUNCTION_VAR_KW",
        CALL_METHOD => "CALL_METHOD",
        CALL_METHOD_VAR_KW => "CALL_METHOD_VAR_KW",
        UNWIND_JUMP => "UNWIND_JUMP",
        JUMP => "JUMP",
        POP_JUMP_IF_TRUE => "POP_JUMP_IF_TRUE",
        POP_JUMP_IF_FALSE => "POP_JUMP_IF_FALSE",
        JUMP_IF_TRUE_OR_POP => "JUMP_IF_TRUE_OR_POP",
        JUMP_IF_FALSE_OR_POP => "JUMP_IF_FALSE_OR_POP",
        SETUP_WITH => "SETUP_WITH",
        SETUP_EXCEPT => "SETUP_EXCEPT",
        SETUP_FINALLY => "SETUP_FINALLY",
        POP_EXCEPT_JUMP => "POP_EXCEPT_JUMP",
        FOR_ITER => "FOR_ITER",
        LOAD_CONST_FALSE => "LOAD_CONST_FALSE",
        LOAD_CONST_NONE => "LOAD_CONST_NONE",
        LOAD_CONST_TRUE => "LOAD_CONST_TRUE",
        LOAD_NULL => "LOAD_NULL",
        LOAD_BUILD_CLASS => "LOAD_BUILD_CLASS",
        LOAD_SUBSCR => "LOAD_SUBSCR",
        STORE_SUBSCR => "STORE_SUBSCR",
        DUP_TOP => "DUP_TOP",
        DUP_TOP_TWO => "DUP_TOP_TWO",
        POP_TOP => "POP_TOP",
        ROT_TWO => "ROT_TWO",
        ROT_THREE => "ROT_THREE",
        WITH_CLEANUP => "WITH_CLEANUP",
        END_FINALLY => "END_FINALLY",
        GET_ITER => "GET_ITER",
        GET_ITER_STACK => "GET_ITER_STACK",
        STORE_MAP => "STORE_MAP",
        RETURN_VALUE => "RETURN_VALUE",
        RAISE_LAST => "RAISE_LAST",
        RAISE_OBJ => "RAISE_OBJ",
        RAISE_FROM => "RAISE_FROM",
        YIELD_VALUE => "YIELD_VALUE",
        YIELD_FROM => "YIELD_FROM",
        IMPORT_STAR => "IMPORT_STAR",
        0x70..=0xAF => "LOAD_CONST_SMALL_INT",
        0xB0..=0xBF => "LOAD_FAST",
        0xC0..=0xCF => "STORE_FAST",
        0xD0..=0xD3 => "UNARY_OP",
        0xD7..=0xF9 => "BINARY_OP",
        _ => "?",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_each_argument_form() {
        let code = [
            0x22, 0xBD, 0x84, 0x40, // LOAD_CONST_SMALL_INT 1000000
            0x16, 0x03, // STORE_NAME 3
            0x42, 0x3E, // JUMP back 2 → offset 6
            0x40, 0x85, 0x80, 0x81, // UNWIND_JUMP (2-byte) with extra byte
            0x20, 0x01, 0x02, // MAKE_CLOSURE 1, 2 cells
        ];
        let i = decode(&code, 0).unwrap();
        assert_eq!((i.operand, i.len), (Operand::SmallInt(1_000_000), 4));
        assert_eq!(decode(&code, 4).unwrap().operand, Operand::Qstr(3));
        assert_eq!(decode(&code, 6).unwrap().operand, Operand::Jump(6));
        let u = decode(&code, 8).unwrap();
        assert_eq!((u.operand, u.extra, u.len), (Operand::Jump(16), Some(0x81), 4));
        let c = decode(&code, 12).unwrap();
        assert_eq!((c.operand, c.extra, c.len), (Operand::Uint(1), Some(2), 3));
        assert_eq!(decode(&code, 15), None);
        assert_eq!(decode(&[0x42, 0x80], 0), None);
    }

    #[test]
    fn defined_opcodes() {
        assert!(is_defined(0x10) && is_defined(0xF9) && is_defined(0x40));
        assert!(!is_defined(0x41) && !is_defined(0x60) && !is_defined(0xD5) && !is_defined(0x00));
        assert_eq!(opcode_name(0xB3), "LOAD_FAST");
        assert_eq!(opcode_name(0x41), "?");
    }
}
