//! The character stream under the lexer: three characters of lookahead, line endings
//! normalised to `\n`, a `\n` supplied at the end of a non-empty input that lacks one, line and
//! column tracking, and injection of text in front of the remaining input.
//!
//! Injection is how f-strings work (as in MicroPython): once an f-string literal has been read,
//! the text `.format((a),(b),)` built from its replacement fields is read next as if it were
//! source. Newlines in injected text advance the line counter like real ones, which reproduces
//! MicroPython's line numbers after multi-line replacement fields.

use alloc::vec::Vec;

/// A character: a byte of the input, or [`EOF`].
pub type Char = u16;

/// End of input.
pub const EOF: Char = 0x100;

/// Columns advance to the next multiple of this at a tab (MicroPython's rule).
const TAB_SIZE: u32 = 8;

pub struct Reader<'a> {
    src: &'a [u8],
    pos: usize,
    /// Injected bytes still to read, last byte first.
    injected: Vec<u8>,
    /// The last byte read from `src` (after `\r` normalisation), if any.
    last_src: Option<u8>,
    final_newline_done: bool,
    lookahead: [Char; 3],
    line: u32,
    column: u32,
}

impl<'a> Reader<'a> {
    pub fn new(src: &'a [u8]) -> Self {
        let mut reader = Reader {
            src,
            pos: 0,
            injected: Vec::new(),
            last_src: None,
            final_newline_done: false,
            lookahead: [EOF; 3],
            line: 1,
            column: 1,
        };
        for i in 0..3 {
            reader.lookahead[i] = reader.fetch();
        }
        reader
    }

    /// The current character.
    #[inline]
    pub fn cur(&self) -> Char {
        self.lookahead[0]
    }

    /// The character after the current one.
    #[inline]
    pub fn peek1(&self) -> Char {
        self.lookahead[1]
    }

    /// The character two after the current one.
    #[inline]
    pub fn peek2(&self) -> Char {
        self.lookahead[2]
    }

    #[inline]
    pub fn is(&self, c: u8) -> bool {
        self.lookahead[0] == Char::from(c)
    }

    #[inline]
    pub fn at_end(&self) -> bool {
        self.lookahead[0] == EOF
    }

    /// Line of the current character.
    pub fn line(&self) -> u32 {
        self.line
    }

    /// Column of the current character (1-based, tabs expanded).
    pub fn column(&self) -> u32 {
        self.column
    }

    /// Moves past the current character.
    pub fn advance(&mut self) {
        match self.lookahead[0] {
            0x0A => {
                self.line = self.line.saturating_add(1);
                self.column = 1;
            }
            0x09 => {
                let col = self.column - 1;
                self.column = (col / TAB_SIZE).saturating_add(1).saturating_mul(TAB_SIZE).saturating_add(1);
            }
            _ => self.column = self.column.saturating_add(1),
        }
        self.lookahead[0] = self.lookahead[1];
        self.lookahead[1] = self.lookahead[2];
        self.lookahead[2] = self.fetch();
    }

    /// Moves past `n` characters.
    pub fn advance_by(&mut self, n: usize) {
        for _ in 0..n {
            self.advance();
        }
    }

    /// Makes `text` the next characters to read, starting with the current position.
    pub fn inject(&mut self, text: &[u8]) {
        for &c in self.lookahead.iter().rev() {
            if let Ok(byte) = u8::try_from(c) {
                self.injected.push(byte);
            }
        }
        self.injected.extend(text.iter().rev());
        for i in 0..3 {
            self.lookahead[i] = self.fetch();
        }
    }

    fn fetch(&mut self) -> Char {
        if let Some(byte) = self.injected.pop() {
            return Char::from(byte);
        }
        if let Some(&byte) = self.src.get(self.pos) {
            self.pos += 1;
            let byte = if byte == b'\r' {
                if self.src.get(self.pos) == Some(&b'\n') {
                    self.pos += 1;
                }
                b'\n'
            } else {
                byte
            };
            self.last_src = Some(byte);
            return Char::from(byte);
        }
        if !self.final_newline_done {
            self.final_newline_done = true;
            if matches!(self.last_src, Some(last) if last != b'\n') {
                return Char::from(b'\n');
            }
        }
        EOF
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::String;

    fn drain(reader: &mut Reader) -> String {
        let mut out = String::new();
        while !reader.at_end() {
            out.push(char::from(reader.cur() as u8));
            reader.advance();
        }
        out
    }

    #[test]
    fn normalises_line_endings_and_adds_final_newline() {
        assert_eq!(drain(&mut Reader::new(b"a\r\nb\rc")), "a\nb\nc\n");
        assert_eq!(drain(&mut Reader::new(b"a\n")), "a\n");
        assert_eq!(drain(&mut Reader::new(b"")), "");
    }

    #[test]
    fn tracks_lines_and_tab_columns() {
        let mut r = Reader::new(b"a\n\tb\n  \tc");
        r.advance();
        r.advance();
        assert_eq!((r.line(), r.column()), (2, 1));
        r.advance();
        assert_eq!((r.line(), r.column()), (2, 9));
        r.advance();
        r.advance();
        r.advance();
        r.advance();
        r.advance();
        assert_eq!((r.line(), r.column(), r.cur()), (3, 9, Char::from(b'c')));
    }

    #[test]
    fn injected_text_comes_before_the_rest() {
        let mut r = Reader::new(b"ab");
        r.advance();
        r.inject(b"XY");
        assert_eq!(drain(&mut r), "XYb\n");
    }
}
