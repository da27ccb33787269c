//! Frozen modules: `.mpy` files built into the firmware's read-only data, found by import
//! through the virtual `.frozen` entry of `sys.path` (as in MicroPython) and executed in place,
//! so their bytecode takes no RAM.
//!
//! A frozen module is named by its path relative to `.frozen`, as MicroPython's manifests name
//! them: `"name.py"` for a module, `"pkg/__init__.py"` and `"pkg/sub.py"` for a package (the
//! contents are `.mpy` bytes whatever the suffix; `.mpy` is accepted as a suffix too). The
//! embedder's modules are searched first, then the library the core ships
//! ([`crate::modules::frozen::LIBRARY`]).

use alloc::format;

use crate::modules::frozen::LIBRARY;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The `sys.path` entry that stands for the frozen modules.
pub const FROZEN_PATH: &str = ".frozen";

/// One frozen module: its path relative to `.frozen` and its `.mpy` bytes.
pub type FrozenModule = (&'static str, &'static [u8]);

/// What a path under `.frozen` names.
pub(crate) enum FrozenEntry {
    /// A package directory (some frozen module lives under it).
    Dir,
    /// A module: its frozen path and bytes.
    File(FrozenModule),
}

impl Vm {
    /// Adds a frozen module: `mpy` (the bytes of a `.mpy` file, e.g. `include_bytes!` of one
    /// made by `ferropy compile`) becomes importable under `path` (`"name.py"`,
    /// `"pkg/__init__.py"`, ...). It is checked when first imported; a module registered later
    /// under the same path as an earlier one does not replace it.
    pub fn register_frozen(&mut self, path: &'static str, mpy: &'static [u8]) {
        self.frozen.push((path, mpy));
    }

    fn frozen_modules(&self) -> impl Iterator<Item = &FrozenModule> {
        self.frozen.iter().chain(LIBRARY.iter())
    }

    /// What `path` (a `sys.path` entry joined with a module name, e.g. `.frozen/pkg/sub`) names
    /// among the frozen modules; `None` if it is not under `.frozen` or names nothing there.
    pub(crate) fn find_frozen(&self, path: &str) -> Option<FrozenEntry> {
        let rel = path.strip_prefix(FROZEN_PATH)?.strip_prefix('/')?;
        for &(name, data) in self.frozen_modules() {
            let stem = name.strip_suffix(".py").or_else(|| name.strip_suffix(".mpy")).unwrap_or(name);
            if stem == rel {
                return Some(FrozenEntry::File((name, data)));
            }
        }
        let is_dir = self
            .frozen_modules()
            .any(|(name, _)| name.strip_prefix(rel).is_some_and(|rest| rest.starts_with('/')));
        is_dir.then_some(FrozenEntry::Dir)
    }

    /// The frozen module `<dir>/__init__` of the package directory `dir` (under `.frozen`).
    pub(crate) fn find_frozen_init(&self, dir: &str) -> Option<FrozenModule> {
        match self.find_frozen(&format!("{dir}/__init__")) {
            Some(FrozenEntry::File(m)) => Some(m),
            _ => None,
        }
    }

    /// Runs a frozen module's body in `globals` (its bytecode in place).
    pub(crate) fn exec_frozen(&mut self, module: FrozenModule, globals: Value) -> PyResult<Value> {
        self.exec_mpy_in_place(module.1, globals)
    }
}
