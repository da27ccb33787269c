//! Drawing on a frame buffer's pixels: lines, ellipses, polygons, scrolling, blitting and
//! text. The shapes are rasterised exactly as MicroPython's `framebuf` does (Bresenham lines,
//! the midpoint ellipse, scan-line polygon filling), so the same calls set the same pixels.
//!
//! Coordinates are Python ints that fit a machine word; the arithmetic wraps as MicroPython's
//! does on a 64-bit machine instead of overflowing, and work that could only touch pixels
//! outside the frame is skipped.

use alloc::vec::Vec;
use core::num::Wrapping;

use super::font;
use super::surface::Layout;

type W = Wrapping<i64>;

/// Draws a line from (x1, y1) to (x2, y2), both ends included.
pub fn line(l: &Layout, d: &mut [u8], x1: i64, y1: i64, x2: i64, y2: i64, col: u32) {
    let (mut x, mut y) = (Wrapping(x1), Wrapping(y1));
    let (mut dx, mut sx) = step(Wrapping(x2) - x);
    let (mut dy, mut sy) = step(Wrapping(y2) - y);
    // Walk along the longer axis ("major"), stepping the other one when the error says so.
    let steep = dy > dx;
    if steep {
        core::mem::swap(&mut x, &mut y);
        core::mem::swap(&mut dx, &mut dy);
        core::mem::swap(&mut sx, &mut sy);
    }
    let extent = if steep { l.height } else { l.width } as i64;
    let mut e = Wrapping(2) * dy - dx;
    let mut i = Wrapping(0);
    while i < dx {
        if steep {
            l.set_checked(d, y.0, x.0, col);
        } else {
            l.set_checked(d, x.0, y.0, col);
        }
        if (sx.0 < 0 && x.0 < 0) || (sx.0 > 0 && x.0 >= extent) {
            // Moving away from the frame along the major axis: nothing more to draw.
            break;
        }
        while e >= Wrapping(0) {
            y += sy;
            e -= Wrapping(2) * dx;
        }
        x += sx;
        e += Wrapping(2) * dy;
        i += Wrapping(1);
    }
    l.set_checked(d, x2, y2, col);
}

/// The length and direction of a difference (a difference of 0 steps backwards).
fn step(delta: W) -> (W, W) {
    if delta > Wrapping(0) {
        (delta, Wrapping(1))
    } else {
        (-delta, Wrapping(-1))
    }
}

/// Quadrant bits of `ellipse`'s mask (Q1 top right, Q2 top left, Q3 bottom left, Q4 bottom
/// right) and the bit asking for a filled shape.
pub const QUADRANTS: i64 = 0x0f;
pub const FILL: i64 = 0x10;

/// Draws the ellipse centred at (cx, cy) with radii (rx, ry), only the quadrants in `mask`,
/// filled if `mask` has `FILL`.
pub fn ellipse(l: &Layout, d: &mut [u8], centre: (i64, i64), radii: (i64, i64), col: u32, mask: i64) {
    let ((cx, cy), (rx, ry)) = (centre, radii);
    if rx == 0 && ry == 0 {
        if mask & QUADRANTS != 0 {
            l.set_checked(d, cx, cy, col);
        }
        return;
    }
    let (a, b) = (Wrapping(rx), Wrapping(ry));
    let (two_a2, two_b2) = (Wrapping(2) * a * a, Wrapping(2) * b * b);
    let one = Wrapping(1);
    let mut points = |x: W, y: W| ellipse_points(l, d, centre, (x.0, y.0), col, mask);

    // The part where the slope is shallower than -1: y steps every time, x sometimes.
    let (mut x, mut y) = (a, Wrapping(0));
    let (mut x_change, mut y_change) = (b * b * (one - Wrapping(2) * a), a * a);
    let mut error = Wrapping(0);
    let (mut stop_x, mut stop_y) = (two_b2 * a, Wrapping(0));
    while stop_x >= stop_y {
        points(x, y);
        y += one;
        stop_y += two_a2;
        error += y_change;
        y_change += two_a2;
        if Wrapping(2) * error + x_change > Wrapping(0) {
            x -= one;
            stop_x -= two_b2;
            error += x_change;
            x_change += two_b2;
        }
    }

    // The steep part: x steps every time, y sometimes.
    let (mut x, mut y) = (Wrapping(0), b);
    let (mut x_change, mut y_change) = (b * b, a * a * (one - Wrapping(2) * b));
    let mut error = Wrapping(0);
    let (mut stop_x, mut stop_y) = (Wrapping(0), two_a2 * b);
    while stop_x <= stop_y {
        points(x, y);
        x += one;
        stop_x += two_b2;
        error += x_change;
        x_change += two_b2;
        if Wrapping(2) * error + y_change > Wrapping(0) {
            y -= one;
            stop_y -= two_a2;
            error += y_change;
            y_change += two_a2;
        }
    }
}

/// The four symmetric points (x, y) of an ellipse around (cx, cy), or the spans from the
/// centre line to them when filling.
fn ellipse_points(l: &Layout, d: &mut [u8], (cx, cy): (i64, i64), (x, y): (i64, i64), col: u32, mask: i64) {
    let (left, right) = (cx.wrapping_sub(x), cx.wrapping_add(x));
    let (top, bottom) = (cy.wrapping_sub(y), cy.wrapping_add(y));
    let quadrants = [(right, top, cx), (left, top, left), (left, bottom, left), (right, bottom, cx)];
    for (q, &(px, py, span_x)) in quadrants.iter().enumerate() {
        if mask & (1 << q) == 0 {
            continue;
        }
        if mask & FILL != 0 {
            l.fill_rect(d, span_x, py, x.wrapping_add(1), 1, col);
        } else {
            l.set_checked(d, px, py, col);
        }
    }
}

/// Draws the polygon with vertices `points` (x0, y0, x1, y1, ...; an odd last value is
/// ignored) offset by (x, y), filled or as an outline.
pub fn poly(l: &Layout, d: &mut [u8], x: i64, y: i64, points: &[i64], col: u32, fill: bool) {
    let vertices: Vec<(i64, i64)> = points.chunks_exact(2).map(|p| (p[0], p[1])).collect();
    let Some(&first) = vertices.first() else { return };
    // Edges from the first vertex to the last, then backwards through the list.
    let edges = || {
        let mut prev = first;
        vertices.iter().rev().map(move |&v| {
            let e = (prev, v);
            prev = v;
            e
        })
    };
    if !fill {
        for ((x1, y1), (x2, y2)) in edges() {
            line(l, d, x.wrapping_add(x1), y.wrapping_add(y1), x.wrapping_add(x2), y.wrapping_add(y2), col);
        }
        return;
    }
    // Scan lines crossing the polygon that fall inside the frame.
    let y_min = vertices.iter().map(|v| v.1).min().unwrap_or(0);
    let y_max = vertices.iter().map(|v| v.1).max().unwrap_or(0);
    let first_row = y_min.max(y.saturating_neg());
    let last_row = y_max.min((l.height as i64).saturating_sub(y).saturating_sub(1));
    let mut nodes: Vec<i64> = Vec::with_capacity(vertices.len());
    let mut row = first_row;
    while row <= last_row {
        nodes.clear();
        for ((x1, y1), (x2, y2)) in edges() {
            // An edge's lower end is left out so that two edges meeting at a vertex give one
            // crossing; the pixels that misses at local extremes are drawn directly.
            if y1 != y2 && ((y1 > row && y2 <= row) || (y1 <= row && y2 > row)) {
                nodes.push(crossing(x1, y1, x2, y2, row));
            } else if row == y1.max(y2) {
                let (vx, vy) = match y1.cmp(&y2) {
                    core::cmp::Ordering::Less => (x2, y2),
                    core::cmp::Ordering::Greater => (x1, y1),
                    core::cmp::Ordering::Equal => {
                        let (ax, ay) = (x.wrapping_add(x1), y.wrapping_add(y1));
                        line(l, d, ax, ay, x.wrapping_add(x2), y.wrapping_add(y2), col);
                        continue;
                    }
                };
                l.set_checked(d, x.wrapping_add(vx), y.wrapping_add(vy), col);
            }
        }
        nodes.sort_unstable();
        for pair in nodes.chunks_exact(2) {
            let width = pair[1].wrapping_sub(pair[0]).wrapping_add(1);
            l.fill_rect(d, x.wrapping_add(pair[0]), y.wrapping_add(row), width, 1, col);
        }
        row += 1;
    }
}

/// Where the edge (x1, y1)-(x2, y2) crosses scan line `row`, rounded to the nearest pixel in
/// 1/32 pixel fixed point (`y1 != y2`).
fn crossing(x1: i64, y1: i64, x2: i64, y2: i64, row: i64) -> i64 {
    let (x1, dx, dy, t) = (
        Wrapping(x1),
        Wrapping(x2) - Wrapping(x1),
        Wrapping(y2) - Wrapping(y1),
        Wrapping(row) - Wrapping(y1),
    );
    let scaled = Wrapping(32) * dx * t;
    let offset = Wrapping(scaled.0.wrapping_div(dy.0));
    (Wrapping(32) * x1 + offset + Wrapping(16)).0.wrapping_div(32)
}

/// Moves the contents by (dx, dy) pixels; the pixels uncovered keep their old colours. A step
/// as large as the frame does nothing.
pub fn scroll(l: &Layout, d: &mut [u8], dx: i64, dy: i64) {
    let (w, h) = (l.width as i64, l.height as i64);
    if dx.unsigned_abs() >= w as u64 || dy.unsigned_abs() >= h as u64 {
        return;
    }
    // Copy from the far side towards the direction of movement, so sources are read before
    // they are overwritten.
    let xs: Vec<i64> = if dx < 0 { (0..w + dx).collect() } else { (dx..w).rev().collect() };
    let ys = if dy < 0 { (0..h + dy).collect::<Vec<_>>() } else { (dy..h).rev().collect() };
    for &y in &ys {
        for &x in &xs {
            let c = l.get(d, (x - dx) as usize, (y - dy) as usize);
            l.set(d, x as usize, y as usize, c);
        }
    }
}

/// A read-only frame buffer: the source of a blit, or its palette.
pub struct Source<'a> {
    pub layout: Layout,
    pub data: &'a [u8],
}

/// Copies `src` to (x, y), mapping colours through `palette` (colour c becomes the palette's
/// pixel (c, 0)) and skipping pixels whose colour is `key`.
pub fn blit(l: &Layout, d: &mut [u8], src: &Source, x: i64, y: i64, key: u32, palette: Option<&Source>) {
    let (sw, sh) = (src.layout.width as i64, src.layout.height as i64);
    if x >= l.width as i64 || y >= l.height as i64 || x.saturating_neg() >= sw || y.saturating_neg() >= sh {
        return;
    }
    let (x0, y0) = (x.max(0), y.max(0));
    let (x_end, y_end) = ((x + sw).min(l.width as i64), (y + sh).min(l.height as i64));
    for dst_y in y0..y_end {
        for dst_x in x0..x_end {
            let mut c = src.layout.get(src.data, (dst_x - x) as usize, (dst_y - y) as usize);
            if let Some(p) = palette {
                c = p.layout.get(p.data, c as usize, 0);
            }
            if c != key {
                l.set(d, dst_x as usize, dst_y as usize, c);
            }
        }
    }
}

/// Draws `text` with its top left corner at (x, y), each byte one 8x8 glyph; bytes outside
/// the font draw its last glyph.
pub fn text(l: &Layout, d: &mut [u8], text: &[u8], x: i64, y: i64, col: u32) {
    let mut column_x = x;
    for &ch in text {
        let ch = if (font::FIRST..=font::LAST).contains(&ch) { ch } else { font::LAST };
        let start = (ch - font::FIRST) as usize * 8;
        for &bits in font::FONT.get(start..start + 8).unwrap_or(&[]) {
            if 0 <= column_x && column_x < l.width as i64 {
                for row in 0..8 {
                    if bits & (1 << row) != 0 {
                        l.set_checked(d, column_x, y.saturating_add(row), col);
                    }
                }
            }
            column_x = column_x.saturating_add(1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::surface::Format;
    use super::*;

    /// A GS8 frame of `w` x `h` and its pixels.
    fn frame(w: usize, h: usize) -> (Layout, Vec<u8>) {
        (Layout::new(w as i64, h as i64, Format::Gs8, w as i64).unwrap(), alloc::vec![0; w * h])
    }

    fn picture(l: &Layout, d: &[u8]) -> Vec<alloc::string::String> {
        d.chunks(l.width).map(|r| r.iter().map(|&p| if p != 0 { '#' } else { '.' }).collect()).collect()
    }

    #[test]
    fn lines_include_both_ends() {
        let (l, mut d) = frame(5, 4);
        line(&l, &mut d, 0, 0, 4, 2, 1);
        assert_eq!(picture(&l, &d), ["#....", ".##..", "...##", "....."]);
        let (l, mut d) = frame(3, 3);
        line(&l, &mut d, 2, 2, 2, 0, 1);
        assert_eq!(picture(&l, &d), ["..#", "..#", "..#"]);
    }

    #[test]
    fn far_away_lines_end_quickly() {
        let (l, mut d) = frame(3, 3);
        line(&l, &mut d, 1, 1, i64::MAX, 1, 1);
        line(&l, &mut d, i64::MIN, i64::MIN, i64::MAX, i64::MAX, 1);
        assert_eq!(picture(&l, &d)[1], ".##");
    }

    #[test]
    fn ellipse_outline_and_fill() {
        let (l, mut d) = frame(5, 5);
        ellipse(&l, &mut d, (2, 2), (2, 2), 1, QUADRANTS);
        assert_eq!(picture(&l, &d), [".###.", "#...#", "#...#", "#...#", ".###."]);
        let (l, mut d) = frame(5, 5);
        ellipse(&l, &mut d, (2, 2), (2, 2), 1, QUADRANTS | FILL);
        assert_eq!(picture(&l, &d), [".###.", "#####", "#####", "#####", ".###."]);
        let (l, mut d) = frame(5, 5);
        ellipse(&l, &mut d, (2, 2), (0, 0), 1, 0);
        assert!(d.iter().all(|&p| p == 0));
    }

    #[test]
    fn filled_triangle() {
        let (l, mut d) = frame(5, 3);
        poly(&l, &mut d, 0, 0, &[2, 0, 4, 2, 0, 2], 1, true);
        assert_eq!(picture(&l, &d), ["..#..", ".###.", "#####"]);
        let (l, mut d) = frame(5, 3);
        poly(&l, &mut d, 0, 0, &[0, 0, 4, 0, 4, 2, 0, 2, 9], 1, false);
        assert_eq!(picture(&l, &d), ["#####", "#...#", "#####"]);
    }

    #[test]
    fn scroll_moves_and_keeps_uncovered_pixels() {
        let (l, mut d) = frame(3, 1);
        d.copy_from_slice(&[1, 2, 3]);
        scroll(&l, &mut d, 1, 0);
        assert_eq!(d, [1, 1, 2]);
        scroll(&l, &mut d, -2, 0);
        assert_eq!(d, [2, 1, 2]);
        scroll(&l, &mut d, i64::MIN, 0);
        assert_eq!(d, [2, 1, 2]);
    }

    #[test]
    fn blit_with_key_and_palette() {
        let (l, mut d) = frame(3, 2);
        let (sl, _) = frame(2, 2);
        let src = Source { layout: sl, data: &[1, 0, 0, 1] };
        blit(&l, &mut d, &src, 1, 0, 0, None);
        assert_eq!(d, [0, 1, 0, 0, 0, 1]);
        let (pl, _) = frame(2, 1);
        let pal = Source { layout: pl, data: &[7, 9] };
        blit(&l, &mut d, &src, -1, -1, u32::MAX, Some(&pal));
        assert_eq!(d[0], 9);
    }

    #[test]
    fn text_clips_at_the_edges() {
        let (l, mut d) = frame(4, 4);
        text(&l, &mut d, b"|\xff", -1, -2, 1);
        // '|' is drawn in column 3 of its glyph, rows 0..=6: here column 2, rows 0..=4.
        assert_eq!(picture(&l, &d)[0], "..#.");
        assert_eq!(picture(&l, &d)[3], "..#.");
    }
}
