//! Runs every `tests/<area>/<name>.py` with the `ferropy` binary and compares its merged
//! stdout/stderr with `<name>.exp`, in three configurations: the default heap, GC stress
//! (a collection before every allocation, on a small heap so it stays fast) and a small heap.
//! Two more configurations run each test as a `.mpy` (compile, write, load, run with `-m`):
//! compiled by `ferropy compile` (`viampy`), and by MicroPython's `mpy-cross` where it is on
//! PATH (`mpycross`; skipped with a message where it is not).
//! Prints every failing test with a diff excerpt, then fails if any test failed.
//!
//! `tests/skip.txt` lists tests excluded from a configuration, one per line:
//! `<config|all> <area>/<name>.py  # reason`.
//!
//! A test may ask for more command-line options with a `# cmdline: <options>` line among its
//! leading comment lines (as in MicroPython's test runner), e.g. `# cmdline: -X irq=virtual`.

use std::collections::HashSet;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(60);

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().expect("repo root")
}

fn all_tests() -> Vec<PathBuf> {
    let mut out = Vec::new();
    let tests = repo_root().join("tests");
    for area in std::fs::read_dir(&tests).expect("tests dir").flatten() {
        if !area.path().is_dir() {
            continue;
        }
        for f in std::fs::read_dir(area.path()).expect("area dir").flatten() {
            let p = f.path();
            if p.extension().is_some_and(|e| e == "py") && p.with_extension("exp").exists() {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

fn skipped(config: &str) -> HashSet<String> {
    let path = repo_root().join("tests/skip.txt");
    let text = std::fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .filter_map(|l| {
            let l = l.split('#').next()?.trim();
            let mut parts = l.split_whitespace();
            let (cfg, name) = (parts.next()?, parts.next()?);
            (cfg == config || cfg == "all").then(|| name.to_string())
        })
        .collect()
}

/// The options of a `# cmdline:` line among the test's leading comment lines.
fn cmdline_options(py: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(py).unwrap_or_default();
    text.lines()
        .take_while(|l| l.starts_with('#'))
        .find_map(|l| l.strip_prefix("# cmdline:"))
        .map(|opts| opts.split_whitespace().map(String::from).collect())
        .unwrap_or_default()
}

/// How a test program reaches the interpreter.
#[derive(Clone, Copy)]
enum Via<'a> {
    /// `ferropy <extra args> name.py`.
    Source(&'a [&'a str]),
    /// Compiled to a `.mpy` by this compiler (mpy-cross command line), then run with `-m`.
    Mpy(&'a str),
}

/// What running one test gave.
enum Outcome {
    /// The merged output.
    Output(String),
    /// The test cannot run this way (the compiler refused it); not a failure.
    Skipped,
}

/// Runs one test; returns its outcome or a description of what went wrong.
fn run_test(py: &Path, via: Via) -> Result<Outcome, String> {
    let dir = py.parent().expect("test dir");
    let name = py.file_name().expect("file name").to_string_lossy().into_owned();
    let compiler = match via {
        Via::Source(extra) => {
            let mut args: Vec<String> = extra.iter().map(|s| s.to_string()).collect();
            args.extend(cmdline_options(py));
            args.push(name);
            return run_ferropy(dir, &args, None).map(Outcome::Output);
        }
        Via::Mpy(compiler) => compiler,
    };
    // The .mpy goes to a private directory under a module name of its own, so `-m` cannot
    // find the source beside the test instead; `-s` keeps the source name in tracebacks.
    let area = dir.file_name().expect("area").to_string_lossy().into_owned();
    let out_dir = std::env::temp_dir()
        .join(format!("ferropy-via-mpy-{}-{}", std::process::id(), compiler.replace(['/', ' '], "_")))
        .join(area);
    std::fs::create_dir_all(&out_dir).map_err(|e| format!("temp dir: {e}"))?;
    let stem = py.file_stem().expect("stem").to_string_lossy().into_owned();
    let module = format!("{stem}__via_mpy");
    let mpy = out_dir.join(format!("{module}.mpy"));
    let mut cmd: Vec<&str> = compiler.split(' ').collect();
    let mpy_str = mpy.to_string_lossy().into_owned();
    cmd.extend(["-s", &name, "-o", &mpy_str, &name]);
    let compiled = Command::new(cmd[0])
        .args(&cmd[1..])
        .current_dir(dir)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("{compiler} failed to start: {e}"))?;
    if !compiled.status.success() {
        return Ok(Outcome::Skipped);
    }
    let path = format!("{}:.frozen", out_dir.to_string_lossy());
    let mut args = cmdline_options(py);
    args.extend(["-m".to_string(), module]);
    let result = run_ferropy(dir, &args, Some(&path));
    let _ = std::fs::remove_file(&mpy);
    result.map(Outcome::Output)
}

/// Runs `ferropy <args>` in `dir` (with `MICROPYPATH` if given); returns its merged output.
fn run_ferropy(dir: &Path, args: &[String], micropypath: Option<&str>) -> Result<String, String> {
    let script = "exec \"$0\" \"$@\" 2>&1";
    let mut command = Command::new("sh");
    command
        .arg("-c")
        .arg(script)
        .arg(env!("CARGO_BIN_EXE_ferropy"))
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped());
    if let Some(p) = micropypath {
        command.env("MICROPYPATH", p);
    }
    let mut child = command.spawn().map_err(|e| format!("spawn failed: {e}"))?;
    let mut stdout = child.stdout.take().expect("stdout");
    let reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = stdout.read_to_end(&mut buf);
        buf
    });
    let start = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(_)) => break,
            Ok(None) if start.elapsed() > TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                return Err("TIMEOUT".into());
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(format!("wait failed: {e}")),
        }
    }
    let out = reader.join().map_err(|_| "reader thread failed".to_string())?;
    Ok(String::from_utf8_lossy(&out).replace("\r\n", "\n"))
}

fn first_difference(expected: &str, got: &str) -> String {
    let (e, g): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), got.lines().collect());
    for i in 0..e.len().max(g.len()) {
        let (a, b) = (e.get(i).copied(), g.get(i).copied());
        if a != b {
            return format!(
                "    line {}:\n      expected: {}\n      got:      {}",
                i + 1,
                a.unwrap_or("<end of output>"),
                b.map(|s| if s.len() > 300 { &s[..300] } else { s }).unwrap_or("<end of output>")
            );
        }
    }
    "    (outputs differ only in trailing newlines)".into()
}

fn run_suite(config: &str, via: Via) {
    let tests = all_tests();
    let skip = skipped(config);
    let root = repo_root().join("tests");
    let next = AtomicUsize::new(0);
    let failures = Mutex::new(Vec::new());
    let ran = AtomicUsize::new(0);
    let skipped_by_compiler = AtomicUsize::new(0);
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get()).min(8);
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(py) = tests.get(i) else { break };
                let rel = py.strip_prefix(&root).unwrap_or(py).to_string_lossy().into_owned();
                if skip.contains(&rel) {
                    continue;
                }
                ran.fetch_add(1, Ordering::SeqCst);
                let expected = std::fs::read_to_string(py.with_extension("exp")).unwrap_or_default();
                let verdict = match run_test(py, via) {
                    Ok(Outcome::Output(got)) if got == expected => None,
                    Ok(Outcome::Output(got)) => Some(first_difference(&expected, &got)),
                    Ok(Outcome::Skipped) => {
                        skipped_by_compiler.fetch_add(1, Ordering::SeqCst);
                        None
                    }
                    Err(e) => Some(format!("    {e}")),
                };
                if let Some(why) = verdict {
                    failures.lock().unwrap().push(format!("FAIL [{config}] {rel}\n{why}"));
                }
            });
        }
    });
    let mut failures = failures.into_inner().unwrap();
    failures.sort();
    for f in &failures {
        println!("{f}");
    }
    println!(
        "[{config}] {} tests, {} failed, {} not compiled",
        ran.load(Ordering::SeqCst),
        failures.len(),
        skipped_by_compiler.load(Ordering::SeqCst)
    );
    assert!(failures.is_empty(), "{} Python tests failed under {config}", failures.len());
}

#[test]
fn python_tests_default_heap() {
    run_suite("default", Via::Source(&[]));
}

#[test]
fn python_tests_gc_stress() {
    run_suite("gcstress", Via::Source(&["-X", "gcstress", "-X", "heapsize=512K"]));
}

#[test]
fn python_tests_small_heap() {
    run_suite("smallheap", Via::Source(&["-X", "heapsize=256K"]));
}

/// Round trip: `ferropy compile` writes each test as a `.mpy`, which ferropy loads (in place,
/// from a memory map) and runs. Tests that do not compile (they test compile errors) are
/// counted as not compiled.
#[test]
fn python_tests_via_mpy() {
    let compiler = format!("{} compile", env!("CARGO_BIN_EXE_ferropy"));
    run_suite("viampy", Via::Mpy(&compiler));
}

/// Interoperability: MicroPython's own compiler, `mpy-cross`, writes each test as a `.mpy`
/// for ferropy to run. Tests mpy-cross refuses (syntax MicroPython lacks) are counted as not
/// compiled.
#[test]
fn python_tests_via_mpy_cross() {
    let found = Command::new("mpy-cross").arg("--version").output().is_ok_and(|o| o.status.success());
    if !found {
        println!("mpy-cross is not on PATH: skipping the mpy-cross interop run");
        return;
    }
    run_suite("mpycross", Via::Mpy("mpy-cross"));
}

/// Compiler fixtures that are not meant to finish (they test code generation of endless loops).
const ENDLESS_FIXTURES: [&str; 1] = ["dead__code"];

/// The `.mpy` files mpy-cross 1.29 made from `tests/compiler/*.py` (checked in, so this runs
/// without mpy-cross): each loads and runs with the same output as its source, run with the
/// same optimisation level (`# mpy-cross-args: -O1`).
#[test]
fn mpy_cross_fixtures_run_like_their_source() {
    let dir = repo_root().join("tests/compiler");
    let out_dir = std::env::temp_dir().join(format!("ferropy-mpy-fixtures-{}", std::process::id()));
    std::fs::create_dir_all(&out_dir).expect("temp dir");
    let mut failures = Vec::new();
    let mut ran = 0;
    for entry in std::fs::read_dir(&dir).expect("tests/compiler").flatten() {
        let mpy = entry.path();
        if mpy.extension().is_none_or(|e| e != "mpy") {
            continue;
        }
        let stem = mpy.file_stem().expect("stem").to_string_lossy().into_owned();
        if ENDLESS_FIXTURES.contains(&stem.as_str()) {
            continue;
        }
        let src = std::fs::read_to_string(mpy.with_extension("py")).unwrap_or_default();
        let mut source_args = Vec::new();
        if let Some(opt) = src.lines().next().and_then(|l| l.strip_prefix("# mpy-cross-args:")) {
            source_args.extend(opt.split_whitespace().filter(|a| a.starts_with("-O")).map(String::from));
        }
        source_args.push(format!("{stem}.py"));
        let module = format!("{stem}__fixture");
        std::fs::copy(&mpy, out_dir.join(format!("{module}.mpy"))).expect("copy fixture");
        let path = out_dir.to_string_lossy().into_owned();
        let from_source = run_ferropy(&dir, &source_args, None);
        let from_mpy = run_ferropy(&dir, &["-m".to_string(), module], Some(&path));
        ran += 1;
        match (from_source, from_mpy) {
            (Ok(a), Ok(b)) if a == b => {}
            (Ok(a), Ok(b)) => failures.push(format!("FAIL {stem}.mpy\n{}", first_difference(&a, &b))),
            (a, b) => failures.push(format!("FAIL {stem}.mpy: {a:?} / {b:?}")),
        }
    }
    let _ = std::fs::remove_dir_all(&out_dir);
    for f in &failures {
        println!("{f}");
    }
    println!("[mpy fixtures] {ran} fixtures, {} failed", failures.len());
    assert!(ran > 0 && failures.is_empty(), "{} mpy-cross fixtures failed", failures.len());
}
