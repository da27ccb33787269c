//! The `deflate` module: `DeflateIO(stream, format=AUTO, wbits=0, close=False)`, a read-only
//! stream that decompresses raw DEFLATE, zlib or gzip data read from another stream, as
//! MicroPython's (whose unix build has no compression either: no `write`).
//!
//! The stream is read one byte at a time and only when the decoder needs it, so a
//! `DeflateIO` never reads past the end of the compressed data. Malformed data, a format that
//! does not match, a bad checksum and use after `close()` raise `OSError(EINVAL)`; running out
//! of input raises `EOFError`.

mod inflate;

use core::mem::size_of;

use crate::gc::Marker;
use crate::obj::builtin_fn::BuiltinFn;
use crate::obj::exception::EOF_ERROR_TYPE;
use crate::obj::stream::{self, sflags};
use crate::obj::{storage, stream_pull, Locals, ObjHeader, Type};
use crate::port::errno;
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Raised, Vm};
use inflate::{Error, Header, Inflater};

const AUTO: i64 = 0;
const RAW: i64 = 1;
const ZLIB: i64 = 2;
const GZIP: i64 = 3;

/// The window used when `wbits` is 0 and the header does not say (as MicroPython: 256 bytes).
const DEFAULT_WBITS: u32 = 8;

#[repr(C)]
struct DeflateObj {
    header: ObjHeader,
    /// The compressed stream (NULL once closed).
    stream: Value,
    /// A byte buffer holding the `Inflater` followed by the window (NULL until the first read).
    state: Value,
    format: u8,
    wbits: u8,
    close_stream: bool,
    /// A read is in progress (it may call the stream's Python code, which must not re-enter).
    busy: bool,
}

static DEFLATEIO_TYPE: Type = Type {
    locals: Locals::Static(&DEFLATEIO_LOCALS),
    make_new: Some(deflateio_make_new),
    trace: Some(trace_deflateio),
    ..Type::builtin(q::DeflateIO)
};

fn trace_deflateio(v: Value, m: &mut Marker) {
    let o = get(v);
    m.mark(o.stream);
    m.mark(o.state);
}

fn get<'a>(v: Value) -> &'a mut DeflateObj {
    // SAFETY: callers pass a DeflateIO object; short borrows only.
    unsafe { &mut *v.as_ptr::<DeflateObj>() }
}

fn this(vm: &mut Vm, v: Value) -> PyResult<Value> {
    vm.native_of(v, &DEFLATEIO_TYPE).ok_or_else(|| vm.type_error("expected a DeflateIO"))
}

fn deflateio_make_new(vm: &mut Vm, _ty: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("function doesn't take keyword arguments"));
    }
    if args.is_empty() || args.len() > 4 {
        return Err(vm.type_error("function takes 1 to 4 positional arguments"));
    }
    let format = match args.get(1) {
        Some(&f) => vm.to_i64(f)?,
        None => AUTO,
    };
    let wbits = match args.get(2) {
        Some(&w) => vm.to_i64(w)?,
        None => 0,
    };
    if !(AUTO..=GZIP).contains(&format) {
        return Err(vm.value_error("format"));
    }
    if wbits != 0 && !(5..=15).contains(&wbits) {
        return Err(vm.value_error("wbits"));
    }
    let close_stream = match args.get(3) {
        Some(&c) => vm.is_true(c)?,
        None => false,
    };
    let p = vm.alloc_obj::<DeflateObj>(&DEFLATEIO_TYPE, 0)?;
    // SAFETY: fresh allocation; every field is written.
    unsafe {
        p.write(DeflateObj {
            header: ObjHeader::of(&DEFLATEIO_TYPE),
            stream: args[0],
            state: Value::NULL,
            format: format as u8,
            wbits: wbits as u8,
            close_stream,
            busy: false,
        });
    }
    Ok(Value::from_ptr(p))
}

/// Reads the compressed stream a byte at a time.
struct StreamSource<'a> {
    vm: &'a mut Vm,
    stream: Value,
}

impl inflate::Source for StreamSource<'_> {
    type Error = Raised;

    fn next_byte(&mut self) -> Result<u8, Raised> {
        let vm = &mut *self.vm;
        let mut b = [0u8];
        let n = if let Some(s) = stream::native(vm, self.stream) {
            stream::check_can(vm, s, sflags::READABLE)?;
            stream::read_some(vm, s, &mut b)?
        } else {
            let Some(read) = vm.load_method_opt(self.stream, q::read)? else {
                return Err(vm.attribute_error_for(self.stream, q::read));
            };
            let r = vm.call_method_pair(read, &[Value::small_int(1)])?;
            match vm.bytes_of(r) {
                Some(&[x, ..]) => {
                    b[0] = x;
                    1
                }
                Some(_) => 0,
                None => return Err(vm.type_error("object with buffer protocol required")),
            }
        };
        if n == 0 {
            return Err(vm.raise_type(&EOF_ERROR_TYPE));
        }
        Ok(b[0])
    }
}

/// The decoder state and window inside a state buffer.
fn parts<'a>(state: Value, window_len: usize) -> (&'a mut Inflater, &'a mut [u8]) {
    let p = storage::bytes_ptr(state);
    // SAFETY: `state` is a byte buffer of `size_of::<Inflater>() + window_len` bytes made by
    // `start`, at the heap's block alignment; `Inflater` is plain integers (any bytes are a
    // valid value) and the window follows it. The buffer is reachable from its DeflateIO, which
    // the `busy` flag keeps to one reader at a time, so these are the only references.
    unsafe {
        let inflater = &mut *(p as *mut Inflater);
        let window = core::slice::from_raw_parts_mut(p.add(size_of::<Inflater>()), window_len);
        (inflater, window)
    }
}

fn window_len_of(state: Value) -> usize {
    // SAFETY: as in `parts`; only the plain `window_len` field is read.
    let inflater = unsafe { &*(storage::bytes_ptr(state) as *const Inflater) };
    inflater.window_len()
}

fn einval(vm: &mut Vm) -> Raised {
    vm.os_error(errno::EINVAL)
}

fn decode_error(vm: &mut Vm, e: Error<Raised>) -> Raised {
    match e {
        Error::Source(r) => r,
        Error::Data | Error::Checksum => einval(vm),
    }
}

/// Reads the header (unless raw) and allocates the state: on the first read.
fn start(vm: &mut Vm, d: Value) -> PyResult<()> {
    let o = get(d);
    let (format, mut wbits, stream) = (o.format as i64, o.wbits as u32, o.stream);
    let header = if format == RAW {
        None
    } else {
        let r = inflate::read_header(&mut StreamSource { vm, stream });
        let h = r.map_err(|e| decode_error(vm, e))?;
        match (format, h) {
            (ZLIB, Header::Gzip) | (GZIP, Header::Zlib(_)) => return Err(einval(vm)),
            _ => {}
        }
        Some(h)
    };
    let header_wbits = match header {
        Some(Header::Zlib(w)) => Some(w as u32),
        Some(Header::Gzip) => Some(15),
        None => None,
    };
    match header_wbits {
        Some(h) if wbits == 0 || h < wbits => wbits = h,
        None if wbits == 0 => wbits = DEFAULT_WBITS,
        _ => {}
    }
    let window_len = 1usize << wbits;
    let state = storage::new_bytes(vm, size_of::<Inflater>() + window_len)?;
    let (inflater, _) = parts(state, window_len);
    inflater.start(window_len, header);
    get(d).state = state;
    Ok(())
}

/// Decompresses into `out`; returns the bytes produced (0 at the end of the data).
fn read_into(vm: &mut Vm, d: Value, out: &mut [u8]) -> PyResult<usize> {
    let o = get(d);
    if o.stream.is_null() {
        return Err(einval(vm));
    }
    if o.busy {
        return Err(vm.runtime_error("DeflateIO read re-entered"));
    }
    o.busy = true;
    let r = read_into_unguarded(vm, d, out);
    get(d).busy = false;
    r
}

fn read_into_unguarded(vm: &mut Vm, d: Value, out: &mut [u8]) -> PyResult<usize> {
    if get(d).state.is_null() {
        start(vm, d)?;
    }
    let (state, stream) = (get(d).state, get(d).stream);
    let (inflater, window) = parts(state, window_len_of(state));
    if inflater.is_done() || out.is_empty() {
        return Ok(0);
    }
    let r = inflater.read(window, &mut StreamSource { vm, stream }, out);
    r.map_err(|e| decode_error(vm, e))
}

/// `read([size])`: up to `size` bytes, or everything when it is omitted or negative.
fn read(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let d = this(vm, args[0])?;
    let limit = stream_pull::size_arg(vm, args.get(1))?;
    stream_pull::read(vm, limit, &mut |vm, out| read_into(vm, d, out).map(Some))
}

/// `readinto(buf[, size])`: fills a writable buffer; returns the bytes read.
fn readinto(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let d = this(vm, args[0])?;
    stream_pull::readinto(vm, args[1], args.get(2).copied(), &mut |vm, out| read_into(vm, d, out).map(Some))
}

/// `readline([size])`: up to and including the next newline.
fn readline(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let d = this(vm, args[0])?;
    let limit = stream_pull::size_arg(vm, args.get(1))?;
    stream_pull::readline(vm, limit, &mut |vm, out| read_into(vm, d, out).map(Some))
}

/// `close()`: forgets the stream (closing it too if the constructor asked for that).
fn close(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let d = this(vm, v)?;
    let o = get(d);
    let s = o.stream;
    if s.is_null() {
        return Ok(Value::NONE);
    }
    o.stream = Value::NULL;
    if o.close_stream {
        vm.pin(s);
        match stream::native(vm, s) {
            Some(n) => stream::close(vm, n)?,
            None => {
                if let Some(m) = vm.load_method_opt(s, q::close)? {
                    vm.call_method_pair(m, &[])?;
                }
            }
        }
    }
    Ok(Value::NONE)
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
static CLOSE: BuiltinFn = BuiltinFn::f1(q::close, close);
static ENTER: BuiltinFn = BuiltinFn::f1(q::__enter__, enter);
static EXIT: BuiltinFn = BuiltinFn::var(q::__exit__, 1, 4, exit);

static DEFLATEIO_LOCALS: [(Qstr, Value); 6] = crate::obj::sorted_table([
    (q::read, Value::from_static(&READ)),
    (q::readinto, Value::from_static(&READINTO)),
    (q::readline, Value::from_static(&READLINE)),
    (q::close, Value::from_static(&CLOSE)),
    (q::__enter__, Value::from_static(&ENTER)),
    (q::__exit__, Value::from_static(&EXIT)),
]);

pub static TABLE: [(Qstr, Value); 6] = [
    (q::__name__, Value::qstr(q::deflate)),
    (q::DeflateIO, Value::from_static(&DEFLATEIO_TYPE)),
    (q::AUTO, Value::small_int(AUTO as isize)),
    (q::RAW, Value::small_int(RAW as isize)),
    (q::ZLIB, Value::small_int(ZLIB as isize)),
    (q::GZIP, Value::small_int(GZIP as isize)),
];

#[cfg(test)]
mod tests {
    #[test]
    fn state_is_aligned_after_the_buffer_header() {
        let header = core::mem::size_of::<crate::obj::ObjHeader>();
        assert_eq!(header % core::mem::align_of::<super::Inflater>(), 0);
        assert_eq!(crate::gc::BLOCK_SIZE % core::mem::align_of::<super::Inflater>(), 0);
    }
}
