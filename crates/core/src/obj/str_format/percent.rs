//! printf-style formatting: `str % args` and `bytes % args`. One formatter serves both: it
//! reads the format as bytes (every directive is ASCII, so literal runs of a str format stay
//! valid UTF-8) and writes bytes; `%s` takes `str()` of a value for str and the raw buffer
//! for bytes. Argument consumption follows CPython, including its treatment of a single
//! non-tuple argument and of mappings.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::num::printf::{self, PrintfSpec};
use crate::obj::{bytearray, bytes, exception, float, int, str as pystr, tuple, UnaryOp};
use crate::qstr::q;
use crate::value::Value;
use crate::vm::{PyResult, Raised, Vm};

/// Where the values of the conversions come from, tracked as CPython does: a tuple is
/// consumed item by item; any other value (`arg_len == -1`) is one argument.
struct Args {
    items: Vec<Value>,
    single: Value,
    arg_len: isize,
    next: isize,
    mapping: Option<Value>,
}

impl Args {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Value> {
        if self.next >= self.arg_len {
            return Err(vm.type_error("not enough arguments for format string"));
        }
        self.next += 1;
        if self.arg_len < 0 {
            Ok(self.single)
        } else {
            Ok(self.items[(self.next - 1) as usize])
        }
    }

    /// After a `%(key)` lookup the looked-up value is the one argument of the conversion.
    fn set_single(&mut self, v: Value) {
        self.single = v;
        self.arg_len = -1;
        self.next = -2;
    }
}

/// Whether `v` counts as a mapping for `%(key)` (CPython: anything subscriptable except a
/// tuple or a value of the formatted type).
fn is_mapping(vm: &Vm, v: Value, bytes_mode: bool) -> bool {
    if tuple::is_tuple(vm, v) {
        return false;
    }
    if bytes_mode && vm.bytes_of(v).is_some() || !bytes_mode && vm.text_of(v).is_some() {
        return false;
    }
    let ty = vm.type_of(v);
    if ty.is_class() {
        return vm.lookup_in_mro(Value::from_ptr(ty as *const _), q::__getitem__).is_some();
    }
    ty.subscr.is_some()
}

fn int_arg(vm: &mut Vm, v: Value, conv: u8) -> PyResult<Value> {
    if vm.is_int(v) {
        return Ok(v);
    }
    let c = conv as char;
    if float::is_float(vm, v) {
        if matches!(conv, b'd' | b'i' | b'u') {
            return vm.unary_op(UnaryOp::Int, v);
        }
        return Err(vm.type_error(&format!("%{c} format: an integer is required, not float")));
    }
    if vm.type_of(v).is_class() {
        match vm.to_int_value(v) {
            Ok(n) => return Ok(n),
            Err(_) if vm.exc_matches(&exception::TYPE_ERROR_TYPE) => {
                vm.take_exc();
            }
            Err(e) => return Err(e),
        }
    }
    let t = vm.type_name(v);
    Err(vm.type_error(&if matches!(conv, b'd' | b'i' | b'u') {
        format!("%{c} format: a real number is required, not {t}")
    } else {
        format!("%{c} format: an integer is required, not {t}")
    }))
}

/// The text of `%c`.
fn char_arg(vm: &mut Vm, v: Value, bytes_mode: bool, out: &mut Vec<u8>) -> PyResult<()> {
    if bytes_mode {
        if let Some(&[b]) = vm.bytes_of(v) {
            out.push(b);
            return Ok(());
        }
        if !vm.is_int(v) {
            return Err(vm.type_error("%c requires an integer in range(256) or a single byte"));
        }
        let n = vm.to_i64(v)?;
        let b = u8::try_from(n).map_err(|_| vm.overflow_error("%c arg not in range(256)"))?;
        out.push(b);
        return Ok(());
    }
    if let Some(t) = vm.text_of(v) {
        let mut it = t.chars();
        return match (it.next(), it.next()) {
            (Some(_), None) => {
                out.extend_from_slice(t.as_bytes());
                Ok(())
            }
            _ => Err(vm.type_error("%c requires int or char")),
        };
    }
    if !vm.is_int(v) {
        return Err(vm.type_error("%c requires int or char"));
    }
    // An int too big for i64 is out of range like any other.
    let n = vm.to_i64(v).unwrap_or_else(|_| {
        vm.take_exc();
        -1
    });
    match u32::try_from(n).ok().and_then(char::from_u32) {
        Some(c) => {
            let mut buf = [0; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            Ok(())
        }
        None => Err(vm.overflow_error("%c arg not in range(0x110000)")),
    }
}

/// The text of `%s`, `%r`, `%a` (and `%b` for bytes), before precision and width.
fn text_arg(vm: &mut Vm, v: Value, conv: u8, bytes_mode: bool) -> PyResult<Vec<u8>> {
    match conv {
        b's' | b'b' if bytes_mode => {
            if let Some(d) = vm.bytes_of(v) {
                return Ok(d.to_vec());
            }
            if vm.type_of(v).is_class() {
                if let Some(f) = vm.load_method_opt(v, q::__bytes__)? {
                    let r = vm.call_method_pair(f, &[])?;
                    if let Some(d) = vm.bytes_of(r) {
                        return Ok(d.to_vec());
                    }
                    let t = vm.type_name(r);
                    return Err(vm.type_error(&format!("__bytes__ returned non-bytes (type {t})")));
                }
            }
            let t = vm.type_name(v);
            Err(vm.type_error(&format!(
                "%b requires a bytes-like object, or an object that implements __bytes__, not '{t}'"
            )))
        }
        b's' => Ok(vm.str_string(v)?.into_bytes()),
        b'r' if !bytes_mode => Ok(vm.repr_string(v)?.into_bytes()),
        _ => {
            let r = vm.repr_string(v)?;
            let mut out = String::with_capacity(r.len());
            pystr::ascii_escape_into(&r, &mut out);
            Ok(out.into_bytes())
        }
    }
}

/// Reads a run of decimal digits at `fmt[*i..]` (saturating).
fn digits(fmt: &[u8], i: &mut usize) -> Option<usize> {
    let start = *i;
    let mut n: usize = 0;
    while let Some(d) = fmt.get(*i).filter(|b| b.is_ascii_digit()) {
        n = n.saturating_mul(10).saturating_add((d - b'0') as usize);
        *i += 1;
    }
    (*i > start).then_some(n)
}

fn star_arg(vm: &mut Vm, args: &mut Args) -> PyResult<i64> {
    let v = args.next(vm)?;
    if !vm.is_int(v) {
        return Err(vm.type_error("* wants int"));
    }
    vm.to_i64(v)
}

/// Expands `fmt % args` into `out`.
fn expand(vm: &mut Vm, fmt: &[u8], args_v: Value, bytes_mode: bool, out: &mut Vec<u8>) -> PyResult<()> {
    let limit = vm.heap.total_bytes();
    let mapping = is_mapping(vm, args_v, bytes_mode).then_some(args_v);
    let mut args = match vm.native_of(args_v, &tuple::TUPLE_TYPE) {
        Some(t) => {
            let items = tuple::items(t).to_vec();
            let n = items.len() as isize;
            Args { items, single: Value::NONE, arg_len: n, next: 0, mapping }
        }
        None => Args { items: Vec::new(), single: args_v, arg_len: -1, next: -2, mapping },
    };
    let mut i = 0;
    while i < fmt.len() {
        let Some(p) = fmt[i..].iter().position(|&b| b == b'%') else {
            out.extend_from_slice(&fmt[i..]);
            break;
        };
        out.extend_from_slice(&fmt[i..i + p]);
        i += p + 1;
        if fmt.get(i) == Some(&b'%') {
            out.push(b'%');
            i += 1;
            continue;
        }
        if fmt.get(i) == Some(&b'(') {
            let Some(m) = args.mapping else {
                return Err(vm.type_error("format requires a mapping"));
            };
            let start = i + 1;
            let mut depth = 1;
            i += 1;
            while depth > 0 {
                match fmt.get(i) {
                    None => return Err(vm.value_error("incomplete format key")),
                    Some(b'(') => depth += 1,
                    Some(b')') => depth -= 1,
                    _ => {}
                }
                i += 1;
            }
            let key_bytes = &fmt[start..i - 1];
            let key = if bytes_mode {
                bytes::new(vm, key_bytes)?
            } else {
                pystr::new(vm, core::str::from_utf8(key_bytes).unwrap_or_default())?
            };
            let v = vm.subscr_load(m, key)?;
            args.set_single(v);
        }
        let mut spec = PrintfSpec::default();
        while let Some(&f) = fmt.get(i) {
            match f {
                b'-' => spec.left = true,
                b'+' => spec.plus = true,
                b' ' => spec.space = true,
                b'#' => spec.alt = true,
                b'0' => spec.zero = true,
                _ => break,
            }
            i += 1;
        }
        if fmt.get(i) == Some(&b'*') {
            i += 1;
            let w = star_arg(vm, &mut args)?;
            spec.left |= w < 0;
            spec.width = w.unsigned_abs().min(usize::MAX as u64) as usize;
        } else {
            spec.width = digits(fmt, &mut i).unwrap_or(0);
        }
        if fmt.get(i) == Some(&b'.') {
            i += 1;
            let p = if fmt.get(i) == Some(&b'*') {
                i += 1;
                star_arg(vm, &mut args)?.max(0) as usize
            } else {
                digits(fmt, &mut i).unwrap_or(0)
            };
            spec.precision = Some(p);
        }
        while matches!(fmt.get(i), Some(b'h' | b'l' | b'L')) {
            i += 1;
        }
        let Some(&conv) = fmt.get(i) else {
            return Err(vm.value_error("incomplete format"));
        };
        i += 1;
        if spec.width > limit {
            return Err(vm.memory_error(spec.width));
        }
        let v = args.next(vm)?;
        convert(vm, v, conv, &spec, bytes_mode, fmt, i - 1, out)?;
    }
    if args.next < args.arg_len && args.mapping.is_none() {
        let kind = if bytes_mode { "bytes" } else { "string" };
        return Err(vm.type_error(&format!("not all arguments converted during {kind} formatting")));
    }
    Ok(())
}

fn num_error(vm: &mut Vm, e: crate::num::NumError) -> Raised {
    int::num_error(vm, e)
}

/// Appends one conversion of `v`; `at` is the index of the conversion character in `fmt`.
#[allow(clippy::too_many_arguments)]
fn convert(
    vm: &mut Vm,
    v: Value,
    conv: u8,
    spec: &PrintfSpec,
    bytes_mode: bool,
    fmt: &[u8],
    at: usize,
    out: &mut Vec<u8>,
) -> PyResult<()> {
    let limit = vm.heap.total_bytes();
    let mut text = String::new();
    match conv {
        b'd' | b'i' | b'u' | b'o' | b'x' | b'X' => {
            let n = int_arg(vm, v, conv)?;
            let Some(i) = int::as_int(vm, n) else {
                return Err(vm.type_error("an integer is required"));
            };
            printf::format_int(i.as_ref(), conv as char, spec, limit, &mut text)
                .map_err(|e| num_error(vm, e))?;
        }
        b'e' | b'E' | b'f' | b'F' | b'g' | b'G' => {
            let x = match float::as_f64(vm, v)? {
                Some(x) => x,
                None if vm.type_of(v).is_class() => vm.to_f64(v)?,
                None => {
                    let t = vm.type_name(v);
                    return Err(vm.type_error(&format!("must be real number, not {t}")));
                }
            };
            printf::format_float(x, conv as char, spec, limit, &mut text).map_err(|e| num_error(vm, e))?;
        }
        b'c' => {
            let mut piece = Vec::new();
            char_arg(vm, v, bytes_mode, &mut piece)?;
            pad_text(&piece, 1, spec, out);
            return Ok(());
        }
        b's' | b'r' | b'a' | b'b' if conv != b'b' || bytes_mode => {
            let mut piece = text_arg(vm, v, conv, bytes_mode)?;
            let units = if bytes_mode {
                if let Some(p) = spec.precision {
                    piece.truncate(p);
                }
                piece.len()
            } else {
                let s = core::str::from_utf8(&piece).unwrap_or_default();
                let n = s.chars().count();
                match spec.precision {
                    Some(p) if p < n => {
                        let cut = s.char_indices().nth(p).map_or(s.len(), |(o, _)| o);
                        piece.truncate(cut);
                        p
                    }
                    _ => n,
                }
            };
            pad_text(&piece, units, spec, out);
            return Ok(());
        }
        _ => {
            let (ch, index) = if bytes_mode {
                (conv as char, at)
            } else {
                let s = core::str::from_utf8(fmt).unwrap_or_default();
                let index = s[..at].chars().count();
                (s[at..].chars().next().unwrap_or('?'), index)
            };
            let shown = if ch.is_ascii_graphic() || ch == ' ' { ch } else { '?' };
            return Err(vm.value_error(&format!(
                "unsupported format character '{shown}' (0x{:x}) at index {index}",
                ch as u32
            )));
        }
    }
    out.extend_from_slice(text.as_bytes());
    Ok(())
}

/// Appends `piece` (`units` characters wide) padded with spaces to the spec's width.
fn pad_text(piece: &[u8], units: usize, spec: &PrintfSpec, out: &mut Vec<u8>) {
    let fill = spec.width.saturating_sub(units);
    if !spec.left {
        out.extend(core::iter::repeat_n(b' ', fill));
    }
    out.extend_from_slice(piece);
    if spec.left {
        out.extend(core::iter::repeat_n(b' ', fill));
    }
}

/// `fmt % args` for str.
pub fn percent(vm: &mut Vm, fmt: &str, args: Value) -> PyResult<Value> {
    let mut out = Vec::with_capacity(fmt.len() + 16);
    expand(vm, fmt.as_bytes(), args, false, &mut out)?;
    // Every piece written is valid UTF-8: literal runs cut at ASCII '%', and texts of values.
    let s = String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    crate::obj::str_methods::fresh_str(vm, &s)
}

/// `fmt % args` for bytes.
pub fn percent_bytes(vm: &mut Vm, fmt: &[u8], args: Value) -> PyResult<Value> {
    let mut out = Vec::with_capacity(fmt.len() + 16);
    expand(vm, fmt, args, true, &mut out)?;
    bytes::new(vm, &out)
}

/// `fmt % args` for a bytearray format.
pub fn percent_bytearray(vm: &mut Vm, fmt: &[u8], args: Value) -> PyResult<Value> {
    let mut out = Vec::with_capacity(fmt.len() + 16);
    expand(vm, fmt, args, true, &mut out)?;
    bytearray::new(vm, &out)
}
