//! Property tests of the limb algorithms on operands built to hit their corner cases (runs of
//! all-ones and all-zeros limbs, top bits set, sizes around the Karatsuba threshold), and the
//! size limits.

use super::{div, mag, mul, BigInt, IntPow, KARATSUBA_THRESHOLD};
use crate::num::NumError;
use std::vec;
use std::vec::Vec;

/// xorshift64*: deterministic operands without a dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn limbs(&mut self, len: usize) -> Vec<u32> {
        let mut v: Vec<u32> = (0..len)
            .map(|_| match self.below(6) {
                0 => 0,
                1 => u32::MAX,
                2 => 0x8000_0000,
                3 => 1,
                _ => self.next() as u32,
            })
            .collect();
        mag::normalize(&mut v);
        v
    }

    fn bigint(&mut self, max_limbs: usize) -> BigInt {
        let len = self.below(max_limbs as u64 + 1) as usize;
        BigInt::from_parts(self.below(2) == 0, self.limbs(len))
    }
}

fn naive_mul(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut out = vec![0u32; a.len() + b.len()];
    for (i, &x) in a.iter().enumerate() {
        let mut carry = 0u64;
        for (j, &y) in b.iter().enumerate() {
            let t = x as u64 * y as u64 + out[i + j] as u64 + carry;
            out[i + j] = t as u32;
            carry = t >> 32;
        }
        out[i + b.len()] = carry as u32;
    }
    mag::normalize(&mut out);
    out
}

#[test]
fn karatsuba_agrees_with_schoolbook() {
    let mut rng = Rng(0x1234_5678_9abc_def1);
    let sizes = [1, 2, KARATSUBA_THRESHOLD - 1, KARATSUBA_THRESHOLD, KARATSUBA_THRESHOLD + 1, 97, 130, 257];
    for &la in &sizes {
        for &lb in &sizes {
            let a = rng.limbs(la);
            let b = rng.limbs(lb);
            assert_eq!(mul::mul(&a, &b), naive_mul(&a, &b), "sizes {la} x {lb}");
        }
    }
    let ones = vec![u32::MAX; 300];
    assert_eq!(mul::mul(&ones, &ones), naive_mul(&ones, &ones));
}

#[test]
fn division_identity_holds() {
    let mut rng = Rng(0x0bad_cafe_f00d_1234);
    for _ in 0..3000 {
        let (la, lb) = (rng.below(40) as usize + 1, rng.below(20) as usize + 1);
        let a = rng.limbs(la);
        let mut b = rng.limbs(lb);
        if b.is_empty() {
            b.push(3);
        }
        let (q, r) = div::divrem(&a, &b);
        assert_eq!(mag::cmp(&r, &b), core::cmp::Ordering::Less);
        assert_eq!(mag::add(&mul::mul(&q, &b), &r), a, "a={a:x?} b={b:x?}");
    }
}

#[test]
fn division_by_divisors_far_from_normalized() {
    // Divisors whose top limb is small need the widest on-the-fly normalization shifts.
    let mut rng = Rng(0x5eed_0fd1_0150_9500);
    for shift in 0..32 {
        for _ in 0..60 {
            let lb = rng.below(6) as usize + 2;
            let mut b = rng.limbs(lb - 1);
            b.resize(lb - 1, 0);
            let top = (u32::MAX >> shift).max(2) - rng.below(2) as u32;
            b.push(top);
            let la = lb + rng.below(5) as usize;
            let a = rng.limbs(la);
            let (q, r) = div::divrem(&a, &b);
            assert_eq!(mag::cmp(&r, &b), core::cmp::Ordering::Less, "a={a:x?} b={b:x?}");
            assert_eq!(mag::add(&mul::mul(&q, &b), &r), a, "a={a:x?} b={b:x?}");
        }
    }
    // The add-back case below, scaled down: the same digits, now unnormalized.
    for shift in 1..32 {
        let a = mag::shr(&[0, 0, 0x8000_0000, 0x7fff_ffff], shift);
        let b = mag::shr(&[1, 0, 0x8000_0000], shift);
        let (q, r) = div::divrem(&a, &b);
        assert_eq!(mag::add(&mul::mul(&q, &b), &r), a);
        assert_eq!(mag::cmp(&r, &b), core::cmp::Ordering::Less);
    }
}

#[test]
fn division_add_back_case() {
    // The estimated quotient digit is one too large here and must be corrected by adding back.
    let a = [0, 0, 0x8000_0000, 0x7fff_ffff];
    let b = [1, 0, 0x8000_0000];
    let (q, r) = div::divrem(&a, &b);
    assert_eq!(mag::add(&mul::mul(&q, &b), &r), a.to_vec());
    assert_eq!(mag::cmp(&r, &b), core::cmp::Ordering::Less);
}

#[test]
fn signed_operations_are_consistent() {
    let mut rng = Rng(0x5eed_5eed_5eed_5eed);
    for _ in 0..1500 {
        let a = rng.bigint(12);
        let b = rng.bigint(6);
        assert_eq!(a.add(&b).sub(&b), a);
        if !b.is_zero() {
            let (q, r) = a.divmod(&b).unwrap();
            assert_eq!(q.mul(&b, usize::MAX).unwrap().add(&r), a);
            assert!(r.is_zero() || r.is_negative() == b.is_negative());
        }
        let s = rng.below(100) as i64;
        let shifted = a.shl(s, usize::MAX).unwrap();
        assert_eq!(shifted.shr(s).unwrap(), a);
        let pow2 = BigInt::from(1i64).shl(s, usize::MAX).unwrap();
        assert_eq!(a.shr(s).unwrap(), a.floor_div(&pow2).unwrap());
        assert_eq!(a.bitxor(&b).bitxor(&b), a);
        assert_eq!(a.bitand(&b).add(&a.bitor(&b)), a.add(&b));
        assert_eq!(a.invert().invert(), a);
        assert_eq!(
            BigInt::from_bytes(
                &a.to_bytes(60, super::ByteOrder::Little, true).unwrap(),
                super::ByteOrder::Little,
                true
            ),
            a
        );
    }
}

#[test]
fn machine_int_round_trips() {
    for v in [0i64, 1, -1, i64::MAX, i64::MIN, 1 << 32, -(1 << 32)] {
        assert_eq!(BigInt::from(v).to_i64(), Some(v));
    }
    for v in [0i128, i128::MAX, i128::MIN, -1] {
        assert_eq!(BigInt::from(v).to_i128(), Some(v));
    }
    assert_eq!(BigInt::from(u64::MAX).to_u64(), Some(u64::MAX));
    assert_eq!(BigInt::from(u64::MAX).to_i64(), None);
    assert_eq!(BigInt::from(-1i64).to_u64(), None);
    assert_eq!(BigInt::from(i64::MIN).sub(&BigInt::from(1i64)).to_i64(), None);
}

#[test]
fn huge_results_fail_fast() {
    let ten = BigInt::from(10i64);
    let exp = BigInt::from(10_000_000_000i64);
    assert_eq!(ten.pow(&exp, 1 << 20), Err(NumError::TooBig));
    assert_eq!(ten.pow(&ten.pow_u64(30, usize::MAX).unwrap(), usize::MAX), Err(NumError::TooBig));
    assert_eq!(BigInt::from(1i64).shl(1_000_000_000_000, 1 << 20), Err(NumError::TooBig));
    assert_eq!(BigInt::from(1i64).shl(i64::MAX, 1 << 20), Err(NumError::TooBig));
    assert_eq!(BigInt::zero().shl(i64::MAX, 1), Ok(BigInt::zero()));
    assert_eq!(BigInt::from(-1i64).shr(i64::MAX), Ok(BigInt::from(-1i64)));
    let big = BigInt::from(1i64).shl(64 * 32, usize::MAX).unwrap();
    assert_eq!(big.mul(&big, 100), Err(NumError::TooBig));
    // 0, 1 and -1 to any power stay small.
    assert_eq!(BigInt::from(-1i64).pow(&exp, 1), Ok(IntPow::Int(BigInt::from(1i64))));
    assert_eq!(BigInt::zero().pow(&BigInt::zero(), 1), Ok(IntPow::Int(BigInt::from(1i64))));
}

#[test]
fn errors_use_cpython_messages() {
    let one = BigInt::from(1i64);
    let zero = BigInt::zero();
    assert_eq!(one.floor_div(&zero), Err(NumError::ZeroDivision("integer division or modulo by zero")));
    assert_eq!(one.modulo(&zero), Err(NumError::ZeroDivision("integer modulo by zero")));
    assert_eq!(one.true_div(&zero), Err(NumError::ZeroDivision("division by zero")));
    assert_eq!(one.shl(-1, 10), Err(NumError::Value("negative shift count")));
    assert_eq!(one.pow_mod(&one, &zero), Err(NumError::Value("pow() 3rd argument cannot be 0")));
    assert_eq!(
        BigInt::from(2i64).pow_mod(&BigInt::from(-1i64), &BigInt::from(4i64)),
        Err(NumError::Value("base is not invertible for the given modulus"))
    );
    assert_eq!(
        zero.pow(&BigInt::from(-1i64), 10),
        Err(NumError::ZeroDivision("0.0 cannot be raised to a negative power"))
    );
    assert_eq!(BigInt::from_f64(f64::NAN), Err(NumError::Value("cannot convert float NaN to integer")));
    assert_eq!(
        BigInt::from_f64(f64::NEG_INFINITY),
        Err(NumError::Overflow("cannot convert float infinity to integer"))
    );
}

/// Times products at several sizes for several thresholds; run with
/// `cargo test -p ferropy-core bench_karatsuba_threshold -- --ignored --nocapture`.
#[test]
#[ignore]
fn bench_karatsuba_threshold() {
    let mut rng = Rng(42);
    for size in [32usize, 48, 64, 96, 128, 256, 1040] {
        let a: Vec<u32> = (0..size).map(|_| rng.next() as u32 | 1).collect();
        let b: Vec<u32> = (0..size).map(|_| rng.next() as u32 | 1).collect();
        let reps = (2_000_000 / (size * size)).max(3) as u32;
        let mut line = std::format!("{size:5} limbs:");
        for threshold in [16usize, 24, 32, 40, 48, 64, 96, usize::MAX] {
            let t = std::time::Instant::now();
            for _ in 0..reps {
                core::hint::black_box(mul::mul_with_threshold(&a, &b, threshold));
            }
            line += &std::format!(" t={threshold}: {:?}", t.elapsed() / reps);
        }
        std::println!("{line}");
    }
}
