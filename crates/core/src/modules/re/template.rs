//! Replacement templates of `sub` and `Match.expand`: literal text with `\1`, `\g<1>` and
//! `\g<name>` group references and the usual character escapes (`\n`, `\t`, ...).

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

#[derive(Debug, PartialEq, Eq)]
pub enum Piece {
    Literal(Vec<u32>),
    Group(usize),
}

fn ch(c: u32) -> char {
    char::from_u32(c).unwrap_or('\u{fffd}')
}

/// Why a template is invalid: a syntax error (`re.error`) or an unknown group name
/// (`IndexError`, as in CPython).
#[derive(Debug)]
pub enum Error {
    Syntax(String),
    UnknownName(String),
}

impl From<String> for Error {
    fn from(s: String) -> Error {
        Error::Syntax(s)
    }
}

/// Parses template `t` (code points) for a pattern with `groups` groups; `name` finds the
/// number of a named group.
pub fn parse(t: &[u32], groups: usize, name: impl Fn(&str) -> Option<usize>) -> Result<Vec<Piece>, Error> {
    let mut pieces = Vec::new();
    let mut lit: Vec<u32> = Vec::new();
    let mut i = 0;
    let group = |n: usize, at: usize| {
        if n > groups {
            Err(format!("invalid group reference {n} at position {at}"))
        } else {
            Ok(Piece::Group(n))
        }
    };
    while i < t.len() {
        let c = t[i];
        i += 1;
        if c != '\\' as u32 {
            lit.push(c);
            continue;
        }
        let at = i - 1;
        let Some(&e) = t.get(i) else {
            return Err(format!("bad escape (end of pattern) at position {at}").into());
        };
        i += 1;
        let piece = match ch(e) {
            'g' => {
                if t.get(i) != Some(&('<' as u32)) {
                    return Err(format!("missing < at position {i}").into());
                }
                let start = i + 1;
                let Some(len) = t[start..].iter().position(|&c| c == '>' as u32) else {
                    return Err(format!("missing >, unterminated name at position {start}").into());
                };
                let text: String = t[start..start + len].iter().map(|&c| ch(c)).collect();
                i = start + len + 1;
                if text.is_empty() {
                    return Err(format!("missing group name at position {start}").into());
                }
                match text.parse::<usize>() {
                    Ok(n) if text.bytes().all(|b| b.is_ascii_digit()) => group(n, start)?,
                    _ => match name(&text) {
                        Some(n) => Piece::Group(n),
                        None if text.bytes().all(|b| b.is_ascii_digit()) => {
                            return Err(format!("invalid group reference {text} at position {start}").into())
                        }
                        None => return Err(Error::UnknownName(format!("unknown group name '{text}'"))),
                    },
                }
            }
            '0' => {
                let mut v = 0;
                for _ in 0..2 {
                    match t.get(i).and_then(|&c| ch(c).to_digit(8)) {
                        Some(d) => {
                            v = v * 8 + d;
                            i += 1;
                        }
                        None => break,
                    }
                }
                lit.push(v);
                continue;
            }
            '1'..='9' => {
                let mut n = (e - '0' as u32) as usize;
                if let Some(d) = t.get(i).and_then(|&c| ch(c).to_digit(10)) {
                    n = n * 10 + d as usize;
                    i += 1;
                }
                group(n, at + 1)?
            }
            'n' => Piece::Literal(alloc::vec![10]),
            't' => Piece::Literal(alloc::vec![9]),
            'r' => Piece::Literal(alloc::vec![13]),
            'f' => Piece::Literal(alloc::vec![12]),
            'v' => Piece::Literal(alloc::vec![11]),
            'a' => Piece::Literal(alloc::vec![7]),
            'b' => Piece::Literal(alloc::vec![8]),
            '\\' => Piece::Literal(alloc::vec![e]),
            c if c.is_ascii_alphabetic() => return Err(format!("bad escape \\{c} at position {at}").into()),
            _ => Piece::Literal(alloc::vec![c, e]),
        };
        match piece {
            Piece::Literal(l) => lit.extend(l),
            g => {
                if !lit.is_empty() {
                    pieces.push(Piece::Literal(core::mem::take(&mut lit)));
                }
                pieces.push(g);
            }
        }
    }
    if !lit.is_empty() {
        pieces.push(Piece::Literal(lit));
    }
    Ok(pieces)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str, groups: usize) -> Result<Vec<Piece>, Error> {
        let t: Vec<u32> = s.chars().map(|c| c as u32).collect();
        parse(&t, groups, |n| (n == "word").then_some(1))
    }

    fn lit(s: &str) -> Piece {
        Piece::Literal(s.chars().map(|c| c as u32).collect())
    }

    #[test]
    fn references_and_escapes() {
        assert_eq!(p(r"a\1b", 1).unwrap(), alloc::vec![lit("a"), Piece::Group(1), lit("b")]);
        assert_eq!(p(r"\g<1>\g<1>", 1).unwrap(), alloc::vec![Piece::Group(1), Piece::Group(1)]);
        assert_eq!(p(r"<\g<word>>", 1).unwrap(), alloc::vec![lit("<"), Piece::Group(1), lit(">")]);
        assert_eq!(p(r"x\n\t\\\-", 0).unwrap(), alloc::vec![lit("x\n\t\\\\-")]);
        assert_eq!(p(r"\12", 12).unwrap(), alloc::vec![Piece::Group(12)]);
        assert_eq!(p(r"\0", 0).unwrap(), alloc::vec![lit("\0")]);
    }

    #[test]
    fn bad_templates_are_errors() {
        for bad in [r"\2", r"\g<3>", r"\g<nope>", r"\g<1", r"\g1", r"\q", "\\", r"\199999999"] {
            assert!(p(bad, 1).is_err(), "{bad}");
        }
    }
}
