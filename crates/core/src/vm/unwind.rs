//! Leaving code early: exception handling, `return` and `break`/`continue` through `finally`
//! and `with` blocks, and returning or yielding out of a frame (bytecode.md §7).
//!
//! A finally block runs like a coroutine: before jumping to it the VM leaves a marker on the
//! value stack (`None` for a normal exit, the exception, or a small int saying a return (-1) or
//! a jump (blocks left to unwind) is in progress), and `END_FINALLY`/`WITH_CLEANUP` resume
//! from it. The VM also records how it entered the handler in the block's entry, and resumes
//! from that record, never from the stack: bytecode from a file can overwrite the stack
//! markers, but not the record, so a forged marker cannot send the VM to an unchecked place
//! or stack depth (`bytecode/stack_check.rs` proves the depths the record implies).

use crate::bytecode::opcodes;
use crate::bytecode::stack_check::BlockKind;
use crate::obj::{exception, generator};
use crate::value::Value;
use crate::vm::frame::{FrameKind, EXC_ENTRY};
use crate::vm::run::Outcome;
use crate::vm::{PyResult, Raised, Vm};

/// An exception block's fields.
#[derive(Clone, Copy)]
struct Block {
    handler: usize,
    kind: BlockKind,
    depth: usize,
}

/// The record of a handler entered for a `return` passing through.
const PENDING_RETURN: isize = -1;

/// Where execution goes after an instruction that may leave blocks.
pub(crate) enum Flow {
    /// Continue the frame here.
    Goto(*const u8, *mut Value),
    /// The frame returns this value.
    Return(Value),
}

impl Vm {
    fn block(&self, fi: usize, i: usize) -> Block {
        let f = &self.frames[fi];
        // SAFETY: i < exc_len, inside the frame's exception stack.
        let (h, d) = unsafe { (*f.exc.add(i * EXC_ENTRY), *f.exc.add(i * EXC_ENTRY + 1)) };
        let h = h.as_small_int() as usize;
        let kind = match h & 3 {
            0 => BlockKind::Except,
            1 => BlockKind::Finally,
            _ => BlockKind::With,
        };
        Block { handler: h >> 2, kind, depth: d.as_small_int() as usize }
    }

    /// The first two words of a new block's entry.
    pub(crate) fn block_words(handler: usize, kind: BlockKind, depth: usize) -> [Value; 2] {
        [Value::small_int(((handler << 2) | kind as usize) as isize), Value::small_int(depth as isize)]
    }

    /// Records how block `i`'s handler was entered: the exception, a pending return or jump
    /// (small int), or NULL.
    fn set_record(&mut self, fi: usize, i: usize, how: Value) {
        let f = &self.frames[fi];
        // SAFETY: i < exc_len.
        unsafe { *f.exc.add(i * EXC_ENTRY + 2) = how };
    }

    fn record(&self, fi: usize, i: usize) -> Value {
        let f = &self.frames[fi];
        // SAFETY: i < exc_len.
        unsafe { *f.exc.add(i * EXC_ENTRY + 2) }
    }

    /// The exception block `i`'s handler handles (NULL if it was not entered for one).
    fn handled_by(&self, fi: usize, i: usize) -> Value {
        let r = self.record(fi, i);
        if r.is_small_int() {
            Value::NULL
        } else {
            r
        }
    }

    /// The exception the running code's `except`/`finally` handlers are handling (NULL if
    /// none): `sys.exc_info()`. A block records its exception only when its handler is
    /// entered, and is popped when the handler ends, so the innermost recorded one is it.
    pub fn handled_exception(&self) -> Value {
        for fi in (0..self.frames.len()).rev() {
            for b in (0..self.frames[fi].exc_len).rev() {
                let e = self.handled_by(fi, b);
                if !e.is_null() {
                    return e;
                }
            }
        }
        Value::NULL
    }

    /// The exception an active `except`/`finally` handler in frame `fi` or a caller is handling
    /// (NULL if none): the context of a new exception.
    fn exception_being_handled(&self, fi: usize) -> Value {
        for i in (0..=fi).rev() {
            let f = &self.frames[i];
            if f.exc_len == 0 {
                continue;
            }
            let op_off = f.offset_of(f.op_ip);
            for b in (0..f.exc_len).rev() {
                if self.block(i, b).handler <= op_off {
                    let e = self.handled_by(i, b);
                    if !e.is_null() {
                        return e;
                    }
                }
            }
        }
        Value::NULL
    }

    /// Handles the pending exception raised in frame `fi` at its `op_ip`: finds a handler in
    /// this frame or a caller (down to `base`), recording the traceback on the way. Returns
    /// true if a handler was found (the top frame is set up to run it), false if the exception
    /// leaves frame `base` (which has been popped).
    #[inline(never)]
    pub(crate) fn handle_exception(&mut self, fi: usize, base: usize) -> bool {
        if !self.find_handler(fi, base) {
            return false;
        }
        // Entering a handler is a safe point of the running loop, as a return is: what the
        // abandoned operations pinned is garbage now (the exception is on the frame's stack),
        // and a handler for MemoryError must get that room back.
        if self.pins.len() > self.run_pin_base {
            self.pins.truncate(self.run_pin_base);
        }
        true
    }

    /// As `handle_exception`, for a frame not yet running (a generator thrown into before it
    /// resumes): its caller's pins stay.
    pub(crate) fn find_handler(&mut self, mut fi: usize, base: usize) -> bool {
        let handled = self.exception_being_handled(fi);
        if !handled.is_null() {
            exception::set_context(self, self.exc, handled);
        }
        loop {
            let exc = self.exc;
            let op = {
                let f = &self.frames[fi];
                // SAFETY: op_ip points at an opcode of this frame's bytecode.
                unsafe { *f.op_ip }
            };
            if op != opcodes::END_FINALLY && op != opcodes::RAISE_LAST && !exc.is_null() {
                let f = &self.frames[fi];
                let (file, line, name) = (f.file(), f.line(), f.raw_code().name);
                exception::add_traceback(self, exc, file, line, name);
            }
            let op_off = self.frames[fi].offset_of(self.frames[fi].op_ip);
            while self.frames[fi].exc_len > 0 && self.block(fi, self.frames[fi].exc_len - 1).handler <= op_off
            {
                self.frames[fi].exc_len -= 1;
            }
            if self.frames[fi].exc_len > 0 {
                let i = self.frames[fi].exc_len - 1;
                let b = self.block(fi, i);
                self.set_record(fi, i, exc);
                let f = &mut self.frames[fi];
                // SAFETY: the saved depth and handler offset were recorded in this frame.
                unsafe {
                    let sp = f.state.add(b.depth);
                    *sp = exc;
                    f.sp = sp.add(1);
                    f.ip = f.raw_code().fun_data.add(b.handler);
                }
                self.exc = Value::NULL;
                self.frames.truncate(fi + 1);
                return true;
            }
            self.pop_frame_on_exception();
            if fi == base {
                return false;
            }
            fi -= 1;
        }
    }

    /// Pops frame `fi` that an exception is leaving.
    fn pop_frame_on_exception(&mut self) {
        let f = self.frames.pop();
        if let Some(f) = f {
            match f.kind {
                FrameKind::Call => self.stack_top = f.stack_mark,
                FrameKind::Generator => {
                    generator::mark_finished(f.owner);
                    if self.exc_matches(&exception::STOP_ITERATION_TYPE) {
                        self.exc = Value::NULL;
                        let _ = self.runtime_error("generator raised StopIteration");
                    }
                }
            }
        }
    }

    /// `return` through pending finally blocks: the value on top goes to the first finally
    /// handler not yet running, or is what the frame returns.
    pub(crate) fn do_return(&mut self, fi: usize) -> Flow {
        // SAFETY: the stack check proved a value on top at every return.
        let ret = unsafe { *self.frames[fi].sp.sub(1) };
        let ip_off = self.frames[fi].offset_of(self.frames[fi].ip);
        while self.frames[fi].exc_len > 0 {
            let i = self.frames[fi].exc_len - 1;
            let b = self.block(fi, i);
            if b.kind != BlockKind::Except && b.handler >= ip_off {
                self.set_record(fi, i, Value::small_int(PENDING_RETURN));
                let f = &mut self.frames[fi];
                // SAFETY: the stack check proved the block's depth + 2 within the frame.
                unsafe {
                    let slot = f.state.add(b.depth);
                    *slot = ret;
                    *slot.add(1) = Value::small_int(PENDING_RETURN);
                    f.sp = slot.add(2);
                    f.ip = f.raw_code().fun_data.add(b.handler);
                }
                return Flow::Goto(f.ip, f.sp);
            }
            self.frames[fi].exc_len -= 1;
        }
        Flow::Return(ret)
    }

    /// `break`/`continue` to offset `dest` leaving `count & 0x7F` blocks; bit 0x80 of `count`
    /// also pops a for-loop's iterator slots. Leaving a block drops what was pushed since it
    /// was set up; a finally or `with` handler not yet running runs first, with the jump pending.
    pub(crate) fn unwind_jump(
        &mut self,
        fi: usize,
        dest: usize,
        count: usize,
    ) -> PyResult<(*const u8, *mut Value)> {
        let ip_off = self.frames[fi].offset_of(self.frames[fi].ip);
        let state = self.frames[fi].state;
        let mut sp = self.frames[fi].sp;
        let mut left = count & 0x7F;
        while left > 0 {
            left -= 1;
            let Some(i) = self.frames[fi].exc_len.checked_sub(1) else {
                return Err(self.invalid_bytecode());
            };
            let b = self.block(fi, i);
            // SAFETY: block depths were taken from this frame's stack.
            let base = unsafe { state.add(b.depth) };
            if b.kind != BlockKind::Except {
                if b.handler >= ip_off {
                    let marker = (count & 0x80) | left;
                    self.set_record(fi, i, Value::small_int(((dest << 8) | marker) as isize));
                    let f = &mut self.frames[fi];
                    // SAFETY: the stack check proved the block's depth + 2 within the frame.
                    unsafe {
                        *base = Value::small_int(dest as isize);
                        *base.add(1) = Value::small_int(marker as isize);
                        f.sp = base.add(2);
                        f.ip = f.raw_code().fun_data.add(b.handler);
                    }
                    return Ok((f.ip, f.sp));
                }
                if b.kind == BlockKind::With {
                    // Only hand-made code jumps out of a `with` block's own cleanup.
                    return Err(self.invalid_bytecode());
                }
            }
            sp = base;
            self.frames[fi].exc_len -= 1;
        }
        if count & 0x80 != 0 {
            // SAFETY: the stack check proved the loop's four iterator slots on top here.
            sp = unsafe { sp.sub(4) };
        }
        let f = &mut self.frames[fi];
        f.sp = sp;
        // SAFETY: the stack check proved dest an instruction of this function.
        f.ip = unsafe { f.raw_code().fun_data.add(dest) };
        Ok((f.ip, f.sp))
    }

    /// Where the pending marker of block `b` must end for its `END_FINALLY` (after a `with`
    /// block's cleanup moved it over `__exit__`).
    fn pending_marker_end(state: *mut Value, b: Block) -> *mut Value {
        let slots = if b.kind == BlockKind::With { 0 } else { 2 };
        state.wrapping_add(b.depth + slots)
    }

    /// `END_FINALLY`: ends the innermost block's handler as its record says — continue after
    /// a normal exit, re-raise the exception, or resume the pending return or jump.
    pub(crate) fn end_finally(&mut self, fi: usize) -> PyResult<Flow> {
        let Some(i) = self.frames[fi].exc_len.checked_sub(1) else {
            return Err(self.invalid_bytecode());
        };
        let b = self.block(fi, i);
        let rec = self.record(fi, i);
        self.frames[fi].exc_len = i;
        let (state, sp, ip) = (self.frames[fi].state, self.frames[fi].sp, self.frames[fi].ip);
        if rec.is_small_int() {
            if sp != Self::pending_marker_end(state, b) {
                return Err(self.invalid_bytecode());
            }
            let r = rec.as_small_int();
            if r == PENDING_RETURN {
                // SAFETY: the return value lies under the marker.
                self.frames[fi].sp = unsafe { sp.sub(1) };
                return Ok(self.do_return(fi));
            }
            // SAFETY: as above, the destination and the count.
            self.frames[fi].sp = unsafe { sp.sub(2) };
            let r = r as usize;
            let (ip, sp) = self.unwind_jump(fi, r >> 8, r & 0xFF)?;
            return Ok(Flow::Goto(ip, sp));
        }
        if !rec.is_null() {
            return Err(self.raise(rec));
        }
        // SAFETY: the stack check proved the marker on top.
        let (t, sp) = unsafe { (*sp.sub(1), sp.sub(1)) };
        if t.is_none() || t.is_null() {
            Ok(Flow::Goto(ip, sp))
        } else if exception::is_exception(self, t) {
            Err(self.raise(t))
        } else {
            Err(self.invalid_bytecode())
        }
    }

    /// `WITH_CLEANUP`: calls `__exit__` as the `with` block's record says; returns the new sp.
    /// The stack holds (exit, self, marker) from the block's depth - 2, and the value under a
    /// pending marker.
    pub(crate) fn with_cleanup(&mut self, fi: usize, sp: *mut Value) -> PyResult<*mut Value> {
        let Some(i) = self.frames[fi].exc_len.checked_sub(1) else {
            return Err(self.invalid_bytecode());
        };
        let b = self.block(fi, i);
        let rec = self.record(fi, i);
        let base = self.frames[fi].state.wrapping_add(b.depth);
        let expected = base.wrapping_add(1 + rec.is_small_int() as usize);
        if b.kind != BlockKind::With || sp != expected {
            return Err(self.invalid_bytecode());
        }
        // SAFETY: sp is above the block's depth, so the marker slot is in the frame.
        let top = unsafe { *sp.sub(1) };
        let marker_ok = if rec.is_small_int() {
            top.is_small_int()
        } else if rec.is_null() {
            top.is_none()
        } else {
            top == rec
        };
        if !marker_ok {
            return Err(self.invalid_bytecode());
        }
        // SAFETY: SETUP_WITH put `__exit__` and its self at the block's depth - 2 and - 1,
        // and the checks above put sp where the marker(s) end.
        unsafe {
            let exit = (*base.sub(2), *base.sub(1));
            if rec.is_small_int() {
                self.call_method_pair(exit, &[Value::NONE, Value::NONE, Value::NONE])?;
                *base.sub(2) = *base;
                *base.sub(1) = *base.add(1);
                Ok(base)
            } else if rec.is_null() {
                self.call_method_pair(exit, &[Value::NONE, Value::NONE, Value::NONE])?;
                *base.sub(2) = Value::NONE;
                Ok(base.sub(1))
            } else {
                let ty = Value::from_ptr(self.type_of(rec) as *const crate::obj::Type);
                let r = self.call_method_pair(exit, &[ty, rec, Value::NONE])?;
                if self.is_true(r)? {
                    // Swallowed: the block now ends normally.
                    self.set_record(fi, i, Value::NULL);
                    *base.sub(2) = Value::NONE;
                } else {
                    *base.sub(2) = rec;
                }
                Ok(base.sub(1))
            }
        }
    }

    /// Pops returning frame `fi`. If it is the frame this run started with, the run is over;
    /// otherwise the value is pushed onto the caller's stack.
    pub(crate) fn finish_frame(&mut self, fi: usize, base: usize, ret: Value) -> Option<Outcome> {
        let f = self.frames.pop()?;
        match f.kind {
            FrameKind::Call => self.stack_top = f.stack_mark,
            FrameKind::Generator => generator::mark_finished(f.owner),
        }
        if fi == base {
            return Some(Outcome::Return(ret));
        }
        let caller = &mut self.frames[fi - 1];
        // SAFETY: the caller's stack has room for the result (it held the callee and args).
        unsafe {
            *caller.sp = ret;
            caller.sp = caller.sp.add(1);
        }
        // A return is a safe point: the result is on the caller's stack, and whatever else the
        // callee allocated is either reachable or garbage.
        if self.pins.len() > self.run_pin_base {
            self.pins.truncate(self.run_pin_base);
        }
        None
    }

    /// Suspends generator frame `fi` (always the base of its run) yielding `v`.
    pub(crate) fn yield_frame(&mut self, fi: usize, v: Value) -> PyResult<Outcome> {
        // Only a generator's frame has somewhere to be saved: hand-made bytecode that yields
        // in a function or module body raises instead.
        if self.frames[fi].kind != FrameKind::Generator {
            return Err(self.invalid_bytecode());
        }
        if let Some(f) = self.frames.pop() {
            generator::save_frame(&f);
        }
        Ok(Outcome::Yield(v))
    }

    /// Bare `raise`: re-raises the exception being handled.
    pub(crate) fn raise_last(&mut self, fi: usize) -> Raised {
        for i in (0..self.frames[fi].exc_len).rev() {
            let e = self.handled_by(fi, i);
            if !e.is_null() {
                return self.raise(e);
            }
        }
        self.runtime_error("no active exception to reraise")
    }

    /// `raise e [from cause]`: instantiates exception classes, checks the type.
    pub(crate) fn raise_value(&mut self, e: Value, cause: Value) -> Raised {
        let e = if crate::obj::type_::is_exception_class(self, e) {
            match crate::obj::type_::instantiate_exception(self, e) {
                Ok(v) => v,
                Err(r) => return r,
            }
        } else {
            e
        };
        if !exception::is_exception(self, e) {
            return self.type_error("exceptions must derive from BaseException");
        }
        if !cause.is_null() {
            let cause = if crate::obj::type_::is_exception_class(self, cause) {
                match crate::obj::type_::instantiate_exception(self, cause) {
                    Ok(v) => v,
                    Err(r) => return r,
                }
            } else {
                cause
            };
            exception::set_cause(self, e, if cause.is_none() { Value::NULL } else { cause });
        }
        self.raise(e)
    }
}
