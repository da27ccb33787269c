//! The `json` module: `dumps`/`dump` and `loads`/`load`. The stream forms call the stream's
//! `write` and `read` methods, so any object with them works.

mod decode;
mod encode;

use alloc::string::String;

use crate::obj::builtin_fn::BuiltinFn;
use crate::obj::str as pystr;
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

use encode::{Encoder, Options};

/// The `separators` argument: a pair of strings.
fn separators(vm: &mut Vm, v: Value, opts: &mut Options) -> PyResult<()> {
    let parts = vm.iter_to_vec(v)?;
    let [item, key] = parts[..] else {
        return Err(vm.value_error("separators must be a pair of strings"));
    };
    match (vm.text_of(item), vm.text_of(key)) {
        (Some(i), Some(k)) => {
            opts.item_sep = String::from(i);
            opts.key_sep = String::from(k);
            Ok(())
        }
        _ => Err(vm.type_error("separators must be strings")),
    }
}

/// The `indent` argument: a number of spaces or the text of one level.
fn indent(vm: &mut Vm, v: Value) -> PyResult<Option<String>> {
    if v.is_none() {
        return Ok(None);
    }
    if let Some(s) = vm.text_of(v) {
        return Ok(Some(String::from(s)));
    }
    let n = vm.to_i64(v)?.clamp(0, 256) as usize;
    Ok(Some(" ".repeat(n)))
}

fn options(vm: &mut Vm, kw: &[Value]) -> PyResult<Options> {
    let mut opts = Options::default();
    let mut seps = Value::NONE;
    for pair in kw.chunks(2) {
        let v = pair[1];
        match vm.qstr_of(pair[0]) {
            Some(q::separators) => seps = v,
            Some(q::indent) => opts.indent = indent(vm, v)?,
            Some(q::sort_keys) => opts.sort_keys = vm.is_true(v)?,
            Some(q::ensure_ascii) => opts.ensure_ascii = vm.is_true(v)?,
            Some(q::allow_nan) => opts.allow_nan = vm.is_true(v)?,
            Some(q::skipkeys) => opts.skip_keys = vm.is_true(v)?,
            Some(q::default) => opts.default = if v.is_none() { Value::NULL } else { v },
            Some(q::check_circular) | Some(q::cls) => {}
            _ => return Err(vm.type_error("extra keyword arguments given")),
        }
    }
    if opts.indent.is_some() {
        opts.item_sep = String::from(",");
    }
    if !seps.is_none() {
        separators(vm, seps, &mut opts)?;
    }
    Ok(opts)
}

fn encode_to_string(vm: &mut Vm, obj: Value, kw: &[Value]) -> PyResult<String> {
    let opts = options(vm, kw)?;
    let mut enc = Encoder::new(&opts);
    enc.encode(vm, obj)?;
    Ok(enc.out)
}

/// `json.dumps(obj, *, separators=None, indent=None, sort_keys=False, ...)`.
fn dumps(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [obj] = args[..] else {
        return Err(vm.type_error("dumps() takes 1 positional argument"));
    };
    let s = encode_to_string(vm, obj, kw)?;
    pystr::from_string(vm, s)
}

/// `json.dump(obj, stream, ...)`: writes the text to any stream (see `obj::iobase`).
fn dump(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [obj, stream] = args[..] else {
        return Err(vm.type_error("dump() takes 2 positional arguments"));
    };
    let s = encode_to_string(vm, obj, kw)?;
    crate::obj::iobase::write_text(vm, stream, &s)?;
    Ok(Value::NONE)
}

/// `json.loads(text)`: text is a str, bytes or bytearray.
fn loads(vm: &mut Vm, text: Value) -> PyResult<Value> {
    let data = match vm.text_of(text) {
        Some(s) => s.as_bytes().to_vec(),
        None => match vm.bytes_of(text) {
            Some(b) => b.to_vec(),
            None => return Err(vm.type_error("object with buffer protocol required")),
        },
    };
    decode::parse(vm, &data)
}

/// `json.load(stream)`: parses the rest of any stream (see `obj::iobase`).
fn load(vm: &mut Vm, stream: Value) -> PyResult<Value> {
    let data = crate::obj::iobase::read_all(vm, stream)?;
    decode::parse(vm, &data)
}

static DUMPS: BuiltinFn = BuiltinFn::kw(q::dumps, dumps);
static DUMP: BuiltinFn = BuiltinFn::kw(q::dump, dump);
static LOADS: BuiltinFn = BuiltinFn::f1(q::loads, loads);
static LOAD: BuiltinFn = BuiltinFn::f1(q::load, load);

pub static TABLE: [(Qstr, Value); 5] = [
    (q::__name__, Value::qstr(q::json)),
    (q::dumps, Value::from_static(&DUMPS)),
    (q::dump, Value::from_static(&DUMP)),
    (q::loads, Value::from_static(&LOADS)),
    (q::load, Value::from_static(&LOAD)),
];
