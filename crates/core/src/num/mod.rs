//! Python's numeric tower as pure functions: arbitrary-precision integers, float semantics and
//! formatting, the format-spec mini-language and the numeric hash, all matching CPython 3.11.
//!
//! Nothing here knows about the VM: values come in as `i64`, [`BigInt`] or `f64`, and every
//! failure is a [`NumError`] that the VM turns into the Python exception it names.

pub mod bigint;
pub mod complex;
pub mod complex_parse;
pub mod float_fmt;
pub mod float_hex;
pub mod float_ops;
pub mod float_parse;
pub mod format_apply;
pub mod format_spec;
pub mod half;
pub mod hash;
pub mod int_str;
pub mod printf;
pub mod small;

pub(crate) mod dd_math;
pub(crate) mod dd_trig;
mod fmtbuf;

#[cfg(test)]
#[rustfmt::skip]
mod test_vectors;
#[cfg(test)]
mod tests;

pub use bigint::{BigInt, BigRef};

/// A failed numeric operation. The payload strings are CPython 3.11's messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumError {
    /// `ZeroDivisionError` with this message.
    ZeroDivision(&'static str),
    /// `ValueError` with this message.
    Value(&'static str),
    /// `OverflowError` with this message.
    Overflow(&'static str),
    /// The result would exceed the caller's size limit; the VM raises `MemoryError`.
    TooBig,
    /// `int()` could not parse its argument. The VM raises `ValueError` with the message
    /// `invalid literal for int() with base {base}: {repr(arg)}`.
    InvalidIntLiteral { base: u32 },
    /// `float()` could not parse its argument. The VM raises `ValueError` with the message
    /// `could not convert string to float: {repr(arg)}`.
    InvalidFloatLiteral,
}

/// A borrowed Python `int`: the VM's unboxed small int or a heap big int.
#[derive(Debug, Clone, Copy)]
pub enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}
