//! `int`: small ints live in the value word; larger ones are heap objects with their limbs
//! inline. Arithmetic tries `i64` first and redoes an operation with [`BigInt`] only when the
//! result does not fit, so programs that stay small never allocate.

use alloc::string::String;
use alloc::vec::Vec;
use core::mem::size_of;

use super::{float, ObjHeader, PrintKind, Type, UnaryOp};
use crate::bytecode::opcodes::BinaryOp;
use crate::num::{self, BigInt, BigRef, IntRef, NumError};
use crate::obj::flags;
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Raised, Vm};

#[repr(C)]
pub struct BigIntObj {
    pub header: ObjHeader,
    pub neg: usize,
    pub len: usize,
}

pub static INT_TYPE: Type = Type {
    flags: flags::BASETYPE,
    locals: super::Locals::Static(&super::int_methods::INT_LOCALS),
    make_new: Some(int_make_new),
    print: Some(int_print),
    unary: Some(int_unary),
    binary: Some(int_binary),
    attr: Some(int_attr),
    ..Type::builtin(q::int)
};

/// A hash value as a small int (hashes are kept within the small-int range): the top bit of
/// the machine word is dropped, the low bits, where hashes of nearby addresses differ, are kept.
#[inline]
pub fn hash_value(h: u64) -> Value {
    Value::small_int(((h as usize) << 1) as isize >> 1)
}

/// An int from an `i64`.
#[inline]
pub fn from_i64(vm: &mut Vm, n: i64) -> PyResult<Value> {
    match Value::try_small_int(n) {
        Some(v) => Ok(v),
        None => from_big(vm, &BigInt::from(n)),
    }
}

pub fn from_u64(vm: &mut Vm, n: u64) -> PyResult<Value> {
    match i64::try_from(n) {
        Ok(n) => from_i64(vm, n),
        Err(_) => from_big(vm, &BigInt::from_parts(false, alloc::vec![n as u32, (n >> 32) as u32])),
    }
}

/// An int from a [`BigInt`]: a small int when it fits.
pub fn from_big(vm: &mut Vm, b: &BigInt) -> PyResult<Value> {
    if let Some(v) = b.to_i64().and_then(Value::try_small_int) {
        return Ok(v);
    }
    let (neg, limbs) = b.parts();
    let bytes = size_of::<BigIntObj>() + core::mem::size_of_val(limbs);
    let p = vm.alloc_bytes_unzeroed(&INT_TYPE, bytes)? as *mut BigIntObj;
    // SAFETY: fresh allocation with room for the limbs after the header; every field and limb
    // is written here (the bytes after the last limb, up to the block's end, are never read).
    unsafe {
        (*p).neg = neg as usize;
        (*p).len = limbs.len();
        core::ptr::copy_nonoverlapping(
            limbs.as_ptr(),
            (p as *mut u8).add(size_of::<BigIntObj>()) as *mut u32,
            limbs.len(),
        );
    }
    Ok(Value::from_ptr(p))
}

/// Whether `v` is a heap big int (exactly; not a subclass instance).
#[inline]
pub fn is_big(v: Value) -> bool {
    v.is_exact(&INT_TYPE)
}

fn big_limbs<'a>(v: Value) -> (bool, &'a [u32]) {
    // SAFETY: `v` is a big int object; its `len` limbs follow the header.
    unsafe {
        let p = v.as_ptr::<BigIntObj>();
        let limbs = (p as *const u8).add(size_of::<BigIntObj>()) as *const u32;
        ((*p).neg != 0, core::slice::from_raw_parts(limbs, (*p).len))
    }
}

/// The [`BigInt`] value of a big int object.
pub fn to_big(v: Value) -> BigInt {
    let (neg, limbs) = big_limbs(v);
    BigInt::from_parts(neg, limbs.to_vec())
}

/// An integer operand: small (incl. bool) or big, owned.
pub enum Int {
    Small(i64),
    Big(BigInt),
}

impl Int {
    pub fn as_ref(&self) -> IntRef<'_> {
        match self {
            Int::Small(n) => IntRef::Small(*n),
            Int::Big(b) => IntRef::Big(b),
        }
    }

    pub fn to_big(&self) -> BigInt {
        match self {
            Int::Small(n) => BigInt::from(*n),
            Int::Big(b) => b.clone(),
        }
    }

    /// The value as a [`BigInt`]: borrowed when it is one, else made in `slot`.
    fn as_big<'a>(&'a self, slot: &'a mut BigInt) -> &'a BigInt {
        match self {
            Int::Small(n) => {
                *slot = BigInt::from(*n);
                slot
            }
            Int::Big(b) => b,
        }
    }
}

/// The integer value of `v` if it is an int or bool (or an int subclass instance).
pub fn as_int(vm: &Vm, v: Value) -> Option<Int> {
    if v.is_small_int() {
        return Some(Int::Small(v.as_small_int() as i64));
    }
    if v.is_bool() {
        return Some(Int::Small((v == Value::TRUE) as i64));
    }
    if is_big(v) {
        return Some(Int::Big(to_big(v)));
    }
    let n = vm.native_of(v, &INT_TYPE)?;
    as_int(vm, n)
}

/// Raises the exception a [`NumError`] stands for.
pub fn num_error(vm: &mut Vm, e: NumError) -> Raised {
    match e {
        NumError::ZeroDivision(m) => vm.zero_division(m),
        NumError::Value(m) => vm.value_error(m),
        NumError::Overflow(m) => vm.overflow_error(m),
        NumError::TooBig => vm.memory_error(usize::MAX),
        NumError::InvalidIntLiteral { base } => {
            vm.value_error(&alloc::format!("invalid literal for int() with base {base}"))
        }
        NumError::InvalidFloatLiteral => vm.value_error("could not convert string to float"),
    }
}

/// Largest number of limbs an int result may have: results must fit in the heap.
pub fn limit_limbs(vm: &Vm) -> usize {
    vm.heap.total_bytes() / size_of::<u32>()
}

pub fn result(vm: &mut Vm, r: Result<BigInt, NumError>) -> PyResult<Value> {
    match r {
        Ok(b) => from_big(vm, &b),
        Err(e) => Err(num_error(vm, e)),
    }
}

/// Integer binary operation on two ints, `None` for operators ints do not have.
pub fn int_op(vm: &mut Vm, op: BinaryOp, a: &Int, b: &Int) -> PyResult<Option<Value>> {
    use BinaryOp::*;
    let op = op.non_inplace();
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        let (x, y) = (*x, *y);
        let fast = match op {
            Add => x.checked_add(y),
            Subtract => x.checked_sub(y),
            Multiply => x.checked_mul(y),
            FloorDivide if y != 0 => num::small::floor_div(x, y),
            Modulo if y != 0 => num::small::modulo(x, y),
            Power if y >= 0 => num::small::pow(x, y),
            Lshift if y >= 0 => num::small::shl(x, y),
            Rshift if y >= 0 => num::small::shr(x, y),
            And => Some(x & y),
            Or => Some(x | y),
            Xor => Some(x ^ y),
            Less => return Ok(Some(Value::from_bool(x < y))),
            More => return Ok(Some(Value::from_bool(x > y))),
            Equal => return Ok(Some(Value::from_bool(x == y))),
            NotEqual => return Ok(Some(Value::from_bool(x != y))),
            LessEqual => return Ok(Some(Value::from_bool(x <= y))),
            MoreEqual => return Ok(Some(Value::from_bool(x >= y))),
            _ => None,
        };
        if let Some(r) = fast {
            return from_i64(vm, r).map(Some);
        }
    }
    let (mut x_slot, mut y_slot) = (BigInt::zero(), BigInt::zero());
    let (x, y) = (a.as_big(&mut x_slot), b.as_big(&mut y_slot));
    if let Some(r) = common_op(vm, op, x.as_big_ref(), y.as_big_ref()) {
        return r.map(Some);
    }
    let limit = limit_limbs(vm);
    let r = match op {
        Lshift => match y.to_i64() {
            Some(n) if n < 0 => Err(NumError::Value("negative shift count")),
            Some(n) => x.shl(n, limit),
            None if y.is_negative() => Err(NumError::Value("negative shift count")),
            None if x.is_zero() => Ok(BigInt::zero()),
            None => Err(NumError::TooBig),
        },
        Rshift => match y.to_i64() {
            Some(n) if n < 0 => Err(NumError::Value("negative shift count")),
            Some(n) => x.shr(n),
            None if y.is_negative() => Err(NumError::Value("negative shift count")),
            None => Ok(if x.is_negative() { BigInt::from(-1i64) } else { BigInt::zero() }),
        },
        And => Ok(x.bitand(y)),
        Or => Ok(x.bitor(y)),
        Xor => Ok(x.bitxor(y)),
        Power => match x.pow(y, limit) {
            Ok(num::bigint::IntPow::Int(r)) => Ok(r),
            Ok(num::bigint::IntPow::Float(f)) => return float::new(vm, f).map(Some),
            Err(NumError::ZeroDivision(_)) => {
                return Err(vm.zero_division("0.0 cannot be raised to a negative power"))
            }
            Err(e) => Err(e),
        },
        TrueDivide => {
            return match x.true_div(y) {
                Ok(f) => float::new(vm, f).map(Some),
                Err(NumError::ZeroDivision(_)) => Err(vm.zero_division("divide by zero")),
                Err(e) => Err(num_error(vm, e)),
            }
        }
        _ => return Ok(None),
    };
    result(vm, r).map(Some)
}

/// The common operations (`op` not in-place) on two exact ints, at least one of them big,
/// computed from their limbs where they lie (no copy of the operands); `None` for anything
/// else.
fn big_op_in_place(vm: &mut Vm, op: BinaryOp, a: Value, b: Value) -> Option<PyResult<Value>> {
    if !is_common_op(op) {
        return None;
    }
    let (mut a_limbs, mut b_limbs) = ([0u32; 2], [0u32; 2]);
    let x = borrow_int(a, &mut a_limbs)?;
    let y = borrow_int(b, &mut b_limbs)?;
    common_op(vm, op, x, y)
}

fn is_common_op(op: BinaryOp) -> bool {
    use BinaryOp::*;
    matches!(op, Add | Subtract | Multiply | FloorDivide | Modulo) || op.is_comparison()
}

/// `+ - * // %` and comparisons (`op` not in-place) of two ints; `None` for other operators.
fn common_op(vm: &mut Vm, op: BinaryOp, x: BigRef, y: BigRef) -> Option<PyResult<Value>> {
    use BinaryOp::*;
    if !is_common_op(op) {
        return None;
    }
    let r = match op {
        Add => Ok(x.add(&y)),
        Subtract => Ok(x.sub(&y)),
        Multiply => x.mul(&y, limit_limbs(vm)),
        FloorDivide => x.floor_div(&y).map_err(|_| NumError::ZeroDivision("divide by zero")),
        Modulo => x.modulo(&y).map_err(|_| NumError::ZeroDivision("divide by zero")),
        _ => {
            let ord = x.cmp(&y);
            return Some(Ok(Value::from_bool(crate::vm::compare::ordering_matches(op, ord))));
        }
    };
    Some(result(vm, r))
}

/// An exact int (small or big) as a borrowed [`BigRef`]; a small one's limbs go in `slot`.
/// The borrow of a big one's limbs lasts while nothing allocates on the VM heap.
fn borrow_int<'a>(v: Value, slot: &'a mut [u32; 2]) -> Option<BigRef<'a>> {
    if v.is_small_int() {
        let n = v.as_small_int() as i64;
        let m = n.unsigned_abs();
        *slot = [m as u32, (m >> 32) as u32];
        let len = if m >> 32 != 0 { 2 } else { usize::from(m != 0) };
        return Some(BigRef::new(n < 0, &slot[..len]));
    }
    if is_big(v) {
        let (neg, limbs) = big_limbs(v);
        return Some(BigRef::new(neg, limbs));
    }
    None
}

fn int_binary(
    vm: &mut Vm,
    op: BinaryOp,
    this: Value,
    other: Value,
    swapped: bool,
) -> PyResult<Option<Value>> {
    let (a, b) = if swapped { (other, this) } else { (this, other) };
    if let Some(r) = big_op_in_place(vm, op.non_inplace(), a, b) {
        return r.map(Some);
    }
    let Some(a) = as_int(vm, this) else { return Ok(None) };
    if let Some(b) = as_int(vm, other) {
        return if swapped { int_op(vm, op, &b, &a) } else { int_op(vm, op, &a, &b) };
    }
    if float::is_float(vm, other) {
        if op.non_inplace().is_comparison() {
            return float::compare_with_int(vm, op, float::value(vm, other), a.as_ref(), swapped).map(Some);
        }
        let x = to_f64(vm, &a)?;
        let xv = float::new(vm, x)?;
        return if swapped { vm.binary_op_opt(op, other, xv) } else { vm.binary_op_opt(op, xv, other) };
    }
    Ok(None)
}

fn int_unary(vm: &mut Vm, op: UnaryOp, v: Value) -> PyResult<Option<Value>> {
    let Some(a) = as_int(vm, v) else { return Ok(None) };
    let r = match (op, &a) {
        (UnaryOp::Bool, Int::Small(n)) => return Ok(Some(Value::from_bool(*n != 0))),
        (UnaryOp::Bool, Int::Big(b)) => return Ok(Some(Value::from_bool(!b.is_zero()))),
        (UnaryOp::Positive | UnaryOp::Int, Int::Small(n)) => return from_i64(vm, *n).map(Some),
        (UnaryOp::Positive | UnaryOp::Int, Int::Big(b)) => b.clone(),
        (UnaryOp::Negative, Int::Small(n)) if *n != i64::MIN => return from_i64(vm, -*n).map(Some),
        (UnaryOp::Negative, _) => a.to_big().neg(),
        (UnaryOp::Invert, Int::Small(n)) => return from_i64(vm, !*n).map(Some),
        (UnaryOp::Invert, Int::Big(b)) => b.invert(),
        (UnaryOp::Abs, Int::Small(n)) if *n != i64::MIN => return from_i64(vm, n.abs()).map(Some),
        (UnaryOp::Abs, _) => a.to_big().abs(),
        (UnaryOp::Hash, Int::Small(n)) => {
            return Ok(Some(Value::small_int(num::hash::hash_i64(*n) as isize)))
        }
        (UnaryOp::Hash, Int::Big(b)) => {
            return Ok(Some(Value::small_int(num::hash::hash_bigint(b) as isize)))
        }
        (UnaryOp::Float, _) => {
            let f = to_f64(vm, &a)?;
            return float::new(vm, f).map(Some);
        }
        (UnaryOp::Len, _) => return Ok(None),
    };
    from_big(vm, &r).map(Some)
}

/// The int's value as a float (OverflowError when too large).
pub fn to_f64(vm: &mut Vm, a: &Int) -> PyResult<f64> {
    match a {
        Int::Small(n) => Ok(*n as f64),
        Int::Big(b) => b.to_f64().map_err(|e| num_error(vm, e)),
    }
}

fn int_print(vm: &mut Vm, v: Value, out: &mut String, _kind: PrintKind) -> PyResult<()> {
    let Some(a) = as_int(vm, v) else { return Ok(()) };
    match a {
        Int::Small(n) => {
            let mut buf = itoa_buf(n);
            out.push_str(buf.as_str());
            buf.clear();
        }
        Int::Big(b) => out.push_str(&num::int_str::to_decimal(IntRef::Big(&b))),
    }
    Ok(())
}

/// Decimal text of an `i64`.
pub fn itoa_buf(n: i64) -> String {
    alloc::format!("{n}")
}

fn int_attr(vm: &mut Vm, v: Value, attr: Qstr) -> PyResult<Option<Value>> {
    Ok(match attr {
        q::real | q::numerator => Some(vm.unary_op(UnaryOp::Int, v)?),
        q::imag => Some(Value::small_int(0)),
        q::denominator => Some(Value::small_int(1)),
        _ => None,
    })
}

fn int_make_new(vm: &mut Vm, ty: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let mut base = Value::NULL;
    let mut pos: Vec<Value> = args.to_vec();
    for pair in kw.chunks(2) {
        if vm.qstr_of(pair[0]) == Some(q::base) {
            base = pair[1];
        } else {
            return Err(vm.type_error("'int' got an unexpected keyword argument"));
        }
    }
    if !base.is_null() {
        pos.push(base);
    }
    if pos.len() > 2 {
        return Err(vm.type_error("int() takes at most 2 arguments"));
    }
    let r = match pos.as_slice() {
        [] => Value::small_int(0),
        [x] => vm.to_int_value(*x)?,
        [s, b] => {
            let base = vm.to_i64(*b)?;
            if base != 0 && !(2..=36).contains(&base) {
                return Err(vm.value_error("int() arg 2 must be >= 2 and <= 36"));
            }
            if let Some(text) = vm.text_of(*s) {
                parse_str(vm, text, base as u32)?
            } else if let Some(b) = vm.bytes_of(*s) {
                parse_str(vm, core::str::from_utf8(b).unwrap_or("\u{0}"), base as u32)?
            } else {
                return Err(vm.type_error("int() can't convert non-string with explicit base"));
            }
        }
        _ => unreachable_none(),
    };
    vm.wrap_native_subclass(ty, &INT_TYPE, r)
}

fn unreachable_none() -> Value {
    Value::NONE
}

/// Parses `text` as `int(text, base)` does.
pub fn parse_str(vm: &mut Vm, text: &str, base: u32) -> PyResult<Value> {
    match num::int_str::parse_int(text, base) {
        Ok(b) => from_big(vm, &b),
        Err(NumError::InvalidIntLiteral { base }) => {
            let mut msg = alloc::format!("invalid literal for int() with base {base}: ");
            crate::obj::str::repr_into(text, &mut msg);
            Err(vm.value_error(&msg))
        }
        Err(e) => Err(num_error(vm, e)),
    }
}
