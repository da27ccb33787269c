//! String formatting: `format(value, spec)` and `__format__`, `str.format` (and so f-strings,
//! which the lexer turns into `str.format` calls), and printf-style `str % args` / `bytes % args`.

use alloc::string::String;
use alloc::vec::Vec;

use crate::num::format_apply;
use crate::num::format_spec::{self, FormatError};
use crate::num::printf::{self, PrintfSpec};
use crate::num::NumError;
use crate::obj::{dict, float, int, str as pystr, tuple, PrintKind};
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

// ---- printf-style ----

/// The argument source of a `%` format: a tuple of positional values or a mapping.
struct PercentArgs {
    items: Vec<Value>,
    mapping: Option<Value>,
    next: usize,
}

impl PercentArgs {
    fn new(vm: &mut Vm, args: Value) -> PercentArgs {
        if args.is_exact(&tuple::TUPLE_TYPE) {
            PercentArgs { items: tuple::items(args).to_vec(), mapping: None, next: 0 }
        } else if vm.native_of(args, &dict::DICT_TYPE).is_some()
            || vm.type_of(args).is_class() && vm.type_of(args).subscr.is_some() && vm.text_of(args).is_none()
        {
            PercentArgs { items: alloc::vec![args], mapping: Some(args), next: 0 }
        } else {
            PercentArgs { items: alloc::vec![args], mapping: None, next: 0 }
        }
    }

    fn next(&mut self, vm: &mut Vm) -> PyResult<Value> {
        match self.items.get(self.next) {
            Some(&v) => {
                self.next += 1;
                Ok(v)
            }
            None => Err(vm.type_error("not enough arguments for format string")),
        }
    }
}

fn num_error(vm: &mut Vm, e: NumError) -> Raised {
    int::num_error(vm, e)
}

/// Expands printf-style `fmt % args`; `%s`/`%r` text is produced by `text` (str or bytes).
fn percent_into(vm: &mut Vm, fmt: &str, args: Value, bytes_mode: bool, out: &mut String) -> PyResult<()> {
    let mut a = PercentArgs::new(vm, args);
    let limit = limit_chars(vm);
    let mut chars = fmt.char_indices().peekable();
    let mut used_mapping = false;
    while let Some((_, c)) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let mut value: Option<Value> = None;
        if let Some(&(p, '(')) = chars.peek() {
            chars.next();
            let start = p + 1;
            let mut depth = 1;
            let mut end = start;
            for (q, ch) in chars.by_ref() {
                if ch == '(' {
                    depth += 1;
                } else if ch == ')' {
                    depth -= 1;
                    if depth == 0 {
                        end = q;
                        break;
                    }
                }
            }
            let Some(m) = a.mapping else {
                return Err(vm.type_error("format requires a mapping"));
            };
            used_mapping = true;
            let key = pystr::new(vm, &fmt[start..end])?;
            value = Some(vm.subscr_load(m, key)?);
        }
        let mut spec = PrintfSpec::default();
        while let Some(&(_, f)) = chars.peek() {
            match f {
                '-' => spec.left = true,
                '+' => spec.plus = true,
                ' ' => spec.space = true,
                '#' => spec.alt = true,
                '0' => spec.zero = true,
                _ => break,
            }
            chars.next();
        }
        if let Some(&(_, '*')) = chars.peek() {
            chars.next();
            let w = a.next(vm)?;
            let w = vm.to_i64(w)?;
            if w < 0 {
                spec.left = true;
            }
            spec.width = w.unsigned_abs() as usize;
        } else {
            while let Some(&(_, d)) = chars.peek() {
                let Some(n) = d.to_digit(10) else { break };
                spec.width = spec.width.saturating_mul(10).saturating_add(n as usize);
                chars.next();
            }
        }
        if let Some(&(_, '.')) = chars.peek() {
            chars.next();
            let mut p = 0usize;
            if let Some(&(_, '*')) = chars.peek() {
                chars.next();
                let w = a.next(vm)?;
                p = vm.to_i64(w)?.max(0) as usize;
            } else {
                while let Some(&(_, d)) = chars.peek() {
                    let Some(n) = d.to_digit(10) else { break };
                    p = p.saturating_mul(10).saturating_add(n as usize);
                    chars.next();
                }
            }
            spec.precision = Some(p);
        }
        let Some((_, conv)) = chars.next() else {
            return Err(vm.value_error("incomplete format"));
        };
        if conv == '%' {
            out.push('%');
            continue;
        }
        let v = match value {
            Some(v) => v,
            None => a.next(vm)?,
        };
        match conv {
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                let iv = if float::is_float(vm, v) && matches!(conv, 'd' | 'i' | 'u') {
                    vm.unary_op(crate::obj::UnaryOp::Int, v)?
                } else {
                    v
                };
                let Some(i) = int::as_int(vm, iv) else {
                    let t = vm.type_name(v);
                    return Err(
                        vm.type_error(&alloc::format!("%{conv} format: a number is required, not {t}"))
                    );
                };
                printf::format_int(i.as_ref(), conv, &spec, limit, out).map_err(|e| num_error(vm, e))?;
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let Some(x) = float::as_f64(vm, v)? else {
                    let t = vm.type_name(v);
                    return Err(vm.type_error(&alloc::format!("must be real number, not {t}")));
                };
                printf::format_float(x, conv, &spec, limit, out).map_err(|e| num_error(vm, e))?;
            }
            's' | 'r' | 'a' | 'c' | 'b' => {
                let text: String = match conv {
                    'c' => {
                        if let Some(t) = vm.text_of(v) {
                            if t.chars().count() != 1 {
                                return Err(vm.type_error("%c requires int or char"));
                            }
                            String::from(t)
                        } else {
                            let n = vm.to_i64(v)?;
                            match u32::try_from(n).ok().and_then(char::from_u32) {
                                Some(ch) => ch.into(),
                                None => return Err(vm.overflow_error("%c arg not in range(0x110000)")),
                            }
                        }
                    }
                    's' | 'b' if bytes_mode => match vm.bytes_of(v) {
                        Some(b) => String::from_utf8_lossy(b).into_owned(),
                        None => vm.str_string(v)?,
                    },
                    's' => vm.str_string(v)?,
                    _ => vm.repr_string(v)?,
                };
                let text: String = match spec.precision {
                    Some(p) if conv != 'c' => text.chars().take(p).collect(),
                    _ => text,
                };
                let n = text.chars().count();
                if spec.width > limit {
                    return Err(vm.memory_error(spec.width));
                }
                let pad = spec.width.saturating_sub(n);
                if !spec.left {
                    out.extend(core::iter::repeat_n(' ', pad));
                }
                out.push_str(&text);
                if spec.left {
                    out.extend(core::iter::repeat_n(' ', pad));
                }
            }
            other => {
                return Err(vm.value_error(&alloc::format!(
                    "unsupported format character '{}' (0x{:x})",
                    other,
                    other as u32
                )))
            }
        }
    }
    if !used_mapping && a.mapping.is_none() && a.next < a.items.len() {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    Ok(())
}

/// `fmt % args` for str.
pub fn percent(vm: &mut Vm, fmt: &str, args: Value) -> PyResult<Value> {
    let mut out = String::new();
    percent_into(vm, fmt, args, false, &mut out)?;
    pystr::from_string(vm, out)
}

/// `fmt % args` for bytes.
pub fn percent_bytes(vm: &mut Vm, fmt: &[u8], args: Value) -> PyResult<Value> {
    let text = String::from_utf8_lossy(fmt).into_owned();
    let mut out = String::new();
    percent_into(vm, &text, args, true, &mut out)?;
    super::bytes::new(vm, out.as_bytes())
}
