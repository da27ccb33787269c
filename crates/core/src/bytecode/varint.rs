//! The variable-length integers of `.mpy` files and bytecode arguments: 7 bits per byte,
//! most-significant group first, bit 7 set on every byte but the last.

use alloc::vec::Vec;

/// Appends `v` as a vuint.
pub fn write_uint(out: &mut Vec<u8>, v: usize) {
    let mut groups = [0u8; 10];
    let mut n = 0;
    let mut rest = v;
    loop {
        groups[n] = (rest & 0x7F) as u8;
        n += 1;
        rest >>= 7;
        if rest == 0 {
            break;
        }
    }
    for i in (0..n).rev() {
        out.push(groups[i] | if i > 0 { 0x80 } else { 0 });
    }
}

/// Appends `v` as the signed varint of `LOAD_CONST_SMALL_INT`: two's complement groups,
/// with bit 6 of the first byte giving the sign.
pub fn write_int(out: &mut Vec<u8>, v: i64) {
    let mut groups = [0u8; 10];
    let mut n = 0;
    let mut rest = v;
    loop {
        groups[n] = (rest & 0x7F) as u8;
        n += 1;
        rest >>= 7;
        if rest == 0 || rest == -1 {
            break;
        }
    }
    let top = groups[n - 1];
    if v < 0 && top & 0x40 == 0 {
        groups[n] = 0x7F;
        n += 1;
    } else if v >= 0 && top & 0x40 != 0 {
        groups[n] = 0;
        n += 1;
    }
    for i in (0..n).rev() {
        out.push(groups[i] | if i > 0 { 0x80 } else { 0 });
    }
}

/// Reads a vuint at `*pos`, advancing it. `None` if the data ends first or the value
/// overflows `usize`.
pub fn read_uint(data: &[u8], pos: &mut usize) -> Option<usize> {
    let mut v: usize = 0;
    loop {
        let b = *data.get(*pos)?;
        *pos += 1;
        if v > usize::MAX >> 7 {
            return None;
        }
        v = (v << 7) | (b & 0x7F) as usize;
        if b & 0x80 == 0 {
            return Some(v);
        }
    }
}

/// Reads a signed varint at `*pos`, advancing it. `None` if the data ends first or the value
/// does not fit an `i64`.
pub fn read_int(data: &[u8], pos: &mut usize) -> Option<i64> {
    let first = *data.get(*pos)?;
    let mut v: i64 = if first & 0x40 != 0 { -1 } else { 0 };
    loop {
        let b = *data.get(*pos)?;
        *pos += 1;
        if !(i64::MIN >> 7..=i64::MAX >> 7).contains(&v) {
            return None;
        }
        v = (v << 7) | (b & 0x7F) as i64;
        if b & 0x80 == 0 {
            return Some(v);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn uint(v: usize) -> Vec<u8> {
        let mut out = Vec::new();
        write_uint(&mut out, v);
        out
    }

    fn int(v: i64) -> Vec<u8> {
        let mut out = Vec::new();
        write_int(&mut out, v);
        out
    }

    #[test]
    fn uint_examples_from_the_format() {
        assert_eq!(uint(5), [0x05]);
        assert_eq!(uint(127), [0x7F]);
        assert_eq!(uint(128), [0x81, 0x00]);
        assert_eq!(uint(247), [0x81, 0x77]);
        assert_eq!(uint(284), [0x82, 0x1C]);
        assert_eq!(uint(897), [0x87, 0x01]);
        assert_eq!(uint(0), [0x00]);
    }

    #[test]
    fn int_examples_from_the_format() {
        assert_eq!(int(48), [0x30]);
        assert_eq!(int(64), [0x80, 0x40]);
        assert_eq!(int(-17), [0x6F]);
        assert_eq!(int(-100), [0xFF, 0x1C]);
        assert_eq!(int(1000000), [0xBD, 0x84, 0x40]);
        assert_eq!(int(1073741823), [0x83, 0xFF, 0xFF, 0xFF, 0x7F]);
    }

    #[test]
    fn round_trips() {
        for v in [0i64, 1, -1, 63, 64, -64, -65, 1 << 40, -(1 << 40), i64::MAX, i64::MIN] {
            let bytes = int(v);
            let mut pos = 0;
            assert_eq!(read_int(&bytes, &mut pos), Some(v));
            assert_eq!(pos, bytes.len());
        }
        for v in [0usize, 1, 127, 128, 1 << 20, usize::MAX] {
            let bytes = uint(v);
            let mut pos = 0;
            assert_eq!(read_uint(&bytes, &mut pos), Some(v));
        }
    }

    #[test]
    fn truncated_and_overflowing_input() {
        let mut pos = 0;
        assert_eq!(read_uint(&[0x81], &mut pos), None);
        let mut pos = 0;
        assert_eq!(read_uint(&[0xFF; 12], &mut pos), None);
        let mut pos = 0;
        assert_eq!(read_int(&[0xBF; 12], &mut pos), None);
    }
}
