//! Size classes of the heap's segregated free lists: one list per exact size up to 8 blocks
//! (where most objects fall), then power-of-two ranges, searched first-fit.

pub const NCLASS: usize = 13;

/// The list that holds runs of `blocks` blocks.
#[inline]
pub fn class_of(blocks: usize) -> usize {
    match blocks {
        0..=8 => blocks.saturating_sub(1),
        9..=16 => 8,
        17..=32 => 9,
        33..=64 => 10,
        65..=256 => 11,
        _ => 12,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_are_monotonic_and_cover_all_sizes() {
        let mut last = 0;
        for n in 1..2000 {
            let c = class_of(n);
            assert!(c >= last && c < NCLASS);
            last = c;
        }
        assert_eq!(class_of(1), 0);
        assert_eq!(class_of(8), 7);
        assert_eq!(class_of(9), 8);
    }
}
