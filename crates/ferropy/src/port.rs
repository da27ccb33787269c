//! The host port: console on the process's stdin/stdout/stderr, files through `std::fs`.

use std::fs;
use std::io::{BufRead, Write};

use ferropy_core::port::{PathKind, Port};

pub struct HostPort {
    stdout: std::io::Stdout,
    stderr: std::io::Stderr,
}

impl HostPort {
    pub fn new() -> HostPort {
        HostPort { stdout: std::io::stdout(), stderr: std::io::stderr() }
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

    fn read_line(&mut self) -> Option<Vec<u8>> {
        let mut line = Vec::new();
        match std::io::stdin().lock().read_until(b'\n', &mut line) {
            Ok(0) | Err(_) => None,
            Ok(_) => Some(line),
        }
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
