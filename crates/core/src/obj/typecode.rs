//! Typecodes of `array`, `memoryview` and `struct` items (`b B h H i I l L q Q f d`, plus the
//! `struct`-only `x c ? e s P n N`): their sizes in the native layout (the C types of the
//! target, as MicroPython's `@` mode) and in the standard one (`<`, `>`, `=`, `!`), and the
//! conversion of one item between bytes and a Python value.
//!
//! Storing converts the value first (`encode`, which may call Python code such as `__index__`)
//! and writes the bytes afterwards (`write`), so no borrowed buffer is held across a call.
//! Ints that do not fit are truncated to the item's width, as MicroPython 1.x does.

use core::ffi::{c_int, c_long, c_longlong, c_short};
use core::mem::{align_of, size_of};

use super::{bytes, float, int};
use crate::num::half;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Size and alignment of an item in the native layout; `None` for an unknown typecode.
pub fn native_size(tc: u8) -> Option<(usize, usize)> {
    Some(match tc {
        b'b' | b'B' | b'c' | b'?' | b'x' | b's' => (1, 1),
        b'h' | b'H' => (size_of::<c_short>(), align_of::<c_short>()),
        b'i' | b'I' => (size_of::<c_int>(), align_of::<c_int>()),
        b'l' | b'L' => (size_of::<c_long>(), align_of::<c_long>()),
        b'q' | b'Q' => (size_of::<c_longlong>(), align_of::<c_longlong>()),
        b'P' | b'n' | b'N' => (size_of::<usize>(), align_of::<usize>()),
        b'e' => (2, 2),
        b'f' => (4, align_of::<f32>()),
        b'd' => (8, align_of::<f64>()),
        _ => return None,
    })
}

/// Size of an item in the standard layout (no alignment); `None` for an unknown typecode or
/// one that only exists natively (`n`, `N`).
pub fn standard_size(tc: u8) -> Option<usize> {
    Some(match tc {
        b'b' | b'B' | b'c' | b'?' | b'x' | b's' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'l' | b'L' | b'f' => 4,
        b'q' | b'Q' | b'd' => 8,
        b'P' => size_of::<usize>(),
        _ => return None,
    })
}

/// Whether the typecode is one an `array` may have.
pub fn is_array_typecode(tc: u8) -> bool {
    matches!(tc, b'b' | b'B' | b'h' | b'H' | b'i' | b'I' | b'l' | b'L' | b'q' | b'Q' | b'f' | b'd')
}

fn is_signed(tc: u8) -> bool {
    matches!(tc, b'b' | b'h' | b'i' | b'l' | b'q' | b'n')
}

fn is_float(tc: u8) -> bool {
    matches!(tc, b'e' | b'f' | b'd')
}

/// Reads an unsigned integer of `src.len()` (at most 8) bytes.
fn read_uint(src: &[u8], big_endian: bool) -> u64 {
    let fold = |acc: u64, &b: &u8| (acc << 8) | b as u64;
    if big_endian {
        src.iter().fold(0, fold)
    } else {
        src.iter().rev().fold(0, fold)
    }
}

/// Writes the low `dst.len()` (at most 8) bytes of `bits`.
pub fn write(bits: u64, dst: &mut [u8], big_endian: bool) {
    let n = dst.len();
    for (i, d) in dst.iter_mut().enumerate() {
        let shift = if big_endian { (n - 1 - i) * 8 } else { i * 8 };
        *d = if shift < 64 { (bits >> shift) as u8 } else { 0 };
    }
}

/// The value of the item `tc` stored in `src` (exactly the item's size).
pub fn load(vm: &mut Vm, tc: u8, src: &[u8], big_endian: bool) -> PyResult<Value> {
    let bits = read_uint(src, big_endian);
    match tc {
        b'e' => float::new(vm, half::to_f64(bits as u16)),
        b'f' => float::new(vm, f32::from_bits(bits as u32) as f64),
        b'd' => float::new(vm, f64::from_bits(bits)),
        b'?' => Ok(Value::from_bool(bits != 0)),
        b'c' => bytes::new(vm, src),
        _ if is_signed(tc) => {
            let unused = 64 - 8 * src.len() as u32;
            int::from_i64(vm, ((bits << unused) as i64) >> unused)
        }
        _ => int::from_u64(vm, bits),
    }
}

/// An item's numeric value, decoded without allocating (for comparisons).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Num {
    Int(i128),
    Float(f64),
}

impl PartialOrd for Num {
    fn partial_cmp(&self, other: &Num) -> Option<core::cmp::Ordering> {
        match (*self, *other) {
            (Num::Int(a), Num::Int(b)) => Some(a.cmp(&b)),
            (Num::Int(a), Num::Float(b)) => (a as f64).partial_cmp(&b),
            (Num::Float(a), Num::Int(b)) => a.partial_cmp(&(b as f64)),
            (Num::Float(a), Num::Float(b)) => a.partial_cmp(&b),
        }
    }
}

/// The numeric value of the native-order item `tc` stored in `src`.
pub fn number(tc: u8, src: &[u8]) -> Num {
    let bits = read_uint(src, cfg!(target_endian = "big"));
    match tc {
        b'e' => Num::Float(half::to_f64(bits as u16)),
        b'f' => Num::Float(f32::from_bits(bits as u32) as f64),
        b'd' => Num::Float(f64::from_bits(bits)),
        _ if is_signed(tc) && !src.is_empty() => {
            let unused = 64 - 8 * src.len().min(8) as u32;
            Num::Int((((bits << unused) as i64) >> unused) as i128)
        }
        _ => Num::Int(bits as i128),
    }
}

/// The low 64 bits of an int in two's complement (MicroPython's truncating conversion).
pub fn truncated_bits(vm: &mut Vm, v: Value) -> PyResult<u64> {
    if let Some(n) = v.small_int_value() {
        return Ok(n as i64 as u64);
    }
    match int::as_int(vm, v) {
        Some(int::Int::Small(n)) => Ok(n as u64),
        Some(int::Int::Big(b)) => {
            let (neg, mag) = b.parts();
            let lo =
                mag.first().copied().unwrap_or(0) as u64 | (mag.get(1).copied().unwrap_or(0) as u64) << 32;
            Ok(if neg { lo.wrapping_neg() } else { lo })
        }
        None => Ok(vm.to_i64(v)? as u64),
    }
}

/// The bits an item `tc` stores for value `v` (see [`write`]).
pub fn encode(vm: &mut Vm, tc: u8, v: Value) -> PyResult<u64> {
    if is_float(tc) {
        let f = vm.to_f64(v)?;
        return match tc {
            b'e' => match half::from_f64(f) {
                Some(h) => Ok(h as u64),
                None => Err(vm.overflow_error("float too large to pack with e format")),
            },
            b'f' => Ok((f as f32).to_bits() as u64),
            _ => Ok(f.to_bits()),
        };
    }
    match tc {
        b'?' => Ok(vm.is_true(v)? as u64),
        b'c' => match vm.bytes_of(v) {
            Some(&[b]) => Ok(b as u64),
            _ => Err(vm.type_error("char format requires a bytes object of length 1")),
        },
        _ => truncated_bits(vm, v),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_match_the_c_types_of_a_64_bit_unix_target() {
        assert_eq!(native_size(b'b'), Some((1, 1)));
        assert_eq!(native_size(b'h'), Some((2, 2)));
        assert_eq!(native_size(b'i'), Some((4, 4)));
        assert_eq!(native_size(b'q'), Some((8, 8)));
        #[cfg(all(target_pointer_width = "64", unix))]
        assert_eq!(native_size(b'l'), Some((8, 8)));
        assert_eq!(standard_size(b'l'), Some(4));
        assert_eq!(standard_size(b'n'), None);
        assert_eq!(native_size(b'z'), None);
    }

    #[test]
    fn integers_round_trip_in_both_byte_orders() {
        let mut buf = [0u8; 4];
        write(0x0102_0304, &mut buf, true);
        assert_eq!(buf, [1, 2, 3, 4]);
        assert_eq!(read_uint(&buf, true), 0x0102_0304);
        write(0x0102_0304, &mut buf, false);
        assert_eq!(buf, [4, 3, 2, 1]);
        assert_eq!(read_uint(&buf, false), 0x0102_0304);
        let mut one = [0u8; 1];
        write(-56i64 as u64, &mut one, false);
        assert_eq!(one, [200]);
    }
}
