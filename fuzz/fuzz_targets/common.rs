//! What both targets share: one VM kept across inputs (made once: a VM per input would make
//! fuzzing slow), and the parse/write round trip every accepted file must survive.

use std::sync::atomic::AtomicBool;

use ferropy_core::mpy::{parse_mpy, read_mpy, write_mpy};
use ferropy_core::port::NullPort;
use ferropy_core::value::Value;
use ferropy_core::vm::init::Config;
use ferropy_core::vm::{Limits, Vm};

/// Small enough that runaway allocation ends quickly in MemoryError.
const HEAP: usize = 256 * 1024;

pub fn new_vm(interrupt: &'static AtomicBool) -> Vm {
    let config = Config {
        heap: Box::leak(vec![0u8; HEAP].into_boxed_slice()),
        port: Box::new(NullPort),
        limits: Limits { max_frames: 200, max_nesting: 50, stack_values: 16 * 1024 },
        interrupt,
    };
    Vm::new(config).expect("VM")
}

/// Checks `data` as a `.mpy` file; an accepted file must write back to bytes that read as
/// the same module. Returns whether it was accepted.
pub fn check_round_trip(data: &[u8]) -> bool {
    let Ok(view) = parse_mpy(data, 63) else {
        assert!(read_mpy(data, 63).is_err());
        return false;
    };
    let cm = view.to_compiled();
    let bits = data.get(3).copied().unwrap_or(31);
    let written = write_mpy(&cm, bits).expect("an accepted module writes");
    assert_eq!(read_mpy(&written, 63).expect("written module reads"), cm);
    true
}

/// Loads `data` (copied, as the fuzzer's buffer does not live for the whole program) into a
/// fresh module namespace of `vm`; returns the module body's raw code, or `None` if the VM
/// refused it (the exception is cleared).
pub fn load(vm: &mut Vm, data: &[u8]) -> Option<(Value, Value)> {
    let cm = read_mpy(data, 63).ok()?;
    let globals = ferropy_core::obj::dict::new(vm).ok()?;
    match vm.load_compiled(&cm, globals) {
        Ok(rc) => Some((rc, globals)),
        Err(_) => {
            vm.take_exc();
            None
        }
    }
}
