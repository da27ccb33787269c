//! Case of a `str`: the mappings (`upper`, `lower`, `casefold`, `capitalize`, `title`,
//! `swapcase`) and the character-class predicates (`isalpha` ... `isupper`). ASCII strings
//! take byte-wise fast paths; the rest follows CPython's Unicode rules (`unicode.rs`).

use alloc::string::String;

use super::unicode::{self as uc, push_casefold, push_title};
use super::{ascii_of, self_text};
use crate::obj::builtin_fn::BuiltinFn;
use crate::qstr::q;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Lower-cases the characters of a string one at a time, in order, with the final-sigma rule
/// of `str.lower` (a capital sigma at the end of a word becomes `ς`). Every character of the
/// source must be passed to [`Lowerer::step`], lowered or not, to keep the position.
struct Lowerer<'a> {
    src: &'a str,
    has_sigma: bool,
    /// `src.to_lowercase()`, made when the first sigma is lowered: its rule needs the context.
    full: Option<String>,
    /// Byte position in `full` of the current character's lower case.
    pos: usize,
}

impl<'a> Lowerer<'a> {
    fn new(src: &'a str) -> Lowerer<'a> {
        Lowerer { src, has_sigma: src.contains('Σ'), full: None, pos: 0 }
    }

    /// Moves past `c`, appending its lower case to `out` when `emit`.
    fn step(&mut self, c: char, emit: bool, out: &mut String) {
        if !self.has_sigma {
            if emit {
                out.extend(c.to_lowercase());
            }
            return;
        }
        let n: usize = c.to_lowercase().map(char::len_utf8).sum();
        if emit {
            if c == 'Σ' {
                let src = self.src;
                let full = self.full.get_or_insert_with(|| src.to_lowercase());
                out.push_str(full.get(self.pos..self.pos + n).unwrap_or("σ"));
            } else {
                out.extend(c.to_lowercase());
            }
        }
        self.pos += n;
    }
}

fn new_str(vm: &mut Vm, s: String) -> PyResult<Value> {
    super::fresh_str(vm, &s)
}

fn m_upper(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let s = self_text(vm, v)?;
    let r = if ascii_of(vm, v, s) { s.to_ascii_uppercase() } else { s.to_uppercase() };
    new_str(vm, r)
}

fn m_lower(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let s = self_text(vm, v)?;
    let r = if ascii_of(vm, v, s) { s.to_ascii_lowercase() } else { s.to_lowercase() };
    new_str(vm, r)
}

fn m_casefold(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let s = self_text(vm, v)?;
    if ascii_of(vm, v, s) {
        return new_str(vm, s.to_ascii_lowercase());
    }
    let mut out = String::with_capacity(s.len());
    s.chars().for_each(|c| push_casefold(c, &mut out));
    new_str(vm, out)
}

fn m_capitalize(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let s = self_text(vm, v)?;
    let mut out = String::with_capacity(s.len());
    let mut low = Lowerer::new(s);
    for (i, c) in s.chars().enumerate() {
        if i == 0 {
            push_title(c, &mut out);
        }
        low.step(c, i > 0, &mut out);
    }
    new_str(vm, out)
}

fn m_title(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let s = self_text(vm, v)?;
    let mut out = String::with_capacity(s.len());
    let mut low = Lowerer::new(s);
    let mut prev_cased = false;
    for c in s.chars() {
        if !prev_cased {
            push_title(c, &mut out);
        }
        low.step(c, prev_cased, &mut out);
        prev_cased = uc::is_cased(c);
    }
    new_str(vm, out)
}

fn m_swapcase(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let s = self_text(vm, v)?;
    let mut out = String::with_capacity(s.len());
    let mut low = Lowerer::new(s);
    for c in s.chars() {
        let upper = uc::is_upper(c);
        if !upper {
            if uc::is_lower(c) {
                out.extend(c.to_uppercase());
            } else {
                out.push(c);
            }
        }
        low.step(c, upper, &mut out);
    }
    new_str(vm, out)
}

/// True when `s` is not empty and every character satisfies `pred`.
fn all_chars(vm: &mut Vm, v: Value, pred: fn(char) -> bool) -> PyResult<Value> {
    let s = self_text(vm, v)?;
    Ok(Value::from_bool(!s.is_empty() && s.chars().all(pred)))
}

fn m_isalnum(vm: &mut Vm, v: Value) -> PyResult<Value> {
    all_chars(vm, v, uc::is_alnum)
}
fn m_isalpha(vm: &mut Vm, v: Value) -> PyResult<Value> {
    all_chars(vm, v, uc::is_alpha)
}
fn m_isdecimal(vm: &mut Vm, v: Value) -> PyResult<Value> {
    all_chars(vm, v, uc::is_decimal)
}
fn m_isdigit(vm: &mut Vm, v: Value) -> PyResult<Value> {
    all_chars(vm, v, uc::is_digit)
}
fn m_isnumeric(vm: &mut Vm, v: Value) -> PyResult<Value> {
    all_chars(vm, v, uc::is_numeric)
}
fn m_isspace(vm: &mut Vm, v: Value) -> PyResult<Value> {
    all_chars(vm, v, uc::is_space)
}

fn m_isascii(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let s = self_text(vm, v)?;
    Ok(Value::from_bool(ascii_of(vm, v, s)))
}

fn m_isprintable(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let s = self_text(vm, v)?;
    Ok(Value::from_bool(s.chars().all(uc::is_printable)))
}

fn m_isidentifier(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let s = self_text(vm, v)?;
    let mut it = s.chars();
    let ok = it.next().is_some_and(uc::is_id_start) && it.all(uc::is_id_continue);
    Ok(Value::from_bool(ok))
}

/// `islower`/`isupper`: no character of the opposite (or title) case, and at least one cased.
fn one_case(vm: &mut Vm, v: Value, want_upper: bool) -> PyResult<Value> {
    let s = self_text(vm, v)?;
    let mut cased = false;
    for c in s.chars() {
        let (same, other) =
            if want_upper { (uc::is_upper(c), uc::is_lower(c)) } else { (uc::is_lower(c), uc::is_upper(c)) };
        if other || uc::is_titlecase(c) {
            return Ok(Value::FALSE);
        }
        cased |= same;
    }
    Ok(Value::from_bool(cased))
}

fn m_islower(vm: &mut Vm, v: Value) -> PyResult<Value> {
    one_case(vm, v, false)
}
fn m_isupper(vm: &mut Vm, v: Value) -> PyResult<Value> {
    one_case(vm, v, true)
}

/// Title-cased words: upper/title case only after an uncased character, lower case only after
/// a cased one, and at least one cased character.
pub(crate) fn is_title_chars(chars: impl Iterator<Item = char>) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for c in chars {
        if uc::is_upper(c) || uc::is_titlecase(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if uc::is_lower(c) {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

fn m_istitle(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let s = self_text(vm, v)?;
    Ok(Value::from_bool(is_title_chars(s.chars())))
}

pub(super) static UPPER: BuiltinFn = BuiltinFn::f1(q::upper, m_upper);
pub(super) static LOWER: BuiltinFn = BuiltinFn::f1(q::lower, m_lower);
pub(super) static CASEFOLD: BuiltinFn = BuiltinFn::f1(q::casefold, m_casefold);
pub(super) static CAPITALIZE: BuiltinFn = BuiltinFn::f1(q::capitalize, m_capitalize);
pub(super) static TITLE: BuiltinFn = BuiltinFn::f1(q::title, m_title);
pub(super) static SWAPCASE: BuiltinFn = BuiltinFn::f1(q::swapcase, m_swapcase);
pub(super) static ISALNUM: BuiltinFn = BuiltinFn::f1(q::isalnum, m_isalnum);
pub(super) static ISALPHA: BuiltinFn = BuiltinFn::f1(q::isalpha, m_isalpha);
pub(super) static ISASCII: BuiltinFn = BuiltinFn::f1(q::isascii, m_isascii);
pub(super) static ISDECIMAL: BuiltinFn = BuiltinFn::f1(q::isdecimal, m_isdecimal);
pub(super) static ISDIGIT: BuiltinFn = BuiltinFn::f1(q::isdigit, m_isdigit);
pub(super) static ISIDENTIFIER: BuiltinFn = BuiltinFn::f1(q::isidentifier, m_isidentifier);
pub(super) static ISLOWER: BuiltinFn = BuiltinFn::f1(q::islower, m_islower);
pub(super) static ISNUMERIC: BuiltinFn = BuiltinFn::f1(q::isnumeric, m_isnumeric);
pub(super) static ISPRINTABLE: BuiltinFn = BuiltinFn::f1(q::isprintable, m_isprintable);
pub(super) static ISSPACE: BuiltinFn = BuiltinFn::f1(q::isspace, m_isspace);
pub(super) static ISTITLE: BuiltinFn = BuiltinFn::f1(q::istitle, m_istitle);
pub(super) static ISUPPER: BuiltinFn = BuiltinFn::f1(q::isupper, m_isupper);

#[cfg(test)]
mod tests {
    use super::*;

    fn lower_each(s: &str) -> String {
        let mut out = String::new();
        let mut low = Lowerer::new(s);
        s.chars().for_each(|c| low.step(c, true, &mut out));
        out
    }

    #[test]
    fn final_sigma() {
        assert_eq!(lower_each("ΟΔΟΣ ΣΑ"), "οδος σα");
        assert_eq!(lower_each("Σ"), "σ");
        assert_eq!(lower_each("İΣ"), "i\u{307}ς");
    }

    #[test]
    fn title_words() {
        assert!(is_title_chars("Hello World".chars()));
        assert!(is_title_chars("ǅemal".chars()));
        assert!(!is_title_chars("HEllo".chars()));
        assert!(!is_title_chars("123".chars()));
    }
}
