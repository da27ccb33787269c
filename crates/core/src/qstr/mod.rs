//! Interned strings ("qstrs"). For now this holds the static table that `.mpy` files and
//! every MicroPython build share; the runtime pool joins it when the VM arrives.

pub mod static_table;

pub use static_table::MP_STATIC_QSTRS;

/// Number of static qstrs (ids `1..=STATIC_COUNT`).
pub const STATIC_COUNT: usize = MP_STATIC_QSTRS.len();

/// The id (1..=165) of `s` if it is a static qstr.
pub fn static_id(s: &str) -> Option<usize> {
    MP_STATIC_QSTRS.iter().position(|&q| q == s).map(|i| i + 1)
}

/// The string of static qstr `id`, for ids 1..=165.
pub fn static_str(id: usize) -> Option<&'static str> {
    MP_STATIC_QSTRS.get(id.checked_sub(1)?).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_match_the_format_examples() {
        assert_eq!(static_id("<module>"), Some(7));
        assert_eq!(static_id("print"), Some(123));
        assert_eq!(static_id("zip"), Some(165));
        assert_eq!(static_id(""), Some(1));
        assert_eq!(static_id("\n"), Some(3));
        assert_eq!(static_id("hello"), None);
        assert_eq!(static_str(0), None);
        assert_eq!(static_str(166), None);
        assert_eq!(static_str(2), Some("__dir__"));
    }
}
