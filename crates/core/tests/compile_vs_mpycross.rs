//! Compiles every `tests/compiler/*.py` and compares the `.mpy` bytes with the fixture that
//! mpy-cross 1.29 produced for it (`tools/gen_mpy_fixtures.py`). Programs listed in
//! `tests/compiler/KNOWN_DIFFS.txt` (one `NAME.py: reason` per line) are exempt. Every
//! compiled function must also pass the stack-depth check.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use ferropy_core::bytecode::code::{CompiledModule, RawCode};
use ferropy_core::bytecode::disasm::{const_repr, disassemble_raw_code};
use ferropy_core::bytecode::stack_check::check_stack;
use ferropy_core::compile::{compile_source, CompileOptions};
use ferropy_core::mpy::{read_mpy, write_mpy};

const ARGS_PREFIX: &str = "# mpy-cross-args:";

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/compiler")
}

/// Compile options matching the mpy-cross arguments on the first line of `src`.
fn options_for(src: &str) -> CompileOptions {
    let mut opts = CompileOptions::default();
    if let Some(args) = src.lines().next().and_then(|l| l.strip_prefix(ARGS_PREFIX)) {
        for a in args.split_whitespace() {
            if let Some(n) = a.strip_prefix("-msmall-int-bits=") {
                opts.small_int_bits = n.parse().expect("small-int bits");
            } else if let Some(n) = a.strip_prefix("-O") {
                opts.opt_level = n.parse().unwrap_or(1);
            } else {
                panic!("unsupported mpy-cross argument {a}");
            }
        }
    }
    opts
}

fn known_diffs() -> Vec<String> {
    let text = std::fs::read_to_string(fixtures_dir().join("KNOWN_DIFFS.txt")).unwrap_or_default();
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (name, reason) = l.split_once(':').expect("KNOWN_DIFFS line must be `NAME.py: reason`");
            assert!(!reason.trim().is_empty(), "KNOWN_DIFFS entry {name} needs a reason");
            name.trim().to_string()
        })
        .collect()
}

/// Raw codes in file order with their child-index paths.
fn flatten<'m>(code: &'m RawCode, path: String, out: &mut Vec<(String, &'m RawCode)>) {
    out.push((path.clone(), code));
    for (i, c) in code.children.iter().enumerate() {
        flatten(c, format!("{path}.{i}"), out);
    }
}

/// A description of the first difference between two modules, with disassemblies.
fn explain(ours: &CompiledModule, theirs: &CompiledModule) -> String {
    let mut out = String::new();
    if ours.qstrs != theirs.qstrs {
        let _ = writeln!(
            out,
            "qstr tables differ:\n  ours:      {:?}\n  mpy-cross: {:?}",
            ours.qstrs, theirs.qstrs
        );
    }
    if ours.consts != theirs.consts {
        let show = |m: &CompiledModule| m.consts.iter().map(const_repr).collect::<Vec<_>>().join(", ");
        let _ = writeln!(
            out,
            "constant tables differ:\n  ours:      [{}]\n  mpy-cross: [{}]",
            show(ours),
            show(theirs)
        );
    }
    let (mut a, mut b) = (Vec::new(), Vec::new());
    flatten(&ours.root, "root".into(), &mut a);
    flatten(&theirs.root, "root".into(), &mut b);
    if a.len() != b.len() {
        let _ = writeln!(out, "raw code count differs: ours {} vs mpy-cross {}", a.len(), b.len());
    }
    if let Some(((path, x), (_, y))) = a.iter().zip(&b).find(|((_, x), (_, y))| x.fun_data != y.fun_data) {
        let _ = writeln!(out, "first differing raw code: {path}");
        let _ = writeln!(out, "--- ours:\n{}", disassemble_raw_code(ours, x, path));
        let _ = writeln!(out, "--- mpy-cross:\n{}", disassemble_raw_code(theirs, y, path));
    }
    out
}

#[test]
fn compiled_bytecode_matches_mpy_cross() {
    let dir = fixtures_dir();
    let known = known_diffs();
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/compiler exists")
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .filter(|n| n.ends_with(".py"))
        .collect();
    names.sort();
    assert!(names.len() >= 80, "expected at least 80 compiler test programs, found {}", names.len());
    let mut failures = Vec::new();
    for name in &names {
        let src = std::fs::read_to_string(dir.join(name)).expect("readable source");
        let opts = options_for(&src);
        let expected = match std::fs::read(dir.join(name.replace(".py", ".mpy"))) {
            Ok(b) => b,
            Err(_) => {
                failures.push(format!("{name}: fixture .mpy missing (run tools/gen_mpy_fixtures.py)"));
                continue;
            }
        };
        let module = match compile_source(&src, name, &opts) {
            Ok(m) => m,
            Err(e) => {
                failures.push(format!("{name}: compile error {e:?}"));
                continue;
            }
        };
        let mut all = Vec::new();
        flatten(&module.root, "root".into(), &mut all);
        for (path, code) in &all {
            if let Err(e) = check_stack(&code.fun_data) {
                failures.push(format!("{name}: stack check failed in {path}: {e}"));
            }
        }
        if known.contains(name) {
            continue;
        }
        let ours = write_mpy(&module, opts.small_int_bits).expect("bytecode module writes");
        if ours != expected {
            let theirs = read_mpy(&expected, 63).expect("fixture reads");
            failures.push(format!("{name}: .mpy differs from mpy-cross\n{}", explain(&module, &theirs)));
        }
    }
    if !failures.is_empty() {
        panic!("{} of {} programs failed:\n\n{}", failures.len(), names.len(), failures.join("\n\n"));
    }
}
