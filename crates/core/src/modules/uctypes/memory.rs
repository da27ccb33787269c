//! Access to memory at raw addresses: the only `unsafe` of `uctypes`.
//!
//! # Contract
//! `uctypes` reads and writes whatever address a program gives it, as MicroPython does: the
//! program is responsible for the address pointing to memory it may access for as long as it
//! uses it (a buffer it keeps alive, a hardware register, ...). Memory a collected object used
//! to occupy, or an address that is not mapped, gives garbage or crashes the process exactly
//! as it would in C. This module only refuses the address 0 and ranges that wrap around the
//! address space, which are never valid.
//!
//! Scalars are read and written with one access of their width when the address is aligned
//! for it (what memory-mapped registers need), byte by byte otherwise.

use alloc::vec::Vec;

use crate::obj::buffer::Buffer;
use crate::vm::{PyResult, Vm};

/// Checks that `len` bytes at `addr` form a possible range (see the module documentation).
fn check(vm: &mut Vm, addr: usize, len: usize) -> PyResult<()> {
    if len > 0 && (addr == 0 || addr.checked_add(len).is_none()) {
        return Err(vm.value_error("invalid address"));
    }
    Ok(())
}

/// Copies the `len` bytes at `addr`.
pub fn read_bytes(vm: &mut Vm, addr: usize, len: usize) -> PyResult<Vec<u8>> {
    check(vm, addr, len)?;
    if len > vm.heap.total_bytes() {
        return Err(vm.memory_error(len));
    }
    let mut out = alloc::vec![0u8; len];
    if len > 0 {
        // SAFETY: the caller vouches for `len` readable bytes at `addr` (module contract);
        // `out` is a fresh allocation, so the two do not overlap.
        unsafe { core::ptr::copy_nonoverlapping(addr as *const u8, out.as_mut_ptr(), len) };
    }
    Ok(out)
}

/// Reads an unsigned integer of `size` (1, 2, 4 or 8) bytes at `addr` in native byte order.
pub fn read_uint(vm: &mut Vm, addr: usize, size: usize) -> PyResult<u64> {
    check(vm, addr, size)?;
    let p = addr as *const u8;
    // SAFETY: the caller vouches for `size` readable bytes at `addr` (module contract); the
    // typed volatile reads are used only when `addr` is aligned for the type.
    let value = unsafe {
        match size {
            1 => core::ptr::read_volatile(p) as u64,
            2 if addr % 2 == 0 => core::ptr::read_volatile(p as *const u16) as u64,
            4 if addr % 4 == 0 => core::ptr::read_volatile(p as *const u32) as u64,
            8 if addr % 8 == 0 => core::ptr::read_volatile(p as *const u64),
            _ => {
                let mut bytes = [0u8; 8];
                let n = size.min(8);
                core::ptr::copy_nonoverlapping(p, bytes.as_mut_ptr(), n);
                native_uint(&bytes[..n])
            }
        }
    };
    Ok(value)
}

/// Writes the low `size` (1, 2, 4 or 8) bytes of `value` at `addr` in native byte order.
pub fn write_uint(vm: &mut Vm, addr: usize, size: usize, value: u64) -> PyResult<()> {
    check(vm, addr, size)?;
    let p = addr as *mut u8;
    // SAFETY: the caller vouches for `size` writable bytes at `addr` (module contract); the
    // typed volatile writes are used only when `addr` is aligned for the type.
    unsafe {
        match size {
            1 => core::ptr::write_volatile(p, value as u8),
            2 if addr % 2 == 0 => core::ptr::write_volatile(p as *mut u16, value as u16),
            4 if addr % 4 == 0 => core::ptr::write_volatile(p as *mut u32, value as u32),
            8 if addr % 8 == 0 => core::ptr::write_volatile(p as *mut u64, value),
            _ => {
                let bytes = value.to_ne_bytes();
                let n = size.min(8);
                let start = if cfg!(target_endian = "big") { 8 - n } else { 0 };
                core::ptr::copy_nonoverlapping(bytes[start..].as_ptr(), p, n);
            }
        }
    }
    Ok(())
}

/// The native-order unsigned integer in `bytes` (at most 8).
fn native_uint(bytes: &[u8]) -> u64 {
    let fold = |acc: u64, &b: &u8| (acc << 8) | b as u64;
    if cfg!(target_endian = "big") {
        bytes.iter().fold(0, fold)
    } else {
        bytes.iter().rev().fold(0, fold)
    }
}

/// A writable buffer over the `len` bytes at `addr` (for `bytearray_at` and the buffer
/// protocol of structures).
pub fn buffer(addr: usize, len: usize) -> Buffer {
    if addr == 0 || addr.checked_add(len).is_none() {
        return Buffer::read_only(&[], b'B');
    }
    // SAFETY: the program vouches for the memory (module contract).
    unsafe { Buffer::writable(addr as *mut u8, len, b'B') }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn native_order_matches_the_machine() {
        let x: u32 = 0x1122_3344;
        assert_eq!(native_uint(&x.to_ne_bytes()), 0x1122_3344);
    }
}
