//! The `array` module: the `array` type (in `obj/array.rs`) and the typecodes it accepts.

use crate::obj::array::ARRAY_TYPE;
use crate::qstr::{q, Qstr};
use crate::value::Value;

pub static TABLE: [(Qstr, Value); 2] =
    [(q::__name__, Value::qstr(q::array)), (q::array, Value::from_static(&ARRAY_TYPE))];
