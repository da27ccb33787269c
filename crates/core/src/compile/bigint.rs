//! Arbitrary-precision integers for constant folding, with Python semantics (floor division,
//! modulo with the divisor's sign, bitwise operators on two's complement of unbounded width),
//! so `2 ** 100 - 1` or `(1 << 70) & -5` fold to what MicroPython's multi-precision ints give.
//!
//! Magnitudes are 32-bit digits, least significant first, as MicroPython's `mpz` stores them
//! on 64-bit hosts (and as the run-time ints do, which convert to float).

use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;
use core::cmp::Ordering;

/// Largest result folded, in bits (bigger constants are left to run time).
const MAX_BITS: usize = 1 << 16;

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct BigInt {
    neg: bool,
    /// Little-endian digits without trailing zeros; zero is empty and never negative.
    mag: Vec<u32>,
}

impl BigInt {
    pub fn from_i64(v: i64) -> BigInt {
        let mut mag = Vec::new();
        let mut u = v.unsigned_abs();
        while u != 0 {
            mag.push(u as u32);
            u >>= 32;
        }
        BigInt { neg: v < 0, mag }
    }

    /// Parses optional `-` and decimal digits.
    pub fn parse(text: &str) -> Option<BigInt> {
        let (neg, digits) = match text.strip_prefix('-') {
            Some(d) => (true, d),
            None => (false, text),
        };
        if digits.is_empty() {
            return None;
        }
        let mut mag = Vec::new();
        for b in digits.bytes() {
            if !b.is_ascii_digit() {
                return None;
            }
            mag_mul_small_add(&mut mag, 10, (b - b'0') as u32);
        }
        Some(BigInt::new(neg, mag))
    }

    fn new(neg: bool, mut mag: Vec<u32>) -> BigInt {
        while mag.last() == Some(&0) {
            mag.pop();
        }
        BigInt { neg: neg && !mag.is_empty(), mag }
    }

    pub fn is_zero(&self) -> bool {
        self.mag.is_empty()
    }

    pub fn is_negative(&self) -> bool {
        self.neg
    }

    pub fn bits(&self) -> usize {
        match self.mag.last() {
            Some(&top) => (self.mag.len() - 1) * 32 + 32 - top.leading_zeros() as usize,
            None => 0,
        }
    }

    /// The value if it fits an `i64`.
    pub fn to_i64(&self) -> Option<i64> {
        if self.mag.len() > 2 {
            return None;
        }
        let u = self.mag.iter().rev().fold(0u64, |acc, &d| (acc << 32) | d as u64);
        if self.neg {
            if u <= 1 << 63 {
                Some((u as i64).wrapping_neg())
            } else {
                None
            }
        } else {
            i64::try_from(u).ok()
        }
    }

    /// Decimal text with a leading `-` if negative.
    pub fn to_decimal(&self) -> String {
        if self.is_zero() {
            return String::from("0");
        }
        let mut chunks = Vec::new();
        let mut mag = self.mag.clone();
        while !mag.is_empty() {
            chunks.push(mag_div_small(&mut mag, 1_000_000_000));
        }
        let mut s = String::new();
        if self.neg {
            s.push('-');
        }
        let mut first = true;
        for c in chunks.iter().rev() {
            let part = alloc::format!("{c}");
            if !first {
                for _ in part.len()..9 {
                    s.push('0');
                }
            }
            s.push_str(&part);
            first = false;
        }
        s
    }

    /// The float MicroPython makes of it: digits accumulated from the most significant.
    /// The same value as a run-time [`crate::num::BigInt`] (same digit layout), for the
    /// float conversions that must round exactly as the VM does.
    pub fn to_num(&self) -> crate::num::BigInt {
        crate::num::BigInt::from_parts(self.neg, self.mag.clone())
    }

    pub fn neg(&self) -> BigInt {
        BigInt::new(!self.neg, self.mag.clone())
    }

    pub fn add(&self, o: &BigInt) -> BigInt {
        if self.neg == o.neg {
            return BigInt::new(self.neg, mag_add(&self.mag, &o.mag));
        }
        match mag_cmp(&self.mag, &o.mag) {
            Ordering::Less => BigInt::new(o.neg, mag_sub(&o.mag, &self.mag)),
            _ => BigInt::new(self.neg, mag_sub(&self.mag, &o.mag)),
        }
    }

    pub fn sub(&self, o: &BigInt) -> BigInt {
        self.add(&o.neg())
    }

    pub fn mul(&self, o: &BigInt) -> Option<BigInt> {
        if self.bits() + o.bits() > MAX_BITS {
            return None;
        }
        Some(BigInt::new(self.neg != o.neg, mag_mul(&self.mag, &o.mag)))
    }

    /// Floor division and Python modulo; `None` for division by zero.
    pub fn divmod(&self, o: &BigInt) -> Option<(BigInt, BigInt)> {
        if o.is_zero() {
            return None;
        }
        let (q, r) = mag_divmod(&self.mag, &o.mag);
        let mut q = BigInt::new(self.neg != o.neg, q);
        let mut r = BigInt::new(self.neg, r);
        if !r.is_zero() && self.neg != o.neg {
            q = q.sub(&BigInt::from_i64(1));
            r = r.add(o);
        }
        Some((q, r))
    }

    pub fn pow(&self, mut e: u64) -> Option<BigInt> {
        if (self.bits() as u64).saturating_mul(e) > MAX_BITS as u64 {
            return None;
        }
        let mut result = BigInt::from_i64(1);
        let mut base = self.clone();
        while e > 0 {
            if e & 1 == 1 {
                result = result.mul(&base)?;
            }
            e >>= 1;
            if e > 0 {
                base = base.mul(&base)?;
            }
        }
        Some(result)
    }

    pub fn shl(&self, n: u64) -> Option<BigInt> {
        if self.is_zero() {
            return Some(self.clone());
        }
        let n = usize::try_from(n).ok().filter(|&n| self.bits() + n <= MAX_BITS)?;
        let mut mag = vec![0u32; n / 32];
        let bit = n % 32;
        let mut carry = 0u32;
        for &d in &self.mag {
            if bit == 0 {
                mag.push(d);
            } else {
                mag.push((d << bit) | carry);
                carry = d >> (32 - bit);
            }
        }
        if carry != 0 {
            mag.push(carry);
        }
        Some(BigInt::new(self.neg, mag))
    }

    /// Arithmetic shift right (floor for negative values).
    pub fn shr(&self, n: u64) -> BigInt {
        if self.neg {
            // floor(x / 2^n) = -((|x| - 1) >> n) - 1 for negative x.
            let one = BigInt::from_i64(1);
            return self.neg().sub(&one).shr_mag(n).neg().sub(&one);
        }
        self.shr_mag(n)
    }

    fn shr_mag(&self, n: u64) -> BigInt {
        let words = usize::try_from(n / 32).unwrap_or(usize::MAX);
        if words >= self.mag.len() {
            return BigInt::from_i64(0);
        }
        let bit = (n % 32) as u32;
        let src = &self.mag[words..];
        let mut mag = Vec::with_capacity(src.len());
        for i in 0..src.len() {
            let lo = src[i] >> bit;
            let hi = if bit == 0 { 0 } else { src.get(i + 1).map_or(0, |&h| h << (32 - bit)) };
            mag.push(lo | hi);
        }
        BigInt::new(self.neg, mag)
    }

    /// `&`, `|` or `^` on two's complement of unbounded width.
    pub fn bitwise(&self, o: &BigInt, op: fn(u32, u32) -> u32) -> BigInt {
        let len = self.mag.len().max(o.mag.len()) + 1;
        let a = self.twos(len);
        let b = o.twos(len);
        let r: Vec<u32> = a.iter().zip(&b).map(|(&x, &y)| op(x, y)).collect();
        BigInt::from_twos(r)
    }

    fn twos(&self, len: usize) -> Vec<u32> {
        let mut w: Vec<u32> = (0..len).map(|i| self.mag.get(i).copied().unwrap_or(0)).collect();
        if self.neg {
            let mut carry = 1u64;
            for d in w.iter_mut() {
                let v = (!*d) as u64 + carry;
                *d = v as u32;
                carry = v >> 32;
            }
        }
        w
    }

    fn from_twos(mut w: Vec<u32>) -> BigInt {
        let neg = w.last().is_some_and(|&top| top & 0x8000_0000 != 0);
        if neg {
            let mut carry = 1u64;
            for d in w.iter_mut() {
                let v = (!*d) as u64 + carry;
                *d = v as u32;
                carry = v >> 32;
            }
        }
        BigInt::new(neg, w)
    }
}

fn mag_cmp(a: &[u32], b: &[u32]) -> Ordering {
    a.len().cmp(&b.len()).then_with(|| a.iter().rev().cmp(b.iter().rev()))
}

fn mag_add(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut out = Vec::with_capacity(a.len().max(b.len()) + 1);
    let mut carry = 0u64;
    for i in 0..a.len().max(b.len()) {
        let v = *a.get(i).unwrap_or(&0) as u64 + *b.get(i).unwrap_or(&0) as u64 + carry;
        out.push(v as u32);
        carry = v >> 32;
    }
    if carry != 0 {
        out.push(carry as u32);
    }
    out
}

/// `a - b` for `a >= b`.
fn mag_sub(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut out = Vec::with_capacity(a.len());
    let mut borrow = 0i64;
    for (i, &x) in a.iter().enumerate() {
        let mut v = x as i64 - *b.get(i).unwrap_or(&0) as i64 - borrow;
        borrow = 0;
        if v < 0 {
            v += 1 << 32;
            borrow = 1;
        }
        out.push(v as u32);
    }
    out
}

fn mag_mul(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut out = vec![0u32; a.len() + b.len()];
    for (i, &x) in a.iter().enumerate() {
        let mut carry = 0u64;
        for (j, &y) in b.iter().enumerate() {
            let v = out[i + j] as u64 + x as u64 * y as u64 + carry;
            out[i + j] = v as u32;
            carry = v >> 32;
        }
        out[i + b.len()] = carry as u32;
    }
    out
}

fn mag_mul_small_add(mag: &mut Vec<u32>, m: u32, add: u32) {
    let mut carry = add as u64;
    for d in mag.iter_mut() {
        let v = *d as u64 * m as u64 + carry;
        *d = v as u32;
        carry = v >> 32;
    }
    if carry != 0 {
        mag.push(carry as u32);
    }
}

/// Divides in place by a small divisor, returning the remainder.
fn mag_div_small(mag: &mut Vec<u32>, d: u32) -> u32 {
    let mut rem = 0u64;
    for x in mag.iter_mut().rev() {
        let v = (rem << 32) | *x as u64;
        *x = (v / d as u64) as u32;
        rem = v % d as u64;
    }
    while mag.last() == Some(&0) {
        mag.pop();
    }
    rem as u32
}

/// Truncating division of magnitudes (`b` non-zero), bit by bit.
fn mag_divmod(a: &[u32], b: &[u32]) -> (Vec<u32>, Vec<u32>) {
    if mag_cmp(a, b) == Ordering::Less {
        return (Vec::new(), a.to_vec());
    }
    let mut q = vec![0u32; a.len()];
    let mut r: Vec<u32> = Vec::new();
    for i in (0..a.len() * 32).rev() {
        // r = r * 2 + bit i of a
        let mut carry = (a[i / 32] >> (i % 32)) & 1;
        for d in r.iter_mut() {
            let top = *d >> 31;
            *d = (*d << 1) | carry;
            carry = top;
        }
        if carry != 0 {
            r.push(carry);
        }
        if mag_cmp(&r, b) != Ordering::Less {
            r = mag_sub(&r, b);
            while r.last() == Some(&0) {
                r.pop();
            }
            q[i / 32] |= 1 << (i % 32);
        }
    }
    (q, r)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b(s: &str) -> BigInt {
        BigInt::parse(s).unwrap()
    }

    #[test]
    fn arithmetic_matches_python() {
        let two_100 = BigInt::from_i64(2).pow(100).unwrap();
        assert_eq!(two_100.to_decimal(), "1267650600228229401496703205376");
        assert_eq!(two_100.sub(&BigInt::from_i64(1)).to_decimal(), "1267650600228229401496703205375");
        let (q, r) = b("-1267650600228229401496703205376").divmod(&b("7")).unwrap();
        assert_eq!(
            (q.to_decimal().as_str(), r.to_decimal().as_str()),
            ("-181092942889747057356671886483", "5")
        );
        assert_eq!(
            b("12345678901234567890").mul(&b("98765432109876543210")).unwrap().to_decimal(),
            "1219326311370217952237463801111263526900"
        );
        assert_eq!(b("-5").shr(1).to_decimal(), "-3");
        assert_eq!(
            BigInt::from_i64(1).shl(70).unwrap().bitwise(&b("-5"), |x, y| x & y).to_decimal(),
            "1180591620717411303424"
        );
        assert_eq!(
            b("-1").bitwise(&b("340282366920938463463374607431768211456"), |x, y| x ^ y).to_decimal(),
            "-340282366920938463463374607431768211457"
        );
        assert_eq!(b("0").to_decimal(), "0");
        assert_eq!(b("-9223372036854775808").to_i64(), Some(i64::MIN));
        assert_eq!(b("9223372036854775808").to_i64(), None);
        assert_eq!(b("-18446744073709551617").to_num().to_f64(), Ok(-18446744073709551616.0));
        assert!(BigInt::from_i64(2).pow(1 << 20).is_none());
        assert!(b("1").divmod(&b("0")).is_none());
    }
}
