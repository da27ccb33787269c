//! Places the functions a run needs at the start of the binary's code (hot-symbols.txt, made by
//! tools/hot_symbols.py), so a run maps only that part of the file instead of pages scattered
//! over all of it (docs/performance.md, "Code layout").
//!
//! Only where the linker is LLD: rustc's default for x86_64-unknown-linux-gnu since 1.90. Other
//! linkers do not take `--symbol-ordering-file`, and the binary is then linked as before.

use std::env;
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=hot-symbols.txt");
    println!("cargo:rerun-if-changed=build.rs");
    if env::var("TARGET").as_deref() != Ok("x86_64-unknown-linux-gnu") || !rustc_links_with_lld() {
        return;
    }
    let dir = env::var("CARGO_MANIFEST_DIR").unwrap_or_default();
    println!("cargo:rustc-link-arg-bins=-Wl,--symbol-ordering-file={dir}/hot-symbols.txt");
    // Names that a later change renamed or inlined are expected; they are skipped silently.
    println!("cargo:rustc-link-arg-bins=-Wl,--no-warn-symbol-ordering");
}

/// Whether rustc is 1.90 or later (its bundled LLD is then the default linker for the target),
/// and no other linker was asked for through RUSTFLAGS.
fn rustc_links_with_lld() -> bool {
    let flags = env::var("CARGO_ENCODED_RUSTFLAGS").unwrap_or_default();
    let linker_env = "CARGO_TARGET_X86_64_UNKNOWN_LINUX_GNU_LINKER";
    if flags.contains("linker") || flags.contains("fuse-ld") || env::var_os(linker_env).is_some() {
        return false;
    }
    let rustc = env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let Ok(out) = Command::new(rustc).arg("-V").output() else { return false };
    let version = String::from_utf8_lossy(&out.stdout);
    let mut numbers = version.split_whitespace().nth(1).unwrap_or("").split('.');
    let major: u32 = numbers.next().and_then(|n| n.parse().ok()).unwrap_or(0);
    let minor: u32 = numbers.next().and_then(|n| n.parse().ok()).unwrap_or(0);
    (major, minor) >= (1, 90)
}
