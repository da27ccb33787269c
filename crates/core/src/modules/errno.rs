//! The `errno` module: symbolic names for the error numbers `OSError` carries. The same table
//! gives `OSError` its message: `str(OSError(2))` is `[Errno 2] ENOENT`.

use crate::obj::{dict, module};
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The error numbers MicroPython names (Linux's values), in MicroPython's order.
static CODES: [(Qstr, isize); 22] = [
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

/// The symbolic name of an error number, if it has one.
pub fn name_of(code: isize) -> Option<Qstr> {
    CODES.iter().find(|&&(_, c)| c == code).map(|&(n, _)| n)
}

const fn entry(i: usize) -> (Qstr, Value) {
    (CODES[i].0, Value::small_int(CODES[i].1))
}

static TABLE: [(Qstr, Value); 23] = [
    (q::__name__, Value::qstr(q::errno)),
    entry(0),
    entry(1),
    entry(2),
    entry(3),
    entry(4),
    entry(5),
    entry(6),
    entry(7),
    entry(8),
    entry(9),
    entry(10),
    entry(11),
    entry(12),
    entry(13),
    entry(14),
    entry(15),
    entry(16),
    entry(17),
    entry(18),
    entry(19),
    entry(20),
    entry(21),
];

/// Creates the `errno` module, with `errorcode` mapping numbers to names (a fixed dict, as in
/// MicroPython).
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let m = module::new(vm, q::errno, &TABLE)?;
    let codes = dict::new_fixed(vm)?;
    for &(name, code) in &CODES {
        dict::set_item(vm, codes, Value::small_int(code), Value::qstr(name))?;
    }
    dict::set_qstr(vm, module::get(m).globals, q::errorcode, codes)?;
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_match_codes() {
        assert_eq!(name_of(2), Some(q::ENOENT));
        assert_eq!(name_of(115), Some(q::EINPROGRESS));
        assert_eq!(name_of(39), None);
        assert_eq!(name_of(-2), None);
    }
}
