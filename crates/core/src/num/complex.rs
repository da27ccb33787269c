//! Python `complex` arithmetic, `abs`, `**`, `repr` and `hash`, following CPython 3.11's
//! evaluation order so results agree to the bit where the math functions do.
//!
//! Division uses Smith's algorithm (scaling by the larger divisor component) as CPython does;
//! integral real exponents up to 100 use repeated squaring, others go through polar form.

use super::float_fmt::{write_abs, FloatFormat};
use super::hash::hash_f64;
use super::NumError;
use alloc::string::String;

/// A complex number `re + im*j`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Complex {
    pub re: f64,
    pub im: f64,
}

const DIV_BY_ZERO: NumError = NumError::ZeroDivision("complex division by zero");
const POW_OVERFLOW: NumError = NumError::Overflow("complex exponentiation");

impl Complex {
    pub const fn new(re: f64, im: f64) -> Complex {
        Complex { re, im }
    }

    /// `self / other`.
    pub fn true_div(self, other: Complex) -> Result<Complex, NumError> {
        let (a, b, c, d) = (self.re, self.im, other.re, other.im);
        if c.abs() >= d.abs() {
            if c == 0.0 && d == 0.0 {
                return Err(DIV_BY_ZERO);
            }
            let ratio = d / c;
            let denom = c + d * ratio;
            Ok(Complex::new((a + b * ratio) / denom, (b - a * ratio) / denom))
        } else if d.abs() >= c.abs() {
            let ratio = c / d;
            let denom = c * ratio + d;
            Ok(Complex::new((a * ratio + b) / denom, (b * ratio - a) / denom))
        } else {
            // A NaN component: every comparison failed.
            Ok(Complex::new(f64::NAN, f64::NAN))
        }
    }

    /// `abs(self)`.
    pub fn abs(self) -> Result<f64, NumError> {
        let r = self.modulus();
        if r.is_infinite() && self.re.is_finite() && self.im.is_finite() {
            return Err(NumError::Overflow("absolute value too large"));
        }
        Ok(r)
    }

    /// C's `hypot(re, im)`: an infinite part wins over a NaN.
    fn modulus(self) -> f64 {
        if self.re.is_infinite() || self.im.is_infinite() {
            f64::INFINITY
        } else if self.re.is_nan() || self.im.is_nan() {
            f64::NAN
        } else {
            super::dd_math::hypot(self.re, self.im)
        }
    }

    /// `self ** exp`.
    pub fn pow(self, exp: Complex) -> Result<Complex, NumError> {
        let r = if exp.im == 0.0 && exp.re == libm::trunc(exp.re) && exp.re.abs() <= 100.0 {
            self.powi(exp.re as i32)?
        } else {
            self.pow_polar(exp)?
        };
        // As CPython: any infinite component is an overflow, whatever the operands were.
        if r.re.is_infinite() || r.im.is_infinite() {
            return Err(POW_OVERFLOW);
        }
        Ok(r)
    }

    fn powi(self, n: i32) -> Result<Complex, NumError> {
        if n > 0 {
            Ok(self.powu(n as u32))
        } else {
            Complex::new(1.0, 0.0).true_div(self.powu(n.unsigned_abs())).map_err(|_| ZERO_TO_NEGATIVE)
        }
    }

    /// `self ** n` by squaring, multiplying in the powers for the set bits of `n`, low first.
    fn powu(self, n: u32) -> Complex {
        let mut result = Complex::new(1.0, 0.0);
        let mut power = self;
        let mut mask = 1u32;
        while mask > 0 && n >= mask {
            if n & mask != 0 {
                result = result * power;
            }
            mask <<= 1;
            power = power * power;
        }
        result
    }

    fn pow_polar(self, exp: Complex) -> Result<Complex, NumError> {
        if exp.re == 0.0 && exp.im == 0.0 {
            return Ok(Complex::new(1.0, 0.0));
        }
        if self.re == 0.0 && self.im == 0.0 {
            if exp.im != 0.0 || exp.re < 0.0 {
                return Err(ZERO_TO_NEGATIVE);
            }
            return Ok(Complex::new(0.0, 0.0));
        }
        let modulus = self.modulus();
        let mut len = libm::pow(modulus, exp.re);
        let angle = libm::atan2(self.im, self.re);
        let mut phase = angle * exp.re;
        if exp.im != 0.0 {
            len /= libm::exp(angle * exp.im);
            phase += exp.im * libm::log(modulus);
        }
        if phase.is_infinite() {
            // C's cos and sin report a domain error here, which CPython raises as this.
            return Err(ZERO_TO_NEGATIVE);
        }
        Ok(Complex::new(len * libm::cos(phase), len * libm::sin(phase)))
    }

    /// Appends `repr(self)`: `1j`, `(1+2j)`, `(-0-0j)`, `(nan+infj)`.
    pub fn write_repr(self, out: &mut String) {
        let plain = FloatFormat { add_dot_0: false, ..FloatFormat::REPR };
        let imag = |out: &mut String| {
            write_abs(self.im, &plain, out);
            out.push('j');
        };
        if self.re == 0.0 && self.re.is_sign_positive() {
            if self.im.is_sign_negative() && !self.im.is_nan() {
                out.push('-');
            }
            imag(out);
            return;
        }
        out.push('(');
        if self.re.is_sign_negative() && !self.re.is_nan() {
            out.push('-');
        }
        write_abs(self.re, &plain, out);
        out.push(if self.im.is_sign_negative() && !self.im.is_nan() { '-' } else { '+' });
        imag(out);
        out.push(')');
    }

    /// `hash(self)`: equal to `hash(self.re)` for a real value.
    pub fn hash(self) -> i64 {
        let h = hash_f64(self.re).wrapping_add(hash_f64(self.im).wrapping_mul(1_000_003));
        if h == -1 {
            -2
        } else {
            h
        }
    }
}

impl core::ops::Add for Complex {
    type Output = Complex;

    fn add(self, other: Complex) -> Complex {
        Complex::new(self.re + other.re, self.im + other.im)
    }
}

impl core::ops::Sub for Complex {
    type Output = Complex;

    fn sub(self, other: Complex) -> Complex {
        Complex::new(self.re - other.re, self.im - other.im)
    }
}

impl core::ops::Mul for Complex {
    type Output = Complex;

    fn mul(self, other: Complex) -> Complex {
        Complex::new(self.re * other.re - self.im * other.im, self.re * other.im + self.im * other.re)
    }
}

const ZERO_TO_NEGATIVE: NumError = NumError::ZeroDivision("0.0 to a negative or complex power");
