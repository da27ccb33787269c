//! Modules only the host provides (backed by the operating system), registered with
//! `Vm::register_module` when the VM is created.

pub mod machine;
pub mod os;
pub mod pyb;
pub mod select;
pub mod socket;
pub mod timers;

use ferropy_core::vm::Vm;

/// Registers every host module.
pub fn register(vm: &mut Vm) {
    vm.register_module("os", os::make);
    vm.register_module("select", select::make);
    vm.register_module("socket", socket::make);
    vm.register_module("machine", machine::make);
    vm.register_module("pyb", pyb::make);
}
