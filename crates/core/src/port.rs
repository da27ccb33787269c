//! What the runtime needs from the platform it runs on. The host CLI implements it with the
//! operating system; firmware implements it with its UART, flash file system and timers.

use alloc::vec::Vec;

/// What a path names, for import.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum PathKind {
    Missing,
    File,
    Dir,
}

pub trait Port {
    fn write_stdout(&mut self, bytes: &[u8]);
    fn write_stderr(&mut self, bytes: &[u8]);
    /// One line from standard input including its newline; `None` at end of input.
    fn read_line(&mut self) -> Option<Vec<u8>>;
    fn path_kind(&mut self, path: &str) -> PathKind;
    /// The whole contents of a file, or `None` if it cannot be read.
    fn read_file(&mut self, path: &str) -> Option<Vec<u8>>;
    /// Milliseconds from an arbitrary start (wraps as the platform's counter does).
    fn ticks_ms(&mut self) -> u64 {
        0
    }
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
    fn read_line(&mut self) -> Option<Vec<u8>> {
        None
    }
    fn path_kind(&mut self, _path: &str) -> PathKind {
        PathKind::Missing
    }
    fn read_file(&mut self, _path: &str) -> Option<Vec<u8>> {
        None
    }
}
