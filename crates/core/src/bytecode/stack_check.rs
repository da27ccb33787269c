//! A stack-depth verifier: follows every path through a function's bytecode, including the
//! ways the VM enters exception handlers (an exception at the block's saved depth + 1, a
//! `return` or `break` passing through a `finally` at + 2) and the scratch slots some opcodes
//! use above the top of the stack, and checks that the deepest stack plus the local slots
//! the code uses fits `n_state`, and the deepest block nesting fits `n_exc_stack`.
//!
//! The VM trusts those prelude numbers (an overflow would overwrite locals), so the compiler's
//! tests run this on everything it emits.

use alloc::collections::BTreeMap;
use alloc::vec::Vec;

use super::decode::{decode, Instr, Operand};
use super::opcodes::*;
use super::prelude::{read_prelude, FLAG_VARARGS, FLAG_VARKEYWORDS};

/// What the check found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StackReport {
    /// Deepest value stack, scratch slots included.
    pub max_depth: usize,
    /// Local slots the code uses (parameters, cells, every local index it names).
    pub locals: usize,
    pub n_state: usize,
    pub max_blocks: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum BlockKind {
    Except,
    Finally,
    With,
}

/// How the handler of a block was entered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Mode {
    /// The protected code is running, or the handler was reached by falling through.
    Normal,
    /// The handler runs for an exception (its `END_FINALLY` re-raises).
    Exception,
    /// The handler runs for a `return` or `break`/`continue` passing through.
    Pending,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Block {
    kind: BlockKind,
    /// Stack depth saved when the block was set up.
    saved: i64,
    /// Offset of the handler; the block is "active" (its handler running) once execution
    /// is past it, as the VM decides.
    handler: usize,
    mode: Mode,
}

/// The states in which a `return` or `break`/`continue` at `at` enters the handlers of the
/// finally-type blocks it passes (the top `count` blocks) that are not yet running.
fn pending_entries(at: usize, blocks: &[Block], count: usize, work: &mut Work) -> Result<(), &'static str> {
    let first = blocks.len().saturating_sub(count);
    for (i, b) in blocks.iter().enumerate().skip(first) {
        if b.kind != BlockKind::Except && b.handler > at {
            let mut inner = blocks[..i].to_vec();
            inner.push(Block { mode: Mode::Pending, ..*b });
            work.push(b.handler, b.saved + 2, inner)?;
        }
    }
    Ok(())
}

/// How much work the check may do (states queued or remembered, each costing one unit plus
/// one per block it carries) before it gives up. Compiled code needs a tiny fraction of this;
/// bytecode from a file whose paths multiply, or whose loops pump the stack or the block
/// nesting, is rejected within bounded time and memory instead of being followed for ever.
const BUDGET: usize = 2_000_000;

/// The states still to visit, charged against the budget.
struct Work {
    states: Vec<(usize, i64, Vec<Block>)>,
    budget: usize,
}

impl Work {
    fn charge(&mut self, blocks: &[Block]) -> Result<(), &'static str> {
        self.budget = self.budget.checked_sub(1 + blocks.len()).ok_or("too many paths to check")?;
        Ok(())
    }

    fn push(&mut self, at: usize, depth: i64, blocks: Vec<Block>) -> Result<(), &'static str> {
        self.charge(&blocks)?;
        self.states.push((at, depth, blocks));
        Ok(())
    }
}

const TOO_DEEP: &str = "stack can grow into the local variables (n_state too small)";
const TOO_NESTED: &str = "exception blocks nest deeper than n_exc_stack";

/// Checks the function whose `fun_data` is given.
pub fn check_stack(fun_data: &[u8]) -> Result<StackReport, &'static str> {
    let p = read_prelude(fun_data).ok_or("malformed prelude")?;
    let code = &fun_data[p.code_start..];
    let mut locals = p.sig.n_pos_args + p.sig.n_kwonly_args;
    locals += (p.sig.scope_flags & FLAG_VARARGS != 0) as usize
        + (p.sig.scope_flags & FLAG_VARKEYWORDS != 0) as usize;
    for &c in &fun_data[p.cells.0..p.cells.1] {
        locals = locals.max(c as usize + 1);
    }
    let mut at = 0;
    while at < code.len() {
        let ins = decode(code, at).ok_or("truncated instruction")?;
        if let Some(n) = local_index(&ins) {
            locals = locals.max(n + 1);
        }
        at += ins.len;
    }

    let mut seen: BTreeMap<(usize, Vec<Block>), i64> = BTreeMap::new();
    let mut work = Work { states: alloc::vec![(0, 0, Vec::new())], budget: BUDGET };
    let mut max_depth = 0i64;
    let mut max_blocks = 0usize;
    while let Some((at, depth, blocks)) = work.states.pop() {
        match seen.get(&(at, blocks.clone())) {
            Some(&d) if d >= depth => continue,
            _ => {
                work.charge(&blocks)?;
                seen.insert((at, blocks.clone()), depth);
            }
        }
        if depth < 0 {
            return Err("stack underflow");
        }
        max_depth = max_depth.max(depth);
        max_blocks = max_blocks.max(blocks.len());
        // Past these the function is rejected anyway: stop before a loop pumps further.
        if max_depth as usize + locals > p.sig.n_state {
            return Err(TOO_DEEP);
        }
        if max_blocks > p.sig.n_exc_stack {
            return Err(TOO_NESTED);
        }
        let ins = decode(code, at).ok_or("execution runs off the end of the code")?;
        let pending_cleanup =
            ins.op == WITH_CLEANUP && blocks.last().is_some_and(|b| b.mode == Mode::Pending);
        if depth < stack_reads(&ins) + pending_cleanup as i64 {
            return Err("stack underflow");
        }
        let next = at + ins.len;
        let target = match ins.operand {
            Operand::Jump(t) => usize::try_from(t).map_err(|_| "jump before the code")?,
            _ => 0,
        };
        match ins.op {
            JUMP => work.push(target, depth, blocks)?,
            POP_JUMP_IF_TRUE | POP_JUMP_IF_FALSE => {
                work.push(target, depth - 1, blocks.clone())?;
                work.push(next, depth - 1, blocks)?;
            }
            JUMP_IF_TRUE_OR_POP | JUMP_IF_FALSE_OR_POP => {
                work.push(target, depth, blocks.clone())?;
                work.push(next, depth - 1, blocks)?;
            }
            FOR_ITER => {
                work.push(target, depth - 4, blocks.clone())?;
                work.push(next, depth + 1, blocks)?;
            }
            SETUP_EXCEPT | SETUP_FINALLY | SETUP_WITH => {
                let (kind, saved, after) = match ins.op {
                    SETUP_EXCEPT => (BlockKind::Except, depth, depth),
                    SETUP_FINALLY => (BlockKind::Finally, depth, depth),
                    _ => {
                        // `__exit__` and `__enter__` are looked up into 4 slots from the manager.
                        max_depth = max_depth.max(depth + 3);
                        (BlockKind::With, depth + 1, depth + 2)
                    }
                };
                let block = Block { kind, saved, handler: target, mode: Mode::Normal };
                let mut inside = blocks.clone();
                inside.push(block);
                let mut handling = blocks;
                handling.push(Block { mode: Mode::Exception, ..block });
                work.push(target, saved + 1, handling)?;
                work.push(next, after, inside)?;
            }
            POP_EXCEPT_JUMP => {
                let mut b = blocks;
                b.pop().ok_or("POP_EXCEPT_JUMP without a block")?;
                work.push(target, depth, b)?;
            }
            END_FINALLY => {
                let mut b = blocks;
                let top = b.pop().ok_or("END_FINALLY without a block")?;
                if top.mode == Mode::Normal {
                    work.push(next, depth - 1, b)?;
                }
            }
            WITH_CLEANUP => {
                let mut b = blocks;
                let top = b.last_mut().ok_or("WITH_CLEANUP without a block")?;
                if top.kind != BlockKind::With {
                    return Err("WITH_CLEANUP outside a with block");
                }
                // The `__exit__` call takes its arguments in slots up to saved + 3.
                max_depth = max_depth.max(top.saved + 3);
                if top.mode == Mode::Exception {
                    // `__exit__` may swallow the exception: execution can then continue.
                    top.mode = Mode::Normal;
                }
                work.push(next, depth - 2, b)?;
            }
            UNWIND_JUMP => {
                // The destination and the count are pushed while unwinding.
                max_depth = max_depth.max(depth + 2);
                let extra = ins.extra.unwrap_or(0);
                pending_entries(at, &blocks, (extra & 0x7F) as usize, &mut work)?;
                let mut b = blocks;
                let mut after = depth;
                for _ in 0..(extra & 0x7F) {
                    let left = b.pop().ok_or("UNWIND_JUMP leaves more blocks than exist")?;
                    // Leaving a block drops what was pushed since it was set up; leaving a
                    // `with` also drops its `__exit__` and manager.
                    after = if left.kind == BlockKind::With { left.saved - 2 } else { left.saved };
                }
                work.push(target, after - if extra & 0x80 != 0 { 4 } else { 0 }, b)?;
            }
            RETURN_VALUE => {
                let n = blocks.len();
                pending_entries(at, &blocks, n, &mut work)?;
            }
            RAISE_LAST | RAISE_OBJ | RAISE_FROM => {}
            op => work.push(next, depth + stack_effect(op, &ins)?, blocks)?,
        }
    }
    let max_depth = max_depth as usize;
    let report = StackReport { max_depth, locals, n_state: p.sig.n_state, max_blocks };
    if max_depth + locals > p.sig.n_state {
        return Err(TOO_DEEP);
    }
    if max_blocks > p.sig.n_exc_stack {
        return Err(TOO_NESTED);
    }
    Ok(report)
}

/// The local slot an instruction names, if any.
fn local_index(ins: &Instr) -> Option<usize> {
    match (ins.op, ins.operand) {
        (0xB0..=0xCF, _) => Some((ins.op & 0x0F) as usize),
        (
            LOAD_FAST_N | LOAD_DEREF | STORE_FAST_N | STORE_DEREF | DELETE_FAST | DELETE_DEREF,
            Operand::Uint(n),
        ) => Some(n),
        _ => None,
    }
}

/// How many values below the top an instruction reads or pops (the stack must hold at least
/// that many, or it would read below its frame's stack). `WITH_CLEANUP` reads one more while a
/// `return`/`break` passes through (see the caller).
fn stack_reads(ins: &Instr) -> i64 {
    let n = match ins.operand {
        Operand::Uint(n) => n as i64,
        _ => 0,
    };
    let extra = ins.extra.unwrap_or(0) as i64;
    let calls = (n & 0xFF) + 2 * (n >> 8);
    match ins.op {
        LOAD_ATTR | LOAD_METHOD | IMPORT_FROM | STORE_NAME | STORE_GLOBAL | STORE_FAST_N | STORE_DEREF
        | IMPORT_STAR | UNPACK_SEQUENCE | UNPACK_EX | DUP_TOP | POP_TOP | GET_ITER | GET_ITER_STACK
        | YIELD_VALUE | POP_JUMP_IF_TRUE | POP_JUMP_IF_FALSE | JUMP_IF_TRUE_OR_POP | JUMP_IF_FALSE_OR_POP
        | SETUP_WITH | END_FINALLY | RETURN_VALUE | RAISE_OBJ => 1,
        // STORE_FAST_MULTI and UNARY_OP_MULTI.
        0xC0..=0xD3 => 1,
        STORE_ATTR
        | IMPORT_NAME
        | MAKE_FUNCTION_DEFARGS
        | DUP_TOP_TWO
        | ROT_TWO
        | LOAD_SUBSCR
        | YIELD_FROM
        | RAISE_FROM => 2,
        0xD7..=0xF9 => 2,
        LOAD_SUPER_METHOD | STORE_SUBSCR | STORE_MAP | ROT_THREE | WITH_CLEANUP => 3,
        FOR_ITER => 4,
        MAKE_CLOSURE => extra,
        MAKE_CLOSURE_DEFARGS => extra + 2,
        BUILD_TUPLE | BUILD_LIST | BUILD_SET | BUILD_SLICE => n,
        // The collection sits `n >> 2` values below the top, under the item(s) it takes.
        STORE_COMP => (n >> 2).max(1) + 1,
        CALL_FUNCTION => calls + 1,
        CALL_FUNCTION_VAR_KW | CALL_METHOD => calls + 2,
        CALL_METHOD_VAR_KW => calls + 3,
        _ => 0,
    }
}

/// Net stack effect of an instruction that falls through to the next one.
pub(crate) fn stack_effect(op: u8, ins: &Instr) -> Result<i64, &'static str> {
    let n = match ins.operand {
        Operand::Uint(n) => n as i64,
        _ => 0,
    };
    let calls = |n: i64| (n & 0xFF) + 2 * (n >> 8);
    Ok(match op {
        LOAD_CONST_STRING | LOAD_NAME | LOAD_GLOBAL | LOAD_METHOD | IMPORT_FROM => 1,
        LOAD_ATTR | DELETE_NAME | DELETE_GLOBAL | DELETE_FAST | DELETE_DEREF => 0,
        LOAD_SUPER_METHOD | STORE_NAME | STORE_GLOBAL | IMPORT_NAME | STORE_FAST_N | STORE_DEREF => -1,
        STORE_ATTR => -2,
        MAKE_CLOSURE => 1 - ins.extra.unwrap_or(0) as i64,
        MAKE_CLOSURE_DEFARGS => -1 - ins.extra.unwrap_or(0) as i64,
        LOAD_CONST_SMALL_INT | LOAD_CONST_OBJ | LOAD_FAST_N | LOAD_DEREF | BUILD_MAP | MAKE_FUNCTION => 1,
        BUILD_TUPLE | BUILD_LIST | BUILD_SET | BUILD_SLICE => 1 - n,
        STORE_COMP => {
            if n & 3 == 1 {
                -2
            } else {
                -1
            }
        }
        UNPACK_SEQUENCE => n - 1,
        UNPACK_EX => (n & 0xFF) + (n >> 8),
        MAKE_FUNCTION_DEFARGS => -1,
        CALL_FUNCTION => -calls(n),
        CALL_FUNCTION_VAR_KW | CALL_METHOD => -calls(n) - 1,
        CALL_METHOD_VAR_KW => -calls(n) - 2,
        LOAD_CONST_FALSE | LOAD_CONST_NONE | LOAD_CONST_TRUE | LOAD_NULL | LOAD_BUILD_CLASS | DUP_TOP => 1,
        DUP_TOP_TWO => 2,
        LOAD_SUBSCR | POP_TOP | YIELD_FROM | IMPORT_STAR => -1,
        STORE_SUBSCR => -3,
        STORE_MAP => -2,
        ROT_TWO | ROT_THREE | GET_ITER | YIELD_VALUE => 0,
        GET_ITER_STACK => 3,
        0x70..=0xBF => 1,
        0xC0..=0xCF => -1,
        0xD0..=0xD3 => 0,
        0xD7..=0xF9 => -1,
        _ => return Err("undefined opcode"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bytecode::prelude::{write_signature, write_size, Signature};

    fn fun(n_state: usize, n_exc: usize, code: &[u8]) -> Vec<u8> {
        let mut fd = Vec::new();
        write_signature(&mut fd, &Signature { n_state, n_exc_stack: n_exc, ..Default::default() });
        write_size(&mut fd, 1, 0);
        fd.push(0);
        fd.extend_from_slice(code);
        fd
    }

    #[test]
    fn straight_line_depth() {
        // 1 + 2; return
        let code = [0x81, 0x82, 0xF2, 0x63];
        assert_eq!(check_stack(&fun(2, 0, &code)).unwrap().max_depth, 2);
        assert!(check_stack(&fun(1, 0, &code)).is_err());
    }

    #[test]
    fn locals_share_the_frame() {
        // x = 1; return x  (local 0)
        let code = [0x81, 0xC0, 0xB0, 0x63];
        assert_eq!(check_stack(&fun(2, 0, &code)).unwrap().locals, 1);
        assert!(check_stack(&fun(1, 0, &code)).is_err());
    }

    #[test]
    fn finally_handler_is_entered_with_a_pending_return() {
        // try: return 1 / finally: pass — SETUP_FINALLY; 1; RETURN; NONE; END_FINALLY; NONE; RETURN
        let code = [0x49, 0x03, 0x81, 0x63, 0x51, 0x5D, 0x51, 0x63];
        let r = check_stack(&fun(3, 1, &code)).unwrap();
        assert_eq!(r.max_depth, 2);
        assert!(check_stack(&fun(1, 1, &code)).is_err());
        assert!(check_stack(&fun(3, 0, &code)).is_err(), "block nesting must fit n_exc_stack");
    }

    #[test]
    fn underflow_and_bad_code_are_reported() {
        assert_eq!(check_stack(&fun(2, 0, &[0x59, 0x51, 0x63])), Err("stack underflow"));
        assert!(check_stack(&fun(2, 0, &[0x81])).is_err());
    }
}
