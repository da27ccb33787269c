//! The bytecode prelude at the start of every `fun_data`: signature, size, source info
//! (name, argument names, line table) and closure cells (bytecode.md §5).

use alloc::vec::Vec;

use super::varint;

/// Scope flags stored in the signature.
pub const FLAG_GENERATOR: u8 = 0x01;
pub const FLAG_VARKEYWORDS: u8 = 0x02;
pub const FLAG_VARARGS: u8 = 0x04;
pub const FLAG_DEFKWARGS: u8 = 0x08;

/// The six values packed into the prelude signature.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Signature {
    pub n_state: usize,
    pub n_exc_stack: usize,
    pub scope_flags: u8,
    pub n_pos_args: usize,
    pub n_kwonly_args: usize,
    pub n_def_pos_args: usize,
}

/// Appends the packed signature (`MP_BC_PRELUDE_SIG_ENCODE`).
pub fn write_signature(out: &mut Vec<u8>, sig: &Signature) {
    let mut s = sig.n_state - 1;
    let mut e = sig.n_exc_stack;
    let mut f = (sig.scope_flags & 0x0F) as usize;
    let mut a = sig.n_pos_args;
    let mut k = sig.n_kwonly_args;
    let mut d = sig.n_def_pos_args;
    let mut z = (((s & 0xF) << 3) | ((e & 1) << 2) | (a & 3)) as u8;
    s >>= 4;
    e >>= 1;
    a >>= 2;
    while s | e | f | a | k | d != 0 {
        out.push(z | 0x80);
        z = (((f & 1) << 6) | ((s & 3) << 4) | ((k & 1) << 3) | ((a & 1) << 2) | ((e & 1) << 1) | (d & 1))
            as u8;
        s >>= 2;
        e >>= 1;
        f >>= 1;
        a >>= 1;
        k >>= 1;
        d >>= 1;
    }
    out.push(z);
}

/// Reads a packed signature at `*pos`. `None` if the data ends first or a field overflows.
pub fn read_signature(data: &[u8], pos: &mut usize) -> Option<Signature> {
    let mut z = *data.get(*pos)?;
    *pos += 1;
    let mut s = ((z >> 3) & 0xF) as usize;
    let mut e = ((z >> 2) & 1) as usize;
    let mut f = 0usize;
    let mut a = (z & 3) as usize;
    let mut k = 0usize;
    let mut d = 0usize;
    let mut n = 0u32;
    while z & 0x80 != 0 {
        if n >= 24 {
            return None;
        }
        z = *data.get(*pos)?;
        *pos += 1;
        f |= (((z >> 6) & 1) as usize) << n;
        s |= (((z >> 4) & 3) as usize) << (4 + 2 * n);
        k |= (((z >> 3) & 1) as usize) << n;
        a |= (((z >> 2) & 1) as usize) << (2 + n);
        e |= (((z >> 1) & 1) as usize) << (1 + n);
        d |= ((z & 1) as usize) << n;
        n += 1;
    }
    if f > 0x0F {
        return None;
    }
    Some(Signature {
        n_state: s + 1,
        n_exc_stack: e,
        scope_flags: f as u8,
        n_pos_args: a,
        n_kwonly_args: k,
        n_def_pos_args: d,
    })
}

/// Appends the packed size field (`n_info`, `n_cell`), least-significant group first.
pub fn write_size(out: &mut Vec<u8>, n_info: usize, n_cell: usize) {
    let (mut i, mut c) = (n_info, n_cell);
    loop {
        let mut z = (((i & 0x3F) << 1) | (c & 1)) as u8;
        i >>= 6;
        c >>= 1;
        if i | c != 0 {
            z |= 0x80;
        }
        out.push(z);
        if i | c == 0 {
            break;
        }
    }
}

/// Reads the packed size field at `*pos`: `(n_info, n_cell)`.
pub fn read_size(data: &[u8], pos: &mut usize) -> Option<(usize, usize)> {
    let (mut i, mut c) = (0usize, 0usize);
    let mut n = 0u32;
    loop {
        if n >= 10 {
            return None;
        }
        let z = *data.get(*pos)?;
        *pos += 1;
        i |= (((z >> 1) & 0x3F) as usize) << (6 * n);
        c |= ((z & 1) as usize) << n;
        n += 1;
        if z & 0x80 == 0 {
            return Some((i, c));
        }
    }
}

/// A decoded prelude. Offsets are relative to the start of `fun_data`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prelude {
    pub sig: Signature,
    /// qstr-table index of the function's name.
    pub name: usize,
    /// qstr-table indices of the positional and keyword-only parameter names.
    pub arg_names: Vec<usize>,
    /// Byte range of the line-number table.
    pub line_info: (usize, usize),
    /// Byte range of the closure-cell list (one local number per byte).
    pub cells: (usize, usize),
    /// Offset of the first opcode.
    pub code_start: usize,
}

/// Decodes the prelude of `fun_data`, checking that every section lies inside it.
pub fn read_prelude(fun_data: &[u8]) -> Option<Prelude> {
    let mut pos = 0;
    let sig = read_signature(fun_data, &mut pos)?;
    let (n_info, n_cell) = read_size(fun_data, &mut pos)?;
    let info_start = pos;
    let info_end = info_start.checked_add(n_info)?;
    let cells_end = info_end.checked_add(n_cell)?;
    if cells_end > fun_data.len() {
        return None;
    }
    let info = &fun_data[..info_end];
    let name = varint::read_uint(info, &mut pos)?;
    let n_args = sig.n_pos_args.checked_add(sig.n_kwonly_args)?;
    if n_args > n_info {
        return None;
    }
    let mut arg_names = Vec::with_capacity(n_args);
    for _ in 0..n_args {
        arg_names.push(varint::read_uint(info, &mut pos)?);
    }
    Some(Prelude {
        sig,
        name,
        arg_names,
        line_info: (pos, info_end),
        cells: (info_end, cells_end),
        code_start: cells_end,
    })
}

/// Appends one line-table step covering `bytes` bytecode bytes and `lines` source lines,
/// choosing entries as mpy-cross does.
pub fn write_line_step(out: &mut Vec<u8>, mut bytes: usize, mut lines: usize) {
    while bytes > 0 || lines > 0 {
        if lines <= 6 || bytes > 0xF {
            let b = bytes.min(0x1F);
            let l = if bytes > b { 0 } else { lines.min(3) };
            out.push((b | (l << 5)) as u8);
            bytes -= b;
            lines -= l;
        } else {
            let b = bytes.min(0xF);
            let l = lines.min(0x7FF);
            out.push((0x80 | b | ((l >> 4) & 0x70)) as u8);
            out.push((l & 0xFF) as u8);
            bytes -= b;
            lines -= l;
        }
    }
}

/// The source line of the opcode at `offset` (relative to the first opcode), by walking the
/// line table `table`.
pub fn line_for_offset(table: &[u8], mut offset: usize) -> usize {
    let mut line = 1;
    let mut i = 0;
    while i < table.len() {
        let b = table[i];
        let (skip, add) = if b & 0x80 == 0 {
            i += 1;
            ((b & 0x1F) as usize, (b >> 5) as usize)
        } else {
            let lo = match table.get(i + 1) {
                Some(&lo) => lo as usize,
                None => break,
            };
            i += 2;
            ((b & 0xF) as usize, (((b as usize) << 4) & 0x700) | lo)
        };
        if offset >= skip {
            offset -= skip;
            line += add;
        } else {
            break;
        }
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sig_bytes(sig: &Signature) -> Vec<u8> {
        let mut out = Vec::new();
        write_signature(&mut out, sig);
        out
    }

    #[test]
    fn signature_examples_from_the_spec() {
        let simple = Signature { n_state: 4, ..Default::default() };
        assert_eq!(sig_bytes(&simple), [0x18]);
        let two_args = Signature { n_state: 4, n_pos_args: 2, n_def_pos_args: 1, ..Default::default() };
        assert_eq!(sig_bytes(&two_args), [0x9A, 0x01]);
        let complex = Signature {
            n_state: 17,
            n_exc_stack: 2,
            scope_flags: 0x0E,
            n_pos_args: 1,
            n_kwonly_args: 1,
            n_def_pos_args: 0,
        };
        assert_eq!(sig_bytes(&complex), [0x81, 0x9A, 0xC0, 0xC0, 0x40]);
        for sig in [simple, two_args, complex] {
            let bytes = sig_bytes(&sig);
            let mut pos = 0;
            assert_eq!(read_signature(&bytes, &mut pos), Some(sig));
            assert_eq!(pos, bytes.len());
        }
    }

    #[test]
    fn size_examples_from_the_spec() {
        for (bytes, info, cell) in [([0x06u8], 3, 0), ([0x21], 16, 1), ([0x07], 3, 1)] {
            let mut out = Vec::new();
            write_size(&mut out, info, cell);
            assert_eq!(out, bytes);
            let mut pos = 0;
            assert_eq!(read_size(&bytes, &mut pos), Some((info, cell)));
        }
        let mut out = Vec::new();
        write_size(&mut out, 300, 5);
        let mut pos = 0;
        assert_eq!(read_size(&out, &mut pos), Some((300, 5)));
    }

    #[test]
    fn prelude_of_the_worked_example() {
        // fun_data of `def f(a, b=2): return a * b + x` from mpy-format.md §8.
        let fun_data = [0x9A, 0x01, 0x08, 0x02, 0x05, 0x06, 0x20, 0xB0, 0xB1, 0xF4, 0x12, 0x03, 0xF2, 0x63];
        let p = read_prelude(&fun_data).unwrap();
        assert_eq!(p.name, 2);
        assert_eq!(p.arg_names, [5, 6]);
        assert_eq!(p.code_start, 7);
        let table = &fun_data[p.line_info.0..p.line_info.1];
        assert_eq!(line_for_offset(table, 0), 2);
    }

    #[test]
    fn line_steps_round_trip() {
        let mut table = Vec::new();
        write_line_step(&mut table, 6, 1);
        write_line_step(&mut table, 40, 100);
        write_line_step(&mut table, 3, 3000);
        assert_eq!(line_for_offset(&table, 0), 1);
        assert_eq!(line_for_offset(&table, 6), 2);
        assert_eq!(line_for_offset(&table, 46), 102);
        assert_eq!(line_for_offset(&table, 49), 3102);
    }

    #[test]
    fn truncated_preludes_are_rejected() {
        assert_eq!(read_prelude(&[]), None);
        assert_eq!(read_prelude(&[0x9A]), None);
        assert_eq!(read_prelude(&[0x18, 0x7E]), None);
    }
}
