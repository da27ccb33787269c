//! The `random` module: MicroPython's functions (`getrandbits`, `seed`, `randrange`,
//! `randint`, `choice`, `random`, `uniform`) plus CPython's `shuffle`, on a xoshiro256**
//! generator seeded through splitmix64. The generator is seeded from the port's entropy when
//! the module is first imported (from a fixed seed on ports without entropy); after
//! `seed(n)` the sequence is deterministic. `getrandbits` takes any number of bits.

use alloc::vec::Vec;

use crate::num::BigInt;
use crate::obj::builtin_fn::BuiltinFn;
use crate::obj::typecode::truncated_bits;
use crate::obj::{exception, float, int, list};
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Raised, Vm};

/// The generator state (kept in the VM).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rng {
    s: [u64; 4],
    seeded: bool,
}

impl Rng {
    /// A generator not yet seeded (the module seeds it on import).
    pub const UNSEEDED: Rng = Rng { s: [0; 4], seeded: false };

    /// The generator for seed `seed`.
    pub fn from_seed(seed: u64) -> Rng {
        let mut x = seed;
        let mut next = || {
            x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = x;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^ (z >> 31)
        };
        Rng { s: [next(), next(), next(), next()], seeded: true }
    }

    /// 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        let s = &mut self.s;
        let result = s[1].wrapping_mul(5).rotate_left(7).wrapping_mul(9);
        let t = s[1] << 17;
        s[2] ^= s[0];
        s[3] ^= s[1];
        s[1] ^= s[2];
        s[0] ^= s[3];
        s[2] ^= t;
        s[3] = s[3].rotate_left(45);
        result
    }

    /// A uniform integer in `0..n` (`n > 0`), by rejection so there is no bias.
    pub fn below(&mut self, n: u64) -> u64 {
        let mask = u64::MAX >> (n - 1).leading_zeros().min(63);
        loop {
            let r = self.next_u64() & mask;
            if r < n {
                return r;
            }
        }
    }

    /// A uniform float in `[0, 1)` with 53 random bits.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }
}

fn seed_from_port(vm: &mut Vm) -> Option<u64> {
    vm.port.entropy()
}

fn getrandbits(vm: &mut Vm, k: Value) -> PyResult<Value> {
    let k = vm.to_i64(k)?;
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    if k <= 64 {
        let bits = if k == 0 { 0 } else { vm.rng.next_u64() >> (64 - k) };
        return int::from_u64(vm, bits);
    }
    if k as u64 / 8 > vm.heap.total_bytes() as u64 {
        return Err(vm.memory_error(k as usize / 8));
    }
    let limbs = (k as usize).div_ceil(32);
    let mut mag: Vec<u32> = (0..limbs).map(|_| (vm.rng.next_u64() >> 32) as u32).collect();
    if let Some(top) = mag.last_mut() {
        let spare = limbs * 32 - k as usize;
        *top >>= spare;
    }
    int::from_big(vm, &BigInt::from_parts(false, mag))
}

fn seed(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let s = match args.first() {
        None => None,
        Some(v) if v.is_none() => None,
        Some(&v) if vm.is_int(v) => Some(truncated_bits(vm, v)?),
        Some(&v) => Some(vm.hash(v)? as u64),
    };
    let s = match s.or_else(|| seed_from_port(vm)) {
        Some(s) => s,
        None => return Err(vm.value_error("no default seed")),
    };
    vm.rng = Rng::from_seed(s);
    Ok(Value::NONE)
}

fn empty_range(vm: &mut Vm) -> Raised {
    vm.raise_type(&exception::VALUE_ERROR_TYPE)
}

/// `start + below(n)` as an int.
fn offset_below(vm: &mut Vm, start: i128, n: i128, step: i128) -> PyResult<Value> {
    if n <= 0 || n > u64::MAX as i128 {
        return Err(empty_range(vm));
    }
    let r = vm.rng.below(n as u64) as i128;
    let v = start + step * r;
    int::from_big(vm, &BigInt::from(v))
}

fn randrange(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let first = vm.to_i64(args[0])? as i128;
    match args.len() {
        1 => offset_below(vm, 0, first, 1),
        2 => {
            let stop = vm.to_i64(args[1])? as i128;
            offset_below(vm, first, stop - first, 1)
        }
        _ => {
            let stop = vm.to_i64(args[1])? as i128;
            let step = vm.to_i64(args[2])? as i128;
            let n = match step {
                0 => return Err(empty_range(vm)),
                s if s > 0 => (stop - first + s - 1) / s,
                s => (stop - first + s + 1) / s,
            };
            offset_below(vm, first, n, step)
        }
    }
}

fn randint(vm: &mut Vm, a: Value, b: Value) -> PyResult<Value> {
    let (a, b) = (vm.to_i64(a)? as i128, vm.to_i64(b)? as i128);
    offset_below(vm, a, b - a + 1, 1)
}

fn choice(vm: &mut Vm, seq: Value) -> PyResult<Value> {
    let n = vm.len(seq)?;
    if n == 0 {
        return Err(vm.raise_type(&exception::INDEX_ERROR_TYPE));
    }
    let i = vm.rng.below(n as u64);
    vm.subscr_load(seq, Value::small_int(i as isize))
}

fn random(vm: &mut Vm) -> PyResult<Value> {
    let x = vm.rng.unit();
    float::new(vm, x)
}

fn uniform(vm: &mut Vm, a: Value, b: Value) -> PyResult<Value> {
    let (a, b) = (vm.to_f64(a)?, vm.to_f64(b)?);
    let x = vm.rng.unit();
    float::new(vm, a + (b - a) * x)
}

/// `shuffle(list)` in place (Fisher-Yates).
fn shuffle(vm: &mut Vm, l: Value) -> PyResult<Value> {
    let Some(l) = vm.native_of(l, &list::LIST_TYPE) else {
        return Err(vm.type_error("shuffle() argument must be a list"));
    };
    for i in (1..list::items(l).len()).rev() {
        let j = vm.rng.below(i as u64 + 1) as usize;
        list::swap_items(l, i, j);
    }
    Ok(Value::NONE)
}

static GETRANDBITS: BuiltinFn = BuiltinFn::f1(q::getrandbits, getrandbits);
static SEED: BuiltinFn = BuiltinFn::var(q::seed, 0, 1, seed);
static RANDRANGE: BuiltinFn = BuiltinFn::var(q::randrange, 1, 3, randrange);
static RANDINT: BuiltinFn = BuiltinFn::f2(q::randint, randint);
static CHOICE: BuiltinFn = BuiltinFn::f1(q::choice, choice);
static RANDOM: BuiltinFn = BuiltinFn::f0(q::random, random);
static UNIFORM: BuiltinFn = BuiltinFn::f2(q::uniform, uniform);
static SHUFFLE: BuiltinFn = BuiltinFn::f1(q::shuffle, shuffle);

static TABLE: [(Qstr, Value); 9] = [
    (q::__name__, Value::qstr(q::random)),
    (q::getrandbits, Value::from_static(&GETRANDBITS)),
    (q::seed, Value::from_static(&SEED)),
    (q::randrange, Value::from_static(&RANDRANGE)),
    (q::randint, Value::from_static(&RANDINT)),
    (q::choice, Value::from_static(&CHOICE)),
    (q::random, Value::from_static(&RANDOM)),
    (q::uniform, Value::from_static(&UNIFORM)),
    (q::shuffle, Value::from_static(&SHUFFLE)),
];

/// Creates the `random` module object, seeding the generator the first time.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    if !vm.rng.seeded {
        let s = seed_from_port(vm).unwrap_or(0x5EED);
        vm.rng = Rng::from_seed(s);
    }
    crate::obj::module::new(vm, q::random, &TABLE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_and_in_range() {
        let (mut a, mut b) = (Rng::from_seed(1), Rng::from_seed(1));
        let xs: Vec<u64> = (0..5).map(|_| a.next_u64()).collect();
        let ys: Vec<u64> = (0..5).map(|_| b.next_u64()).collect();
        assert_eq!(xs, ys);
        let mut c = Rng::from_seed(2);
        assert_ne!(xs, (0..5).map(|_| c.next_u64()).collect::<Vec<_>>());
        let mut r = Rng::from_seed(7);
        let mut seen = [false; 5];
        for _ in 0..200 {
            let x = r.below(5);
            assert!(x < 5);
            seen[x as usize] = true;
            let f = r.unit();
            assert!((0.0..1.0).contains(&f));
        }
        assert!(seen.iter().all(|&s| s));
        assert_eq!(r.below(1), 0);
        assert!(r.below(u64::MAX) < u64::MAX);
    }
}
