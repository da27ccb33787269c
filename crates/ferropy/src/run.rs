//! Running a program: building the VM, setting up `sys`, executing the source and reporting
//! an uncaught exception as MicroPython's unix binary does (traceback on stderr, exit status 1;
//! `SystemExit` gives its code).

use std::sync::atomic::AtomicBool;

use ferropy_core::obj::{dict, exception, int, list, str as pystr};
use ferropy_core::vm::init::Config;
use ferropy_core::vm::{Limits, Vm};

use crate::args::{Options, Source};
use crate::port::HostPort;

/// Set from the SIGINT handler; the VM raises KeyboardInterrupt when it sees it.
static INTERRUPT: AtomicBool = AtomicBool::new(false);

/// Stack for the interpreter thread: deep enough for the nesting limits the VM enforces.
const THREAD_STACK: usize = 256 * 1024 * 1024;

pub fn run(opts: Options) -> i32 {
    // The interpreter thread ends the process itself: tearing down its large stack first would
    // add to every run's time for nothing.
    let handle = std::thread::Builder::new()
        .stack_size(THREAD_STACK)
        .spawn(move || -> () { std::process::exit(run_on_this_thread(opts)) });
    // Ctrl-C must reach the interpreter's thread, to cut short a wait for input there.
    crate::signals::block_sigint_on_this_thread();
    match handle {
        Ok(h) => {
            // Only an interpreter thread that ended without exiting the process gets here.
            let _ = h.join();
            eprintln!("ferropy: internal error");
            1
        }
        Err(e) => {
            eprintln!("ferropy: cannot start the interpreter thread: {e}");
            1
        }
    }
}

fn heap_region(size: usize) -> &'static mut [u8] {
    Box::leak(vec![0u8; size].into_boxed_slice())
}

fn run_on_this_thread(opts: Options) -> i32 {
    let config = Config {
        heap: heap_region(opts.heap_size),
        port: Box::new(HostPort::new()),
        limits: Limits::default(),
        interrupt: &INTERRUPT,
    };
    let mut vm = match Vm::new(config) {
        Ok(vm) => vm,
        Err(_) => {
            eprintln!("ferropy: heap size {} is too small", opts.heap_size);
            return 1;
        }
    };
    vm.opt_level = opts.opt_level;
    vm.verbose = opts.verbose;
    crate::modules::register(&mut vm);
    crate::modules::timers::init(&mut vm, opts.irq_virtual);
    vm.heap.stress = opts.gc_stress;
    crate::signals::install_sigint(&INTERRUPT);
    if setup_sys(&mut vm, &opts).is_err() {
        let e = vm.take_exc();
        vm.print_exception(e);
        return 1;
    }
    let interactive = std::io::IsTerminal::is_terminal(&std::io::stdin());
    let result = match &opts.source {
        Source::File(path) => run_file(&mut vm, path, opts.compile_only),
        Source::Code(code) => run_source(&mut vm, code, "<stdin>", opts.compile_only),
        Source::Module(name) => vm.import_main_module(name),
        Source::Stdin if interactive => return crate::repl::run(&mut vm),
        Source::Stdin => {
            let mut src = String::new();
            let _ = std::io::Read::read_to_string(&mut std::io::stdin(), &mut src);
            run_source(&mut vm, &src, "<stdin>", opts.compile_only)
        }
    };
    let mut code = match result {
        Ok(()) => 0,
        Err(_) => report(&mut vm),
    };
    if opts.inspect && code == 0 && !matches!(opts.source, Source::Stdin) {
        code = crate::repl::run(&mut vm);
    }
    if vm.run_atexit().is_err() {
        code = report(&mut vm);
    }
    if opts.verbose > 0 {
        let info = ferropy_core::modules::micropython::mem_info_text(&vm);
        vm.write_stdout(&info);
    }
    code
}

/// Runs source text as `__main__` (or only compiles it, for `-X compile-only`).
fn run_source(vm: &mut Vm, src: &str, name: &str, compile_only: bool) -> ferropy_core::vm::PyResult<()> {
    if compile_only {
        return vm.compile_source(src, name, ferropy_core::compile::Mode::Module).map(|_| ());
    }
    let g = vm.main_globals();
    let rc = vm.load_source(src, name, g)?;
    release_free_memory();
    vm.run_module_code(rc, g).map(|_| ())
}

/// Gives the memory the compiler freed back to the system: the C allocator would keep those
/// pages (a few hundred KB for a benchmark-sized script) resident for the whole run.
fn release_free_memory() {
    // SAFETY: malloc_trim only returns free memory of the C allocator to the system.
    unsafe { libc::malloc_trim(0) };
}

fn run_file(vm: &mut Vm, path: &str, compile_only: bool) -> ferropy_core::vm::PyResult<()> {
    let src = match std::fs::read(path) {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(e) => {
            eprintln!("ferropy: can't open file '{path}': [Errno {}] {}", e.raw_os_error().unwrap_or(2), e);
            std::process::exit(2);
        }
    };
    let g = vm.main_globals();
    let f = pystr::new(vm, path)?;
    dict::set_qstr(vm, g, ferropy_core::qstr::q::__file__, f)?;
    run_source(vm, &src, path, compile_only)
}

/// `sys.argv`, `sys.path` and `sys.executable` as MicroPython's unix port sets them.
fn setup_sys(vm: &mut Vm, opts: &Options) -> ferropy_core::vm::PyResult<()> {
    if let Ok(exe) = std::env::current_exe() {
        vm.sys.executable = pystr::new(vm, &exe.to_string_lossy())?;
    }
    let argv0 = match &opts.source {
        Source::File(p) => p.clone(),
        Source::Module(m) => m.clone(),
        _ => String::new(),
    };
    let a0 = pystr::new(vm, &argv0)?;
    list::append(vm, vm.sys.argv, a0)?;
    for a in &opts.argv {
        let s = pystr::new(vm, a)?;
        list::append(vm, vm.sys.argv, s)?;
    }
    let first = match &opts.source {
        Source::File(p) => match std::path::Path::new(p).parent() {
            Some(d) => d.to_string_lossy().into_owned(),
            None => String::new(),
        },
        _ => String::new(),
    };
    let f = pystr::new(vm, &first)?;
    list::set_items(vm, vm.sys.path, &[f])?;
    let home = std::env::var("HOME").unwrap_or_default();
    let entries: Vec<String> = match std::env::var("MICROPYPATH") {
        Ok(p) => p.split(':').map(String::from).collect(),
        Err(_) => vec![".frozen".into(), "~/.micropython/lib".into(), "/usr/lib/micropython".into()],
    };
    for e in entries {
        let e = match e.strip_prefix("~/") {
            Some(rest) => format!("{home}/{rest}"),
            None => e,
        };
        let s = pystr::new(vm, &e)?;
        list::append(vm, vm.sys.path, s)?;
    }
    Ok(())
}

/// The exit status a pending `SystemExit` asks for (taking it), or `None` for any other
/// exception.
pub fn exit_code_if_system_exit(vm: &mut Vm) -> Option<i32> {
    let e = vm.pending_exc();
    if !vm.is_subclass_of_static(vm.type_of(e), &exception::SYSTEM_EXIT_TYPE) {
        return None;
    }
    vm.take_exc();
    let args = exception::args(vm, e);
    let items = ferropy_core::obj::tuple::items(args);
    Some(match items.first() {
        None => 0,
        Some(&c) if c.is_none() => 0,
        Some(&c) => match int::as_int(vm, c) {
            Some(int::Int::Small(n)) => n as i32,
            _ => {
                let s = vm.str_string(c).unwrap_or_default();
                vm.write_stderr(&format!("{s}\n"));
                1
            }
        },
    })
}

/// Reports the pending exception; returns the process exit status.
fn report(vm: &mut Vm) -> i32 {
    if let Some(code) = exit_code_if_system_exit(vm) {
        return code;
    }
    let e = vm.take_exc();
    vm.print_exception(e);
    1
}
