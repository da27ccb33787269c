//! MicroPython v6 opcode numbers (`py/bc0.h`) and the facts about their encoding that the
//! compiler, the VM, the `.mpy` reader and the disassembler share.

// 0x10 group: one vuint argument, an index into the module's qstr table.
pub const LOAD_CONST_STRING: u8 = 0x10;
pub const LOAD_NAME: u8 = 0x11;
pub const LOAD_GLOBAL: u8 = 0x12;
pub const LOAD_ATTR: u8 = 0x13;
pub const LOAD_METHOD: u8 = 0x14;
pub const LOAD_SUPER_METHOD: u8 = 0x15;
pub const STORE_NAME: u8 = 0x16;
pub const STORE_GLOBAL: u8 = 0x17;
pub const STORE_ATTR: u8 = 0x18;
pub const DELETE_NAME: u8 = 0x19;
pub const DELETE_GLOBAL: u8 = 0x1A;
pub const IMPORT_NAME: u8 = 0x1B;
pub const IMPORT_FROM: u8 = 0x1C;

// 0x20 group: one vuint argument (signed for LOAD_CONST_SMALL_INT).
pub const MAKE_CLOSURE: u8 = 0x20;
pub const MAKE_CLOSURE_DEFARGS: u8 = 0x21;
pub const LOAD_CONST_SMALL_INT: u8 = 0x22;
pub const LOAD_CONST_OBJ: u8 = 0x23;
pub const LOAD_FAST_N: u8 = 0x24;
pub const LOAD_DEREF: u8 = 0x25;
pub const STORE_FAST_N: u8 = 0x26;
pub const STORE_DEREF: u8 = 0x27;
pub const DELETE_FAST: u8 = 0x28;
pub const DELETE_DEREF: u8 = 0x29;
pub const BUILD_TUPLE: u8 = 0x2A;
pub const BUILD_LIST: u8 = 0x2B;
pub const BUILD_MAP: u8 = 0x2C;
pub const BUILD_SET: u8 = 0x2D;
pub const BUILD_SLICE: u8 = 0x2E;
pub const STORE_COMP: u8 = 0x2F;
pub const UNPACK_SEQUENCE: u8 = 0x30;
pub const UNPACK_EX: u8 = 0x31;
pub const MAKE_FUNCTION: u8 = 0x32;
pub const MAKE_FUNCTION_DEFARGS: u8 = 0x33;
pub const CALL_FUNCTION: u8 = 0x34;
pub const CALL_FUNCTION_VAR_KW: u8 = 0x35;
pub const CALL_METHOD: u8 = 0x36;
pub const CALL_METHOD_VAR_KW: u8 = 0x37;

// 0x40 group: a 1- or 2-byte jump offset.
pub const UNWIND_JUMP: u8 = 0x40;
pub const JUMP: u8 = 0x42;
pub const POP_JUMP_IF_TRUE: u8 = 0x43;
pub const POP_JUMP_IF_FALSE: u8 = 0x44;
pub const JUMP_IF_TRUE_OR_POP: u8 = 0x45;
pub const JUMP_IF_FALSE_OR_POP: u8 = 0x46;
pub const SETUP_WITH: u8 = 0x47;
pub const SETUP_EXCEPT: u8 = 0x48;
pub const SETUP_FINALLY: u8 = 0x49;
pub const POP_EXCEPT_JUMP: u8 = 0x4A;
pub const FOR_ITER: u8 = 0x4B;

// 0x50 and 0x60 groups: no argument.
pub const LOAD_CONST_FALSE: u8 = 0x50;
pub const LOAD_CONST_NONE: u8 = 0x51;
pub const LOAD_CONST_TRUE: u8 = 0x52;
pub const LOAD_NULL: u8 = 0x53;
pub const LOAD_BUILD_CLASS: u8 = 0x54;
pub const LOAD_SUBSCR: u8 = 0x55;
pub const STORE_SUBSCR: u8 = 0x56;
pub const DUP_TOP: u8 = 0x57;
pub const DUP_TOP_TWO: u8 = 0x58;
pub const POP_TOP: u8 = 0x59;
pub const ROT_TWO: u8 = 0x5A;
pub const ROT_THREE: u8 = 0x5B;
pub const WITH_CLEANUP: u8 = 0x5C;
pub const END_FINALLY: u8 = 0x5D;
pub const GET_ITER: u8 = 0x5E;
pub const GET_ITER_STACK: u8 = 0x5F;
pub const STORE_MAP: u8 = 0x62;
pub const RETURN_VALUE: u8 = 0x63;
pub const RAISE_LAST: u8 = 0x64;
pub const RAISE_OBJ: u8 = 0x65;
pub const RAISE_FROM: u8 = 0x66;
pub const YIELD_VALUE: u8 = 0x67;
pub const YIELD_FROM: u8 = 0x68;
pub const IMPORT_STAR: u8 = 0x69;

// Opcodes with the argument folded into the byte.
/// `LOAD_CONST_SMALL_INT_MULTI + 16 + n` pushes `n` for −16 ≤ n < 48.
pub const LOAD_CONST_SMALL_INT_MULTI: u8 = 0x70;
pub const SMALL_INT_MULTI_EXCESS: i64 = 16;
pub const SMALL_INT_MULTI_NUM: i64 = 64;
/// `LOAD_FAST_MULTI + n` loads local `n` for n < 16.
pub const LOAD_FAST_MULTI: u8 = 0xB0;
pub const STORE_FAST_MULTI: u8 = 0xC0;
pub const FAST_MULTI_NUM: usize = 16;
/// `UNARY_OP_MULTI + n` for n < 4 (see [`crate::parse::ast::UnaryOp`]).
pub const UNARY_OP_MULTI: u8 = 0xD0;
pub const UNARY_OP_MULTI_NUM: u8 = 4;
/// `BINARY_OP_MULTI + n` for n < 35 (see [`BinaryOp`]).
pub const BINARY_OP_MULTI: u8 = 0xD7;
pub const BINARY_OP_MULTI_NUM: u8 = 35;

/// MicroPython's `mp_binary_op_t`: the numbers 0..=34 appear in bytecode, the rest are used
/// only inside the runtime (reflected operators, `divmod`, `in` with swapped operands).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum BinaryOp {
    Less = 0,
    More = 1,
    Equal = 2,
    LessEqual = 3,
    MoreEqual = 4,
    NotEqual = 5,
    In = 6,
    Is = 7,
    ExceptionMatch = 8,
    InplaceOr = 9,
    InplaceXor = 10,
    InplaceAnd = 11,
    InplaceLshift = 12,
    InplaceRshift = 13,
    InplaceAdd = 14,
    InplaceSubtract = 15,
    InplaceMultiply = 16,
    InplaceMatMultiply = 17,
    InplaceFloorDivide = 18,
    InplaceTrueDivide = 19,
    InplaceModulo = 20,
    InplacePower = 21,
    Or = 22,
    Xor = 23,
    And = 24,
    Lshift = 25,
    Rshift = 26,
    Add = 27,
    Subtract = 28,
    Multiply = 29,
    MatMultiply = 30,
    FloorDivide = 31,
    TrueDivide = 32,
    Modulo = 33,
    Power = 34,
}

impl BinaryOp {
    /// Offset between an in-place operator and its plain form.
    pub const INPLACE_DELTA: u8 = BinaryOp::Or as u8 - BinaryOp::InplaceOr as u8;

    /// Decodes a bytecode operator number (0..=34).
    pub fn from_u8(n: u8) -> Option<BinaryOp> {
        if n < BINARY_OP_MULTI_NUM {
            // SAFETY: the enum is `repr(u8)` with every value 0..=34 assigned, and `n` < 35.
            Some(unsafe { core::mem::transmute::<u8, BinaryOp>(n) })
        } else {
            None
        }
    }

    /// Whether this is one of `< > == <= >= !=`.
    pub fn is_comparison(self) -> bool {
        (self as u8) <= BinaryOp::NotEqual as u8
    }

    /// The plain operator for an in-place one (`+=` → `+`); others unchanged.
    pub fn non_inplace(self) -> BinaryOp {
        let n = self as u8;
        if (BinaryOp::InplaceOr as u8..=BinaryOp::InplacePower as u8).contains(&n) {
            BinaryOp::from_u8(n + Self::INPLACE_DELTA).unwrap_or(self)
        } else {
            self
        }
    }
}

/// How an opcode's argument is encoded (`MP_BC_FORMAT`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArgFormat {
    None,
    Qstr,
    VarUint,
    Offset,
}

/// The argument format of an opcode, from its high nibble.
pub fn arg_format(op: u8) -> ArgFormat {
    match op >> 4 {
        1 => ArgFormat::Qstr,
        2 | 3 => ArgFormat::VarUint,
        4 => ArgFormat::Offset,
        _ => ArgFormat::None,
    }
}

/// Whether the opcode is followed by one extra byte after its argument (`MP_BC_MASK_EXTRA_BYTE`).
pub fn has_extra_byte(op: u8) -> bool {
    op & 0x9E == 0
}

/// Whether a jump opcode's offset is signed (only these may jump backwards).
pub fn is_signed_jump(op: u8) -> bool {
    op <= POP_JUMP_IF_FALSE
}

/// The length in bytes of the instruction starting at `code[0]`, or `None` if it runs past the
/// end of `code`.
pub fn instruction_len(code: &[u8]) -> Option<usize> {
    let op = *code.first()?;
    let mut len = 1;
    match arg_format(op) {
        ArgFormat::None => {}
        ArgFormat::Qstr | ArgFormat::VarUint => loop {
            let b = *code.get(len)?;
            len += 1;
            if b & 0x80 == 0 {
                break;
            }
        },
        ArgFormat::Offset => {
            let b = *code.get(len)?;
            len += if b & 0x80 != 0 { 2 } else { 1 };
        }
    }
    if has_extra_byte(op) {
        len += 1;
    }
    if len <= code.len() {
        Some(len)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extra_byte_opcodes_are_exactly_the_three_documented() {
        let defined: alloc::vec::Vec<u8> = (0u8..=0xFF)
            .filter(|&op| matches!(op, 0x10..=0x1C | 0x20..=0x37 | 0x40 | 0x42..=0x4B))
            .filter(|&op| has_extra_byte(op))
            .collect();
        assert_eq!(defined, [MAKE_CLOSURE, MAKE_CLOSURE_DEFARGS, UNWIND_JUMP]);
    }

    #[test]
    fn instruction_lengths() {
        assert_eq!(instruction_len(&[LOAD_CONST_SMALL_INT, 0xBD, 0x84, 0x40]), Some(4));
        assert_eq!(instruction_len(&[JUMP, 0x85, 0x01]), Some(3));
        assert_eq!(instruction_len(&[JUMP, 0x05]), Some(2));
        assert_eq!(instruction_len(&[UNWIND_JUMP, 0x05, 0x81]), Some(3));
        assert_eq!(instruction_len(&[MAKE_CLOSURE, 0x00, 0x02]), Some(3));
        assert_eq!(instruction_len(&[POP_TOP]), Some(1));
        assert_eq!(instruction_len(&[LOAD_NAME, 0x81]), None);
        assert_eq!(instruction_len(&[]), None);
    }

    #[test]
    fn inplace_maps_to_plain() {
        assert_eq!(BinaryOp::InplaceAdd.non_inplace(), BinaryOp::Add);
        assert_eq!(BinaryOp::InplacePower.non_inplace(), BinaryOp::Power);
        assert_eq!(BinaryOp::Add.non_inplace(), BinaryOp::Add);
        assert_eq!(BinaryOp::from_u8(35), None);
    }
}
