//! Magnitude long division (Knuth's algorithm D, TAOCP vol. 2 §4.3.1): quotient digits are
//! estimated from the top two limbs of the running remainder and the top limb of the
//! normalized divisor, corrected at most twice, then confirmed by a multiply-subtract.

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
    let shift = b.last().map_or(0, |top| top.leading_zeros() as usize);
    let v = mag::shl(b, shift);
    let mut u = mag::shl(a, shift);
    u.resize(a.len() + 1, 0);
    let n = v.len();
    let m = a.len() - n;
    let mut q = vec![0u32; m + 1];
    let vtop = v[n - 1] as u64;
    let vnext = v[n - 2] as u64;
    for j in (0..=m).rev() {
        let num = ((u[j + n] as u64) << 32) | u[j + n - 1] as u64;
        let mut qhat = num / vtop;
        let mut rhat = num % vtop;
        while qhat > u32::MAX as u64 || qhat * vnext > ((rhat << 32) | u[j + n - 2] as u64) {
            qhat -= 1;
            rhat += vtop;
            if rhat > u32::MAX as u64 {
                break;
            }
        }
        if mul_sub(&mut u[j..=j + n], &v, qhat as u32) {
            qhat -= 1;
            let carry = mag::add_into(&mut u[j..j + n], &v);
            u[j + n] = u[j + n].wrapping_add(carry as u32);
        }
        q[j] = qhat as u32;
    }
    mag::normalize(&mut q);
    u.truncate(n);
    mag::normalize(&mut u);
    (q, mag::shr(&u, shift))
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
