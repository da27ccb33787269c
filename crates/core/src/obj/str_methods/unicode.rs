//! Character classes and case mappings in CPython's terms. Rust's `char` gives upper/lower
//! case (with the same full mappings as CPython) and white space; the classes CPython defines
//! by Unicode category (letters, digits, printable, identifiers) and the title and fold
//! mappings come from the generated tables in `unicode_tables.rs`. ASCII never reaches a table.

use alloc::string::String;

use super::unicode_tables as t;

/// Whether `c` lies in one of the packed ranges of `table`.
fn in_table(table: &[u32], c: char) -> bool {
    let c = c as u32;
    let i = table.partition_point(|&e| e >> t::LEN_BITS <= c);
    match i.checked_sub(1).and_then(|i| table.get(i)) {
        Some(&e) => c - (e >> t::LEN_BITS) <= e & ((1 << t::LEN_BITS) - 1),
        None => false,
    }
}

/// `str.isspace` for one character: White_Space plus the ASCII information separators.
#[inline]
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c' | '\x1c'..='\x1f');
    }
    c.is_whitespace()
}

pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_table(&t::ALPHA, c)
}

pub fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_table(&t::DECIMAL, c)
}

pub fn is_digit(c: char) -> bool {
    is_decimal(c) || !c.is_ascii() && in_table(&t::DIGIT_EXTRA, c)
}

pub fn is_numeric(c: char) -> bool {
    is_digit(c) || !c.is_ascii() && in_table(&t::NUMERIC_EXTRA, c)
}

pub fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_numeric(c)
}

/// Printable as CPython defines it: everything but controls, format characters, surrogates,
/// private use, unassigned code points and separators other than the ASCII space.
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    in_table(&t::PRINTABLE, c)
}

/// A titlecase letter (category Lt), such as `ǅ`.
pub fn is_titlecase(c: char) -> bool {
    !c.is_ascii() && in_table(&t::TITLECASE, c)
}

pub fn is_upper(c: char) -> bool {
    c.is_uppercase()
}

pub fn is_lower(c: char) -> bool {
    c.is_lowercase()
}

/// Cased letters: upper, lower or title case.
pub fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase() || is_titlecase(c)
}

/// XID_Start, or `_`: may start an identifier.
pub fn is_id_start(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic() || c == '_';
    }
    in_table(&t::ID_START_EXTRA, c) || is_alpha(c) && !in_table(&t::ID_START_EXCLUDED, c)
}

/// XID_Continue: may continue an identifier.
pub fn is_id_continue(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    is_id_start(c) || is_decimal(c) || in_table(&t::ID_CONTINUE_EXTRA, c)
}

/// Appends the title case of `c` (full mapping: `ß` → `Ss`).
pub fn push_title(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
        return;
    }
    if let Ok(i) = t::TITLE_MAP.binary_search_by_key(&(c as u32), |e| e.0) {
        for &u in t::TITLE_MAP[i].1.iter().filter(|&&u| u != 0) {
            out.extend(char::from_u32(u as u32));
        }
        return;
    }
    let mut upper = c.to_uppercase();
    out.extend(upper.next());
    for rest in upper {
        out.extend(rest.to_lowercase());
    }
}

/// Appends the case folding of `c` (`str.casefold`: full folding, `ß` → `ss`).
pub fn push_casefold(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if c == '\u{1e9e}' {
        out.push_str("ss");
    } else if in_table(&t::FOLD_TO_UPPER, c) {
        out.extend(c.to_uppercase());
    } else if in_table(&t::FOLD_TO_LOWER_OF_UPPER, c) {
        out.extend(c.to_uppercase().flat_map(char::to_lowercase));
    } else {
        out.extend(c.to_lowercase());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        assert!(is_alpha('é') && is_alpha('日') && !is_alpha('\u{345}') && !is_alpha('1'));
        assert!(is_decimal('٣') && is_digit('²') && !is_decimal('²') && is_numeric('½'));
        assert!(is_numeric('一') && !is_digit('一') && !is_numeric('x'));
        assert!(is_space('\u{3000}') && is_space('\x1f') && !is_space('\u{200b}'));
        assert!(!is_printable('\u{a0}') && !is_printable('\u{200b}') && is_printable('é'));
        assert!(!is_printable('\u{e000}') && !is_printable('\u{2028}') && is_printable('😀'));
        assert!(is_titlecase('ǅ') && !is_titlecase('Ǆ') && is_cased('ǅ'));
        assert!(is_id_start('é') && !is_id_start('1') && is_id_continue('1'));
        assert!(is_id_continue('\u{301}') && !is_id_start('\u{301}'));
    }

    #[test]
    fn mappings() {
        let mut s = String::new();
        for c in ['ß', 'ǆ', 'ﬁ', 'a', 'ŉ', 'ᾳ'] {
            push_title(c, &mut s);
        }
        assert_eq!(s, "SsǅFiAʼNᾼ");
        s.clear();
        for c in ['ß', 'ẞ', 'Σ', 'ς', 'ꭰ', 'A', 'µ'] {
            push_casefold(c, &mut s);
        }
        assert_eq!(s, "ssssσσᎠaμ");
    }
}
