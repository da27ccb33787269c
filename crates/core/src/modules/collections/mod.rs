//! The `collections` module: `namedtuple`, `OrderedDict`, `defaultdict` and `deque`.

mod defaultdict;
mod deque;
mod namedtuple;
mod ordereddict;

use crate::obj::builtin_fn::BuiltinFn;
use crate::qstr::{q, Qstr};
use crate::value::Value;

pub use defaultdict::DEFAULTDICT_TYPE;
pub use deque::DEQUE_TYPE;
pub use ordereddict::ORDEREDDICT_TYPE;

static NAMEDTUPLE: BuiltinFn = BuiltinFn::kw(q::namedtuple, namedtuple::namedtuple);

pub static TABLE: [(Qstr, Value); 5] = [
    (q::__name__, Value::qstr(q::collections)),
    (q::namedtuple, Value::from_static(&NAMEDTUPLE)),
    (q::OrderedDict, Value::from_static(&ORDEREDDICT_TYPE)),
    (q::defaultdict, Value::from_static(&DEFAULTDICT_TYPE)),
    (q::deque, Value::from_static(&DEQUE_TYPE)),
];
