//! The `hashlib` module: `md5`, `sha1` and `sha256` hash objects with `update`, `digest`,
//! `hexdigest` and `copy`. Unlike MicroPython (whose `digest()` finalises the object), a
//! digest can be taken any number of times and more data fed afterwards, as in CPython.

mod block;
mod md5;
mod sha1;
mod sha256;

use alloc::format;
use alloc::string::String;

use crate::obj::builtin_fn::BuiltinFn;
use crate::obj::{bytes, str as pystr, Locals, ObjHeader, PrintKind, Type};
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub use md5::Md5;
pub use sha1::Sha1;
pub use sha256::Sha256;

#[derive(Clone, Copy)]
enum State {
    Md5(Md5),
    Sha1(Sha1),
    Sha256(Sha256),
}

/// A hash object: plain data, nothing for the collector to trace.
#[repr(C)]
struct HashObj {
    header: ObjHeader,
    state: State,
}

const HASH_SLOTS: Type = Type {
    locals: Locals::Static(&HASH_LOCALS),
    make_new: Some(hash_make_new),
    print: Some(hash_print),
    attr: Some(hash_attr),
    ..Type::builtin(q::md5)
};

static MD5_TYPE: Type = Type { name: q::md5, ..HASH_SLOTS };
static SHA1_TYPE: Type = Type { name: q::sha1, ..HASH_SLOTS };
static SHA256_TYPE: Type = Type { name: q::sha256, ..HASH_SLOTS };

fn initial_state(ty: *const Type) -> State {
    if core::ptr::eq(ty, &MD5_TYPE) {
        State::Md5(Md5::new())
    } else if core::ptr::eq(ty, &SHA1_TYPE) {
        State::Sha1(Sha1::new())
    } else {
        State::Sha256(Sha256::new())
    }
}

fn new_hash(vm: &mut Vm, ty: &'static Type, state: State) -> PyResult<Value> {
    let p = vm.alloc_obj::<HashObj>(ty, 0)?;
    // SAFETY: fresh allocation of a `HashObj`; the state is plain data.
    unsafe { core::ptr::addr_of_mut!((*p).state).write(state) };
    Ok(Value::from_ptr(p))
}

fn is_hash(v: Value) -> bool {
    v.is_exact(&MD5_TYPE) || v.is_exact(&SHA1_TYPE) || v.is_exact(&SHA256_TYPE)
}

fn state_of(vm: &mut Vm, v: Value) -> PyResult<&'static mut State> {
    if !is_hash(v) {
        return Err(vm.type_error("expected a hash object"));
    }
    // SAFETY: checked above that `v` is a hash object; callers hold the borrow only while
    // hashing bytes, with no allocation in between.
    Ok(unsafe { &mut (*v.as_ptr::<HashObj>()).state })
}

fn feed(vm: &mut Vm, h: Value, data: Value) -> PyResult<()> {
    let Some(bytes) = vm.bytes_of(data) else {
        return Err(vm.type_error("object with buffer protocol required"));
    };
    match state_of(vm, h)? {
        State::Md5(s) => s.update(bytes),
        State::Sha1(s) => s.update(bytes),
        State::Sha256(s) => s.update(bytes),
    }
    Ok(())
}

fn hash_make_new(vm: &mut Vm, ty: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let mut data = args.first().copied();
    if args.len() > 1 {
        return Err(vm.type_error("function expected at most 1 arguments"));
    }
    for pair in kw.chunks(2) {
        match vm.qstr_of(pair[0]) {
            Some(q::data) | Some(q::string) if data.is_none() => data = Some(pair[1]),
            Some(q::usedforsecurity) => {}
            _ => return Err(vm.type_error("unexpected keyword argument")),
        }
    }
    // SAFETY: `ty` is one of the three static hash types (only they have this constructor).
    let t: &'static Type = unsafe { &*ty.as_ptr::<Type>() };
    let h = new_hash(vm, t, initial_state(t))?;
    if let Some(d) = data {
        feed(vm, h, d)?;
    }
    Ok(h)
}

fn hash_print(vm: &mut Vm, v: Value, out: &mut String, _kind: PrintKind) -> PyResult<()> {
    out.push_str(&format!("<{} HASH object>", vm.type_name(v)));
    Ok(())
}

/// `(digest_size, block_size)`.
fn sizes(s: &State) -> (usize, usize) {
    match s {
        State::Md5(_) => (16, 64),
        State::Sha1(_) => (20, 64),
        State::Sha256(_) => (32, 64),
    }
}

fn hash_attr(vm: &mut Vm, v: Value, attr: Qstr) -> PyResult<Option<Value>> {
    let (digest_size, block_size) = sizes(state_of(vm, v)?);
    Ok(match attr {
        q::name => Some(Value::qstr(vm.type_of(v).name)),
        q::digest_size => Some(Value::small_int(digest_size as isize)),
        q::block_size => Some(Value::small_int(block_size as isize)),
        _ => None,
    })
}

fn digest_bytes(vm: &mut Vm, h: Value) -> PyResult<([u8; 32], usize)> {
    let mut out = [0u8; 32];
    let n = match state_of(vm, h)? {
        State::Md5(s) => copy_prefix(&mut out, &s.digest()),
        State::Sha1(s) => copy_prefix(&mut out, &s.digest()),
        State::Sha256(s) => copy_prefix(&mut out, &s.digest()),
    };
    Ok((out, n))
}

fn copy_prefix(out: &mut [u8; 32], d: &[u8]) -> usize {
    out[..d.len()].copy_from_slice(d);
    d.len()
}

fn m_update(vm: &mut Vm, h: Value, data: Value) -> PyResult<Value> {
    feed(vm, h, data)?;
    Ok(Value::NONE)
}

fn m_digest(vm: &mut Vm, h: Value) -> PyResult<Value> {
    let (d, n) = digest_bytes(vm, h)?;
    bytes::new(vm, &d[..n])
}

fn m_hexdigest(vm: &mut Vm, h: Value) -> PyResult<Value> {
    let (d, n) = digest_bytes(vm, h)?;
    let mut s = String::with_capacity(2 * n);
    for b in &d[..n] {
        s.push_str(&format!("{b:02x}"));
    }
    pystr::from_string(vm, s)
}

fn m_copy(vm: &mut Vm, h: Value) -> PyResult<Value> {
    let state = *state_of(vm, h)?;
    let ty = vm.type_of(h);
    new_hash(vm, ty, state)
}

static UPDATE: BuiltinFn = BuiltinFn::f2(q::update, m_update);
static DIGEST: BuiltinFn = BuiltinFn::f1(q::digest, m_digest);
static HEXDIGEST: BuiltinFn = BuiltinFn::f1(q::hexdigest, m_hexdigest);
static COPY: BuiltinFn = BuiltinFn::f1(q::copy, m_copy);

static HASH_LOCALS: [(Qstr, Value); 4] = [
    (q::update, Value::from_static(&UPDATE)),
    (q::digest, Value::from_static(&DIGEST)),
    (q::hexdigest, Value::from_static(&HEXDIGEST)),
    (q::copy, Value::from_static(&COPY)),
];

/// `hashlib.new(name, data=b'')`.
fn new_by_name(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let Some(&name) = args.first() else {
        return Err(vm.type_error("function missing 1 required positional arguments"));
    };
    let ty: &'static Type = match vm.text_of(name).map(|s| s.to_ascii_lowercase()).as_deref() {
        Some("md5") => &MD5_TYPE,
        Some("sha1") => &SHA1_TYPE,
        Some("sha256") => &SHA256_TYPE,
        Some(other) => return Err(vm.value_error(&format!("unsupported hash type {other}"))),
        None => return Err(vm.type_error("name must be a string")),
    };
    hash_make_new(vm, Value::from_static(ty), &args[1..], kw)
}

static NEW: BuiltinFn = BuiltinFn::kw(q::new, new_by_name);

pub static TABLE: [(Qstr, Value); 5] = [
    (q::__name__, Value::qstr(q::hashlib)),
    (q::md5, Value::from_static(&MD5_TYPE)),
    (q::sha1, Value::from_static(&SHA1_TYPE)),
    (q::sha256, Value::from_static(&SHA256_TYPE)),
    (q::new, Value::from_static(&NEW)),
];

/// Lower-case hex of the digest of `data`, for the tests of the algorithms.
#[cfg(test)]
fn hex(d: &[u8]) -> String {
    d.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec::Vec;

    /// Inputs and their digests, computed with CPython's hashlib.
    const VECTORS: [(&[u8], usize, &str, &str, &str); 6] = [
        (
            b"",
            1,
            "d41d8cd98f00b204e9800998ecf8427e",
            "da39a3ee5e6b4b0d3255bfef95601890afd80709",
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        ),
        (
            b"abc",
            1,
            "900150983cd24fb0d6963f7d28e17f72",
            "a9993e364706816aba3e25717850c26c9cd0d89d",
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        ),
        (
            b"a",
            55,
            "ef1772b6dff9a122358552954ad0df65",
            "c1c8bbdc22796e28c0e15163d20899b65621d65a",
            "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318",
        ),
        (
            b"a",
            56,
            "3b0c8ac703f828b04c6c197006d17218",
            "c2db330f6083854c99d4b5bfb6e8f29f201be699",
            "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a",
        ),
        (
            b"a",
            64,
            "014842d480b571495a4a0363793f7367",
            "0098ba824b5c16427bd7a1122a5a442a25ec644d",
            "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb",
        ),
        (
            b"message digest",
            10,
            "51a6e353a51c5b64108f96bbe5d7b8b3",
            "254f81f9f10f878dcb754cc1ccf517413390221b",
            "e9e86644502a365811beee858e075ca7e7d3746be8dd7b6af110a11199e1d85d",
        ),
    ];

    #[test]
    fn digests_match_reference_vectors() {
        for (unit, times, md5_hex, sha1_hex, sha256_hex) in VECTORS {
            let data: Vec<u8> = unit.repeat(times);
            let (mut m, mut s1, mut s2) = (Md5::new(), Sha1::new(), Sha256::new());
            m.update(&data);
            s1.update(&data);
            s2.update(&data);
            assert_eq!(hex(&m.digest()), md5_hex, "md5 of {} bytes", data.len());
            assert_eq!(hex(&s1.digest()), sha1_hex, "sha1 of {} bytes", data.len());
            assert_eq!(hex(&s2.digest()), sha256_hex, "sha256 of {} bytes", data.len());
        }
    }

    #[test]
    fn feeding_in_pieces_gives_the_same_digest() {
        let data: Vec<u8> = (0..300u32).map(|i| (i * 7 + 3) as u8).collect();
        let mut whole = Sha256::new();
        whole.update(&data);
        for split in [0, 1, 63, 64, 65, 128, 299] {
            let mut parts = Sha256::new();
            parts.update(&data[..split]);
            parts.update(&data[split..]);
            assert_eq!(parts.digest(), whole.digest(), "split at {split}");
        }
        let mut m = Md5::new();
        m.update(&data[..100]);
        let first = m.digest();
        assert_eq!(m.digest(), first, "digest does not consume the state");
        m.update(&data[100..]);
        let mut m2 = Md5::new();
        m2.update(&data);
        assert_eq!(m.digest(), m2.digest());
    }
}
