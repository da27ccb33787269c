//! The Python-level library the core ships: modules naturally written in Python, frozen as
//! `.mpy` into read-only data and imported through `sys.path`'s `.frozen` entry (see
//! [`crate::vm::frozen`]), so their bytecode costs no RAM. The sources and the `.mpy` files
//! made from them live in `crates/core/python/`; a test checks the two agree.

use crate::vm::frozen::FrozenModule;

/// The frozen library: path relative to `.frozen` and `.mpy` bytes.
pub static LIBRARY: [FrozenModule; 2] = [
    ("bisect.py", include_bytes!("../../python/bisect.mpy")),
    ("functools.py", include_bytes!("../../python/functools.mpy")),
];

#[cfg(test)]
mod tests {
    use super::LIBRARY;
    use crate::compile::{compile_source, CompileOptions};
    use crate::mpy::{parse_mpy, write_mpy};

    /// The sources, by frozen path.
    const SOURCES: [(&str, &str); 2] = [
        ("bisect.py", include_str!("../../python/bisect.py")),
        ("functools.py", include_str!("../../python/functools.py")),
    ];

    #[test]
    fn frozen_mpy_files_are_up_to_date_with_their_sources() {
        assert_eq!(SOURCES.len(), LIBRARY.len());
        for ((path, src), (frozen_path, mpy)) in SOURCES.iter().zip(LIBRARY.iter()) {
            assert_eq!(path, frozen_path);
            let cm = compile_source(src, path, &CompileOptions::default()).expect("library compiles");
            let fresh = write_mpy(&cm, 31).expect("library writes");
            assert!(
                fresh == *mpy,
                "crates/core/python/{path}: the .mpy is stale; run `python3 tools/freeze_lib.py`"
            );
            assert!(parse_mpy(mpy, 31).is_ok());
        }
    }
}
