//! Regular expression syntax to a tree. The accepted syntax is MicroPython's (literals, `.`,
//! classes, `^ $`, `* + ?` and their lazy forms, `|`, groups, `(?:...)`, `\d \w \s` and their
//! negations) plus what CPython adds that a backtracking-free engine can run: counted
//! repetition `{m,n}`, named groups, `\b \B \A \Z`, character escapes, inline flags and
//! verbose mode. Backreferences and look-around are rejected. Nesting is bounded, so a
//! hostile pattern cannot exhaust the Rust stack.

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

/// Flag bits, with CPython's values.
pub const IGNORECASE: u32 = 2;
pub const MULTILINE: u32 = 8;
pub const DOTALL: u32 = 16;
pub const UNICODE: u32 = 32;
pub const VERBOSE: u32 = 64;
pub const ASCII: u32 = 256;

/// Deepest group nesting accepted.
const MAX_NESTING: usize = 200;
/// Largest repetition count in `{m,n}`.
pub const MAX_REPEAT: u32 = 65535;

/// A member of a character class.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClassItem {
    Range(u32, u32),
    /// `\d`, `\w`, `\s` (negated when the flag is set).
    Digit(bool),
    Word(bool),
    Space(bool),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Assertion {
    /// `^` (at a line start with MULTILINE).
    LineStart,
    /// `$`: the end, or before a final newline (at any line end with MULTILINE).
    LineEnd,
    TextStart,
    TextEnd,
    WordBoundary,
    NotWordBoundary,
}

#[derive(Debug, PartialEq, Eq)]
pub enum Node {
    Empty,
    Char {
        c: u32,
        icase: bool,
    },
    Any {
        dotall: bool,
    },
    Class {
        items: Vec<ClassItem>,
        negated: bool,
        icase: bool,
    },
    Assert {
        kind: Assertion,
        multiline: bool,
    },
    /// A group; `Some(n)` for capturing group `n`.
    Group(Option<usize>, Box<Node>),
    Concat(Vec<Node>),
    Alt(Vec<Node>),
    Repeat {
        node: Box<Node>,
        min: u32,
        max: Option<u32>,
        greedy: bool,
    },
}

/// A parsed pattern.
#[derive(Debug)]
pub struct Parsed {
    pub root: Node,
    /// Number of capturing groups.
    pub groups: usize,
    /// Named groups: (name, group number).
    pub names: Vec<(String, usize)>,
    /// The global flags, including those set inline with `(?i)` and friends.
    pub flags: u32,
}

/// A syntax error, described as CPython describes it.
#[derive(Debug, PartialEq, Eq)]
pub struct Error(pub String);

struct Parser<'a> {
    s: &'a [u32],
    pos: usize,
    flags: u32,
    groups: usize,
    names: Vec<(String, usize)>,
    depth: usize,
    /// Whether the subject is bytes (no `\u` escapes).
    bytes: bool,
}

fn err<T>(msg: &str, pos: usize) -> Result<T, Error> {
    Err(Error(format!("{msg} at position {pos}")))
}

fn is_digit(c: u32) -> bool {
    (b'0' as u32..=b'9' as u32).contains(&c)
}

fn ch(c: u32) -> char {
    char::from_u32(c).unwrap_or('\u{fffd}')
}

impl<'a> Parser<'a> {
    fn peek(&self) -> Option<u32> {
        self.s.get(self.pos).copied()
    }

    fn peek_is(&self, c: char) -> bool {
        self.peek() == Some(c as u32)
    }

    fn eat(&mut self, c: char) -> bool {
        if self.peek_is(c) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    /// In verbose mode, skips white space and `#` comments.
    fn skip_verbose(&mut self) {
        if self.flags & VERBOSE == 0 {
            return;
        }
        while let Some(c) = self.peek() {
            if c == '#' as u32 {
                while let Some(c) = self.peek() {
                    self.pos += 1;
                    if c == '\n' as u32 {
                        break;
                    }
                }
            } else if ch(c).is_whitespace() {
                self.pos += 1;
            } else {
                break;
            }
        }
    }

    fn alternation(&mut self) -> Result<Node, Error> {
        let mut alts = alloc::vec![self.concat()?];
        while self.eat('|') {
            alts.push(self.concat()?);
        }
        Ok(if alts.len() == 1 { alts.pop().unwrap_or(Node::Empty) } else { Node::Alt(alts) })
    }

    fn concat(&mut self) -> Result<Node, Error> {
        let mut items = Vec::new();
        loop {
            self.skip_verbose();
            match self.peek() {
                None => break,
                Some(c) if c == '|' as u32 || c == ')' as u32 => break,
                _ => {}
            }
            let atom_pos = self.pos;
            let Some(atom) = self.atom()? else { continue };
            let node = self.quantified(atom, atom_pos)?;
            items.push(node);
        }
        Ok(match items.len() {
            0 => Node::Empty,
            1 => items.pop().unwrap_or(Node::Empty),
            _ => Node::Concat(items),
        })
    }

    /// A number in a `{m,n}` quantifier.
    fn count(&mut self) -> Option<u32> {
        let start = self.pos;
        let mut n: u32 = 0;
        while let Some(c) = self.peek().filter(|&c| is_digit(c)) {
            n = n.saturating_mul(10).saturating_add(c - '0' as u32);
            self.pos += 1;
        }
        (self.pos > start).then_some(n)
    }

    /// `{m}`, `{m,}`, `{,n}` or `{m,n}` after the `{`; `None` (and no input used) if what
    /// follows is not a quantifier, in which case the brace is a literal.
    fn braces(&mut self) -> Result<Option<(u32, Option<u32>)>, Error> {
        let start = self.pos;
        let min = self.count();
        let bounds = if self.eat(',') { (min.unwrap_or(0), self.count()) } else { (min.unwrap_or(0), min) };
        if !self.eat('}') || (min.is_none() && self.s[start..self.pos].len() == 1) {
            self.pos = start;
            return Ok(None);
        }
        if let (min, Some(max)) = bounds {
            if max < min {
                return err("min repeat greater than max repeat", start);
            }
        }
        if bounds.0 > MAX_REPEAT || bounds.1.is_some_and(|m| m > MAX_REPEAT) {
            return err("the repetition number is too large", start);
        }
        Ok(Some(bounds))
    }

    fn quantified(&mut self, mut node: Node, atom_pos: usize) -> Result<Node, Error> {
        loop {
            self.skip_verbose();
            let at = self.pos;
            let (min, max) = match self.peek().and_then(char::from_u32) {
                Some('*') => (0, None),
                Some('+') => (1, None),
                Some('?') => (0, Some(1)),
                Some('{') => {
                    self.pos += 1;
                    match self.braces()? {
                        Some(b) => {
                            self.pos -= 1;
                            b
                        }
                        None => {
                            self.pos -= 1;
                            return Ok(node);
                        }
                    }
                }
                _ => return Ok(node),
            };
            self.pos += 1;
            if matches!(node, Node::Empty | Node::Assert { .. }) {
                return err("nothing to repeat", atom_pos);
            }
            if matches!(node, Node::Repeat { .. }) {
                return err("multiple repeat", at);
            }
            let greedy = !self.eat('?');
            node = Node::Repeat { node: Box::new(node), min, max, greedy };
        }
    }

    /// One atom; `None` for constructs that match nothing (comments, inline flags).
    fn atom(&mut self) -> Result<Option<Node>, Error> {
        let at = self.pos;
        let Some(c) = self.peek() else { return Ok(Some(Node::Empty)) };
        self.pos += 1;
        let node = match ch(c) {
            '.' => Node::Any { dotall: self.flags & DOTALL != 0 },
            '^' => Node::Assert { kind: Assertion::LineStart, multiline: self.flags & MULTILINE != 0 },
            '$' => Node::Assert { kind: Assertion::LineEnd, multiline: self.flags & MULTILINE != 0 },
            '[' => self.class()?,
            '(' => return self.group(at),
            '*' | '+' | '?' => return err("nothing to repeat", at),
            '{' => {
                if self.braces()?.is_some() {
                    return err("nothing to repeat", at);
                }
                self.literal('{' as u32)
            }
            '\\' => self.escape(false)?,
            _ => self.literal(c),
        };
        Ok(Some(node))
    }

    fn literal(&self, c: u32) -> Node {
        Node::Char { c, icase: self.flags & IGNORECASE != 0 }
    }

    fn class_node(&self, items: Vec<ClassItem>, negated: bool) -> Node {
        Node::Class { items, negated, icase: self.flags & IGNORECASE != 0 }
    }

    /// A group after its `(`.
    fn group(&mut self, at: usize) -> Result<Option<Node>, Error> {
        if self.depth >= MAX_NESTING {
            return err("too many nested groups", at);
        }
        let mut capture = true;
        let mut name = None;
        let saved_flags = self.flags;
        if self.eat('?') {
            capture = false;
            match self.peek().and_then(char::from_u32) {
                Some(':') => self.pos += 1,
                Some('P') if self.s.get(self.pos + 1) == Some(&('<' as u32)) => {
                    self.pos += 2;
                    name = Some(self.group_name()?);
                    capture = true;
                }
                Some('P') if self.s.get(self.pos + 1) == Some(&('=' as u32)) => {
                    return err("backreferences are not supported", at);
                }
                Some('#') => {
                    while let Some(c) = self.peek() {
                        self.pos += 1;
                        if c == ')' as u32 {
                            return Ok(None);
                        }
                    }
                    return err("missing ), unterminated comment", at);
                }
                Some('=' | '!' | '<') => return err("look-around assertions are not supported", at),
                Some(_) => {
                    if self.inline_flags(at)? {
                        return Ok(None);
                    }
                }
                None => return err("unexpected end of pattern", self.pos),
            }
        }
        let index = if capture {
            self.groups += 1;
            if let Some(n) = name {
                if self.names.iter().any(|(m, _)| *m == n) {
                    return err("redefinition of group name", at);
                }
                self.names.push((n, self.groups));
            }
            Some(self.groups)
        } else {
            None
        };
        self.depth += 1;
        let body = self.alternation()?;
        self.depth -= 1;
        if !self.eat(')') {
            return err("missing ), unterminated subpattern", at);
        }
        self.flags = saved_flags;
        Ok(Some(Node::Group(index, Box::new(body))))
    }

    /// `(?imsxau)` (global; `true` is returned) or `(?ims-imsx:` (scoped, the flags stay
    /// set until the group ends).
    fn inline_flags(&mut self, at: usize) -> Result<bool, Error> {
        let mut on = true;
        let mut set = 0;
        let mut clear = 0;
        loop {
            let Some(c) = self.peek() else { return err("missing -, : or )", self.pos) };
            self.pos += 1;
            let bit = match ch(c) {
                'i' => IGNORECASE,
                'm' => MULTILINE,
                's' => DOTALL,
                'x' => VERBOSE,
                'a' => ASCII,
                'u' => UNICODE,
                'L' => 0,
                '-' if on => {
                    on = false;
                    continue;
                }
                ')' if on => {
                    self.flags |= set;
                    return Ok(true);
                }
                ':' => {
                    self.flags = (self.flags | set) & !clear;
                    return Ok(false);
                }
                _ => return err("unknown extension", at),
            };
            if on {
                set |= bit;
            } else {
                clear |= bit;
            }
        }
    }

    fn group_name(&mut self) -> Result<String, Error> {
        let start = self.pos;
        let mut name = String::new();
        loop {
            let Some(c) = self.peek() else { return err("missing >, unterminated name", start) };
            self.pos += 1;
            if c == '>' as u32 {
                break;
            }
            name.push(ch(c));
        }
        let mut chars = name.chars();
        let valid = matches!(chars.next(), Some(c) if c == '_' || c.is_alphabetic())
            && chars.all(|c| c == '_' || c.is_alphanumeric());
        if !valid {
            return err(&format!("bad character in group name '{name}'"), start);
        }
        Ok(name)
    }

    /// Exactly `n` hex digits.
    fn hex(&mut self, n: usize) -> Result<u32, Error> {
        let start = self.pos;
        let mut v: u32 = 0;
        for _ in 0..n {
            match self.peek().and_then(|c| ch(c).to_digit(16)) {
                Some(d) => v = v * 16 + d,
                None => return err("incomplete escape", start - 2),
            }
            self.pos += 1;
        }
        Ok(v)
    }

    /// An escape after its backslash (`in_class`: inside `[...]`, where `\b` is a backspace).
    fn escape(&mut self, in_class: bool) -> Result<Node, Error> {
        let at = self.pos - 1;
        let Some(c) = self.peek() else { return err("bad escape (end of pattern)", at) };
        self.pos += 1;
        let class = |item| self.class_node(alloc::vec![item], false);
        let assert = |kind| Node::Assert { kind, multiline: false };
        Ok(match ch(c) {
            'd' => class(ClassItem::Digit(false)),
            'D' => class(ClassItem::Digit(true)),
            'w' => class(ClassItem::Word(false)),
            'W' => class(ClassItem::Word(true)),
            's' => class(ClassItem::Space(false)),
            'S' => class(ClassItem::Space(true)),
            'b' if in_class => self.literal(8),
            'b' => assert(Assertion::WordBoundary),
            'B' if !in_class => assert(Assertion::NotWordBoundary),
            'A' if !in_class => assert(Assertion::TextStart),
            'Z' if !in_class => assert(Assertion::TextEnd),
            'n' => self.literal(10),
            't' => self.literal(9),
            'r' => self.literal(13),
            'f' => self.literal(12),
            'v' => self.literal(11),
            'a' => self.literal(7),
            'x' => {
                let v = self.hex(2)?;
                self.literal(v)
            }
            'u' if !self.bytes => {
                let v = self.hex(4)?;
                self.literal(v)
            }
            'U' if !self.bytes => {
                let v = self.hex(8)?;
                if char::from_u32(v).is_none() {
                    return err("bad escape \\U", at);
                }
                self.literal(v)
            }
            '0' => {
                let mut v = 0;
                for _ in 0..2 {
                    match self.peek().and_then(|c| ch(c).to_digit(8)) {
                        Some(d) => {
                            v = v * 8 + d;
                            self.pos += 1;
                        }
                        None => break,
                    }
                }
                self.literal(v)
            }
            '1'..='9' if !in_class => return err("backreferences are not supported", at),
            _ => self.literal(c),
        })
    }

    /// A character class after its `[`.
    fn class(&mut self) -> Result<Node, Error> {
        let at = self.pos - 1;
        let negated = self.eat('^');
        let mut items = Vec::new();
        let mut first = true;
        loop {
            let Some(c) = self.peek() else { return err("unterminated character set", at) };
            if c == ']' as u32 && !first {
                self.pos += 1;
                break;
            }
            first = false;
            let lo = self.class_atom()?;
            let ClassAtom::Char(lo) = lo else {
                if let ClassAtom::Item(item) = lo {
                    items.push(item);
                }
                continue;
            };
            if self.peek_is('-') && self.s.get(self.pos + 1).is_some_and(|&c| c != ']' as u32) {
                let range_at = self.pos;
                self.pos += 1;
                match self.class_atom()? {
                    ClassAtom::Char(hi) if hi >= lo => items.push(ClassItem::Range(lo, hi)),
                    _ => return err("bad character range", range_at),
                }
            } else {
                items.push(ClassItem::Range(lo, lo));
            }
        }
        Ok(self.class_node(items, negated))
    }

    fn class_atom(&mut self) -> Result<ClassAtom, Error> {
        let Some(c) = self.peek() else { return err("unterminated character set", self.pos) };
        self.pos += 1;
        if c != '\\' as u32 {
            return Ok(ClassAtom::Char(c));
        }
        Ok(match self.escape(true)? {
            Node::Char { c, .. } => ClassAtom::Char(c),
            Node::Class { items, .. } => items.first().map_or(ClassAtom::None, |&i| ClassAtom::Item(i)),
            _ => ClassAtom::None,
        })
    }
}

enum ClassAtom {
    Char(u32),
    Item(ClassItem),
    None,
}

/// Parses pattern `s` (code points) with the given flags.
pub fn parse(s: &[u32], flags: u32, bytes: bool) -> Result<Parsed, Error> {
    let mut p = Parser { s, pos: 0, flags, groups: 0, names: Vec::new(), depth: 0, bytes };
    let root = p.alternation()?;
    if p.pos < s.len() {
        return err("unbalanced parenthesis", p.pos);
    }
    Ok(Parsed { root, groups: p.groups, names: p.names, flags: p.flags })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(s: &str) -> Result<Parsed, Error> {
        let cps: Vec<u32> = s.chars().map(|c| c as u32).collect();
        parse(&cps, 0, false)
    }

    #[test]
    fn errors_are_reported() {
        for bad in [
            "?",
            "*",
            "+",
            ")",
            "[",
            "([",
            "([)",
            "[a\\]",
            "(",
            "a**",
            "a{3,2}",
            "(?P<1>a)",
            "\\1",
            "(?=a)",
            "(?P<n>a)(?P<n>b)",
            "[z-a]",
            "a|*",
        ] {
            assert!(parse_str(bad).is_err(), "{bad} should not parse");
        }
        let deep = "(".repeat(1000) + &")".repeat(1000);
        assert!(parse_str(&deep).is_err());
    }

    #[test]
    fn quantifiers_and_braces() {
        let p = parse_str("a{2,3}?").unwrap();
        assert!(matches!(p.root, Node::Repeat { min: 2, max: Some(3), greedy: false, .. }));
        let p = parse_str("a{,}").unwrap();
        assert!(matches!(p.root, Node::Repeat { min: 0, max: None, .. }), "{:?}", p.root);
        let p = parse_str("a{}").unwrap();
        assert!(matches!(p.root, Node::Concat(ref v) if v.len() == 3), "{:?}", p.root);
        let p = parse_str("x{2}").unwrap();
        assert!(matches!(p.root, Node::Repeat { min: 2, max: Some(2), greedy: true, .. }));
    }

    #[test]
    fn groups_and_flags() {
        let p = parse_str("(?i)(a)(?:b)(?P<name>c)").unwrap();
        assert_eq!(p.groups, 2);
        assert_eq!(p.names, alloc::vec![(String::from("name"), 2)]);
        assert_eq!(p.flags & IGNORECASE, IGNORECASE);
        let p = parse_str("[^a-c\\d-]").unwrap();
        let Node::Class { items, negated: true, .. } = p.root else { panic!("{:?}", p.root) };
        assert_eq!(
            items,
            alloc::vec![ClassItem::Range(97, 99), ClassItem::Digit(false), ClassItem::Range(45, 45)]
        );
    }
}
