//! Compiled patterns (`re.Pattern`): the program in a heap buffer plus the pattern's source,
//! flags and group names, and the operations built on the matcher (`match`, `search`,
//! `fullmatch`, `sub`, `split`, `findall`, `finditer`).

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::matchobj;
use super::parse::{self, ASCII, DOTALL, IGNORECASE, MULTILINE, UNICODE, VERBOSE};
use super::pike::{self, Search, UNSET};
use super::template::{self, Piece};
use super::{compile, ERROR_TYPE};
use crate::gc::Marker;
use crate::obj::{bytes, dict, list, storage, str as pystr, tuple, Locals, ObjHeader, PrintKind, Type};
use crate::qstr::q;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

#[repr(C)]
pub struct PatternObj {
    header: ObjHeader,
    /// The pattern as given (str or bytes).
    pub source: Value,
    /// Byte buffer holding the program words.
    program: Value,
    program_len: usize,
    pub flags: usize,
    pub groups: usize,
    /// Dict from group name to number.
    pub groupindex: Value,
    pub is_bytes: bool,
}

pub static PATTERN_TYPE: Type = Type {
    locals: Locals::Static(&super::methods::PATTERN_LOCALS),
    print: Some(pattern_print),
    attr: Some(pattern_attr),
    trace: Some(trace_pattern),
    ..Type::builtin(q::Pattern)
};

fn trace_pattern(v: Value, m: &mut Marker) {
    let p = get(v);
    m.mark(p.source);
    m.mark(p.program);
    m.mark(p.groupindex);
}

pub fn get<'a>(v: Value) -> &'a PatternObj {
    // SAFETY: callers pass a pattern object.
    unsafe { &*v.as_ptr::<PatternObj>() }
}

/// The program words of a pattern (the buffer is immutable once built).
fn program<'a>(p: &PatternObj) -> &'a [u32] {
    // SAFETY: the buffer holds `program_len` u32 words written by `compile_pattern`; its data
    // starts 8-byte aligned after the header, and the pattern keeps it alive.
    unsafe { core::slice::from_raw_parts(storage::bytes_ptr(p.program) as *const u32, p.program_len) }
}

/// The code points of a str, or the bytes of a bytes-like object; `None` for anything else.
pub fn codes_of(vm: &Vm, v: Value) -> Option<(Vec<u32>, bool)> {
    if let Some(s) = vm.text_of(v) {
        return Some((s.chars().map(|c| c as u32).collect(), false));
    }
    vm.bytes_of(v).map(|b| (b.iter().map(|&b| b as u32).collect(), true))
}

/// Text (str or bytes, as the subject is) from code points.
pub fn make_text(vm: &mut Vm, codes: &[u32], is_bytes: bool) -> PyResult<Value> {
    if is_bytes {
        let b: Vec<u8> = codes.iter().map(|&c| c as u8).collect();
        bytes::new(vm, &b)
    } else {
        let s: String = codes.iter().map(|&c| char::from_u32(c).unwrap_or('\u{fffd}')).collect();
        pystr::from_string(vm, s)
    }
}

pub fn re_error(vm: &mut Vm, msg: &str) -> crate::vm::Raised {
    vm.raise_msg(&ERROR_TYPE, msg)
}

/// `re.compile(source, flags)`.
pub fn compile_pattern(vm: &mut Vm, source: Value, flags: i64) -> PyResult<Value> {
    let Some((codes, is_bytes)) = codes_of(vm, source) else {
        return Err(vm.type_error("first argument must be string or compiled pattern"));
    };
    let mut flags = (flags & 0x1ff) as u32;
    if is_bytes {
        if flags & UNICODE != 0 {
            return Err(vm.value_error("cannot use UNICODE flag with a bytes pattern"));
        }
        flags |= ASCII;
    }
    let parsed = parse::parse(&codes, flags, is_bytes).map_err(|e| re_error(vm, &e.0))?;
    let prog = compile::compile(&parsed).map_err(|_| re_error(vm, "pattern too large"))?;
    let buf = storage::new_bytes(vm, prog.len() * 4)?;
    // SAFETY: the buffer has room for `prog.len()` aligned u32 words.
    unsafe { core::ptr::copy_nonoverlapping(prog.as_ptr(), storage::bytes_ptr(buf) as *mut u32, prog.len()) };
    let groupindex = dict::new(vm)?;
    for (name, n) in &parsed.names {
        let k = pystr::new(vm, name)?;
        dict::set_item(vm, groupindex, k, Value::small_int(*n as isize))?;
    }
    let mut final_flags = parsed.flags;
    if !is_bytes && final_flags & ASCII == 0 {
        final_flags |= UNICODE;
    }
    let p = vm.alloc_obj::<PatternObj>(&PATTERN_TYPE, 0)?;
    // SAFETY: fresh allocation; every field is written.
    unsafe {
        (*p).source = source;
        (*p).program = buf;
        (*p).program_len = prog.len();
        (*p).flags = final_flags as usize;
        (*p).groups = parsed.groups;
        (*p).groupindex = groupindex;
        (*p).is_bytes = is_bytes;
    }
    Ok(Value::from_ptr(p))
}

/// A subject string prepared for matching.
pub struct Subject {
    pub codes: Vec<u32>,
    pub is_bytes: bool,
}

pub fn subject(vm: &mut Vm, pat: Value, v: Value) -> PyResult<Subject> {
    let Some((codes, is_bytes)) = codes_of(vm, v) else {
        let t = vm.type_name(v);
        return Err(vm.type_error(&format!("expected string or bytes-like object, got '{t}'")));
    };
    match (get(pat).is_bytes, is_bytes) {
        (false, true) => Err(vm.type_error("cannot use a string pattern on a bytes-like object")),
        (true, false) => Err(vm.type_error("cannot use a bytes pattern on a string-like object")),
        _ => Ok(Subject { codes, is_bytes }),
    }
}

/// Clamps `pos`/`endpos` as CPython does.
pub fn clamp_range(len: usize, pos: i64, endpos: i64) -> (usize, usize) {
    let clamp = |x: i64| x.clamp(0, len as i64) as usize;
    (clamp(pos), clamp(endpos))
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Match,
    Search,
    Full,
}

/// Runs the pattern over `subj.codes[..endpos]` from `pos`; the capture slots of a match.
pub fn exec(
    pat: Value,
    codes: &[u32],
    pos: usize,
    endpos: usize,
    mode: Mode,
    not_empty: bool,
) -> Option<Vec<usize>> {
    if pos > endpos || endpos > codes.len() {
        return None;
    }
    let p = get(pat);
    let mut s = Search::new(pos, mode != Mode::Search, mode == Mode::Full);
    s.not_empty_at_start = not_empty;
    pike::exec(program(p), 2 * (p.groups + 1), &codes[..endpos], s)
}

/// `pattern.match/search/fullmatch(string, pos, endpos)`.
pub fn match_at(
    vm: &mut Vm,
    pat: Value,
    string: Value,
    pos: i64,
    endpos: i64,
    mode: Mode,
) -> PyResult<Value> {
    let subj = subject(vm, pat, string)?;
    let (pos, endpos) = clamp_range(subj.codes.len(), pos, endpos);
    match exec(pat, &subj.codes, pos, endpos, mode, false) {
        Some(caps) => matchobj::new(vm, pat, string, pos, endpos, &caps),
        None => Ok(Value::NONE),
    }
}

/// The text of group `g` of a match (None if it did not take part).
fn group_text(vm: &mut Vm, subj: &Subject, caps: &[usize], g: usize) -> PyResult<Value> {
    match (caps.get(2 * g), caps.get(2 * g + 1)) {
        (Some(&a), Some(&b)) if a != UNSET && b != UNSET && a <= b => {
            make_text(vm, &subj.codes[a..b], subj.is_bytes)
        }
        _ => Ok(Value::NONE),
    }
}

/// Parses a replacement template for pattern `pat`.
pub fn template_pieces(vm: &mut Vm, pat: Value, t: Value) -> PyResult<Vec<Piece>> {
    let Some((codes, _)) = codes_of(vm, t) else {
        let tn = vm.type_name(t);
        return Err(vm.type_error(&format!("expected str or bytes-like object, got '{tn}'")));
    };
    let gi = get(pat).groupindex;
    let names: Vec<(String, usize)> = dict::pairs(gi)
        .into_iter()
        .filter_map(|(k, v)| Some((String::from(vm.text_of(k)?), v.small_int_value()? as usize)))
        .collect();
    let lookup = |n: &str| names.iter().find(|(m, _)| m == n).map(|&(_, i)| i);
    template::parse(&codes, get(pat).groups, lookup).map_err(|e| match e {
        template::Error::Syntax(m) => re_error(vm, &m),
        template::Error::UnknownName(m) => vm.index_error(&m),
    })
}

/// Appends the expansion of a template for a match to `out`.
pub fn expand_into(pieces: &[Piece], codes: &[u32], caps: &[usize], out: &mut Vec<u32>) {
    for piece in pieces {
        match piece {
            Piece::Literal(l) => out.extend_from_slice(l),
            Piece::Group(g) => {
                if let (Some(&a), Some(&b)) = (caps.get(2 * g), caps.get(2 * g + 1)) {
                    if a != UNSET && b != UNSET && a <= b {
                        out.extend_from_slice(&codes[a..b]);
                    }
                }
            }
        }
    }
}

fn check_size(vm: &mut Vm, n: usize) -> PyResult<()> {
    if n.saturating_mul(4) > vm.heap.total_bytes() {
        return Err(vm.memory_error(n.saturating_mul(4)));
    }
    Ok(())
}

/// `pattern.subn(repl, string, count)`: the new string and the number of replacements.
pub fn subn(vm: &mut Vm, pat: Value, repl: Value, string: Value, count: usize) -> PyResult<(Value, usize)> {
    let subj = subject(vm, pat, string)?;
    let pieces = if codes_of(vm, repl).is_some() { Some(template_pieces(vm, pat, repl)?) } else { None };
    let len = subj.codes.len();
    let mut out: Vec<u32> = Vec::new();
    let (mut pos, mut last, mut n, mut not_empty) = (0, 0, 0, false);
    while count == 0 || n < count {
        let Some(caps) = exec(pat, &subj.codes, pos, len, Mode::Search, not_empty) else { break };
        let (start, end) = (caps[0], caps[1]);
        out.extend_from_slice(&subj.codes[last..start]);
        match &pieces {
            Some(p) => expand_into(p, &subj.codes, &caps, &mut out),
            None => {
                let m = matchobj::new(vm, pat, string, 0, len, &caps)?;
                let r = vm.call(repl, &[m])?;
                match codes_of(vm, r) {
                    Some((codes, _)) => out.extend_from_slice(&codes),
                    None => {
                        let t = vm.type_name(r);
                        return Err(vm.type_error(&format!("expected str instance, {t} found")));
                    }
                }
            }
        }
        check_size(vm, out.len())?;
        n += 1;
        last = end;
        pos = end;
        not_empty = start == end;
    }
    out.extend_from_slice(&subj.codes[last..]);
    let s = make_text(vm, &out, subj.is_bytes)?;
    Ok((s, n))
}

/// `pattern.split(string, maxsplit)`.
pub fn split(vm: &mut Vm, pat: Value, string: Value, maxsplit: i64) -> PyResult<Value> {
    let subj = subject(vm, pat, string)?;
    let len = subj.codes.len();
    let result = list::new(vm, &[])?;
    if maxsplit < 0 {
        let whole = make_text(vm, &subj.codes, subj.is_bytes)?;
        list::append(vm, result, whole)?;
        return Ok(result);
    }
    let (mut pos, mut last, mut n, mut not_empty) = (0, 0, 0i64, false);
    while maxsplit == 0 || n < maxsplit {
        let Some(caps) = exec(pat, &subj.codes, pos, len, Mode::Search, not_empty) else { break };
        let (start, end) = (caps[0], caps[1]);
        let piece = make_text(vm, &subj.codes[last..start], subj.is_bytes)?;
        list::append(vm, result, piece)?;
        for g in 1..=get(pat).groups {
            let t = group_text(vm, &subj, &caps, g)?;
            list::append(vm, result, t)?;
        }
        n += 1;
        last = end;
        pos = end;
        not_empty = start == end;
    }
    let rest = make_text(vm, &subj.codes[last..], subj.is_bytes)?;
    list::append(vm, result, rest)?;
    Ok(result)
}

/// `pattern.findall(string, pos, endpos)`.
pub fn findall(vm: &mut Vm, pat: Value, string: Value, pos: i64, endpos: i64) -> PyResult<Value> {
    let subj = subject(vm, pat, string)?;
    let (mut pos, endpos) = clamp_range(subj.codes.len(), pos, endpos);
    let groups = get(pat).groups;
    let result = list::new(vm, &[])?;
    let mut not_empty = false;
    while let Some(caps) = exec(pat, &subj.codes, pos, endpos, Mode::Search, not_empty) {
        let item = match groups {
            0 => group_text(vm, &subj, &caps, 0)?,
            1 => group_or_empty(vm, &subj, &caps, 1)?,
            _ => {
                let mut items = Vec::with_capacity(groups);
                for g in 1..=groups {
                    items.push(group_or_empty(vm, &subj, &caps, g)?);
                }
                tuple::new(vm, &items)?
            }
        };
        list::append(vm, result, item)?;
        not_empty = caps[0] == caps[1];
        pos = caps[1];
    }
    Ok(result)
}

fn group_or_empty(vm: &mut Vm, subj: &Subject, caps: &[usize], g: usize) -> PyResult<Value> {
    let t = group_text(vm, subj, caps, g)?;
    if t.is_none() {
        make_text(vm, &[], subj.is_bytes)
    } else {
        Ok(t)
    }
}

/// Names of the flags set, as `re.compile` reprs show them.
fn flag_names(flags: usize, is_bytes: bool) -> String {
    let mut names = Vec::new();
    for (bit, name) in [
        (IGNORECASE, "re.IGNORECASE"),
        (MULTILINE, "re.MULTILINE"),
        (DOTALL, "re.DOTALL"),
        (UNICODE, "re.UNICODE"),
        (VERBOSE, "re.VERBOSE"),
        (ASCII, "re.ASCII"),
    ] {
        let implied = (bit == UNICODE && !is_bytes) || (bit == ASCII && is_bytes);
        if flags as u32 & bit != 0 && !implied {
            names.push(name);
        }
    }
    names.join("|")
}

fn pattern_print(vm: &mut Vm, v: Value, out: &mut String, _kind: PrintKind) -> PyResult<()> {
    let p = get(v);
    out.push_str("re.compile(");
    vm.print_value(p.source, out, PrintKind::Repr)?;
    let names = flag_names(p.flags, p.is_bytes);
    if !names.is_empty() {
        out.push_str(", ");
        out.push_str(&names);
    }
    out.push(')');
    Ok(())
}

fn pattern_attr(vm: &mut Vm, v: Value, attr: crate::qstr::Qstr) -> PyResult<Option<Value>> {
    let p = get(v);
    Ok(match attr {
        q::pattern => Some(p.source),
        q::flags => Some(Value::small_int(p.flags as isize)),
        q::groups => Some(Value::small_int(p.groups as isize)),
        q::groupindex => {
            let d = dict::new(vm)?;
            dict::update_from(vm, d, p.groupindex)?;
            Some(d)
        }
        _ => None,
    })
}
