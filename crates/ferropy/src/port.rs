//! The host port: console on the process's stdin/stdout/stderr, files and directories through
//! `std::fs`, clocks through `std::time` (and libc for the local time zone and interruptible
//! sleeps), `.mpy` files through read-only memory maps. File handles are the OS file
//! descriptors, as MicroPython's unix port shows them.

use std::collections::{HashMap, HashSet};
use std::fs::{self, File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::os::fd::AsRawFd;
use std::os::unix::fs::{DirEntryExt, MetadataExt};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use crate::mmap::MappedFiles;
use ferropy_core::port::{
    errno, DirEntry, Errno, FileHandle, OpenFlags, PathKind, Port, Stat, UtcOffset, Whence,
};

pub struct HostPort {
    stdout: std::io::Stdout,
    stderr: std::io::Stderr,
    /// Files opened by the program, by descriptor.
    files: HashMap<FileHandle, File>,
    /// The ones that are not regular files (pipes, terminals, devices): a read may block, so
    /// it first waits in `poll`, where a signal can cut it short.
    may_block: HashSet<FileHandle>,
    /// The start of `ticks_cpu`.
    start: Instant,
    /// `.mpy` files mapped for import.
    mapped: MappedFiles,
}

impl HostPort {
    pub fn new() -> HostPort {
        HostPort {
            stdout: std::io::stdout(),
            stderr: std::io::stderr(),
            files: HashMap::new(),
            may_block: HashSet::new(),
            start: Instant::now(),
            mapped: MappedFiles::default(),
        }
    }

    /// Takes over an open file as handle `h`.
    fn track(&mut self, h: FileHandle, file: File) {
        if file.metadata().is_ok_and(|m| !m.is_file()) {
            self.may_block.insert(h);
        }
        self.files.insert(h, file);
    }

    fn file(&mut self, h: FileHandle) -> Result<&mut File, Errno> {
        self.files.get_mut(&h).ok_or(errno::EBADF)
    }
}

/// Waits until descriptor `fd` has input (or its end, or an error, which the read then
/// reports). `Err(EINTR)`: a signal arrived first; `poll` is never restarted by `SA_RESTART`.
pub fn poll_readable(fd: libc::c_int) -> Result<(), Errno> {
    let mut p = libc::pollfd { fd, events: libc::POLLIN, revents: 0 };
    // SAFETY: one live pollfd structure.
    let n = unsafe { libc::poll(&mut p, 1, -1) };
    if n < 0 {
        let e = std::io::Error::last_os_error().raw_os_error().unwrap_or(errno::EIO);
        if e == libc::EINTR {
            return Err(errno::EINTR);
        }
    }
    Ok(())
}

/// The errno of an I/O error (EIO when the OS gave none).
fn errno_of(e: std::io::Error) -> Errno {
    match e.raw_os_error() {
        Some(n) => n,
        None if e.kind() == std::io::ErrorKind::InvalidInput => errno::EINVAL,
        None => errno::EIO,
    }
}

/// The POSIX mode bits (`S_IFDIR`, `S_IFREG`, ...) of a file type.
fn mode_type_bits(t: fs::FileType) -> u32 {
    use std::os::unix::fs::FileTypeExt;
    if t.is_dir() {
        0x4000
    } else if t.is_file() {
        0x8000
    } else if t.is_symlink() {
        0xA000
    } else if t.is_char_device() {
        0x2000
    } else if t.is_block_device() {
        0x6000
    } else if t.is_fifo() {
        0x1000
    } else if t.is_socket() {
        0xC000
    } else {
        0
    }
}

impl Port for HostPort {
    fn write_stdout(&mut self, bytes: &[u8]) {
        let mut out = self.stdout.lock();
        let _ = out.write_all(bytes);
        let _ = out.flush();
    }

    fn write_stderr(&mut self, bytes: &[u8]) {
        let _ = self.stdout.lock().flush();
        let mut err = self.stderr.lock();
        let _ = err.write_all(bytes);
        let _ = err.flush();
    }

    fn path_kind(&mut self, path: &str) -> PathKind {
        match fs::metadata(path) {
            Ok(m) if m.is_dir() => PathKind::Dir,
            Ok(_) => PathKind::File,
            Err(_) => PathKind::Missing,
        }
    }

    fn read_file(&mut self, path: &str) -> Option<Vec<u8>> {
        fs::read(path).ok()
    }

    fn map_file(&mut self, path: &str) -> Option<&'static [u8]> {
        self.mapped.map(path)
    }

    fn read_stdin(&mut self, buf: &mut [u8]) -> Result<usize, Errno> {
        crate::console_in::read(buf)
    }

    fn wait_readable(&mut self, h: FileHandle) -> Result<(), Errno> {
        if h == 0 {
            crate::console_in::wait_readable()
        } else if self.may_block.contains(&h) {
            poll_readable(h as libc::c_int)
        } else {
            Ok(())
        }
    }

    fn open(&mut self, path: &str, flags: OpenFlags) -> Result<FileHandle, Errno> {
        let file = OpenOptions::new()
            .read(flags.read)
            .write(flags.write && !flags.append)
            .append(flags.append)
            .create(flags.create && !flags.exclusive)
            .create_new(flags.exclusive)
            .truncate(flags.truncate)
            .open(path)
            .map_err(errno_of)?;
        let h = file.as_raw_fd() as FileHandle;
        self.track(h, file);
        Ok(h)
    }

    fn open_fd(&mut self, fd: isize, _flags: OpenFlags) -> Result<FileHandle, Errno> {
        let h = FileHandle::try_from(fd).map_err(|_| errno::EBADF)?;
        if self.files.contains_key(&h) {
            return Ok(h);
        }
        let raw = std::os::fd::RawFd::try_from(fd).map_err(|_| errno::EBADF)?;
        // SAFETY: fcntl(F_GETFD) only queries the descriptor's flags; it fails with EBADF
        // for a descriptor that is not open.
        if unsafe { libc::fcntl(raw, libc::F_GETFD) } < 0 {
            return Err(errno::EBADF);
        }
        // SAFETY: the descriptor is open (checked above) and no other `File` of this port owns
        // it; as with MicroPython's `open(fd)`, closing the file object closes the descriptor.
        let file = unsafe { <File as std::os::fd::FromRawFd>::from_raw_fd(raw) };
        self.track(h, file);
        Ok(h)
    }

    fn read(&mut self, h: FileHandle, buf: &mut [u8]) -> Result<usize, Errno> {
        self.file(h)?.read(buf).map_err(errno_of)
    }

    fn write(&mut self, h: FileHandle, buf: &[u8]) -> Result<usize, Errno> {
        self.file(h)?.write(buf).map_err(errno_of)
    }

    fn seek(&mut self, h: FileHandle, offset: i64, whence: Whence) -> Result<u64, Errno> {
        let from = match whence {
            Whence::Start => SeekFrom::Start(u64::try_from(offset).map_err(|_| errno::EINVAL)?),
            Whence::Current => SeekFrom::Current(offset),
            Whence::End => SeekFrom::End(offset),
        };
        self.file(h)?.seek(from).map_err(errno_of)
    }

    fn flush(&mut self, h: FileHandle) -> Result<(), Errno> {
        self.file(h)?.flush().map_err(errno_of)
    }

    fn close(&mut self, h: FileHandle) -> Result<(), Errno> {
        self.may_block.remove(&h);
        self.files.remove(&h).map(drop).ok_or(errno::EBADF)
    }

    fn listdir(&mut self, path: &str) -> Result<Vec<DirEntry>, Errno> {
        let mut out = Vec::new();
        for e in fs::read_dir(path).map_err(errno_of)? {
            let e = e.map_err(errno_of)?;
            let file_type = e.file_type().map(mode_type_bits).unwrap_or(0);
            out.push(DirEntry {
                name: e.file_name().to_string_lossy().into_owned(),
                file_type,
                inode: e.ino(),
            });
        }
        Ok(out)
    }

    fn stat(&mut self, path: &str) -> Result<Stat, Errno> {
        let m = fs::metadata(path).map_err(errno_of)?;
        Ok(Stat {
            mode: m.mode(),
            inode: m.ino(),
            dev: m.dev(),
            nlink: m.nlink(),
            uid: m.uid(),
            gid: m.gid(),
            size: m.size(),
            atime: m.atime(),
            mtime: m.mtime(),
            ctime: m.ctime(),
        })
    }

    fn remove(&mut self, path: &str) -> Result<(), Errno> {
        fs::remove_file(path).map_err(errno_of)
    }

    fn rename(&mut self, from: &str, to: &str) -> Result<(), Errno> {
        fs::rename(from, to).map_err(errno_of)
    }

    fn mkdir(&mut self, path: &str) -> Result<(), Errno> {
        fs::create_dir(path).map_err(errno_of)
    }

    fn rmdir(&mut self, path: &str) -> Result<(), Errno> {
        fs::remove_dir(path).map_err(errno_of)
    }

    fn statvfs(&mut self, path: &str) -> Result<[u64; 10], Errno> {
        let c = std::ffi::CString::new(path).map_err(|_| errno::EINVAL)?;
        // SAFETY: `statvfs` is a plain C struct; all-zero is a valid value.
        let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
        // SAFETY: `c` is a NUL-terminated path and `st` a live, writable statvfs.
        if unsafe { libc::statvfs(c.as_ptr(), &mut st) } != 0 {
            return Err(std::io::Error::last_os_error().raw_os_error().unwrap_or(errno::EIO));
        }
        Ok([
            st.f_bsize as u64,
            st.f_frsize as u64,
            st.f_blocks as u64,
            st.f_bfree as u64,
            st.f_bavail as u64,
            st.f_files as u64,
            st.f_ffree as u64,
            st.f_favail as u64,
            st.f_flag as u64,
            st.f_namemax as u64,
        ])
    }

    fn getcwd(&mut self) -> Result<String, Errno> {
        std::env::current_dir().map(|p| p.to_string_lossy().into_owned()).map_err(errno_of)
    }

    fn chdir(&mut self, path: &str) -> Result<(), Errno> {
        std::env::set_current_dir(path).map_err(errno_of)
    }

    fn getenv(&mut self, name: &str) -> Option<String> {
        std::env::var_os(name).map(|v| v.to_string_lossy().into_owned())
    }

    fn urandom(&mut self, buf: &mut [u8]) -> Result<(), Errno> {
        File::open("/dev/urandom").and_then(|mut f| f.read_exact(buf)).map_err(errno_of)
    }

    fn time_ns(&mut self) -> Option<i64> {
        let d = SystemTime::now().duration_since(UNIX_EPOCH).ok()?;
        i64::try_from(d.as_nanos()).ok()
    }

    fn utc_offset(&mut self, utc_seconds: i64) -> UtcOffset {
        let t = utc_seconds as libc::time_t;
        // SAFETY: `tm` is a plain C struct for which all-zero bytes are a valid value.
        let mut tm: libc::tm = unsafe { std::mem::zeroed() };
        // SAFETY: both pointers refer to live locals; localtime_r is the thread-safe variant.
        let ok = unsafe { !libc::localtime_r(&t, &mut tm).is_null() };
        if !ok {
            return UtcOffset::default();
        }
        UtcOffset { seconds: tm.tm_gmtoff, dst: tm.tm_isdst > 0 }
    }

    /// The board clock (see `modules::timers`: virtual under `-X irq=virtual`).
    fn ticks_us(&mut self) -> u64 {
        crate::modules::timers::now_ns() / 1000
    }

    fn ticks_cpu(&mut self) -> u64 {
        self.start.elapsed().as_nanos() as u64
    }

    fn set_interrupt_char(&mut self, c: i32) {
        crate::signals::set_interrupt_char(c);
    }

    /// Sleeps with `nanosleep`, which a signal (Ctrl-C, a timer) cuts short; the caller checks the
    /// clock and the interrupt flag and sleeps again if needed.
    fn sleep_us(&mut self, us: u64) {
        if crate::modules::timers::is_virtual() {
            crate::modules::timers::virtual_sleep_us(us);
            return;
        }
        let ts = libc::timespec {
            tv_sec: (us / 1_000_000) as libc::time_t,
            tv_nsec: ((us % 1_000_000) * 1000) as libc::c_long,
        };
        // SAFETY: `ts` is a valid timespec; the remaining-time pointer may be NULL.
        unsafe { libc::nanosleep(&ts, std::ptr::null_mut()) };
    }

    /// From the OS's random device, else the clock mixed with the process id.
    fn entropy(&mut self) -> Option<u64> {
        let mut buf = [0u8; 8];
        if fs::File::open("/dev/urandom")
            .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut buf))
            .is_ok()
        {
            return Some(u64::from_le_bytes(buf));
        }
        let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).ok()?;
        Some(now.as_nanos() as u64 ^ (std::process::id() as u64) << 32)
    }
}
