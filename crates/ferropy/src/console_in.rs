//! Standard input, buffered here rather than by `std`, so the interpreter can tell whether a
//! read would block: it then waits in `poll`, which a signal (a timer's interrupt, Ctrl-C)
//! cuts short, and runs the handlers before waiting again. The REPL and the program share
//! this one buffer, so neither loses input the other read ahead.

use std::cell::RefCell;

use ferropy_core::port::{errno, Errno};

thread_local! {
    static BUFFER: RefCell<Pending> = const { RefCell::new(Pending { bytes: Vec::new(), at: 0 }) };
}

/// Bytes read from the descriptor and not yet consumed.
struct Pending {
    bytes: Vec<u8>,
    at: usize,
}

/// How much one read from the descriptor asks for.
const CHUNK: usize = 4096;

/// Waits until a read would not block. `Err(EINTR)`: a signal arrived first.
pub fn wait_readable() -> Result<(), Errno> {
    if BUFFER.with(|b| b.borrow().at < b.borrow().bytes.len()) {
        return Ok(());
    }
    crate::port::poll_readable(0)
}

/// Reads up to `buf.len()` bytes (blocking if none are buffered); 0 at end of input.
pub fn read(buf: &mut [u8]) -> Result<usize, Errno> {
    BUFFER.with(|b| {
        let mut p = b.borrow_mut();
        if p.at == p.bytes.len() {
            p.bytes.resize(CHUNK, 0);
            p.at = 0;
            let n = loop {
                // SAFETY: the buffer holds CHUNK writable bytes.
                let n = unsafe { libc::read(0, p.bytes.as_mut_ptr().cast(), CHUNK) };
                if n >= 0 {
                    break n as usize;
                }
                let e = std::io::Error::last_os_error().raw_os_error().unwrap_or(errno::EIO);
                if e != libc::EINTR {
                    p.bytes.clear();
                    return Err(e);
                }
            };
            p.bytes.truncate(n);
        }
        let n = buf.len().min(p.bytes.len() - p.at);
        buf[..n].copy_from_slice(&p.bytes[p.at..p.at + n]);
        p.at += n;
        Ok(n)
    })
}

/// One line including its newline, blocking; `None` at end of input (or on an error).
pub fn read_line() -> Option<Vec<u8>> {
    let mut line = Vec::new();
    let mut byte = [0u8; 1];
    while let Ok(1) = read(&mut byte) {
        line.push(byte[0]);
        if byte[0] == b'\n' {
            break;
        }
    }
    (!line.is_empty()).then_some(line)
}
