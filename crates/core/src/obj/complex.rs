//! `complex`: a pair of doubles, with the arithmetic of `num::complex`.

use alloc::string::String;

use super::{float, int, ObjHeader, PrintKind, Type, UnaryOp};
use crate::bytecode::opcodes::BinaryOp;
use crate::num::complex::Complex;
use crate::num::NumError;
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

#[repr(C)]
pub struct ComplexObj {
    pub header: ObjHeader,
    pub re: f64,
    pub im: f64,
}

pub static COMPLEX_TYPE: Type = Type {
    make_new: Some(complex_new),
    print: Some(complex_print),
    unary: Some(complex_unary),
    binary: Some(complex_binary),
    attr: Some(complex_attr),
    ..Type::builtin(q::complex)
};

pub fn new(vm: &mut Vm, re: f64, im: f64) -> PyResult<Value> {
    let p = vm.alloc_obj::<ComplexObj>(&COMPLEX_TYPE, 0)?;
    // SAFETY: fresh allocation.
    unsafe {
        (*p).re = re;
        (*p).im = im;
    }
    Ok(Value::from_ptr(p))
}

fn value(v: Value) -> Complex {
    // SAFETY: callers pass a complex object.
    unsafe { Complex::new((*v.as_ptr::<ComplexObj>()).re, (*v.as_ptr::<ComplexObj>()).im) }
}

/// A number operand as a complex (ints and floats widened).
fn as_complex(vm: &mut Vm, v: Value) -> PyResult<Option<Complex>> {
    if v.is_exact(&COMPLEX_TYPE) {
        return Ok(Some(value(v)));
    }
    Ok(float::as_f64(vm, v)?.map(|f| Complex::new(f, 0.0)))
}

fn from(vm: &mut Vm, c: Complex) -> PyResult<Value> {
    new(vm, c.re, c.im)
}

fn num_err(vm: &mut Vm, e: NumError) -> crate::vm::Raised {
    int::num_error(vm, e)
}

/// `x ** y` for floats whose result is complex (negative base, fractional exponent).
pub fn pow_real(vm: &mut Vm, x: f64, y: f64) -> PyResult<Value> {
    match Complex::new(x, 0.0).pow(Complex::new(y, 0.0)) {
        Ok(c) => from(vm, c),
        Err(e) => Err(num_err(vm, e)),
    }
}

fn complex_new(vm: &mut Vm, _ty: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    vm.check_args("complex", args, kw, 0, 2)?;
    if let Some(text) = args.first().and_then(|&a| vm.text_of(a)) {
        if args.len() > 1 {
            return Err(vm.type_error("complex() can't take second arg if first is a string"));
        }
        return match crate::num::complex_parse::parse_complex(text) {
            Some(c) => from(vm, c),
            None => Err(vm.value_error("complex() arg is a malformed string")),
        };
    }
    let re = match args.first() {
        None => Complex::new(0.0, 0.0),
        Some(&v) => constructor_arg(vm, v, "first")?,
    };
    let im = match args.get(1) {
        None => Complex::new(0.0, 0.0),
        Some(&v) if vm.text_of(v).is_some() => {
            return Err(vm.type_error("complex() second arg can't be a string"))
        }
        Some(&v) => constructor_arg(vm, v, "second")?,
    };
    from(vm, Complex::new(re.re - im.im, re.im + im.re))
}

/// A number argument of `complex()`: a complex, int or float, or an instance with
/// `__complex__` (which must return a complex) or `__float__`.
fn constructor_arg(vm: &mut Vm, v: Value, which: &str) -> PyResult<Complex> {
    if let Some(c) = as_complex(vm, v)? {
        return Ok(c);
    }
    if vm.type_of(v).is_class() {
        if let Some(f) = vm.load_method_opt(v, q::__complex__)? {
            let r = vm.call_method_pair(f, &[])?;
            return match vm.native_of(r, &COMPLEX_TYPE) {
                Some(c) => Ok(value(c)),
                None => {
                    let t = vm.type_name(r);
                    Err(vm.type_error(&alloc::format!("__complex__ returned non-complex (type {t})")))
                }
            };
        }
        if vm.load_method_opt(v, q::__float__)?.is_some() {
            let f = vm.to_float_value(v)?;
            return Ok(Complex::new(float::value(vm, f), 0.0));
        }
    }
    Err(vm.type_error(&alloc::format!("complex() {which} argument must be a number")))
}

fn complex_print(_vm: &mut Vm, v: Value, out: &mut String, _kind: PrintKind) -> PyResult<()> {
    value(v).write_repr(out);
    Ok(())
}

fn complex_unary(vm: &mut Vm, op: UnaryOp, v: Value) -> PyResult<Option<Value>> {
    let c = value(v);
    Ok(Some(match op {
        UnaryOp::Bool => Value::from_bool(c.re != 0.0 || c.im != 0.0),
        UnaryOp::Positive => v,
        UnaryOp::Negative => new(vm, -c.re, -c.im)?,
        UnaryOp::Abs => match c.abs() {
            Ok(f) => float::new(vm, f)?,
            Err(e) => return Err(num_err(vm, e)),
        },
        UnaryOp::Hash => Value::small_int(c.hash() as isize),
        _ => return Ok(None),
    }))
}

fn complex_binary(
    vm: &mut Vm,
    op: BinaryOp,
    this: Value,
    other: Value,
    swapped: bool,
) -> PyResult<Option<Value>> {
    let Some(o) = as_complex(vm, other)? else { return Ok(None) };
    let t = value(this);
    let (a, b) = if swapped { (o, t) } else { (t, o) };
    let r = match op.non_inplace() {
        BinaryOp::Add => a + b,
        BinaryOp::Subtract => a - b,
        BinaryOp::Multiply => a * b,
        BinaryOp::TrueDivide => a.true_div(b).map_err(|e| num_err(vm, e))?,
        BinaryOp::Power => a.pow(b).map_err(|e| num_err(vm, e))?,
        BinaryOp::Equal => return Ok(Some(Value::from_bool(a == b))),
        BinaryOp::NotEqual => return Ok(Some(Value::from_bool(a != b))),
        _ => return Ok(None),
    };
    from(vm, r).map(Some)
}

fn complex_attr(vm: &mut Vm, v: Value, attr: Qstr) -> PyResult<Option<Value>> {
    let c = value(v);
    Ok(match attr {
        q::real => Some(float::new(vm, c.re)?),
        q::imag => Some(float::new(vm, c.im)?),
        _ => None,
    })
}
