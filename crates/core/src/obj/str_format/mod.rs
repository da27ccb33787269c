//! String formatting: `format(value, spec)` and `__format__` here; `str.format` (and so
//! f-strings, which the lexer turns into `str.format` calls) in `method`; printf-style
//! `str % args` / `bytes % args` in `percent`.

use alloc::string::String;
use core::fmt::Write;

mod method;
mod percent;

pub use method::{format_map, format_method};
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
    if spec.is_empty() {
        // The common `{}` of a str or small int: no spec to parse.
        if let Some(s) = pystr::as_str(vm, v) {
            out.push_str(s);
            return Ok(());
        }
        if let Some(n) = v.small_int_value() {
            let _ = write!(out, "{n}");
            return Ok(());
        }
    }
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
        if v.is_bool() {
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
    crate::obj::str_methods::fresh_str(vm, &out)
}
