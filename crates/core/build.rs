//! Generates the static qstr table from `src/qstr/names.txt`: one `Qstr` constant per name, the
//! strings, their hashes and an index sorted by string for binary-search interning. Static
//! qstrs live in read-only data and cost no RAM, as MicroPython's do.

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

/// Must equal `qstr::hash_bytes` (a unit test there checks the generated hashes against it).
fn hash_bytes(bytes: &[u8]) -> u32 {
    let mut h: u32 = 0x811C_9DC5;
    for &b in bytes {
        h ^= b as u32;
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') => out.push('\n'),
                Some('\\') => out.push('\\'),
                Some('"') => out.push('"'),
                other => panic!("bad escape \\{other:?} in names.txt"),
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn main() {
    let src = Path::new("src/qstr/names.txt");
    println!("cargo:rerun-if-changed={}", src.display());
    let text = fs::read_to_string(src).expect("read names.txt");
    let mut entries: Vec<(String, String)> = Vec::new();
    for line in text.lines() {
        let line = line.trim_end();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (name, string) = match line.split_once(" = ") {
            Some((name, quoted)) => {
                let inner = quoted.strip_prefix('"').and_then(|q| q.strip_suffix('"'));
                (name.to_string(), unescape(inner.expect("quoted string in names.txt")))
            }
            None => (line.to_string(), line.to_string()),
        };
        assert!(
            !entries.iter().any(|(n, s)| *n == name || *s == string),
            "duplicate qstr {name} in names.txt"
        );
        entries.push((name, string));
    }
    let mut out = String::new();
    writeln!(out, "/// Number of static qstrs, including the null qstr 0.").unwrap();
    writeln!(out, "pub const STATIC_COUNT: usize = {};", entries.len() + 1).unwrap();
    writeln!(out, "#[allow(non_upper_case_globals)]\npub mod q {{\n    use super::Qstr;").unwrap();
    for (i, (name, _)) in entries.iter().enumerate() {
        writeln!(out, "    pub const {name}: Qstr = Qstr({});", i + 1).unwrap();
    }
    writeln!(out, "}}").unwrap();
    writeln!(out, "static STATIC_STRS: [&str; {}] = [\"\",", entries.len() + 1).unwrap();
    for (_, s) in &entries {
        writeln!(out, "    {s:?},").unwrap();
    }
    writeln!(out, "];").unwrap();
    writeln!(out, "static STATIC_HASHES: [u32; {}] = [0,", entries.len() + 1).unwrap();
    for (_, s) in &entries {
        writeln!(out, "    {},", hash_bytes(s.as_bytes())).unwrap();
    }
    writeln!(out, "];").unwrap();
    // Open-addressing index by hash (0 = empty slot), at most half full.
    let size = (entries.len() * 2).next_power_of_two();
    let mut index = vec![0u16; size];
    for (i, (_, s)) in entries.iter().enumerate() {
        let mut slot = hash_bytes(s.as_bytes()) as usize & (size - 1);
        while index[slot] != 0 {
            slot = (slot + 1) & (size - 1);
        }
        index[slot] = (i + 1) as u16;
    }
    writeln!(out, "static STATIC_INDEX: [u16; {size}] = {index:?};").unwrap();
    let dest = Path::new(&env::var("OUT_DIR").unwrap()).join("qstr_static.rs");
    fs::write(dest, out).expect("write qstr_static.rs");
}
