//! Creating a VM: the heap, the VM stack, `sys` state and the `__main__` module.

use alloc::boxed::Box;
use alloc::vec::Vec;
use core::sync::atomic::AtomicBool;

use crate::gc::Heap;
use crate::obj::{dict, list, module};
use crate::port::Port;
use crate::qstr::{q, QstrPool};
use crate::value::Value;
use crate::vm::{Limits, SysState, Vm};

/// Everything a VM is made from.
pub struct Config {
    /// The region the heap lives in, for the rest of the program.
    pub heap: &'static mut [u8],
    pub port: Box<dyn Port>,
    pub limits: Limits,
    /// Set (e.g. from a signal handler) to raise KeyboardInterrupt at the next backward jump.
    pub interrupt: &'static AtomicBool,
}

/// Why a VM could not be created.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InitError {
    /// The heap region is too small to hold the VM's initial objects.
    HeapTooSmall,
}

/// An all-NULL value array taken from the allocator's zeroed memory. Writing NULL into every
/// slot would touch every page: on a host that maps zeroed pages lazily, the 2 MiB VM stack
/// then costs resident memory only as deep as the program's calls actually reach.
fn null_values(n: usize) -> Box<[Value]> {
    let Ok(layout) = core::alloc::Layout::array::<Value>(n) else {
        alloc::alloc::handle_alloc_error(core::alloc::Layout::new::<Value>())
    };
    if layout.size() == 0 {
        return Box::new([]);
    }
    // SAFETY: the layout has a non-zero size; NULL is the all-zero word, so zeroed memory holds
    // `n` valid values, allocated with the layout `Box<[Value]>` frees them with.
    unsafe {
        let p = alloc::alloc::alloc_zeroed(layout) as *mut Value;
        if p.is_null() {
            alloc::alloc::handle_alloc_error(layout);
        }
        Box::from_raw(core::ptr::slice_from_raw_parts_mut(p, n))
    }
}

impl Vm {
    pub fn new(config: Config) -> Result<Vm, InitError> {
        let mut vm = Vm {
            heap: Heap::new(config.heap),
            qstrs: QstrPool::new(),
            pins: Vec::new(),
            run_pin_base: 0,
            exc: Value::NULL,
            stack: null_values(config.limits.stack_values),
            stack_top: 0,
            frames: Vec::new(),
            nesting: 0,
            limits: config.limits,
            sys: SysState {
                argv: Value::NULL,
                path: Value::NULL,
                modules: Value::NULL,
                stdout: Value::NULL,
                stderr: Value::NULL,
                stdin: Value::NULL,
                atexit: Value::NULL,
                executable: Value::NULL,
                builtin_modules: Value::NULL,
            },
            main_globals: Value::NULL,
            builtins_dict: Value::NULL,
            lookup_cache: Default::default(),
            port: config.port,
            extra_roots: Vec::new(),
            extra_modules: Vec::new(),
            frozen: Vec::new(),
            opt_level: 0,
            verbose: 0,
            pending_interrupt: config.interrupt,
            repr_depth: 0,
            repr_stack: Vec::new(),
            gen_throw: Value::NULL,
            stop_exc: Value::NULL,
            making_memory_error: false,
            sched: crate::vm::sched::Scheduler::new(),
            emergency_exc: [Value::NULL; 4],
            irq: crate::irq::IrqTable::new(),
            rng: crate::modules::random::Rng::UNSEEDED,
            vfs: crate::modules::vfs::MountTable::default(),
            open_files: Vec::new(),
        };
        vm.init_state().map_err(|_| InitError::HeapTooSmall)?;
        vm.pins.clear();
        Ok(vm)
    }

    fn init_state(&mut self) -> crate::vm::PyResult<()> {
        self.sys.argv = list::new(self, &[])?;
        // MicroPython's default: the script's directory (or the current one), then the frozen
        // modules.
        let frozen = Value::qstr(self.intern(crate::vm::frozen::FROZEN_PATH));
        self.sys.path = list::new(self, &[Value::qstr(q::_empty), frozen])?;
        self.sys.modules = dict::new(self)?;
        self.sys.builtin_modules = dict::new(self)?;
        let main = module::new(self, q::__main__, &[])?;
        self.main_globals = module::get(main).globals;
        dict::set_qstr(self, self.sys.modules, q::__main__, main)?;
        // Prepared up front (about 400 bytes), so a MemoryError raised when the heap is full
        // still carries its message and traceback, as MicroPython's does.
        crate::obj::exception::prepare_emergency(self)?;
        Ok(())
    }

    /// Calls the function registered with `sys.atexit`, once.
    pub fn run_atexit(&mut self) -> crate::vm::PyResult<()> {
        let f = core::mem::replace(&mut self.sys.atexit, Value::NULL);
        if f.is_null() || f.is_none() {
            return Ok(());
        }
        self.call(f, &[]).map(|_| ())
    }

    /// The `__main__` module's globals.
    pub fn main_globals(&self) -> Value {
        self.main_globals
    }
}

#[cfg(test)]
mod tests {
    use super::null_values;
    use crate::value::Value;

    #[test]
    fn null_values_are_null_and_sized() {
        let v = null_values(1000);
        assert_eq!(v.len(), 1000);
        assert!(v.iter().all(|x| x.is_null()));
        assert!(null_values(0).is_empty());
        let one = null_values(1);
        assert_eq!(one[0], Value::NULL);
    }
}
