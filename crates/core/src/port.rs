//! What the runtime needs from the platform it runs on. The host CLI implements it with the
//! operating system; firmware implements it with its UART, flash file system and timers.
//!
//! Only the console and import's file access are required. Everything else (files by handle,
//! directories, the environment, randomness, clocks, sleeping) has a default that reports
//! "unsupported" (an `Errno`, raised as `OSError`), so a port implements just what its hardware
//! offers.

use alloc::string::String;
use alloc::vec::Vec;

/// What a path names, for import.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum PathKind {
    Missing,
    File,
    Dir,
}

/// A platform error: a POSIX errno number, raised as `OSError(errno)`.
pub type Errno = i32;

/// The errno numbers the runtime itself reports (MicroPython's values, which are Linux's).
pub mod errno {
    use super::Errno;
    pub const EPERM: Errno = 1;
    pub const ENOENT: Errno = 2;
    pub const EINTR: Errno = 4;
    pub const EIO: Errno = 5;
    pub const EBADF: Errno = 9;
    pub const EAGAIN: Errno = 11;
    pub const ENOMEM: Errno = 12;
    pub const EACCES: Errno = 13;
    pub const EEXIST: Errno = 17;
    pub const ENODEV: Errno = 19;
    pub const ENOTDIR: Errno = 20;
    pub const EISDIR: Errno = 21;
    pub const EINVAL: Errno = 22;
    pub const ENOSPC: Errno = 28;
    pub const ENOTEMPTY: Errno = 39;
    pub const EOPNOTSUPP: Errno = 95;
}

/// How a file is opened (from `open()`'s mode string).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct OpenFlags {
    pub read: bool,
    pub write: bool,
    /// Writes go to the end of the file.
    pub append: bool,
    /// Create the file if it does not exist.
    pub create: bool,
    /// Fail with EEXIST if the file exists (mode `x`).
    pub exclusive: bool,
    /// Empty the file on opening (mode `w`).
    pub truncate: bool,
}

/// Where a seek offset counts from.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Whence {
    Start,
    Current,
    End,
}

/// A port's name for an open file. The host uses the OS file descriptor, so `fileno()` is
/// meaningful there.
pub type FileHandle = usize;

/// One directory entry.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct DirEntry {
    pub name: String,
    /// The file-type bits of a POSIX mode: 0x4000 directory, 0x8000 regular file, ... (0 if
    /// unknown).
    pub file_type: u32,
    pub inode: u64,
}

/// What `os.stat` reports (POSIX `struct stat`'s fields, times in seconds since 1970).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct Stat {
    pub mode: u32,
    pub inode: u64,
    pub dev: u64,
    pub nlink: u64,
    pub uid: u32,
    pub gid: u32,
    pub size: u64,
    pub atime: i64,
    pub mtime: i64,
    pub ctime: i64,
}

/// The local time zone at some instant.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct UtcOffset {
    /// Seconds east of UTC.
    pub seconds: i64,
    /// Daylight saving time is in effect.
    pub dst: bool,
}

pub trait Port {
    fn write_stdout(&mut self, bytes: &[u8]);
    fn write_stderr(&mut self, bytes: &[u8]);
    fn path_kind(&mut self, path: &str) -> PathKind;
    /// The whole contents of a file, or `None` if it cannot be read.
    fn read_file(&mut self, path: &str) -> Option<Vec<u8>>;

    /// The contents of a file mapped read-only for the rest of the program, so a `.mpy` file
    /// executes in place (as from flash). The port must keep the bytes unchanged and mapped
    /// while the program runs. `None` (the default): the port cannot map files, and import
    /// reads them with `read_file` instead.
    fn map_file(&mut self, _path: &str) -> Option<&'static [u8]> {
        None
    }

    /// Waits until reading file `h` (or standard input, handle 0) would not block. `Err(EINTR)`
    /// when a signal (an interrupt, Ctrl-C) cut the wait short: the VM then runs its interrupt
    /// handlers and scheduled calls, or raises KeyboardInterrupt, and waits again. The default
    /// (a port whose reads do not block, or cannot wait): ready at once.
    fn wait_readable(&mut self, _h: FileHandle) -> Result<(), Errno> {
        Ok(())
    }

    /// Reads up to `buf.len()` bytes of standard input; 0 at end of input.
    fn read_stdin(&mut self, _buf: &mut [u8]) -> Result<usize, Errno> {
        Err(errno::EOPNOTSUPP)
    }

    /// Opens a file (ENODEV: there is no file system).
    fn open(&mut self, _path: &str, _flags: OpenFlags) -> Result<FileHandle, Errno> {
        Err(errno::ENODEV)
    }
    /// A file object for a descriptor the platform already has open (`open(fd)`).
    fn open_fd(&mut self, _fd: isize, _flags: OpenFlags) -> Result<FileHandle, Errno> {
        Err(errno::EBADF)
    }
    /// Reads up to `buf.len()` bytes; 0 at end of file.
    fn read(&mut self, _file: FileHandle, _buf: &mut [u8]) -> Result<usize, Errno> {
        Err(errno::EBADF)
    }
    /// Writes some of `buf`; returns how much.
    fn write(&mut self, _file: FileHandle, _buf: &[u8]) -> Result<usize, Errno> {
        Err(errno::EBADF)
    }
    /// Moves the file position; returns the new position from the start.
    fn seek(&mut self, _file: FileHandle, _offset: i64, _whence: Whence) -> Result<u64, Errno> {
        Err(errno::EBADF)
    }
    fn flush(&mut self, _file: FileHandle) -> Result<(), Errno> {
        Err(errno::EBADF)
    }
    fn close(&mut self, _file: FileHandle) -> Result<(), Errno> {
        Err(errno::EBADF)
    }

    fn listdir(&mut self, _path: &str) -> Result<Vec<DirEntry>, Errno> {
        Err(errno::ENODEV)
    }
    fn stat(&mut self, _path: &str) -> Result<Stat, Errno> {
        Err(errno::ENODEV)
    }
    fn remove(&mut self, _path: &str) -> Result<(), Errno> {
        Err(errno::ENODEV)
    }
    fn rename(&mut self, _from: &str, _to: &str) -> Result<(), Errno> {
        Err(errno::ENODEV)
    }
    fn mkdir(&mut self, _path: &str) -> Result<(), Errno> {
        Err(errno::ENODEV)
    }
    fn rmdir(&mut self, _path: &str) -> Result<(), Errno> {
        Err(errno::ENODEV)
    }
    /// The file system's figures, as POSIX `statvfs` orders them: block size, fragment size,
    /// blocks, free blocks, blocks available, files, free files, files available, flags,
    /// longest name.
    fn statvfs(&mut self, _path: &str) -> Result<[u64; 10], Errno> {
        Err(errno::ENODEV)
    }
    fn getcwd(&mut self) -> Result<String, Errno> {
        Err(errno::ENODEV)
    }
    fn chdir(&mut self, _path: &str) -> Result<(), Errno> {
        Err(errno::ENODEV)
    }

    /// An environment variable (`None` if unset or if the platform has no environment).
    fn getenv(&mut self, _name: &str) -> Option<String> {
        None
    }
    /// Fills `buf` with cryptographically strong random bytes.
    fn urandom(&mut self, _buf: &mut [u8]) -> Result<(), Errno> {
        Err(errno::EOPNOTSUPP)
    }

    /// Wall-clock time in nanoseconds since 1970-01-01 UTC (`None`: no real-time clock).
    fn time_ns(&mut self) -> Option<i64> {
        None
    }
    /// The local time zone at `utc_seconds` (UTC unless the platform knows better).
    fn utc_offset(&mut self, _utc_seconds: i64) -> UtcOffset {
        UtcOffset::default()
    }
    /// Microseconds from an arbitrary start, never decreasing.
    fn ticks_us(&mut self) -> u64 {
        0
    }
    /// A fast, high-resolution counter (CPU cycles where available; 0 if there is none).
    fn ticks_cpu(&mut self) -> u64 {
        0
    }
    /// Waits for up to `us` microseconds; may return early (on a signal), and at once where
    /// the platform cannot wait.
    fn sleep_us(&mut self, _us: u64) {}

    /// `micropython.kbd_intr(c)`: the console character that raises `KeyboardInterrupt`
    /// (3 is Ctrl-C; -1 disables it).
    fn set_interrupt_char(&mut self, _c: i32) {}
    /// 64 unpredictable bits (a hardware RNG, the OS), or `None` if the platform has none;
    /// seeds the `random` module.
    fn entropy(&mut self) -> Option<u64> {
        None
    }
}

/// A port with no I/O at all: output is dropped, there are no files. For tests and for
/// embedders that give Python no I/O.
pub struct NullPort;

impl Port for NullPort {
    fn write_stdout(&mut self, _bytes: &[u8]) {}
    fn write_stderr(&mut self, _bytes: &[u8]) {}
    fn path_kind(&mut self, _path: &str) -> PathKind {
        PathKind::Missing
    }
    fn read_file(&mut self, _path: &str) -> Option<Vec<u8>> {
        None
    }
    fn read_stdin(&mut self, _buf: &mut [u8]) -> Result<usize, Errno> {
        Ok(0)
    }
}
