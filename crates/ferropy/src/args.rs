//! Command-line arguments, parsed as MicroPython's unix port parses them.

/// What to run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    File(String),
    Code(String),
    Module(String),
    Stdin,
}

#[derive(Debug, Clone)]
pub struct Options {
    pub source: Source,
    /// Arguments after the script (becoming `sys.argv[1:]`); argv[0] is set by the runner.
    pub argv: Vec<String>,
    pub heap_size: usize,
    pub opt_level: u8,
    pub verbose: u8,
    pub inspect: bool,
    pub gc_stress: bool,
    /// `-X compile-only`: stop after compiling.
    pub compile_only: bool,
    /// `-X irq=virtual`: timers run on the deterministic virtual clock.
    pub irq_virtual: bool,
}

pub enum Command {
    Run(Options),
    Help,
    Version,
}

pub const USAGE: &str = "usage: ferropy [<opts>] [-X <implopt>] [-c <command> | -m <module> | <filename>]
Options:
-h : print this help message
-i : enable inspection via REPL after running command/module/file
-v : verbose (trace various operations); can be multiple
-O[N] : apply bytecode optimizations of level N
-c <command> : run the given code
-m <module> : run the given module
--version : print the version

Implementation specific options (-X):
  compile-only                 -- parse and compile only
  emit={bytecode,native,viper} -- set the default code emitter
  heapsize=<n>[w][K|M]         -- set the heap size for the GC (default 2M)
  gcstress                     -- collect garbage before every allocation (for testing)
  irq={real,virtual}           -- timers on OS timers (default) or on a deterministic virtual
                                  clock advanced by the program (reproducible IRQ tests)
";

/// Default heap: 2 MiB, as on MicroPython's unix x64 build.
pub const DEFAULT_HEAP: usize = 2 * 1024 * 1024;

/// Parses `<n>[w][K|M]` (w = words of the machine's size).
pub fn parse_heap_size(s: &str) -> Option<usize> {
    let digits = s.trim_end_matches(['K', 'k', 'M', 'm', 'w']);
    let mut n: usize = digits.parse().ok()?;
    let suffix = &s[digits.len()..];
    let mut rest = suffix;
    if let Some(r) = rest.strip_prefix('w') {
        n = n.checked_mul(std::mem::size_of::<usize>())?;
        rest = r;
    }
    match rest {
        "" => Some(n),
        "K" | "k" => n.checked_mul(1024),
        "M" | "m" => n.checked_mul(1024 * 1024),
        _ => None,
    }
}

pub fn parse(argv: Vec<String>) -> Result<Command, String> {
    let mut opts = Options {
        source: Source::Stdin,
        argv: Vec::new(),
        heap_size: DEFAULT_HEAP,
        opt_level: 0,
        verbose: 0,
        inspect: std::env::var_os("MICROPYINSPECT").is_some(),
        gc_stress: false,
        compile_only: false,
        irq_virtual: false,
    };
    let mut i = 1;
    while i < argv.len() {
        let a = &argv[i];
        match a.as_str() {
            "-h" | "--help" => return Ok(Command::Help),
            "--version" => return Ok(Command::Version),
            "-i" => opts.inspect = true,
            "-c" => {
                let code = argv.get(i + 1).ok_or("-c needs an argument")?;
                opts.source = Source::Code(code.clone());
                opts.argv = argv[i + 2..].to_vec();
                return Ok(Command::Run(opts));
            }
            "-m" => {
                let m = argv.get(i + 1).ok_or("-m needs an argument")?;
                opts.source = Source::Module(m.clone());
                opts.argv = argv[i + 2..].to_vec();
                return Ok(Command::Run(opts));
            }
            "-X" => {
                let x = argv.get(i + 1).ok_or("-X needs an argument")?;
                i += 1;
                if let Some(v) = x.strip_prefix("heapsize=") {
                    opts.heap_size = parse_heap_size(v).ok_or_else(|| format!("invalid heapsize: {v}"))?;
                } else if let Some(v) = x.strip_prefix("emit=") {
                    if !matches!(v, "bytecode" | "native" | "viper") {
                        return Err(format!("invalid emitter: {v}"));
                    }
                } else if x == "gcstress" {
                    opts.gc_stress = true;
                } else if let Some(v) = x.strip_prefix("irq=") {
                    opts.irq_virtual = match v {
                        "virtual" => true,
                        "real" => false,
                        _ => return Err(format!("invalid irq clock: {v}")),
                    };
                } else if x == "compile-only" {
                    opts.compile_only = true;
                } else if x != "realtime" {
                    return Err(format!("invalid -X option: {x}"));
                }
            }
            "-" => {
                opts.source = Source::Stdin;
                opts.argv = argv[i + 1..].to_vec();
                return Ok(Command::Run(opts));
            }
            _ if a.starts_with("-O") => {
                let rest = &a[2..];
                opts.opt_level = if rest.is_empty() {
                    1
                } else if rest.chars().all(|c| c == 'O') {
                    1 + rest.len() as u8
                } else {
                    rest.parse().map_err(|_| format!("invalid option: {a}"))?
                };
            }
            _ if a.starts_with("-v") && a[1..].chars().all(|c| c == 'v') => {
                opts.verbose += (a.len() - 1) as u8
            }
            _ if a.starts_with('-') && a.len() > 1 => return Err(format!("invalid option: {a}")),
            _ => {
                opts.source = Source::File(a.clone());
                opts.argv = argv[i + 1..].to_vec();
                return Ok(Command::Run(opts));
            }
        }
        i += 1;
    }
    Ok(Command::Run(opts))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heap_sizes() {
        assert_eq!(parse_heap_size("1024"), Some(1024));
        assert_eq!(parse_heap_size("16K"), Some(16384));
        assert_eq!(parse_heap_size("2M"), Some(2 << 20));
        assert_eq!(parse_heap_size("100wK"), Some(100 * 1024 * std::mem::size_of::<usize>()));
        assert_eq!(parse_heap_size("x"), None);
        assert_eq!(parse_heap_size("5Q"), None);
    }

    fn run_opts(args: &[&str]) -> Options {
        let mut v = vec!["ferropy".to_string()];
        v.extend(args.iter().map(|s| s.to_string()));
        match parse(v) {
            Ok(Command::Run(o)) => o,
            _ => panic!("expected run options"),
        }
    }

    #[test]
    fn script_arguments_stop_option_parsing() {
        let o = run_opts(&["-X", "emit=bytecode", "-X", "heapsize=64K", "t.py", "-v", "x"]);
        assert_eq!(o.source, Source::File("t.py".into()));
        assert_eq!(o.argv, vec!["-v", "x"]);
        assert_eq!(o.heap_size, 65536);
        assert_eq!(o.verbose, 0);
    }

    #[test]
    fn code_and_module() {
        assert_eq!(run_opts(&["-c", "print(1)", "a"]).source, Source::Code("print(1)".into()));
        assert_eq!(run_opts(&["-m", "mod"]).source, Source::Module("mod".into()));
        assert_eq!(run_opts(&["-O2"]).opt_level, 2);
        assert_eq!(run_opts(&["-OO"]).opt_level, 2);
        assert!(run_opts(&["-X", "irq=virtual"]).irq_virtual);
        assert!(!run_opts(&["-X", "irq=real"]).irq_virtual);
        assert!(parse(vec!["ferropy".into(), "-X".into(), "irq=fast".into()]).is_err());
    }
}
