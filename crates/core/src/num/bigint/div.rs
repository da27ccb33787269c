//! Magnitude long division (Knuth's algorithm D, TAOCP vol. 2 §4.3.1): quotient digits are
//! estimated from the top two limbs of the running remainder and the top limb of the
//! normalized divisor, corrected at most twice, then confirmed by a multiply-subtract.
//!
//! The operands are not shifted to normalize them: the few top limbs the estimates need are
//! normalized as they are read, and the multiply-subtract works on the unshifted values
//! (scaling both operands by the same power of two changes neither the quotient digits nor
//! the remainder's sign). That saves two shifted copies and the shift back of the remainder,
//! which dominated divisions with short quotients (`pidigits` divides numbers of thousands of
//! digits to get one).

use super::mag;
use alloc::vec;
use alloc::vec::Vec;
use core::cmp::Ordering;

/// `(a / b, a % b)` for normalized magnitudes, `b` non-empty (non-zero).
pub fn divrem(a: &[u32], b: &[u32]) -> (Vec<u32>, Vec<u32>) {
    if mag::cmp(a, b) == Ordering::Less {
        return (Vec::new(), a.to_vec());
    }
    if let [d] = *b {
        let mut q = a.to_vec();
        let r = mag::divrem_small(&mut q, d);
        return (q, mag::from_u64(r as u64));
    }
    let n = b.len();
    let m = a.len() - n;
    let shift = b[n - 1].leading_zeros();
    // Limb k of `x` shifted left by `shift` bits (limbs below 0 read as 0).
    let normalized = |x: &[u32], k: usize| -> u64 {
        let low = if k > 0 { x[k - 1] } else { 0 };
        if shift == 0 {
            x[k] as u64
        } else {
            ((x[k] << shift) | (low >> (32 - shift))) as u64
        }
    };
    let vtop = normalized(b, n - 1);
    let vnext = normalized(b, n - 2);
    let mut u = Vec::with_capacity(a.len() + 1);
    u.extend_from_slice(a);
    u.push(0);
    let mut q = vec![0u32; m + 1];
    for j in (0..=m).rev() {
        // The remainder is below b * 2^(32 * (j + 1)), so no bits of u[j + n] shift out of
        // the normalized window.
        let num = normalized(&u, j + n) << 32 | normalized(&u, j + n - 1);
        let below = normalized(&u, j + n - 2);
        let mut qhat = num / vtop;
        let mut rhat = num % vtop;
        while qhat > u32::MAX as u64 || qhat * vnext > ((rhat << 32) | below) {
            qhat -= 1;
            rhat += vtop;
            if rhat > u32::MAX as u64 {
                break;
            }
        }
        if mul_sub(&mut u[j..=j + n], b, qhat as u32) {
            qhat -= 1;
            let carry = mag::add_into(&mut u[j..j + n], b);
            u[j + n] = u[j + n].wrapping_add(carry as u32);
        }
        q[j] = qhat as u32;
    }
    mag::normalize(&mut q);
    u.truncate(n);
    mag::normalize(&mut u);
    (q, u)
}

/// `u -= q * v` where `u` has `v.len() + 1` limbs; returns true when the result went negative.
fn mul_sub(u: &mut [u32], v: &[u32], q: u32) -> bool {
    let mut carry = 0u64;
    // 0 or -1: the borrow out of the previous limb.
    let mut borrow = 0i64;
    for (ui, &vi) in u.iter_mut().zip(v) {
        let p = q as u64 * vi as u64 + carry;
        carry = p >> 32;
        let t = *ui as i64 - (p as u32) as i64 + borrow;
        *ui = t as u32;
        borrow = t >> 32;
    }
    let last = v.len();
    let t = u[last] as i64 - carry as i64 + borrow;
    u[last] = t as u32;
    t < 0
}
