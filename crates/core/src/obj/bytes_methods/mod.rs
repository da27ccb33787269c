//! Methods shared by `bytes` and `bytearray` (a `bytearray` receiver gets `bytearray` results).
//! The method table is here with the argument helpers; the methods live in one file per family
//! and share their searching and splitting with `str` (`str_methods::algo`).
//!
//! A bytearray's storage moves when it is resized, and any allocation or call into Python may
//! resize it: methods read a receiver through [`view`] only while they do neither, and take an
//! [`owned`] copy when they make several objects from it.

use alloc::borrow::Cow;
use alloc::format;
use alloc::vec::Vec;

use super::builtin_fn::BuiltinFn;
use super::property::ClassMethod;
use super::str_methods::method_table;
use super::{bytearray, bytes, list};
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Raised, Vm};

mod case;
mod convert;
mod layout;
mod search;
mod split;

pub(crate) use convert::{hex_string, HEX};

fn not_bytes_like(vm: &mut Vm, v: Value) -> Raised {
    let t = vm.type_name(v);
    vm.type_error(&format!("a bytes-like object is required, not '{t}'"))
}

/// The receiver's bytes, valid until the next allocation or call into Python.
pub(crate) fn view<'a>(vm: &mut Vm, v: Value) -> PyResult<&'a [u8]> {
    match vm.bytes_of(v) {
        Some(d) => Ok(d),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(&format!("descriptor requires a 'bytes' object but received '{t}'")))
        }
    }
}

/// The receiver's bytes, safe to hold across allocations: bytes objects are borrowed (they
/// never move), a bytearray's contents are copied.
pub(crate) fn owned<'a>(vm: &mut Vm, v: Value) -> PyResult<Cow<'a, [u8]>> {
    let d = view(vm, v)?;
    Ok(if is_bytearray(vm, v) { Cow::Owned(d.to_vec()) } else { Cow::Borrowed(d) })
}

/// A bytes-like argument, valid until the next allocation or call into Python.
pub(crate) fn arg_bytes<'a>(vm: &mut Vm, v: Value) -> PyResult<&'a [u8]> {
    vm.bytes_of(v).ok_or_else(|| not_bytes_like(vm, v))
}

/// A search argument: a bytes-like object or an int (one byte).
pub(crate) fn needle<'a>(vm: &mut Vm, v: Value) -> PyResult<Cow<'a, [u8]>> {
    if let Some(d) = vm.bytes_of(v) {
        return Ok(Cow::Borrowed(d));
    }
    if vm.is_int(v) {
        return Ok(Cow::Owned(alloc::vec![byte_value(vm, v)?]));
    }
    let t = vm.type_name(v);
    Err(vm.type_error(&format!("argument should be integer or bytes-like object, not '{t}'")))
}

/// An int in `range(256)`.
pub(crate) fn byte_value(vm: &mut Vm, v: Value) -> PyResult<u8> {
    if !vm.is_int(v) && !vm.type_of(v).is_class() {
        let t = vm.type_name(v);
        return Err(vm.type_error(&format!("'{t}' object cannot be interpreted as an integer")));
    }
    let n = vm.to_i64(v)?;
    u8::try_from(n).map_err(|_| vm.value_error("byte must be in range(0, 256)"))
}

pub(crate) fn is_bytearray(vm: &Vm, v: Value) -> bool {
    vm.native_of(v, &bytearray::BYTEARRAY_TYPE).is_some()
}

/// A new object of the receiver's kind (bytearray or bytes) holding `d`.
pub(crate) fn make(vm: &mut Vm, like: Value, d: &[u8]) -> PyResult<Value> {
    if is_bytearray(vm, like) {
        bytearray::new(vm, d)
    } else {
        bytes::new(vm, d)
    }
}

/// `part` of the receiver `this` (whose bytes are `full`): `this` itself when it is an exact
/// bytes object and nothing was cut, else a new object.
pub(crate) fn sub_result(vm: &mut Vm, this: Value, full: &[u8], part: &[u8]) -> PyResult<Value> {
    if part.len() == full.len() && bytes::is_bytes(this) {
        return Ok(this);
    }
    make(vm, this, part)
}

/// A list of new objects of the receiver's kind, one per piece of `d`.
pub(crate) fn list_of_pieces<'p>(
    vm: &mut Vm,
    like: Value,
    pieces: impl Iterator<Item = &'p [u8]>,
) -> PyResult<Value> {
    let mut items = Vec::new();
    for p in pieces {
        items.push(make(vm, like, p)?);
    }
    list::new(vm, &items)
}

static FROMHEX: BuiltinFn = BuiltinFn::f2(q::fromhex, convert::m_fromhex);
static FROMHEX_CM: ClassMethod = ClassMethod::new_static(&FROMHEX);
static MAKETRANS: BuiltinFn = BuiltinFn::f2(q::maketrans, convert::m_maketrans);
static MAKETRANS_SM: ClassMethod = ClassMethod::new_static_method(&MAKETRANS);

/// Number of methods `bytes` and `bytearray` share.
pub const SHARED_METHODS: usize = 42;

/// The methods `bytes` and `bytearray` share.
const SHARED: [(Qstr, Value); SHARED_METHODS] = super::sorted_table(method_table! {
    capitalize => case::CAPITALIZE,
    center => layout::CENTER,
    count => search::COUNT,
    decode => convert::DECODE,
    endswith => search::ENDSWITH,
    expandtabs => layout::EXPANDTABS,
    find => search::FIND,
    fromhex => FROMHEX_CM,
    hex => convert::HEX,
    index => search::INDEX,
    isalnum => case::ISALNUM,
    isalpha => case::ISALPHA,
    isascii => case::ISASCII,
    isdigit => case::ISDIGIT,
    islower => case::ISLOWER,
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
    translate => convert::TRANSLATE,
    upper => case::UPPER,
    zfill => layout::ZFILL,
});

/// The methods of `bytes`.
pub static BYTES_LOCALS: [(Qstr, Value); SHARED_METHODS] = SHARED;

/// `SHARED` followed by `extra`, sorted (`N` = `SHARED_METHODS + M`): the table of `bytearray`.
pub const fn with_shared<const M: usize, const N: usize>(extra: [(Qstr, Value); M]) -> [(Qstr, Value); N] {
    let mut out = [(q::_empty, Value::NULL); N];
    let mut i = 0;
    while i < N {
        out[i] = if i < SHARED_METHODS { SHARED[i] } else { extra[i - SHARED_METHODS] };
        i += 1;
    }
    super::sorted_table(out)
}
