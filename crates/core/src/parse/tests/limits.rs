//! Nesting limits: deep input ends in `RecursionLimit`, never in a Rust stack overflow, and
//! big flat input parses in linear time.

use std::format;
use std::string::String;
use std::thread;
use std::time::{Duration, Instant};

use crate::parse::{parse_module, ParseErrorKind, ParseOptions};

/// Runs `f` on a thread with a small stack, as an embedded target would have.
fn on_small_stack(f: impl FnOnce() + Send + 'static) {
    thread::Builder::new().stack_size(1 << 20).spawn(f).unwrap().join().unwrap();
}

fn nested(open: &str, inner: &str, close: &str, n: usize) -> String {
    format!("x = {}{inner}{}\n", open.repeat(n), close.repeat(n))
}

fn assert_too_deep(src: &str) {
    let err = parse_module(src).err().map(|e| e.kind);
    assert_eq!(err, Some(ParseErrorKind::RecursionLimit), "{}...", &src[..src.len().min(40)]);
}

const SHAPES: &[(&str, &str, &str)] = &[
    ("(", "1", ")"),
    ("[", "1", "]"),
    ("{", "1", "}"),
    ("-", "1", ""),
    ("not ", "1", ""),
    ("lambda: ", "1", ""),
    ("1 if 1 else ", "1", ""),
    ("2 ** ", "1", ""),
    ("f(", "1", ")"),
    ("a[", "1", "]"),
    ("f(*", "a", ")"),
    ("[*", "a", "]"),
    ("{1: ", "1", "}"),
    ("(yield ", "1", ")"),
];

#[test]
fn moderate_nesting_parses() {
    on_small_stack(|| {
        for &(open, inner, close) in SHAPES {
            let src = nested(open, inner, close, 150);
            assert!(parse_module(&src).is_ok(), "{open}");
        }
    });
}

#[test]
fn deep_nesting_is_a_recursion_error() {
    on_small_stack(|| {
        for &(open, inner, close) in SHAPES {
            assert_too_deep(&nested(open, inner, close, 201));
            assert_too_deep(&nested(open, inner, close, 10_000));
        }
    });
}

#[test]
fn deep_blocks_are_a_recursion_error() {
    let block = |n: usize| -> String {
        (0..n).map(|i| format!("{}if x:\n", " ".repeat(i))).collect::<String>() + &" ".repeat(n) + "pass\n"
    };
    on_small_stack(move || {
        assert!(parse_module(&block(150)).is_ok());
        assert_too_deep(&block(300));
    });
}

#[test]
fn long_chains_are_bounded_by_tree_depth() {
    on_small_stack(|| {
        let sum = |n: usize| format!("x = 1{}\n", " + 1".repeat(n));
        assert!(parse_module(&sum(900)).is_ok());
        assert_too_deep(&sum(100_000));
        assert_too_deep(&format!("x = a{}\n", ".b".repeat(100_000)));
        assert_too_deep(&format!("x = f{}\n", "()".repeat(100_000)));
        // Chains inside chains add up.
        let inner = format!("(1{})", " + 1".repeat(600));
        assert_too_deep(&format!("x = {inner}{}\n", " * 2".repeat(600)));
        let elifs = |n: usize| format!("if a:\n pass\n{}", "elif a:\n pass\n".repeat(n));
        assert!(parse_module(&elifs(500)).is_ok());
        assert_too_deep(&elifs(5_000));
    });
}

#[test]
fn limits_are_configurable() {
    let options = ParseOptions { max_nesting: 10, ..ParseOptions::default() };
    assert!(options.parse_module(&nested("(", "1", ")", 9)).is_ok());
    assert!(options.parse_module(&nested("(", "1", ")", 11)).is_err());
    let shallow = ParseOptions { max_depth: 50, ..ParseOptions::default() };
    assert!(shallow.parse_module(&format!("x = 1{}", " + 1".repeat(60))).is_err());
}

fn assert_quick(src: &str, limit: Duration) {
    let start = Instant::now();
    let result = parse_module(src);
    assert!(result.is_ok(), "{:?}", result.err());
    assert!(start.elapsed() < limit, "took {:?}", start.elapsed());
}

#[test]
fn big_inputs_parse_quickly() {
    let list = format!("x = [{}]\n", "12345, ".repeat(100_000));
    assert_quick(&list, Duration::from_secs(2));
    let line = "def f(a, b=2):\n    return a * b + f'{a!r:>4}' + str([i for i in range(10) if i % 2])\n";
    let megabyte = line.repeat((1 << 20) / line.len());
    assert_quick(&megabyte, Duration::from_secs(4));
    let string = format!("x = '{}'\n", "a".repeat(1 << 20));
    assert_quick(&string, Duration::from_secs(1));
}
