//! Turning a scope's emitted stream into `fun_data`: jump sizes, offsets, the line-number
//! table and the prelude.
//!
//! Jumps start in their 3-byte form and shrink to 2 bytes while their offset fits, repeating
//! until nothing changes. Sizes only ever shrink, so this reaches the same layout as
//! mpy-cross's repeated emit passes (the largest consistent one).

use alloc::vec;
use alloc::vec::Vec;

use super::emit::{Item, Label};
use super::{CompileError, CompileErrorKind};
use crate::bytecode::opcodes::is_signed_jump;
use crate::bytecode::prelude::{write_line_step, write_signature, write_size, Signature};
use crate::bytecode::varint::write_uint;

/// The prelude fields of a scope.
pub(super) struct PreludeInfo {
    pub sig: Signature,
    /// qstr index of the scope's name.
    pub name: usize,
    /// qstr indices of the positional and keyword-only parameter names.
    pub arg_names: Vec<usize>,
    /// Locals to turn into cells on entry.
    pub cells: Vec<u8>,
}

/// Assembles `fun_data` from the emitted `items` (whose code bytes are in `bytes`).
pub(super) fn assemble(items: &[Item], bytes: &[u8], prelude: &PreludeInfo) -> Result<Vec<u8>, CompileError> {
    let n_labels =
        items.iter().filter_map(|i| if let Item::Label(l) = i { Some(*l as usize + 1) } else { None }).max();
    let mut label_pos = vec![usize::MAX; n_labels.unwrap_or(0)];
    let mut jump_len: Vec<usize> = items
        .iter()
        .filter_map(
            |i| if let Item::Jump { extra, .. } = i { Some(3 + extra.is_some() as usize) } else { None },
        )
        .collect();
    loop {
        let jump_pos = place(items, &jump_len, &mut label_pos);
        let mut changed = false;
        let mut j = 0;
        for item in items {
            if let Item::Jump { op, label, extra } = *item {
                let target = target_of(&label_pos, label)?;
                let short = short_form_fits(op, target as i64 - (jump_pos[j] as i64 + 2));
                let len = if short { 2 } else { 3 } + extra.is_some() as usize;
                if len < jump_len[j] {
                    jump_len[j] = len;
                    changed = true;
                }
                j += 1;
            }
        }
        if !changed {
            break;
        }
    }
    let code = encode(items, bytes, &jump_len, &label_pos)?;
    let lines = line_table(items, &jump_len);

    let mut info = Vec::new();
    write_uint(&mut info, prelude.name);
    for &a in &prelude.arg_names {
        write_uint(&mut info, a);
    }
    info.extend_from_slice(&lines);
    let mut fun_data = Vec::with_capacity(info.len() + code.len() + 8);
    write_signature(&mut fun_data, &prelude.sig);
    write_size(&mut fun_data, info.len(), prelude.cells.len());
    fun_data.extend_from_slice(&info);
    fun_data.extend_from_slice(&prelude.cells);
    fun_data.extend_from_slice(&code);
    Ok(fun_data)
}

/// Computes label offsets for the current jump sizes; returns each jump's offset.
fn place(items: &[Item], jump_len: &[usize], label_pos: &mut [usize]) -> Vec<usize> {
    let mut pos = 0;
    let mut jump_pos = Vec::with_capacity(jump_len.len());
    for item in items {
        match *item {
            Item::Code { start, end } => pos += end - start,
            Item::Jump { .. } => {
                jump_pos.push(pos);
                pos += jump_len[jump_pos.len() - 1];
            }
            Item::Label(l) => label_pos[l as usize] = pos,
            Item::Line(_) => {}
        }
    }
    jump_pos
}

fn target_of(label_pos: &[usize], label: Label) -> Result<usize, CompileError> {
    match label_pos.get(label as usize) {
        Some(&p) if p != usize::MAX => Ok(p),
        _ => Err(CompileError::with_kind(CompileErrorKind::BytecodeOverflow, "jump to an unplaced label", 0)),
    }
}

/// Whether a jump whose 1-byte-form offset would be `offset` can use that form.
fn short_form_fits(op: u8, offset: i64) -> bool {
    if is_signed_jump(op) {
        (-64..=63).contains(&offset)
    } else {
        (0..=127).contains(&offset)
    }
}

fn encode(
    items: &[Item],
    bytes: &[u8],
    jump_len: &[usize],
    label_pos: &[usize],
) -> Result<Vec<u8>, CompileError> {
    let mut out = Vec::with_capacity(bytes.len() + 3 * jump_len.len());
    let mut j = 0;
    for item in items {
        match *item {
            Item::Code { start, end } => out.extend_from_slice(&bytes[start..end]),
            Item::Jump { op, label, extra } => {
                let short = jump_len[j] - extra.is_some() as usize == 2;
                j += 1;
                let after = out.len() as i64 + if short { 2 } else { 3 };
                let offset = target_of(label_pos, label)? as i64 - after;
                out.push(op);
                let signed = is_signed_jump(op);
                if short {
                    out.push((offset + if signed { 0x40 } else { 0 }) as u8);
                } else {
                    let raw = offset + if signed { 0x4000 } else { 0 };
                    if !(0..=0x7FFF).contains(&raw) {
                        return Err(CompileError::with_kind(
                            CompileErrorKind::BytecodeOverflow,
                            "bytecode overflow",
                            0,
                        ));
                    }
                    out.push(0x80 | (raw & 0x7F) as u8);
                    out.push((raw >> 7) as u8);
                }
                if let Some(e) = extra {
                    out.push(e);
                }
            }
            Item::Label(_) | Item::Line(_) => {}
        }
    }
    Ok(out)
}

fn line_table(items: &[Item], jump_len: &[usize]) -> Vec<u8> {
    let mut out = Vec::new();
    let (mut pos, mut j) = (0, 0);
    let (mut last_pos, mut last_line) = (0, 1);
    for item in items {
        match *item {
            Item::Code { start, end } => pos += end - start,
            Item::Jump { .. } => {
                pos += jump_len[j];
                j += 1;
            }
            Item::Line(line) => {
                write_line_step(&mut out, pos - last_pos, (line - last_line) as usize);
                last_pos = pos;
                last_line = line;
            }
            Item::Label(_) => {}
        }
    }
    out
}
