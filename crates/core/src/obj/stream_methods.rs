//! The methods of native streams (`read`, `readline`, `write`, `seek`, ...), shared by
//! `StringIO`, `BytesIO`, files and the console, with MicroPython's extensions:
//! `readinto(buf, n)`, `write(buf, n)` and `write(buf, offset, n)`.

use alloc::vec::Vec;

use super::builtin_fn::BuiltinFn;
use super::stream::{self, sflags, Kind};
use super::{int, list, stream_pull};
use crate::port::{errno, Whence};
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Chunk size for reads whose length is not known in advance.
const CHUNK: usize = 4096;

fn this(vm: &mut Vm, v: Value) -> PyResult<Value> {
    stream::native(vm, v).ok_or_else(|| vm.type_error("expected a stream"))
}

/// Up to `n` bytes (fewer only at the end of the stream).
fn read_upto(vm: &mut Vm, s: Value, n: usize) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    let mut chunk = [0u8; CHUNK];
    while out.len() < n {
        let want = (n - out.len()).min(CHUNK);
        let got = stream::read_some(vm, s, &mut chunk[..want])?;
        if got == 0 {
            break;
        }
        if out.len() + got > vm.heap.total_bytes() {
            return Err(vm.memory_error(out.len() + got));
        }
        out.extend_from_slice(&chunk[..got]);
    }
    Ok(out)
}

fn is_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
}

/// Length of the UTF-8 sequence a lead byte starts.
fn utf8_len(lead: u8) -> usize {
    match lead {
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF7 => 4,
        _ => 1,
    }
}

/// Up to `n` characters of UTF-8 (fewer only at the end of the stream).
fn read_chars(vm: &mut Vm, s: Value, n: usize) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    let mut chars = 0;
    while chars < n {
        let more = read_upto(vm, s, n - chars)?;
        if more.is_empty() {
            break;
        }
        chars += more.iter().filter(|&&b| !is_continuation(b)).count();
        out.extend_from_slice(&more);
    }
    if let Some(i) = out.iter().rposition(|&b| !is_continuation(b)) {
        let missing = utf8_len(out[i]).saturating_sub(out.len() - i);
        if missing > 0 {
            let rest = read_upto(vm, s, missing)?;
            out.extend_from_slice(&rest);
        }
    }
    Ok(out)
}

/// Finds where a line ends as bytes arrive: after a newline, or before the character that
/// would exceed the limit (counted in characters for text, bytes otherwise).
struct LineScan {
    limit: Option<usize>,
    text: bool,
    count: usize,
}

impl LineScan {
    /// The number of bytes of `data` that complete the line, if it ends within `data`.
    fn feed(&mut self, data: &[u8]) -> Option<usize> {
        for (i, &b) in data.iter().enumerate() {
            let starts_char = !self.text || !is_continuation(b);
            if starts_char {
                if self.limit == Some(self.count) {
                    return Some(i);
                }
                self.count += 1;
            }
            if b == b'\n' {
                return Some(i + 1);
            }
        }
        None
    }
}

/// The bytes of the next line (with its newline), at most `limit` characters.
pub(crate) fn read_line_bytes(vm: &mut Vm, s: Value, limit: Option<usize>) -> PyResult<Vec<u8>> {
    let text = stream::is_text(s);
    let mut scan = LineScan { limit, text, count: 0 };
    let (kind, handle, pos) = {
        let st = stream::get(s);
        (st.kind, st.handle, st.pos)
    };
    match kind {
        Kind::Memory => {
            let data = stream::memory_bytes(s);
            let rest = &data[pos.min(data.len())..];
            let n = scan.feed(rest).unwrap_or(rest.len());
            let line = rest[..n].to_vec();
            stream::get(s).pos = pos.min(data.len()) + n;
            Ok(line)
        }
        Kind::Console if limit.is_none() && handle == stream::STDIN => {
            Ok(stream::read_console_line(vm)?.unwrap_or_default())
        }
        Kind::File if vm.port.seek(handle, 0, Whence::Current).is_ok() => {
            // Read ahead in chunks and give back what follows the line.
            let mut line = Vec::new();
            let mut chunk = [0u8; 256];
            loop {
                let got = stream::read_some(vm, s, &mut chunk)?;
                if got == 0 {
                    return Ok(line);
                }
                if let Some(n) = scan.feed(&chunk[..got]) {
                    line.extend_from_slice(&chunk[..n]);
                    let back = (got - n) as i64;
                    if back > 0 {
                        stream::seek(vm, s, -back, Whence::Current)?;
                    }
                    return Ok(line);
                }
                if line.len() + got > vm.heap.total_bytes() {
                    return Err(vm.memory_error(line.len() + got));
                }
                line.extend_from_slice(&chunk[..got]);
            }
        }
        _ => read_line_unbuffered(vm, s, limit, text),
    }
}

/// A line read byte by byte from a stream that cannot give bytes back: stops at the limit
/// without reading past it (the continuation bytes of the last character are known from its
/// first byte).
fn read_line_unbuffered(vm: &mut Vm, s: Value, limit: Option<usize>, text: bool) -> PyResult<Vec<u8>> {
    let mut line = Vec::new();
    let mut chars = 0;
    let mut continuation = 0;
    let mut b = [0u8; 1];
    loop {
        if continuation == 0 && limit == Some(chars) {
            break;
        }
        if stream::read_some(vm, s, &mut b)? == 0 {
            break;
        }
        line.push(b[0]);
        if continuation > 0 && is_continuation(b[0]) {
            continuation -= 1;
        } else {
            chars += 1;
            continuation = if text { utf8_len(b[0]) - 1 } else { 0 };
        }
        if b[0] == b'\n' {
            break;
        }
        if line.len() > vm.heap.total_bytes() {
            return Err(vm.memory_error(line.len()));
        }
    }
    Ok(line)
}

fn read(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let s = this(vm, args[0])?;
    stream::check_can(vm, s, sflags::READABLE)?;
    let data = match stream_pull::size_arg(vm, args.get(1))? {
        None => stream::read_to_end(vm, s)?,
        Some(n) if stream::is_text(s) => read_chars(vm, s, n)?,
        Some(n) => read_upto(vm, s, n)?,
    };
    stream::result_value(vm, s, &data)
}

/// `readinto(buf[, n])`: fills any writable buffer (bytearray, memoryview, array, ...) in
/// place, reading straight into its memory; returns the number of bytes read.
fn readinto(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let s = this(vm, args[0])?;
    vm.buffer_arg(args[1], true)?;
    let limit = stream_pull::size_arg(vm, args.get(2))?;
    stream::check_can(vm, s, sflags::READABLE)?;
    // Fetched again after the checks above (which may allocate) and used with no allocation
    // or Python call until the read is done (a read error only allocates after it ends).
    let buf = vm.buffer_arg(args[1], true)?;
    let n = limit.map_or(buf.len(), |l| l.min(buf.len()));
    let Some(target) = buf.sub(0, n).data_mut() else {
        return Err(vm.type_error("object with buffer protocol required"));
    };
    let got = stream::read_full(vm, s, target)?;
    Ok(Value::small_int(got as isize))
}

fn readline(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let s = this(vm, args[0])?;
    let limit = stream_pull::size_arg(vm, args.get(1))?;
    stream::check_can(vm, s, sflags::READABLE)?;
    let line = read_line_bytes(vm, s, limit)?;
    stream::result_value(vm, s, &line)
}

fn readlines(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let s = this(vm, args[0])?;
    let hint = stream_pull::size_arg(vm, args.get(1))?.filter(|&h| h > 0);
    stream::check_can(vm, s, sflags::READABLE)?;
    let out = list::new(vm, &[])?;
    let mut total = 0;
    loop {
        let line = read_line_bytes(vm, s, None)?;
        if line.is_empty() {
            return Ok(out);
        }
        total += line.len();
        let v = stream::result_value(vm, s, &line)?;
        list::append(vm, out, v)?;
        if hint.is_some_and(|h| total >= h) {
            return Ok(out);
        }
    }
}

/// Next line for iteration (`None` at the end).
pub fn iternext(vm: &mut Vm, it: Value) -> PyResult<Option<Value>> {
    let s = this(vm, it)?;
    stream::check_can(vm, s, sflags::READABLE)?;
    let line = read_line_bytes(vm, s, None)?;
    if line.is_empty() {
        return Ok(None);
    }
    stream::result_value(vm, s, &line).map(Some)
}

/// `write(buf)`, `write(buf, n)`, `write(buf, offset, n)`: returns the number written
/// (characters when a `str` goes whole to a text stream, bytes otherwise).
fn write(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let s = this(vm, args[0])?;
    let (data, chars): (Vec<u8>, Option<usize>) = if let Some(t) = vm.text_of(args[1]) {
        (t.as_bytes().to_vec(), Some(super::str_methods::char_len(t)))
    } else if let Some(b) = vm.bytes_of(args[1]) {
        (b.to_vec(), None)
    } else {
        return Err(vm.type_error("object with buffer protocol required"));
    };
    let (off, len) = match args.len() {
        3 => (0, vm.to_i64(args[2])?),
        4 => (vm.to_i64(args[2])?, vm.to_i64(args[3])?),
        _ => (0, data.len() as i64),
    };
    let off = usize::try_from(off).unwrap_or(0).min(data.len());
    let len = usize::try_from(len).unwrap_or(0).min(data.len() - off);
    stream::check_can(vm, s, sflags::WRITABLE)?;
    let n = stream::write_all(vm, s, &data[off..off + len])?;
    let n = match chars {
        Some(c) if args.len() == 2 && stream::is_text(s) => c,
        _ => n,
    };
    Ok(Value::small_int(n as isize))
}

fn seek(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let s = this(vm, args[0])?;
    let offset = vm.to_i64(args[1])?;
    let whence = match args.get(2) {
        Some(&w) => vm.to_i64(w)?,
        None => 0,
    };
    let whence = match whence {
        0 => Whence::Start,
        1 => Whence::Current,
        2 => Whence::End,
        _ => return Err(vm.os_error(errno::EINVAL)),
    };
    stream::check_open(vm, s)?;
    let p = stream::seek(vm, s, offset, whence)?;
    int::from_u64(vm, p)
}

fn tell(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let s = this(vm, v)?;
    stream::check_open(vm, s)?;
    let p = stream::seek(vm, s, 0, Whence::Current)?;
    int::from_u64(vm, p)
}

fn flush(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let s = this(vm, v)?;
    stream::check_open(vm, s)?;
    stream::flush(vm, s)?;
    Ok(Value::NONE)
}

fn close(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let s = this(vm, v)?;
    stream::close(vm, s)?;
    Ok(Value::NONE)
}

fn getvalue(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let s = this(vm, v)?;
    stream::check_open(vm, s)?;
    let data = stream::memory_bytes(s).to_vec();
    stream::result_value(vm, s, &data)
}

fn fileno(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let s = this(vm, v)?;
    stream::check_open(vm, s)?;
    Ok(Value::small_int(stream::get(s).handle as isize))
}

fn enter(_vm: &mut Vm, v: Value) -> PyResult<Value> {
    Ok(v)
}

fn exit(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    close(vm, args[0])
}

static READ: BuiltinFn = BuiltinFn::var(q::read, 1, 2, read);
static READINTO: BuiltinFn = BuiltinFn::var(q::readinto, 2, 3, readinto);
static READLINE: BuiltinFn = BuiltinFn::var(q::readline, 1, 2, readline);
static READLINES: BuiltinFn = BuiltinFn::var(q::readlines, 1, 2, readlines);
static WRITE: BuiltinFn = BuiltinFn::var(q::write, 2, 4, write);
static SEEK: BuiltinFn = BuiltinFn::var(q::seek, 2, 3, seek);
static TELL: BuiltinFn = BuiltinFn::f1(q::tell, tell);
static FLUSH: BuiltinFn = BuiltinFn::f1(q::flush, flush);
static CLOSE: BuiltinFn = BuiltinFn::f1(q::close, close);
static GETVALUE: BuiltinFn = BuiltinFn::f1(q::getvalue, getvalue);
static FILENO: BuiltinFn = BuiltinFn::f1(q::fileno, fileno);
static ENTER: BuiltinFn = BuiltinFn::f1(q::__enter__, enter);
static EXIT: BuiltinFn = BuiltinFn::var(q::__exit__, 1, 4, exit);

/// Methods of `StringIO` and `BytesIO`.
pub static MEMORY_LOCALS: [(Qstr, Value); 12] = [
    (q::__enter__, Value::from_static(&ENTER)),
    (q::__exit__, Value::from_static(&EXIT)),
    (q::close, Value::from_static(&CLOSE)),
    (q::flush, Value::from_static(&FLUSH)),
    (q::getvalue, Value::from_static(&GETVALUE)),
    (q::read, Value::from_static(&READ)),
    (q::readinto, Value::from_static(&READINTO)),
    (q::readline, Value::from_static(&READLINE)),
    (q::readlines, Value::from_static(&READLINES)),
    (q::seek, Value::from_static(&SEEK)),
    (q::tell, Value::from_static(&TELL)),
    (q::write, Value::from_static(&WRITE)),
];

/// Methods of files and the console.
pub static FILE_LOCALS: [(Qstr, Value); 12] = [
    (q::__enter__, Value::from_static(&ENTER)),
    (q::__exit__, Value::from_static(&EXIT)),
    (q::close, Value::from_static(&CLOSE)),
    (q::fileno, Value::from_static(&FILENO)),
    (q::flush, Value::from_static(&FLUSH)),
    (q::read, Value::from_static(&READ)),
    (q::readinto, Value::from_static(&READINTO)),
    (q::readline, Value::from_static(&READLINE)),
    (q::readlines, Value::from_static(&READLINES)),
    (q::seek, Value::from_static(&SEEK)),
    (q::tell, Value::from_static(&TELL)),
    (q::write, Value::from_static(&WRITE)),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_scan_ends_after_newline() {
        let mut s = LineScan { limit: None, text: false, count: 0 };
        assert_eq!(s.feed(b"ab"), None);
        assert_eq!(s.feed(b"c\nd"), Some(2));
    }

    #[test]
    fn line_scan_limits_characters_in_text() {
        let mut s = LineScan { limit: Some(2), text: true, count: 0 };
        // "é" is two bytes but one character: the limit falls before "c".
        assert_eq!(s.feed("aéc".as_bytes()), Some(3));
        let mut b = LineScan { limit: Some(2), text: false, count: 0 };
        assert_eq!(b.feed("aéc".as_bytes()), Some(2));
        let mut z = LineScan { limit: Some(0), text: true, count: 0 };
        assert_eq!(z.feed(b"x\n"), Some(0));
    }

    #[test]
    fn utf8_lengths() {
        assert_eq!(utf8_len(b'a'), 1);
        assert_eq!(utf8_len(0xC3), 2);
        assert_eq!(utf8_len(0xE2), 3);
        assert_eq!(utf8_len(0xF0), 4);
        assert!(is_continuation(0xA9));
    }
}
