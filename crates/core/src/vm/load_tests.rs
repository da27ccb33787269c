//! Loading `.mpy` bytes in place and importing frozen modules, on a whole VM.

use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;
use core::cell::RefCell;
use core::sync::atomic::AtomicBool;

use crate::compile::{compile_source, CompileOptions};
use crate::mpy::write_mpy;
use crate::obj::code;
use crate::port::{PathKind, Port};
use crate::vm::init::Config;
use crate::vm::{Limits, Vm};

static NO_INTERRUPT: AtomicBool = AtomicBool::new(false);

/// A port without files whose standard output the test can read.
struct CapturePort(Rc<RefCell<Vec<u8>>>);

impl Port for CapturePort {
    fn write_stdout(&mut self, bytes: &[u8]) {
        self.0.borrow_mut().extend_from_slice(bytes);
    }
    fn write_stderr(&mut self, bytes: &[u8]) {
        self.0.borrow_mut().extend_from_slice(bytes);
    }
    fn path_kind(&mut self, _path: &str) -> PathKind {
        PathKind::Missing
    }
    fn read_file(&mut self, _path: &str) -> Option<Vec<u8>> {
        None
    }
}

fn new_vm() -> (Vm, Rc<RefCell<Vec<u8>>>) {
    let out = Rc::new(RefCell::new(Vec::new()));
    let config = Config {
        heap: Box::leak(vec![0u8; 1 << 20].into_boxed_slice()),
        port: Box::new(CapturePort(out.clone())),
        limits: Limits::default(),
        interrupt: &NO_INTERRUPT,
    };
    (Vm::new(config).expect("VM"), out)
}

/// `.mpy` bytes for `src`, kept for the rest of the test process (as read-only data is).
fn frozen_mpy(src: &str, name: &str) -> &'static [u8] {
    let cm = compile_source(src, name, &CompileOptions::default()).expect("compiles");
    Box::leak(write_mpy(&cm, 31).expect("writes").into_boxed_slice())
}

/// Runs `src` as `__main__`; returns its output, with the exception's text if it raised.
fn run(vm: &mut Vm, out: &Rc<RefCell<Vec<u8>>>, src: &str) -> String {
    let g = vm.main_globals();
    if vm.exec_source(src, "<test>", g).is_err() {
        let e = vm.take_exc();
        let text = vm.format_exception(e);
        out.borrow_mut().extend_from_slice(text.as_bytes());
    }
    String::from_utf8_lossy(&out.borrow_mut().split_off(0)).into_owned()
}

#[test]
fn in_place_code_points_into_the_mpy_bytes() {
    let (mut vm, _) = new_vm();
    let data = frozen_mpy("def f(x):\n    return x + 1\n", "m.py");
    let g = vm.main_globals();
    let rc = vm.load_mpy_in_place(data, g).unwrap();
    let within = |p: *const u8| data.as_ptr_range().contains(&p);
    let body = code::raw_code(rc);
    assert!(within(body.fun_data) && body.data_owner.is_null());
    let f = code::raw_code(body.child(0));
    assert!(within(f.fun_data) && f.data_owner.is_null());
    assert_eq!(vm.qstr_str(f.name), "f");
}

#[test]
fn frozen_modules_and_packages_import_through_dot_frozen() {
    let (mut vm, out) = new_vm();
    vm.register_frozen("greet.py", frozen_mpy("def hi(n):\n    return 'hi ' + n\n", "greet.py"));
    vm.register_frozen("pkg/__init__.py", frozen_mpy("X = 1\n", "pkg/__init__.py"));
    vm.register_frozen("pkg/sub.mpy", frozen_mpy("from . import X\nY = X + 1\n", "pkg/sub.py"));
    let got = run(
        &mut vm,
        &out,
        "import greet, pkg.sub\nprint(greet.hi('you'), greet.__file__, pkg.sub.Y, pkg.__path__)\n",
    );
    assert_eq!(got, "hi you greet.py 2 .frozen/pkg\n");
}

#[test]
fn the_shipped_library_is_frozen() {
    let (mut vm, out) = new_vm();
    let got = run(&mut vm, &out, "import bisect\nprint(bisect.bisect([1, 2, 3], 2), bisect.__file__)\n");
    assert_eq!(got, "2 bisect.py\n");
}

#[test]
fn frozen_modules_need_dot_frozen_on_sys_path() {
    let (mut vm, out) = new_vm();
    vm.register_frozen("greet.py", frozen_mpy("A = 1\n", "greet.py"));
    let got = run(&mut vm, &out, "import sys\nsys.path.remove('.frozen')\nimport greet\n");
    assert!(got.ends_with("ImportError: no module named 'greet'\n"), "{got}");
}

#[test]
fn bad_frozen_bytes_raise_value_error() {
    let (mut vm, out) = new_vm();
    vm.register_frozen("bad.py", b"M\x05\x00\x1f");
    vm.register_frozen("short.py", b"M\x06\x00\x1f\x02");
    let got =
        run(&mut vm, &out, "try:\n    import bad\nexcept ValueError as e:\n    print(e)\nimport short\n");
    assert!(got.starts_with("incompatible .mpy file\n"), "{got}");
    assert!(got.ends_with("ValueError: invalid .mpy file: truncated\n"), "{got}");
}
