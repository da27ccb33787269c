//! `-v` on the command line, as MicroPython's unix binary does it: any `-v` prints the memory
//! summary at exit; two or more list the bytecode of everything compiled (MicroPython's
//! `cmdline/cmd_showbc*.py` tests match that listing).

use std::path::PathBuf;
use std::process::Command;

/// Writes `src` to a fresh file and runs it with `flags`; returns the exit code and stdout
/// followed by stderr.
fn run(name: &str, src: &str, flags: &[&str]) -> (i32, String) {
    let dir = std::env::temp_dir().join(format!("ferropy-cli-verbose-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file: PathBuf = dir.join("t.py");
    std::fs::write(&file, src).expect("write script");
    let out = Command::new(env!("CARGO_BIN_EXE_ferropy"))
        .args(flags)
        .arg("t.py")
        .current_dir(&dir)
        .output()
        .expect("run ferropy");
    let _ = std::fs::remove_dir_all(&dir);
    let mut text = String::from_utf8_lossy(&out.stdout).into_owned();
    text.push_str(&String::from_utf8_lossy(&out.stderr));
    (out.status.code().unwrap_or(-1), text)
}

/// Replaces every hexadecimal address (8+ digits) with `@`.
fn mask_addresses(text: &str) -> String {
    let mut out = String::new();
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        if word.len() >= 8 {
            out.push('@');
        } else {
            out.push_str(word);
        }
        word.clear();
    };
    for c in text.chars() {
        if c.is_ascii_hexdigit() {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

/// Checks the four memory-summary lines MicroPython prints at exit (numbers vary).
fn assert_mem_summary(lines: &[&str]) {
    let prefixes = ["mem: total=", "stack: ", "GC: total: ", " No. of 1-blocks: "];
    assert_eq!(lines.len(), prefixes.len(), "{lines:?}");
    for (line, prefix) in lines.iter().zip(prefixes) {
        assert!(line.starts_with(prefix), "{line:?} should start with {prefix:?}");
    }
    assert!(lines[0].contains(", current=") && lines[0].contains(", peak="));
    assert!(lines[1].contains(" out of "));
    assert!(lines[3].contains("max free sz: "));
}

#[test]
fn one_v_prints_the_memory_summary_after_the_output() {
    let (code, out) = run("one", "print('hi')\n", &["-v"]);
    assert_eq!(code, 0);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "hi");
    assert_mem_summary(&lines[1..]);
}

#[test]
fn two_v_list_the_bytecode_in_micropython_format() {
    let src = "def f(a):\n    return a + 1\nprint(f(1))\n";
    let (code, out) = run("two", src, &["-v", "-v"]);
    assert_eq!(code, 0);
    let lines: Vec<&str> = out.lines().collect();
    let (listing, summary) = lines.split_at(lines.len() - 4);
    assert_mem_summary(summary);
    let expected = "\
File t.py, code block '<module>' (descriptor: @, bytecode @@ 20 bytes)
Raw bytecode (code_info_size=4, bytecode_size=16):
 10 04 01 44 32 00 16 02 11 03 11 02 81 34 01 34
 01 59 51 63
arg names:
(N_STATE 3)
(N_EXC_STACK 0)
  bc=0 line=1
  bc=4 line=3
00 MAKE_FUNCTION @
02 STORE_NAME f
04 LOAD_NAME print
06 LOAD_NAME f
08 LOAD_CONST_SMALL_INT 1
09 CALL_FUNCTION n=1 nkw=0
11 CALL_FUNCTION n=1 nkw=0
13 POP_TOP
14 LOAD_CONST_NONE
15 RETURN_VALUE
File t.py, code block 'f' (descriptor: @, bytecode @@ 9 bytes)
Raw bytecode (code_info_size=5, bytecode_size=4):
 11 06 02 04 20 b0 81 f2 63
arg names: a
(N_STATE 3)
(N_EXC_STACK 0)
  bc=0 line=1
  bc=0 line=2
00 LOAD_FAST 0
01 LOAD_CONST_SMALL_INT 1
02 BINARY_OP 27 __add__
03 RETURN_VALUE
2
";
    let got = mask_addresses(&(listing.join("\n") + "\n"));
    assert_eq!(got, expected);
}

#[test]
fn three_v_add_nothing_more_and_exec_is_listed_too() {
    let src = "exec('x = 5')\nprint(x)\n";
    let (_, two) = run("three-a", src, &["-v", "-v"]);
    let (_, three) = run("three-b", src, &["-vvv"]);
    let strip = |s: &str| -> String {
        mask_addresses(s)
            .lines()
            .filter(|l| !l.contains(": ") && !l.contains('='))
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(strip(&two), strip(&three));
    assert!(two.contains("File <string>, code block '<module>'"), "{two}");
    assert!(two.contains("00 LOAD_CONST_SMALL_INT 5\n01 STORE_NAME x\n"), "{two}");
}

#[test]
fn the_summary_follows_an_uncaught_exception() {
    let (code, out) = run("exc", "raise ValueError(3)\n", &["-v"]);
    assert_eq!(code, 1);
    assert!(out.contains("ValueError: 3\n"), "{out}");
    assert!(out.starts_with("mem: total="), "{out}");
}
