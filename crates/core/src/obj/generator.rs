//! Generators: a function's frame kept in a heap object so it can be suspended at `yield` and
//! resumed by `next()`, `send()`, `throw()` and `close()` (bytecode.md §8).

use alloc::string::String;
use core::mem::size_of;

use super::builtin_fn::BuiltinFn;
use super::code::{self, RawCodeObj};
use super::{exception, function, ObjHeader, PrintKind, Type};
use crate::bytecode::opcodes;
use crate::gc::Marker;
use crate::obj::flags;
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::frame::{Frame, FrameKind, EXC_ENTRY};
use crate::vm::run::{Outcome, YieldFrom};
use crate::vm::{PyResult, Vm};

#[repr(C)]
pub struct GenObj {
    pub header: ObjHeader,
    pub fun: Value,
    /// Offset in `fun_data` where the generator continues.
    pub ip_off: u32,
    /// Values on its value stack.
    pub sp_depth: u32,
    pub exc_len: u32,
    pub state: u32,
    /// Number of values after the header (`n_state` + exception blocks).
    pub n_values: usize,
    /// An exception `pend_throw()` left to be thrown at the next resume (NULL if none).
    pub pending: Value,
}

const CREATED: u32 = 0;
const SUSPENDED: u32 = 1;
const RUNNING: u32 = 2;
const FINISHED: u32 = 3;

pub static GENERATOR_TYPE: Type = Type {
    flags: flags::ITER_IS_SELF,
    locals: super::Locals::Static(&GEN_LOCALS),
    print: Some(gen_print),
    iternext: Some(gen_iternext),
    attr: Some(gen_attr),
    trace: Some(trace_gen),
    ..Type::builtin(q::generator)
};

fn trace_gen(v: Value, m: &mut Marker) {
    m.mark(get(v).fun);
    m.mark(get(v).pending);
    m.mark_all(values(v));
}

#[inline]
fn get<'a>(v: Value) -> &'a mut GenObj {
    // SAFETY: callers pass a generator object; short borrows only.
    unsafe { &mut *v.as_ptr::<GenObj>() }
}

fn values_ptr(v: Value) -> *mut Value {
    // SAFETY: the values follow the header inside the allocation.
    unsafe { (v.as_ptr::<u8>()).add(size_of::<GenObj>()) as *mut Value }
}

fn values<'a>(v: Value) -> &'a [Value] {
    // SAFETY: the generator holds `n_values` values after its header.
    unsafe { core::slice::from_raw_parts(values_ptr(v), get(v).n_values) }
}

fn raw_code<'a>(g: Value) -> &'a RawCodeObj {
    code::raw_code(function::get(get(g).fun).code)
}

#[inline]
pub fn is_generator(v: Value) -> bool {
    v.is_exact(&GENERATOR_TYPE)
}

/// Whether the generator has run to its end (returned or raised).
pub fn is_finished(g: Value) -> bool {
    get(g).state == FINISHED
}

/// Whether the generator has been resumed at least once.
pub fn is_started(g: Value) -> bool {
    get(g).state != CREATED
}

/// Creates a generator for a call of generator function `f`, binding its arguments.
pub fn new(vm: &mut Vm, f: Value, pre: &[Value], args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let rc = code::raw_code(function::get(f).code);
    let n_state = rc.n_state as usize;
    let n_values = n_state + rc.n_exc_stack as usize * EXC_ENTRY;
    let p = vm.alloc_obj::<GenObj>(&GENERATOR_TYPE, n_values * size_of::<Value>())?;
    let g = Value::from_ptr(p);
    {
        let gen = get(g);
        gen.fun = f;
        gen.ip_off = rc.code_start;
        gen.n_values = n_values;
    }
    crate::vm::call::bind_args(vm, f, values_ptr(g), pre, args, kw)?;
    Ok(g)
}

/// Called when a generator's frame returns or raises.
pub fn mark_finished(g: Value) {
    if g.is_null() {
        return;
    }
    let gen = get(g);
    gen.state = FINISHED;
    gen.pending = Value::NULL;
    let vals = values_ptr(g);
    for i in 0..gen.n_values {
        // SAFETY: i < n_values; the frame is gone, so its values can be dropped.
        unsafe { *vals.add(i) = Value::NULL };
    }
}

/// Called when a generator's frame yields: remembers where to continue.
pub fn save_frame(f: &Frame) {
    let gen = get(f.owner);
    gen.ip_off = f.offset_of(f.ip) as u32;
    gen.sp_depth = (f.sp.addr() - f.state.addr()) as u32 / size_of::<Value>() as u32;
    gen.exc_len = f.exc_len as u32;
    gen.state = SUSPENDED;
}

/// The exception to raise for a thrown value: an exception class is instantiated; anything
/// that is not an exception is a TypeError.
fn thrown_exception(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let v = if crate::obj::type_::is_exception_class(vm, v) {
        crate::obj::type_::instantiate_exception(vm, v)?
    } else {
        v
    };
    if !exception::is_exception(vm, v) {
        return Err(vm.type_error("exceptions must derive from BaseException"));
    }
    Ok(v)
}

/// Resumes generator `g` sending `send`, or throwing `throw` (NULL for none) into it.
///
/// A thrown value reaches the `yield from` the generator is suspended in as it is (an
/// iterator's own `throw()` receives it unchanged, as MicroPython does); elsewhere it must be
/// an exception or an exception class.
pub fn resume(vm: &mut Vm, g: Value, send: Value, throw: Value) -> PyResult<Outcome> {
    let throw = if throw.is_null() && get(g).state != RUNNING {
        let pending = core::mem::replace(&mut get(g).pending, Value::NULL);
        vm.pin(pending);
        pending
    } else {
        throw
    };
    match get(g).state {
        FINISHED => {
            if !throw.is_null() {
                let e = thrown_exception(vm, throw)?;
                return Err(vm.raise(e));
            }
            return Ok(Outcome::Return(Value::NONE));
        }
        RUNNING => return Err(vm.value_error("generator already executing")),
        CREATED if !send.is_none() && throw.is_null() => {
            return Err(vm.type_error("can't send non-None value to a just-started generator"));
        }
        _ => {}
    }
    if vm.frames.len() >= vm.limits.max_frames {
        return Err(vm.recursion_error());
    }
    let rc = raw_code(g);
    let fun = get(g).fun;
    let state = values_ptr(g);
    let n_state = rc.n_state as usize;
    // SAFETY: the offsets were recorded from this generator's own frame.
    let (ip, sp) = unsafe { (rc.fun_data.add(get(g).ip_off as usize), state.add(get(g).sp_depth as usize)) };
    // SAFETY: ip points at an opcode of this generator.
    let throw = if !throw.is_null() && unsafe { *ip } != opcodes::YIELD_FROM {
        thrown_exception(vm, throw)?
    } else {
        throw
    };
    let gen = get(g);
    if gen.state == SUSPENDED {
        // SAFETY: a suspended generator has the yielded value on top of its stack.
        unsafe { *sp.sub(1) = if throw.is_null() { send } else { Value::NONE } };
    }
    gen.state = RUNNING;
    vm.frames.push(Frame {
        fun,
        code: rc as *const RawCodeObj,
        globals: code::context(rc.context).globals,
        locals: code::context(rc.context).globals,
        owner: g,
        state,
        n_state,
        // SAFETY: the exception blocks follow the state inside the generator.
        exc: unsafe { state.add(n_state) },
        exc_len: gen.exc_len as usize,
        ip,
        op_ip: ip,
        sp,
        stack_mark: 0,
        kind: FrameKind::Generator,
    });
    let fi = vm.frames.len() - 1;
    if !throw.is_null() {
        // SAFETY: ip points at an opcode of this generator.
        if unsafe { *ip } == opcodes::YIELD_FROM {
            vm.gen_throw = throw;
        } else {
            vm.exc = throw;
            if !vm.find_handler(fi, fi) {
                return Err(crate::vm::Raised);
            }
        }
    }
    vm.run(fi)
}

/// The `StopIteration` value of the pending exception (after checking it is one).
fn stop_iteration_value(vm: &mut Vm) -> Value {
    let e = vm.take_exc();
    let args = exception::args(vm, e);
    super::tuple::items(args).first().copied().unwrap_or(Value::NONE)
}

/// Whether a thrown value (exception or class) is a `GeneratorExit`.
fn is_generator_exit(vm: &Vm, v: Value) -> bool {
    let t = if crate::obj::type_::is_type(vm, v) { v } else { Value::from_ptr(vm.type_of(v) as *const Type) };
    vm.is_subclass(t, Value::from_static(&exception::GENERATOR_EXIT_TYPE))
}

/// One step of `yield from`/`await` on `delegate`.
pub fn yield_from(vm: &mut Vm, delegate: Value, send: Value, throw: Value) -> PyResult<YieldFrom> {
    if is_generator(delegate) {
        let r = resume(vm, delegate, send, throw);
        return match r {
            Ok(Outcome::Yield(v)) => Ok(YieldFrom::Yielded(v)),
            Ok(Outcome::Return(v)) => {
                if !throw.is_null() && is_generator_exit(vm, throw) {
                    let e = thrown_exception(vm, throw)?;
                    return Err(vm.raise(e));
                }
                Ok(YieldFrom::Done(v))
            }
            Err(e) => Err(e),
        };
    }
    let result = if !throw.is_null() {
        if is_generator_exit(vm, throw) {
            if let Some(close) = vm.load_attr_opt(delegate, q::close)? {
                vm.call(close, &[])?;
            }
            let e = thrown_exception(vm, throw)?;
            return Err(vm.raise(e));
        }
        match vm.load_attr_opt(delegate, q::throw)? {
            Some(t) => vm.call(t, &[throw]),
            None => {
                let e = thrown_exception(vm, throw)?;
                return Err(vm.raise(e));
            }
        }
    } else if send.is_none() {
        if vm.type_of(delegate).is_class() {
            vm.call_method(delegate, q::__next__, &[])
        } else {
            vm.stop_exc = Value::NULL;
            match vm.iter_next(delegate) {
                Ok(Some(v)) => return Ok(YieldFrom::Yielded(v)),
                Ok(None) if vm.stop_exc.is_null() => return Ok(YieldFrom::Done(Value::NONE)),
                // A StopIteration with a value from a class's `__next__` below this iterator.
                Ok(None) => {
                    let e = core::mem::replace(&mut vm.stop_exc, Value::NULL);
                    Err(vm.raise(e))
                }
                Err(e) => Err(e),
            }
        }
    } else {
        vm.call_method(delegate, q::send, &[send])
    };
    match result {
        Ok(v) => Ok(YieldFrom::Yielded(v)),
        Err(e) => {
            if vm.exc_matches(&exception::STOP_ITERATION_TYPE) {
                Ok(YieldFrom::Done(stop_iteration_value(vm)))
            } else {
                Err(e)
            }
        }
    }
}

fn gen_iternext(vm: &mut Vm, g: Value) -> PyResult<Option<Value>> {
    match resume(vm, g, Value::NONE, Value::NULL)? {
        Outcome::Yield(v) => Ok(Some(v)),
        Outcome::Return(_) => Ok(None),
    }
}

/// Raises `StopIteration(value)` (plain `StopIteration` for None).
fn stop_with(vm: &mut Vm, value: Value) -> crate::vm::Raised {
    if value.is_none() {
        vm.stop_iteration()
    } else {
        vm.raise_args(&exception::STOP_ITERATION_TYPE, &[value])
    }
}

fn m_send(vm: &mut Vm, g: Value, v: Value) -> PyResult<Value> {
    match resume(vm, g, v, Value::NULL)? {
        Outcome::Yield(v) => Ok(v),
        Outcome::Return(r) => Err(stop_with(vm, r)),
    }
}

/// What `throw(typ[, val])` throws: `typ(val)` for a class and a non-exception value, `val`
/// if given, else `typ` itself (instantiated where it is raised).
fn throw_value(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let typ = args[1];
    match args.get(2) {
        Some(&val) if !val.is_none() => {
            if crate::obj::type_::is_exception_class(vm, typ) && !exception::is_exception(vm, val) {
                vm.call(typ, &[val])
            } else {
                Ok(val)
            }
        }
        _ => Ok(typ),
    }
}

fn m_throw(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let g = args[0];
    let exc = throw_value(vm, args)?;
    match resume(vm, g, Value::NONE, exc)? {
        Outcome::Yield(v) => Ok(v),
        Outcome::Return(r) => Err(stop_with(vm, r)),
    }
}

/// `pend_throw(exc)` (MicroPython, for asyncio): `exc` is thrown at the next resume instead
/// of a value being sent; None cancels. Returns what was pending before (None if nothing).
fn m_pend_throw(vm: &mut Vm, g: Value, exc: Value) -> PyResult<Value> {
    if get(g).state == RUNNING {
        return Err(vm.value_error("generator already executing"));
    }
    let new = if exc.is_none() { Value::NULL } else { exc };
    let old = core::mem::replace(&mut get(g).pending, new);
    Ok(if old.is_null() { Value::NONE } else { old })
}

fn m_close(vm: &mut Vm, g: Value) -> PyResult<Value> {
    match get(g).state {
        FINISHED => return Ok(Value::NONE),
        CREATED => {
            mark_finished(g);
            return Ok(Value::NONE);
        }
        _ => {}
    }
    let exc = exception::new(vm, &exception::GENERATOR_EXIT_TYPE, &[])?;
    match resume(vm, g, Value::NONE, exc) {
        Ok(Outcome::Yield(_)) => Err(vm.runtime_error("generator ignored GeneratorExit")),
        Ok(Outcome::Return(_)) => Ok(Value::NONE),
        Err(e) => {
            if vm.exc_matches(&exception::GENERATOR_EXIT_TYPE)
                || vm.exc_matches(&exception::STOP_ITERATION_TYPE)
            {
                vm.take_exc();
                Ok(Value::NONE)
            } else {
                Err(e)
            }
        }
    }
}

fn gen_print(vm: &mut Vm, v: Value, out: &mut String, _kind: PrintKind) -> PyResult<()> {
    let name = vm.qstr_str(raw_code(v).name);
    out.push_str(&alloc::format!("<generator object '{name}' at 0x{:x}>", v.bits()));
    Ok(())
}

fn gen_attr(_vm: &mut Vm, v: Value, attr: Qstr) -> PyResult<Option<Value>> {
    Ok(match attr {
        q::__name__ => Some(Value::qstr(raw_code(v).name)),
        _ => None,
    })
}

static SEND: BuiltinFn = BuiltinFn::f2(q::send, m_send);
static THROW: BuiltinFn = BuiltinFn::var(q::throw, 2, 4, m_throw);
static CLOSE: BuiltinFn = BuiltinFn::f1(q::close, m_close);
static PEND_THROW: BuiltinFn = BuiltinFn::f2(q::pend_throw, m_pend_throw);

static GEN_LOCALS: [(Qstr, Value); 4] = [
    (q::pend_throw, Value::from_static(&PEND_THROW)),
    (q::send, Value::from_static(&SEND)),
    (q::throw, Value::from_static(&THROW)),
    (q::close, Value::from_static(&CLOSE)),
];
