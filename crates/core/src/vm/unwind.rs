//! Leaving code early: exception handling, `return` and `break`/`continue` through `finally`
//! and `with` blocks, and returning or yielding out of a frame (bytecode.md §7).
//!
//! A finally block runs like a coroutine: before jumping to it the VM leaves a marker on the
//! value stack (`None` for a normal exit, the exception, or a small int saying a return (-1) or
//! a jump (blocks left to unwind) is in progress), and `END_FINALLY`/`WITH_CLEANUP` resume
//! from that marker.

use crate::bytecode::opcodes;
use crate::obj::{exception, generator};
use crate::value::Value;
use crate::vm::frame::{FrameKind, EXC_ENTRY};
use crate::vm::run::Outcome;
use crate::vm::{PyResult, Raised, Vm};

/// An exception block's fields.
#[derive(Clone, Copy)]
struct Block {
    handler: usize,
    finally: bool,
    depth: usize,
}

impl Vm {
    fn block(&self, fi: usize, i: usize) -> Block {
        let f = &self.frames[fi];
        // SAFETY: i < exc_len, inside the frame's exception stack.
        let (h, d) = unsafe { (*f.exc.add(i * EXC_ENTRY), *f.exc.add(i * EXC_ENTRY + 1)) };
        let h = h.as_small_int() as usize;
        Block { handler: h >> 1, finally: h & 1 != 0, depth: d.as_small_int() as usize }
    }

    fn set_prev_exc(&mut self, fi: usize, i: usize, exc: Value) {
        let f = &self.frames[fi];
        // SAFETY: i < exc_len.
        unsafe { *f.exc.add(i * EXC_ENTRY + 2) = exc };
    }

    fn prev_exc(&self, fi: usize, i: usize) -> Value {
        let f = &self.frames[fi];
        // SAFETY: i < exc_len.
        unsafe { *f.exc.add(i * EXC_ENTRY + 2) }
    }

    /// Drops the marker(s) of an already-running finally block from below the top value.
    fn cancel_active_finally(sp: *mut Value) -> *mut Value {
        // SAFETY: an active finally block always has its marker below the top value.
        unsafe {
            let top = *sp.sub(1);
            if (*sp.sub(2)).is_small_int() {
                *sp.sub(3) = top;
                sp.sub(2)
            } else {
                *sp.sub(2) = top;
                sp.sub(1)
            }
        }
    }

    /// Handles the pending exception raised in frame `fi` at its `op_ip`: finds a handler in
    /// this frame or a caller (down to `base`), recording the traceback on the way. Returns
    /// true if a handler was found (the top frame is set up to run it), false if the exception
    /// leaves frame `base` (which has been popped).
    pub(crate) fn handle_exception(&mut self, mut fi: usize, base: usize) -> bool {
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
                self.set_prev_exc(fi, i, exc);
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

    /// The exception the running code's `except`/`finally` handlers are handling (NULL if
    /// none): `sys.exc_info()`. A block records its exception only when its handler is
    /// entered, and is popped when the handler ends, so the innermost recorded one is it.
    pub fn handled_exception(&self) -> Value {
        for fi in (0..self.frames.len()).rev() {
            for b in (0..self.frames[fi].exc_len).rev() {
                let e = self.prev_exc(fi, b);
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
                    let e = self.prev_exc(i, b);
                    if !e.is_null() {
                        return e;
                    }
                }
            }
        }
        Value::NULL
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

    /// `return` through pending finally blocks. Returns where to continue if a finally block
    /// must run first, or `None` when the frame can return (the value is on top).
    pub(crate) fn do_return(&mut self, fi: usize) -> Option<(*const u8, *mut Value)> {
        let mut sp = self.frames[fi].sp;
        let ip_off = self.frames[fi].offset_of(self.frames[fi].ip);
        while self.frames[fi].exc_len > 0 {
            let i = self.frames[fi].exc_len - 1;
            let b = self.block(fi, i);
            if b.finally {
                if b.handler >= ip_off {
                    let f = &mut self.frames[fi];
                    // SAFETY: the block's depth is within the frame's value stack.
                    unsafe {
                        let ret = *sp.sub(1);
                        let slot = f.state.add(b.depth);
                        *slot = ret;
                        *slot.add(1) = Value::small_int(-1);
                        f.sp = slot.add(2);
                        f.ip = f.raw_code().fun_data.add(b.handler);
                        return Some((f.ip, f.sp));
                    }
                }
                sp = Self::cancel_active_finally(sp);
            }
            self.frames[fi].exc_len -= 1;
        }
        self.frames[fi].sp = sp;
        None
    }

    /// `break`/`continue` leaving `count & 0x7F` blocks to `dest`; bit 0x80 of `count` also pops
    /// a for-loop iterator. Returns the new (ip, sp) for the frame.
    pub(crate) fn unwind_jump(
        &mut self,
        fi: usize,
        dest: *const u8,
        count: usize,
    ) -> Option<(*const u8, *mut Value)> {
        let ip_off = self.frames[fi].offset_of(self.frames[fi].ip);
        let dest_off = self.frames[fi].offset_of(dest);
        let mut sp = self.frames[fi].sp;
        // SAFETY: the compiler reserves stack room for the destination and count.
        unsafe {
            *sp = Value::small_int(dest_off as isize);
            sp = sp.add(1);
        }
        let mut unum = count;
        while unum & 0x7F > 0 {
            unum -= 1;
            let i = self.frames[fi].exc_len - 1;
            let b = self.block(fi, i);
            if b.finally {
                if b.handler >= ip_off {
                    let f = &mut self.frames[fi];
                    // SAFETY: as above.
                    unsafe {
                        *sp = Value::small_int(unum as isize);
                        f.sp = sp.add(1);
                        f.ip = f.raw_code().fun_data.add(b.handler);
                    }
                    return Some((f.ip, f.sp));
                }
                sp = Self::cancel_active_finally(sp);
            }
            self.frames[fi].exc_len -= 1;
        }
        // SAFETY: the destination is on top.
        unsafe { sp = sp.sub(1) };
        if unum != 0 {
            // SAFETY: the for-loop's four iterator slots are below.
            unsafe { sp = sp.sub(4) };
        }
        let f = &mut self.frames[fi];
        f.sp = sp;
        // SAFETY: dest_off is an offset inside this function's bytecode.
        f.ip = unsafe { f.raw_code().fun_data.add(dest_off) };
        Some((f.ip, f.sp))
    }

    /// `WITH_CLEANUP`: calls `__exit__` according to the marker on top; returns the new sp.
    pub(crate) fn with_cleanup(&mut self, sp: *mut Value) -> PyResult<*mut Value> {
        // SAFETY: the stack holds (exit, self, marker[, cause]) as SETUP_WITH left it.
        unsafe {
            let top = *sp.sub(1);
            if top.is_none() {
                let (f, s) = (*sp.sub(3), *sp.sub(2));
                self.call_method_pair((f, s), &[Value::NONE, Value::NONE, Value::NONE])?;
                *sp.sub(3) = Value::NONE;
                Ok(sp.sub(2))
            } else if top.is_small_int() {
                let (f, s) = (*sp.sub(4), *sp.sub(3));
                let (data, cause) = (*sp.sub(2), top);
                self.call_method_pair((f, s), &[Value::NONE, Value::NONE, Value::NONE])?;
                *sp.sub(4) = data;
                *sp.sub(3) = cause;
                Ok(sp.sub(2))
            } else {
                let (f, s) = (*sp.sub(3), *sp.sub(2));
                let ty = Value::from_ptr(self.type_of(top) as *const crate::obj::Type);
                let r = self.call_method_pair((f, s), &[ty, top, Value::NONE])?;
                *sp.sub(3) = if self.is_true(r)? { Value::NONE } else { top };
                Ok(sp.sub(2))
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
    pub(crate) fn yield_frame(&mut self, fi: usize, v: Value) -> Outcome {
        if let Some(f) = self.frames.pop() {
            generator::save_frame(&f);
        }
        let _ = fi;
        Outcome::Yield(v)
    }

    /// Bare `raise`: re-raises the exception being handled.
    pub(crate) fn raise_last(&mut self, fi: usize) -> Raised {
        for i in (0..self.frames[fi].exc_len).rev() {
            let e = self.prev_exc(fi, i);
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
