//! Methods of `int`: `bit_length`, `to_bytes`, `from_bytes`, `conjugate`.

use super::builtin_fn::BuiltinFn;
use super::int::{self, Int};
use crate::num::bigint::ByteOrder;
use crate::num::BigInt;
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn this_int(vm: &mut Vm, v: Value) -> PyResult<Int> {
    int::as_int(vm, v).ok_or_else(|| vm.type_error("descriptor requires an 'int' object"))
}

fn bit_length(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let i = this_int(vm, v)?;
    let n = match i {
        Int::Small(n) => 64 - n.unsigned_abs().leading_zeros() as u64,
        Int::Big(b) => b.bit_length(),
    };
    int::from_u64(vm, n)
}

fn byte_order(vm: &mut Vm, v: Option<Value>) -> PyResult<ByteOrder> {
    match v.and_then(|v| vm.text_of(v)) {
        None | Some("big") => Ok(ByteOrder::Big),
        Some("little") => Ok(ByteOrder::Little),
        Some(_) => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
    }
}

fn to_bytes(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let i = this_int(vm, args[0])?;
    let mut length = args.get(1).copied();
    let mut order = args.get(2).copied();
    let mut signed = false;
    for pair in kw.chunks(2) {
        match vm.qstr_of(pair[0]) {
            Some(q::length) => length = Some(pair[1]),
            Some(q::byteorder) => order = Some(pair[1]),
            Some(q::signed) => signed = vm.is_true(pair[1])?,
            _ => return Err(vm.type_error("to_bytes() got an unexpected keyword argument")),
        }
    }
    let len = match length {
        Some(l) => vm.to_i64(l)?,
        None => 1,
    };
    if len < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    if len as usize > vm.heap.total_bytes() {
        return Err(vm.memory_error(len as usize));
    }
    let order = byte_order(vm, order)?;
    match i.to_big().to_bytes(len as usize, order, signed) {
        Ok(b) => super::bytes::new(vm, &b),
        Err(e) => Err(int::num_error(vm, e)),
    }
}

fn from_bytes(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes'"));
    }
    let mut order = args.get(2).copied();
    let mut signed = false;
    for pair in kw.chunks(2) {
        match vm.qstr_of(pair[0]) {
            Some(q::byteorder) => order = Some(pair[1]),
            Some(q::signed) => signed = vm.is_true(pair[1])?,
            _ => return Err(vm.type_error("from_bytes() got an unexpected keyword argument")),
        }
    }
    let order = byte_order(vm, order)?;
    let data = match vm.bytes_of(args[1]) {
        Some(d) => d.to_vec(),
        None => {
            let items = vm.iter_to_vec(args[1])?;
            let mut out = alloc::vec::Vec::with_capacity(items.len());
            for x in items {
                out.push(vm.to_i64(x)? as u8);
            }
            out
        }
    };
    let r = int::from_big(vm, &BigInt::from_bytes(&data, order, signed))?;
    let cls = args[0];
    if cls == Value::from_static(&int::INT_TYPE) {
        Ok(r)
    } else {
        vm.call(cls, &[r])
    }
}

fn conjugate(vm: &mut Vm, v: Value) -> PyResult<Value> {
    vm.unary_op(super::UnaryOp::Int, v)
}

static BIT_LENGTH: BuiltinFn = BuiltinFn::f1(q::bit_length, bit_length);
static TO_BYTES: BuiltinFn = BuiltinFn::kw(q::to_bytes, to_bytes);
static FROM_BYTES: BuiltinFn = BuiltinFn::kw(q::from_bytes, from_bytes);
static FROM_BYTES_CM: super::property::ClassMethod = super::property::ClassMethod::new_static(&FROM_BYTES);
static CONJUGATE: BuiltinFn = BuiltinFn::f1(q::conjugate, conjugate);

pub static INT_LOCALS: [(Qstr, Value); 4] = [
    (q::bit_length, Value::from_static(&BIT_LENGTH)),
    (q::to_bytes, Value::from_static(&TO_BYTES)),
    (q::from_bytes, Value::from_static(&FROM_BYTES_CM)),
    (q::conjugate, Value::from_static(&CONJUGATE)),
];
