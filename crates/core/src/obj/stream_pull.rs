//! `read`, `readinto` and `readline` for objects that produce bytes on demand from a pull
//! function (`deflate.DeflateIO`, `websocket.websocket`): one implementation of the loops,
//! size limits, heap bound and buffer re-fetching, whatever the source.

use alloc::vec::Vec;

use crate::obj::bytes;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Fills the front of a buffer: `Some(n)` bytes (0 at the end of the data), or `None` when a
/// non-blocking source has nothing yet.
pub type Pull<'a> = &'a mut dyn FnMut(&mut Vm, &mut [u8]) -> PyResult<Option<usize>>;

/// An optional size argument: absent, None or negative means "no limit".
pub fn size_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        Some(&v) if !v.is_none() => Ok(usize::try_from(vm.to_i64(v)?).ok()),
        _ => Ok(None),
    }
}

/// `read([size])`: up to `limit` bytes, or all of them; None if nothing is available yet.
pub fn read(vm: &mut Vm, limit: Option<usize>, pull: Pull) -> PyResult<Value> {
    let mut out = Vec::new();
    let mut chunk = [0u8; 256];
    loop {
        let want = limit.map_or(chunk.len(), |l| chunk.len().min(l - out.len()));
        if want == 0 {
            break;
        }
        match pull(vm, &mut chunk[..want])? {
            None if out.is_empty() => return Ok(Value::NONE),
            None | Some(0) => break,
            Some(n) => {
                // The result must fit the heap: stop an endless source with MemoryError.
                if out.len() + n > vm.heap.total_bytes() {
                    return Err(vm.memory_error(out.len() + n));
                }
                out.extend_from_slice(&chunk[..n]);
            }
        }
    }
    bytes::new(vm, &out)
}

/// `readinto(buf[, size])`: fills a writable buffer; the bytes read, or None if nothing is
/// available yet.
pub fn readinto(vm: &mut Vm, buf: Value, size: Option<Value>, pull: Pull) -> PyResult<Value> {
    let len = vm.buffer_arg(buf, true)?.len();
    let len = match size {
        Some(n) => len.min(usize::try_from(vm.to_i64(n)?).unwrap_or(0)),
        None => len,
    };
    let mut done = 0;
    let mut chunk = [0u8; 256];
    while done < len {
        let want = chunk.len().min(len - done);
        let n = match pull(vm, &mut chunk[..want])? {
            None if done == 0 => return Ok(Value::NONE),
            None | Some(0) => break,
            Some(n) => n,
        };
        // Re-fetch the buffer: reading may have run Python code that resized it.
        let b = vm.buffer_arg(buf, true)?;
        if let Some(dst) = b.data_mut().and_then(|b| b.get_mut(done..done + n)) {
            dst.copy_from_slice(&chunk[..n]);
        }
        done += n;
    }
    Ok(Value::small_int(done as isize))
}

/// `readline([size])`: up to and including the next newline, at most `limit` bytes.
pub fn readline(vm: &mut Vm, limit: Option<usize>, pull: Pull) -> PyResult<Value> {
    let mut out = Vec::new();
    while limit.is_none_or(|l| out.len() < l) {
        let mut b = [0u8];
        if pull(vm, &mut b)? != Some(1) {
            break;
        }
        out.push(b[0]);
        if b[0] == b'\n' {
            break;
        }
    }
    bytes::new(vm, &out)
}
