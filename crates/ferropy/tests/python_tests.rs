//! Runs every `tests/<area>/<name>.py` with the `ferropy` binary and compares its merged
//! stdout/stderr with `<name>.exp`, in three configurations: the default heap, GC stress
//! (a collection before every allocation, on a small heap so it stays fast) and a small heap.
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

/// Runs one test; returns its merged output or a description of what went wrong.
fn run_test(py: &Path, extra: &[&str]) -> Result<String, String> {
    let dir = py.parent().expect("test dir");
    let name = py.file_name().expect("file name").to_string_lossy().into_owned();
    let mut args: Vec<String> = extra.iter().map(|s| s.to_string()).collect();
    args.extend(cmdline_options(py));
    args.push(name);
    let script = "exec \"$0\" \"$@\" 2>&1";
    let mut child = Command::new("sh")
        .arg("-c")
        .arg(script)
        .arg(env!("CARGO_BIN_EXE_ferropy"))
        .args(&args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("spawn failed: {e}"))?;
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

fn run_suite(config: &str, extra: &[&str]) {
    let tests = all_tests();
    let skip = skipped(config);
    let root = repo_root().join("tests");
    let next = AtomicUsize::new(0);
    let failures = Mutex::new(Vec::new());
    let ran = AtomicUsize::new(0);
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
                let verdict = match run_test(py, extra) {
                    Ok(got) if got == expected => None,
                    Ok(got) => Some(first_difference(&expected, &got)),
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
    println!("[{config}] {} tests, {} failed", ran.load(Ordering::SeqCst), failures.len());
    assert!(failures.is_empty(), "{} Python tests failed under {config}", failures.len());
}

#[test]
fn python_tests_default_heap() {
    run_suite("default", &[]);
}

#[test]
fn python_tests_gc_stress() {
    run_suite("gcstress", &["-X", "gcstress", "-X", "heapsize=512K"]);
}

#[test]
fn python_tests_small_heap() {
    run_suite("smallheap", &["-X", "heapsize=256K"]);
}
