//! `json.dumps`: Python values to JSON text, as CPython writes it (`ensure_ascii`, `indent`,
//! `separators`, `sort_keys`, `allow_nan`, `default`). Nesting is bounded and cycles are
//! detected, so a self-referencing structure raises instead of recursing forever.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::num::float_fmt;
use crate::obj::{bytes, dict, float, int, list, seq, tuple, PrintKind};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Deepest nesting of containers (and `default` results) that is encoded.
const MAX_DEPTH: usize = 400;

/// How `dumps` formats its output.
pub struct Options {
    pub item_sep: String,
    pub key_sep: String,
    /// The text of one indentation level; `None` for single-line output.
    pub indent: Option<String>,
    pub sort_keys: bool,
    pub ensure_ascii: bool,
    pub allow_nan: bool,
    pub skip_keys: bool,
    /// A callable for objects JSON cannot represent (NULL if none).
    pub default: Value,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            item_sep: String::from(", "),
            key_sep: String::from(": "),
            indent: None,
            sort_keys: false,
            ensure_ascii: true,
            allow_nan: true,
            skip_keys: false,
            default: Value::NULL,
        }
    }
}

pub struct Encoder<'o> {
    opts: &'o Options,
    pub out: String,
    /// The containers being encoded, outermost first (cycle detection).
    path: Vec<Value>,
}

/// Appends `s` as a JSON string literal.
pub fn write_str(s: &str, ensure_ascii: bool, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 || (ensure_ascii && c as u32 >= 0x7f) => {
                let mut units = [0u16; 2];
                for u in c.encode_utf16(&mut units) {
                    out.push_str(&format!("\\u{:04x}", u));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

impl<'o> Encoder<'o> {
    pub fn new(opts: &'o Options) -> Encoder<'o> {
        Encoder { opts, out: String::new(), path: Vec::new() }
    }

    fn check_size(&self, vm: &mut Vm) -> PyResult<()> {
        if self.out.len() > vm.heap.total_bytes() {
            return Err(vm.memory_error(self.out.len()));
        }
        Ok(())
    }

    fn newline(&mut self) {
        if let Some(ind) = &self.opts.indent {
            self.out.push('\n');
            for _ in 0..self.path.len() {
                self.out.push_str(ind);
            }
        }
    }

    fn write_float(&mut self, vm: &mut Vm, f: f64) -> PyResult<()> {
        if !f.is_finite() {
            if !self.opts.allow_nan {
                return Err(vm.value_error("Out of range float values are not JSON compliant"));
            }
            self.out.push_str(if f.is_nan() {
                "NaN"
            } else if f > 0.0 {
                "Infinity"
            } else {
                "-Infinity"
            });
            return Ok(());
        }
        float_fmt::write_repr(f, &mut self.out);
        Ok(())
    }

    /// Writes a scalar (None, bool, int, float, str); `Ok(false)` if `v` is none of them.
    fn write_scalar(&mut self, vm: &mut Vm, v: Value) -> PyResult<bool> {
        if v.is_none() {
            self.out.push_str("null");
        } else if v.is_bool() {
            self.out.push_str(if v == Value::TRUE { "true" } else { "false" });
        } else if let Some(s) = vm.text_of(v) {
            write_str(s, self.opts.ensure_ascii, &mut self.out);
        } else if vm.is_int(v) {
            let n = vm.native_of(v, &int::INT_TYPE).unwrap_or(v);
            let n = if n.is_bool() { crate::obj::bool::as_int(n) } else { n };
            vm.print_value(n, &mut self.out, PrintKind::Repr)?;
        } else if float::is_float(vm, v) {
            let f = float::value(vm, v);
            self.write_float(vm, f)?;
        } else {
            return Ok(false);
        }
        Ok(true)
    }

    /// The text of a dict key, or `None` for a key to skip.
    fn key_text(&mut self, vm: &mut Vm, k: Value) -> PyResult<Option<String>> {
        if let Some(s) = vm.text_of(k) {
            return Ok(Some(String::from(s)));
        }
        let is_scalar = k.is_none() || k.is_bool() || vm.is_int(k) || float::is_float(vm, k);
        if is_scalar {
            let mut sub = Encoder::new(self.opts);
            sub.write_scalar(vm, k)?;
            return Ok(Some(sub.out));
        }
        if self.opts.skip_keys {
            return Ok(None);
        }
        let t = vm.type_name(k);
        Err(vm.type_error(&format!("keys must be str, int, float, bool or None, not {t}")))
    }

    fn enter(&mut self, vm: &mut Vm, container: Value) -> PyResult<()> {
        if self.path.contains(&container) {
            return Err(vm.value_error("Circular reference detected"));
        }
        if self.path.len() >= MAX_DEPTH {
            return Err(vm.runtime_error("maximum recursion depth exceeded"));
        }
        self.path.push(container);
        Ok(())
    }

    fn write_items(&mut self, vm: &mut Vm, container: Value, items: &[Value]) -> PyResult<()> {
        if items.is_empty() {
            self.out.push_str("[]");
            return Ok(());
        }
        self.enter(vm, container)?;
        // `default` or a comparison may run Python code that empties the container.
        for &x in items {
            vm.pin(x);
        }
        self.out.push('[');
        for (i, &x) in items.iter().enumerate() {
            if i > 0 {
                self.out.push_str(&self.opts.item_sep);
            }
            self.newline();
            self.encode(vm, x)?;
        }
        self.path.pop();
        self.newline();
        self.out.push(']');
        Ok(())
    }

    fn write_dict(&mut self, vm: &mut Vm, d: Value) -> PyResult<()> {
        let mut pairs = dict::pairs(d);
        for &(k, v) in &pairs {
            vm.pin(k);
            vm.pin(v);
        }
        if pairs.is_empty() {
            self.out.push_str("{}");
            return Ok(());
        }
        if self.opts.sort_keys {
            let mut keys: Vec<Value> = pairs.iter().map(|&(k, _)| k).collect();
            let mut values: Vec<Value> = pairs.iter().map(|&(_, v)| v).collect();
            seq::sort(vm, &mut values, Some(&mut keys), false)?;
            pairs = keys.into_iter().zip(values).collect();
        }
        self.enter(vm, d)?;
        self.out.push('{');
        let mut first = true;
        for (k, v) in pairs {
            let Some(key) = self.key_text(vm, k)? else { continue };
            if !first {
                self.out.push_str(&self.opts.item_sep);
            }
            first = false;
            self.newline();
            write_str(&key, self.opts.ensure_ascii, &mut self.out);
            self.out.push_str(&self.opts.key_sep);
            self.encode(vm, v)?;
        }
        self.path.pop();
        self.newline();
        self.out.push('}');
        Ok(())
    }

    /// Appends the JSON text of `v`.
    pub fn encode(&mut self, vm: &mut Vm, v: Value) -> PyResult<()> {
        self.check_size(vm)?;
        if self.write_scalar(vm, v)? {
            return Ok(());
        }
        if let Some(l) = vm.native_of(v, &list::LIST_TYPE) {
            let items = list::items(l).to_vec();
            return self.write_items(vm, v, &items);
        }
        if let Some(t) = vm.native_of(v, &tuple::TUPLE_TYPE) {
            let items = tuple::items(t).to_vec();
            return self.write_items(vm, v, &items);
        }
        if let Some(d) = vm.native_of(v, &dict::DICT_TYPE) {
            return self.write_dict(vm, d);
        }
        if v.is_exact(&bytes::BYTES_TYPE) {
            // MicroPython writes bytes as a string.
            if let Ok(s) = core::str::from_utf8(bytes::data(v)) {
                write_str(s, self.opts.ensure_ascii, &mut self.out);
                return Ok(());
            }
        }
        if !self.opts.default.is_null() {
            self.enter(vm, v)?;
            let r = vm.call(self.opts.default, &[v])?;
            vm.pin(r);
            let result = self.encode(vm, r);
            self.path.pop();
            return result;
        }
        let t = vm.type_name(v);
        Err(vm.type_error(&format!("Object of type {t} is not JSON serializable")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lit(s: &str, ascii: bool) -> String {
        let mut out = String::new();
        write_str(s, ascii, &mut out);
        out
    }

    #[test]
    fn strings_are_escaped_as_cpython_does() {
        assert_eq!(lit("a\"b\\c", true), r#""a\"b\\c""#);
        assert_eq!(lit("\n\r\t\u{8}\u{c}\u{1}", true), r#""\n\r\t\b\f\u0001""#);
        assert_eq!(lit("\u{7f}\u{e9}\u{1F600}", true), r#""\u007f\u00e9\ud83d\ude00""#);
        assert_eq!(lit("\u{7f}\u{e9}\u{1F600}\u{1f}", false), "\"\u{7f}\u{e9}\u{1F600}\\u001f\"");
    }
}
