//! The `errno` module: MicroPython's error numbers (Linux values) and the `errorcode` dict
//! mapping each number to its name; [`name`] gives the same mapping to Rust code (for
//! printing `OSError`s as `[Errno 2] ENOENT`).

use crate::obj::{dict, module};
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Every error number, by name.
pub const CODES: [(Qstr, isize); 22] = [
    (q::EPERM, 1),
    (q::ENOENT, 2),
    (q::EIO, 5),
    (q::EBADF, 9),
    (q::EAGAIN, 11),
    (q::ENOMEM, 12),
    (q::EACCES, 13),
    (q::EEXIST, 17),
    (q::ENODEV, 19),
    (q::EISDIR, 21),
    (q::EINVAL, 22),
    (q::EOPNOTSUPP, 95),
    (q::EADDRINUSE, 98),
    (q::ECONNABORTED, 103),
    (q::ECONNRESET, 104),
    (q::ENOBUFS, 105),
    (q::ENOTCONN, 107),
    (q::ETIMEDOUT, 110),
    (q::ECONNREFUSED, 111),
    (q::EHOSTUNREACH, 113),
    (q::EALREADY, 114),
    (q::EINPROGRESS, 115),
];

/// The name of error number `code`, if it is one of [`CODES`].
pub fn name(code: i64) -> Option<Qstr> {
    CODES.iter().find(|&&(_, c)| c as i64 == code).map(|&(n, _)| n)
}

const fn table() -> [(Qstr, Value); 23] {
    let mut t = [(q::__name__, Value::qstr(q::errno)); 23];
    let mut i = 0;
    while i < CODES.len() {
        t[i + 1] = (CODES[i].0, Value::small_int(CODES[i].1));
        i += 1;
    }
    t
}

static TABLE: [(Qstr, Value); 23] = table();

/// Creates the `errno` module object (with its `errorcode` dict).
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let m = module::new(vm, q::errno, &TABLE)?;
    let codes = dict::new(vm)?;
    for (n, c) in CODES {
        dict::set_item(vm, codes, Value::small_int(c), Value::qstr(n))?;
    }
    dict::set_qstr(vm, module::get(m).globals, q::errorcode, codes)?;
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_by_number() {
        assert_eq!(name(2), Some(q::ENOENT));
        assert_eq!(name(115), Some(q::EINPROGRESS));
        assert_eq!(name(9999), None);
        assert_eq!(table()[1], (q::EPERM, Value::small_int(1)));
    }
}
