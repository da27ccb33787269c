//! The collector's roots: everything the VM can reach without going through another object.

use alloc::vec::Vec;

use super::Vm;

impl Vm {
    /// Runs a full collection.
    pub fn collect(&mut self) {
        self.collect_with(false);
    }

    /// Runs a full collection; with `trim`, growable storage gives back its unused room
    /// (`Heap::marker`): when an allocation found the heap full.
    pub(crate) fn collect_with(&mut self, trim: bool) {
        let mut m = self.heap.marker(trim);
        m.mark_all(&self.pins);
        m.mark(self.exc);
        m.mark(self.gen_throw);
        m.mark(self.stop_exc);
        m.mark_all(&self.stack[..self.stack_top]);
        for f in &self.frames {
            m.mark(f.fun);
            m.mark(f.globals);
            m.mark(f.locals);
            m.mark(f.owner);
        }
        let sys = &self.sys;
        for v in [
            sys.argv,
            sys.path,
            sys.modules,
            sys.stdout,
            sys.stderr,
            sys.stdin,
            sys.atexit,
            sys.executable,
            sys.builtin_modules,
        ] {
            m.mark(v);
        }
        m.mark(self.main_globals);
        m.mark(self.builtins_dict);
        m.mark_all(&self.extra_roots);
        m.mark_all(&self.emergency_exc);
        for v in self.sched.values() {
            m.mark(v);
        }
        for v in self.irq.values() {
            m.mark(v);
        }
        self.vfs.trace(&mut m);
        let mut dead = Vec::new();
        self.open_files.retain(|&(f, handle)| {
            let live = m.is_marked(f);
            if !live {
                dead.push(handle);
            }
            live
        });
        self.heap.sweep(m);
        // Freed tables and types may be reused at the same addresses.
        self.lookup_cache.invalidate();
        for handle in dead {
            // Nothing can report an error from here, as in MicroPython's finalisers.
            let _ = self.port.close(handle);
        }
    }
}
