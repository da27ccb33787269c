//! Laying a `str` out in a width: `center`, `ljust`, `rjust`, `zfill` and `expandtabs`.
//! Widths count code points.

use alloc::string::String;
use alloc::vec::Vec;

use alloc::format;

use super::{ascii_of, bind, char_len, int_arg, self_text, substr};
use crate::obj::builtin_fn::BuiltinFn;
use crate::obj::str as pystr;
use crate::qstr::q;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Where a padded string goes in its field.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Align {
    Left,
    Right,
    Center,
}

/// The (left, right) padding of a string of `len` units in a field of `width`, as CPython
/// splits it (`center` puts the odd unit on the left when `width` is odd).
pub(crate) fn padding(align: Align, len: usize, width: usize) -> (usize, usize) {
    let marg = width.saturating_sub(len);
    match align {
        Align::Left => (0, marg),
        Align::Right => (marg, 0),
        Align::Center => {
            let left = marg / 2 + (marg & width & 1);
            (left, marg - left)
        }
    }
}

/// A width argument; MemoryError when the result could not exist.
pub(crate) fn width_arg(vm: &mut Vm, v: Value) -> PyResult<usize> {
    let w = int_arg(vm, v)?;
    if w > pystr::MAX_LEN as i64 {
        return Err(vm.memory_error(w as usize));
    }
    Ok(w.max(0) as usize)
}

fn pad(vm: &mut Vm, args: &[Value], align: Align) -> PyResult<Value> {
    let s = self_text(vm, args[0])?;
    let width = width_arg(vm, args[1])?;
    let fill = match args.get(2) {
        Some(&f) => {
            let Some(t) = vm.text_of(f) else {
                let t = vm.type_name(f);
                return Err(
                    vm.type_error(&format!("The fill character must be a unicode character, not {t}"))
                );
            };
            let mut it = t.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => c,
                _ => return Err(vm.type_error("The fill character must be exactly one character long")),
            }
        }
        None => ' ',
    };
    let len = if ascii_of(vm, args[0], s) { s.len() } else { char_len(s) };
    if len >= width {
        return substr(vm, args[0], s, s);
    }
    let (left, right) = padding(align, len, width);
    let mut out = String::with_capacity(s.len() + (left + right) * fill.len_utf8());
    out.extend(core::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(core::iter::repeat_n(fill, right));
    super::fresh_str(vm, &out)
}

fn m_center(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    pad(vm, args, Align::Center)
}
fn m_ljust(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    pad(vm, args, Align::Left)
}
fn m_rjust(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    pad(vm, args, Align::Right)
}

/// `zfill` on the bytes of an ASCII-compatible string: zeros after a leading sign.
pub(crate) fn zfill_bytes(s: &[u8], units: usize, width: usize) -> Option<Vec<u8>> {
    if units >= width {
        return None;
    }
    let fill = width - units;
    let mut out = Vec::with_capacity(s.len() + fill);
    let (sign, rest) = match s.first() {
        Some(&c @ (b'+' | b'-')) => (Some(c), &s[1..]),
        _ => (None, s),
    };
    out.extend(sign);
    out.extend(core::iter::repeat_n(b'0', fill));
    out.extend_from_slice(rest);
    Some(out)
}

fn m_zfill(vm: &mut Vm, this: Value, width: Value) -> PyResult<Value> {
    let s = self_text(vm, this)?;
    let width = width_arg(vm, width)?;
    let len = if ascii_of(vm, this, s) { s.len() } else { char_len(s) };
    match zfill_bytes(s.as_bytes(), len, width) {
        // Zeros and a sign moved to the front keep the text valid UTF-8.
        Some(out) => super::fresh_str(vm, &String::from_utf8(out).unwrap_or_default()),
        None => substr(vm, this, s, s),
    }
}

/// Expands tabs to the next multiple of `tab` columns (removing them if `tab <= 0`); `\n`
/// and `\r` reset the column, and each byte for which `counts` holds takes one column.
pub(crate) fn expand_tabs(text: &[u8], tab: i64, counts: fn(u8) -> bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    let mut col: i64 = 0;
    for &b in text {
        match b {
            b'\t' if tab > 0 => {
                let n = tab - col % tab;
                out.extend(core::iter::repeat_n(b' ', n as usize));
                col += n;
            }
            b'\t' => {}
            b'\n' | b'\r' => {
                out.push(b);
                col = 0;
            }
            _ => {
                out.push(b);
                col += counts(b) as i64;
            }
        }
    }
    out
}

fn m_expandtabs(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [tab] = bind(vm, "expandtabs", args, kw, [q::tabsize], 0)?;
    let s = self_text(vm, args[0])?;
    let tab = if tab.is_null() { 8 } else { int_arg(vm, tab)? };
    if !s.contains('\t') {
        return substr(vm, args[0], s, s);
    }
    let tabs = s.bytes().filter(|&b| b == b'\t').count() as u64;
    if tabs.saturating_mul(tab.max(0) as u64) > pystr::MAX_LEN as u64 {
        return Err(vm.overflow_error("result too long"));
    }
    let out = expand_tabs(s.as_bytes(), tab, |b| (b as i8) >= -0x40);
    super::fresh_str(vm, &String::from_utf8(out).unwrap_or_default())
}

pub(super) static CENTER: BuiltinFn = BuiltinFn::var(q::center, 2, 3, m_center);
pub(super) static LJUST: BuiltinFn = BuiltinFn::var(q::ljust, 2, 3, m_ljust);
pub(super) static RJUST: BuiltinFn = BuiltinFn::var(q::rjust, 2, 3, m_rjust);
pub(super) static ZFILL: BuiltinFn = BuiltinFn::f2(q::zfill, m_zfill);
pub(super) static EXPANDTABS: BuiltinFn = BuiltinFn::kw(q::expandtabs, m_expandtabs);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pads() {
        assert_eq!(padding(Align::Center, 3, 6), (1, 2));
        assert_eq!(padding(Align::Center, 3, 7), (2, 2));
        assert_eq!(padding(Align::Center, 2, 5), (2, 1));
        assert_eq!(padding(Align::Left, 5, 3), (0, 0));
        assert_eq!(zfill_bytes(b"-42", 3, 5).as_deref(), Some(&b"-0042"[..]));
        assert_eq!(zfill_bytes(b"42", 2, 2), None);
    }

    #[test]
    fn tabs() {
        assert_eq!(expand_tabs(b"a\tbc\td\n\tx", 4, |_| true), b"a   bc  d\n    x");
        assert_eq!(expand_tabs(b"a\tb", 0, |_| true), b"ab");
    }
}
