//! Modules only the host provides (backed by the operating system), registered with
//! `Vm::register_module` when the VM is created.

pub mod os;

use ferropy_core::vm::Vm;

/// Registers every host module.
pub fn register(vm: &mut Vm) {
    vm.register_module("os", os::make);
}
