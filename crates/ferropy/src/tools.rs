//! `.mpy` tools: `ferropy compile` (an mpy-cross-compatible compiler) and `ferropy mpy dump`
//! (a listing of a `.mpy` file like MicroPython's `mpy-tool.py -d`).

use std::path::Path;

use ferropy_core::bytecode::disasm;
use ferropy_core::compile::{self, CompileOptions, Mode};
use ferropy_core::mpy;

pub const COMPILE_USAGE: &str = "usage: ferropy compile [<opts>] <input filename>
Options:
-o : output file for compiled bytecode (defaults to input filename with .mpy extension)
-s : source filename to embed in the compiled bytecode (defaults to input file)
-O[N] : apply bytecode optimizations of level N
-march=<arch> : set architecture for native emitter (only bytecode is supported)
-msmall-int-bits=<n> : set the maximum bits used to encode a small-int (default 31)
-X emit=bytecode : set the code emitter (only bytecode is supported)
";

/// `ferropy compile ...`; returns the exit status.
pub fn compile(args: &[String]) -> i32 {
    let mut input: Option<&str> = None;
    let mut output: Option<String> = None;
    let mut source_name: Option<String> = None;
    let mut opts = CompileOptions::default();
    let mut i = 0;
    while i < args.len() {
        let a = args[i].as_str();
        match a {
            "-o" | "-s" => {
                let Some(v) = args.get(i + 1) else {
                    eprint!("{COMPILE_USAGE}");
                    return 1;
                };
                if a == "-o" {
                    output = Some(v.clone());
                } else {
                    source_name = Some(v.clone());
                }
                i += 1;
            }
            "-X" => {
                match args.get(i + 1).map(String::as_str) {
                    Some("emit=bytecode") => {}
                    Some(other) => {
                        eprintln!(
                            "ferropy compile: unsupported option -X {other} (only bytecode is emitted)"
                        );
                        return 1;
                    }
                    None => {
                        eprint!("{COMPILE_USAGE}");
                        return 1;
                    }
                }
                i += 1;
            }
            "-h" | "--help" => {
                print!("{COMPILE_USAGE}");
                return 0;
            }
            _ if a.starts_with("-march=") => {}
            _ if a.starts_with("-msmall-int-bits=") => match a["-msmall-int-bits=".len()..].parse::<u8>() {
                Ok(n) if (8..=63).contains(&n) => opts.small_int_bits = n,
                _ => {
                    eprintln!("ferropy compile: invalid small-int bits: {a}");
                    return 1;
                }
            },
            _ if a.starts_with("-O") => opts.opt_level = a[2..].parse().unwrap_or(1),
            _ if a.starts_with('-') => {
                eprintln!("ferropy compile: unknown option {a}");
                eprint!("{COMPILE_USAGE}");
                return 1;
            }
            _ => input = Some(a),
        }
        i += 1;
    }
    let Some(input) = input else {
        eprint!("{COMPILE_USAGE}");
        return 1;
    };
    let src = match std::fs::read(input) {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(e) => {
            eprintln!("ferropy compile: can't open {input}: {e}");
            return 1;
        }
    };
    opts.mode = Mode::Module;
    let name = source_name.unwrap_or_else(|| input.to_string());
    let cm = match compile::compile_source(&src, &name, &opts) {
        Ok(cm) => cm,
        Err(e) => {
            eprintln!("Traceback (most recent call last):");
            eprintln!("  File \"{name}\", line {}", e.line);
            eprintln!("{}: {}", e.exception_type(), e.message);
            return 1;
        }
    };
    let bytes = match mpy::write_mpy(&cm, opts.small_int_bits) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("ferropy compile: {}", e.message);
            return 1;
        }
    };
    let out = output.unwrap_or_else(|| Path::new(input).with_extension("mpy").to_string_lossy().into_owned());
    match std::fs::write(&out, bytes) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("ferropy compile: can't write {out}: {e}");
            1
        }
    }
}

/// `ferropy mpy dump FILE.mpy`; returns the exit status.
pub fn mpy_dump(args: &[String]) -> i32 {
    let [file] = args else {
        eprintln!("usage: ferropy mpy dump <file.mpy>");
        return 1;
    };
    let data = match std::fs::read(file) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("ferropy mpy dump: can't open {file}: {e}");
            return 1;
        }
    };
    match mpy::read_mpy(&data, 63) {
        Ok(cm) => {
            println!(
                "mpy version: 6, small int bits: {}, size: {} bytes",
                data.get(3).copied().unwrap_or(0),
                data.len()
            );
            print!("{}", disasm::disassemble(&cm));
            0
        }
        Err(e) => {
            eprintln!("ValueError: {}", e.message);
            1
        }
    }
}
