//! Reader and writer tests: the worked example of the format spec byte for byte, and one
//! rejection test per class of bad input.

use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

use super::*;
use crate::bytecode::code::{CodeKind, ConstObj, RawCode};

/// `mpy-cross ex.py` output for the 3-line example of mpy-format.md §8.
const EXAMPLE: [u8; 102] = [
    0x4d, 0x06, 0x00, 0x1f, 0x07, 0x02, 0x0a, 0x65, 0x78, 0x2e, 0x70, 0x79, 0x00, 0x0f, 0x02, 0x66, 0x00,
    0x02, 0x78, 0x00, 0x81, 0x77, 0x02, 0x61, 0x00, 0x02, 0x62, 0x00, 0x05, 0x0d, 0x68, 0x65, 0x6c, 0x6c,
    0x6f, 0x20, 0x77, 0x6f, 0x72, 0x6c, 0x64, 0x21, 0x21, 0x00, 0x08, 0x03, 0x32, 0x2e, 0x35, 0x82, 0x1c,
    0x18, 0x06, 0x01, 0x26, 0x28, 0x22, 0xbd, 0x84, 0x40, 0x16, 0x03, 0x82, 0x2a, 0x01, 0x53, 0x33, 0x00,
    0x16, 0x02, 0x11, 0x04, 0x11, 0x02, 0x83, 0x34, 0x01, 0x23, 0x00, 0x23, 0x01, 0x34, 0x03, 0x59, 0x51,
    0x63, 0x01, 0x70, 0x9a, 0x01, 0x08, 0x02, 0x05, 0x06, 0x20, 0xb0, 0xb1, 0xf4, 0x12, 0x03, 0xf2, 0x63,
];

fn read(data: &[u8]) -> Result<crate::bytecode::code::CompiledModule, MpyError> {
    read_mpy(data, 31)
}

fn expect_invalid(data: &[u8], what: &str) {
    match read(data) {
        Ok(_) => panic!("accepted bad file ({what})"),
        Err(e) => assert!(e.message.contains(what), "{what}: got {:?}", e.message),
    }
}

#[test]
fn worked_example_reads_and_writes_back_identically() {
    let m = read(&EXAMPLE).unwrap();
    let names: Vec<&str> = m.qstrs.iter().map(String::as_str).collect();
    assert_eq!(names, ["ex.py", "<module>", "f", "x", "print", "a", "b"]);
    assert_eq!(m.consts, [ConstObj::Str(String::from("hello world!!")), ConstObj::Float(2.5)]);
    assert_eq!(m.root.fun_data.len(), 35);
    assert_eq!(m.root.children.len(), 1);
    assert_eq!(m.root.children[0].fun_data.len(), 14);
    assert_eq!(write_mpy(&m, 31).unwrap(), EXAMPLE);
}

#[test]
fn every_constant_kind_round_trips() {
    let consts = vec![
        ConstObj::None,
        ConstObj::False,
        ConstObj::True,
        ConstObj::Ellipsis,
        ConstObj::Str(String::from("a longer string")),
        ConstObj::Bytes(vec![0, 1, 255]),
        ConstObj::Bytes(Vec::new()),
        ConstObj::Int(String::from("-1073741825")),
        ConstObj::Float(-0.0),
        ConstObj::Float(f64::INFINITY),
        ConstObj::Imag(2.0),
        ConstObj::Tuple(vec![ConstObj::Int(String::from("1")), ConstObj::Tuple(Vec::new())]),
    ];
    let mut m = read(&EXAMPLE).unwrap();
    m.consts = consts;
    let bytes = write_mpy(&m, 31).unwrap();
    assert_eq!(read(&bytes).unwrap(), m);
}

#[test]
fn header_is_checked_with_micropythons_messages() {
    let with = |i: usize, b: u8| {
        let mut d = EXAMPLE.to_vec();
        d[i] = b;
        d
    };
    for bad in [with(0, b'C'), with(1, 5), with(2, 0x09), with(2, 0x40), with(3, 32), EXAMPLE[..3].to_vec()] {
        assert_eq!(read(&bad).unwrap_err().message, INCOMPATIBLE);
    }
    assert_eq!(read(&with(2, 0x0B)).unwrap_err().message, NATIVE_UNSUPPORTED);
    assert!(read_mpy(&with(3, 63), 63).is_ok());
    assert_eq!(read_mpy(&EXAMPLE, 30).unwrap_err().message, INCOMPATIBLE);
}

#[test]
fn every_truncation_is_rejected() {
    for n in 4..EXAMPLE.len() {
        assert!(read(&EXAMPLE[..n]).is_err(), "prefix of {n} bytes accepted");
    }
}

#[test]
fn arbitrary_byte_corruption_never_panics() {
    for i in 0..EXAMPLE.len() {
        for b in [0x00, 0x01, 0x7F, 0x80, 0xFF, EXAMPLE[i] ^ 0x40] {
            let mut d = EXAMPLE.to_vec();
            d[i] = b;
            let _ = read(&d);
        }
    }
}

#[test]
fn qstr_table_errors() {
    let mut d = EXAMPLE.to_vec();
    d[13] = 0x01; // static id 0
    expect_invalid(&d, "static qstr id out of range");
    let mut d = EXAMPLE.to_vec();
    d[20] = 0x82;
    d[21] = 0x4D; // static id 166
    expect_invalid(&d, "static qstr id out of range");
    let mut d = EXAMPLE.to_vec();
    d[15] = 0xFF; // "f" → invalid UTF-8
    expect_invalid(&d, "qstr is not UTF-8");
    let mut d = EXAMPLE.to_vec();
    d[12] = b'!'; // NUL after "ex.py"
    expect_invalid(&d, "missing NUL terminator");
    let mut d = EXAMPLE.to_vec();
    d[4..5].copy_from_slice(&[0xFF]);
    d.splice(5..5, [0xFF; 10]);
    expect_invalid(&d, "integer too large");
}

#[test]
fn constant_table_errors() {
    let with_obj = |obj: &[u8]| {
        let mut d = EXAMPLE.to_vec();
        d.splice(0x2C..0x31, obj.iter().copied());
        d
    };
    expect_invalid(&with_obj(&[11]), "unknown constant type");
    assert_eq!(read(&with_obj(&[0])).unwrap_err().message, INCOMPATIBLE);
    expect_invalid(&with_obj(&[7, 3, b'1', b'x', b'2']), "malformed int constant");
    expect_invalid(&with_obj(&[7, 0]), "malformed int constant");
    expect_invalid(&with_obj(&[8, 3, b'1', b'.', b'x']), "malformed float constant");
    expect_invalid(&with_obj(&[9, 2, b'2', b'k']), "malformed complex constant");
    expect_invalid(&with_obj(&[5, 1, 0xFF, 0]), "str constant is not UTF-8");
    assert!(read(&with_obj(&[9, 4, b'1', b'.', b'5', b'j'])).is_ok());
    assert!(read(&with_obj(&[8, 4, b'-', b'i', b'n', b'f'])).is_ok());
}

/// The example with the child's fun_data replaced by `fd` (the root still refers to child 0).
fn with_child_code(fd: &[u8]) -> Vec<u8> {
    let mut m = read(&EXAMPLE).unwrap();
    m.root.children[0].fun_data = fd.to_vec();
    write_mpy(&m, 31).unwrap()
}

#[test]
fn bytecode_errors() {
    // Prelude of the example child: n_state 4, 2 args (a, b), name "f", line table 0x20.
    let prelude = [0x9A, 0x01, 0x08, 0x02, 0x05, 0x06, 0x20];
    let code = |ops: &[u8]| {
        let mut fd = prelude.to_vec();
        fd.extend_from_slice(ops);
        with_child_code(&fd)
    };
    assert!(read(&code(&[0xB0, 0x63])).is_ok());
    expect_invalid(&code(&[0xB0, 0xD5, 0x63]), "undefined opcode");
    expect_invalid(&code(&[0x11, 0x07, 0x63]), "qstr index out of range");
    expect_invalid(&code(&[0x23, 0x02, 0x63]), "constant index out of range");
    expect_invalid(&code(&[0x32, 0x00, 0x63]), "child index out of range");
    expect_invalid(&code(&[0xB0, 0x11]), "instruction runs past the end");
    expect_invalid(&code(&[0xB0]), "execution can run past the end");
    expect_invalid(&code(&[]), "empty bytecode");
    expect_invalid(&code(&[0x42, 0x41, 0x22, 0x01, 0x63]), "jump target is not an instruction");
    expect_invalid(&code(&[0x42, 0x7F, 0x63]), "jump target is not an instruction");
    expect_invalid(&code(&[0x4B, 0x10, 0x63]), "jump target is not an instruction");
    assert!(read(&code(&[0x42, 0x3E])).is_ok(), "jump to itself is a valid loop");
    // Three values on the stack plus two arguments do not fit n_state 4.
    expect_invalid(&code(&[0x81, 0x81, 0x81, 0x59, 0x59, 0x63]), "n_state too small");

    expect_invalid(&with_child_code(&[0x9A]), "malformed prelude");
    expect_invalid(
        &with_child_code(&[0x9A, 0x01, 0x08, 0x09, 0x05, 0x06, 0x20, 0x63]),
        "qstr index out of range",
    );
    // n_state 1 cannot hold two arguments.
    expect_invalid(&with_child_code(&[0x02, 0x08, 0x02, 0x05, 0x06, 0x20, 0x63]), "argument counts");
    // A 2-byte line entry cut short by the end of the source-info section.
    expect_invalid(&with_child_code(&[0x9A, 0x01, 0x08, 0x02, 0x05, 0x06, 0x80, 0x63]), "line-number table");
    // Closure cell naming local 9 of a 4-slot frame.
    expect_invalid(&with_child_code(&[0x9A, 0x01, 0x09, 0x02, 0x05, 0x06, 0x20, 0x09, 0x63]), "closure cell");
}

#[test]
fn native_raw_code_is_incompatible() {
    let mut d = EXAMPLE.to_vec();
    d[0x57] = 0x71; // child kind_len with kind NATIVE_PY
    assert_eq!(read(&d).unwrap_err().message, INCOMPATIBLE);
    let mut m = read(&EXAMPLE).unwrap();
    m.root.children[0] = RawCode { kind: CodeKind::NativeViper, fun_data: Vec::new(), children: Vec::new() };
    assert!(write_mpy(&m, 31).is_err());
}

#[test]
fn trailing_bytes_are_ignored_like_micropython() {
    let mut d = EXAMPLE.to_vec();
    d.push(0x42);
    assert!(read(&d).is_ok());
}

/// Regression (found by fuzzing `mpy_load`): loops whose every turn leaves one more value on
/// the stack, or one more exception block open, made the stack check follow them for ever.
#[test]
fn loops_that_pump_the_stack_or_the_blocks_are_rejected_quickly() {
    let prelude = [0x9A, 0x01, 0x08, 0x02, 0x05, 0x06, 0x20];
    let code = |ops: &[u8]| {
        let mut fd = prelude.to_vec();
        fd.extend_from_slice(ops);
        with_child_code(&fd)
    };
    // L: LOAD_CONST_NONE; JUMP L — the loop reaches L again with a deeper stack.
    expect_invalid(&code(&[0x51, 0x42, 0x3D]), "different stacks");
    // L: SETUP_EXCEPT H; JUMP L; H: POP_TOP; LOAD_CONST_NONE; RETURN_VALUE
    let pump_blocks = [0x48, 0x02, 0x42, 0x3C, 0x59, 0x51, 0x63];
    expect_invalid(&code(&pump_blocks), "nest deeper than n_exc_stack");
    // The same loop with room for 65535 blocks: the check gives up within its budget.
    let mut fd = Vec::new();
    let sig = crate::bytecode::prelude::Signature {
        n_state: 8,
        n_exc_stack: u16::MAX as usize,
        n_pos_args: 2,
        ..Default::default()
    };
    crate::bytecode::prelude::write_signature(&mut fd, &sig);
    fd.extend_from_slice(&prelude[2..]);
    fd.extend_from_slice(&pump_blocks);
    expect_invalid(&with_child_code(&fd), "too many paths to check");
}

/// Regression (found by fuzzing `mpy_run`): an instruction that takes more values than the
/// stack holds (its net effect alone leaves the depth non-negative) read below the frame.
#[test]
fn instructions_cannot_take_more_values_than_the_stack_holds() {
    let prelude = [0x9A, 0x01, 0x08, 0x02, 0x05, 0x06, 0x20];
    let code = |ops: &[u8]| {
        let mut fd = prelude.to_vec();
        fd.extend_from_slice(ops);
        with_child_code(&fd)
    };
    expect_invalid(&code(&[0x66]), "stack underflow"); // RAISE_FROM on an empty stack
    expect_invalid(&code(&[0x63]), "stack underflow"); // RETURN_VALUE on an empty stack
    expect_invalid(&code(&[0x81, 0xF2, 0x63]), "stack underflow"); // BINARY_OP + with one value
    expect_invalid(&code(&[0x81, 0x34, 0x01, 0x63]), "stack underflow"); // CALL_FUNCTION 1 without a callee
                                                                         // STORE_COMP whose collection would be below the stack, or the item itself.
    expect_invalid(&code(&[0x81, 0x2F, 0x08, 0x51, 0x63]), "stack underflow");
    expect_invalid(&code(&[0x81, 0x81, 0x2F, 0x01, 0x51, 0x63]), "STORE_COMP names no collection");
    assert!(read(&code(&[0x81, 0x82, 0xF2, 0x63])).is_ok());
    // Regression (found by fuzzing `mpy_run`): UNPACK_SEQUENCE of 2^28 - 1 values made the
    // checker build a stack that size before comparing it with the frame.
    expect_invalid(&code(&[0x81, 0x30, 0xFF, 0xFF, 0xFF, 0x7F, 0x51, 0x63]), "n_state too small");
}
