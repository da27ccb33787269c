//! Bytes → `.mpy` reader → writer round trip → VM loader. Nothing may panic, read out of
//! bounds or hang, whatever the bytes.
#![no_main]

#[path = "common.rs"]
mod common;

use std::cell::RefCell;
use std::sync::atomic::AtomicBool;

use libfuzzer_sys::fuzz_target;

static NO_INTERRUPT: AtomicBool = AtomicBool::new(false);

thread_local! {
    static VM: RefCell<ferropy_core::vm::Vm> = RefCell::new(common::new_vm(&NO_INTERRUPT));
}

fuzz_target!(|data: &[u8]| {
    if common::check_round_trip(data) {
        VM.with(|vm| {
            let mut vm = vm.borrow_mut();
            common::load(&mut vm, data);
            vm.collect();
        });
    }
});
