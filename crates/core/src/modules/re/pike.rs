//! The matcher: a Pike VM (Thompson's construction with capture slots). All threads advance
//! through the subject together, one position at a time, and each program position holds at
//! most one thread per step, so a match costs at most O(subject length × program size) steps
//! whatever the pattern: no input can make it backtrack exponentially or hang. Threads are
//! kept in priority order, which gives the same match (leftmost, greedy or lazy as written)
//! that a backtracking engine such as CPython's finds.

use alloc::vec::Vec;

use super::compile::*;
use crate::obj::str_methods::unicode;

/// A capture slot that was not set.
pub const UNSET: usize = usize::MAX;

/// What to look for.
#[derive(Clone, Copy)]
pub struct Search {
    /// Where matching starts.
    pub start: usize,
    /// Only a match starting at `start`.
    pub anchored: bool,
    /// Only a match ending at the end of the subject.
    full: bool,
    /// Reject an empty match at `start` (the search after an empty match).
    pub not_empty_at_start: bool,
}

impl Search {
    pub fn new(start: usize, anchored: bool, full: bool) -> Search {
        Search { start, anchored, full, not_empty_at_start: false }
    }
}

struct Threads {
    pcs: Vec<usize>,
    /// `nslots` capture slots per thread.
    caps: Vec<usize>,
}

struct Vm<'a> {
    code: &'a [u32],
    text: &'a [u32],
    nslots: usize,
    /// Per program position, the step at which a thread last reached it.
    seen: Vec<usize>,
    step: usize,
    stack: Vec<Job>,
}

enum Job {
    Pc(usize),
    Restore(usize, usize),
}

fn is_word(c: u32, ascii: bool) -> bool {
    match char::from_u32(c) {
        Some(ch) if ch.is_ascii() || ascii => ch.is_ascii_alphanumeric() || ch == '_',
        Some(ch) => unicode::is_alnum(ch),
        None => false,
    }
}

fn is_digit(c: u32, ascii: bool) -> bool {
    match char::from_u32(c) {
        Some(ch) if ch.is_ascii() || ascii => ch.is_ascii_digit(),
        Some(ch) => unicode::is_decimal(ch),
        None => false,
    }
}

fn is_space(c: u32, ascii: bool) -> bool {
    match char::from_u32(c) {
        Some(ch) if ch.is_ascii() || ascii => matches!(ch, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c'),
        Some(ch) => unicode::is_space(ch),
        None => false,
    }
}

fn item_matches(kind: u32, lo: u32, hi: u32, c: u32, ascii: bool) -> bool {
    let base = kind % ITEM_NOT;
    let hit = match base {
        ITEM_RANGE => (lo..=hi).contains(&c),
        ITEM_DIGIT => is_digit(c, ascii),
        ITEM_WORD => is_word(c, ascii),
        _ => is_space(c, ascii),
    };
    hit != (kind >= ITEM_NOT)
}

/// Whether class instruction at `pc` accepts `c`.
fn class_matches(code: &[u32], pc: usize, c: u32) -> bool {
    let flags = code[pc + 1];
    let n = code[pc + 2] as usize;
    let ascii = flags & CLASS_ASCII != 0;
    let items = &code[pc + 3..pc + 3 + 3 * n];
    let test = |c: u32| items.chunks_exact(3).any(|it| item_matches(it[0], it[1], it[2], c, ascii));
    let mut hit = test(c);
    if !hit && flags & CLASS_ICASE != 0 {
        if let Some(ch) = char::from_u32(c) {
            hit = ch.to_lowercase().any(|l| test(l as u32)) || ch.to_uppercase().any(|u| test(u as u32));
        }
    }
    hit != (flags & CLASS_NEGATED != 0)
}

/// Length in words of the instruction at `pc`.
pub fn inst_len(code: &[u32], pc: usize) -> usize {
    match code[pc] {
        ANY | ANY_NL | MATCH => 1,
        CHAR | CHAR_I | JMP | SAVE | ASSERT => 2,
        SPLIT => 3,
        _ => 3 + 3 * code[pc + 2] as usize,
    }
}

impl<'a> Vm<'a> {
    fn assert(&self, kind: u32, pos: usize) -> bool {
        let t = self.text;
        let nl = '\n' as u32;
        match kind {
            ASSERT_BOL => pos == 0,
            ASSERT_BOL_M => pos == 0 || t.get(pos - 1) == Some(&nl),
            ASSERT_EOL => pos == t.len() || (pos + 1 == t.len() && t[pos] == nl),
            ASSERT_EOL_M => pos == t.len() || t[pos] == nl,
            ASSERT_START => pos == 0,
            ASSERT_END => pos == t.len(),
            _ => {
                let before = pos > 0 && is_word(t[pos - 1], false);
                let after = pos < t.len() && is_word(t[pos], false);
                (before != after) == (kind == ASSERT_WORD)
            }
        }
    }

    /// Adds a thread at `pc0` with captures `caps`, following jumps, splits, saves and
    /// assertions at position `pos`, in priority order.
    fn add(&mut self, list: &mut Threads, pc0: usize, caps: &mut [usize], pos: usize) {
        self.stack.push(Job::Pc(pc0));
        while let Some(job) = self.stack.pop() {
            let pc = match job {
                Job::Restore(slot, old) => {
                    caps[slot] = old;
                    continue;
                }
                Job::Pc(pc) => pc,
            };
            if pc >= self.code.len() || self.seen[pc] == self.step {
                continue;
            }
            self.seen[pc] = self.step;
            match self.code[pc] {
                JMP => self.stack.push(Job::Pc(self.code[pc + 1] as usize)),
                SPLIT => {
                    self.stack.push(Job::Pc(self.code[pc + 2] as usize));
                    self.stack.push(Job::Pc(self.code[pc + 1] as usize));
                }
                SAVE => {
                    let slot = self.code[pc + 1] as usize;
                    if slot < caps.len() {
                        self.stack.push(Job::Restore(slot, caps[slot]));
                        caps[slot] = pos;
                    }
                    self.stack.push(Job::Pc(pc + 2));
                }
                ASSERT => {
                    if self.assert(self.code[pc + 1], pos) {
                        self.stack.push(Job::Pc(pc + 2));
                    }
                }
                _ => {
                    list.pcs.push(pc);
                    list.caps.extend_from_slice(caps);
                }
            }
        }
    }

    /// Whether the consuming instruction at `pc` accepts `c`.
    fn consumes(&self, pc: usize, c: u32) -> bool {
        match self.code[pc] {
            CHAR => self.code[pc + 1] == c,
            CHAR_I => self.code[pc + 1] == fold(c),
            ANY => c != '\n' as u32,
            ANY_NL => true,
            CLASS => class_matches(self.code, pc, c),
            _ => false,
        }
    }
}

/// Runs program `code` over `text`: the capture slots of the match found, if any.
pub fn exec(code: &[u32], nslots: usize, text: &[u32], s: Search) -> Option<Vec<usize>> {
    if s.start > text.len() {
        return None;
    }
    let mut vm =
        Vm { code, text, nslots, seen: alloc::vec![usize::MAX; code.len()], step: 0, stack: Vec::new() };
    let mut clist = Threads { pcs: Vec::new(), caps: Vec::new() };
    let mut nlist = Threads { pcs: Vec::new(), caps: Vec::new() };
    let mut scratch = alloc::vec![UNSET; nslots];
    let mut matched: Option<Vec<usize>> = None;
    vm.add(&mut clist, 0, &mut scratch, s.start);
    let mut pos = s.start;
    loop {
        if clist.pcs.is_empty() && (s.anchored || matched.is_some() || pos >= text.len()) {
            break;
        }
        vm.step += 1;
        nlist.pcs.clear();
        nlist.caps.clear();
        let c = text.get(pos).copied();
        for i in 0..clist.pcs.len() {
            let pc = clist.pcs[i];
            let caps = &clist.caps[i * nslots..(i + 1) * nslots];
            if code[pc] == MATCH {
                let empty_at_start = caps.first() == Some(&s.start) && pos == s.start;
                if (s.full && pos != text.len()) || (s.not_empty_at_start && empty_at_start) {
                    continue;
                }
                matched = Some(caps.to_vec());
                break;
            }
            if let Some(c) = c {
                if vm.consumes(pc, c) {
                    scratch.copy_from_slice(caps);
                    let next = pc + inst_len(code, pc);
                    vm.add(&mut nlist, next, &mut scratch, pos + 1);
                }
            }
        }
        if c.is_none() {
            break;
        }
        pos += 1;
        if !s.anchored && matched.is_none() {
            scratch.fill(UNSET);
            vm.add(&mut nlist, 0, &mut scratch, pos);
        }
        core::mem::swap(&mut clist, &mut nlist);
    }
    let _ = vm.nslots;
    matched
}

#[cfg(test)]
mod tests {
    use super::super::{compile, parse};
    use super::*;

    fn run(pattern: &str, text: &str, anchored: bool) -> Option<Vec<Option<(usize, usize)>>> {
        let p: Vec<u32> = pattern.chars().map(|c| c as u32).collect();
        let parsed = parse::parse(&p, 0, false).unwrap();
        let code = compile::compile(&parsed).unwrap();
        let t: Vec<u32> = text.chars().map(|c| c as u32).collect();
        let nslots = 2 * (parsed.groups + 1);
        let caps = exec(&code, nslots, &t, Search::new(0, anchored, false))?;
        Some(caps.chunks(2).map(|c| (c[0] != UNSET && c[1] != UNSET).then(|| (c[0], c[1]))).collect())
    }

    fn span(pattern: &str, text: &str) -> Option<(usize, usize)> {
        run(pattern, text, false).and_then(|g| g[0])
    }

    #[test]
    fn leftmost_first_like_backtracking() {
        assert_eq!(span("a+", "baaac"), Some((1, 4)));
        assert_eq!(span("a+?", "baaac"), Some((1, 2)));
        assert_eq!(span("a|ab", "ab"), Some((0, 1)));
        assert_eq!(span("ab|a", "ab"), Some((0, 2)));
        assert_eq!(span("x*", "abc"), Some((0, 0)));
        assert_eq!(span("a{2,3}", "aaaa"), Some((0, 3)));
        assert_eq!(span("a{2,3}?", "aaaa"), Some((0, 2)));
        assert_eq!(span("^b", "ab"), None);
        assert_eq!(span("b$", "ab\n"), Some((1, 2)));
        assert_eq!(span(r"\bfoo\b", "a foo b"), Some((2, 5)));
        assert_eq!(span(r"[^\s]+", "  xy z"), Some((2, 4)));
        assert_eq!(span("(?i)AbC", "xaBc"), Some((1, 4)));
        assert_eq!(span("[é-ë]", "café"), Some((3, 4)));
    }

    #[test]
    fn captures_follow_priorities() {
        let g = run("(a)?b(c)", "bc", true).unwrap();
        assert_eq!(g, alloc::vec![Some((0, 2)), None, Some((1, 2))]);
        let g = run("(([0-9]*)([a-z]*)[0-9]*)", "1234hello567", true).unwrap();
        assert_eq!(g[2], Some((0, 4)));
        assert_eq!(g[3], Some((4, 9)));
        let g = run("(a|ab)(c|bcd)(d*)", "abcd", true).unwrap();
        assert_eq!(g[1], Some((0, 1)));
        assert_eq!(g[2], Some((1, 4)));
    }

    #[test]
    fn pathological_patterns_stay_linear() {
        let text = "a".repeat(5000);
        assert_eq!(span("(a*)*b", &text), None);
        assert_eq!(span("(a|a)*$", &text), Some((0, 5000)));
        assert_eq!(span("(a*)*", "aaa"), Some((0, 3)));
        assert_eq!(span("(x+x+)+y", &"x".repeat(3000)), None);
    }
}
