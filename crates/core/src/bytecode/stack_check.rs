//! A stack verifier: follows every path through a function's bytecode, including the ways
//! the VM enters exception handlers (an exception at the block's saved depth + 1, a `return`
//! or `break` passing through a `finally` at + 2) and the scratch slots some opcodes use above
//! the top of the stack. It checks that
//! - every path reaches an instruction with the same stack (depth and slot kinds), so the
//!   depth the VM has at run time is the one checked here;
//! - the deepest stack plus the local slots the code uses fits `n_state`, and the deepest
//!   block nesting fits `n_exc_stack` (the VM trusts those prelude numbers: an overflow would
//!   overwrite locals);
//! - no instruction reads below the stack its innermost block was set up with (so handlers
//!   find the stack they were checked with);
//! - values are only read where the VM expects them: a for loop's iterator slots only by
//!   `FOR_ITER` and the jump that leaves the loop, NULL (`LOAD_NULL`, a method's missing self)
//!   only where an instruction accepts it.
//!
//! The loader runs it on every function of a `.mpy` file; the compiler's tests run it on
//! everything the compiler emits.

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

/// What a stack slot holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Slot {
    /// A Python object.
    Object,
    /// An object or the NULL sentinel (`LOAD_NULL`, the self slot `LOAD_METHOD` leaves).
    MaybeNull,
    /// Slot `i` of the four `GET_ITER_STACK` makes for a for loop: not an object.
    Iter(u8),
}

const ITER_SLOTS: [Slot; 4] = [Slot::Iter(0), Slot::Iter(1), Slot::Iter(2), Slot::Iter(3)];

/// Whether the top four slots are a for loop's iterator: `GET_ITER_STACK`'s, or built by hand
/// as a generator expression does (NULL, the iterator, NULL, NULL). `FOR_ITER` reads the
/// first slot only to choose its way, the others as numbers, except the iterator itself.
fn is_loop_iter(s: &[Slot]) -> bool {
    let Some(top) = s.len().checked_sub(4).map(|i| &s[i..]) else {
        return false;
    };
    let maybe_null = |k: Slot| matches!(k, Slot::Object | Slot::MaybeNull);
    top == ITER_SLOTS
        || (maybe_null(top[0]) && top[1] == Slot::Object && maybe_null(top[2]) && maybe_null(top[3]))
}

/// What an exception block protects with (`SETUP_EXCEPT`, `SETUP_FINALLY`, `SETUP_WITH`); the
/// VM tags its exception-block entries with these numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum BlockKind {
    Except = 0,
    Finally = 1,
    With = 2,
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
    saved: usize,
    /// Offset of the handler; the block is "active" (its handler running) once execution
    /// is past it, as the VM decides.
    handler: usize,
    mode: Mode,
}

impl Block {
    /// Whether a `return` or jump whose next instruction is at `next` enters this block's
    /// handler (the VM's test: the handler is not yet running).
    fn entered_from(&self, next: usize) -> bool {
        self.kind != BlockKind::Except && self.handler >= next
    }
}

/// How deep instruction `op` may read: not below the stack the innermost block was set up
/// with, except that a `with` block's cleanup also takes its `__exit__` and manager.
fn floor(blocks: &[Block], op: u8) -> usize {
    match blocks.last() {
        None => 0,
        Some(b) if b.kind == BlockKind::With && (op == WITH_CLEANUP || op == END_FINALLY) => b.saved - 2,
        Some(b) => b.saved,
    }
}

/// One point of the search: an instruction, the stack and the open blocks on arriving there.
struct State {
    at: usize,
    stack: Vec<Slot>,
    blocks: Vec<Block>,
}

/// The states in which a `return` or `break`/`continue` whose next instruction is at `next`
/// enters the handlers of the finally-type blocks it passes (the top `count` blocks).
fn pending_entries(
    next: usize,
    stack: &[Slot],
    blocks: &[Block],
    count: usize,
    work: &mut Work,
) -> Result<(), &'static str> {
    let first = blocks.len().saturating_sub(count);
    for (i, b) in blocks.iter().enumerate().skip(first) {
        if b.entered_from(next) {
            let mut inner = blocks[..i].to_vec();
            inner.push(Block { mode: Mode::Pending, ..*b });
            let mut stack = stack[..b.saved].to_vec();
            stack.extend_from_slice(&[Slot::Object, Slot::Object]);
            work.push(b.handler, stack, inner)?;
        }
    }
    Ok(())
}

/// How much work the check may do (states queued or remembered, each costing one unit plus
/// one per block and per four stack slots it carries) before it gives up. Compiled code needs
/// a tiny fraction of this; bytecode from a file whose paths multiply is rejected within
/// bounded time and memory instead of being followed for ever.
const BUDGET: usize = 2_000_000;

/// The states still to visit, charged against the budget.
struct Work {
    states: Vec<State>,
    budget: usize,
}

impl Work {
    fn charge(&mut self, stack: &[Slot], blocks: &[Block]) -> Result<(), &'static str> {
        let cost = 1 + blocks.len() + stack.len() / 4;
        self.budget = self.budget.checked_sub(cost).ok_or("too many paths to check")?;
        Ok(())
    }

    fn push(&mut self, at: usize, stack: Vec<Slot>, blocks: Vec<Block>) -> Result<(), &'static str> {
        self.charge(&stack, &blocks)?;
        self.states.push(State { at, stack, blocks });
        Ok(())
    }
}

const TOO_DEEP: &str = "stack can grow into the local variables (n_state too small)";
const TOO_NESTED: &str = "exception blocks nest deeper than n_exc_stack";
const UNDERFLOW: &str = "stack underflow";
const WRONG_KIND: &str = "an instruction reads a stack slot of the wrong kind";
const DIFFERS: &str = "paths reach an instruction with different stacks";

/// Checks that the top `n` slots (above `floor`) are objects.
fn expect_objects(s: &[Slot], n: usize, floor: usize) -> Result<(), &'static str> {
    if s.len() < n || s.len() - n < floor {
        return Err(UNDERFLOW);
    }
    if s[s.len() - n..].iter().all(|&k| k == Slot::Object) {
        Ok(())
    } else {
        Err(WRONG_KIND)
    }
}

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

    let mut seen: BTreeMap<(usize, Vec<Block>), Vec<Slot>> = BTreeMap::new();
    let start = State { at: 0, stack: Vec::new(), blocks: Vec::new() };
    let mut work = Work { states: alloc::vec![start], budget: BUDGET };
    let mut max_depth = 0usize;
    let mut max_blocks = 0usize;
    while let Some(State { at, mut stack, blocks }) = work.states.pop() {
        let key = (at, blocks);
        match seen.get(&key) {
            Some(s) if *s == stack => continue,
            Some(_) => return Err(DIFFERS),
            None => {
                work.charge(&stack, &key.1)?;
                seen.insert(key.clone(), stack.clone());
            }
        }
        let blocks = key.1;
        let depth = stack.len();
        max_depth = max_depth.max(depth);
        max_blocks = max_blocks.max(blocks.len());
        // Past these the function is rejected anyway: stop before a loop pumps further.
        if max_depth + locals > p.sig.n_state {
            return Err(TOO_DEEP);
        }
        if max_blocks > p.sig.n_exc_stack {
            return Err(TOO_NESTED);
        }
        let ins = decode(code, at).ok_or("execution runs off the end of the code")?;
        let next = at + ins.len;
        let target = match ins.operand {
            Operand::Jump(t) => usize::try_from(t).map_err(|_| "jump before the code")?,
            _ => 0,
        };
        let floor = floor(&blocks, ins.op);
        match ins.op {
            JUMP => {
                if depth < floor {
                    return Err(UNDERFLOW);
                }
                work.push(target, stack, blocks)?;
            }
            POP_JUMP_IF_TRUE | POP_JUMP_IF_FALSE => {
                expect_objects(&stack, 1, floor)?;
                stack.pop();
                work.push(target, stack.clone(), blocks.clone())?;
                work.push(next, stack, blocks)?;
            }
            JUMP_IF_TRUE_OR_POP | JUMP_IF_FALSE_OR_POP => {
                expect_objects(&stack, 1, floor)?;
                work.push(target, stack.clone(), blocks.clone())?;
                stack.pop();
                work.push(next, stack, blocks)?;
            }
            FOR_ITER => {
                if !is_loop_iter(&stack) || depth - 4 < floor {
                    return Err("FOR_ITER without a for loop's iterator on top");
                }
                let mut done = stack.clone();
                done.truncate(depth - 4);
                work.push(target, done, blocks.clone())?;
                stack.push(Slot::Object);
                work.push(next, stack, blocks)?;
            }
            SETUP_EXCEPT | SETUP_FINALLY | SETUP_WITH => {
                if depth < floor {
                    return Err(UNDERFLOW);
                }
                let kind = match ins.op {
                    SETUP_EXCEPT => BlockKind::Except,
                    SETUP_FINALLY => BlockKind::Finally,
                    _ => {
                        // `__exit__` and `__enter__` are looked up into 4 slots from the manager.
                        max_depth = max_depth.max(depth + 3);
                        expect_objects(&stack, 1, floor)?;
                        stack.pop();
                        stack.extend_from_slice(&[Slot::Object, Slot::MaybeNull]);
                        BlockKind::With
                    }
                };
                let block = Block { kind, saved: stack.len(), handler: target, mode: Mode::Normal };
                let mut handling = blocks.clone();
                handling.push(Block { mode: Mode::Exception, ..block });
                let mut caught = stack.clone();
                caught.push(Slot::Object);
                work.push(target, caught, handling)?;
                if kind == BlockKind::With {
                    stack.push(Slot::Object);
                }
                let mut inside = blocks;
                inside.push(block);
                work.push(next, stack, inside)?;
            }
            POP_EXCEPT_JUMP => {
                let mut b = blocks;
                b.pop().ok_or("POP_EXCEPT_JUMP without a block")?;
                work.push(target, stack, b)?;
            }
            END_FINALLY => {
                let mut b = blocks;
                let top = b.pop().ok_or("END_FINALLY without a block")?;
                if depth == 0 || depth - 1 < floor || matches!(stack[depth - 1], Slot::Iter(_)) {
                    return Err(UNDERFLOW);
                }
                stack.pop();
                if top.mode == Mode::Normal {
                    work.push(next, stack, b)?;
                }
            }
            WITH_CLEANUP => {
                let mut b = blocks;
                let top = b.last_mut().ok_or("WITH_CLEANUP without a block")?;
                if top.kind != BlockKind::With {
                    return Err("WITH_CLEANUP outside a with block");
                }
                let markers = 1 + (top.mode == Mode::Pending) as usize;
                // The VM checks this depth too; it is where the handler left its marker(s).
                if depth != top.saved + markers {
                    return Err("WITH_CLEANUP at another depth than its block's handler");
                }
                let exit = (stack[top.saved - 2], stack[top.saved - 1]);
                if exit.0 != Slot::Object || !matches!(exit.1, Slot::Object | Slot::MaybeNull) {
                    return Err(WRONG_KIND);
                }
                expect_objects(&stack, markers, top.saved)?;
                // The `__exit__` call takes its arguments in slots up to saved + 3.
                max_depth = max_depth.max(top.saved + 3);
                if top.mode == Mode::Exception {
                    // `__exit__` may swallow the exception: execution can then continue.
                    top.mode = Mode::Normal;
                }
                stack.truncate(top.saved - 2);
                stack.extend(core::iter::repeat_n(Slot::Object, markers));
                work.push(next, stack, b)?;
            }
            UNWIND_JUMP => {
                // The destination and the count are pushed while unwinding.
                max_depth = max_depth.max(depth + 2);
                let extra = ins.extra.unwrap_or(0);
                let count = (extra & 0x7F) as usize;
                if depth < floor {
                    return Err(UNDERFLOW);
                }
                pending_entries(next, &stack, &blocks, count, &mut work)?;
                let mut b = blocks;
                let mut after = depth;
                for _ in 0..count {
                    let left = b.pop().ok_or("UNWIND_JUMP leaves more blocks than exist")?;
                    if left.kind == BlockKind::With && !left.entered_from(next) {
                        return Err("UNWIND_JUMP out of a with block's cleanup");
                    }
                    // Leaving a block drops what was pushed since it was set up; leaving a
                    // `with` also drops its `__exit__` and manager.
                    after = if left.kind == BlockKind::With { left.saved - 2 } else { left.saved };
                }
                stack.truncate(after);
                if extra & 0x80 != 0 {
                    if !is_loop_iter(&stack) || stack.len() - 4 < self::floor(&b, UNWIND_JUMP) {
                        return Err("UNWIND_JUMP pops a for loop's iterator that is not there");
                    }
                    stack.truncate(stack.len() - 4);
                }
                work.push(target, stack, b)?;
            }
            RETURN_VALUE => {
                expect_objects(&stack, 1, floor)?;
                let n = blocks.len();
                pending_entries(next, &stack, &blocks, n, &mut work)?;
            }
            RAISE_LAST => {}
            RAISE_OBJ => expect_objects(&stack, 1, floor)?,
            RAISE_FROM => expect_objects(&stack, 2, floor)?,
            _ => {
                apply(&ins, &mut stack, floor, p.sig.n_state.saturating_sub(locals))?;
                work.push(next, stack, blocks)?;
            }
        }
    }
    let report = StackReport { max_depth, locals, n_state: p.sig.n_state, max_blocks };
    if max_depth + locals > p.sig.n_state {
        return Err(TOO_DEEP);
    }
    if max_blocks > p.sig.n_exc_stack {
        return Err(TOO_NESTED);
    }
    Ok(report)
}

/// The stack after an instruction that falls through to the next one; `room` is the deepest
/// the stack may grow.
fn apply(ins: &Instr, s: &mut Vec<Slot>, floor: usize, room: usize) -> Result<(), &'static str> {
    let reads = stack_reads(ins) as usize;
    let effect = stack_effect(ins.op, ins)?;
    if s.len() < reads || s.len() - reads < floor {
        return Err(UNDERFLOW);
    }
    let n = match ins.operand {
        Operand::Uint(n) => n,
        _ => 0,
    };
    let top = s.len();
    match ins.op {
        GET_ITER_STACK => {
            expect_objects(s, 1, floor)?;
            s.pop();
            s.extend_from_slice(&ITER_SLOTS);
        }
        LOAD_METHOD | LOAD_SUPER_METHOD => {
            expect_objects(s, reads, floor)?;
            s.truncate(top - reads);
            s.extend_from_slice(&[Slot::Object, Slot::MaybeNull]);
        }
        LOAD_NULL => s.push(Slot::MaybeNull),
        // Discarding is safe for any slot; a `break` pops a loop's iterator slots this way.
        POP_TOP => {
            s.pop();
        }
        ROT_TWO | ROT_THREE => {
            if s[top - reads..].iter().any(|k| matches!(k, Slot::Iter(_))) {
                return Err(WRONG_KIND);
            }
            s[top - reads..].rotate_right(1);
        }
        STORE_COMP => {
            // The collection sits `n >> 2` slots below the top item.
            let items = if n & 3 == 1 { 2 } else { 1 };
            if n >> 2 < items || top <= n >> 2 {
                return Err(UNDERFLOW);
            }
            expect_objects(s, items, floor)?;
            if s[top - 1 - (n >> 2)] != Slot::Object {
                return Err(WRONG_KIND);
            }
            s.truncate(top - items);
        }
        _ => {
            let extra = ins.extra.unwrap_or(0) as usize;
            let (npos, nkw) = (n & 0xFF, n >> 8);
            let calls = npos + 2 * nkw;
            // A keyword pair's name slot (`**` marker), at odd positions from the top above
            // the bitmap.
            let kw_name = |pos: usize| (3..=2 * nkw + 1).contains(&pos) && pos % 2 == 1;
            let may_be_null = |pos: usize| match ins.op {
                MAKE_FUNCTION_DEFARGS => true,
                STORE_ATTR => pos == 2,
                STORE_SUBSCR => pos == 3,
                MAKE_CLOSURE_DEFARGS => pos > extra,
                CALL_METHOD => pos == calls + 1,
                CALL_FUNCTION_VAR_KW => kw_name(pos),
                CALL_METHOD_VAR_KW => kw_name(pos) || pos == calls + 2,
                _ => false,
            };
            for pos in 1..=reads {
                let ok = match s[top - pos] {
                    Slot::Object => true,
                    Slot::MaybeNull => may_be_null(pos),
                    Slot::Iter(_) => false,
                };
                if !ok {
                    return Err(WRONG_KIND);
                }
            }
            let pushed = usize::try_from(reads as i64 + effect).map_err(|_| UNDERFLOW)?;
            if pushed > room - (top - reads).min(room) {
                return Err(TOO_DEEP);
            }
            s.truncate(top - reads);
            s.extend(core::iter::repeat_n(Slot::Object, pushed));
        }
    }
    Ok(())
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
    fn paths_must_meet_with_the_same_stack() {
        // True; JUMP_IF_FALSE_OR_POP L; L: None; RETURN — L is reached at depth 1 and 0.
        let code = [0x52, 0x46, 0x00, 0x51, 0x63];
        assert_eq!(check_stack(&fun(4, 0, &code)), Err(DIFFERS));
    }

    #[test]
    fn code_inside_a_block_cannot_read_below_it() {
        // None; SETUP_FINALLY H; POP_TOP (the None under the block); H: None; END_FINALLY; ...
        let code = [0x51, 0x49, 0x01, 0x59, 0x51, 0x5D, 0x51, 0x63];
        assert_eq!(check_stack(&fun(4, 1, &code)), Err(UNDERFLOW));
    }

    #[test]
    fn null_and_iterator_slots_are_only_read_where_taken() {
        assert_eq!(check_stack(&fun(2, 0, &[0x53, 0x63])), Err(WRONG_KIND));
        // LOAD_NULL; POP_TOP (discarding is fine); None; RETURN
        assert!(check_stack(&fun(2, 0, &[0x53, 0x59, 0x51, 0x63])).is_ok());
        // (); GET_ITER_STACK; RETURN_VALUE returns an iterator slot.
        assert_eq!(check_stack(&fun(6, 0, &[0x2A, 0x00, 0x5F, 0x63])), Err(WRONG_KIND));
        // (); GET_ITER_STACK; DUP_TOP
        assert_eq!(check_stack(&fun(6, 0, &[0x2A, 0x00, 0x5F, 0x57, 0x63])), Err(WRONG_KIND));
    }

    #[test]
    fn underflow_and_bad_code_are_reported() {
        assert_eq!(check_stack(&fun(2, 0, &[0x59, 0x51, 0x63])), Err("stack underflow"));
        assert!(check_stack(&fun(2, 0, &[0x81])).is_err());
    }
}
