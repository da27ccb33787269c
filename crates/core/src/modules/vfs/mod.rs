//! `vfs` and the virtual file system layer under `os`, `open()` and import, with MicroPython's
//! semantics: a mount table maps mount points (`/flash`, `/sd`, or `/` itself) to file-system
//! objects, the native `VfsPosix` or any Python object with the methods `mount(readonly,
//! mkfs)`, `umount()`, `open(path, mode)`, `ilistdir(path)`, `stat(path)`, `chdir(path)`,
//! `getcwd()`, `mkdir`, `remove`, `rename`, `rmdir` and `statvfs`. A path is resolved to one
//! mounted file system and the path within it; the directory above the mount points is a
//! virtual root that lists them.
//!
//! Until a program first uses the table, it holds just a `VfsPosix` at `/` (the port's files)
//! as the current file system, as on MicroPython's unix port; it is only built then, so
//! programs that never touch it pay nothing.

pub mod posix;

use alloc::string::String;
use alloc::vec::Vec;

use crate::gc::Marker;
use crate::obj::builtin_fn::BuiltinFn;
use crate::obj::str_methods::bind;
use crate::obj::{bytearray, bytes, list, str as pystr, stream, tuple};
use crate::port::{errno, PathKind};
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The `st_mode` of a directory.
const S_IFDIR: isize = 0x4000;
/// `f_namemax` reported for the virtual root.
const PATH_MAX: isize = 4096;
/// `ioctl` requests of MicroPython's stream protocol used when reading a Python file object.
const IOCTL_CLOSE: isize = 4;
const IOCTL_GET_BUFFER_SIZE: isize = 11;
/// Read size for Python file objects that do not say (or say something unreasonable).
const DEFAULT_READ_SIZE: usize = 64;
const MAX_READ_SIZE: usize = 255;

/// One mounted file system.
pub struct Mount {
    /// The mount point as given (`/` for the root).
    path: String,
    obj: Value,
}

/// The mount table and the current file system (part of the VM's state).
#[derive(Default)]
pub struct MountTable {
    /// Mounts in lookup order; one at `/` is always last.
    mounts: Vec<Mount>,
    /// The current file system (an index into `mounts`), or `None` for the virtual root.
    cur: Option<usize>,
    /// Set once the initial `VfsPosix` at `/` has been mounted.
    ready: bool,
}

impl MountTable {
    /// Marks the mounted objects.
    pub fn trace(&self, m: &mut Marker) {
        for mount in &self.mounts {
            m.mark(mount.obj);
        }
    }
}

/// Where a path leads.
enum Target {
    /// The virtual root directory above the mount points.
    Root,
    /// Nowhere: nothing is mounted there.
    Missing,
    /// Mount `index`, at `path` within it.
    Mount(usize, String),
}

/// Mounts the port's files at `/` the first time the table is used.
fn ensure_ready(vm: &mut Vm) -> PyResult<()> {
    if vm.vfs.ready {
        return Ok(());
    }
    let fs = posix::new(vm, "")?;
    let t = &mut vm.vfs;
    t.mounts.push(Mount { path: String::from("/"), obj: fs });
    t.cur = Some(t.mounts.len() - 1);
    t.ready = true;
    Ok(())
}

/// Resolves `path` as MicroPython does: absolute paths (and every path while the current
/// directory is the virtual root) against the mount points, others within the current file
/// system.
fn lookup(t: &MountTable, path: &str) -> Target {
    let cur = match t.cur {
        Some(i) if !path.starts_with('/') => return Target::Mount(i, String::from(path)),
        cur => cur,
    };
    debug_assert!(path.starts_with('/') || cur.is_none());
    let rest = path.strip_prefix('/').unwrap_or(path);
    if rest.is_empty() {
        return Target::Root;
    }
    for (i, m) in t.mounts.iter().enumerate() {
        let point = m.path.get(1..).unwrap_or("");
        if point.is_empty() {
            return Target::Mount(i, String::from(path));
        }
        if let Some(after) = rest.strip_prefix(point) {
            if after.starts_with('/') {
                return Target::Mount(i, String::from(after));
            }
            if after.is_empty() {
                return Target::Mount(i, String::from("/"));
            }
        }
    }
    Target::Missing
}

/// Resolves a path argument (`str` or `bytes`); the path within the file system keeps the
/// argument's type.
fn resolve(vm: &mut Vm, path: Value) -> PyResult<(Target, Value)> {
    ensure_ready(vm)?;
    let (p, as_bytes) = posix::path_text(vm, path)?;
    let target = lookup(&vm.vfs, &p);
    let inner = match &target {
        Target::Mount(_, s) if as_bytes => bytes::new(vm, s.as_bytes())?,
        Target::Mount(_, s) => pystr::new(vm, s)?,
        _ => Value::NONE,
    };
    Ok((target, inner))
}

/// Calls method `name` of the file system `target` leads to: ENODEV where nothing is mounted,
/// EPERM on the virtual root.
fn proxy(vm: &mut Vm, target: &Target, name: Qstr, args: &[Value]) -> PyResult<Value> {
    match *target {
        Target::Missing => Err(vm.os_error(errno::ENODEV)),
        Target::Root => Err(vm.os_error(errno::EPERM)),
        Target::Mount(i, _) => {
            let obj = mount_obj(vm, i)?;
            vm.call_method(obj, name, args)
        }
    }
}

fn mount_obj(vm: &mut Vm, i: usize) -> PyResult<Value> {
    match vm.vfs.mounts.get(i) {
        Some(m) => Ok(m.obj),
        None => Err(vm.os_error(errno::ENODEV)),
    }
}

/// `vfs.mount(fsobj, mount_point, *, readonly=False, mkfs=False)`; with no arguments, the
/// list of `(fsobj, mount_point)`.
fn mount(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    ensure_ready(vm)?;
    if args.is_empty() && kw.is_empty() {
        let out = list::new(vm, &[])?;
        let mut i = 0;
        while let Some(m) = vm.vfs.mounts.get(i) {
            let (obj, path) = (m.obj, m.path.clone());
            let p = pystr::new(vm, &path)?;
            let t = tuple::new(vm, &[obj, p])?;
            list::append(vm, out, t)?;
            i += 1;
        }
        return Ok(out);
    }
    let mut all = Vec::with_capacity(args.len() + 1);
    all.push(Value::NONE);
    all.extend_from_slice(args);
    let [fs, point, readonly, mkfs] =
        bind(vm, "mount", &all, kw, [q::fsobj, q::mount_point, q::readonly, q::mkfs], 2)?;
    let (point_text, _) = posix::path_text(vm, point)?;
    if vm.load_method_opt(fs, q::mount)?.is_none() {
        // A block device: FAT and littlefs drivers are not built in, so nothing can be found.
        return Err(vm.os_error(errno::ENODEV));
    }
    let flag = |v: Value| if v.is_null() { Value::FALSE } else { v };
    vm.call_method(fs, q::mount, &[flag(readonly), flag(mkfs)])?;
    if let Target::Mount(i, _) = lookup(&vm.vfs, &point_text) {
        let existing_is_root = vm.vfs.mounts.get(i).is_some_and(|m| m.path.len() == 1);
        if point_text.len() == 1 || !existing_is_root {
            return Err(vm.os_error(errno::EPERM));
        }
    }
    let t = &mut vm.vfs;
    let at = t.mounts.iter().position(|m| m.path.len() == 1).unwrap_or(t.mounts.len());
    t.mounts.insert(at, Mount { path: point_text, obj: fs });
    if let Some(c) = t.cur.as_mut() {
        if *c >= at {
            *c += 1;
        }
    }
    Ok(Value::NONE)
}

/// `vfs.umount(mount_point or fsobj)`.
fn umount(vm: &mut Vm, which: Value) -> PyResult<Value> {
    ensure_ready(vm)?;
    let text = vm.text_of(which).map(String::from);
    let t = &mut vm.vfs;
    let found = t.mounts.iter().position(|m| text.as_deref() == Some(m.path.as_str()) || m.obj == which);
    let Some(i) = found else {
        return Err(vm.os_error(errno::EINVAL));
    };
    let removed = t.mounts.remove(i);
    t.cur = match t.cur {
        Some(c) if c == i => None,
        Some(c) if c > i => Some(c - 1),
        c => c,
    };
    vm.pin(removed.obj);
    vm.call_method(removed.obj, q::umount, &[])?;
    Ok(Value::NONE)
}

/// `os.chdir(path)`.
pub fn chdir(vm: &mut Vm, path: Value) -> PyResult<()> {
    let (target, inner) = resolve(vm, path)?;
    match target {
        Target::Root => {
            if let Some(i) = vm.vfs.mounts.iter().position(|m| m.path.len() == 1) {
                let obj = mount_obj(vm, i)?;
                vm.call_method(obj, q::chdir, &[Value::qstr(q::_slash)])?;
            }
            vm.vfs.cur = None;
        }
        Target::Mount(i, _) => {
            proxy(vm, &target, q::chdir, &[inner])?;
            // The call may have changed the table; keep the index only if it is still valid.
            vm.vfs.cur = (i < vm.vfs.mounts.len()).then_some(i);
        }
        Target::Missing => {
            proxy(vm, &target, q::chdir, &[inner])?;
        }
    }
    Ok(())
}

/// `os.getcwd()`: the mount point followed by the file system's own current directory.
pub fn getcwd(vm: &mut Vm) -> PyResult<Value> {
    ensure_ready(vm)?;
    let Some(i) = vm.vfs.cur else {
        return Ok(Value::qstr(q::_slash));
    };
    let obj = mount_obj(vm, i)?;
    let cwd = vm.call_method(obj, q::getcwd, &[])?;
    let Some(point) = vm.vfs.mounts.get(i).map(|m| m.path.clone()) else {
        return Ok(cwd);
    };
    if point.len() == 1 {
        return Ok(cwd);
    }
    let (c, _) = posix::path_text(vm, cwd)?;
    let mut s = point;
    if c != "/" {
        s.push_str(&c);
    }
    pystr::new(vm, &s)
}

/// `os.ilistdir(path='')`: the file system's entries; for the virtual root, one directory
/// entry per mount point and then the entries of whatever is mounted at `/`.
pub fn ilistdir(vm: &mut Vm, path: Option<Value>) -> PyResult<Value> {
    let path = path.unwrap_or(Value::qstr(q::_empty));
    let (target, inner) = resolve(vm, path)?;
    if !matches!(target, Target::Root) {
        return proxy(vm, &target, q::ilistdir, &[inner]);
    }
    let as_bytes = bytes::is_bytes(path);
    let out = list::new(vm, &[])?;
    let mut i = 0;
    while let Some(m) = vm.vfs.mounts.get(i) {
        i += 1;
        if m.path.len() == 1 {
            let obj = m.obj;
            let it = vm.call_method(obj, q::ilistdir, &[Value::qstr(q::_slash)])?;
            for entry in vm.iter_to_vec(it)? {
                list::append(vm, out, entry)?;
            }
            break;
        }
        let name = String::from(m.path.get(1..).unwrap_or(""));
        let n = if as_bytes { bytes::new(vm, name.as_bytes())? } else { pystr::new(vm, &name)? };
        let t = tuple::new(vm, &[n, Value::small_int(S_IFDIR), Value::small_int(0)])?;
        list::append(vm, out, t)?;
    }
    vm.get_iter(out)
}

/// `os.listdir(path='')`: the names `ilistdir` gives.
pub fn listdir(vm: &mut Vm, path: Option<Value>) -> PyResult<Value> {
    let it = ilistdir(vm, path)?;
    vm.pin(it);
    let out = list::new(vm, &[])?;
    while let Some(entry) = vm.iter_next(it)? {
        let name = vm.subscr_load(entry, Value::small_int(0))?;
        list::append(vm, out, name)?;
    }
    Ok(out)
}

/// `os.mkdir(path)`: EEXIST for the root and the mount points themselves.
pub fn mkdir(vm: &mut Vm, path: Value) -> PyResult<()> {
    let (target, inner) = resolve(vm, path)?;
    match &target {
        Target::Root => Err(vm.os_error(errno::EEXIST)),
        Target::Mount(_, p) if p == "/" => Err(vm.os_error(errno::EEXIST)),
        _ => proxy(vm, &target, q::mkdir, &[inner]).map(drop),
    }
}

/// `os.remove(path)` / `os.rmdir(path)` (`name` says which).
pub fn remove_like(vm: &mut Vm, name: Qstr, path: Value) -> PyResult<()> {
    let (target, inner) = resolve(vm, path)?;
    proxy(vm, &target, name, &[inner]).map(drop)
}

/// `os.rename(old, new)`: both must be on the same file system (EPERM otherwise).
pub fn rename(vm: &mut Vm, old: Value, new: Value) -> PyResult<()> {
    let (a, a_inner) = resolve(vm, old)?;
    let (b, b_inner) = resolve(vm, new)?;
    let same = match (&a, &b) {
        (Target::Mount(i, _), Target::Mount(j, _)) => i == j,
        (Target::Missing, Target::Missing) | (Target::Root, Target::Root) => true,
        _ => false,
    };
    if !same {
        return Err(vm.os_error(errno::EPERM));
    }
    proxy(vm, &a, q::rename, &[a_inner, b_inner]).map(drop)
}

/// `os.stat(path)`: the virtual root is a directory with every other field 0.
pub fn stat(vm: &mut Vm, path: Value) -> PyResult<Value> {
    let (target, inner) = resolve(vm, path)?;
    if matches!(target, Target::Root) {
        let mut items = [Value::small_int(0); 10];
        items[0] = Value::small_int(S_IFDIR);
        return tuple::new(vm, &items);
    }
    proxy(vm, &target, q::stat, &[inner])
}

/// `os.statvfs(path)`: for the virtual root, that of the file system mounted at `/`, or
/// zeros with a sensible `f_namemax` if there is none.
pub fn statvfs(vm: &mut Vm, path: Value) -> PyResult<Value> {
    let (target, inner) = resolve(vm, path)?;
    if !matches!(target, Target::Root) {
        return proxy(vm, &target, q::statvfs, &[inner]);
    }
    match vm.vfs.mounts.iter().position(|m| m.path.len() == 1) {
        Some(i) => {
            let root = Target::Mount(i, String::from("/"));
            proxy(vm, &root, q::statvfs, &[Value::qstr(q::_slash)])
        }
        None => {
            let mut items = [Value::small_int(0); 10];
            items[9] = Value::small_int(PATH_MAX);
            tuple::new(vm, &items)
        }
    }
}

/// `open(path, mode)` through the mount table (`mode` NULL for the default). A `VfsPosix`
/// opens the port's file; other file systems get `open(path, mode)` called.
pub fn open(vm: &mut Vm, path: Value, mode: Value) -> PyResult<Value> {
    if !vm.vfs.ready {
        // Nothing mounted yet: straight to the port's files.
        let (p, _) = posix::path_text(vm, path)?;
        let m = posix::mode_text(vm, mode)?;
        return posix::open_port_path(vm, &p, &m);
    }
    let (target, inner) = resolve(vm, path)?;
    let mode = if mode.is_null() { Value::qstr(q::r) } else { mode };
    proxy(vm, &target, q::open, &[inner, mode])
}

/// What `path` names, for import: asked of `VfsPosix` directly and of other file systems
/// through `stat` (any exception meaning "missing").
pub fn import_stat(vm: &mut Vm, path: &str) -> PathKind {
    if !vm.vfs.ready {
        return vm.port.path_kind(path);
    }
    let Target::Mount(i, inner) = lookup(&vm.vfs, path) else {
        return PathKind::Missing;
    };
    let Some(obj) = vm.vfs.mounts.get(i).map(|m| m.obj) else {
        return PathKind::Missing;
    };
    if posix::is_posix(obj) {
        return posix::path_kind(vm, obj, &inner);
    }
    let r = pystr::new(vm, &inner).and_then(|p| vm.call_method(obj, q::stat, &[p]));
    let mode = r.and_then(|st| {
        vm.pin(st);
        let m = vm.subscr_load(st, Value::small_int(0))?;
        vm.to_i64(m)
    });
    match mode {
        Ok(m) if m & S_IFDIR as i64 != 0 => PathKind::Dir,
        Ok(_) => PathKind::File,
        Err(_) => {
            vm.take_exc();
            PathKind::Missing
        }
    }
}

/// The file at `path` mapped read-only for the rest of the program, for importing a `.mpy`
/// in place: only files the port serves (directly or through a `VfsPosix`) can be mapped, and
/// only if the port can map them.
pub fn map_file(vm: &mut Vm, path: &str) -> Option<&'static [u8]> {
    if !vm.vfs.ready {
        return vm.port.map_file(path);
    }
    let Target::Mount(i, inner) = lookup(&vm.vfs, path) else {
        return None;
    };
    let obj = vm.vfs.mounts.get(i).map(|m| m.obj).filter(|&o| posix::is_posix(o))?;
    posix::map_file(vm, obj, &inner)
}

/// The whole contents of the file at `path`, for import: `None` if it cannot be opened.
/// Files of Python file systems are read with `readinto` and closed with `ioctl`, as
/// MicroPython's importer does.
pub fn read_file(vm: &mut Vm, path: &str) -> PyResult<Option<Vec<u8>>> {
    if !vm.vfs.ready {
        return Ok(vm.port.read_file(path));
    }
    if let Target::Mount(i, inner) = lookup(&vm.vfs, path) {
        if let Some(obj) = vm.vfs.mounts.get(i).map(|m| m.obj).filter(|&o| posix::is_posix(o)) {
            return Ok(posix::read_file(vm, obj, &inner));
        }
    }
    let p = pystr::new(vm, path)?;
    let f = open(vm, p, Value::qstr(q::rb))?;
    vm.pin(f);
    if let Some(s) = stream::native(vm, f) {
        let data = stream::read_to_end(vm, s);
        stream::close(vm, s)?;
        return data.map(Some);
    }
    read_python_file(vm, f).map(Some)
}

/// Reads a Python file object to its end with `readinto`, then closes it with `ioctl`.
fn read_python_file(vm: &mut Vm, f: Value) -> PyResult<Vec<u8>> {
    let mut size = DEFAULT_READ_SIZE;
    let ioctl = vm.load_method_opt(f, q::ioctl)?;
    if let Some(m) = ioctl {
        let r = vm.call_method_pair(m, &[Value::small_int(IOCTL_GET_BUFFER_SIZE), Value::small_int(0)])?;
        if let Some(n) = r.small_int_value().filter(|&n| n > 0) {
            size = (n as usize).min(MAX_READ_SIZE);
        }
    }
    let buf = bytearray::new(vm, &alloc::vec![0u8; size])?;
    vm.pin(buf);
    let mut out = Vec::new();
    loop {
        let r = vm.call_method(f, q::readinto, &[buf])?;
        let n = if r.is_none() { 0 } else { vm.to_i64(r)? };
        if n <= 0 {
            break;
        }
        let data = bytearray::data(buf);
        let n = (n as usize).min(data.len());
        if out.len() + n > vm.heap.total_bytes() {
            return Err(vm.memory_error(out.len() + n));
        }
        out.extend_from_slice(&data[..n]);
    }
    match vm.load_method_opt(f, q::ioctl)? {
        Some(m) => vm.call_method_pair(m, &[Value::small_int(IOCTL_CLOSE), Value::small_int(0)])?,
        None => vm.call_method(f, q::close, &[])?,
    };
    Ok(out)
}

static MOUNT: BuiltinFn = BuiltinFn::kw(q::mount, mount);
static UMOUNT: BuiltinFn = BuiltinFn::f1(q::umount, umount);

pub static TABLE: [(Qstr, Value); 4] = [
    (q::__name__, Value::qstr(q::vfs)),
    (q::mount, Value::from_static(&MOUNT)),
    (q::umount, Value::from_static(&UMOUNT)),
    (q::VfsPosix, Value::from_static(&posix::VFS_POSIX_TYPE)),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn table(points: &[&str], cur: Option<usize>) -> MountTable {
        let mounts =
            points.iter().map(|p| Mount { path: String::from(*p), obj: Value::NONE }).collect::<Vec<_>>();
        MountTable { mounts, cur, ready: true }
    }

    fn show(t: Target) -> String {
        match t {
            Target::Root => String::from("root"),
            Target::Missing => String::from("missing"),
            Target::Mount(i, p) => alloc::format!("{i}:{p}"),
        }
    }

    #[test]
    fn lookup_finds_mount_points() {
        let t = table(&["/flash", "/sd/card", "/"], None);
        assert_eq!(show(lookup(&t, "/")), "root");
        assert_eq!(show(lookup(&t, "")), "root");
        assert_eq!(show(lookup(&t, "/flash")), "0:/");
        assert_eq!(show(lookup(&t, "/flash/a/b")), "0:/a/b");
        assert_eq!(show(lookup(&t, "flash/x")), "0:/x");
        assert_eq!(show(lookup(&t, "/sd/card/y")), "1:/y");
        // A longer name that only starts with a mount point belongs to the root mount.
        assert_eq!(show(lookup(&t, "/flashy")), "2:/flashy");
        assert_eq!(show(lookup(&t, "rel")), "2:rel");
    }

    #[test]
    fn lookup_without_root_mount() {
        let t = table(&["/m"], None);
        assert_eq!(show(lookup(&t, "/x")), "missing");
        assert_eq!(show(lookup(&t, "/m/x")), "0:/x");
        let inside = table(&["/m"], Some(0));
        assert_eq!(show(lookup(&inside, "x/y")), "0:x/y");
        assert_eq!(show(lookup(&inside, "/m")), "0:/");
    }
}
