//! The `gc` module: control of the collector and heap statistics.

use crate::obj::builtin_fn::BuiltinFn;
use crate::obj::int;
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn collect(vm: &mut Vm) -> PyResult<Value> {
    // Called from the interpreter, so the values of the current run are all in frames: its
    // pins can go, and an object just dropped with `del` is really freed.
    vm.unpin_to(vm.run_pin_base);
    vm.collect();
    Ok(Value::NONE)
}

fn mem_free(vm: &mut Vm) -> PyResult<Value> {
    int::from_u64(vm, vm.heap.free_bytes() as u64)
}

fn mem_alloc(vm: &mut Vm) -> PyResult<Value> {
    int::from_u64(vm, vm.heap.used_bytes() as u64)
}

fn enable(vm: &mut Vm) -> PyResult<Value> {
    vm.heap.set_enabled(true);
    Ok(Value::NONE)
}

fn disable(vm: &mut Vm) -> PyResult<Value> {
    vm.heap.set_enabled(false);
    Ok(Value::NONE)
}

fn isenabled(vm: &mut Vm) -> PyResult<Value> {
    Ok(Value::from_bool(vm.heap.enabled()))
}

/// `gc.threshold()` returns the threshold (-1 if none); `gc.threshold(n)` sets it (-1 clears),
/// rounded down to a multiple of the heap's block size.
fn threshold(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    match args.first() {
        None => match vm.heap.threshold() {
            Some(t) => int::from_u64(vm, t as u64),
            None => Ok(Value::small_int(-1)),
        },
        Some(&n) => {
            let n = vm.to_i64(n)?;
            // Counted in whole heap blocks, as MicroPython does.
            let blocks = (n as u64 / crate::gc::BLOCK_SIZE as u64) as usize;
            vm.heap.set_threshold(if n < 0 { None } else { Some(blocks * crate::gc::BLOCK_SIZE) });
            Ok(Value::NONE)
        }
    }
}

static COLLECT: BuiltinFn = BuiltinFn::f0(q::collect, collect);
static MEM_FREE: BuiltinFn = BuiltinFn::f0(q::mem_free, mem_free);
static MEM_ALLOC: BuiltinFn = BuiltinFn::f0(q::mem_alloc, mem_alloc);
static ENABLE: BuiltinFn = BuiltinFn::f0(q::enable, enable);
static DISABLE: BuiltinFn = BuiltinFn::f0(q::disable, disable);
static ISENABLED: BuiltinFn = BuiltinFn::f0(q::isenabled, isenabled);
static THRESHOLD: BuiltinFn = BuiltinFn::var(q::threshold, 0, 1, threshold);

pub static TABLE: [(Qstr, Value); 8] = [
    (q::__name__, Value::qstr(q::gc)),
    (q::collect, Value::from_static(&COLLECT)),
    (q::mem_free, Value::from_static(&MEM_FREE)),
    (q::mem_alloc, Value::from_static(&MEM_ALLOC)),
    (q::enable, Value::from_static(&ENABLE)),
    (q::disable, Value::from_static(&DISABLE)),
    (q::isenabled, Value::from_static(&ISENABLED)),
    (q::threshold, Value::from_static(&THRESHOLD)),
];
