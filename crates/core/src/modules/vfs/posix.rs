//! `vfs.VfsPosix([root])`: a file system of the port's own files (the host's directories),
//! optionally confined to the directory `root`. The mount table holds one at `/` from the
//! start, as MicroPython's unix port does, so `os`, `open()` and import reach the port's files
//! through it.
//!
//! Paths starting with `/` are taken relative to `root`; other paths are relative to the
//! port's current directory (which `chdir` changes for the whole process, as in MicroPython).

use alloc::string::String;

use crate::gc::Marker;
use crate::modules::io::{parse_mode, Mode};
use crate::obj::builtin_fn::BuiltinFn;
use crate::obj::{bytes, flags, int, list, str as pystr, stream, tuple, ObjHeader, PrintKind, Type};
use crate::port::{errno, Errno, PathKind};
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// EROFS: the file system was mounted read-only.
const EROFS: Errno = 30;

#[repr(C)]
pub struct VfsPosixObj {
    header: ObjHeader,
    /// The root directory with a trailing `/` (a `str`), or NULL for no root (paths go to the
    /// port unchanged).
    root: Value,
    readonly: bool,
}

pub static VFS_POSIX_TYPE: Type = Type {
    flags: flags::BASETYPE,
    make_new: Some(make_new),
    print: Some(print),
    trace: Some(trace),
    locals: crate::obj::Locals::Static(&LOCALS),
    ..Type::builtin(q::VfsPosix)
};

fn trace(v: Value, m: &mut Marker) {
    m.mark(get(v).root);
}

fn get<'a>(v: Value) -> &'a mut VfsPosixObj {
    // SAFETY: callers pass a VfsPosix (checked by `this` or made by `new`); short borrows only.
    unsafe { &mut *v.as_ptr::<VfsPosixObj>() }
}

fn print(_vm: &mut Vm, _v: Value, out: &mut String, _kind: PrintKind) -> PyResult<()> {
    out.push_str("<VfsPosix>");
    Ok(())
}

/// Whether `v` is a `VfsPosix` (the mount table and import take shortcuts for it).
pub fn is_posix(v: Value) -> bool {
    v.is_obj() && v.is_exact(&VFS_POSIX_TYPE)
}

fn this(vm: &mut Vm, v: Value) -> PyResult<Value> {
    match vm.native_of(v, &VFS_POSIX_TYPE) {
        Some(p) => Ok(p),
        None => Err(vm.type_error("expected a VfsPosix")),
    }
}

/// A new `VfsPosix` rooted at `root` (`""`: the port's paths as they are).
pub fn new(vm: &mut Vm, root: &str) -> PyResult<Value> {
    let root_value = if root.is_empty() { Value::NULL } else { pystr::new(vm, root)? };
    let p = vm.alloc_obj::<VfsPosixObj>(&VFS_POSIX_TYPE, 0)?;
    // SAFETY: fresh allocation.
    unsafe {
        (*p).root = root_value;
        (*p).readonly = false;
    }
    Ok(Value::from_ptr(p))
}

fn make_new(vm: &mut Vm, ty: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    vm.check_args("VfsPosix", args, kw, 0, 1)?;
    let mut root = String::new();
    if let Some(&r) = args.first() {
        let (r, _) = path_text(vm, r)?;
        if !r.is_empty() && !r.starts_with('/') {
            // A relative root is made absolute, so a later chdir does not move it.
            root = vm.port.getcwd().map_err(|e| vm.os_error(e))?;
            root.push('/');
        }
        root.push_str(&r);
        root.push('/');
    }
    let v = new(vm, &root)?;
    vm.wrap_native_subclass(ty, &VFS_POSIX_TYPE, v)
}

/// A path argument as text and whether it was `bytes` (MicroPython accepts both).
pub fn path_text(vm: &mut Vm, v: Value) -> PyResult<(String, bool)> {
    if let Some(t) = vm.text_of(v) {
        return Ok((String::from(t), false));
    }
    if bytes::is_bytes(v) {
        return Ok((String::from_utf8_lossy(bytes::data(v)).into_owned(), true));
    }
    let t = vm.type_name(v);
    Err(vm.type_error(&alloc::format!("can't convert '{t}' object to str implicitly")))
}

/// The port path for `path` within the file system `fs`: absolute paths are put under the
/// root.
pub fn port_path(fs: Value, path: &str) -> String {
    let root = get(fs).root;
    if root.is_null() || !path.starts_with('/') {
        return String::from(path);
    }
    let r = pystr::obj_bytes(root);
    let mut out = String::from_utf8_lossy(&r[..r.len().saturating_sub(1)]).into_owned();
    out.push_str(path);
    out
}

fn arg_path(vm: &mut Vm, fs: Value, path: Value) -> PyResult<String> {
    let (p, _) = path_text(vm, path)?;
    Ok(port_path(fs, &p))
}

fn require_writable(vm: &mut Vm, fs: Value) -> PyResult<()> {
    if get(fs).readonly {
        return Err(vm.os_error(EROFS));
    }
    Ok(())
}

fn done(vm: &mut Vm, r: Result<(), Errno>) -> PyResult<Value> {
    r.map(|_| Value::NONE).map_err(|e| vm.os_error(e))
}

/// `mount(readonly, mkfs)`: remembers `readonly`; a VfsPosix cannot be formatted.
fn mount(vm: &mut Vm, fs: Value, readonly: Value, mkfs: Value) -> PyResult<Value> {
    let fs = this(vm, fs)?;
    if vm.is_true(readonly)? {
        get(fs).readonly = true;
    }
    if vm.is_true(mkfs)? {
        return Err(vm.os_error(errno::EPERM));
    }
    Ok(Value::NONE)
}

fn umount(vm: &mut Vm, fs: Value) -> PyResult<Value> {
    this(vm, fs)?;
    Ok(Value::NONE)
}

/// Opens `path` (already a port path) with an `open()` mode string.
pub fn open_port_path(vm: &mut Vm, path: &str, mode: &str) -> PyResult<Value> {
    let Some(Mode { flags, text }) = parse_mode(mode) else {
        return Err(vm.value_error(&alloc::format!("invalid mode: '{mode}'")));
    };
    let handle = vm.port.open(path, flags).map_err(|e| vm.os_error(e))?;
    stream::new_file(vm, handle, text, flags.read, flags.write)
}

/// The mode text of an `open` mode argument (NULL: `"r"`).
pub fn mode_text(vm: &mut Vm, mode: Value) -> PyResult<String> {
    if mode.is_null() {
        return Ok(String::from("r"));
    }
    match vm.text_of(mode) {
        Some(m) => Ok(String::from(m)),
        None => Err(vm.type_error("mode must be str")),
    }
}

/// `open(path, mode)`; writing modes raise EROFS on a read-only mount.
fn open(vm: &mut Vm, fs: Value, path: Value, mode: Value) -> PyResult<Value> {
    let fs = this(vm, fs)?;
    let mode = mode_text(vm, mode)?;
    if get(fs).readonly && mode.contains(['w', 'a', '+']) {
        return Err(vm.os_error(EROFS));
    }
    let p = arg_path(vm, fs, path)?;
    open_port_path(vm, &p, &mode)
}

fn chdir(vm: &mut Vm, fs: Value, path: Value) -> PyResult<Value> {
    let fs = this(vm, fs)?;
    let p = arg_path(vm, fs, path)?;
    let r = vm.port.chdir(&p);
    done(vm, r)
}

/// The port's current directory, seen from the root (`""` at the root itself).
fn getcwd(vm: &mut Vm, fs: Value) -> PyResult<Value> {
    let fs = this(vm, fs)?;
    let cwd = vm.port.getcwd().map_err(|e| vm.os_error(e))?;
    let root = get(fs).root;
    let shown = if root.is_null() {
        cwd.as_str()
    } else {
        let r = pystr::obj_bytes(root);
        let base = &r[..r.len().saturating_sub(1)];
        match cwd.as_bytes().strip_prefix(base) {
            Some(_) => &cwd[base.len()..],
            None => cwd.as_str(),
        }
    };
    pystr::new(vm, shown)
}

/// `ilistdir(path)`: an iterator of `(name, type, inode)`, names as `bytes` when the path is.
fn ilistdir(vm: &mut Vm, fs: Value, path: Value) -> PyResult<Value> {
    let fs = this(vm, fs)?;
    let (p, as_bytes) = path_text(vm, path)?;
    let mut p = port_path(fs, &p);
    if p.is_empty() {
        p.push('.');
    }
    let found = vm.port.listdir(&p).map_err(|e| vm.os_error(e))?;
    let out = list::new(vm, &[])?;
    for e in &found {
        let n = if as_bytes { bytes::new(vm, e.name.as_bytes())? } else { pystr::new(vm, &e.name)? };
        let inode = int::from_u64(vm, e.inode)?;
        let t = tuple::new(vm, &[n, Value::small_int(e.file_type as isize), inode])?;
        list::append(vm, out, t)?;
    }
    vm.get_iter(out)
}

fn mkdir(vm: &mut Vm, fs: Value, path: Value) -> PyResult<Value> {
    let fs = this(vm, fs)?;
    require_writable(vm, fs)?;
    let p = arg_path(vm, fs, path)?;
    let r = vm.port.mkdir(&p);
    done(vm, r)
}

fn remove(vm: &mut Vm, fs: Value, path: Value) -> PyResult<Value> {
    let fs = this(vm, fs)?;
    require_writable(vm, fs)?;
    let p = arg_path(vm, fs, path)?;
    let r = vm.port.remove(&p);
    done(vm, r)
}

fn rmdir(vm: &mut Vm, fs: Value, path: Value) -> PyResult<Value> {
    let fs = this(vm, fs)?;
    require_writable(vm, fs)?;
    let p = arg_path(vm, fs, path)?;
    let r = vm.port.rmdir(&p);
    done(vm, r)
}

fn rename(vm: &mut Vm, fs: Value, from: Value, to: Value) -> PyResult<Value> {
    let fs = this(vm, fs)?;
    require_writable(vm, fs)?;
    let a = arg_path(vm, fs, from)?;
    let b = arg_path(vm, fs, to)?;
    let r = vm.port.rename(&a, &b);
    done(vm, r)
}

/// `stat(path)`: `(mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime)`.
fn stat(vm: &mut Vm, fs: Value, path: Value) -> PyResult<Value> {
    let fs = this(vm, fs)?;
    let p = arg_path(vm, fs, path)?;
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

/// `statvfs(path)`: `(bsize, frsize, blocks, bfree, bavail, files, ffree, favail, flag,
/// namemax)`.
fn statvfs(vm: &mut Vm, fs: Value, path: Value) -> PyResult<Value> {
    let fs = this(vm, fs)?;
    let p = arg_path(vm, fs, path)?;
    let st = vm.port.statvfs(&p).map_err(|e| vm.os_error(e))?;
    let mut items = [Value::NONE; 10];
    for (slot, n) in items.iter_mut().zip(st) {
        *slot = int::from_u64(vm, n)?;
    }
    tuple::new(vm, &items)
}

/// What `path` names within `fs`, for import.
pub fn path_kind(vm: &mut Vm, fs: Value, path: &str) -> PathKind {
    let p = port_path(fs, path);
    vm.port.path_kind(&p)
}

/// The file `path` within `fs`, mapped read-only by the port (see `Port::map_file`).
pub fn map_file(vm: &mut Vm, fs: Value, path: &str) -> Option<&'static [u8]> {
    let p = port_path(fs, path);
    vm.port.map_file(&p)
}

/// The contents of the file `path` within `fs`.
pub fn read_file(vm: &mut Vm, fs: Value, path: &str) -> Option<alloc::vec::Vec<u8>> {
    let p = port_path(fs, path);
    vm.port.read_file(&p)
}

static MOUNT: BuiltinFn = BuiltinFn::f3(q::mount, mount);
static UMOUNT: BuiltinFn = BuiltinFn::f1(q::umount, umount);
static OPEN: BuiltinFn = BuiltinFn::f3(q::open, open);
static CHDIR: BuiltinFn = BuiltinFn::f2(q::chdir, chdir);
static GETCWD: BuiltinFn = BuiltinFn::f1(q::getcwd, getcwd);
static ILISTDIR: BuiltinFn = BuiltinFn::f2(q::ilistdir, ilistdir);
static MKDIR: BuiltinFn = BuiltinFn::f2(q::mkdir, mkdir);
static REMOVE: BuiltinFn = BuiltinFn::f2(q::remove, remove);
static RENAME: BuiltinFn = BuiltinFn::f3(q::rename, rename);
static RMDIR: BuiltinFn = BuiltinFn::f2(q::rmdir, rmdir);
static STAT: BuiltinFn = BuiltinFn::f2(q::stat, stat);
static STATVFS: BuiltinFn = BuiltinFn::f2(q::statvfs, statvfs);

static LOCALS: [(Qstr, Value); 12] = [
    (q::chdir, Value::from_static(&CHDIR)),
    (q::getcwd, Value::from_static(&GETCWD)),
    (q::ilistdir, Value::from_static(&ILISTDIR)),
    (q::mkdir, Value::from_static(&MKDIR)),
    (q::mount, Value::from_static(&MOUNT)),
    (q::open, Value::from_static(&OPEN)),
    (q::remove, Value::from_static(&REMOVE)),
    (q::rename, Value::from_static(&RENAME)),
    (q::rmdir, Value::from_static(&RMDIR)),
    (q::stat, Value::from_static(&STAT)),
    (q::statvfs, Value::from_static(&STATVFS)),
    (q::umount, Value::from_static(&UMOUNT)),
];
