//! The interpreter loop.
//!
//! One `match` on the opcode byte with every value written as a literal (PERF-NOTES: that
//! compiles to a single jump table), `ip` and `sp` as raw pointers in locals, and slow paths in
//! out-of-line functions that take values rather than the loop's state. Python-to-Python calls
//! push a frame and continue in the same loop; a return pops it. `run` returns when the frame it
//! started with returns or yields, so Rust code can call into Python (`Vm::call`) and generators
//! can be resumed.

use crate::bytecode::opcodes::BinaryOp;
use crate::bytecode::stack_check::BlockKind;
use crate::obj::code::{self, RawCodeObj};
use crate::obj::{cell, dict, exception, list, tuple, UnaryOp};
use crate::qstr::Qstr;
use crate::value::Value;
use crate::vm::frame::{FrameKind, EXC_ENTRY};
use crate::vm::unwind::Flow;
use crate::vm::{PyResult, Raised, Vm};

/// How a run of the loop ended.
pub enum Outcome {
    Return(Value),
    Yield(Value),
}

/// Marker in the first of the four for-loop iterator slots: the loop walks a range inline
/// (slots: marker, current, stop, step).
const ITER_RANGE: Value = Value::small_int(1);

impl Vm {
    /// Runs frames from `frames[base]` until that frame returns or yields.
    pub(crate) fn run(&mut self, base: usize) -> PyResult<Outcome> {
        #[cfg(feature = "irq-profile")]
        self.irq_profile_first();
        if self.nesting >= self.limits.max_nesting {
            self.discard_frames(base);
            return Err(self.recursion_error());
        }
        self.nesting += 1;
        let pin_base = self.pins.len();
        let outer_pin_base = core::mem::replace(&mut self.run_pin_base, pin_base);
        let r = self.run_loop(base, pin_base);
        self.run_pin_base = outer_pin_base;
        self.nesting -= 1;
        self.pins.truncate(pin_base);
        match &r {
            Ok(Outcome::Return(v)) | Ok(Outcome::Yield(v)) => self.pin(*v),
            Err(_) => {}
        }
        r
    }

    /// Pops frames down to `base` (used when a run cannot start).
    pub(crate) fn discard_frames(&mut self, base: usize) {
        while self.frames.len() > base {
            let f = self.frames.pop();
            if let Some(f) = f {
                if f.kind == FrameKind::Call {
                    self.stack_top = f.stack_mark;
                }
            }
        }
    }

    // Opcodes are written as literal patterns on purpose: ranges make rustc test them before
    // the jump table (shared/design/PERF-NOTES.md).
    #[allow(clippy::cognitive_complexity, clippy::manual_range_patterns)]
    fn run_loop(&mut self, base: usize, pin_base: usize) -> PyResult<Outcome> {
        // Each pass of 'frame (re)loads the state of the top frame.
        'frame: loop {
            let fi = self.frames.len() - 1;
            let (mut ip, mut sp, state, n_state, code_ptr, globals) = {
                let f = &self.frames[fi];
                (f.ip, f.sp, f.state, f.n_state, f.code, f.globals)
            };
            // SAFETY: the raw code is kept alive by the frame's function (a GC root).
            let rc: &RawCodeObj = unsafe { &*code_ptr };
            let ctx = code::context(rc.context);
            let qstrs = ctx.qstr_table();
            let consts = ctx.const_table();
            // SAFETY: n_state >= 1, so this is the last slot of the state.
            let locals_top = unsafe { state.add(n_state - 1) };
            let mut op_ip;

            macro_rules! push {
                ($v:expr) => {{
                    let v = $v;
                    // SAFETY: the compiler sized n_state for the deepest stack.
                    unsafe {
                        *sp = v;
                        sp = sp.add(1);
                    }
                }};
            }
            macro_rules! pop {
                () => {{
                    // SAFETY: the bytecode only pops what it pushed.
                    unsafe {
                        sp = sp.sub(1);
                        *sp
                    }
                }};
            }
            macro_rules! top {
                () => {
                    // SAFETY: as in `pop`.
                    unsafe { *sp.sub(1) }
                };
            }
            macro_rules! set_top {
                ($v:expr) => {{
                    let v = $v;
                    // SAFETY: as in `pop`.
                    unsafe { *sp.sub(1) = v }
                }};
            }
            macro_rules! peek {
                ($n:expr) => {
                    // SAFETY: as in `pop`.
                    unsafe { *sp.sub($n) }
                };
            }
            macro_rules! uint {
                () => {{
                    let mut v: usize = 0;
                    loop {
                        // SAFETY: the compiler/loader guarantees complete instructions.
                        let b = unsafe { *ip };
                        ip = unsafe { ip.add(1) };
                        v = (v << 7) | (b & 0x7F) as usize;
                        if b & 0x80 == 0 {
                            break;
                        }
                    }
                    v
                }};
            }
            macro_rules! qstr {
                () => {{
                    let i = uint!();
                    // SAFETY: qstr operands index the module's qstr table (checked at load).
                    Qstr(unsafe { *qstrs.add(i) })
                }};
            }
            macro_rules! ulabel {
                () => {{
                    // SAFETY: jump operands are complete (checked at load).
                    let b1 = unsafe { *ip } as usize;
                    ip = unsafe { ip.add(1) };
                    if b1 & 0x80 != 0 {
                        let b2 = unsafe { *ip } as usize;
                        ip = unsafe { ip.add(1) };
                        (b1 & 0x7F) | (b2 << 7)
                    } else {
                        b1
                    }
                }};
            }
            macro_rules! slabel {
                () => {{
                    // SAFETY: as in `ulabel`.
                    let b1 = unsafe { *ip } as isize;
                    ip = unsafe { ip.add(1) };
                    if b1 & 0x80 != 0 {
                        let b2 = unsafe { *ip } as isize;
                        ip = unsafe { ip.add(1) };
                        ((b1 & 0x7F) | (b2 << 7)) - 0x4000
                    } else {
                        b1 - 0x40
                    }
                }};
            }
            macro_rules! local {
                ($n:expr) => {
                    locals_top.wrapping_sub($n)
                };
            }
            macro_rules! save {
                () => {{
                    let f = &mut self.frames[fi];
                    f.ip = ip;
                    f.sp = sp;
                    f.op_ip = op_ip;
                }};
            }

            let err: Raised = 'ops: loop {
                macro_rules! tri {
                    ($e:expr) => {
                        match $e {
                            Ok(v) => v,
                            Err(e) => break 'ops e,
                        }
                    };
                }
                macro_rules! jump {
                    ($off:expr) => {{
                        let off = $off;
                        ip = ip.wrapping_offset(off);
                        if off < 0 {
                            if self.pins.len() > pin_base {
                                self.pins.truncate(pin_base);
                            }
                            if self.pending_interrupt.load(core::sync::atomic::Ordering::Relaxed) {
                                break 'ops self.take_interrupt();
                            }
                            if self.sched_pending() {
                                save!();
                                self.run_scheduled();
                            }
                        }
                    }};
                }
                op_ip = ip;
                // SAFETY: ip stays within the function's bytecode.
                let op = unsafe { *ip };
                ip = unsafe { ip.add(1) };
                match op {
                    0x10 => {
                        // LOAD_CONST_STRING
                        let q = qstr!();
                        push!(Value::qstr(q));
                    }
                    0x11 => {
                        // LOAD_NAME
                        let q = qstr!();
                        let v = tri!(self.load_name(fi, q));
                        push!(v);
                    }
                    0x12 => {
                        // LOAD_GLOBAL
                        let q = qstr!();
                        let v = tri!(self.load_global(globals, q));
                        push!(v);
                    }
                    0x13 => {
                        // LOAD_ATTR
                        let q = qstr!();
                        let v = tri!(self.load_attr(top!(), q));
                        set_top!(v);
                    }
                    0x14 => {
                        // LOAD_METHOD
                        let q = qstr!();
                        let obj = top!();
                        let (f, s) = tri!(self.load_method(obj, q));
                        set_top!(f);
                        push!(s);
                    }
                    0x15 => {
                        // LOAD_SUPER_METHOD: (super, cls, self) -> (f, self|NULL)
                        let q = qstr!();
                        let obj = pop!();
                        let cls = pop!();
                        let (f, s) = tri!(self.load_super_method(cls, obj, q));
                        set_top!(f);
                        push!(s);
                    }
                    0x16 => {
                        // STORE_NAME
                        let q = qstr!();
                        let v = pop!();
                        tri!(self.store_name(fi, q, v));
                    }
                    0x17 => {
                        // STORE_GLOBAL
                        let q = qstr!();
                        let v = pop!();
                        tri!(dict::set_qstr(self, globals, q, v));
                    }
                    0x18 => {
                        // STORE_ATTR: (value, obj)
                        let q = qstr!();
                        let obj = pop!();
                        let v = pop!();
                        tri!(self.store_attr(obj, q, v));
                    }
                    0x19 => {
                        // DELETE_NAME
                        let q = qstr!();
                        tri!(self.delete_name(fi, q));
                    }
                    0x1A => {
                        // DELETE_GLOBAL
                        let q = qstr!();
                        if tri!(dict::del_item(self, globals, Value::qstr(q))).is_none() {
                            break 'ops self.name_not_defined(q);
                        }
                    }
                    0x1B => {
                        // IMPORT_NAME: (level, fromlist) -> module
                        let q = qstr!();
                        let fromlist = pop!();
                        let level = top!();
                        let m = tri!(self.import_name(q, fromlist, level, globals));
                        set_top!(m);
                    }
                    0x1C => {
                        // IMPORT_FROM
                        let q = qstr!();
                        let v = tri!(self.import_from(top!(), q));
                        push!(v);
                    }
                    0x20 | 0x21 => {
                        // MAKE_CLOSURE / MAKE_CLOSURE_DEFARGS
                        let child = uint!();
                        // SAFETY: the extra byte follows the argument.
                        let n = unsafe { *ip } as usize;
                        ip = unsafe { ip.add(1) };
                        // SAFETY: the n cells are on the stack.
                        let cells = unsafe { core::slice::from_raw_parts(sp.sub(n), n) };
                        let (defpos, defkw, consumed) = if op == 0x21 {
                            (peek!(n + 2), peek!(n + 1), n + 2)
                        } else {
                            (Value::NULL, Value::NULL, n)
                        };
                        let f = tri!(self.make_function(rc.child(child), defpos, defkw));
                        let c = tri!(crate::obj::closure::new(self, f, cells));
                        sp = unsafe { sp.sub(consumed) };
                        push!(c);
                    }
                    0x22 => {
                        // LOAD_CONST_SMALL_INT
                        let first = unsafe { *ip };
                        let mut v: isize = if first & 0x40 != 0 { -1 } else { 0 };
                        loop {
                            let b = unsafe { *ip };
                            ip = unsafe { ip.add(1) };
                            v = (v << 7) | (b & 0x7F) as isize;
                            if b & 0x80 == 0 {
                                break;
                            }
                        }
                        push!(Value::small_int(v));
                    }
                    0x23 => {
                        // LOAD_CONST_OBJ
                        let i = uint!();
                        // SAFETY: constant operands index the module's table (checked at load).
                        push!(unsafe { *consts.add(i) });
                    }
                    0x24 => {
                        // LOAD_FAST_N
                        let n = uint!();
                        let v = unsafe { *local!(n) };
                        if v.is_null() {
                            break 'ops self.unbound_local(fi, n);
                        }
                        push!(v);
                    }
                    0x25 => {
                        // LOAD_DEREF
                        let n = uint!();
                        let c = unsafe { *local!(n) };
                        if !c.is_exact(&cell::CELL_TYPE) {
                            break 'ops self.invalid_bytecode();
                        }
                        let v = cell::get(c);
                        if v.is_null() {
                            break 'ops self.unbound_local(fi, n);
                        }
                        push!(v);
                    }
                    0x26 => {
                        // STORE_FAST_N
                        let n = uint!();
                        let v = pop!();
                        // SAFETY: local numbers are below n_state.
                        unsafe { *local!(n) = v };
                    }
                    0x27 => {
                        // STORE_DEREF
                        let n = uint!();
                        let c = unsafe { *local!(n) };
                        if !c.is_exact(&cell::CELL_TYPE) {
                            break 'ops self.invalid_bytecode();
                        }
                        cell::set(c, pop!());
                    }
                    0x28 => {
                        // DELETE_FAST
                        let n = uint!();
                        if unsafe { *local!(n) }.is_null() {
                            break 'ops self.unbound_local(fi, n);
                        }
                        unsafe { *local!(n) = Value::NULL };
                    }
                    0x29 => {
                        // DELETE_DEREF
                        let n = uint!();
                        let c = unsafe { *local!(n) };
                        if !c.is_exact(&cell::CELL_TYPE) {
                            break 'ops self.invalid_bytecode();
                        }
                        if cell::get(c).is_null() {
                            break 'ops self.unbound_local(fi, n);
                        }
                        cell::set(c, Value::NULL);
                    }
                    0x2A => {
                        // BUILD_TUPLE
                        let n = uint!();
                        sp = unsafe { sp.sub(n) };
                        let items = unsafe { core::slice::from_raw_parts(sp, n) };
                        let t = tri!(tuple::new(self, items));
                        push!(t);
                    }
                    0x2B => {
                        // BUILD_LIST
                        let n = uint!();
                        sp = unsafe { sp.sub(n) };
                        let items = unsafe { core::slice::from_raw_parts(sp, n) };
                        let l = tri!(list::new(self, items));
                        push!(l);
                    }
                    0x2C => {
                        // BUILD_MAP
                        let hint = uint!();
                        let d = tri!(dict::with_capacity(self, hint));
                        push!(d);
                    }
                    0x2D => {
                        // BUILD_SET
                        let n = uint!();
                        sp = unsafe { sp.sub(n) };
                        let items = unsafe { core::slice::from_raw_parts(sp, n) };
                        let s = tri!(self.build_set(items));
                        push!(s);
                    }
                    0x2E => {
                        // BUILD_SLICE
                        let n = uint!();
                        let step = if n == 3 { pop!() } else { Value::NONE };
                        let stop = pop!();
                        let start = top!();
                        let s = tri!(crate::obj::slice::new(self, start, stop, step));
                        set_top!(s);
                    }
                    0x2F => {
                        // STORE_COMP
                        let v = uint!();
                        let kind = v & 3;
                        let dist = v >> 2;
                        if kind == 1 {
                            let key = pop!();
                            let val = pop!();
                            let d = peek!(dist - 1);
                            if !d.is_exact(&dict::DICT_TYPE) {
                                break 'ops self.invalid_bytecode();
                            }
                            tri!(dict::set_item(self, d, key, val));
                        } else {
                            let x = pop!();
                            let coll = peek!(dist);
                            if kind == 0 && list::is_list(coll) {
                                tri!(list::append(self, coll, x));
                            } else if kind != 0 && coll.is_exact(&crate::obj::set::SET_TYPE) {
                                tri!(crate::obj::set::add(self, coll, x));
                            } else {
                                break 'ops self.invalid_bytecode();
                            }
                        }
                    }
                    0x30 => {
                        // UNPACK_SEQUENCE
                        let n = uint!();
                        let seq = pop!();
                        let dst = sp;
                        tri!(self.unpack_sequence(seq, n, dst));
                        sp = unsafe { sp.add(n) };
                    }
                    0x31 => {
                        // UNPACK_EX
                        let v = uint!();
                        let (before, after) = (v & 0xFF, v >> 8);
                        let seq = pop!();
                        let dst = sp;
                        tri!(self.unpack_ex(seq, before, after, dst));
                        sp = unsafe { sp.add(before + after + 1) };
                    }
                    0x32 => {
                        // MAKE_FUNCTION
                        let child = uint!();
                        let f = tri!(self.make_function(rc.child(child), Value::NULL, Value::NULL));
                        push!(f);
                    }
                    0x33 => {
                        // MAKE_FUNCTION_DEFARGS
                        let child = uint!();
                        let defkw = pop!();
                        let defpos = top!();
                        let f = tri!(self.make_function(rc.child(child), defpos, defkw));
                        set_top!(f);
                    }
                    0x34 | 0x35 | 0x36 | 0x37 => {
                        // CALL_FUNCTION / CALL_FUNCTION_VAR_KW / CALL_METHOD / CALL_METHOD_VAR_KW
                        let v = uint!();
                        let (npos, nkw) = (v & 0xFF, (v >> 8) & 0xFF);
                        let is_method = op & 2 != 0;
                        let var_kw = op & 1 != 0;
                        let n_slots = npos + 2 * nkw + var_kw as usize + is_method as usize + 1;
                        sp = unsafe { sp.sub(n_slots) };
                        // SAFETY: the callee, arguments and (for methods) self are on the stack.
                        let slots = unsafe { core::slice::from_raw_parts(sp, n_slots) };
                        let (fun, args_start) = if is_method && !slots[1].is_null() {
                            (slots[0], 1)
                        } else if is_method {
                            (slots[0], 2)
                        } else {
                            (slots[0], 1)
                        };
                        let args_end = if is_method { 2 + npos } else { 1 + npos };
                        if !var_kw && nkw == 0 && self.is_bytecode_callable(fun) {
                            save!();
                            let args = &slots[args_start..args_end];
                            tri!(self.push_call_frame(fun, args, &[], sp));
                            continue 'frame;
                        }
                        let r = if var_kw {
                            let bitmap = slots[n_slots - 1];
                            let kw = &slots[args_end..n_slots - 1];
                            // The bitmap numbers the written arguments, not the bound self.
                            let src_start = if is_method { 2 } else { 1 };
                            let (mut pos, kwv) =
                                tri!(self.expand_call_args(&slots[src_start..args_end], kw, bitmap));
                            if args_start < src_start {
                                pos.insert(0, slots[args_start]);
                            }
                            if self.is_bytecode_callable(fun) {
                                save!();
                                tri!(self.push_call_frame(fun, &pos, &kwv, sp));
                                continue 'frame;
                            }
                            self.call_kw(fun, &pos, &kwv)
                        } else {
                            let args = &slots[args_start..args_end];
                            let kw = &slots[args_end..args_end + 2 * nkw];
                            if nkw > 0 && self.is_bytecode_callable(fun) {
                                save!();
                                tri!(self.push_call_frame(fun, args, kw, sp));
                                continue 'frame;
                            }
                            self.call_kw(fun, args, kw)
                        };
                        push!(tri!(r));
                    }
                    0x40 => {
                        // UNWIND_JUMP
                        let off = slabel!();
                        let n = unsafe { *ip } as usize;
                        let dest = ip.wrapping_offset(off);
                        ip = unsafe { ip.add(1) };
                        save!();
                        let dest = self.frames[fi].offset_of(dest);
                        match self.unwind_jump(fi, dest, n) {
                            Ok((new_ip, new_sp)) => {
                                ip = new_ip;
                                sp = new_sp;
                                if self.pins.len() > pin_base {
                                    self.pins.truncate(pin_base);
                                }
                            }
                            Err(r) => break 'ops r,
                        }
                    }
                    0x42 => {
                        // JUMP
                        let off = slabel!();
                        jump!(off);
                    }
                    0x43 => {
                        // POP_JUMP_IF_TRUE
                        let off = slabel!();
                        let c = pop!();
                        let t = if c == Value::TRUE {
                            true
                        } else if c == Value::FALSE {
                            false
                        } else {
                            tri!(self.is_true(c))
                        };
                        if t {
                            jump!(off);
                        }
                    }
                    0x44 => {
                        // POP_JUMP_IF_FALSE
                        let off = slabel!();
                        let c = pop!();
                        let t = if c == Value::TRUE {
                            true
                        } else if c == Value::FALSE {
                            false
                        } else {
                            tri!(self.is_true(c))
                        };
                        if !t {
                            jump!(off);
                        }
                    }
                    0x45 => {
                        // JUMP_IF_TRUE_OR_POP
                        let off = ulabel!();
                        if tri!(self.is_true(top!())) {
                            ip = unsafe { ip.add(off) };
                        } else {
                            sp = unsafe { sp.sub(1) };
                        }
                    }
                    0x46 => {
                        // JUMP_IF_FALSE_OR_POP
                        let off = ulabel!();
                        if !tri!(self.is_true(top!())) {
                            ip = unsafe { ip.add(off) };
                        } else {
                            sp = unsafe { sp.sub(1) };
                        }
                    }
                    0x47 => {
                        // SETUP_WITH: (mgr) -> (exit, mgr, enter())
                        let off = ulabel!();
                        let handler = unsafe { ip.add(off) };
                        let mgr = top!();
                        let (exit_f, exit_self) = tri!(self.load_method(mgr, crate::qstr::q::__exit__));
                        let (enter_f, enter_self) = tri!(self.load_method(mgr, crate::qstr::q::__enter__));
                        set_top!(exit_f);
                        push!(exit_self);
                        let saved = sp;
                        let r = tri!(self.call_method_pair((enter_f, enter_self), &[]));
                        self.push_exc_block(fi, handler, BlockKind::With, saved, state);
                        push!(r);
                    }
                    0x48 | 0x49 => {
                        // SETUP_EXCEPT / SETUP_FINALLY
                        let off = ulabel!();
                        let handler = unsafe { ip.add(off) };
                        let kind = if op == 0x49 { BlockKind::Finally } else { BlockKind::Except };
                        self.push_exc_block(fi, handler, kind, sp, state);
                    }
                    0x4A => {
                        // POP_EXCEPT_JUMP
                        let off = ulabel!();
                        self.frames[fi].exc_len -= 1;
                        ip = unsafe { ip.add(off) };
                    }
                    0x4B => {
                        // FOR_ITER
                        let off = ulabel!();
                        let slot0 = peek!(4);
                        let next = if slot0 == ITER_RANGE {
                            let (cur, stop, step) =
                                (peek!(3).as_small_int(), peek!(2).as_small_int(), peek!(1).as_small_int());
                            if (step > 0 && cur < stop) || (step < 0 && cur > stop) {
                                match cur.checked_add(step).and_then(|n| Value::try_small_int(n as i64)) {
                                    Some(n) => unsafe { *sp.sub(3) = n },
                                    None => {
                                        let stop = peek!(2);
                                        unsafe { *sp.sub(3) = stop }
                                    }
                                }
                                Some(Value::small_int(cur))
                            } else {
                                None
                            }
                        } else if slot0.is_null() {
                            match tri!(self.for_loop_next(peek!(3), ip, sp)) {
                                Some(x) if x.is_null() => {
                                    // The items went straight to the stack: skip the unpack.
                                    let n = unsafe { *ip.add(1) } as usize;
                                    sp = unsafe { sp.add(n) };
                                    ip = unsafe { ip.add(2) };
                                    continue;
                                }
                                other => other,
                            }
                        } else {
                            let i = peek!(3).as_small_int() as usize;
                            let items = if list::is_list(slot0) {
                                list::items(slot0)
                            } else if slot0.is_exact(&tuple::TUPLE_TYPE) {
                                tuple::items(slot0)
                            } else {
                                break 'ops self.invalid_bytecode();
                            };
                            match items.get(i) {
                                Some(&x) => {
                                    unsafe { *sp.sub(3) = Value::small_int(i as isize + 1) };
                                    Some(x)
                                }
                                None => None,
                            }
                        };
                        match next {
                            Some(x) => push!(x),
                            None => {
                                sp = unsafe { sp.sub(4) };
                                ip = unsafe { ip.add(off) };
                            }
                        }
                    }
                    0x50 => push!(Value::FALSE),
                    0x51 => push!(Value::NONE),
                    0x52 => push!(Value::TRUE),
                    0x53 => push!(Value::NULL),
                    0x54 => {
                        // LOAD_BUILD_CLASS (the program may have replaced `builtins.__build_class__`)
                        let f = tri!(self.load_builtin(crate::qstr::q::__build_class__));
                        push!(f);
                    }
                    0x55 => {
                        // LOAD_SUBSCR
                        let index = pop!();
                        let obj = top!();
                        let v = match super::ops::fast_subscr::load(obj, index) {
                            Some(v) => v,
                            None => tri!(self.subscr_load(obj, index)),
                        };
                        set_top!(v);
                    }
                    0x56 => {
                        // STORE_SUBSCR: (value, obj, index)
                        let index = pop!();
                        let obj = pop!();
                        let v = pop!();
                        if v.is_null() {
                            tri!(self.subscr_delete(obj, index));
                        } else if !super::ops::fast_subscr::store(obj, index, v) {
                            tri!(self.subscr_store(obj, index, v));
                        }
                    }
                    0x57 => {
                        let v = top!();
                        push!(v);
                    }
                    0x58 => {
                        let (a, b) = (peek!(2), peek!(1));
                        push!(a);
                        push!(b);
                    }
                    0x59 => {
                        sp = unsafe { sp.sub(1) };
                    }
                    0x5A => {
                        let (a, b) = (peek!(2), peek!(1));
                        unsafe {
                            *sp.sub(2) = b;
                            *sp.sub(1) = a;
                        }
                    }
                    0x5B => {
                        let (a, b, c) = (peek!(3), peek!(2), peek!(1));
                        unsafe {
                            *sp.sub(3) = c;
                            *sp.sub(2) = a;
                            *sp.sub(1) = b;
                        }
                    }
                    0x5C => {
                        // WITH_CLEANUP
                        save!();
                        let new_sp = tri!(self.with_cleanup(fi, sp));
                        sp = new_sp;
                    }
                    0x5D => {
                        // END_FINALLY
                        save!();
                        match self.end_finally(fi) {
                            Ok(Flow::Goto(new_ip, new_sp)) => {
                                ip = new_ip;
                                sp = new_sp;
                            }
                            Ok(Flow::Return(ret)) => match self.finish_frame(fi, base, ret) {
                                Some(out) => return Ok(out),
                                None => continue 'frame,
                            },
                            Err(r) => break 'ops r,
                        }
                    }
                    0x5E => {
                        // GET_ITER
                        let it = tri!(self.get_iter(top!()));
                        set_top!(it);
                    }
                    0x5F => {
                        // GET_ITER_STACK: obj -> 4 iterator slots
                        let obj = pop!();
                        if list::is_list(obj) || obj.is_exact(&tuple::TUPLE_TYPE) {
                            push!(obj);
                            push!(Value::small_int(0));
                            push!(Value::NULL);
                            push!(Value::NULL);
                        } else if let Some((a, b, c)) = crate::obj::range::small_parts(obj) {
                            push!(ITER_RANGE);
                            push!(a);
                            push!(b);
                            push!(c);
                        } else {
                            let it = tri!(self.get_iter(obj));
                            push!(Value::NULL);
                            push!(it);
                            push!(Value::NULL);
                            push!(Value::NULL);
                        }
                    }
                    0x62 => {
                        // STORE_MAP: (dict, value, key)
                        let key = pop!();
                        let v = pop!();
                        let d = top!();
                        if !d.is_exact(&dict::DICT_TYPE) {
                            break 'ops self.invalid_bytecode();
                        }
                        tri!(dict::set_item(self, d, key, v));
                    }
                    0x63 => {
                        // RETURN_VALUE
                        save!();
                        let ret = if self.frames[fi].exc_len == 0 {
                            top!()
                        } else {
                            match self.do_return(fi) {
                                Flow::Goto(new_ip, new_sp) => {
                                    ip = new_ip;
                                    sp = new_sp;
                                    continue;
                                }
                                Flow::Return(ret) => ret,
                            }
                        };
                        match self.finish_frame(fi, base, ret) {
                            Some(out) => return Ok(out),
                            None => continue 'frame,
                        }
                    }
                    0x64 => {
                        // RAISE_LAST
                        break 'ops self.raise_last(fi);
                    }
                    0x65 => {
                        // RAISE_OBJ
                        let e = pop!();
                        break 'ops self.raise_value(e, Value::NULL);
                    }
                    0x66 => {
                        // RAISE_FROM
                        let cause = pop!();
                        let e = pop!();
                        break 'ops self.raise_value(e, cause);
                    }
                    0x67 => {
                        // YIELD_VALUE
                        save!();
                        let v = top!();
                        match self.yield_frame(fi, v) {
                            Ok(out) => return Ok(out),
                            Err(e) => break 'ops e,
                        }
                    }
                    0x68 => {
                        // YIELD_FROM: (delegate, send_value)
                        let send = pop!();
                        let delegate = top!();
                        let throw = core::mem::replace(&mut self.gen_throw, Value::NULL);
                        match crate::obj::generator::yield_from(self, delegate, send, throw) {
                            Ok(YieldFrom::Yielded(v)) => {
                                // Resume here: the sent value will replace v and rerun this op.
                                ip = op_ip;
                                push!(v);
                                save!();
                                match self.yield_frame(fi, v) {
                                    Ok(out) => return Ok(out),
                                    Err(e) => break 'ops e,
                                }
                            }
                            Ok(YieldFrom::Done(v)) => set_top!(v),
                            Err(e) => {
                                sp = unsafe { sp.sub(1) };
                                break 'ops e;
                            }
                        }
                    }
                    0x69 => {
                        // IMPORT_STAR
                        let m = pop!();
                        tri!(self.import_star(fi, m));
                    }
                    0x70 | 0x71 | 0x72 | 0x73 | 0x74 | 0x75 | 0x76 | 0x77 | 0x78 | 0x79 | 0x7A | 0x7B
                    | 0x7C | 0x7D | 0x7E | 0x7F | 0x80 | 0x81 | 0x82 | 0x83 | 0x84 | 0x85 | 0x86 | 0x87
                    | 0x88 | 0x89 | 0x8A | 0x8B | 0x8C | 0x8D | 0x8E | 0x8F | 0x90 | 0x91 | 0x92 | 0x93
                    | 0x94 | 0x95 | 0x96 | 0x97 | 0x98 | 0x99 | 0x9A | 0x9B | 0x9C | 0x9D | 0x9E | 0x9F
                    | 0xA0 | 0xA1 | 0xA2 | 0xA3 | 0xA4 | 0xA5 | 0xA6 | 0xA7 | 0xA8 | 0xA9 | 0xAA | 0xAB
                    | 0xAC | 0xAD | 0xAE | 0xAF => {
                        push!(Value::small_int(op as isize - 0x80));
                    }
                    0xB0 | 0xB1 | 0xB2 | 0xB3 | 0xB4 | 0xB5 | 0xB6 | 0xB7 | 0xB8 | 0xB9 | 0xBA | 0xBB
                    | 0xBC | 0xBD | 0xBE | 0xBF => {
                        let v = unsafe { *local!((op - 0xB0) as usize) };
                        if v.is_null() {
                            break 'ops self.unbound_local(fi, (op - 0xB0) as usize);
                        }
                        push!(v);
                    }
                    0xC0 | 0xC1 | 0xC2 | 0xC3 | 0xC4 | 0xC5 | 0xC6 | 0xC7 | 0xC8 | 0xC9 | 0xCA | 0xCB
                    | 0xCC | 0xCD | 0xCE | 0xCF => {
                        let v = pop!();
                        unsafe { *local!((op - 0xC0) as usize) = v };
                    }
                    0xD0 | 0xD1 | 0xD2 | 0xD3 => {
                        let v = top!();
                        let r = match op {
                            0xD3 => {
                                let t = if v == Value::TRUE {
                                    true
                                } else if v == Value::FALSE {
                                    false
                                } else {
                                    tri!(self.is_true(v))
                                };
                                Value::from_bool(!t)
                            }
                            0xD1 if v.is_small_int()
                                && v.as_small_int() != crate::value::SMALL_INT_MIN as isize =>
                            {
                                Value::small_int(-v.as_small_int())
                            }
                            0xD0 => tri!(self.unary_op(UnaryOp::Positive, v)),
                            0xD1 => tri!(self.unary_op(UnaryOp::Negative, v)),
                            _ => tri!(self.unary_op(UnaryOp::Invert, v)),
                        };
                        set_top!(r);
                    }
                    0xD7 | 0xD8 | 0xD9 | 0xDA | 0xDB | 0xDC | 0xDD | 0xDE | 0xDF | 0xE0 | 0xE1 | 0xE2
                    | 0xE3 | 0xE4 | 0xE5 | 0xE6 | 0xE7 | 0xE8 | 0xE9 | 0xEA | 0xEB | 0xEC | 0xED | 0xEE
                    | 0xEF | 0xF0 | 0xF1 | 0xF2 | 0xF3 | 0xF4 | 0xF5 | 0xF6 | 0xF7 | 0xF8 | 0xF9 => {
                        let rhs = pop!();
                        let lhs = top!();
                        let (a, b) = (lhs.bits() as isize, rhs.bits() as isize);
                        let r = if a & b & 1 != 0 {
                            match op {
                                0xD7 => Some(Value::from_bool(a < b)),
                                0xD8 => Some(Value::from_bool(a > b)),
                                0xD9 => Some(Value::from_bool(a == b)),
                                0xDA => Some(Value::from_bool(a <= b)),
                                0xDB => Some(Value::from_bool(a >= b)),
                                0xDC => Some(Value::from_bool(a != b)),
                                0xE5 | 0xF2 => a.checked_add(b - 1).map(|s| Value::from_bits_int(s as usize)),
                                0xE6 | 0xF3 => a.checked_sub(b - 1).map(|s| Value::from_bits_int(s as usize)),
                                0xE2 | 0xEF => Some(Value::from_bits_int((a & b) as usize)),
                                0xE0 | 0xED => Some(Value::from_bits_int((a | b) as usize)),
                                0xE1 | 0xEE => Some(Value::from_bits_int(((a ^ b) | 1) as usize)),
                                0xE7 | 0xF4 => {
                                    (a >> 1).checked_mul(b >> 1).and_then(|p| Value::try_small_int(p as i64))
                                }
                                0xE4 | 0xF1 if b >= 1 => {
                                    Some(Value::small_int((a >> 1) >> ((b >> 1) as usize).min(63)))
                                }
                                0xE3 | 0xF0 if b >= 1 && b >> 1 < 62 => {
                                    let (x, n) = (a >> 1, (b >> 1) as u32);
                                    let r = x << n;
                                    if r >> n == x {
                                        Value::try_small_int(r as i64)
                                    } else {
                                        None
                                    }
                                }
                                0xE9 | 0xF6 if b != 1 => {
                                    let (x, y) = (a >> 1, b >> 1);
                                    x.checked_div_euclid(y).and_then(|q| {
                                        // Python rounds toward negative infinity.
                                        let q = if y < 0 && x.rem_euclid(y) != 0 { q - 1 } else { q };
                                        Value::try_small_int(q as i64)
                                    })
                                }
                                0xEB | 0xF8 if b != 1 => {
                                    let (x, y) = (a >> 1, b >> 1);
                                    let r = x.rem_euclid(y);
                                    // Python's remainder takes the divisor's sign.
                                    Some(Value::small_int(if y < 0 && r != 0 { r + y } else { r }))
                                }
                                _ => None,
                            }
                        } else if lhs.is_flonum() && rhs.is_flonum() {
                            let (x, y) = (lhs.as_flonum(), rhs.as_flonum());
                            match op {
                                0xD7 => Some(Value::from_bool(x < y)),
                                0xD8 => Some(Value::from_bool(x > y)),
                                0xD9 => Some(Value::from_bool(x == y)),
                                0xDA => Some(Value::from_bool(x <= y)),
                                0xDB => Some(Value::from_bool(x >= y)),
                                0xDC => Some(Value::from_bool(x != y)),
                                0xE5 | 0xF2 => Value::try_flonum(x + y),
                                0xE6 | 0xF3 => Value::try_flonum(x - y),
                                0xE7 | 0xF4 => Value::try_flonum(x * y),
                                0xEA | 0xF7 if y != 0.0 => Value::try_flonum(x / y),
                                _ => None,
                            }
                        } else if op == 0xDE {
                            Some(Value::from_bool(a == b))
                        } else {
                            None
                        };
                        let r = match r {
                            Some(r) => r,
                            None => {
                                // SAFETY: op - 0xD7 is a bytecode binary operator number (< 35).
                                let bop = BinaryOp::from_u8(op - 0xD7).unwrap_or(BinaryOp::Add);
                                tri!(self.binary_op_unpinned(bop, lhs, rhs, pin_base))
                            }
                        };
                        set_top!(r);
                    }
                    0x00 | 0x01 | 0x02 | 0x03 | 0x04 | 0x05 | 0x06 | 0x07 | 0x08 | 0x09 | 0x0A | 0x0B
                    | 0x0C | 0x0D | 0x0E | 0x0F | 0x1D | 0x1E | 0x1F | 0x38 | 0x39 | 0x3A | 0x3B | 0x3C
                    | 0x3D | 0x3E | 0x3F | 0x41 | 0x4C | 0x4D | 0x4E | 0x4F | 0x60 | 0x61 | 0x6A | 0x6B
                    | 0x6C | 0x6D | 0x6E | 0x6F | 0xD4 | 0xD5 | 0xD6 | 0xFA | 0xFB | 0xFC | 0xFD | 0xFE
                    | 0xFF => {
                        break 'ops self.runtime_error("invalid opcode");
                    }
                }
            };

            // An exception was raised by the instruction at op_ip.
            let _ = err;
            {
                let f = &mut self.frames[fi];
                f.ip = ip;
                f.sp = sp;
                f.op_ip = op_ip;
            }
            if self.handle_exception(fi, base) {
                continue 'frame;
            }
            return Err(Raised);
        }
    }

    /// Pushes an exception block.
    #[inline]
    fn push_exc_block(
        &mut self,
        fi: usize,
        handler: *const u8,
        kind: BlockKind,
        sp: *mut Value,
        state: *mut Value,
    ) {
        let f = &mut self.frames[fi];
        let off = f.offset_of(handler);
        let depth = sp.addr().wrapping_sub(state.addr()) / core::mem::size_of::<Value>();
        // SAFETY: the compiler sized the exception stack for the deepest nesting.
        unsafe {
            let e = f.exc.add(f.exc_len * EXC_ENTRY);
            let [h, d] = Self::block_words(off, kind, depth);
            *e = h;
            *e.add(1) = d;
            *e.add(2) = Value::NULL;
        }
        f.exc_len += 1;
    }

    /// Takes the pending keyboard interrupt and raises it.
    #[cold]
    fn take_interrupt(&mut self) -> Raised {
        self.pending_interrupt.store(false, core::sync::atomic::Ordering::Relaxed);
        self.raise_type(&exception::KEYBOARD_INTERRUPT_TYPE)
    }

    pub(crate) fn name_not_defined(&mut self, q: Qstr) -> Raised {
        let name = self.qstr_str(q);
        self.name_error(&alloc::format!("name '{name}' isn't defined"))
    }

    /// Hand-made bytecode left a value of the wrong kind where an instruction expects one the
    /// compiler or the VM put there (a cell, a comprehension's collection, loop slots, a marker).
    #[cold]
    pub(crate) fn invalid_bytecode(&mut self) -> Raised {
        self.runtime_error("invalid bytecode")
    }

    /// A binary operation off the inline fast paths. Its result goes straight onto the value
    /// stack (a root) with no allocation in between, so what the operation pinned is released
    /// here: `a * b + c * d` on big numbers does not keep its temporaries until the next
    /// backward jump. Out of line: inline in the loop, this cost 10% on loops that never come
    /// here, through the loop's code layout.
    #[inline(never)]
    fn binary_op_unpinned(
        &mut self,
        op: BinaryOp,
        lhs: Value,
        rhs: Value,
        pin_base: usize,
    ) -> PyResult<Value> {
        let r = super::ops::binary_slow(self, op, lhs, rhs)?;
        if self.pins.len() > pin_base {
            self.pins.truncate(pin_base);
        }
        Ok(r)
    }

    /// The next item of a for loop over iterator `it` (FOR_ITER's general case); `ip` is the
    /// loop body. A body that starts by unpacking into `n` names gets the items of a zip or
    /// enumerate unpacked at `sp` instead of a tuple: then the result is NULL.
    #[inline(never)]
    fn for_loop_next(&mut self, it: Value, ip: *const u8, sp: *mut Value) -> PyResult<Option<Value>> {
        // SAFETY: the loop body's first instruction follows FOR_ITER.
        let (body, arg) = unsafe { (*ip, *ip.add(1)) };
        if body == crate::bytecode::opcodes::UNPACK_SEQUENCE && arg < 0x80 {
            // SAFETY: UNPACK_SEQUENCE n would write these n slots of the frame.
            match unsafe { crate::obj::iter::next_unpacked(self, it, arg as usize, sp) } {
                Some(Ok(true)) => return Ok(Some(Value::NULL)),
                Some(Ok(false)) => return Ok(None),
                Some(Err(e)) => return Err(e),
                None => {}
            }
        }
        self.iter_next(it)
    }

    #[cold]
    fn unbound_local(&mut self, _fi: usize, _n: usize) -> Raised {
        self.raise_msg(&exception::UNBOUND_LOCAL_ERROR_TYPE, "local variable referenced before assignment")
    }

    /// Builds a set from stack values.
    fn build_set(&mut self, items: &[Value]) -> PyResult<Value> {
        let s = crate::obj::set::new(self, false)?;
        for &x in items {
            crate::obj::set::add(self, s, x)?;
        }
        Ok(s)
    }
}

/// What one step of `yield from` did.
pub enum YieldFrom {
    Yielded(Value),
    Done(Value),
}

impl Value {
    /// A small int from its tagged bits (used by the loop's tagged arithmetic).
    #[inline(always)]
    pub fn from_bits_int(bits: usize) -> Value {
        Value::small_int((bits as isize) >> 1)
    }
}
