//! Pixel storage of a frame buffer: where pixel (x, y) lives in the bytes for each of the
//! seven formats, and reading, writing and filling rectangles of pixels.
//!
//! The bytes belong to a Python object and may have shrunk since the frame buffer was made
//! (a resized bytearray), so every access checks the byte index and a pixel outside the bytes
//! reads as 0 and is not written. Coordinates passed here are already inside the frame.

/// The pixel formats, numbered as MicroPython's constants.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Format {
    /// Monochrome, a byte is 8 vertical pixels, bit 0 at the top (SSD1306-style displays).
    MonoVlsb,
    /// 16-bit colour, one native-endian `u16` per pixel.
    Rgb565,
    /// 4-bit grayscale, two pixels a byte, the left one in the high nibble.
    Gs4Hmsb,
    /// Monochrome, a byte is 8 horizontal pixels, bit 7 on the left.
    MonoHlsb,
    /// Monochrome, a byte is 8 horizontal pixels, bit 0 on the left.
    MonoHmsb,
    /// 2-bit grayscale, four pixels a byte, the left one in the low bits.
    Gs2Hmsb,
    /// 8-bit grayscale, one byte per pixel.
    Gs8,
}

impl Format {
    pub fn from_code(code: i64) -> Option<Format> {
        Some(match code {
            0 => Format::MonoVlsb,
            1 => Format::Rgb565,
            2 => Format::Gs4Hmsb,
            3 => Format::MonoHlsb,
            4 => Format::MonoHmsb,
            5 => Format::Gs2Hmsb,
            6 => Format::Gs8,
            _ => return None,
        })
    }
}

/// The geometry of a frame buffer (everything but the bytes).
#[derive(Clone, Copy, Debug)]
pub struct Layout {
    pub width: usize,
    pub height: usize,
    /// Pixels from the start of one row to the start of the next.
    pub stride: usize,
    pub format: Format,
}

impl Layout {
    /// The geometry of a frame, or `None` if the sizes are out of range (as MicroPython: 1 to
    /// 65535 pixels, the stride at least the width). The stride is rounded up to whole bytes
    /// for the formats that pack several pixels a byte horizontally.
    pub fn new(width: i64, height: i64, format: Format, stride: i64) -> Option<Layout> {
        if width < 1 || height < 1 || width > 0xffff || height > 0xffff || stride > 0xffff || stride < width {
            return None;
        }
        let stride = round_up(stride as usize, pixels_per_byte(format));
        Some(Layout { width: width as usize, height: height as usize, stride, format })
    }

    /// The number of bytes the pixels need: a full stride for every row but the last (for
    /// MONO_VLSB, every band of 8 rows but the last) and the width, in whole bytes, for it.
    pub fn bytes_needed(&self) -> usize {
        let bits = bits_per_pixel(self.format);
        let width = round_up(self.width, pixels_per_byte(self.format));
        let (rows, full_rows) = match self.format {
            Format::MonoVlsb => {
                let rows = round_up(self.height, 8);
                (rows, rows - 8)
            }
            _ => (self.height, self.height - 1),
        };
        (full_rows * self.stride + (rows - full_rows) * width) * bits / 8
    }

    /// Byte index and bit shift of pixel (x, y) for the sub-byte formats.
    fn locate(&self, x: usize, y: usize) -> (usize, u32) {
        match self.format {
            Format::MonoVlsb => ((y >> 3) * self.stride + x, (y & 7) as u32),
            Format::MonoHlsb => ((x + y * self.stride) >> 3, 7 - (x & 7) as u32),
            Format::MonoHmsb => ((x + y * self.stride) >> 3, (x & 7) as u32),
            Format::Gs2Hmsb => ((x + y * self.stride) >> 2, ((x & 3) * 2) as u32),
            Format::Gs4Hmsb => ((x + y * self.stride) >> 1, if x & 1 == 1 { 0 } else { 4 }),
            Format::Gs8 | Format::Rgb565 => (x + y * self.stride, 0),
        }
    }

    /// The colour of pixel (x, y).
    pub fn get(&self, data: &[u8], x: usize, y: usize) -> u32 {
        let (i, shift) = self.locate(x, y);
        match self.format {
            Format::Rgb565 => match data.get(2 * i..2 * i + 2) {
                Some(&[a, b]) => u16::from_ne_bytes([a, b]) as u32,
                _ => 0,
            },
            format => {
                let byte = data.get(i).copied().unwrap_or(0) as u32;
                (byte >> shift) & mask(format)
            }
        }
    }

    /// Sets pixel (x, y) to colour `col` (truncated to the format's depth; any non-zero
    /// colour sets a monochrome pixel).
    pub fn set(&self, data: &mut [u8], x: usize, y: usize, col: u32) {
        let (i, shift) = self.locate(x, y);
        match self.format {
            Format::Rgb565 => {
                if let Some(px) = data.get_mut(2 * i..2 * i + 2) {
                    px.copy_from_slice(&(col as u16).to_ne_bytes());
                }
            }
            format => {
                let m = mask(format);
                let value = if m == 1 { (col != 0) as u32 } else { col & m };
                if let Some(b) = data.get_mut(i) {
                    *b = ((*b as u32 & !(m << shift)) | (value << shift)) as u8;
                }
            }
        }
    }

    /// Sets pixel (x, y) if it lies inside the frame.
    pub fn set_checked(&self, data: &mut [u8], x: i64, y: i64, col: u32) {
        if self.contains(x, y) {
            self.set(data, x as usize, y as usize, col);
        }
    }

    pub fn contains(&self, x: i64, y: i64) -> bool {
        0 <= x && x < self.width as i64 && 0 <= y && y < self.height as i64
    }

    /// Fills the rectangle at (x, y) of size w x h, clipped to the frame.
    pub fn fill_rect(&self, data: &mut [u8], x: i64, y: i64, w: i64, h: i64, col: u32) {
        let (fw, fh) = (self.width as i64, self.height as i64);
        if w < 1 || h < 1 || x >= fw || y >= fh || x.saturating_add(w) <= 0 || y.saturating_add(h) <= 0 {
            return;
        }
        let (x0, y0) = (x.max(0) as usize, y.max(0) as usize);
        let (x1, y1) = (x.saturating_add(w).min(fw) as usize, y.saturating_add(h).min(fh) as usize);
        match self.format {
            Format::Gs8 => {
                for row in y0..y1 {
                    let start = row * self.stride;
                    let end = (start + x1).min(data.len());
                    if let Some(px) = data.get_mut(start + x0..end) {
                        px.fill(col as u8);
                    }
                }
            }
            _ => {
                for row in y0..y1 {
                    for px in x0..x1 {
                        self.set(data, px, row, col);
                    }
                }
            }
        }
    }
}

/// The bits of one pixel for a format stored within a byte.
fn mask(format: Format) -> u32 {
    match format {
        Format::Gs2Hmsb => 0x3,
        Format::Gs4Hmsb => 0xf,
        Format::Gs8 => 0xff,
        _ => 0x1,
    }
}

fn bits_per_pixel(format: Format) -> usize {
    match format {
        Format::MonoVlsb | Format::MonoHlsb | Format::MonoHmsb => 1,
        Format::Gs2Hmsb => 2,
        Format::Gs4Hmsb => 4,
        Format::Gs8 => 8,
        Format::Rgb565 => 16,
    }
}

/// Pixels a byte holds side by side (a row must start on a byte boundary).
fn pixels_per_byte(format: Format) -> usize {
    match format {
        Format::MonoHlsb | Format::MonoHmsb => 8,
        Format::Gs2Hmsb => 4,
        Format::Gs4Hmsb => 2,
        Format::MonoVlsb | Format::Gs8 | Format::Rgb565 => 1,
    }
}

fn round_up(n: usize, to: usize) -> usize {
    n.div_ceil(to) * to
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layout(w: i64, h: i64, f: Format, len: usize) -> Option<Layout> {
        Layout::new(w, h, f, w).filter(|l| l.bytes_needed() <= len)
    }

    #[test]
    fn sizes_are_checked() {
        assert!(layout(8, 8, Format::MonoVlsb, 8).is_some());
        assert!(layout(8, 9, Format::MonoVlsb, 8).is_none());
        assert!(layout(8, 9, Format::MonoVlsb, 16).is_some());
        assert!(layout(9, 8, Format::MonoHlsb, 9).is_none());
        assert!(layout(9, 8, Format::MonoHlsb, 16).is_some());
        assert!(layout(5, 8, Format::Gs2Hmsb, 15).is_none());
        assert!(layout(5, 8, Format::Gs2Hmsb, 16).is_some());
        assert!(layout(3, 3, Format::Rgb565, 17).is_none());
        assert!(layout(0, 3, Format::Gs8, 100).is_none());
        assert!(Layout::new(10, 10, Format::Gs8, 9).is_none());
        assert_eq!(Layout::new(8, 2, Format::Gs8, 10).map(|l| l.bytes_needed()), Some(18));
        assert_eq!(Layout::new(7, 2, Format::Gs2Hmsb, 9).map(|l| l.bytes_needed()), Some(5));
    }

    #[test]
    fn pixels_land_where_each_format_puts_them() {
        let mut d = [0u8; 16];
        let l = layout(8, 8, Format::MonoVlsb, 16).unwrap();
        l.set(&mut d, 2, 3, 1);
        assert_eq!(d[2], 0x08);
        assert_eq!(l.get(&d, 2, 3), 1);

        let mut d = [0u8; 2];
        let l = layout(8, 2, Format::MonoHlsb, 2).unwrap();
        l.set(&mut d, 0, 1, 5);
        assert_eq!(d, [0, 0x80]);
        let l = layout(8, 2, Format::MonoHmsb, 2).unwrap();
        l.set(&mut d, 0, 0, 1);
        assert_eq!(d, [0x01, 0x80]);

        let mut d = [0u8; 2];
        let l = layout(4, 1, Format::Gs4Hmsb, 2).unwrap();
        l.set(&mut d, 0, 0, 0x1a);
        l.set(&mut d, 3, 0, 0x5);
        assert_eq!(d, [0xa0, 0x05]);

        let mut d = [0u8; 1];
        let l = layout(4, 1, Format::Gs2Hmsb, 1).unwrap();
        l.set(&mut d, 1, 0, 3);
        assert_eq!(d, [0x0c]);
        assert_eq!(l.get(&d, 1, 0), 3);

        let mut d = [0u8; 4];
        let l = layout(2, 1, Format::Rgb565, 4).unwrap();
        l.set(&mut d, 1, 0, 0x1_1234);
        assert_eq!(l.get(&d, 1, 0), 0x1234);
    }

    #[test]
    fn fill_rect_clips_and_a_shrunk_buffer_is_harmless() {
        let mut d = [0u8; 9];
        let l = layout(3, 3, Format::Gs8, 9).unwrap();
        l.fill_rect(&mut d, -1, 1, 3, 5, 7);
        assert_eq!(d, [0, 0, 0, 7, 7, 0, 7, 7, 0]);
        l.fill_rect(&mut d, i64::MAX, 0, i64::MAX, 1, 1);
        l.fill_rect(&mut d, i64::MIN, i64::MIN, i64::MAX, i64::MAX, 1);
        let mut short = [0u8; 2];
        l.fill_rect(&mut short, 0, 0, 3, 3, 9);
        l.set(&mut short, 2, 2, 1);
        assert_eq!(l.get(&short, 2, 2), 0);
        assert_eq!(short, [9, 9]);
    }
}
