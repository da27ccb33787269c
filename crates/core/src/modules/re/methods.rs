//! The Python-visible methods of `re.Pattern` and `re.Match`, and argument binding shared
//! with the module functions.

use alloc::format;
use alloc::vec::Vec;

use super::matchobj::{self, group_index, group_value, span_of, span_tuple};
use super::pattern::{self, Mode, PATTERN_TYPE};
use crate::obj::builtin_fn::BuiltinFn;
use crate::obj::{dict, int, tuple};
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Binds positional `args` and keyword pairs `kw` to `names`; the first `required` must be
/// given. Missing optional ones are NULL.
pub fn bind<const N: usize>(
    vm: &mut Vm,
    fname: &str,
    args: &[Value],
    kw: &[Value],
    names: [Qstr; N],
    required: usize,
) -> PyResult<[Value; N]> {
    if args.len() > N {
        return Err(vm.type_error(&format!("{fname}() takes at most {N} arguments ({} given)", args.len())));
    }
    let mut out = [Value::NULL; N];
    out[..args.len()].copy_from_slice(args);
    for pair in kw.chunks(2) {
        let k = vm.qstr_of(pair[0]);
        match names.iter().position(|&n| Some(n) == k) {
            Some(i) if out[i].is_null() => out[i] = pair[1],
            Some(_) => return Err(vm.type_error(&format!("{fname}() got multiple values for an argument"))),
            None => return Err(vm.type_error(&format!("{fname}() got an unexpected keyword argument"))),
        }
    }
    if out[..required].iter().any(|v| v.is_null()) {
        return Err(vm.type_error(&format!("{fname}() missing required argument")));
    }
    Ok(out)
}

/// An optional int argument (NULL or None: `default`), saturated to the `i64` range.
pub fn opt_int(vm: &mut Vm, v: Value, default: i64) -> PyResult<i64> {
    if v.is_null() || v.is_none() {
        return Ok(default);
    }
    match int::as_int(vm, v) {
        Some(int::Int::Big(b)) => Ok(if b.is_negative() { i64::MIN } else { i64::MAX }),
        _ => vm.to_i64(v),
    }
}

fn this_pattern(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if v.is_exact(&PATTERN_TYPE) {
        Ok(v)
    } else {
        Err(vm.type_error("descriptor requires a 're.Pattern' object"))
    }
}

fn run(vm: &mut Vm, args: &[Value], kw: &[Value], mode: Mode) -> PyResult<Value> {
    let [this, string, pos, endpos] =
        bind(vm, "match", args, kw, [q::self_, q::string, q::pos, q::endpos], 2)?;
    let p = this_pattern(vm, this)?;
    let pos = opt_int(vm, pos, 0)?;
    let endpos = opt_int(vm, endpos, i64::MAX)?;
    pattern::match_at(vm, p, string, pos, endpos, mode)
}

fn p_match(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    run(vm, args, kw, Mode::Match)
}

fn p_search(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    run(vm, args, kw, Mode::Search)
}

fn p_fullmatch(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    run(vm, args, kw, Mode::Full)
}

fn count_arg(vm: &mut Vm, v: Value) -> PyResult<usize> {
    let n = opt_int(vm, v, 0)?;
    Ok(if n <= 0 { 0 } else { usize::try_from(n).unwrap_or(usize::MAX) })
}

fn p_sub(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [this, repl, string, count] = bind(vm, "sub", args, kw, [q::self_, q::repl, q::string, q::count], 3)?;
    let p = this_pattern(vm, this)?;
    let count = count_arg(vm, count)?;
    Ok(pattern::subn(vm, p, repl, string, count)?.0)
}

fn p_subn(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [this, repl, string, count] =
        bind(vm, "subn", args, kw, [q::self_, q::repl, q::string, q::count], 3)?;
    let p = this_pattern(vm, this)?;
    let count = count_arg(vm, count)?;
    let (s, n) = pattern::subn(vm, p, repl, string, count)?;
    tuple::new(vm, &[s, Value::small_int(n as isize)])
}

fn p_split(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [this, string, maxsplit] = bind(vm, "split", args, kw, [q::self_, q::string, q::maxsplit], 2)?;
    let p = this_pattern(vm, this)?;
    let maxsplit = opt_int(vm, maxsplit, 0)?;
    pattern::split(vm, p, string, maxsplit)
}

fn p_findall(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [this, string, pos, endpos] =
        bind(vm, "findall", args, kw, [q::self_, q::string, q::pos, q::endpos], 2)?;
    let p = this_pattern(vm, this)?;
    let pos = opt_int(vm, pos, 0)?;
    let endpos = opt_int(vm, endpos, i64::MAX)?;
    pattern::findall(vm, p, string, pos, endpos)
}

fn p_finditer(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [this, string, pos, endpos] =
        bind(vm, "finditer", args, kw, [q::self_, q::string, q::pos, q::endpos], 2)?;
    let p = this_pattern(vm, this)?;
    let pos = opt_int(vm, pos, 0)?;
    let endpos = opt_int(vm, endpos, i64::MAX)?;
    matchobj::finditer(vm, p, string, pos, endpos)
}

static P_MATCH: BuiltinFn = BuiltinFn::kw(q::match_, p_match);
static P_SEARCH: BuiltinFn = BuiltinFn::kw(q::search, p_search);
static P_FULLMATCH: BuiltinFn = BuiltinFn::kw(q::fullmatch, p_fullmatch);
static P_SUB: BuiltinFn = BuiltinFn::kw(q::sub, p_sub);
static P_SUBN: BuiltinFn = BuiltinFn::kw(q::subn, p_subn);
static P_SPLIT: BuiltinFn = BuiltinFn::kw(q::split, p_split);
static P_FINDALL: BuiltinFn = BuiltinFn::kw(q::findall, p_findall);
static P_FINDITER: BuiltinFn = BuiltinFn::kw(q::finditer, p_finditer);

pub static PATTERN_LOCALS: [(Qstr, Value); 8] = [
    (q::match_, Value::from_static(&P_MATCH)),
    (q::search, Value::from_static(&P_SEARCH)),
    (q::fullmatch, Value::from_static(&P_FULLMATCH)),
    (q::sub, Value::from_static(&P_SUB)),
    (q::subn, Value::from_static(&P_SUBN)),
    (q::split, Value::from_static(&P_SPLIT)),
    (q::findall, Value::from_static(&P_FINDALL)),
    (q::finditer, Value::from_static(&P_FINDITER)),
];

// ---- match methods ----

/// The group argument of `start`/`end`/`span` (default 0).
fn group_arg(vm: &mut Vm, args: &[Value]) -> PyResult<(Value, usize)> {
    let m = matchobj::this(vm, args[0])?;
    let g = match args.get(1) {
        Some(&g) => group_index(vm, m, g)?,
        None => 0,
    };
    Ok((m, g))
}

fn m_group(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let m = matchobj::this(vm, args[0])?;
    match args.len() {
        1 => group_value(vm, m, 0, Value::NONE),
        2 => {
            let g = group_index(vm, m, args[1])?;
            group_value(vm, m, g, Value::NONE)
        }
        _ => {
            let mut items = Vec::with_capacity(args.len() - 1);
            for &a in &args[1..] {
                let g = group_index(vm, m, a)?;
                items.push(group_value(vm, m, g, Value::NONE)?);
            }
            tuple::new(vm, &items)
        }
    }
}

fn m_groups(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [this, default] = bind(vm, "groups", args, kw, [q::self_, q::default], 1)?;
    let m = matchobj::this(vm, this)?;
    let default = if default.is_null() { Value::NONE } else { default };
    let n = super::pattern::get(vm.load_attr(m, q::re)?).groups;
    let mut items = Vec::with_capacity(n);
    for g in 1..=n {
        items.push(group_value(vm, m, g, default)?);
    }
    tuple::new(vm, &items)
}

fn m_groupdict(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [this, default] = bind(vm, "groupdict", args, kw, [q::self_, q::default], 1)?;
    let m = matchobj::this(vm, this)?;
    let default = if default.is_null() { Value::NONE } else { default };
    let pat = vm.load_attr(m, q::re)?;
    let d = dict::new(vm)?;
    for (name, n) in dict::pairs(super::pattern::get(pat).groupindex) {
        let v = group_value(vm, m, n.small_int_value().unwrap_or(0) as usize, default)?;
        dict::set_item(vm, d, name, v)?;
    }
    Ok(d)
}

fn m_start(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let (m, g) = group_arg(vm, args)?;
    Ok(Value::small_int(span_of(m, g).map_or(-1, |(a, _)| a as isize)))
}

fn m_end(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let (m, g) = group_arg(vm, args)?;
    Ok(Value::small_int(span_of(m, g).map_or(-1, |(_, b)| b as isize)))
}

fn m_span(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let (m, g) = group_arg(vm, args)?;
    span_tuple(vm, m, g)
}

fn m_expand(vm: &mut Vm, this: Value, template: Value) -> PyResult<Value> {
    let m = matchobj::this(vm, this)?;
    matchobj::expand(vm, m, template)
}

static M_GROUP: BuiltinFn = BuiltinFn::var(q::group, 1, 255, m_group);
static M_GROUPS: BuiltinFn = BuiltinFn::kw(q::groups, m_groups);
static M_GROUPDICT: BuiltinFn = BuiltinFn::kw(q::groupdict, m_groupdict);
static M_START: BuiltinFn = BuiltinFn::var(q::start, 1, 2, m_start);
static M_END: BuiltinFn = BuiltinFn::var(q::end, 1, 2, m_end);
static M_SPAN: BuiltinFn = BuiltinFn::var(q::span, 1, 2, m_span);
static M_EXPAND: BuiltinFn = BuiltinFn::f2(q::expand, m_expand);

pub static MATCH_LOCALS: [(Qstr, Value); 7] = [
    (q::group, Value::from_static(&M_GROUP)),
    (q::groups, Value::from_static(&M_GROUPS)),
    (q::groupdict, Value::from_static(&M_GROUPDICT)),
    (q::start, Value::from_static(&M_START)),
    (q::end, Value::from_static(&M_END)),
    (q::span, Value::from_static(&M_SPAN)),
    (q::expand, Value::from_static(&M_EXPAND)),
];
