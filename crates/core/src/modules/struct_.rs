//! The `struct` module: packing values into bytes and back by a format string (`<`, `>`,
//! `!`, `=`, `@` byte orders, the typecodes of `obj/typecode.rs`, repeat counts, `s` strings,
//! `x` padding, native alignment with `@`).
//!
//! As MicroPython, errors are ValueError (`struct.error` is ValueError), `unpack` accepts a
//! buffer longer than the format needs, and `pack` packs the arguments it is given (missing
//! ones stay zero, extra ones are ignored).

use alloc::vec::Vec;

use crate::obj::builtin_fn::BuiltinFn;
use crate::obj::{bytes, exception, tuple, typecode};
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The byte order and layout a format's first character selects.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Layout {
    /// `@`: native sizes, alignment and byte order.
    Native,
    /// `=`, `<`, `>`, `!`: standard sizes, no alignment; the flag says big-endian.
    Standard(bool),
}

/// One format item: `count` repetitions of `code` (for `s`, one string of `count` bytes).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct Item {
    count: usize,
    code: u8,
    size: usize,
    align: usize,
}

/// A parsed format.
#[derive(Debug)]
struct Format {
    layout: Layout,
    items: Vec<Item>,
}

/// Why a format is invalid.
#[derive(Debug, PartialEq, Eq)]
enum FormatError {
    BadTypecode,
    TooLarge,
}

impl Format {
    fn parse(fmt: &[u8]) -> Result<Format, FormatError> {
        let (layout, rest) = match fmt.first() {
            Some(b'@') => (Layout::Native, &fmt[1..]),
            Some(b'=') => (Layout::Standard(cfg!(target_endian = "big")), &fmt[1..]),
            Some(b'<') => (Layout::Standard(false), &fmt[1..]),
            Some(b'>' | b'!') => (Layout::Standard(true), &fmt[1..]),
            _ => (Layout::Native, fmt),
        };
        let mut items = Vec::new();
        let mut i = 0;
        while i < rest.len() {
            if rest[i].is_ascii_whitespace() {
                i += 1;
                continue;
            }
            let mut count: Option<usize> = None;
            while let Some(d) = rest.get(i).filter(|c| c.is_ascii_digit()) {
                let n = count.unwrap_or(0).checked_mul(10).and_then(|n| n.checked_add((d - b'0') as usize));
                count = Some(n.ok_or(FormatError::TooLarge)?);
                i += 1;
            }
            let code = *rest.get(i).ok_or(FormatError::BadTypecode)?;
            let (size, align) = match layout {
                Layout::Native => typecode::native_size(code),
                Layout::Standard(_) => typecode::standard_size(code).map(|s| (s, 1)),
            }
            .ok_or(FormatError::BadTypecode)?;
            items.push(Item { count: count.unwrap_or(1), code, size, align });
            i += 1;
        }
        Ok(Format { layout, items })
    }

    fn big_endian(&self) -> bool {
        match self.layout {
            Layout::Native => cfg!(target_endian = "big"),
            Layout::Standard(big) => big,
        }
    }

    /// Calls `f(offset, item)` for each value slot (each string counts once) and returns the
    /// total size; `None` if it overflows.
    fn walk(&self, mut f: impl FnMut(usize, &Item)) -> Option<usize> {
        let mut at = 0usize;
        for it in &self.items {
            if matches!(it.code, b's' | b'x') {
                if it.code == b's' {
                    f(at, it);
                }
                at = at.checked_add(it.count)?;
                continue;
            }
            for _ in 0..it.count {
                at = at.checked_add(it.align - 1)? / it.align * it.align;
                f(at, it);
                at = at.checked_add(it.size)?;
            }
        }
        Some(at)
    }

    fn size(&self) -> Option<usize> {
        let mut at = 0usize;
        for it in &self.items {
            if matches!(it.code, b's' | b'x') {
                at = at.checked_add(it.count)?;
            } else if it.count > 0 {
                at = at.checked_add(it.align - 1)? / it.align * it.align;
                let rest = it.size.checked_add(it.align - 1)? / it.align * it.align;
                at = at.checked_add(rest.checked_mul(it.count - 1)?)?.checked_add(it.size)?;
            }
        }
        Some(at)
    }
}

/// Parses a format argument and checks its size against the heap.
fn format_arg(vm: &mut Vm, v: Value) -> PyResult<(Format, usize)> {
    let text = match vm.text_of(v) {
        Some(s) => s.as_bytes(),
        None => match vm.bytes_of(v) {
            Some(b) => b,
            None => {
                let t = vm.type_name(v);
                return Err(
                    vm.type_error(&alloc::format!("Struct() argument 1 must be a str or bytes, not {t}"))
                );
            }
        },
    };
    let fmt = match Format::parse(text) {
        Ok(f) => f,
        Err(FormatError::BadTypecode) => return Err(vm.value_error("bad typecode")),
        Err(FormatError::TooLarge) => return Err(vm.memory_error(usize::MAX)),
    };
    match fmt.size().filter(|&s| s <= vm.heap.total_bytes()) {
        Some(size) => Ok((fmt, size)),
        None => Err(vm.memory_error(fmt.size().unwrap_or(usize::MAX))),
    }
}

fn calcsize(vm: &mut Vm, fmt: Value) -> PyResult<Value> {
    let (_, size) = format_arg(vm, fmt)?;
    Ok(Value::small_int(size as isize))
}

/// Packs `args` into a fresh zeroed buffer of the format's size.
fn pack_bytes(vm: &mut Vm, fmt: &Format, size: usize, args: &[Value]) -> PyResult<Vec<u8>> {
    let mut slots = Vec::new();
    fmt.walk(|at, it| slots.push((at, *it)));
    let big = fmt.big_endian();
    let mut out = alloc::vec![0u8; size];
    for (&(at, it), &arg) in slots.iter().zip(args) {
        if it.code == b's' {
            let src = vm.buffer_arg(arg, false)?.data();
            let n = src.len().min(it.count);
            if let (Some(dst), Some(src)) = (out.get_mut(at..at + n), src.get(..n)) {
                dst.copy_from_slice(src);
            }
            continue;
        }
        let bits = typecode::encode(vm, it.code, arg)?;
        if let Some(dst) = out.get_mut(at..at + it.size) {
            typecode::write(bits, dst, big);
        }
    }
    Ok(out)
}

/// Checks the positional-only arguments of `pack` and `pack_into` (which take any number).
fn check_args(vm: &mut Vm, name: &str, args: &[Value], kw: &[Value], min: usize) -> PyResult<()> {
    vm.check_args(name, args, kw, min, usize::MAX)
}

fn pack(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_args(vm, "pack", args, kw, 1)?;
    let (fmt, size) = format_arg(vm, args[0])?;
    let packed = pack_bytes(vm, &fmt, size, &args[1..])?;
    bytes::new(vm, &packed)
}

/// Resolves an offset into a buffer of `len` bytes (negative counts from the end) and checks
/// that `size` bytes fit there.
fn place(vm: &mut Vm, offset: Value, len: usize, size: usize) -> PyResult<usize> {
    let off = vm.to_i64(offset)?;
    let off = if off < 0 { off + len as i64 } else { off };
    match usize::try_from(off).ok().filter(|&o| o.checked_add(size).is_some_and(|end| end <= len)) {
        Some(o) => Ok(o),
        None => Err(vm.value_error("buffer too small")),
    }
}

fn pack_into(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_args(vm, "pack_into", args, kw, 3)?;
    let (fmt, size) = format_arg(vm, args[0])?;
    let len = vm.buffer_arg(args[1], true)?.len();
    let at = place(vm, args[2], len, size)?;
    let packed = pack_bytes(vm, &fmt, size, &args[3..])?;
    // Packing may have run Python code that resized the target: fetch it again.
    let buf = vm.buffer_arg(args[1], true)?;
    match buf.data_mut().and_then(|d| d.get_mut(at..at + size)) {
        Some(dst) => dst.copy_from_slice(&packed),
        None => return Err(vm.value_error("buffer too small")),
    }
    Ok(Value::NONE)
}

fn unpack_from(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let (fmt, size) = format_arg(vm, args[0])?;
    let data = vm.buffer_arg(args[1], false)?.data();
    let at = match args.get(2) {
        Some(&off) => place(vm, off, data.len(), size)?,
        None if size <= data.len() => 0,
        None => return Err(vm.value_error("buffer too small")),
    };
    let data = data.get(at..at + size).unwrap_or_default().to_vec();
    let mut slots = Vec::new();
    fmt.walk(|at, it| slots.push((at, *it)));
    let big = fmt.big_endian();
    let mut values = Vec::with_capacity(slots.len());
    for (at, it) in slots {
        let n = if it.code == b's' { it.count } else { it.size };
        let src = data.get(at..at + n).unwrap_or_default();
        values.push(if it.code == b's' {
            bytes::new(vm, src)?
        } else {
            typecode::load(vm, it.code, src, big)?
        });
    }
    tuple::new(vm, &values)
}

static CALCSIZE: BuiltinFn = BuiltinFn::f1(q::calcsize, calcsize);
static PACK: BuiltinFn = BuiltinFn::kw(q::pack, pack);
static PACK_INTO: BuiltinFn = BuiltinFn::kw(q::pack_into, pack_into);
static UNPACK: BuiltinFn = BuiltinFn::var(q::unpack, 2, 3, unpack_from);
static UNPACK_FROM: BuiltinFn = BuiltinFn::var(q::unpack_from, 2, 3, unpack_from);

pub static TABLE: [(Qstr, Value); 7] = [
    (q::__name__, Value::qstr(q::struct_)),
    (q::calcsize, Value::from_static(&CALCSIZE)),
    (q::pack, Value::from_static(&PACK)),
    (q::pack_into, Value::from_static(&PACK_INTO)),
    (q::unpack, Value::from_static(&UNPACK)),
    (q::unpack_from, Value::from_static(&UNPACK_FROM)),
    (q::error, Value::from_static(&exception::VALUE_ERROR_TYPE)),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn size_of(fmt: &str) -> Option<usize> {
        Format::parse(fmt.as_bytes()).ok()?.size()
    }

    #[test]
    fn sizes_follow_layout_and_alignment() {
        assert_eq!(size_of("<bI"), Some(5));
        assert_eq!(size_of("@bI"), Some(8));
        assert_eq!(size_of("bI"), Some(8));
        assert_eq!(size_of(">bxI3xH"), Some(11));
        assert_eq!(size_of("100sI"), Some(104));
        assert_eq!(size_of("0s1s0H2H"), Some(6));
        assert_eq!(size_of("7xx"), Some(8));
        assert_eq!(size_of("< 2h i"), Some(8));
        assert_eq!(size_of(""), Some(0));
    }

    #[test]
    fn walk_agrees_with_size_and_lists_value_slots() {
        for fmt in ["@bIbq", "<3B2h", "@0s1s0H2H", "@x3hq", "!6sH"] {
            let f = Format::parse(fmt.as_bytes()).unwrap();
            let mut slots = Vec::new();
            assert_eq!(f.walk(|at, it| slots.push((at, it.code))), f.size(), "{fmt}");
        }
        let f = Format::parse(b"@bIbq").unwrap();
        let mut slots = Vec::new();
        f.walk(|at, it| slots.push((at, it.code)));
        assert_eq!(slots, [(0, b'b'), (4, b'I'), (8, b'b'), (16, b'q')]);
    }

    #[test]
    fn bad_formats_are_rejected() {
        assert_eq!(Format::parse(b"z").unwrap_err(), FormatError::BadTypecode);
        assert_eq!(Format::parse(b"1").unwrap_err(), FormatError::BadTypecode);
        assert_eq!(Format::parse(b"<n").unwrap_err(), FormatError::BadTypecode);
        assert_eq!(Format::parse(b"99999999999999999999999s").unwrap_err(), FormatError::TooLarge);
        assert_eq!(size_of("9999999999999999999q"), None);
    }
}
