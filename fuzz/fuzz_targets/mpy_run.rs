//! Bytes → `.mpy` loader → run the module body. Whatever bytecode passes the loader's checks
//! must run without a crash: the VM may raise, never misbehave. A watchdog thread raises
//! KeyboardInterrupt in programs that loop for long (at their next backward jump).
#![no_main]

#[path = "common.rs"]
mod common;

use std::cell::RefCell;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Once;
use std::time::Duration;

use libfuzzer_sys::fuzz_target;

static INTERRUPT: AtomicBool = AtomicBool::new(false);
static WATCHDOG: Once = Once::new();

thread_local! {
    static VM: RefCell<ferropy_core::vm::Vm> = RefCell::new(common::new_vm(&INTERRUPT));
}

fuzz_target!(|data: &[u8]| {
    WATCHDOG.call_once(|| {
        std::thread::spawn(|| loop {
            std::thread::sleep(Duration::from_millis(20));
            INTERRUPT.store(true, Ordering::Relaxed);
        });
    });
    if !common::check_round_trip(data) {
        return;
    }
    VM.with(|vm| {
        let mut vm = vm.borrow_mut();
        if let Some((rc, globals)) = common::load(&mut vm, data) {
            INTERRUPT.store(false, Ordering::Relaxed);
            if vm.run_module_code(rc, globals).is_err() {
                vm.take_exc();
            }
        }
        vm.collect();
    });
});
