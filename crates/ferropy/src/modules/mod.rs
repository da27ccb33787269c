//! Modules only the host provides (backed by the operating system), registered with
//! `Vm::register_module` when the VM is created.

pub mod os;
pub mod select;
pub mod socket;

use ferropy_core::vm::Vm;

/// Registers every host module.
pub fn register(vm: &mut Vm) {
    vm.register_module("os", os::make);
    vm.register_module("select", select::make);
    vm.register_module("socket", socket::make);
}
