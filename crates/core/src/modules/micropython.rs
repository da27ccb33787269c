//! The `micropython` module: `const`, the optimisation level, memory information and heap
//! locking. The `native`/`viper` code emitters are not built yet, so their decorators raise
//! `NotImplementedError` naming themselves.

use crate::obj::builtin_fn::BuiltinFn;
use crate::obj::int;
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn const_(_vm: &mut Vm, x: Value) -> PyResult<Value> {
    Ok(x)
}

fn opt_level(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    match args.first() {
        None => Ok(Value::small_int(vm.opt_level as isize)),
        Some(&n) => {
            vm.opt_level = vm.to_i64(n)?.clamp(0, 3) as u8;
            Ok(Value::NONE)
        }
    }
}

fn mem_info(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let h = &vm.heap;
    let s = alloc::format!(
        "stack: {} out of {}\nGC: total: {}, used: {}, free: {}\n No. of 1-blocks: -, 2-blocks: -, max blk sz: {}, max free sz: {}\n",
        vm.stack_top * core::mem::size_of::<Value>(),
        vm.stack.len() * core::mem::size_of::<Value>(),
        h.total_bytes(),
        h.used_bytes(),
        h.free_bytes(),
        crate::gc::BLOCK_SIZE,
        h.largest_free() / crate::gc::BLOCK_SIZE,
    );
    let _ = args;
    vm.write_stdout(&s);
    Ok(Value::NONE)
}

fn qstr_info(vm: &mut Vm, _args: &[Value]) -> PyResult<Value> {
    let s = alloc::format!(
        "qstr pool: n_pool=1, n_qstr={}, n_str_data_bytes={}, n_total_bytes={}\n",
        vm.qstrs.dynamic_count(),
        vm.qstrs.dynamic_bytes(),
        vm.qstrs.dynamic_bytes() + vm.qstrs.dynamic_count() * 16
    );
    vm.write_stdout(&s);
    Ok(Value::NONE)
}

fn stack_use(vm: &mut Vm) -> PyResult<Value> {
    int::from_u64(vm, (vm.stack_top * core::mem::size_of::<Value>()) as u64)
}

fn heap_lock(vm: &mut Vm) -> PyResult<Value> {
    vm.heap.lock_depth += 1;
    Ok(Value::NONE)
}

fn heap_unlock(vm: &mut Vm) -> PyResult<Value> {
    vm.heap.lock_depth = vm.heap.lock_depth.saturating_sub(1);
    Ok(Value::small_int(vm.heap.lock_depth as isize))
}

fn heap_locked(vm: &mut Vm) -> PyResult<Value> {
    Ok(Value::small_int(vm.heap.lock_depth as isize))
}

fn alloc_emergency_exception_buf(_vm: &mut Vm, _size: Value) -> PyResult<Value> {
    Ok(Value::NONE)
}

fn kbd_intr(vm: &mut Vm, _c: Value) -> PyResult<Value> {
    let _ = vm;
    Ok(Value::NONE)
}

fn native(vm: &mut Vm, _f: Value) -> PyResult<Value> {
    Err(vm.not_implemented("@micropython.native: the native code emitter is not available"))
}

fn viper(vm: &mut Vm, _f: Value) -> PyResult<Value> {
    Err(vm.not_implemented("@micropython.viper: the viper code emitter is not available"))
}

static CONST: BuiltinFn = BuiltinFn::f1(q::const_, const_);
static OPT_LEVEL: BuiltinFn = BuiltinFn::var(q::opt_level, 0, 1, opt_level);
static MEM_INFO: BuiltinFn = BuiltinFn::var(q::mem_info, 0, 1, mem_info);
static QSTR_INFO: BuiltinFn = BuiltinFn::var(q::qstr_info, 0, 1, qstr_info);
static STACK_USE: BuiltinFn = BuiltinFn::f0(q::stack_use, stack_use);
static HEAP_LOCK: BuiltinFn = BuiltinFn::f0(q::heap_lock, heap_lock);
static HEAP_UNLOCK: BuiltinFn = BuiltinFn::f0(q::heap_unlock, heap_unlock);
static HEAP_LOCKED: BuiltinFn = BuiltinFn::f0(q::heap_locked, heap_locked);
static ALLOC_EMERGENCY: BuiltinFn =
    BuiltinFn::f1(q::alloc_emergency_exception_buf, alloc_emergency_exception_buf);
static KBD_INTR: BuiltinFn = BuiltinFn::f1(q::kbd_intr, kbd_intr);
static NATIVE: BuiltinFn = BuiltinFn::f1(q::native, native);
static VIPER: BuiltinFn = BuiltinFn::f1(q::viper, viper);

pub static TABLE: [(Qstr, Value); 13] = [
    (q::__name__, Value::qstr(q::micropython)),
    (q::const_, Value::from_static(&CONST)),
    (q::opt_level, Value::from_static(&OPT_LEVEL)),
    (q::mem_info, Value::from_static(&MEM_INFO)),
    (q::qstr_info, Value::from_static(&QSTR_INFO)),
    (q::stack_use, Value::from_static(&STACK_USE)),
    (q::heap_lock, Value::from_static(&HEAP_LOCK)),
    (q::heap_unlock, Value::from_static(&HEAP_UNLOCK)),
    (q::heap_locked, Value::from_static(&HEAP_LOCKED)),
    (q::alloc_emergency_exception_buf, Value::from_static(&ALLOC_EMERGENCY)),
    (q::kbd_intr, Value::from_static(&KBD_INTR)),
    (q::native, Value::from_static(&NATIVE)),
    (q::viper, Value::from_static(&VIPER)),
];
