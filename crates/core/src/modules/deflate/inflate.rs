//! A streaming DEFLATE decoder (RFC 1951) with the zlib (RFC 1950) and gzip (RFC 1952)
//! wrappers, written to behave like MicroPython's: it pulls its input one byte at a time and
//! only when it needs the next bit, produces output on demand (a back-reference is copied as
//! far as the caller asks and resumed later), keeps a window of `2^wbits` bytes and rejects a
//! distance beyond it, and checks the trailer's checksum when the last block ends.
//!
//! The state is plain data (`Inflater`, valid when all zero) so it can live in a byte buffer
//! on the heap; the window is passed in separately.

use crate::modules::binascii::crc32_update;

/// Why decoding stopped.
#[derive(Debug, PartialEq, Eq)]
pub enum Error<E> {
    /// Malformed compressed data (or a distance beyond the window).
    Data,
    /// The trailer's checksum does not match the data.
    Checksum,
    /// The byte source failed (its own error, such as the end of the input).
    Source(E),
}

/// The container around the DEFLATE data, found from its header.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Header {
    /// zlib, with the window size its header gives (8..=15).
    Zlib(u8),
    Gzip,
}

const CHECK_NONE: u8 = 0;
const CHECK_ADLER: u8 = 1;
const CHECK_CRC: u8 = 2;

/// A canonical Huffman code: how many codes of each length, and the symbols in code order.
#[repr(C)]
#[derive(Clone, Copy)]
struct Tree<const N: usize> {
    counts: [u16; 16],
    symbols: [u16; N],
}

/// The decoder's state (all-zero is a valid state to `start` from).
#[repr(C)]
pub struct Inflater {
    lit: Tree<288>,
    dist: Tree<32>,
    /// Bits left over from the last input byte, and how many.
    tag: u32,
    bit_count: u32,
    /// Bytes of the current back-reference or stored block still to produce.
    remaining: u32,
    /// Where the current back-reference reads in the window.
    copy_from: u32,
    /// Next write position in the window, and its size.
    window_pos: u32,
    window_len: u32,
    checksum: u32,
    check: u8,
    /// 0: between blocks; 1: stored; 2: fixed or dynamic Huffman.
    block: u8,
    last_block: bool,
    done: bool,
}

/// Where input bytes come from.
pub trait Source {
    type Error;
    fn next_byte(&mut self) -> Result<u8, Self::Error>;
}

type Res<T, E> = Result<T, Error<E>>;

const LENGTH_BASE: [u16; 29] = [
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195,
    227, 258,
];
const LENGTH_EXTRA: [u8; 29] =
    [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE: [u16; 30] = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073,
    4097, 6145, 8193, 12289, 16385, 24577,
];
const DIST_EXTRA: [u8; 30] =
    [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
/// The order in which a dynamic block lists the code lengths of the code-length code.
const CLEN_ORDER: [usize; 19] = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

impl<const N: usize> Tree<N> {
    /// Builds the code from the code lengths of symbols `0..lengths.len()`.
    fn build(&mut self, lengths: &[u8]) {
        self.counts = [0; 16];
        for &l in lengths {
            self.counts[l as usize & 15] += 1;
        }
        self.counts[0] = 0;
        let mut offsets = [0u16; 16];
        for len in 1..16 {
            offsets[len] = offsets[len - 1] + self.counts[len - 1];
        }
        for (sym, &l) in lengths.iter().enumerate() {
            if l != 0 {
                let slot = &mut offsets[l as usize & 15];
                if let Some(s) = self.symbols.get_mut(*slot as usize) {
                    *s = sym as u16;
                }
                *slot += 1;
            }
        }
    }
}

/// Reads the zlib or gzip header from `src` (skipping gzip's optional fields).
pub fn read_header<S: Source>(src: &mut S) -> Res<Header, S::Error> {
    let mut byte = || src.next_byte().map_err(Error::Source);
    let (cmf, flg) = (byte()?, byte()?);
    if cmf == 0x1f && flg == 0x8b {
        if byte()? != 8 {
            return Err(Error::Data);
        }
        let flags = byte()?;
        if flags & 0xe0 != 0 {
            return Err(Error::Data);
        }
        for _ in 0..6 {
            byte()?;
        }
        if flags & 4 != 0 {
            let len = byte()? as usize | (byte()? as usize) << 8;
            for _ in 0..len {
                byte()?;
            }
        }
        for flag in [8, 16] {
            if flags & flag != 0 {
                while byte()? != 0 {}
            }
        }
        if flags & 2 != 0 {
            byte()?;
            byte()?;
        }
        return Ok(Header::Gzip);
    }
    if (256 * cmf as u32 + flg as u32) % 31 != 0 || cmf & 0x0f != 8 || cmf >> 4 > 7 || flg & 0x20 != 0 {
        return Err(Error::Data);
    }
    Ok(Header::Zlib((cmf >> 4) + 8))
}

impl Inflater {
    /// Starts decoding with a window of `window_len` bytes, checking the trailer `header`
    /// implies (none for raw DEFLATE).
    pub fn start(&mut self, window_len: usize, header: Option<Header>) {
        self.tag = 0;
        self.bit_count = 0;
        self.remaining = 0;
        self.copy_from = 0;
        self.window_pos = 0;
        self.window_len = window_len as u32;
        (self.check, self.checksum) = match header {
            None => (CHECK_NONE, 0),
            Some(Header::Zlib(_)) => (CHECK_ADLER, 1),
            Some(Header::Gzip) => (CHECK_CRC, 0),
        };
        self.block = 0;
        self.last_block = false;
        self.done = false;
    }

    /// The size of the window `start` was given.
    pub fn window_len(&self) -> usize {
        self.window_len as usize
    }

    /// Whether the data (and trailer) has been read to its end.
    pub fn is_done(&self) -> bool {
        self.done
    }

    /// Decodes into `out` until it is full or the data ends; returns the bytes produced.
    pub fn read<S: Source>(
        &mut self,
        window: &mut [u8],
        src: &mut S,
        out: &mut [u8],
    ) -> Res<usize, S::Error> {
        let mut n = 0;
        let r = self.fill(window, src, out, &mut n);
        let produced = out.get(..n).unwrap_or(&[]);
        self.checksum = match self.check {
            CHECK_ADLER => adler32(self.checksum, produced),
            CHECK_CRC => crc32_update(self.checksum, produced),
            _ => self.checksum,
        };
        r?;
        if self.done {
            self.check_trailer(src)?;
        }
        Ok(n)
    }

    fn check_trailer<S: Source>(&mut self, src: &mut S) -> Res<(), S::Error> {
        let mut word = |big_endian: bool| -> Res<u32, S::Error> {
            let mut v = 0u32;
            for i in 0..4 {
                let b = src.next_byte().map_err(Error::Source)? as u32;
                v = if big_endian { v << 8 | b } else { v | b << (8 * i) };
            }
            Ok(v)
        };
        match self.check {
            CHECK_ADLER if word(true)? != self.checksum => Err(Error::Checksum),
            CHECK_CRC => {
                if word(false)? != self.checksum {
                    return Err(Error::Checksum);
                }
                word(false)?;
                Ok(())
            }
            _ => Ok(()),
        }
    }

    fn fill<S: Source>(
        &mut self,
        window: &mut [u8],
        src: &mut S,
        out: &mut [u8],
        n: &mut usize,
    ) -> Res<(), S::Error> {
        loop {
            if self.block == 0 {
                self.start_block(src)?;
            }
            let ended = if self.block == 1 {
                self.stored_step(window, src, out, n)?
            } else {
                self.huffman_step(window, src, out, n)?
            };
            if ended {
                self.block = 0;
                if self.last_block {
                    self.done = true;
                    return Ok(());
                }
                continue;
            }
            if *n >= out.len() {
                return Ok(());
            }
        }
    }

    fn bit<S: Source>(&mut self, src: &mut S) -> Res<u32, S::Error> {
        if self.bit_count == 0 {
            self.tag = src.next_byte().map_err(Error::Source)? as u32;
            self.bit_count = 8;
        }
        let b = self.tag & 1;
        self.tag >>= 1;
        self.bit_count -= 1;
        Ok(b)
    }

    /// `count` bits, least significant first, plus `base`.
    fn bits<S: Source>(&mut self, src: &mut S, count: u8, base: u32) -> Res<u32, S::Error> {
        let mut v = 0;
        for i in 0..count {
            v |= self.bit(src)? << i;
        }
        Ok(v + base)
    }

    fn start_block<S: Source>(&mut self, src: &mut S) -> Res<(), S::Error> {
        self.last_block = self.bit(src)? == 1;
        match self.bits(src, 2, 0)? {
            0 => {
                // Stored: the length and its complement start at the next whole byte.
                self.bit_count = 0;
                let mut byte = || src.next_byte().map_err(Error::Source).map(|b| b as u32);
                let len = byte()? | byte()? << 8;
                let inv = byte()? | byte()? << 8;
                if len != !inv & 0xffff {
                    return Err(Error::Data);
                }
                self.remaining = len;
                self.block = 1;
            }
            1 => {
                let mut lengths = [0u8; 288];
                for (i, l) in lengths.iter_mut().enumerate() {
                    *l = match i {
                        0..=143 => 8,
                        144..=255 => 9,
                        256..=279 => 7,
                        _ => 8,
                    };
                }
                self.lit.build(&lengths);
                self.dist.build(&[5; 30]);
                self.block = 2;
            }
            2 => {
                self.read_trees(src)?;
                self.block = 2;
            }
            _ => return Err(Error::Data),
        }
        Ok(())
    }

    fn read_trees<S: Source>(&mut self, src: &mut S) -> Res<(), S::Error> {
        let hlit = self.bits(src, 5, 257)? as usize;
        let hdist = self.bits(src, 5, 1)? as usize;
        let hclen = self.bits(src, 4, 4)? as usize;
        let mut clens = [0u8; 19];
        for &i in CLEN_ORDER.iter().take(hclen) {
            clens[i] = self.bits(src, 3, 0)? as u8;
        }
        let mut code_tree = Tree::<19> { counts: [0; 16], symbols: [0; 19] };
        code_tree.build(&clens);
        let mut lengths = [0u8; 320];
        let total = hlit + hdist;
        let mut i = 0;
        while i < total {
            let sym = self.decode(src, &code_tree)?;
            let (value, repeat) = match sym {
                0..=15 => (sym as u8, 1),
                16 => {
                    let prev = match i.checked_sub(1).and_then(|p| lengths.get(p)) {
                        Some(&p) => p,
                        None => return Err(Error::Data),
                    };
                    (prev, self.bits(src, 2, 3)? as usize)
                }
                17 => (0, self.bits(src, 3, 3)? as usize),
                18 => (0, self.bits(src, 7, 11)? as usize),
                _ => return Err(Error::Data),
            };
            if i + repeat > total {
                return Err(Error::Data);
            }
            lengths[i..i + repeat].fill(value);
            i += repeat;
        }
        if hlit > 286 || hdist > 30 {
            return Err(Error::Data);
        }
        self.lit.build(&lengths[..hlit]);
        self.dist.build(&lengths[hlit..total]);
        Ok(())
    }

    /// Decodes one symbol, reading a bit at a time.
    fn decode<S: Source, const N: usize>(&mut self, src: &mut S, tree: &Tree<N>) -> Res<u16, S::Error> {
        let (mut code, mut first, mut index) = (0i32, 0i32, 0i32);
        for len in 1..16 {
            code |= self.bit(src)? as i32;
            let count = tree.counts[len] as i32;
            if code - first < count {
                return tree.symbols.get((index + code - first) as usize).copied().ok_or(Error::Data);
            }
            index += count;
            first = (first + count) << 1;
            code <<= 1;
        }
        Err(Error::Data)
    }

    fn emit(&mut self, window: &mut [u8], out: &mut [u8], n: &mut usize, byte: u8) {
        if let Some(o) = out.get_mut(*n) {
            *o = byte;
            *n += 1;
        }
        if let Some(w) = window.get_mut(self.window_pos as usize) {
            *w = byte;
        }
        self.window_pos += 1;
        if self.window_pos >= self.window_len {
            self.window_pos = 0;
        }
    }

    /// Produces one byte of a stored block; `true` when the block has ended instead.
    fn stored_step<S: Source>(
        &mut self,
        window: &mut [u8],
        src: &mut S,
        out: &mut [u8],
        n: &mut usize,
    ) -> Res<bool, S::Error> {
        if self.remaining == 0 {
            return Ok(true);
        }
        let b = src.next_byte().map_err(Error::Source)?;
        self.remaining -= 1;
        self.emit(window, out, n, b);
        Ok(false)
    }

    /// Produces one byte of a Huffman block (a literal or the next byte of a back-reference);
    /// `true` when the block has ended instead.
    fn huffman_step<S: Source>(
        &mut self,
        window: &mut [u8],
        src: &mut S,
        out: &mut [u8],
        n: &mut usize,
    ) -> Res<bool, S::Error> {
        if self.remaining == 0 {
            let lit = self.lit;
            let sym = self.decode(src, &lit)? as usize;
            if sym < 256 {
                self.emit(window, out, n, sym as u8);
                return Ok(false);
            }
            if sym == 256 {
                return Ok(true);
            }
            let i = sym - 257;
            let (Some(&base), Some(&extra)) = (LENGTH_BASE.get(i), LENGTH_EXTRA.get(i)) else {
                return Err(Error::Data);
            };
            self.remaining = self.bits(src, extra, base as u32)?;
            let dist_tree = self.dist;
            let d = self.decode(src, &dist_tree)? as usize;
            let (Some(&base), Some(&extra)) = (DIST_BASE.get(d), DIST_EXTRA.get(d)) else {
                return Err(Error::Data);
            };
            let distance = self.bits(src, extra, base as u32)?;
            if distance > self.window_len {
                return Err(Error::Data);
            }
            self.copy_from = (self.window_pos + self.window_len - distance) % self.window_len.max(1);
        }
        let b = window.get(self.copy_from as usize).copied().unwrap_or(0);
        self.copy_from += 1;
        if self.copy_from >= self.window_len {
            self.copy_from = 0;
        }
        self.remaining -= 1;
        self.emit(window, out, n, b);
        Ok(false)
    }
}

/// Adler-32 of `data` continuing from `sum`.
pub fn adler32(sum: u32, data: &[u8]) -> u32 {
    let (mut a, mut b) = (sum & 0xffff, sum >> 16);
    for chunk in data.chunks(5552) {
        for &x in chunk {
            a += x as u32;
            b += a;
        }
        a %= 65521;
        b %= 65521;
    }
    b << 16 | a
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec::Vec;

    struct Bytes<'a>(&'a [u8], usize);

    impl Source for Bytes<'_> {
        type Error = ();
        fn next_byte(&mut self) -> Result<u8, ()> {
            let b = self.0.get(self.1).copied().ok_or(())?;
            self.1 += 1;
            Ok(b)
        }
    }

    fn inflate(data: &[u8], zlib: bool, wbits: u32) -> Result<Vec<u8>, Error<()>> {
        let mut src = Bytes(data, 0);
        let header = if zlib { Some(read_header(&mut src)?) } else { None };
        let mut state: Inflater = unsafe { core::mem::zeroed() };
        let mut window = alloc::vec![0u8; 1 << wbits];
        state.start(window.len(), header);
        let mut out = Vec::new();
        while !state.is_done() {
            let mut chunk = [0u8; 7];
            let n = state.read(&mut window, &mut src, &mut chunk)?;
            out.extend_from_slice(&chunk[..n]);
        }
        Ok(out)
    }

    #[test]
    fn stored_fixed_and_dynamic_blocks() {
        // zlib streams made by CPython's zlib.compress at levels 0, 9 and 9.
        assert_eq!(inflate(b"x\x01\x01\x05\x00\xfa\xffhello\x06,\x02\x15", true, 15).unwrap(), b"hello");
        assert_eq!(inflate(b"x\x9cK\x04\x00\x00b\x00b", true, 15).unwrap(), b"a");
        let text = b"abcabcabcabcabcabcabcabc-xyz-xyz-xyz-xyz";
        let packed = b"x\xdaKLJN\xc4\x86t+*\xab\x901\x00:_\x0f\x91";
        assert_eq!(inflate(packed, true, 15).unwrap(), text);
        // A dynamic-Huffman block.
        let text = b"aeetoeeet iannoatetea aiaeeieae ieeaao n";
        let packed = b"x\xda\r\xc4\xa1\x11\x000\x0c\x03\xb1U\xbc\xda\x83\x07&\t\xc9\xfe\xd7\n\x08\xbd\xf5\x972\xb3\x9c'\xa1h\xc5Ta3\x0f<\xf9\x0f\x16";
        assert_eq!(inflate(packed, true, 15).unwrap(), text);
        // A distance beyond a 2-byte window.
        assert_eq!(inflate(b"x\xdaKLJN\xc4\x86t+*\xab\x901\x00:_\x0f\x91", true, 1), Err(Error::Data));
    }

    #[test]
    fn errors() {
        // Block type 3, a bad stored length, a bad checksum, a truncated stream.
        assert_eq!(inflate(b"\x07", false, 8), Err(Error::Data));
        assert_eq!(inflate(b"abcef", false, 8), Err(Error::Data));
        assert_eq!(inflate(b"x\x9cK\x04\x00\x00b\x00c", true, 15), Err(Error::Checksum));
        assert_eq!(inflate(b"x\x9cK\x04", true, 15), Err(Error::Source(())));
        assert_eq!(read_header(&mut Bytes(b"x\x9d", 0)), Err(Error::Data));
    }

    #[test]
    fn checksums() {
        assert_eq!(adler32(1, b"Wikipedia"), 0x11E6_0398);
    }
}
