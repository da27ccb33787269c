//! `ferropy`: the host command line, a drop-in for MicroPython's unix binary.

mod args;
mod console_in;
mod mmap;
mod modules;
mod port;
mod repl;
mod run;
mod signals;
mod tools;

fn main() {
    let argv: Vec<String> = std::env::args().collect();
    match argv.get(1).map(String::as_str) {
        Some("compile") => std::process::exit(tools::compile(&argv[2..])),
        Some("mpy") if argv.get(2).map(String::as_str) == Some("dump") => {
            std::process::exit(tools::mpy_dump(&argv[3..]))
        }
        _ => {}
    }
    let code = match args::parse(argv) {
        Ok(args::Command::Help) => {
            print!("{}", args::USAGE);
            0
        }
        Ok(args::Command::Version) => {
            println!("ferropy {} (MicroPython 1.29 compatible)", env!("CARGO_PKG_VERSION"));
            0
        }
        Ok(args::Command::Run(opts)) => run::run(opts),
        Err(msg) => {
            eprintln!("{msg}");
            print!("{}", args::USAGE);
            1
        }
    };
    std::process::exit(code);
}
