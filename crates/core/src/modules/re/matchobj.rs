//! Match objects (`re.Match`): the pattern, the subject and the capture positions (code
//! point offsets), with `group`, `groups`, `groupdict`, `start`, `end`, `span` and `expand`;
//! and the lazy iterator `finditer` returns.

use alloc::string::String;
use alloc::vec::Vec;
use core::mem::size_of;

use super::pattern::{self, codes_of, expand_into, make_text, Mode};
use super::pike::UNSET;
use crate::gc::Marker;
use crate::obj::{dict, flags, storage, tuple, Locals, ObjHeader, PrintKind, Subscr, Type};
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

#[repr(C)]
struct MatchObj {
    header: ObjHeader,
    pattern: Value,
    string: Value,
    pos: usize,
    endpos: usize,
    /// Capture slots that follow the fields: start and end of each group.
    nslots: usize,
}

pub static MATCH_TYPE: Type = Type {
    locals: Locals::Static(&super::methods::MATCH_LOCALS),
    print: Some(match_print),
    attr: Some(match_attr),
    subscr: Some(match_subscr),
    trace: Some(trace_match),
    ..Type::builtin(q::Match)
};

fn trace_match(v: Value, m: &mut Marker) {
    m.mark(get(v).pattern);
    m.mark(get(v).string);
}

fn get<'a>(v: Value) -> &'a MatchObj {
    // SAFETY: callers pass a match object.
    unsafe { &*v.as_ptr::<MatchObj>() }
}

fn slots<'a>(v: Value) -> &'a [usize] {
    // SAFETY: `nslots` words follow the fixed fields of a match object.
    unsafe {
        core::slice::from_raw_parts(
            v.as_ptr::<u8>().add(size_of::<MatchObj>()) as *const usize,
            get(v).nslots,
        )
    }
}

/// A match object for capture slots `caps`.
pub fn new(
    vm: &mut Vm,
    pat: Value,
    string: Value,
    pos: usize,
    endpos: usize,
    caps: &[usize],
) -> PyResult<Value> {
    let p = vm.alloc_obj::<MatchObj>(&MATCH_TYPE, core::mem::size_of_val(caps))?;
    // SAFETY: fresh allocation with room for the slots after the fixed fields.
    unsafe {
        (*p).pattern = pat;
        (*p).string = string;
        (*p).pos = pos;
        (*p).endpos = endpos;
        (*p).nslots = caps.len();
        core::ptr::copy_nonoverlapping(
            caps.as_ptr(),
            (p as *mut u8).add(size_of::<MatchObj>()) as *mut usize,
            caps.len(),
        );
    }
    Ok(Value::from_ptr(p))
}

pub fn this(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if v.is_exact(&MATCH_TYPE) {
        Ok(v)
    } else {
        Err(vm.type_error("descriptor requires a 're.Match' object"))
    }
}

/// The group number `g` names (an int or a group name).
pub fn group_index(vm: &mut Vm, m: Value, g: Value) -> PyResult<usize> {
    let groups = pattern::get(get(m).pattern).groups;
    if let Some(n) = g.small_int_value() {
        if n >= 0 && n as usize <= groups {
            return Ok(n as usize);
        }
    } else if vm.text_of(g).is_some() {
        if let Some(n) = dict::get_item(vm, pattern::get(get(m).pattern).groupindex, g)? {
            return Ok(n.small_int_value().unwrap_or(0) as usize);
        }
    }
    Err(vm.index_error("no such group"))
}

/// `(start, end)` of group `g`, `None` if it did not take part in the match.
pub fn span_of(m: Value, g: usize) -> Option<(usize, usize)> {
    let s = slots(m);
    match (s.get(2 * g), s.get(2 * g + 1)) {
        (Some(&a), Some(&b)) if a != UNSET && b != UNSET && a <= b => Some((a, b)),
        _ => None,
    }
}

/// The text of group `g`, or `default` if it did not take part.
pub fn group_value(vm: &mut Vm, m: Value, g: usize, default: Value) -> PyResult<Value> {
    let Some((a, b)) = span_of(m, g) else { return Ok(default) };
    let string = get(m).string;
    if let Some(s) = vm.text_of(string) {
        let ascii = pystr_is_ascii(string, s);
        let (x, y) = (crate::obj::str::char_offset(s, ascii, a), crate::obj::str::char_offset(s, ascii, b));
        let sub = String::from(&s[x..y]);
        return crate::obj::str::from_string(vm, sub);
    }
    let data = vm.bytes_of(string).map(|d| d[a.min(d.len())..b.min(d.len())].to_vec()).unwrap_or_default();
    crate::obj::bytes::new(vm, &data)
}

fn pystr_is_ascii(v: Value, s: &str) -> bool {
    if v.is_qstr() || v.is_exact(&crate::obj::str::STR_TYPE) {
        crate::obj::str::is_ascii(v, s)
    } else {
        s.is_ascii()
    }
}

/// `m.expand(template)`.
pub fn expand(vm: &mut Vm, m: Value, template: Value) -> PyResult<Value> {
    let pat = get(m).pattern;
    let pieces = pattern::template_pieces(vm, pat, template)?;
    let Some((codes, is_bytes)) = codes_of(vm, get(m).string) else { return Ok(Value::NONE) };
    let mut out = Vec::new();
    expand_into(&pieces, &codes, slots(m), &mut out);
    make_text(vm, &out, is_bytes)
}

fn match_print(vm: &mut Vm, v: Value, out: &mut String, _kind: PrintKind) -> PyResult<()> {
    let (a, b) = span_of(v, 0).unwrap_or((0, 0));
    out.push_str(&alloc::format!("<re.Match object; span=({a}, {b}), match="));
    let text = group_value(vm, v, 0, Value::NONE)?;
    vm.print_value(text, out, PrintKind::Repr)?;
    out.push('>');
    Ok(())
}

fn match_attr(_vm: &mut Vm, v: Value, attr: Qstr) -> PyResult<Option<Value>> {
    let m = get(v);
    let groups = pattern::get(m.pattern).groups;
    // The last group to close: the one whose end is largest, the outermost on a tie.
    let last =
        (1..=groups).filter_map(|g| span_of(v, g).map(|(_, e)| (e, g))).fold(
            None,
            |best, (e, g)| match best {
                Some((be, _)) if be >= e => best,
                _ => Some((e, g)),
            },
        );
    Ok(match attr {
        q::pos => Some(Value::small_int(m.pos as isize)),
        q::endpos => Some(Value::small_int(m.endpos as isize)),
        q::string => Some(m.string),
        q::re => Some(m.pattern),
        q::lastindex => Some(last.map_or(Value::NONE, |(_, g)| Value::small_int(g as isize))),
        q::lastgroup => {
            let Some((_, g)) = last else { return Ok(Some(Value::NONE)) };
            let gi = pattern::get(m.pattern).groupindex;
            let name = dict::pairs(gi).into_iter().find(|&(_, n)| n == Value::small_int(g as isize));
            Some(name.map_or(Value::NONE, |(k, _)| k))
        }
        _ => None,
    })
}

fn match_subscr(vm: &mut Vm, v: Value, index: Value, op: Subscr) -> PyResult<Value> {
    if op != Subscr::Load {
        return Err(vm.type_error("'re.Match' object does not support item assignment"));
    }
    let g = group_index(vm, v, index)?;
    group_value(vm, v, g, Value::NONE)
}

/// `(start, end)` of a group as a tuple, `(-1, -1)` when unmatched.
pub fn span_tuple(vm: &mut Vm, m: Value, g: usize) -> PyResult<Value> {
    let (a, b) = span_of(m, g).map_or((-1, -1), |(a, b)| (a as isize, b as isize));
    tuple::new(vm, &[Value::small_int(a), Value::small_int(b)])
}

// ---- finditer ----

#[repr(C)]
struct MatchIter {
    header: ObjHeader,
    pattern: Value,
    string: Value,
    /// Byte buffer with the subject's code points as `u32` words (made once, not per match).
    codes: Value,
    ncodes: usize,
    pos: usize,
    endpos: usize,
    not_empty: bool,
}

static MATCH_ITER_TYPE: Type = Type {
    flags: flags::ITER_IS_SELF,
    iternext: Some(match_iternext),
    trace: Some(trace_match_iter),
    ..Type::builtin(q::iterator)
};

fn trace_match_iter(v: Value, m: &mut Marker) {
    // SAFETY: `v` is a match iterator.
    let it = unsafe { &*v.as_ptr::<MatchIter>() };
    m.mark(it.pattern);
    m.mark(it.string);
    m.mark(it.codes);
}

/// `pattern.finditer(string, pos, endpos)`.
pub fn finditer(vm: &mut Vm, pat: Value, string: Value, pos: i64, endpos: i64) -> PyResult<Value> {
    let subj = pattern::subject(vm, pat, string)?;
    let (pos, endpos) = pattern::clamp_range(subj.codes.len(), pos, endpos);
    let n = subj.codes.len();
    let codes = storage::new_bytes(vm, n.saturating_mul(4))?;
    // SAFETY: the buffer has room for `n` aligned u32 words.
    unsafe { core::ptr::copy_nonoverlapping(subj.codes.as_ptr(), storage::bytes_ptr(codes) as *mut u32, n) };
    let p = vm.alloc_obj::<MatchIter>(&MATCH_ITER_TYPE, 0)?;
    // SAFETY: fresh allocation; every field is written.
    unsafe {
        (*p).pattern = pat;
        (*p).string = string;
        (*p).codes = codes;
        (*p).ncodes = n;
        (*p).pos = pos;
        (*p).endpos = endpos;
        (*p).not_empty = false;
    }
    Ok(Value::from_ptr(p))
}

fn match_iternext(vm: &mut Vm, it: Value) -> PyResult<Option<Value>> {
    // SAFETY: `it` is a match iterator; fields are copied out before any allocation.
    let (pat, string, codes, n, pos, endpos, not_empty) = unsafe {
        let i = &*it.as_ptr::<MatchIter>();
        (i.pattern, i.string, i.codes, i.ncodes, i.pos, i.endpos, i.not_empty)
    };
    // SAFETY: the iterator's buffer holds `n` u32 words and is never changed; the matcher
    // allocates nothing on the heap.
    let codes: &[u32] = unsafe { core::slice::from_raw_parts(storage::bytes_ptr(codes) as *const u32, n) };
    let Some(caps) = pattern::exec(pat, codes, pos, endpos, Mode::Search, not_empty) else {
        // SAFETY: as above.
        unsafe { (*it.as_ptr::<MatchIter>()).pos = endpos + 1 };
        return Ok(None);
    };
    // SAFETY: as above.
    unsafe {
        let i = &mut *it.as_ptr::<MatchIter>();
        i.pos = caps[1];
        i.not_empty = caps[0] == caps[1];
    }
    new(vm, pat, string, pos, endpos, &caps).map(Some)
}
