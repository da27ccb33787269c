//! The `framebuf` module: `FrameBuffer`, a drawing surface over any writable buffer (a
//! bytearray, array, memoryview, ...) in one of seven pixel formats, with pixels, lines,
//! rectangles, ellipses, polygons, text, scrolling and blitting, as MicroPython's.
//!
//! A frame buffer keeps the buffer object, not its address: every drawing call fetches the
//! bytes afresh (after converting its arguments), so a buffer that moved or shrank since is
//! harmless. A frame buffer made with no arguments is empty until `__init__` sets it up; that
//! is how subclasses construct their native part before calling `super().__init__(...)`.

mod draw;
mod font;
mod surface;

use alloc::vec::Vec;

use crate::gc::Marker;
use crate::obj::buffer::Buffer;
use crate::obj::builtin_fn::BuiltinFn;
use crate::obj::exception::VALUE_ERROR_TYPE;
use crate::obj::{flags, list, tuple, typecode, Locals, ObjHeader, Type};
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use draw::Source;
use surface::{Format, Layout};

#[repr(C)]
struct FrameBufObj {
    header: ObjHeader,
    /// The buffer object holding the pixels (NULL while empty).
    buf: Value,
    /// The geometry (`None` while empty).
    layout: Option<Layout>,
}

pub static FRAMEBUFFER_TYPE: Type = Type {
    flags: flags::BASETYPE,
    locals: Locals::Static(&FRAMEBUFFER_LOCALS),
    make_new: Some(framebuffer_make_new),
    trace: Some(trace_framebuffer),
    buffer: Some(framebuffer_buffer),
    ..Type::builtin(q::FrameBuffer)
};

fn trace_framebuffer(v: Value, m: &mut Marker) {
    m.mark(obj(v).buf);
}

fn obj<'a>(v: Value) -> &'a mut FrameBufObj {
    // SAFETY: callers pass a frame buffer object; short borrows only.
    unsafe { &mut *v.as_ptr::<FrameBufObj>() }
}

/// The buffer protocol gives the underlying buffer's memory.
fn framebuffer_buffer(vm: &Vm, v: Value) -> Option<Buffer> {
    let buf = obj(v).buf;
    if buf.is_null() {
        return None;
    }
    vm.buffer_of(buf)
}

fn framebuffer_make_new(vm: &mut Vm, _ty: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("function doesn't take keyword arguments"));
    }
    let p = vm.alloc_obj::<FrameBufObj>(&FRAMEBUFFER_TYPE, 0)?;
    // SAFETY: fresh allocation; every field is written.
    unsafe {
        core::ptr::addr_of_mut!((*p).buf).write(Value::NULL);
        core::ptr::addr_of_mut!((*p).layout).write(None);
    }
    let fb = Value::from_ptr(p);
    if !args.is_empty() {
        init(vm, fb, args)?;
    }
    Ok(fb)
}

/// `FrameBuffer.__init__(self, buffer, width, height, format[, stride])`.
fn m_init(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let fb = this(vm, args[0])?;
    init(vm, fb, &args[1..])?;
    Ok(Value::NONE)
}

/// Sets up `fb` from `(buffer, width, height, format[, stride])`.
fn init(vm: &mut Vm, fb: Value, args: &[Value]) -> PyResult<()> {
    if !(4..=5).contains(&args.len()) {
        return Err(vm.type_error(&alloc::format!(
            "function takes 4 positional arguments but {} were given",
            args.len()
        )));
    }
    let (layout, _) = describe(vm, args, true)?;
    let o = obj(fb);
    o.buf = args[0];
    o.layout = Some(layout);
    Ok(())
}

/// Checks `(buffer, width, height, format[, stride])` (4 or 5 items) as MicroPython does: the
/// geometry and the buffer's buffer protocol (writable if `write`) and size.
fn describe(vm: &mut Vm, args: &[Value], write: bool) -> PyResult<(Layout, Buffer)> {
    let width = vm.to_i64(args[1])?;
    let height = vm.to_i64(args[2])?;
    let code = vm.to_i64(args[3])?;
    let stride = match args.get(4) {
        Some(&s) => vm.to_i64(s)?,
        None => width,
    };
    let format = Format::from_code(code);
    let Some(layout) = Layout::new(width, height, format.unwrap_or(Format::Gs8), stride) else {
        return Err(vm.raise_type(&VALUE_ERROR_TYPE));
    };
    if format.is_none() {
        return Err(vm.value_error("invalid format"));
    }
    let buf = vm.buffer_arg(args[0], write)?;
    if layout.bytes_needed() > buf.len() {
        return Err(vm.raise_type(&VALUE_ERROR_TYPE));
    }
    Ok((layout, buf))
}

/// The frame buffer a method was called on (the native part of a subclass instance).
fn this(vm: &mut Vm, v: Value) -> PyResult<Value> {
    vm.native_of(v, &FRAMEBUFFER_TYPE).ok_or_else(|| vm.type_error("expected a FrameBuffer"))
}

/// Runs `f` on the pixels of frame buffer `v` (nothing for an empty one). Arguments must be
/// converted before: no allocation or Python code may run while the bytes are borrowed.
fn with_pixels(vm: &mut Vm, v: Value, f: impl FnOnce(&Layout, &mut [u8])) -> PyResult<()> {
    let fb = this(vm, v)?;
    let o = obj(fb);
    let Some(layout) = o.layout else { return Ok(()) };
    let buf = vm.buffer_arg(o.buf, true)?;
    if let Some(data) = buf.data_mut() {
        f(&layout, data);
    }
    Ok(())
}

/// The ints `args` as machine words.
fn ints<const N: usize>(vm: &mut Vm, args: &[Value]) -> PyResult<[i64; N]> {
    let mut out = [0; N];
    for (o, &a) in out.iter_mut().zip(args) {
        *o = vm.to_i64(a)?;
    }
    Ok(out)
}

/// A colour as the pixel functions take it: truncated to 32 bits, as MicroPython does.
fn colour(c: i64) -> u32 {
    c as u32
}

fn fill(vm: &mut Vm, v: Value, col: Value) -> PyResult<Value> {
    let col = colour(vm.to_i64(col)?);
    with_pixels(vm, v, |l, d| l.fill_rect(d, 0, 0, l.width as i64, l.height as i64, col))?;
    Ok(Value::NONE)
}

fn fill_rect(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let [x, y, w, h, c] = ints::<5>(vm, &args[1..])?;
    with_pixels(vm, args[0], |l, d| l.fill_rect(d, x, y, w, h, colour(c)))?;
    Ok(Value::NONE)
}

/// `pixel(x, y)` returns the colour (None outside the frame); `pixel(x, y, c)` sets it.
fn pixel(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let [x, y] = ints::<2>(vm, &args[1..3])?;
    let set = match args.get(3) {
        Some(&c) => Some(colour(vm.to_i64(c)?)),
        None => None,
    };
    let mut got = None;
    with_pixels(vm, args[0], |l, d| {
        if l.contains(x, y) {
            match set {
                Some(c) => l.set(d, x as usize, y as usize, c),
                None => got = Some(l.get(d, x as usize, y as usize)),
            }
        }
    })?;
    Ok(got.map_or(Value::NONE, |c| Value::small_int(c as isize)))
}

fn hline(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let [x, y, w, c] = ints::<4>(vm, &args[1..])?;
    with_pixels(vm, args[0], |l, d| l.fill_rect(d, x, y, w, 1, colour(c)))?;
    Ok(Value::NONE)
}

fn vline(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let [x, y, h, c] = ints::<4>(vm, &args[1..])?;
    with_pixels(vm, args[0], |l, d| l.fill_rect(d, x, y, 1, h, colour(c)))?;
    Ok(Value::NONE)
}

/// `rect(x, y, w, h, c[, fill])`: the outline, or the filled rectangle.
fn rect(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let [x, y, w, h, c] = ints::<5>(vm, &args[1..6])?;
    let filled = match args.get(6) {
        Some(&f) => vm.is_true(f)?,
        None => false,
    };
    let c = colour(c);
    with_pixels(vm, args[0], |l, d| {
        if filled {
            l.fill_rect(d, x, y, w, h, c);
        } else {
            let (right, bottom) = (x.wrapping_add(w).wrapping_sub(1), y.wrapping_add(h).wrapping_sub(1));
            l.fill_rect(d, x, y, w, 1, c);
            l.fill_rect(d, x, bottom, w, 1, c);
            l.fill_rect(d, x, y, 1, h, c);
            l.fill_rect(d, right, y, 1, h, c);
        }
    })?;
    Ok(Value::NONE)
}

fn line(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let [x1, y1, x2, y2, c] = ints::<5>(vm, &args[1..])?;
    with_pixels(vm, args[0], |l, d| draw::line(l, d, x1, y1, x2, y2, colour(c)))?;
    Ok(Value::NONE)
}

/// `ellipse(x, y, xr, yr, c[, fill[, mask]])`.
fn ellipse(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let [x, y, rx, ry, c] = ints::<5>(vm, &args[1..6])?;
    let mut mask = match args.get(6) {
        Some(&f) if vm.is_true(f)? => draw::FILL,
        _ => 0,
    };
    mask |= match args.get(7) {
        Some(&m) => vm.to_i64(m)? & draw::QUADRANTS,
        None => draw::QUADRANTS,
    };
    with_pixels(vm, args[0], |l, d| draw::ellipse(l, d, (x, y), (rx, ry), colour(c), mask))?;
    Ok(Value::NONE)
}

/// `poly(x, y, coords, c[, fill])`: `coords` is a buffer (usually an `array`) of
/// alternating x and y values.
fn poly(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let [x, y] = ints::<2>(vm, &args[1..3])?;
    let points = coordinates(vm, args[3])?;
    if points.len() < 2 {
        return Ok(Value::NONE);
    }
    let c = colour(vm.to_i64(args[4])?);
    let filled = match args.get(5) {
        Some(&f) => vm.is_true(f)?,
        None => false,
    };
    with_pixels(vm, args[0], |l, d| draw::poly(l, d, x, y, &points, c, filled))?;
    Ok(Value::NONE)
}

/// The integers in a buffer, read with its typecode.
fn coordinates(vm: &mut Vm, v: Value) -> PyResult<Vec<i64>> {
    let buf = vm.buffer_arg(v, false)?;
    let size = typecode::native_size(buf.typecode).map_or(1, |(size, _)| size);
    let mut out = Vec::new();
    if out.try_reserve_exact(buf.len() / size).is_err() {
        return Err(vm.memory_error(buf.len()));
    }
    for item in buf.data().chunks_exact(size) {
        match typecode::number(buf.typecode, item) {
            typecode::Num::Int(n) => out.push(n as i64),
            typecode::Num::Float(_) => return Err(vm.type_error("can't convert float to int")),
        }
    }
    Ok(out)
}

/// A read-only frame for `blit`: a frame buffer, or a `(buffer, width, height, format[,
/// stride])` tuple or list. Its bytes are copied, so drawing cannot alias them.
fn source(vm: &mut Vm, v: Value) -> PyResult<(Layout, Vec<u8>)> {
    if let Some(fb) = vm.native_of(v, &FRAMEBUFFER_TYPE) {
        let o = obj(fb);
        let Some(layout) = o.layout else { return Err(vm.raise_type(&VALUE_ERROR_TYPE)) };
        let buf = vm.buffer_arg(o.buf, false)?;
        return Ok((layout, copy(vm, buf)?));
    }
    let items: Vec<Value> = if tuple::is_tuple(vm, v) {
        tuple::items(vm.native_of(v, &tuple::TUPLE_TYPE).unwrap_or(v)).to_vec()
    } else if list::is_list(v) {
        list::items(v).to_vec()
    } else {
        let name = vm.type_name(v);
        return Err(vm.type_error(&alloc::format!("object '{name}' isn't a tuple or list")));
    };
    if !(4..=5).contains(&items.len()) {
        return Err(vm.raise_type(&VALUE_ERROR_TYPE));
    }
    let (layout, buf) = describe(vm, &items, false)?;
    Ok((layout, copy(vm, buf)?))
}

fn copy(vm: &mut Vm, buf: Buffer) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    if out.try_reserve_exact(buf.len()).is_err() || buf.len() > vm.heap.total_bytes() {
        return Err(vm.memory_error(buf.len()));
    }
    out.extend_from_slice(buf.data());
    Ok(out)
}

/// `blit(fbuf, x, y[, key[, palette]])`.
fn blit(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let (src_layout, src_data) = source(vm, args[1])?;
    let [x, y] = ints::<2>(vm, &args[2..4])?;
    let key = match args.get(4) {
        Some(&k) => colour(vm.to_i64(k)?),
        None => colour(-1),
    };
    let palette = match args.get(5) {
        Some(&p) if !p.is_none() => Some(source(vm, p)?),
        _ => None,
    };
    let src = Source { layout: src_layout, data: &src_data };
    let palette = palette.as_ref().map(|(layout, data)| Source { layout: *layout, data });
    with_pixels(vm, args[0], |l, d| draw::blit(l, d, &src, x, y, key, palette.as_ref()))?;
    Ok(Value::NONE)
}

fn scroll(vm: &mut Vm, v: Value, dx: Value, dy: Value) -> PyResult<Value> {
    let (dx, dy) = (vm.to_i64(dx)?, vm.to_i64(dy)?);
    with_pixels(vm, v, |l, d| draw::scroll(l, d, dx, dy))?;
    Ok(Value::NONE)
}

/// `text(s, x, y[, c])`: the string in the 8x8 font, colour 1 by default.
fn text(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let Some(s) = vm.text_of(args[1]) else {
        let name = vm.type_name(args[1]);
        return Err(vm.type_error(&alloc::format!("can't convert '{name}' object to str implicitly")));
    };
    let s = s.as_bytes().to_vec();
    let [x, y] = ints::<2>(vm, &args[2..4])?;
    let c = match args.get(4) {
        Some(&c) => colour(vm.to_i64(c)?),
        None => 1,
    };
    with_pixels(vm, args[0], |l, d| draw::text(l, d, &s, x, y, c))?;
    Ok(Value::NONE)
}

/// `FrameBuffer1(buffer, width, height[, stride])`: the old constructor, always MONO_VLSB.
fn framebuffer1(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let stride = args.get(3).copied().unwrap_or(args[1]);
    let full = [args[0], args[1], args[2], Value::small_int(0), stride];
    framebuffer_make_new(vm, Value::from_static(&FRAMEBUFFER_TYPE), &full, &[])
}

static INIT: BuiltinFn = BuiltinFn::var(q::__init__, 1, 6, m_init);
static FILL: BuiltinFn = BuiltinFn::f2(q::fill, fill);
static FILL_RECT: BuiltinFn = BuiltinFn::var(q::fill_rect, 6, 6, fill_rect);
static PIXEL: BuiltinFn = BuiltinFn::var(q::pixel, 3, 4, pixel);
static HLINE: BuiltinFn = BuiltinFn::var(q::hline, 5, 5, hline);
static VLINE: BuiltinFn = BuiltinFn::var(q::vline, 5, 5, vline);
static RECT: BuiltinFn = BuiltinFn::var(q::rect, 6, 7, rect);
static LINE: BuiltinFn = BuiltinFn::var(q::line, 6, 6, line);
static ELLIPSE: BuiltinFn = BuiltinFn::var(q::ellipse, 6, 8, ellipse);
static POLY: BuiltinFn = BuiltinFn::var(q::poly, 5, 6, poly);
static BLIT: BuiltinFn = BuiltinFn::var(q::blit, 4, 6, blit);
static SCROLL: BuiltinFn = BuiltinFn::f3(q::scroll, scroll);
static TEXT: BuiltinFn = BuiltinFn::var(q::text, 4, 5, text);
static FRAMEBUFFER1: BuiltinFn = BuiltinFn::var(q::FrameBuffer1, 3, 4, framebuffer1);

static FRAMEBUFFER_LOCALS: [(Qstr, Value); 13] = crate::obj::sorted_table([
    (q::__init__, Value::from_static(&INIT)),
    (q::fill, Value::from_static(&FILL)),
    (q::fill_rect, Value::from_static(&FILL_RECT)),
    (q::pixel, Value::from_static(&PIXEL)),
    (q::hline, Value::from_static(&HLINE)),
    (q::vline, Value::from_static(&VLINE)),
    (q::rect, Value::from_static(&RECT)),
    (q::line, Value::from_static(&LINE)),
    (q::ellipse, Value::from_static(&ELLIPSE)),
    (q::poly, Value::from_static(&POLY)),
    (q::blit, Value::from_static(&BLIT)),
    (q::scroll, Value::from_static(&SCROLL)),
    (q::text, Value::from_static(&TEXT)),
]);

pub static TABLE: [(Qstr, Value); 11] = [
    (q::__name__, Value::qstr(q::framebuf)),
    (q::FrameBuffer, Value::from_static(&FRAMEBUFFER_TYPE)),
    (q::FrameBuffer1, Value::from_static(&FRAMEBUFFER1)),
    (q::MVLSB, Value::small_int(0)),
    (q::MONO_VLSB, Value::small_int(0)),
    (q::RGB565, Value::small_int(1)),
    (q::GS4_HMSB, Value::small_int(2)),
    (q::MONO_HLSB, Value::small_int(3)),
    (q::MONO_HMSB, Value::small_int(4)),
    (q::GS2_HMSB, Value::small_int(5)),
    (q::GS8, Value::small_int(6)),
];
