//! A parsed regular expression to a program for the Pike VM (`pike.rs`): a flat array of
//! `u32` words, so a compiled pattern is one plain buffer in the heap.
//!
//! Instructions (operands follow the opcode):
//! - `CHAR c`, `CHAR_I c` (c case-folded): one code point;
//! - `ANY` (not a newline), `ANY_NL`;
//! - `CLASS flags n items...`: `n` items of three words (kind, lo, hi); flags bit 0 negates,
//!   bit 1 ignores case, bit 2 makes `\d \w \s` ASCII-only;
//! - `SPLIT x y`: continue at both, `x` preferred; `JMP x`;
//! - `SAVE n`: record the position in capture slot `n`;
//! - `ASSERT kind`: a zero-width test (`ASSERT_*`);
//! - `MATCH`.

use alloc::vec::Vec;

use super::parse::{Assertion, ClassItem, Node, Parsed, ASCII};

pub const CHAR: u32 = 0;
pub const CHAR_I: u32 = 1;
pub const ANY: u32 = 2;
pub const ANY_NL: u32 = 3;
pub const CLASS: u32 = 4;
pub const SPLIT: u32 = 5;
pub const JMP: u32 = 6;
pub const SAVE: u32 = 7;
pub const ASSERT: u32 = 8;
pub const MATCH: u32 = 9;

pub const ASSERT_BOL: u32 = 0;
pub const ASSERT_BOL_M: u32 = 1;
pub const ASSERT_EOL: u32 = 2;
pub const ASSERT_EOL_M: u32 = 3;
pub const ASSERT_START: u32 = 4;
pub const ASSERT_END: u32 = 5;
pub const ASSERT_WORD: u32 = 6;
pub const ASSERT_NOT_WORD: u32 = 7;

pub const ITEM_RANGE: u32 = 0;
pub const ITEM_DIGIT: u32 = 1;
pub const ITEM_WORD: u32 = 2;
pub const ITEM_SPACE: u32 = 3;
/// Added to an item kind for its negation (`\D` ...).
pub const ITEM_NOT: u32 = 4;

pub const CLASS_NEGATED: u32 = 1;
pub const CLASS_ICASE: u32 = 2;
pub const CLASS_ASCII: u32 = 4;

/// Largest program, in words: bounds both the pattern's memory and the matcher's work.
pub const MAX_PROGRAM: usize = 1 << 16;

/// Case folding used for case-insensitive matching.
pub fn fold(c: u32) -> u32 {
    match char::from_u32(c) {
        Some(ch) if ch.is_ascii() => ch.to_ascii_lowercase() as u32,
        Some(ch) => {
            let mut l = ch.to_lowercase();
            match (l.next(), l.next()) {
                (Some(x), None) => x as u32,
                _ => c,
            }
        }
        None => c,
    }
}

struct Emitter {
    code: Vec<u32>,
    ascii: bool,
}

#[derive(Debug)]
pub struct TooLarge;

impl Emitter {
    fn emit(&mut self, words: &[u32]) -> Result<(), TooLarge> {
        if self.code.len() + words.len() > MAX_PROGRAM {
            return Err(TooLarge);
        }
        self.code.extend_from_slice(words);
        Ok(())
    }

    fn here(&self) -> u32 {
        self.code.len() as u32
    }

    /// Emits `SPLIT` with its targets to be patched; returns its position.
    fn split(&mut self) -> Result<usize, TooLarge> {
        let at = self.code.len();
        self.emit(&[SPLIT, 0, 0])?;
        Ok(at)
    }

    fn jmp(&mut self, target: u32) -> Result<usize, TooLarge> {
        let at = self.code.len();
        self.emit(&[JMP, target])?;
        Ok(at)
    }

    fn node(&mut self, n: &Node) -> Result<(), TooLarge> {
        match n {
            Node::Empty => Ok(()),
            Node::Char { c, icase: false } => self.emit(&[CHAR, *c]),
            Node::Char { c, icase: true } => self.emit(&[CHAR_I, fold(*c)]),
            Node::Any { dotall } => self.emit(&[if *dotall { ANY_NL } else { ANY }]),
            Node::Class { items, negated, icase } => {
                let flags = ((*negated as u32) * CLASS_NEGATED)
                    | ((*icase as u32) * CLASS_ICASE)
                    | ((self.ascii as u32) * CLASS_ASCII);
                self.emit(&[CLASS, flags, items.len() as u32])?;
                for item in items {
                    let words = match *item {
                        ClassItem::Range(lo, hi) => [ITEM_RANGE, lo, hi],
                        ClassItem::Digit(not) => [ITEM_DIGIT + ITEM_NOT * not as u32, 0, 0],
                        ClassItem::Word(not) => [ITEM_WORD + ITEM_NOT * not as u32, 0, 0],
                        ClassItem::Space(not) => [ITEM_SPACE + ITEM_NOT * not as u32, 0, 0],
                    };
                    self.emit(&words)?;
                }
                Ok(())
            }
            Node::Assert { kind, multiline } => {
                let k = match (kind, multiline) {
                    (Assertion::LineStart, false) => ASSERT_BOL,
                    (Assertion::LineStart, true) => ASSERT_BOL_M,
                    (Assertion::LineEnd, false) => ASSERT_EOL,
                    (Assertion::LineEnd, true) => ASSERT_EOL_M,
                    (Assertion::TextStart, _) => ASSERT_START,
                    (Assertion::TextEnd, _) => ASSERT_END,
                    (Assertion::WordBoundary, _) => ASSERT_WORD,
                    (Assertion::NotWordBoundary, _) => ASSERT_NOT_WORD,
                };
                self.emit(&[ASSERT, k])
            }
            Node::Group(index, body) => {
                if let Some(i) = index {
                    self.emit(&[SAVE, 2 * *i as u32])?;
                }
                self.node(body)?;
                if let Some(i) = index {
                    self.emit(&[SAVE, 2 * *i as u32 + 1])?;
                }
                Ok(())
            }
            Node::Concat(items) => items.iter().try_for_each(|i| self.node(i)),
            Node::Alt(alts) => {
                let mut exits = Vec::new();
                for (i, alt) in alts.iter().enumerate() {
                    if i + 1 < alts.len() {
                        let s = self.split()?;
                        self.code[s + 1] = self.here();
                        self.node(alt)?;
                        exits.push(self.jmp(0)?);
                        self.code[s + 2] = self.here();
                    } else {
                        self.node(alt)?;
                    }
                }
                let end = self.here();
                for j in exits {
                    self.code[j + 1] = end;
                }
                Ok(())
            }
            Node::Repeat { node, min, max, greedy } => self.repeat(node, *min, *max, *greedy),
        }
    }

    /// Points a split at `body` and `exit` in the order the greediness asks for.
    fn set_split(&mut self, s: usize, body: u32, exit: u32, greedy: bool) {
        let (first, second) = if greedy { (body, exit) } else { (exit, body) };
        self.code[s + 1] = first;
        self.code[s + 2] = second;
    }

    fn repeat(&mut self, node: &Node, min: u32, max: Option<u32>, greedy: bool) -> Result<(), TooLarge> {
        for _ in 0..min {
            self.node(node)?;
        }
        match max {
            None => {
                // L: SPLIT body, exit; body: x; JMP L; exit:
                let s = self.split()?;
                let body = self.here();
                self.node(node)?;
                self.jmp(s as u32)?;
                let exit = self.here();
                self.set_split(s, body, exit, greedy);
            }
            Some(max) => {
                let mut splits = Vec::new();
                for _ in min..max {
                    let s = self.split()?;
                    splits.push(s);
                    self.node(node)?;
                }
                let exit = self.here();
                for s in splits {
                    self.set_split(s, s as u32 + 3, exit, greedy);
                }
            }
        }
        Ok(())
    }
}

/// Compiles a parsed pattern: the whole match is group 0.
pub fn compile(p: &Parsed) -> Result<Vec<u32>, TooLarge> {
    let mut e = Emitter { code: Vec::new(), ascii: p.flags & ASCII != 0 };
    e.emit(&[SAVE, 0])?;
    e.node(&p.root)?;
    e.emit(&[SAVE, 1, MATCH])?;
    Ok(e.code)
}
