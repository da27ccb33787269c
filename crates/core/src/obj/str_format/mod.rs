//! String formatting: `format(value, spec)` and `__format__`, `str.format` (and so f-strings,
//! which the lexer turns into `str.format` calls), and printf-style `str % args` / `bytes % args`.

use alloc::string::String;

mod percent;

pub use percent::{percent, percent_bytearray, percent_bytes};

use crate::num::format_apply;
use crate::num::format_spec::{self, FormatError};
use crate::obj::{float, int, str as pystr, PrintKind};
use crate::qstr::q;
use crate::value::Value;
use crate::vm::{PyResult, Raised, Vm};

/// Longest output a single field may produce (bounded by the heap).
fn limit_chars(vm: &Vm) -> usize {
    vm.heap.total_bytes()
}

fn format_error(vm: &mut Vm, e: FormatError) -> Raised {
    match e {
        FormatError::Value(m) => vm.value_error(&m),
        FormatError::Overflow(m) => vm.overflow_error(m),
        FormatError::TooBig => vm.memory_error(usize::MAX),
    }
}

/// Appends `format(v, spec)`.
pub fn format_value_into(vm: &mut Vm, v: Value, spec: &str, out: &mut String) -> PyResult<()> {
    let limit = limit_chars(vm);
    let type_name = vm.type_name(v);
    if vm.type_of(v).is_class() {
        if let Some(pair) = vm.load_method_opt(v, q::__format__)? {
            if !pair.0.is_exact(&crate::obj::builtin_fn::BUILTIN_FUNCTION_TYPE) {
                let s = pystr::new(vm, spec)?;
                let r = vm.call_method_pair(pair, &[s])?;
                match vm.text_of(r) {
                    Some(t) => out.push_str(t),
                    None => return Err(vm.type_error("__format__ must return a str")),
                }
                return Ok(());
            }
        }
    }
    let r = if let Some(i) = int::as_int(vm, v).filter(|_| !v.is_bool() || !spec.is_empty()) {
        format_spec::parse(spec, Some('d'), type_name)
            .and_then(|s| format_apply::format_int(i.as_ref(), &s, type_name, limit, out))
    } else if float::is_float(vm, v) {
        let x = float::value(vm, v);
        format_spec::parse(spec, None, type_name)
            .and_then(|s| format_apply::format_float(x, &s, type_name, limit, out))
    } else if let Some(s) = vm.text_of(v) {
        format_spec::parse(spec, Some('s'), type_name)
            .and_then(|sp| format_apply::format_str(s, &sp, type_name, limit, out))
    } else if spec.is_empty() {
        return vm.print_value(v, out, PrintKind::Str);
    } else {
        let text = vm.str_string(v)?;
        if vm.type_of(v).is_class() || v.is_bool() {
            format_spec::parse(spec, Some('s'), type_name)
                .and_then(|sp| format_apply::format_str(&text, &sp, type_name, limit, out))
        } else {
            return Err(
                vm.type_error(&alloc::format!("unsupported format string passed to {type_name}.__format__"))
            );
        }
    };
    r.map_err(|e| format_error(vm, e))
}

/// The `format()` builtin.
pub fn format_builtin(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let spec = match args.get(1) {
        Some(&s) => match vm.text_of(s) {
            Some(t) => t,
            None => return Err(vm.type_error("format() argument 2 must be str")),
        },
        None => "",
    };
    let mut out = String::new();
    format_value_into(vm, args[0], spec, &mut out)?;
    pystr::from_string(vm, out)
}

// ---- str.format ----

/// Where `str.format` finds named fields: keyword arguments, or a mapping (`format_map`).
#[derive(Clone, Copy)]
enum Names<'a> {
    Kw(&'a [Value]),
    Map(Value),
}

/// Resolves a field name (`0`, `name`, `0.attr`, `name[key]`) against the arguments.
fn field_value(
    vm: &mut Vm,
    name: &str,
    auto: &mut Option<usize>,
    args: &[Value],
    names: Names,
) -> PyResult<Value> {
    let end = name.find(['.', '[']).unwrap_or(name.len());
    let (first, mut rest) = name.split_at(end);
    let mut v = if first.is_empty() {
        let Some(i) = auto.as_mut() else {
            return Err(
                vm.value_error("cannot switch from manual field specification to automatic field numbering")
            );
        };
        let idx = *i;
        *i += 1;
        match args.get(idx) {
            Some(&v) => v,
            None => return Err(vm.index_error("tuple index out of range")),
        }
    } else if let Ok(idx) = first.parse::<usize>() {
        if auto.is_some_and(|a| a > 0) {
            return Err(
                vm.value_error("cannot switch from automatic field numbering to manual field specification")
            );
        }
        *auto = None;
        match args.get(idx) {
            Some(&v) => v,
            None => return Err(vm.index_error("tuple index out of range")),
        }
    } else {
        match names {
            Names::Kw(kw) => {
                let found = kw.chunks(2).rev().find(|pair| vm.text_of(pair[0]) == Some(first));
                match found {
                    Some(pair) => pair[1],
                    None => {
                        let k = pystr::new(vm, first)?;
                        return Err(vm.key_error(k));
                    }
                }
            }
            Names::Map(m) => {
                let k = pystr::new(vm, first)?;
                vm.subscr_load(m, k)?
            }
        }
    };
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            let attr = vm.intern(&r[..end]);
            v = vm.load_attr(v, attr)?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let Some(close) = r.find(']') else {
                return Err(vm.value_error("Missing ']' in format string"));
            };
            let key = &r[..close];
            let k = match key.parse::<i64>() {
                Ok(n) => int::from_i64(vm, n)?,
                Err(_) => pystr::new(vm, key)?,
            };
            v = vm.subscr_load(v, k)?;
            rest = &r[close + 1..];
        } else {
            return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    Ok(v)
}

/// Expands `fmt` as `str.format(*args, **kw)` does (`depth` bounds nested specs).
fn format_str_into(
    vm: &mut Vm,
    fmt: &str,
    args: &[Value],
    names: Names,
    auto: &mut Option<usize>,
    depth: usize,
    out: &mut String,
) -> PyResult<()> {
    if depth > 2 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    let bytes = fmt.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        if c == b'}' {
            if bytes.get(i + 1) == Some(&b'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string"));
        }
        if c != b'{' {
            let start = i;
            while i < bytes.len() && bytes[i] != b'{' && bytes[i] != b'}' {
                i += 1;
            }
            out.push_str(&fmt[start..i]);
            continue;
        }
        if bytes.get(i + 1) == Some(&b'{') {
            out.push('{');
            i += 2;
            continue;
        }
        // Find the matching close brace, allowing one level of nested fields in the spec.
        let mut level = 1;
        let mut j = i + 1;
        while j < bytes.len() {
            match bytes[j] {
                b'{' => level += 1,
                b'}' => {
                    level -= 1;
                    if level == 0 {
                        break;
                    }
                }
                _ => {}
            }
            j += 1;
        }
        if j >= bytes.len() {
            return Err(vm.value_error("Single '{' encountered in format string"));
        }
        let field = &fmt[i + 1..j];
        i = j + 1;
        let (name_conv, spec) = match field.find(':') {
            Some(p) if !field[..p].contains('[') || field[..p].contains(']') => {
                (&field[..p], &field[p + 1..])
            }
            _ => (field, ""),
        };
        let (name, conv) = match name_conv.rfind('!') {
            Some(p) => (&name_conv[..p], Some(&name_conv[p + 1..])),
            None => (name_conv, None),
        };
        let mut v = field_value(vm, name, auto, args, names)?;
        match conv {
            None => {}
            Some("r") => v = vm.repr(v)?,
            Some("s") => v = vm.str(v)?,
            Some("a") => v = vm.repr(v)?,
            Some(_) => return Err(vm.value_error("Unknown conversion specifier")),
        }
        let spec = if spec.contains('{') {
            let mut expanded = String::new();
            format_str_into(vm, spec, args, names, auto, depth + 1, &mut expanded)?;
            expanded
        } else {
            String::from(spec)
        };
        format_value_into(vm, v, &spec, out)?;
    }
    Ok(())
}

/// `fmt.format(*args, **kw)`.
pub fn format_method(vm: &mut Vm, fmt: &str, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let mut out = String::new();
    let mut auto = Some(0);
    format_str_into(vm, fmt, args, Names::Kw(kw), &mut auto, 0, &mut out)?;
    pystr::from_string(vm, out)
}

/// `fmt.format_map(mapping)`.
pub fn format_map(vm: &mut Vm, fmt: &str, mapping: Value) -> PyResult<Value> {
    let mut out = String::new();
    let mut auto = Some(0);
    format_str_into(vm, fmt, &[], Names::Map(mapping), &mut auto, 0, &mut out)?;
    pystr::from_string(vm, out)
}
