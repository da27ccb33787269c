//! A program blocked reading standard input still services its interrupts: hard timer
//! handlers run while it waits (real OS timers, so only a generous lower bound is checked),
//! and Ctrl-C raises KeyboardInterrupt out of the wait.

use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::thread::sleep;
use std::time::Duration;

/// Starts ferropy on `src` with piped stdin and stdout.
fn spawn(src: &str) -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_ferropy"))
        .args(["-c", src])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run ferropy")
}

fn output(mut child: std::process::Child) -> String {
    let mut out = String::new();
    child.stdout.take().expect("stdout").read_to_string(&mut out).expect("read stdout");
    let mut err = String::new();
    child.stderr.take().expect("stderr").read_to_string(&mut err).expect("read stderr");
    child.wait().expect("exit");
    out + &err
}

#[test]
fn timer_handlers_run_while_input_waits() {
    let src = "import pyb\nn = [0]\ndef h(t):\n    n[0] += 1\n\
               t = pyb.Timer(2, freq=200, callback=h)\ns = input()\nt.deinit()\nprint(s, n[0])\n";
    let mut child = spawn(src);
    sleep(Duration::from_millis(400));
    child.stdin.take().expect("stdin").write_all(b"line\n").expect("write line");
    let out = output(child);
    let mut words = out.split_whitespace();
    assert_eq!(words.next(), Some("line"), "{out}");
    let n: u32 = words.next().and_then(|w| w.parse().ok()).unwrap_or_else(|| panic!("{out}"));
    // 80 interrupts are due in 400 ms; a loaded machine may deliver fewer, but never none.
    assert!(n >= 5, "only {n} interrupts while input() waited: {out}");
}

#[test]
fn ctrl_c_interrupts_a_wait_for_input() {
    let src = "try:\n    input()\nexcept KeyboardInterrupt:\n    print('interrupted')\n";
    // Stdin stays open (the pipe is held in `child`), so only the signal ends the wait.
    let child = spawn(src);
    sleep(Duration::from_millis(300));
    // SAFETY: kill only sends a signal to the child process.
    unsafe { libc::kill(child.id() as libc::pid_t, libc::SIGINT) };
    assert_eq!(output(child).trim(), "interrupted");
}
