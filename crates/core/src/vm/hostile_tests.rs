//! Hand-made bytecode that puts a value of the wrong kind where an instruction expects one the
//! compiler or the VM made: the loader's stack check refuses it, or the VM raises; it never
//! reads the value as the wrong type (issue 4).

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;
use core::sync::atomic::AtomicBool;

use crate::bytecode::prelude::{write_signature, write_size, Signature};
use crate::compile::{compile_source, CompileOptions};
use crate::mpy::write_mpy;
use crate::port::NullPort;
use crate::vm::init::Config;
use crate::vm::{Limits, Vm};

static NO_INTERRUPT: AtomicBool = AtomicBool::new(false);

fn new_vm() -> Vm {
    let config = Config {
        heap: Box::leak(vec![0u8; 1 << 20].into_boxed_slice()),
        port: Box::new(NullPort),
        limits: Limits::default(),
        interrupt: &NO_INTERRUPT,
    };
    Vm::new(config).expect("VM")
}

/// Loads `.mpy` bytes and runs the module body; returns "ok" or the exception's last line.
fn run_mpy(data: Vec<u8>) -> String {
    let mut vm = new_vm();
    let g = vm.main_globals();
    let r = vm.exec_mpy_in_place(Box::leak(data.into_boxed_slice()), g);
    if r.is_ok() {
        return String::from("ok");
    }
    let e = vm.take_exc();
    let text = vm.format_exception(e);
    String::from(text.trim_end().lines().last().unwrap_or(""))
}

/// A module whose body is `ops` in a frame of 8 slots with 2 exception blocks.
fn module(ops: &[u8]) -> Vec<u8> {
    let mut cm = compile_source("pass\n", "m.py", &CompileOptions::default()).expect("compiles");
    let mut fd = Vec::new();
    write_signature(&mut fd, &Signature { n_state: 8, n_exc_stack: 2, ..Default::default() });
    write_size(&mut fd, 1, 0);
    fd.push(0); // name: qstr 0
    fd.extend_from_slice(ops);
    cm.root.fun_data = fd;
    write_mpy(&cm, 31).expect("writes")
}

/// `src` compiled, with the first `from` byte sequence of the module body replaced by `to`.
fn patched(src: &str, from: &[u8], to: &[u8]) -> Vec<u8> {
    let mut cm = compile_source(src, "m.py", &CompileOptions::default()).expect("compiles");
    let fd = &mut cm.root.fun_data;
    let at = fd.windows(from.len()).position(|w| w == from).expect("pattern in the body");
    fd[at..at + to.len()].copy_from_slice(to);
    write_mpy(&cm, 31).expect("writes")
}

const INVALID: &str = "RuntimeError: invalid bytecode";

#[test]
fn the_test_modules_run_when_the_bytecode_is_sound() {
    assert_eq!(run_mpy(module(&[0x81, 0xC0, 0xB0, 0x63])), "ok");
    let with = "class C:\n    def __enter__(self):\n        return self\n    def __exit__(self, *a):\n        pass\nwith C():\n    pass\n";
    assert_eq!(run_mpy(patched(with, &[0x51, 0x5C], &[0x51])), "ok");
}

#[test]
fn deref_of_a_local_that_is_not_a_cell() {
    // x = 1; LOAD_DEREF / STORE_DEREF / DELETE_DEREF on x.
    assert_eq!(run_mpy(module(&[0x81, 0xC0, 0x25, 0x00, 0x63])), INVALID);
    assert_eq!(run_mpy(module(&[0x81, 0xC0, 0x82, 0x27, 0x00, 0x51, 0x63])), INVALID);
    assert_eq!(run_mpy(module(&[0x81, 0xC0, 0x29, 0x00, 0x51, 0x63])), INVALID);
    // An unassigned (NULL) local is not a cell either.
    assert_eq!(run_mpy(module(&[0x25, 0x00, 0x63])), INVALID);
}

#[test]
fn store_comp_and_store_map_into_a_non_collection() {
    // 1, 2; STORE_COMP list/set into the int below the item.
    assert_eq!(run_mpy(module(&[0x81, 0x82, 0x2F, 0x04, 0x63])), INVALID);
    assert_eq!(run_mpy(module(&[0x81, 0x82, 0x2F, 0x06, 0x63])), INVALID);
    // 1, 2, 3; STORE_COMP dict (value 2, key 3) into 1.
    assert_eq!(run_mpy(module(&[0x81, 0x82, 0x83, 0x2F, 0x09, 0x63])), INVALID);
    // A list where a set is expected, and the reverse.
    assert_eq!(run_mpy(module(&[0x2B, 0x00, 0x82, 0x2F, 0x06, 0x63])), INVALID);
    assert_eq!(run_mpy(module(&[0x2D, 0x00, 0x82, 0x2F, 0x04, 0x63])), INVALID);
    assert_eq!(run_mpy(module(&[0x2B, 0x00, 0x82, 0x2F, 0x04, 0x63])), "ok");
    // 1, 2, 3; STORE_MAP into 1.
    assert_eq!(run_mpy(module(&[0x81, 0x82, 0x83, 0x62, 0x63])), INVALID);
    assert_eq!(run_mpy(module(&[0x2C, 0x00, 0x82, 0x83, 0x62, 0x63])), "ok");
}

/// Four pushes in place of GET_ITER_STACK's slots, then `for`: FOR_ITER L; POP_TOP; JUMP
/// back; L: LOAD_CONST_NONE; RETURN_VALUE.
fn for_loop_over(slots: &[u8]) -> Vec<u8> {
    let mut ops = slots.to_vec();
    ops.extend_from_slice(&[0x4B, 0x03, 0x59, 0x42, 0x3B, 0x51, 0x63]);
    module(&ops)
}

#[test]
fn for_iter_over_slots_get_iter_stack_did_not_make() {
    // Small int, None and a string where a list or tuple is expected.
    assert_eq!(run_mpy(for_loop_over(&[0x82, 0x80, 0x80, 0x80])), INVALID);
    assert_eq!(run_mpy(for_loop_over(&[0x51, 0x80, 0x80, 0x80])), INVALID);
    assert_eq!(run_mpy(for_loop_over(&[0x10, 0x00, 0x80, 0x80, 0x80])), INVALID);
    // NULL marker, then an int where the iterator is expected: a TypeError, as before.
    assert_eq!(
        run_mpy(for_loop_over(&[0x53, 0x81, 0x53, 0x53])),
        "TypeError: 'int' object isn't an iterator"
    );
    // The inline range marker with ints is sound: range(0, 3, 1).
    assert_eq!(run_mpy(for_loop_over(&[0x81, 0x80, 0x83, 0x81])), "ok");
    // The loader refuses NULL where the iterator goes, and a loop with too few slots.
    let refused = "ValueError: invalid .mpy file: FOR_ITER without a for loop's iterator on top";
    assert_eq!(run_mpy(for_loop_over(&[0x53, 0x53, 0x53, 0x53])), refused);
    assert_eq!(run_mpy(for_loop_over(&[0x80, 0x80, 0x80])), refused);
}

#[test]
fn null_is_refused_where_an_object_is_read() {
    let refused = "ValueError: invalid .mpy file: an instruction reads a stack slot of the wrong kind";
    // LOAD_NULL; RETURN_VALUE
    assert_eq!(run_mpy(module(&[0x53, 0x63])), refused);
    // None; LOAD_METHOD __class__ (self slot NULL for a non-method); RETURN_VALUE
    assert_eq!(run_mpy(module(&[0x51, 0x14, 0x00, 0x63])), refused);
    // LOAD_NULL as the value of STORE_NAME.
    assert_eq!(run_mpy(module(&[0x53, 0x16, 0x00, 0x51, 0x63])), refused);
}

#[test]
fn a_return_from_a_finally_whose_marker_was_forged() {
    // SETUP_FINALLY H; 1 (an int where the compiler puts None); H: 2; RETURN_VALUE. The
    // int under the return value once made the VM drop two marker slots, below the frame.
    assert_eq!(run_mpy(module(&[0x49, 0x01, 0x81, 0x82, 0x63])), "ok");
}

#[test]
fn end_finally_with_a_marker_the_vm_did_not_push() {
    // SETUP_FINALLY H; push marker; H: END_FINALLY; LOAD_CONST_NONE; RETURN_VALUE.
    let finally = |marker: &[u8]| {
        let mut ops = vec![0x49, marker.len() as u8];
        ops.extend_from_slice(marker);
        ops.extend_from_slice(&[0x5D, 0x51, 0x63]);
        module(&ops)
    };
    assert_eq!(run_mpy(finally(&[0x51])), "ok");
    // The VM resumes from what it recorded on entering the handler, not from the stack: a
    // small int left by the code is not a pending jump or return.
    // A string is neither None, a jump/return marker nor an exception.
    assert_eq!(run_mpy(finally(&[0x10, 0x00])), INVALID);
    // A pending return (-1) with no value below it.
    assert_eq!(run_mpy(finally(&[0x7F])), INVALID);
    // A pending jump (0 blocks) with no destination below it.
    assert_eq!(run_mpy(finally(&[0x80])), INVALID);
    // A pending jump whose destination (47) is past the end of the code: 47; SETUP_FINALLY H;
    // 0; H: END_FINALLY; POP_TOP; LOAD_CONST_NONE; RETURN_VALUE.
    assert_eq!(run_mpy(module(&[0xAF, 0x49, 0x01, 0x80, 0x5D, 0x59, 0x51, 0x63])), INVALID);
    // A pending jump to an offset inside the code (6) that would leave 5 blocks, when none is
    // open once END_FINALLY has closed its own.
    assert_eq!(run_mpy(module(&[0x86, 0x49, 0x01, 0x85, 0x5D, 0x59, 0x51, 0x63])), INVALID);
}

#[test]
fn with_cleanup_with_a_forged_pending_marker() {
    let with = "class C:\n    def __enter__(self):\n        return self\n    def __exit__(self, *a):\n        pass\nwith C():\n    pass\n";
    // The None that marks a normal exit replaced by a small int: WITH_CLEANUP would read a
    // fourth slot below the three SETUP_WITH left.
    assert_eq!(run_mpy(patched(with, &[0x51, 0x5C], &[0x81])), INVALID);
}

#[test]
fn a_yield_outside_a_generator_frame() {
    // Regression (found by fuzzing `mpy_run`): a module body that yields had no generator to
    // save its frame into. None; YIELD_VALUE; RETURN_VALUE — and the same through YIELD_FROM.
    assert_eq!(run_mpy(module(&[0x51, 0x67, 0x63])), INVALID);
    // [] iterator as the delegate: GET_ITER over BUILD_LIST 0 yields nothing, so YIELD_FROM
    // finishes at once; a list with an item makes it yield.
    assert_eq!(run_mpy(module(&[0x81, 0x2B, 0x01, 0x5E, 0x51, 0x68, 0x63])), INVALID);
    assert_eq!(run_mpy(module(&[0x2B, 0x00, 0x5E, 0x51, 0x68, 0x63])), "ok");
}

#[test]
fn a_dict_display_with_a_huge_size_hint_is_only_a_hint() {
    // BUILD_MAP 2**40 (a varint of 7-bit groups, high bit = more), STORE_MAP one entry, return.
    let hint = [0x2C, 0xA0, 0x80, 0x80, 0x80, 0x80, 0x00];
    let mut ops = hint.to_vec();
    ops.extend_from_slice(&[0x81, 0x82, 0x62, 0x63]);
    assert_eq!(run_mpy(module(&ops)), "ok");
}
