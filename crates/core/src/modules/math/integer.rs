//! The integer functions of `math`: `factorial`, `gcd`, `lcm`, `comb`, `perm`, `isqrt`, on
//! ints of any size (results are bounded by the heap: MemoryError beyond it).

use super::int_arg;
use crate::num::{BigInt, NumError};
use crate::obj::int::{self, Int};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn big(i: Int) -> BigInt {
    i.to_big()
}

/// The product of the integers in `lo..hi`; `TooBig` at once when it clearly cannot fit in
/// `limit` limbs (each factor adds at least `log2(lo)` bits).
fn product(lo: u64, hi: u64, limit: usize) -> Result<BigInt, NumError> {
    let min_bits = hi.saturating_sub(lo) as f64 * libm::log2(lo.max(2) as f64);
    if min_bits / 32.0 > limit as f64 {
        return Err(NumError::TooBig);
    }
    range_product(lo, hi, limit)
}

/// The product of the integers in `lo..hi`, by binary splitting (balanced products keep the
/// big multiplications fast).
fn range_product(lo: u64, hi: u64, limit: usize) -> Result<BigInt, NumError> {
    if hi <= lo {
        return Ok(BigInt::from(1u64));
    }
    if hi - lo <= 8 {
        let mut acc = BigInt::from(lo);
        for k in lo + 1..hi {
            acc = acc.mul(&BigInt::from(k), limit)?;
        }
        return Ok(acc);
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid, limit)?.mul(&range_product(mid, hi, limit)?, limit)
}

/// A non-negative int argument small enough to count with (`what` names it in errors).
fn count_arg(vm: &mut Vm, v: Value, negative_msg: &str) -> PyResult<u64> {
    match int_arg(vm, v)? {
        Int::Small(n) if n < 0 => Err(vm.value_error(negative_msg)),
        Int::Small(n) => Ok(n as u64),
        Int::Big(b) if b.is_negative() => Err(vm.value_error(negative_msg)),
        Int::Big(_) => Err(vm.overflow_error("int too large to convert to C long")),
    }
}

pub(super) fn factorial(vm: &mut Vm, n: Value) -> PyResult<Value> {
    if crate::obj::float::is_float(vm, n) {
        return Err(vm.type_error("can't convert float to int"));
    }
    let n = count_arg(vm, n, "negative factorial")?;
    let r = product(1, n.saturating_add(1), int::limit_limbs(vm));
    int::result(vm, r)
}

fn fold_ints(vm: &mut Vm, args: &[Value], f: fn(BigInt, BigInt) -> BigInt, empty: i64) -> PyResult<Value> {
    let mut acc: Option<BigInt> = None;
    for &a in args {
        let x = big(int_arg(vm, a)?).abs();
        acc = Some(match acc {
            None => x,
            Some(acc) => f(acc, x),
        });
    }
    int::from_big(vm, &acc.unwrap_or_else(|| BigInt::from(empty)))
}

pub(super) fn gcd(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    fold_ints(vm, args, |a, b| a.gcd(&b), 0)
}

pub(super) fn lcm(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    fold_ints(
        vm,
        args,
        |a, b| {
            if a.is_zero() || b.is_zero() {
                return BigInt::zero();
            }
            let g = a.gcd(&b);
            a.floor_div(&g).and_then(|q| q.mul(&b, usize::MAX)).unwrap_or_default()
        },
        1,
    )
}

/// `n! / (n-k)!` divided by `k!` when `comb`; both with `k` reduced first.
fn comb_perm(vm: &mut Vm, n: Value, k: Value, comb: bool) -> PyResult<Value> {
    let n = count_arg(vm, n, "n must be a non-negative integer")?;
    let k = count_arg(vm, k, "k must be a non-negative integer")?;
    if k > n {
        return Ok(Value::small_int(0));
    }
    let limit = int::limit_limbs(vm);
    let r = if comb {
        let k = k.min(n - k);
        product(n - k + 1, n + 1, limit)
            .and_then(|num| product(1, k + 1, limit).and_then(|den| num.floor_div(&den)))
    } else {
        product(n - k + 1, n + 1, limit)
    };
    int::result(vm, r)
}

pub(super) fn comb(vm: &mut Vm, n: Value, k: Value) -> PyResult<Value> {
    comb_perm(vm, n, k, true)
}

pub(super) fn perm(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    match args.get(1) {
        Some(&k) if !k.is_none() => comb_perm(vm, args[0], k, false),
        _ => {
            let n = count_arg(vm, args[0], "n must be a non-negative integer")?;
            let r = product(1, n.saturating_add(1), int::limit_limbs(vm));
            int::result(vm, r)
        }
    }
}

/// The integer square root by Newton's iteration from above.
fn isqrt_big(n: &BigInt) -> Result<BigInt, NumError> {
    if n.is_zero() {
        return Ok(BigInt::zero());
    }
    let mut x = BigInt::from(1u64).shl(n.bit_length().div_ceil(2) as i64, usize::MAX)?;
    loop {
        let y = x.add(&n.floor_div(&x)?).shr(1)?;
        if y >= x {
            return Ok(x);
        }
        x = y;
    }
}

pub(super) fn isqrt(vm: &mut Vm, n: Value) -> PyResult<Value> {
    let n = big(int_arg(vm, n)?);
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    let r = isqrt_big(&n);
    int::result(vm, r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn products_and_roots() {
        assert_eq!(range_product(1, 21, usize::MAX).unwrap(), BigInt::from(2_432_902_008_176_640_000u64));
        assert_eq!(range_product(5, 5, usize::MAX).unwrap(), BigInt::from(1u64));
        for n in [0u64, 1, 2, 3, 4, 15, 16, 17, 99, 100, 1 << 40, (1 << 40) + 1] {
            let r = isqrt_big(&BigInt::from(n)).unwrap();
            let expect = (n as f64).sqrt() as u64;
            assert_eq!(r, BigInt::from(expect), "{n}");
        }
        assert!(range_product(1, 100_000, 4).is_err());
        assert!(product(1, u64::MAX, 1 << 20).is_err());
    }
}
