//! Structural checks of one bytecode `fun_data` loaded from a file: the prelude is well formed
//! and consistent, every instruction is defined and lies inside the code, every qstr, constant
//! and child index is in range, every jump lands on an instruction of the same function, and
//! the value stack and exception-block nesting can never outgrow what the prelude reserves.

use alloc::vec;

use crate::bytecode::decode::{decode, is_defined, Operand};
use crate::bytecode::opcodes::*;
use crate::bytecode::prelude::{read_prelude, FLAG_VARARGS, FLAG_VARKEYWORDS};
use crate::bytecode::stack_check::check_stack;

/// Most locals plus value-stack slots a function may ask for.
const MAX_STATE: usize = 1 << 24;

/// Checks `fun_data` against the sizes of the module tables and its own child list.
pub(super) fn validate_bytecode(
    fd: &[u8],
    n_qstr: usize,
    n_obj: usize,
    n_children: usize,
) -> Result<(), &'static str> {
    let p = read_prelude(fd).ok_or("malformed prelude")?;
    let sig = &p.sig;
    if p.name >= n_qstr || p.arg_names.iter().any(|&q| q >= n_qstr) {
        return Err("qstr index out of range");
    }
    let star_args =
        (sig.scope_flags & FLAG_VARARGS != 0) as usize + (sig.scope_flags & FLAG_VARKEYWORDS != 0) as usize;
    if sig.n_def_pos_args > sig.n_pos_args || sig.n_pos_args + sig.n_kwonly_args + star_args > sig.n_state {
        return Err("prelude argument counts do not fit the frame");
    }
    // The run-time code object stores these in fixed-width fields, and frame sizes must not
    // overflow an address computation even on a 32-bit machine.
    let n_cells = p.cells.1 - p.cells.0;
    if u32::try_from(fd.len()).is_err()
        || sig.n_state > MAX_STATE
        || sig.n_exc_stack > u16::MAX as usize
        || sig.n_pos_args + sig.n_kwonly_args > u16::MAX as usize
        || n_cells > u8::MAX as usize
    {
        return Err("function too large");
    }
    check_line_table(&fd[p.line_info.0..p.line_info.1])?;
    if fd[p.cells.0..p.cells.1].iter().any(|&c| c as usize >= sig.n_state) {
        return Err("closure cell outside the frame");
    }
    check_code(&fd[p.code_start..], n_qstr, n_obj, n_children)?;
    // The VM trusts n_state and n_exc_stack: make sure the code cannot outgrow them.
    check_stack(fd).map(|_| ())
}

fn check_line_table(table: &[u8]) -> Result<(), &'static str> {
    let mut i = 0;
    while i < table.len() {
        i += if table[i] & 0x80 != 0 { 2 } else { 1 };
    }
    if i == table.len() {
        Ok(())
    } else {
        Err("truncated line-number table")
    }
}

fn check_code(code: &[u8], n_qstr: usize, n_obj: usize, n_children: usize) -> Result<(), &'static str> {
    if code.is_empty() {
        return Err("empty bytecode");
    }
    let mut is_start = vec![false; code.len()];
    let mut at = 0;
    let mut last_op = 0;
    while at < code.len() {
        let ins = decode(code, at).ok_or("instruction runs past the end of the function")?;
        if !is_defined(ins.op) {
            return Err("undefined opcode");
        }
        match (ins.op, ins.operand) {
            (_, Operand::Qstr(q)) if q >= n_qstr => return Err("qstr index out of range"),
            (LOAD_CONST_OBJ, Operand::Uint(i)) if i >= n_obj => return Err("constant index out of range"),
            (
                MAKE_FUNCTION | MAKE_FUNCTION_DEFARGS | MAKE_CLOSURE | MAKE_CLOSURE_DEFARGS,
                Operand::Uint(i),
            ) if i >= n_children => return Err("child index out of range"),
            (STORE_COMP, Operand::Uint(v)) if v >> 2 == 0 => return Err("STORE_COMP names no collection"),
            _ => {}
        }
        is_start[at] = true;
        last_op = ins.op;
        at += ins.len;
    }
    if !matches!(
        last_op,
        RETURN_VALUE | RAISE_LAST | RAISE_OBJ | RAISE_FROM | JUMP | UNWIND_JUMP | POP_EXCEPT_JUMP
    ) {
        return Err("execution can run past the end of the function");
    }
    let mut at = 0;
    while let Some(ins) = decode(code, at) {
        if let Operand::Jump(target) = ins.operand {
            let ok = usize::try_from(target).ok().and_then(|t| is_start.get(t).copied()).unwrap_or(false);
            if !ok {
                return Err("jump target is not an instruction of the function");
            }
        }
        at += ins.len;
    }
    Ok(())
}
