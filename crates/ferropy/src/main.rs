//! `ferropy`: the host command line, a drop-in for MicroPython's unix binary.

mod args;
mod port;
mod repl;
mod run;
mod signals;

fn main() {
    let code = match args::parse(std::env::args().collect()) {
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
