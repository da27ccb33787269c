//! The portable part of the `os` module: files and directories, the environment and random
//! bytes, all through the port. A platform builds its `os` module from `TABLE` plus what only
//! it has (the host adds `uname`, `system`, `putenv`, ...), and registers it with
//! `Vm::register_module`; a platform without a file system need not have `os` at all.

use alloc::string::String;

use crate::obj::builtin_fn::BuiltinFn;
use crate::obj::{bytes, int, list, str as pystr, tuple};
use crate::port::{DirEntry, Errno};
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// A path argument: `str`, or `bytes` (in which case names come back as `bytes`).
fn path_arg(vm: &mut Vm, v: Value) -> PyResult<(String, bool)> {
    if let Some(t) = vm.text_of(v) {
        return Ok((String::from(t), false));
    }
    if bytes::is_bytes(v) {
        return Ok((String::from_utf8_lossy(bytes::data(v)).into_owned(), true));
    }
    let t = vm.type_name(v);
    Err(vm.type_error(&alloc::format!("can't convert '{t}' object to str implicitly")))
}

fn check(vm: &mut Vm, r: Result<(), Errno>) -> PyResult<Value> {
    r.map(|_| Value::NONE).map_err(|e| vm.os_error(e))
}

fn entries(vm: &mut Vm, args: &[Value]) -> PyResult<(alloc::vec::Vec<DirEntry>, bool)> {
    let (path, as_bytes) = match args.first() {
        Some(&p) => path_arg(vm, p)?,
        None => (String::from("."), false),
    };
    let list = vm.port.listdir(&path).map_err(|e| vm.os_error(e))?;
    Ok((list, as_bytes))
}

fn name_value(vm: &mut Vm, name: &str, as_bytes: bool) -> PyResult<Value> {
    if as_bytes {
        bytes::new(vm, name.as_bytes())
    } else {
        pystr::new(vm, name)
    }
}

/// `os.listdir(path='.')`: the names in a directory.
fn listdir(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let (found, as_bytes) = entries(vm, args)?;
    let out = list::new(vm, &[])?;
    for e in &found {
        let n = name_value(vm, &e.name, as_bytes)?;
        list::append(vm, out, n)?;
    }
    Ok(out)
}

/// `os.ilistdir(path='.')`: an iterator of `(name, type, inode)` tuples, `type` being the
/// POSIX file-type bits (0x4000 directory, 0x8000 file).
fn ilistdir(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let (found, as_bytes) = entries(vm, args)?;
    let out = list::new(vm, &[])?;
    for e in &found {
        let n = name_value(vm, &e.name, as_bytes)?;
        let inode = int::from_u64(vm, e.inode)?;
        let t = tuple::new(vm, &[n, Value::small_int(e.file_type as isize), inode])?;
        list::append(vm, out, t)?;
    }
    vm.get_iter(out)
}

/// `os.stat(path)`: `(mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime)`.
fn stat(vm: &mut Vm, path: Value) -> PyResult<Value> {
    let (p, _) = path_arg(vm, path)?;
    let st = vm.port.stat(&p).map_err(|e| vm.os_error(e))?;
    let mut items = [Value::NONE; 10];
    items[0] = int::from_u64(vm, st.mode as u64)?;
    items[1] = int::from_u64(vm, st.inode)?;
    items[2] = int::from_u64(vm, st.dev)?;
    items[3] = int::from_u64(vm, st.nlink)?;
    items[4] = int::from_u64(vm, st.uid as u64)?;
    items[5] = int::from_u64(vm, st.gid as u64)?;
    items[6] = int::from_u64(vm, st.size)?;
    items[7] = int::from_i64(vm, st.atime)?;
    items[8] = int::from_i64(vm, st.mtime)?;
    items[9] = int::from_i64(vm, st.ctime)?;
    tuple::new(vm, &items)
}

fn remove(vm: &mut Vm, path: Value) -> PyResult<Value> {
    let (p, _) = path_arg(vm, path)?;
    let r = vm.port.remove(&p);
    check(vm, r)
}

fn rename(vm: &mut Vm, from: Value, to: Value) -> PyResult<Value> {
    let (a, _) = path_arg(vm, from)?;
    let (b, _) = path_arg(vm, to)?;
    let r = vm.port.rename(&a, &b);
    check(vm, r)
}

fn mkdir(vm: &mut Vm, path: Value) -> PyResult<Value> {
    let (p, _) = path_arg(vm, path)?;
    let r = vm.port.mkdir(&p);
    check(vm, r)
}

fn rmdir(vm: &mut Vm, path: Value) -> PyResult<Value> {
    let (p, _) = path_arg(vm, path)?;
    let r = vm.port.rmdir(&p);
    check(vm, r)
}

fn chdir(vm: &mut Vm, path: Value) -> PyResult<Value> {
    let (p, _) = path_arg(vm, path)?;
    let r = vm.port.chdir(&p);
    check(vm, r)
}

fn getcwd(vm: &mut Vm) -> PyResult<Value> {
    let cwd = vm.port.getcwd().map_err(|e| vm.os_error(e))?;
    pystr::new(vm, &cwd)
}

/// `os.getenv(key, default=None)`.
fn getenv(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let (key, _) = path_arg(vm, args[0])?;
    match vm.port.getenv(&key) {
        Some(v) => pystr::new(vm, &v),
        None => Ok(args.get(1).copied().unwrap_or(Value::NONE)),
    }
}

/// `os.urandom(n)`: `n` random bytes.
fn urandom(vm: &mut Vm, n: Value) -> PyResult<Value> {
    let n = vm.to_i64(n)?;
    let Ok(n) = usize::try_from(n) else {
        return Err(vm.value_error("negative argument not allowed"));
    };
    if n > vm.heap.total_bytes() {
        return Err(vm.memory_error(n));
    }
    let mut buf = alloc::vec![0u8; n];
    vm.port.urandom(&mut buf).map_err(|e| vm.os_error(e))?;
    bytes::new(vm, &buf)
}

static LISTDIR: BuiltinFn = BuiltinFn::var(q::listdir, 0, 1, listdir);
static ILISTDIR: BuiltinFn = BuiltinFn::var(q::ilistdir, 0, 1, ilistdir);
static STAT: BuiltinFn = BuiltinFn::f1(q::stat, stat);
static REMOVE: BuiltinFn = BuiltinFn::f1(q::remove, remove);
static UNLINK: BuiltinFn = BuiltinFn::f1(q::unlink, remove);
static RENAME: BuiltinFn = BuiltinFn::f2(q::rename, rename);
static MKDIR: BuiltinFn = BuiltinFn::f1(q::mkdir, mkdir);
static RMDIR: BuiltinFn = BuiltinFn::f1(q::rmdir, rmdir);
static CHDIR: BuiltinFn = BuiltinFn::f1(q::chdir, chdir);
static GETCWD: BuiltinFn = BuiltinFn::f0(q::getcwd, getcwd);
static GETENV: BuiltinFn = BuiltinFn::var(q::getenv, 1, 2, getenv);
static URANDOM: BuiltinFn = BuiltinFn::f1(q::urandom, urandom);

/// The portable `os` functions.
pub static TABLE: [(Qstr, Value); 14] = [
    (q::__name__, Value::qstr(q::os)),
    (q::sep, Value::qstr(q::_slash)),
    (q::listdir, Value::from_static(&LISTDIR)),
    (q::ilistdir, Value::from_static(&ILISTDIR)),
    (q::stat, Value::from_static(&STAT)),
    (q::remove, Value::from_static(&REMOVE)),
    (q::unlink, Value::from_static(&UNLINK)),
    (q::rename, Value::from_static(&RENAME)),
    (q::mkdir, Value::from_static(&MKDIR)),
    (q::rmdir, Value::from_static(&RMDIR)),
    (q::chdir, Value::from_static(&CHDIR)),
    (q::getcwd, Value::from_static(&GETCWD)),
    (q::getenv, Value::from_static(&GETENV)),
    (q::urandom, Value::from_static(&URANDOM)),
];
