//! Sums and norms of many values: `fsum` (exact, then rounded once), `prod`, `hypot` and
//! `dist` (the norm summed in double-double arithmetic).

use alloc::vec::Vec;

use super::float_arg;
use crate::bytecode::opcodes::BinaryOp;
use crate::num::dd_math;
use crate::obj::float;
use crate::qstr::q;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Why an exact sum has no float value.
#[derive(Debug, PartialEq)]
enum SumError {
    /// `inf` and `-inf` were both summed.
    InfMinusInf,
    /// A partial sum of finite values overflowed.
    Overflow,
}

/// The correctly rounded sum of `values` (Shewchuk's algorithm: the exact sum is kept as a
/// list of non-overlapping partial sums, rounded once at the end, ties to even).
fn exact_sum(values: impl Iterator<Item = f64>) -> Result<f64, SumError> {
    let mut partials: Vec<f64> = Vec::new();
    let (mut special, mut inf_sum) = (0.0f64, 0.0f64);
    for v in values {
        if !v.is_finite() {
            if v.is_infinite() {
                inf_sum += v;
            }
            special += v;
            continue;
        }
        let mut x = v;
        let mut kept = 0;
        for k in 0..partials.len() {
            let mut y = partials[k];
            if x.abs() < y.abs() {
                core::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[kept] = lo;
                kept += 1;
            }
            x = hi;
        }
        if !x.is_finite() {
            return Err(SumError::Overflow);
        }
        partials.truncate(kept);
        partials.push(x);
    }
    if special != 0.0 {
        return if inf_sum.is_nan() { Err(SumError::InfMinusInf) } else { Ok(special) };
    }
    let Some(mut hi) = partials.pop() else { return Ok(0.0) };
    let mut lo = 0.0;
    while let Some(y) = partials.pop() {
        let x = hi;
        hi = x + y;
        lo = y - (hi - x);
        if lo != 0.0 {
            break;
        }
    }
    // Round half to even: if the rest of the partials lie on the same side as `lo`, the
    // exact sum is past the halfway point that `hi + lo` rounded at.
    if let Some(&next) = partials.last() {
        if (lo < 0.0 && next < 0.0) || (lo > 0.0 && next > 0.0) {
            let y = lo * 2.0;
            let x = hi + y;
            if y == x - hi {
                hi = x;
            }
        }
    }
    Ok(hi)
}

pub(super) fn fsum(vm: &mut Vm, iterable: Value) -> PyResult<Value> {
    let items = vm.iter_to_vec(iterable)?;
    let mut values = Vec::with_capacity(items.len());
    for x in items {
        values.push(float_arg(vm, x)?);
    }
    match exact_sum(values.into_iter()) {
        Ok(s) => float::new(vm, s),
        Err(SumError::InfMinusInf) => Err(vm.value_error("-inf + inf in fsum")),
        Err(SumError::Overflow) => Err(vm.overflow_error("intermediate overflow in fsum")),
    }
}

/// `prod(iterable, *, start=1)`.
pub(super) fn prod(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let &[iterable] = args else {
        return Err(vm.type_error("prod() takes exactly 1 positional argument"));
    };
    let mut acc = Value::small_int(1);
    for pair in kw.chunks(2) {
        match vm.qstr_of(pair[0]) {
            Some(q::start) => acc = pair[1],
            _ => return Err(vm.type_error("prod() got an unexpected keyword argument")),
        }
    }
    let it = vm.get_iter(iterable)?;
    while let Some(x) = vm.iter_next(it)? {
        acc = vm.binary_op(BinaryOp::Multiply, acc, x)?;
    }
    Ok(acc)
}

/// The norm of `values`: infinite if any is, else NaN if any is, else summed exactly enough
/// to be correctly rounded in all but rare cases.
fn norm(values: &[f64]) -> f64 {
    if values.iter().any(|v| v.is_infinite()) {
        f64::INFINITY
    } else if values.iter().any(|v| v.is_nan()) {
        f64::NAN
    } else {
        dd_math::norm(values)
    }
}

pub(super) fn hypot(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let mut values = Vec::with_capacity(args.len());
    for &a in args {
        values.push(float_arg(vm, a)?);
    }
    float::new(vm, norm(&values))
}

pub(super) fn dist(vm: &mut Vm, p: Value, q: Value) -> PyResult<Value> {
    let (p, q) = (vm.iter_to_vec(p)?, vm.iter_to_vec(q)?);
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::with_capacity(p.len());
    for (a, b) in p.into_iter().zip(q) {
        let (a, b) = (float_arg(vm, a)?, float_arg(vm, b)?);
        diffs.push(a - b);
    }
    float::new(vm, norm(&diffs))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sums_are_exact_then_rounded_once() {
        assert_eq!(exact_sum([0.1; 10].into_iter()), Ok(1.0));
        assert_eq!(exact_sum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50].into_iter()), Ok(1e-100));
        assert_eq!(exact_sum([1.0, 1e-16, 1e-16].into_iter()), Ok(1.0000000000000002));
        assert_eq!(exact_sum(core::iter::empty()), Ok(0.0));
        assert_eq!(exact_sum([f64::INFINITY, 1.0].into_iter()), Ok(f64::INFINITY));
        assert_eq!(exact_sum([f64::INFINITY, f64::NEG_INFINITY].into_iter()), Err(SumError::InfMinusInf));
        assert_eq!(exact_sum([f64::MAX, f64::MAX].into_iter()), Err(SumError::Overflow));
    }

    #[test]
    fn norms() {
        assert_eq!(norm(&[3.0, 4.0]), 5.0);
        assert_eq!(norm(&[1.0, 2.0, 2.0]), 3.0);
        assert_eq!(norm(&[]), 0.0);
        assert!(norm(&[f64::NAN, 1.0]).is_nan());
        assert_eq!(norm(&[f64::NAN, f64::NEG_INFINITY]), f64::INFINITY);
    }
}
