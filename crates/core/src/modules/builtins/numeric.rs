//! Numeric builtins: `abs`, `divmod`, `pow`, `round`, `bin`/`oct`/`hex`, `chr`/`ord`, `hash`,
//! `id`.

use alloc::string::String;

use crate::bytecode::opcodes::BinaryOp;
use crate::num;
use crate::obj::{float, int, str as pystr, tuple, UnaryOp};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn abs(vm: &mut Vm, x: Value) -> PyResult<Value> {
    if let Some(n) = x.small_int_value() {
        if n != isize::MIN >> 1 {
            return Ok(Value::small_int(n.abs()));
        }
    }
    vm.unary_op(UnaryOp::Abs, x)
}

pub fn divmod(vm: &mut Vm, a: Value, b: Value) -> PyResult<Value> {
    if float::is_float(vm, a) || float::is_float(vm, b) {
        let (Some(x), Some(y)) = (float::as_f64(vm, a)?, float::as_f64(vm, b)?) else {
            return Err(vm.type_error("unsupported operand types for divmod()"));
        };
        return match num::float_ops::divmod(x, y) {
            Ok((q, r)) => {
                let q = float::new(vm, q)?;
                let r = float::new(vm, r)?;
                tuple::new(vm, &[q, r])
            }
            Err(_) => Err(vm.zero_division("divide by zero")),
        };
    }
    let q = vm.binary_op(BinaryOp::FloorDivide, a, b)?;
    let r = vm.binary_op(BinaryOp::Modulo, a, b)?;
    tuple::new(vm, &[q, r])
}

pub fn pow(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    if args.len() == 2 || args[2].is_none() {
        return vm.binary_op(BinaryOp::Power, args[0], args[1]);
    }
    let (Some(b), Some(e), Some(m)) =
        (int::as_int(vm, args[0]), int::as_int(vm, args[1]), int::as_int(vm, args[2]))
    else {
        return Err(vm.type_error("pow() 3rd argument not allowed unless all arguments are integers"));
    };
    let r = b.to_big().pow_mod(&e.to_big(), &m.to_big());
    int::result(vm, r)
}

pub fn round(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let x = args[0];
    let nd = args.get(1).copied().filter(|v| !v.is_none());
    if float::is_float(vm, x) {
        let f = float::value(vm, x);
        return match nd {
            None => match num::float_fmt::round_to_int(f) {
                Ok(b) => int::from_big(vm, &b),
                Err(e) => Err(int::num_error(vm, e)),
            },
            Some(n) => {
                let n = vm.to_i64(n)?;
                match num::float_fmt::round_digits(f, n) {
                    Ok(r) => float::new(vm, r),
                    Err(e) => Err(int::num_error(vm, e)),
                }
            }
        };
    }
    if let Some(i) = int::as_int(vm, x) {
        let Some(n) = nd else { return vm.unary_op(UnaryOp::Int, x) };
        let n = vm.to_i64(n)?;
        if n >= 0 {
            return vm.unary_op(UnaryOp::Int, x);
        }
        // Round to a multiple of 10**-n, halves to even.
        let big = i.to_big();
        let Ok(pow10) = crate::num::BigInt::from(10i64).pow_u64((-n) as u64, int::limit_limbs(vm)) else {
            return Err(vm.memory_error(usize::MAX));
        };
        let r = round_to_multiple(&big, &pow10);
        return int::result(vm, r);
    }
    if let Some((f, s)) = vm.load_method_opt(x, crate::qstr::q::__round__)? {
        let extra: &[Value] = if nd.is_some() { &args[1..2] } else { &[] };
        return vm.call_method_pair((f, s), extra);
    }
    let t = vm.type_name(x);
    Err(vm.type_error(&alloc::format!("type {t} doesn't define __round__ method")))
}

fn radix_string(vm: &mut Vm, x: Value, radix: u32) -> PyResult<Value> {
    let v = if vm.is_int(x) {
        x
    } else if vm.type_of(x).is_class() {
        vm.call_method(x, crate::qstr::q::__index__, &[])?
    } else {
        x
    };
    let Some(i) = int::as_int(vm, v) else {
        let t = vm.type_name(x);
        return Err(vm.type_error(&alloc::format!("'{t}' object cannot be interpreted as an integer")));
    };
    let mut s = String::new();
    num::int_str::write_prefixed(i.as_ref(), radix, &mut s);
    pystr::from_string(vm, s)
}

pub fn bin(vm: &mut Vm, x: Value) -> PyResult<Value> {
    radix_string(vm, x, 2)
}

pub fn oct(vm: &mut Vm, x: Value) -> PyResult<Value> {
    radix_string(vm, x, 8)
}

pub fn hex(vm: &mut Vm, x: Value) -> PyResult<Value> {
    radix_string(vm, x, 16)
}

pub fn chr(vm: &mut Vm, x: Value) -> PyResult<Value> {
    let n = vm.to_i64(x)?;
    match u32::try_from(n).ok().and_then(char::from_u32) {
        Some(c) => {
            let mut buf = [0u8; 4];
            pystr::new(vm, c.encode_utf8(&mut buf))
        }
        None => Err(vm.value_error("chr() arg not in range(0x110000)")),
    }
}

pub fn ord(vm: &mut Vm, x: Value) -> PyResult<Value> {
    if let Some(s) = vm.text_of(x) {
        let mut chars = s.chars();
        if let (Some(c), None) = (chars.next(), chars.next()) {
            return Ok(Value::small_int(c as isize));
        }
        let n = s.chars().count();
        return Err(
            vm.type_error(&alloc::format!("ord() expected a character, but string of length {n} found"))
        );
    }
    if let Some(b) = vm.bytes_of(x) {
        if b.len() == 1 {
            return Ok(Value::small_int(b[0] as isize));
        }
        return Err(vm.type_error("ord() expected a character"));
    }
    let t = vm.type_name(x);
    Err(vm.type_error(&alloc::format!("ord() expected string of length 1, but {t} found")))
}

pub fn hash(vm: &mut Vm, x: Value) -> PyResult<Value> {
    let h = vm.hash(x)?;
    Ok(Value::small_int(h))
}

pub fn id(vm: &mut Vm, x: Value) -> PyResult<Value> {
    if x.is_small_int() || x.is_qstr() || x.is_flonum() {
        return int::from_u64(vm, x.bits() as u64);
    }
    int::from_u64(vm, x.bits() as u64)
}

/// `x` rounded to a multiple of `unit`, halves to even (`round(x, -n)` of an int).
fn round_to_multiple(
    x: &crate::num::BigInt,
    unit: &crate::num::BigInt,
) -> Result<crate::num::BigInt, num::NumError> {
    let (q, r) = x.divmod(unit)?;
    let q = match r.add(&r).cmp(unit) {
        core::cmp::Ordering::Greater => q.add(&crate::num::BigInt::from(1i64)),
        core::cmp::Ordering::Equal if q.is_odd() => q.add(&crate::num::BigInt::from(1i64)),
        _ => q,
    };
    q.mul(unit, usize::MAX)
}
