//! Calls: binding arguments into a new frame (bytecode.md §5.6), calling any callable from
//! Rust, and expanding `*args`/`**kwargs` at call sites.
//!
//! Arguments are copied straight from the caller's value stack into the callee's locals; no
//! argument tuple is built for a Python-to-Python call.

use alloc::format;
use alloc::vec::Vec;

use crate::bytecode::prelude::{FLAG_DEFKWARGS, FLAG_GENERATOR, FLAG_VARARGS, FLAG_VARKEYWORDS};
use crate::obj::code::{self, RawCodeObj};
use crate::obj::{builtin_fn, cell, closure, dict, function, generator, tuple, Type};
use crate::qstr::Qstr;
use crate::value::Value;
use crate::vm::frame::{Frame, FrameKind, EXC_ENTRY};
use crate::vm::run::Outcome;
use crate::vm::{PyResult, Raised, Vm};

impl Vm {
    /// Whether `f` is a Python function or closure (called by pushing a frame).
    #[inline(always)]
    pub(crate) fn is_bytecode_callable(&self, f: Value) -> bool {
        f.is_exact(&function::FUNCTION_TYPE) || f.is_exact(&closure::CLOSURE_TYPE)
    }

    /// Pushes the frame of a call to function/closure `fun` from the running loop (the caller's
    /// state is saved; `caller_sp` is where the result goes). Generator functions produce a
    /// generator object instead, pushed straight onto the caller's stack.
    pub(crate) fn push_call_frame(
        &mut self,
        fun: Value,
        args: &[Value],
        kw: &[Value],
        caller_sp: *mut Value,
    ) -> PyResult<()> {
        let caller = self.frames.len() - 1;
        self.frames[caller].sp = caller_sp;
        // The closure stays on the caller's stack, so its cells need no copy.
        let (f, pre): (Value, &[Value]) = if fun.is_exact(&closure::CLOSURE_TYPE) {
            (closure::get(fun).fun, closure::cells(fun))
        } else {
            (fun, &[])
        };
        let rc = code::raw_code(function::get(f).code);
        if rc.is_generator() {
            let g = generator::new(self, f, pre, args, kw)?;
            let c = &mut self.frames[caller];
            // SAFETY: the caller's stack has room for the result where the callee was.
            unsafe {
                *c.sp = g;
                c.sp = c.sp.add(1);
            }
            return Ok(());
        }
        self.push_frame(f, pre, args, kw)
    }

    /// Pushes a frame for bytecode function `f` with its arguments bound, on the VM stack.
    pub(crate) fn push_frame(
        &mut self,
        f: Value,
        pre: &[Value],
        args: &[Value],
        kw: &[Value],
    ) -> PyResult<()> {
        if self.frames.len() >= self.limits.max_frames {
            return Err(self.recursion_error());
        }
        let code_v = function::get(f).code;
        let rc = code::raw_code(code_v);
        let n_state = rc.n_state as usize;
        let size = n_state + rc.n_exc_stack as usize * EXC_ENTRY;
        let mark = self.stack_top;
        if mark + size > self.stack.len() {
            return Err(self.recursion_error());
        }
        // SAFETY: mark + size <= stack.len() was checked above; NULL is the all-zero word.
        let state: *mut Value = unsafe {
            let state = self.stack.as_mut_ptr().add(mark);
            core::ptr::write_bytes(state, 0, size);
            state
        };
        self.stack_top = mark + size;
        // SAFETY: `size` slots starting at `state` were just reserved on the VM stack.
        let exc = unsafe { state.add(n_state) };
        let globals = code::context(rc.context).globals;
        self.frames.push(Frame {
            fun: f,
            code: rc as *const RawCodeObj,
            globals,
            locals: globals,
            owner: Value::NULL,
            state,
            n_state,
            exc,
            exc_len: 0,
            // SAFETY: code_start is within fun_data.
            ip: unsafe { rc.fun_data.add(rc.code_start as usize) },
            op_ip: rc.fun_data,
            sp: state,
            stack_mark: mark,
            kind: FrameKind::Call,
        });
        let n_given = pre.len() + args.len();
        if rc.simple_args && kw.is_empty() && n_given == rc.n_pos_args as usize {
            // The common call: exactly the positional parameters, nothing to match or make.
            for (i, &a) in pre.iter().chain(args.iter()).enumerate() {
                // SAFETY: i < n_pos_args <= n_state, so the slot is a local of the new frame.
                unsafe { *state.add(n_state - 1 - i) = a };
            }
            return Ok(());
        }
        if let Err(e) = bind_args(self, f, state, pre, args, kw) {
            self.frames.pop();
            self.stack_top = mark;
            return Err(e);
        }
        Ok(())
    }

    /// Calls a Python function (or generator function) from Rust.
    pub(crate) fn call_bytecode(
        &mut self,
        f: Value,
        pre: &[Value],
        args: &[Value],
        kw: &[Value],
    ) -> PyResult<Value> {
        let rc = code::raw_code(function::get(f).code);
        if rc.is_generator() {
            return generator::new(self, f, pre, args, kw);
        }
        self.push_frame(f, pre, args, kw)?;
        let base = self.frames.len() - 1;
        match self.run(base)? {
            Outcome::Return(v) => Ok(v),
            Outcome::Yield(v) => Ok(v),
        }
    }

    /// Calls any callable with positional arguments.
    #[inline]
    pub fn call(&mut self, f: Value, args: &[Value]) -> PyResult<Value> {
        self.call_kw(f, args, &[])
    }

    /// Calls any callable with positional arguments and keyword pairs `[name, value, ...]`.
    pub fn call_kw(&mut self, f: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
        if f.is_exact(&builtin_fn::BUILTIN_FUNCTION_TYPE) {
            return builtin_fn::call(self, builtin_fn::get(f), args, kw);
        }
        if f.is_exact(&function::FUNCTION_TYPE) {
            return self.call_bytecode(f, &[], args, kw);
        }
        let ty: &Type = self.type_of(f);
        match ty.call {
            Some(call) => call(self, f, args, kw),
            None => {
                let name = self.qstr_str(ty.name);
                Err(self.type_error(&format!("'{name}' object isn't callable")))
            }
        }
    }

    /// Calls a `(function, self-or-NULL)` pair as `LOAD_METHOD` produces.
    pub fn call_method_pair(&mut self, pair: (Value, Value), args: &[Value]) -> PyResult<Value> {
        let (f, s) = pair;
        if s.is_null() {
            return self.call(f, args);
        }
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(s);
        all.extend_from_slice(args);
        self.call(f, &all)
    }

    /// Calls method `name` of `obj`.
    pub fn call_method(&mut self, obj: Value, name: Qstr, args: &[Value]) -> PyResult<Value> {
        let pair = self.load_method(obj, name)?;
        self.call_method_pair(pair, args)
    }

    /// Checks a builtin's argument count (no keywords accepted).
    pub fn check_args(
        &mut self,
        name: &str,
        args: &[Value],
        kw: &[Value],
        min: usize,
        max: usize,
    ) -> PyResult<()> {
        if !kw.is_empty() {
            return Err(self.type_error(&format!("{name}() takes no keyword arguments")));
        }
        if args.len() < min || args.len() > max {
            return Err(self.type_error(&if min == max {
                format!("{name}() takes {min} positional arguments but {} were given", args.len())
            } else if args.len() < min {
                format!("{name}() takes at least {min} arguments ({} given)", args.len())
            } else {
                format!("{name}() takes at most {max} arguments ({} given)", args.len())
            }));
        }
        Ok(())
    }

    /// Makes a function object from a raw code (`MAKE_FUNCTION*`).
    pub(crate) fn make_function(&mut self, raw_code: Value, defpos: Value, defkw: Value) -> PyResult<Value> {
        function::new(self, raw_code, defpos, defkw)
    }

    /// Expands `*iterable` positional arguments (marked in `bitmap`) and `**mapping` keyword
    /// entries (NULL name) of a `CALL_*_VAR_KW`.
    pub(crate) fn expand_call_args(
        &mut self,
        args: &[Value],
        kw: &[Value],
        bitmap: Value,
    ) -> PyResult<(Vec<Value>, Vec<Value>)> {
        let bits = bitmap.small_int_value().unwrap_or(0) as usize;
        let mut pos = Vec::with_capacity(args.len());
        for (i, &a) in args.iter().enumerate() {
            if i < usize::BITS as usize && bits & (1 << i) != 0 {
                pos.extend(self.iter_to_vec(a)?);
            } else {
                pos.push(a);
            }
        }
        let mut kwv: Vec<Value> = Vec::with_capacity(kw.len());
        for pair in kw.chunks(2) {
            if pair[0].is_null() {
                self.expand_kwargs_mapping(pair[1], &mut kwv)?;
            } else {
                kwv.extend_from_slice(pair);
            }
        }
        Ok((pos, kwv))
    }

    fn expand_kwargs_mapping(&mut self, m: Value, out: &mut Vec<Value>) -> PyResult<()> {
        let pairs: Vec<(Value, Value)> = if let Some(d) = self.native_of(m, &dict::DICT_TYPE) {
            dict::pairs(d)
        } else {
            let Some(keys) = self.load_attr_opt(m, crate::qstr::q::keys)? else {
                return Err(self.type_error("argument after ** must be a mapping"));
            };
            let keys = self.call(keys, &[])?;
            let mut ps = Vec::new();
            for k in self.iter_to_vec(keys)? {
                let v = self.subscr_load(m, k)?;
                ps.push((k, v));
            }
            ps
        };
        for (k, v) in pairs {
            if self.text_of(k).is_none() {
                return Err(self.type_error("keywords must be strings"));
            }
            if out.chunks(2).any(|p| p[0] == k || self.text_of(p[0]) == self.text_of(k)) {
                let name = self.text_of(k).unwrap_or_default();
                return Err(
                    self.type_error(&format!("function got multiple values for keyword argument '{name}'"))
                );
            }
            out.push(k);
            out.push(v);
        }
        Ok(())
    }
}

/// Binds `pre` (closure cells), `args` and keyword pairs `kw` into the locals of a new frame
/// (local `i` is `state[n_state - 1 - i]`), then makes the prelude's cells.
pub(crate) fn bind_args(
    vm: &mut Vm,
    f: Value,
    state: *mut Value,
    pre: &[Value],
    args: &[Value],
    kw: &[Value],
) -> PyResult<()> {
    let fd = function::get(f);
    let rc: &RawCodeObj = code::raw_code(fd.code);
    let n_state = rc.n_state as usize;
    let n_pos = rc.n_pos_args as usize;
    let n_kwonly = rc.n_kwonly_args as usize;
    let flags = rc.scope_flags;
    let local = |i: usize| -> *mut Value {
        // SAFETY: parameter locals are below n_state (the compiler guarantees it).
        unsafe { state.add(n_state - 1 - i) }
    };
    let set = |i: usize, v: Value| {
        // SAFETY: as above.
        unsafe { *local(i) = v }
    };
    let get = |i: usize| -> Value {
        // SAFETY: as above.
        unsafe { *local(i) }
    };
    let n_given = pre.len() + args.len();
    let name = rc.name;
    if n_given > n_pos {
        if flags & FLAG_VARARGS == 0 {
            return Err(too_many(vm, name, n_pos - pre.len(), args.len()));
        }
        let extra: Vec<Value> = args[n_pos - pre.len()..].to_vec();
        let t = tuple::new(vm, &extra)?;
        set(n_pos + n_kwonly, t);
    } else if flags & FLAG_VARARGS != 0 {
        set(n_pos + n_kwonly, Value::from_static(&tuple::EMPTY_TUPLE));
    }
    for (i, &v) in pre.iter().chain(args.iter()).take(n_pos).enumerate() {
        set(i, v);
    }
    let kw_dict_slot = n_pos + n_kwonly + (flags & FLAG_VARARGS != 0) as usize;
    if flags & FLAG_VARKEYWORDS != 0 {
        let d = dict::new(vm)?;
        set(kw_dict_slot, d);
    }
    for pair in kw.chunks(2) {
        let key = vm.to_qstr(pair[0])?;
        let pos = (0..n_pos + n_kwonly).find(|&i| rc.arg_name(i) == key);
        match pos {
            Some(i) => {
                if !get(i).is_null() {
                    let n = vm.qstr_str(key);
                    return Err(vm.type_error(&format!("function got multiple values for argument '{n}'")));
                }
                set(i, pair[1]);
            }
            None if flags & FLAG_VARKEYWORDS != 0 => {
                dict::set_qstr(vm, get(kw_dict_slot), key, pair[1])?;
            }
            None => {
                let n = vm.qstr_str(key);
                return Err(vm.type_error(&format!("unexpected keyword argument '{n}'")));
            }
        }
    }
    let defaults: &[Value] = if fd.defaults.is_null() { &[] } else { tuple::items(fd.defaults) };
    let n_def = defaults.len();
    let mut missing = 0;
    for i in 0..n_pos {
        if get(i).is_null() {
            if i + n_def >= n_pos && i >= pre.len() {
                set(i, defaults[i + n_def - n_pos]);
            } else {
                missing += 1;
            }
        }
    }
    if missing > 0 {
        return Err(vm.type_error(&format!("function missing {missing} required positional arguments")));
    }
    for i in n_pos..n_pos + n_kwonly {
        if get(i).is_null() {
            let key = rc.arg_name(i);
            let d = if flags & FLAG_DEFKWARGS != 0 && !fd.kwdefaults.is_null() {
                dict::get_qstr(vm, fd.kwdefaults, key)
            } else {
                None
            };
            match d {
                Some(v) => set(i, v),
                None => {
                    let n = vm.qstr_str(key);
                    return Err(vm.type_error(&format!("function missing required keyword argument '{n}'")));
                }
            }
        }
    }
    for c in 0..rc.n_cells as usize {
        let l = rc.cell_local(c);
        let v = get(l);
        let cv = cell::new(vm, v)?;
        set(l, cv);
    }
    let _ = FLAG_GENERATOR;
    Ok(())
}

fn too_many(vm: &mut Vm, name: Qstr, expected: usize, given: usize) -> Raised {
    let n = vm.qstr_str(name);
    vm.type_error(&format!("{n}() takes {expected} positional arguments but {given} were given"))
}
