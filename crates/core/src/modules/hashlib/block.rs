//! The 64-byte block buffering and length padding that MD5, SHA-1 and SHA-256 share: input is
//! gathered into whole blocks for the compression function, and the final block carries a 0x80
//! byte, zeros and the message length in bits (big-endian for SHA, little-endian for MD5).

/// Buffered input of a 64-byte-block hash.
#[derive(Clone, Copy)]
pub struct BlockBuffer {
    buf: [u8; 64],
    used: usize,
    /// Total bytes hashed so far.
    total: u64,
}

impl BlockBuffer {
    pub const fn new() -> BlockBuffer {
        BlockBuffer { buf: [0; 64], used: 0, total: 0 }
    }

    /// Feeds `data`, calling `compress` on every block completed.
    pub fn update(&mut self, mut data: &[u8], mut compress: impl FnMut(&[u8; 64])) {
        self.total = self.total.wrapping_add(data.len() as u64);
        if self.used > 0 {
            let take = (64 - self.used).min(data.len());
            self.buf[self.used..self.used + take].copy_from_slice(&data[..take]);
            self.used += take;
            data = &data[take..];
            if self.used < 64 {
                return;
            }
            compress(&self.buf);
            self.used = 0;
        }
        let mut chunks = data.chunks_exact(64);
        for block in &mut chunks {
            if let Ok(b) = <&[u8; 64]>::try_from(block) {
                compress(b);
            }
        }
        let rest = chunks.remainder();
        self.buf[..rest.len()].copy_from_slice(rest);
        self.used = rest.len();
    }

    /// Pads the message and compresses the last block(s); the buffer itself is left as it was
    /// (the caller works on a copy, so a digest can be taken more than once).
    pub fn finish(mut self, big_endian: bool, mut compress: impl FnMut(&[u8; 64])) {
        let bits = self.total.wrapping_mul(8);
        let len = if big_endian { bits.to_be_bytes() } else { bits.to_le_bytes() };
        let mut block = self.buf;
        block[self.used] = 0x80;
        self.used += 1;
        block[self.used..].fill(0);
        if self.used > 56 {
            compress(&block);
            block = [0; 64];
        }
        block[56..].copy_from_slice(&len);
        compress(&block);
    }
}
