//! The `builtins` module: one constant table, sorted by qstr number at compile time so a
//! lookup is a binary search in read-only data.

mod code_obj;
mod eval;
mod help;
pub(crate) mod introspect;
mod io;
mod iter;
mod numeric;
mod super_;

use crate::obj::builtin_fn::BuiltinFn;
use crate::obj::iter as iter_types;
use crate::obj::{
    bool, bytearray, bytes, complex, dict, exception, float, int, list, object, property, range, set, slice,
    str as pystr, tuple, type_, Type,
};
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::Vm;

pub use introspect::is_callable;

/// `__build_class__`, also pushed by the `LOAD_BUILD_CLASS` opcode.
pub static BUILD_CLASS: BuiltinFn = BuiltinFn::kw(q::__build_class__, eval::build_class);

static PRINT: BuiltinFn = BuiltinFn::kw(q::print, io::print);
static REPL_PRINT: BuiltinFn = BuiltinFn::f1(q::__repl_print__, io::repl_print);
static INPUT: BuiltinFn = BuiltinFn::var(q::input, 0, 1, io::input);
static LEN: BuiltinFn = BuiltinFn::f1(q::len, iter::len);
static ITER: BuiltinFn = BuiltinFn::var(q::iter, 1, 2, iter::iter_);
static NEXT: BuiltinFn = BuiltinFn::var(q::next, 1, 2, iter::next);
static SORTED: BuiltinFn = BuiltinFn::kw(q::sorted, iter::sorted);
static MIN: BuiltinFn = BuiltinFn::kw(q::min, iter::min);
static MAX: BuiltinFn = BuiltinFn::kw(q::max, iter::max);
static SUM: BuiltinFn = BuiltinFn::kw(q::sum, iter::sum);
static ALL: BuiltinFn = BuiltinFn::f1(q::all, iter::all);
static ANY: BuiltinFn = BuiltinFn::f1(q::any, iter::any);
static ABS: BuiltinFn = BuiltinFn::f1(q::abs, numeric::abs);
static DIVMOD: BuiltinFn = BuiltinFn::f2(q::divmod, numeric::divmod);
static POW: BuiltinFn = BuiltinFn::var(q::pow, 2, 3, numeric::pow);
static ROUND: BuiltinFn = BuiltinFn::var(q::round, 1, 2, numeric::round);
static BIN: BuiltinFn = BuiltinFn::f1(q::bin, numeric::bin);
static OCT: BuiltinFn = BuiltinFn::f1(q::oct, numeric::oct);
static HEX: BuiltinFn = BuiltinFn::f1(q::hex, numeric::hex);
static CHR: BuiltinFn = BuiltinFn::f1(q::chr, numeric::chr);
static ORD: BuiltinFn = BuiltinFn::f1(q::ord, numeric::ord);
static HASH: BuiltinFn = BuiltinFn::f1(q::hash, numeric::hash);
static ID: BuiltinFn = BuiltinFn::f1(q::id, numeric::id);
static ISINSTANCE: BuiltinFn = BuiltinFn::f2(q::isinstance, introspect::isinstance);
static ISSUBCLASS: BuiltinFn = BuiltinFn::f2(q::issubclass, introspect::issubclass);
static GETATTR: BuiltinFn = BuiltinFn::var(q::getattr, 2, 3, introspect::getattr);
static SETATTR: BuiltinFn = BuiltinFn::f3(q::setattr, introspect::setattr);
static DELATTR: BuiltinFn = BuiltinFn::f2(q::delattr, introspect::delattr);
static HASATTR: BuiltinFn = BuiltinFn::f2(q::hasattr, introspect::hasattr);
static CALLABLE: BuiltinFn = BuiltinFn::f1(q::callable, introspect::callable);
static REPR: BuiltinFn = BuiltinFn::f1(q::repr, introspect::repr);
static DIR: BuiltinFn = BuiltinFn::var(q::dir, 0, 1, introspect::dir);
static VARS: BuiltinFn = BuiltinFn::var(q::vars, 0, 1, introspect::vars);
static GLOBALS: BuiltinFn = BuiltinFn::f0(q::globals, introspect::globals);
static LOCALS: BuiltinFn = BuiltinFn::f0(q::locals, introspect::locals);
static EXEC: BuiltinFn = BuiltinFn::var(q::exec, 1, 3, eval::exec);
static EVAL: BuiltinFn = BuiltinFn::var(q::eval, 1, 3, eval::eval);
static COMPILE: BuiltinFn = BuiltinFn::var(q::compile, 3, 6, eval::compile);
static IMPORT: BuiltinFn = BuiltinFn::kw(q::__import__, eval::import);
static HELP: BuiltinFn = BuiltinFn::var(q::help, 0, 1, help::help);
static FORMAT: BuiltinFn = BuiltinFn::var(q::format, 1, 2, crate::obj::str_format::format_builtin);

const fn v<T>(x: &'static T) -> Value {
    Value::from_static(x)
}

const fn t(x: &'static Type) -> Value {
    Value::from_static(x)
}

/// The builtins that are not exception types, sorted by qstr at compile time.
static TABLE: [(Qstr, Value); 73] = crate::obj::sorted_table([
    (q::__build_class__, v(&BUILD_CLASS)),
    (q::__import__, v(&IMPORT)),
    (q::__name__, Value::qstr(q::builtins)),
    (q::__debug__, Value::TRUE),
    (q::print, v(&PRINT)),
    (q::__repl_print__, v(&REPL_PRINT)),
    (q::input, v(&INPUT)),
    (q::len, v(&LEN)),
    (q::iter, v(&ITER)),
    (q::next, v(&NEXT)),
    (q::sorted, v(&SORTED)),
    (q::min, v(&MIN)),
    (q::max, v(&MAX)),
    (q::sum, v(&SUM)),
    (q::all, v(&ALL)),
    (q::any, v(&ANY)),
    (q::enumerate, t(&iter_types::ENUMERATE_TYPE)),
    (q::zip, t(&iter_types::ZIP_TYPE)),
    (q::map, t(&iter_types::MAP_TYPE)),
    (q::filter, t(&iter_types::FILTER_TYPE)),
    (q::reversed, t(&iter_types::REVERSED_TYPE)),
    (q::abs, v(&ABS)),
    (q::divmod, v(&DIVMOD)),
    (q::pow, v(&POW)),
    (q::round, v(&ROUND)),
    (q::bin, v(&BIN)),
    (q::oct, v(&OCT)),
    (q::hex, v(&HEX)),
    (q::chr, v(&CHR)),
    (q::ord, v(&ORD)),
    (q::hash, v(&HASH)),
    (q::id, v(&ID)),
    (q::isinstance, v(&ISINSTANCE)),
    (q::issubclass, v(&ISSUBCLASS)),
    (q::getattr, v(&GETATTR)),
    (q::setattr, v(&SETATTR)),
    (q::delattr, v(&DELATTR)),
    (q::hasattr, v(&HASATTR)),
    (q::callable, v(&CALLABLE)),
    (q::repr, v(&REPR)),
    (q::dir, v(&DIR)),
    (q::vars, v(&VARS)),
    (q::globals, v(&GLOBALS)),
    (q::locals, v(&LOCALS)),
    (q::exec, v(&EXEC)),
    (q::eval, v(&EVAL)),
    (q::compile, v(&COMPILE)),
    (q::format, v(&FORMAT)),
    (q::help, v(&HELP)),
    (q::open, v(&crate::modules::io::OPEN)),
    (q::object, t(&object::OBJECT_TYPE)),
    (q::type_, t(&type_::TYPE_TYPE)),
    (q::int, t(&int::INT_TYPE)),
    (q::float, t(&float::FLOAT_TYPE)),
    (q::complex, t(&complex::COMPLEX_TYPE)),
    (q::bool, t(&bool::BOOL_TYPE)),
    (q::str, t(&pystr::STR_TYPE)),
    (q::bytes, t(&bytes::BYTES_TYPE)),
    (q::bytearray, t(&bytearray::BYTEARRAY_TYPE)),
    (q::memoryview, t(&crate::obj::memoryview::MEMORYVIEW_TYPE)),
    (q::list, t(&list::LIST_TYPE)),
    (q::tuple, t(&tuple::TUPLE_TYPE)),
    (q::dict, t(&dict::DICT_TYPE)),
    (q::set, t(&set::SET_TYPE)),
    (q::frozenset, t(&set::FROZENSET_TYPE)),
    (q::range, t(&range::RANGE_TYPE)),
    (q::slice, t(&slice::SLICE_TYPE)),
    (q::property, t(&property::PROPERTY_TYPE)),
    (q::staticmethod, t(&property::STATICMETHOD_TYPE)),
    (q::classmethod, t(&property::CLASSMETHOD_TYPE)),
    (q::super_, t(&super_::SUPER_TYPE)),
    (q::NotImplemented, Value::NOT_IMPLEMENTED),
    (q::Ellipsis, Value::ELLIPSIS),
]);

/// A builtin by name.
pub fn lookup(name: Qstr) -> Option<Value> {
    if let Ok(i) = TABLE.binary_search_by_key(&name, |&(k, _)| k) {
        return Some(TABLE[i].1);
    }
    exception::ALL.iter().find(|t| t.name == name).map(|t| Value::from_ptr(*t as *const Type))
}

/// Names of every builtin (for `dir(builtins)`).
pub fn names() -> impl Iterator<Item = Qstr> {
    TABLE.iter().map(|&(k, _)| k).chain(exception::ALL.iter().map(|t| t.name))
}

impl Vm {
    /// The current frame's globals (the `__main__` module's outside any frame).
    pub fn current_globals(&self) -> Value {
        self.frames.last().map_or(self.main_globals, |f| f.globals)
    }

    pub fn current_locals(&self) -> Value {
        self.frames.last().map_or(self.main_globals, |f| f.locals)
    }
}

/// The `builtins` module object's table (the same entries, for `import builtins`).
pub fn module_table() -> &'static [(Qstr, Value)] {
    &TABLE
}
