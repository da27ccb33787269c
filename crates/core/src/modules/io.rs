//! The `io` module (`StringIO`, `BytesIO`, `IOBase`, `open`) and the `open()` builtin, which
//! opens files through the port. The stream objects live in `obj/stream.rs`.

use crate::obj::builtin_fn::BuiltinFn;
use crate::obj::iobase::IOBASE_TYPE;
use crate::obj::str_methods::bind;
use crate::obj::{bytes, exception, str as pystr, stream};
use crate::port::OpenFlags;
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// What an `open()` mode string asks for.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Mode {
    pub flags: OpenFlags,
    pub text: bool,
}

/// Parses a mode as CPython does: exactly one of `r`, `w`, `a`, `x`, optionally `+`, and `b`
/// or `t`, each at most once. `None` if the mode is invalid.
pub fn parse_mode(mode: &str) -> Option<Mode> {
    let mut flags = OpenFlags::default();
    let (mut kinds, mut plus, mut binary, mut text) = (0, false, false, false);
    for (i, c) in mode.char_indices() {
        if mode[..i].contains(c) {
            return None;
        }
        match c {
            'r' => flags.read = true,
            'w' => {
                flags.write = true;
                flags.create = true;
                flags.truncate = true;
            }
            'a' => {
                flags.write = true;
                flags.append = true;
                flags.create = true;
            }
            'x' => {
                flags.write = true;
                flags.create = true;
                flags.exclusive = true;
            }
            '+' => plus = true,
            'b' => binary = true,
            't' => text = true,
            _ => return None,
        }
        kinds += usize::from(matches!(c, 'r' | 'w' | 'a' | 'x'));
    }
    if kinds != 1 || (binary && text) {
        return None;
    }
    if plus {
        flags.read = true;
        flags.write = true;
    }
    Some(Mode { flags, text: !binary })
}

/// Whether an `encoding` argument names an encoding files can be read in (UTF-8, or ASCII,
/// which is a subset).
fn is_utf8_name(name: &str) -> bool {
    let n: alloc::string::String =
        name.chars().filter(|&c| c != '-' && c != '_').map(|c| c.to_ascii_lowercase()).collect();
    matches!(n.as_str(), "utf8" | "ascii" | "usascii")
}

/// `open(file, mode='r', buffering=-1, encoding=None)`.
pub fn open(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let mut all = alloc::vec::Vec::with_capacity(args.len() + 1);
    all.push(Value::NONE);
    all.extend_from_slice(args);
    let [file, mode, buffering, encoding] =
        bind(vm, "open", &all, kw, [q::file, q::mode, q::buffering, q::encoding], 1)?;
    if file.is_small_int() {
        let fd = file.small_int_value().unwrap_or(-1);
        let mode_text = crate::modules::vfs::posix::mode_text(vm, mode)?;
        let Some(m) = parse_mode(&mode_text) else {
            return Err(vm.value_error(&alloc::format!("invalid mode: '{mode_text}'")));
        };
        let handle = vm.port.open_fd(fd, m.flags).map_err(|e| vm.os_error(e))?;
        return stream::new_file(vm, handle, m.text, m.flags.read, m.flags.write);
    }
    crate::modules::vfs::posix::path_text(vm, file)?;
    let mode_text = if mode.is_null() {
        "r"
    } else {
        vm.text_of(mode).ok_or_else(|| vm.type_error("mode must be str"))?
    };
    let Some(m) = parse_mode(mode_text) else {
        return Err(vm.value_error(&alloc::format!("invalid mode: '{mode_text}'")));
    };
    if !buffering.is_null() && !buffering.is_none() {
        vm.to_i64(buffering)?;
    }
    if !encoding.is_null() && !encoding.is_none() {
        let Some(e) = vm.text_of(encoding) else {
            return Err(vm.type_error("encoding must be str"));
        };
        if !m.text {
            return Err(vm.value_error("binary mode doesn't take an encoding argument"));
        }
        if !is_utf8_name(e) {
            let msg = alloc::format!("unknown encoding: {e}");
            return Err(vm.raise_msg(&exception::LOOKUP_ERROR_TYPE, &msg));
        }
    }
    crate::modules::vfs::open(vm, file, mode)
}

/// The initial contents of a `StringIO`/`BytesIO`: an immutable `str`/`bytes` object is
/// shared until the first write; other values are copied; an int preallocates that many bytes.
fn new_memory(vm: &mut Vm, text: bool, init: Value) -> PyResult<Value> {
    if init.is_null() || init.is_none() {
        return stream::new_memory(vm, text, Value::NULL, 0);
    }
    if init.is_obj() && (init.is_exact(&pystr::STR_TYPE) || init.is_exact(&bytes::BYTES_TYPE)) {
        return stream::new_memory(vm, text, init, 0);
    }
    if init.is_small_int() || vm.is_int(init) && !init.is_bool() {
        let n = vm.to_i64(init)?;
        return stream::new_memory(vm, text, Value::NULL, usize::try_from(n).unwrap_or(0));
    }
    let data = if let Some(t) = vm.text_of(init) {
        t.as_bytes().to_vec()
    } else if let Some(b) = vm.bytes_of(init) {
        b.to_vec()
    } else {
        return Err(vm.type_error("object with buffer protocol required"));
    };
    let s = stream::new_memory(vm, text, Value::NULL, data.len())?;
    stream::write_all(vm, s, &data)?;
    stream::get(s).pos = 0;
    Ok(s)
}

/// `io.StringIO(initial_value='')`.
pub fn stringio_make_new(vm: &mut Vm, ty: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let mut all = alloc::vec::Vec::with_capacity(args.len() + 1);
    all.push(Value::NONE);
    all.extend_from_slice(args);
    let [init] = bind(vm, "StringIO", &all, kw, [q::initial_value], 0)?;
    let s = new_memory(vm, true, init)?;
    vm.wrap_native_subclass(ty, &stream::STRINGIO_TYPE, s)
}

/// `io.BytesIO(initial_bytes=b'')`.
pub fn bytesio_make_new(vm: &mut Vm, ty: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let mut all = alloc::vec::Vec::with_capacity(args.len() + 1);
    all.push(Value::NONE);
    all.extend_from_slice(args);
    let [init] = bind(vm, "BytesIO", &all, kw, [q::initial_bytes], 0)?;
    let s = new_memory(vm, false, init)?;
    vm.wrap_native_subclass(ty, &stream::BYTESIO_TYPE, s)
}

pub static OPEN: BuiltinFn = BuiltinFn::kw(q::open, open);

pub static TABLE: [(Qstr, Value); 5] = [
    (q::__name__, Value::qstr(q::io)),
    (q::StringIO, Value::from_static(&stream::STRINGIO_TYPE)),
    (q::BytesIO, Value::from_static(&stream::BYTESIO_TYPE)),
    (q::IOBase, Value::from_static(&IOBASE_TYPE)),
    (q::open, Value::from_static(&OPEN)),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modes() {
        let r = parse_mode("r").unwrap();
        assert!(r.text && r.flags.read && !r.flags.write);
        let w = parse_mode("wb").unwrap();
        assert!(!w.text && w.flags.write && w.flags.truncate && w.flags.create && !w.flags.read);
        let a = parse_mode("a+").unwrap();
        assert!(a.flags.append && a.flags.read && a.flags.write && !a.flags.truncate);
        let rp = parse_mode("r+b").unwrap();
        assert!(rp.flags.read && rp.flags.write && !rp.flags.create);
        assert!(parse_mode("x").unwrap().flags.exclusive);
        for bad in ["", "q", "rw", "rr", "rbt", "b", "r++"] {
            assert_eq!(parse_mode(bad), None, "{bad}");
        }
    }

    #[test]
    fn encodings() {
        assert!(is_utf8_name("UTF-8") && is_utf8_name("utf8") && is_utf8_name("ascii"));
        assert!(!is_utf8_name("latin-1"));
    }
}
