//! Structure descriptors: how `uctypes` encodes a field's type and offset in a Python int or
//! tuple (the same numbers as MicroPython, since programs and `.mpy` files embed them), and
//! the size of a described layout.
//!
//! A scalar field is one int: the value type in bits 27..=30 (so types 8 and up make the int
//! negative) and the byte offset below. Bitfields also hold their bit position (bits
//! 17..=21) and length (22..=26), leaving 17 bits of offset. An aggregate is a tuple whose
//! first item holds the kind (struct, pointer or array) in bits 29..=30 and the offset
//! below; the rest of the tuple says what it contains.

use crate::obj::dict::DICT_TYPE;
use crate::obj::tuple::{self, TUPLE_TYPE};
use crate::value::Value;
use crate::vm::{Raised, Vm};

/// Bits of the value type, and of a bitfield's position and length.
const VAL_TYPE_BITS: u32 = 4;
pub const BF_POS: i64 = 17;
pub const BF_LEN: i64 = 22;
const AGG_TYPE_BITS: u32 = 2;

/// Value types (their numbers are part of the encoding).
pub const UINT8: u32 = 0;
pub const INT8: u32 = 1;
pub const UINT16: u32 = 2;
pub const INT16: u32 = 3;
pub const UINT32: u32 = 4;
pub const INT32: u32 = 5;
pub const UINT64: u32 = 6;
pub const INT64: u32 = 7;
pub const BFUINT8: u32 = 8;
pub const BFINT8: u32 = 9;
pub const BFUINT16: u32 = 10;
pub const BFINT16: u32 = 11;
pub const BFUINT32: u32 = 12;
pub const BFINT32: u32 = 13;
pub const FLOAT32: u32 = 14;
pub const FLOAT64: u32 = 15;

/// Aggregate kinds.
pub const STRUCT: u32 = 0;
pub const PTR: u32 = 1;
pub const ARRAY: u32 = 2;

/// Layouts (the third argument of `struct`).
pub const LITTLE_ENDIAN: i64 = 0;
pub const BIG_ENDIAN: i64 = 1;
pub const NATIVE: i64 = 2;

/// The constant for value type `t`: `t` in bits 27..=30, sign-extended from bit 31 as a
/// 32-bit int.
pub const fn val_type_const(t: u32) -> isize {
    type_const(t, VAL_TYPE_BITS)
}

/// The constant for aggregate kind `k` (bits 29..=30).
pub const fn agg_type_const(k: u32) -> isize {
    type_const(k, AGG_TYPE_BITS)
}

const fn type_const(t: u32, bits: u32) -> isize {
    (((t << (32 - bits)) as i32) >> 1) as isize
}

fn field_type(v: i64, bits: u32) -> u32 {
    ((v >> (31 - bits)) & ((1 << bits) - 1)) as u32
}

fn value_mask(bits: u32) -> i64 {
    !((i32::MIN >> bits) as i64)
}

/// A scalar field decoded from its int.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Scalar {
    pub val_type: u32,
    pub offset: usize,
    /// Bit position and length of a bitfield (0 for other types).
    pub bit_pos: u32,
    pub bit_len: u32,
}

impl Scalar {
    pub fn decode(v: i64) -> Scalar {
        let val_type = field_type(v, VAL_TYPE_BITS);
        let mut offset = v & value_mask(VAL_TYPE_BITS);
        let (mut bit_pos, mut bit_len) = (0, 0);
        if is_bitfield(val_type) {
            bit_pos = ((offset >> BF_POS) & 31) as u32;
            bit_len = ((offset >> BF_LEN) & 31) as u32;
            offset &= (1 << BF_POS) - 1;
        }
        Scalar { val_type, offset: offset as usize, bit_pos, bit_len }
    }

    /// Size in bytes of the value (of the word holding a bitfield).
    pub fn size(&self) -> usize {
        scalar_size(self.val_type)
    }
}

pub fn is_bitfield(val_type: u32) -> bool {
    (BFUINT8..=BFINT32).contains(&val_type)
}

pub fn scalar_size(val_type: u32) -> usize {
    if val_type == FLOAT32 {
        4
    } else {
        1 << ((val_type & 7) >> 1)
    }
}

/// The `struct`/`array` typecode a value type is read and written as.
pub fn typecode(val_type: u32) -> u8 {
    match val_type {
        FLOAT32 => b'f',
        FLOAT64 => b'd',
        t => b"BbHhIiQq"[(t & 7) as usize],
    }
}

/// An aggregate field or descriptor decoded from its tuple.
#[derive(Clone, Copy, Debug)]
pub enum Aggregate {
    /// A nested structure at `offset`, described by dict `desc`.
    Struct { offset: usize, desc: Value },
    /// A pointer at `offset` to values of `target` (a scalar int or a descriptor).
    Ptr { offset: usize, target: Value },
    /// `len` scalars of `val_type`.
    ScalarArray { offset: usize, val_type: u32, len: usize },
    /// `len` structures or aggregates described by `item`.
    Array { offset: usize, len: usize, item: Value },
}

/// What is wrong with a descriptor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DescError {
    Syntax,
    /// `sizeof` of a bare scalar int (which could be a field's value as well as a type).
    Scalar,
    /// Descriptors nested too deep (or containing themselves).
    TooDeep,
}

impl DescError {
    pub fn raise(self, vm: &mut Vm) -> Raised {
        match self {
            DescError::Syntax => syntax_error(vm),
            DescError::Scalar => vm.type_error("can't unambiguously get sizeof scalar"),
            DescError::TooDeep => vm.recursion_error(),
        }
    }
}

pub fn syntax_error(vm: &mut Vm) -> Raised {
    vm.type_error("syntax error in uctypes descriptor")
}

/// The items of tuple `v` (exact tuples only, as MicroPython), or `None`.
pub fn as_tuple(v: Value) -> Option<&'static [Value]> {
    v.is_exact(&TUPLE_TYPE).then(|| tuple::items(v))
}

fn small(v: Value) -> Option<i64> {
    v.small_int_value().map(|n| n as i64)
}

impl Aggregate {
    pub fn decode(items: &[Value]) -> Result<Aggregate, DescError> {
        let (Some(head), true) = (items.first().and_then(|&h| small(h)), items.len() >= 2) else {
            return Err(DescError::Syntax);
        };
        let offset = (head & value_mask(AGG_TYPE_BITS)) as usize;
        match (field_type(head, AGG_TYPE_BITS), items.len()) {
            (STRUCT, 2) => Ok(Aggregate::Struct { offset, desc: items[1] }),
            (PTR, 2) => Ok(Aggregate::Ptr { offset, target: items[1] }),
            (ARRAY, 2) | (ARRAY, 3) => {
                let n = small(items[1]).ok_or(DescError::Syntax)?;
                let len = (n & value_mask(VAL_TYPE_BITS)) as usize;
                Ok(match items.get(2) {
                    None => Aggregate::ScalarArray { offset, val_type: field_type(n, VAL_TYPE_BITS), len },
                    Some(&item) => Aggregate::Array { offset, len, item },
                })
            }
            _ => Err(DescError::Syntax),
        }
    }

    pub fn offset(&self) -> usize {
        match *self {
            Aggregate::Struct { offset, .. }
            | Aggregate::Ptr { offset, .. }
            | Aggregate::ScalarArray { offset, .. }
            | Aggregate::Array { offset, .. } => offset,
        }
    }
}

/// The size of what descriptor `desc` describes in layout `layout`.
pub fn size_of(vm: &Vm, desc: Value, layout: i64) -> Result<usize, DescError> {
    let mut max_field = 0;
    size_at(vm, desc, layout, &mut max_field, 0)
}

/// Descriptors nest at most this deep (a descriptor containing itself would never end).
const MAX_DEPTH: usize = 64;

/// The size of `desc`; `max_field` collects the largest scalar met, to which native layouts
/// round structure sizes.
fn size_at(
    vm: &Vm,
    desc: Value,
    layout: i64,
    max_field: &mut usize,
    depth: usize,
) -> Result<usize, DescError> {
    if depth > MAX_DEPTH {
        return Err(DescError::TooDeep);
    }
    if let Some(items) = as_tuple(desc) {
        return aggregate_size(vm, items, layout, max_field, depth);
    }
    if desc.is_small_int() {
        return Err(DescError::Scalar);
    }
    let d = vm.native_of(desc, &DICT_TYPE).ok_or(DescError::Syntax)?;
    let mut total = 0usize;
    for (_, field) in crate::obj::dict::pairs(d) {
        let end = if let Some(n) = small(field) {
            let s = Scalar::decode(n);
            *max_field = (*max_field).max(s.size());
            s.offset + s.size()
        } else if let Some(items) = as_tuple(field) {
            let offset = Aggregate::decode(items)?.offset();
            offset.saturating_add(aggregate_size(vm, items, layout, max_field, depth)?)
        } else {
            return Err(DescError::Syntax);
        };
        total = total.max(end);
    }
    if layout == NATIVE && *max_field > 0 {
        total = total.div_ceil(*max_field).saturating_mul(*max_field);
    }
    Ok(total)
}

/// The size of an aggregate (its tuple's items).
fn aggregate_size(
    vm: &Vm,
    items: &[Value],
    layout: i64,
    max_field: &mut usize,
    depth: usize,
) -> Result<usize, DescError> {
    Ok(match Aggregate::decode(items)? {
        Aggregate::Struct { desc, .. } => size_at(vm, desc, layout, max_field, depth + 1)?,
        Aggregate::Ptr { .. } => {
            *max_field = (*max_field).max(core::mem::size_of::<usize>());
            core::mem::size_of::<usize>()
        }
        Aggregate::ScalarArray { val_type, len, .. } => {
            let s = scalar_size(val_type);
            *max_field = (*max_field).max(s);
            s.saturating_mul(len)
        }
        Aggregate::Array { len, item, .. } => {
            size_at(vm, item, layout, max_field, depth + 1)?.saturating_mul(len)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constants_match_the_encoding() {
        assert_eq!(val_type_const(UINT8), 0);
        assert_eq!(val_type_const(INT8), 0x0800_0000);
        assert_eq!(val_type_const(BFUINT8), -0x4000_0000);
        assert_eq!(val_type_const(FLOAT64), -0x0800_0000);
        assert_eq!(agg_type_const(PTR), 0x2000_0000);
        assert_eq!(agg_type_const(ARRAY), -0x4000_0000);
    }

    #[test]
    fn scalars_decode() {
        let s = Scalar::decode(val_type_const(UINT32) as i64 | 12);
        assert_eq!((s.val_type, s.offset, s.size()), (UINT32, 12, 4));
        let bf = val_type_const(BFUINT16) as i64 | 3 | 4 << BF_POS | 5 << BF_LEN;
        let s = Scalar::decode(bf);
        assert_eq!((s.val_type, s.offset, s.bit_pos, s.bit_len, s.size()), (BFUINT16, 3, 4, 5, 2));
        assert_eq!(Scalar::decode(val_type_const(FLOAT64) as i64 | 8).size(), 8);
        assert_eq!(typecode(INT16), b'h');
        assert_eq!(typecode(BFUINT32), b'I');
    }
}
