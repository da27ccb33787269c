//! Searching and splitting byte strings, shared by `str` (on its UTF-8 bytes: a match of valid
//! UTF-8 in valid UTF-8 always falls on character boundaries), `bytes` and `bytearray`.
//! Results are offsets and ranges into the haystack, so callers copy each piece once, straight
//! into the object they make.

use alloc::vec::Vec;
use core::ops::Range;

/// CPython's slice-index adjustment for `find`/`count`/`startswith` windows: negative indices
/// count from the end and are clamped at 0, `end` is clamped at `len`. `start` may stay past
/// `len`, which callers treat as an empty window where it matters.
pub fn adjust_window(start: Option<i64>, end: Option<i64>, len: i64) -> (i64, i64) {
    let fix = |i: i64| if i < 0 { (i + len).max(0) } else { i };
    let start = start.map_or(0, fix);
    let end = end.map_or(len, |e| fix(e).min(len));
    (start, end)
}

/// The first position of `needle` in `hay`.
pub fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let Some((&first, rest)) = needle.split_first() else { return Some(0) };
    if needle.len() > hay.len() {
        return None;
    }
    let last_start = hay.len() - needle.len();
    let mut i = 0;
    while i <= last_start {
        let p = hay[i..=last_start].iter().position(|&b| b == first)?;
        let at = i + p;
        if &hay[at + 1..at + needle.len()] == rest {
            return Some(at);
        }
        i = at + 1;
    }
    None
}

/// The last position of `needle` in `hay`.
pub fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let Some((&first, rest)) = needle.split_first() else { return Some(hay.len()) };
    if needle.len() > hay.len() {
        return None;
    }
    let mut end = hay.len() - needle.len() + 1;
    while end > 0 {
        let at = hay[..end].iter().rposition(|&b| b == first)?;
        if &hay[at + 1..at + needle.len()] == rest {
            return Some(at);
        }
        end = at;
    }
    None
}

/// Number of non-overlapping occurrences of a non-empty `needle`.
pub fn count(hay: &[u8], needle: &[u8]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while let Some(p) = find(&hay[i..], needle) {
        n += 1;
        i += p + needle.len();
    }
    n
}

/// The pieces of `hay` between occurrences of a non-empty `sep`, at most `max_splits` splits
/// (`usize::MAX`: all), from the left.
pub fn split(hay: &[u8], sep: &[u8], max_splits: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    while out.len() < max_splits {
        let Some(p) = find(&hay[start..], sep) else { break };
        out.push(start..start + p);
        start += p + sep.len();
    }
    out.push(start..hay.len());
    out
}

/// As [`split`], splitting from the right; the pieces come back in left-to-right order.
pub fn rsplit(hay: &[u8], sep: &[u8], max_splits: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut end = hay.len();
    while out.len() < max_splits {
        let Some(p) = rfind(&hay[..end], sep) else { break };
        out.push(p + sep.len()..end);
        end = p;
    }
    out.push(0..end);
    out.reverse();
    out
}

/// `hay` with occurrences of a non-empty `old` replaced by `new`, at most `limit` of them.
pub fn replace(hay: &[u8], old: &[u8], new: &[u8], limit: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(hay.len());
    let mut i = 0;
    let mut done = 0;
    while done < limit {
        let Some(p) = find(&hay[i..], old) else { break };
        out.extend_from_slice(&hay[i..i + p]);
        out.extend_from_slice(new);
        i += p + old.len();
        done += 1;
    }
    out.extend_from_slice(&hay[i..]);
    out
}

/// The pieces of `hay` separated by runs of bytes for which `is_space` holds (leading and
/// trailing runs ignored), at most `max_splits` splits; the last piece keeps its trailing
/// white space.
pub fn split_whitespace(hay: &[u8], max_splits: usize, is_space: fn(u8) -> bool) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut i = 0;
    loop {
        while i < hay.len() && is_space(hay[i]) {
            i += 1;
        }
        if i == hay.len() {
            break;
        }
        if out.len() == max_splits {
            out.push(i..hay.len());
            break;
        }
        let start = i;
        while i < hay.len() && !is_space(hay[i]) {
            i += 1;
        }
        out.push(start..i);
    }
    out
}

/// As [`split_whitespace`], splitting from the right; pieces in left-to-right order.
pub fn rsplit_whitespace(hay: &[u8], max_splits: usize, is_space: fn(u8) -> bool) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut i = hay.len();
    loop {
        while i > 0 && is_space(hay[i - 1]) {
            i -= 1;
        }
        if i == 0 {
            break;
        }
        if out.len() == max_splits {
            out.push(0..i);
            break;
        }
        let end = i;
        while i > 0 && !is_space(hay[i - 1]) {
            i -= 1;
        }
        out.push(i..end);
    }
    out.reverse();
    out
}

/// ASCII white space as `bytes.split()`/`strip()` see it (includes `\v`).
pub fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(hay: &[u8], r: Vec<Range<usize>>) -> Vec<&[u8]> {
        r.into_iter().map(|r| &hay[r]).collect()
    }

    #[test]
    fn find_and_count() {
        assert_eq!(find(b"hello", b"ll"), Some(2));
        assert_eq!(find(b"hello", b""), Some(0));
        assert_eq!(find(b"hel", b"hello"), None);
        assert_eq!(find(b"aab", b"ab"), Some(1));
        assert_eq!(rfind(b"abab", b"ab"), Some(2));
        assert_eq!(rfind(b"abab", b""), Some(4));
        assert_eq!(rfind(b"abab", b"x"), None);
        assert_eq!(rfind(b"ab", b"b"), Some(1));
        assert_eq!(count(b"aaaa", b"aa"), 2);
        assert_eq!(count(b"abc", b"d"), 0);
    }

    #[test]
    fn splitting() {
        let h = b"a,b,,c";
        assert_eq!(pieces(h, split(h, b",", usize::MAX)), [&b"a"[..], b"b", b"", b"c"]);
        assert_eq!(pieces(h, split(h, b",", 1)), [&b"a"[..], b"b,,c"]);
        assert_eq!(pieces(h, rsplit(h, b",", 1)), [&b"a,b,"[..], b"c"]);
        let a = b"aaa";
        assert_eq!(pieces(a, split(a, b"aa", usize::MAX)), [&b""[..], b"a"]);
        assert_eq!(pieces(a, rsplit(a, b"aa", usize::MAX)), [&b"a"[..], b""]);
        let w = b"  a b\t c  ";
        assert_eq!(pieces(w, split_whitespace(w, usize::MAX, is_ascii_space)), [&b"a"[..], b"b", b"c"]);
        assert_eq!(pieces(w, split_whitespace(w, 1, is_ascii_space)), [&b"a"[..], b"b\t c  "]);
        assert_eq!(pieces(w, rsplit_whitespace(w, 1, is_ascii_space)), [&b"  a b"[..], b"c"]);
        assert!(split_whitespace(b"   ", 0, is_ascii_space).is_empty());
    }

    #[test]
    fn replacing() {
        assert_eq!(replace(b"aXbXc", b"X", b"--", usize::MAX), b"a--b--c");
        assert_eq!(replace(b"aXbXc", b"X", b"", 1), b"abXc");
        assert_eq!(adjust_window(Some(-2), None, 5), (3, 5));
        assert_eq!(adjust_window(Some(7), Some(-9), 5), (7, 0));
    }
}
