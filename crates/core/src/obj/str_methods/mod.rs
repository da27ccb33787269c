//! Methods of `str`. Each takes the string as its first argument (a qstr, a heap string or the
//! native part of a `str` subclass instance) and returns exact `str` objects. The method table
//! is here with the argument helpers every method shares; the methods live in one file per
//! family. `algo` holds the byte-slice searching and splitting that `bytes` shares.

use alloc::format;
use alloc::vec::Vec;

use super::builtin_fn::BuiltinFn;
use super::property::ClassMethod;
use super::{list, str as pystr};
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub mod algo;
mod case;
pub mod codec;
pub(crate) mod layout;
mod search;
mod split;
mod translate;
pub mod unicode;
mod unicode_tables;

pub(crate) use case::is_title_chars;

/// The receiver of a `str` method.
pub(crate) fn self_text<'a>(vm: &mut Vm, v: Value) -> PyResult<&'a str> {
    match vm.text_of(v) {
        Some(s) => Ok(s),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(&format!("descriptor requires a 'str' object but received '{t}'")))
        }
    }
}

/// A `str` argument.
pub(crate) fn arg_text<'a>(vm: &mut Vm, v: Value) -> PyResult<&'a str> {
    match vm.text_of(v) {
        Some(s) => Ok(s),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(&format!("can't convert '{t}' object to str implicitly")))
        }
    }
}

/// `sub` of the receiver `orig` (whose text is `s`) as a str: the receiver itself when nothing
/// was cut from an exact str, else a new string.
pub(crate) fn substr(vm: &mut Vm, orig: Value, s: &str, sub: &str) -> PyResult<Value> {
    if sub.len() == s.len() && pystr::is_str(orig) {
        return Ok(orig);
    }
    fresh_str(vm, sub)
}

/// A new string holding a method's result. Unlike `str::new` it does not look the text up
/// among the interned strings: that lookup costs more than the allocation, and the results
/// of string methods (split pieces, case mappings, formatted text) are rarely interned names.
pub(crate) fn fresh_str(vm: &mut Vm, s: &str) -> PyResult<Value> {
    if s.is_empty() {
        return Ok(pystr::EMPTY);
    }
    pystr::new_of_type(vm, &pystr::STR_TYPE, s.as_bytes())
}

/// A list of new strings, one per piece.
pub(crate) fn list_of_strs<'s>(vm: &mut Vm, pieces: impl Iterator<Item = &'s str>) -> PyResult<Value> {
    let mut items = Vec::new();
    for p in pieces {
        items.push(fresh_str(vm, p)?);
    }
    list::new(vm, &items)
}

/// Binds a method's arguments after the receiver (`args[0]`) to `names`, positionally or by
/// keyword. Missing ones are NULL; fewer than `min` (receiver not counted) is a TypeError.
pub(crate) fn bind<const N: usize>(
    vm: &mut Vm,
    fname: &str,
    args: &[Value],
    kw: &[Value],
    names: [Qstr; N],
    min: usize,
) -> PyResult<[Value; N]> {
    let mut out = [Value::NULL; N];
    let Some((_, pos)) = args.split_first() else {
        return Err(vm.type_error(&format!("{fname}() needs an argument")));
    };
    if pos.len() > N {
        return Err(vm.type_error(&format!("{fname}() takes at most {N} arguments ({} given)", pos.len())));
    }
    out[..pos.len()].copy_from_slice(pos);
    for pair in kw.chunks(2) {
        let name = vm.qstr_of(pair[0]);
        match names.iter().position(|&n| Some(n) == name) {
            Some(i) if out[i].is_null() => out[i] = pair[1],
            Some(i) => {
                let n = vm.qstr_str(names[i]);
                return Err(vm.type_error(&format!(
                    "argument for {fname}() given by name ('{n}') and position ({})",
                    i + 1
                )));
            }
            None => {
                let n = vm.text_of(pair[0]).unwrap_or("?");
                return Err(vm.type_error(&format!("'{n}' is an invalid keyword argument for {fname}()")));
            }
        }
    }
    if let Some(i) = out.iter().take(min).position(|v| v.is_null()) {
        let n = vm.qstr_str(names[i]);
        return Err(vm.type_error(&format!("{fname}() missing required argument '{n}' (pos {})", i + 1)));
    }
    Ok(out)
}

/// An optional slice index argument (`start`/`end`): absent or None gives `None`.
pub(crate) fn opt_index(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        Some(&v) if !v.is_null() && !v.is_none() => {
            if !vm.is_int(v) && !vm.type_of(v).is_class() {
                return Err(
                    vm.type_error("slice indices must be integers or None or have an __index__ method")
                );
            }
            Ok(Some(vm.to_index_saturating(v)? as i64))
        }
        _ => Ok(None),
    }
}

/// An int argument (a count or width); TypeError with CPython's message for anything else.
pub(crate) fn int_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if !vm.is_int(v) && !vm.type_of(v).is_class() {
        let t = vm.type_name(v);
        return Err(vm.type_error(&format!("'{t}' object cannot be interpreted as an integer")));
    }
    vm.to_i64(v)
}

/// An optional count argument (`maxsplit`, `count`): absent gives -1.
pub(crate) fn opt_count(vm: &mut Vm, v: Option<&Value>) -> PyResult<i64> {
    match v {
        Some(&v) if !v.is_null() => int_arg(vm, v),
        _ => Ok(-1),
    }
}

/// The number of code points in `s`.
pub(crate) fn char_len(s: &str) -> usize {
    s.bytes().filter(|&b| (b as i8) >= -0x40).count()
}

/// A `[start:end]` window of a string: its first code point index and its byte range.
pub(crate) struct Window {
    pub first: usize,
    pub bytes: core::ops::Range<usize>,
}

/// Resolves the optional `start`/`end` arguments against `s` as CPython's string methods do;
/// `None` when `start` lies beyond `end` (a window nothing can match, not even "").
pub(crate) fn window(
    vm: &mut Vm,
    s: &str,
    ascii: bool,
    start: Option<&Value>,
    end: Option<&Value>,
) -> PyResult<Option<Window>> {
    let (start, end) = (opt_index(vm, start)?, opt_index(vm, end)?);
    if start.is_none() && end.is_none() {
        return Ok(Some(Window { first: 0, bytes: 0..s.len() }));
    }
    let n = if ascii { s.len() } else { char_len(s) };
    let (a, b) = algo::adjust_window(start, end, n as i64);
    if a > b {
        return Ok(None);
    }
    let (a, b) = (a as usize, b as usize);
    let a_off = pystr::char_offset(s, ascii, a);
    let b_off = if ascii { b } else { a_off + pystr::char_offset(&s[a_off..], false, b - a) };
    Ok(Some(Window { first: a, bytes: a_off..b_off }))
}

/// Whether the receiver's text is all ASCII (cached in heap strings).
pub(crate) fn ascii_of(vm: &Vm, v: Value, s: &str) -> bool {
    match vm.native_of(v, &pystr::STR_TYPE) {
        Some(n) => pystr::is_ascii(n, s),
        None => pystr::is_ascii(v, s),
    }
}

fn m_format(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let Some(&fmt) = args.first() else {
        return Err(vm.type_error("format() needs a format string"));
    };
    let fmt = self_text(vm, fmt)?;
    super::str_format::format_method(vm, fmt, &args[1..], kw)
}

fn m_format_map(vm: &mut Vm, fmt: Value, mapping: Value) -> PyResult<Value> {
    let fmt = self_text(vm, fmt)?;
    super::str_format::format_map(vm, fmt, mapping)
}

/// A method table from `name => STATIC_FN` pairs (names are qstr constants).
macro_rules! method_table {
    ($($name:ident => $f:expr),* $(,)?) => {
        [$((crate::qstr::q::$name, crate::value::Value::from_static(&$f))),*]
    };
}
pub(crate) use method_table;

static FORMAT: BuiltinFn = BuiltinFn::kw(q::format, m_format);
static FORMAT_MAP: BuiltinFn = BuiltinFn::f2(q::format_map, m_format_map);
static MAKETRANS: BuiltinFn = BuiltinFn::var(q::maketrans, 1, 3, translate::m_maketrans);
static MAKETRANS_SM: ClassMethod = ClassMethod::new_static_method(&MAKETRANS);

pub static STR_LOCALS: [(Qstr, Value); 47] = super::sorted_table(method_table! {
    capitalize => case::CAPITALIZE,
    casefold => case::CASEFOLD,
    center => layout::CENTER,
    count => search::COUNT,
    encode => translate::ENCODE,
    endswith => search::ENDSWITH,
    expandtabs => layout::EXPANDTABS,
    find => search::FIND,
    format => FORMAT,
    format_map => FORMAT_MAP,
    index => search::INDEX,
    isalnum => case::ISALNUM,
    isalpha => case::ISALPHA,
    isascii => case::ISASCII,
    isdecimal => case::ISDECIMAL,
    isdigit => case::ISDIGIT,
    isidentifier => case::ISIDENTIFIER,
    islower => case::ISLOWER,
    isnumeric => case::ISNUMERIC,
    isprintable => case::ISPRINTABLE,
    isspace => case::ISSPACE,
    istitle => case::ISTITLE,
    isupper => case::ISUPPER,
    join => split::JOIN,
    ljust => layout::LJUST,
    lower => case::LOWER,
    lstrip => split::LSTRIP,
    maketrans => MAKETRANS_SM,
    partition => search::PARTITION,
    removeprefix => search::REMOVEPREFIX,
    removesuffix => search::REMOVESUFFIX,
    replace => search::REPLACE,
    rfind => search::RFIND,
    rindex => search::RINDEX,
    rjust => layout::RJUST,
    rpartition => search::RPARTITION,
    rsplit => split::RSPLIT,
    rstrip => split::RSTRIP,
    split => split::SPLIT,
    splitlines => split::SPLITLINES,
    startswith => search::STARTSWITH,
    strip => split::STRIP,
    swapcase => case::SWAPCASE,
    title => case::TITLE,
    translate => translate::TRANSLATE,
    upper => case::UPPER,
    zfill => layout::ZFILL,
});
