//! The portable part of the `os` module: files and directories (through the VFS mount table,
//! see `modules::vfs`), the environment and random bytes (through the port). A platform
//! builds its `os` module from `TABLE` plus what only it has (the host adds `uname`,
//! `system`, `putenv`, ...), and registers it with `Vm::register_module`; a platform without
//! a file system need not have `os` at all.

use crate::modules::vfs;
use crate::obj::builtin_fn::BuiltinFn;
use crate::obj::{bytes, str as pystr};
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// `os.listdir(path='')`: the names in a directory.
fn listdir(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    vfs::listdir(vm, args.first().copied())
}

/// `os.ilistdir(path='')`: an iterator of `(name, type, inode)` tuples, `type` being the
/// POSIX file-type bits (0x4000 directory, 0x8000 file).
fn ilistdir(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    vfs::ilistdir(vm, args.first().copied())
}

/// `os.stat(path)`: `(mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime)`.
fn stat(vm: &mut Vm, path: Value) -> PyResult<Value> {
    vfs::stat(vm, path)
}

/// `os.statvfs(path)`: `(bsize, frsize, blocks, bfree, bavail, files, ffree, favail, flag,
/// namemax)`.
fn statvfs(vm: &mut Vm, path: Value) -> PyResult<Value> {
    vfs::statvfs(vm, path)
}

fn remove(vm: &mut Vm, path: Value) -> PyResult<Value> {
    vfs::remove_like(vm, q::remove, path).map(|_| Value::NONE)
}

fn rename(vm: &mut Vm, from: Value, to: Value) -> PyResult<Value> {
    vfs::rename(vm, from, to).map(|_| Value::NONE)
}

fn mkdir(vm: &mut Vm, path: Value) -> PyResult<Value> {
    vfs::mkdir(vm, path).map(|_| Value::NONE)
}

fn rmdir(vm: &mut Vm, path: Value) -> PyResult<Value> {
    vfs::remove_like(vm, q::rmdir, path).map(|_| Value::NONE)
}

fn chdir(vm: &mut Vm, path: Value) -> PyResult<Value> {
    vfs::chdir(vm, path).map(|_| Value::NONE)
}

fn getcwd(vm: &mut Vm) -> PyResult<Value> {
    vfs::getcwd(vm)
}

/// `os.getenv(key, default=None)`.
fn getenv(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let (key, _) = vfs::posix::path_text(vm, args[0])?;
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
static STATVFS: BuiltinFn = BuiltinFn::f1(q::statvfs, statvfs);
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
pub static TABLE: [(Qstr, Value); 15] = [
    (q::__name__, Value::qstr(q::os)),
    (q::sep, Value::qstr(q::_slash)),
    (q::listdir, Value::from_static(&LISTDIR)),
    (q::ilistdir, Value::from_static(&ILISTDIR)),
    (q::stat, Value::from_static(&STAT)),
    (q::statvfs, Value::from_static(&STATVFS)),
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
