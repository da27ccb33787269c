//! Laying bytes out in a width: `center`, `ljust`, `rjust`, `zfill` and `expandtabs`.

use alloc::format;
use alloc::vec::Vec;

use super::{owned, sub_result, view};
use crate::obj::builtin_fn::BuiltinFn;
use crate::obj::str_methods::layout::{expand_tabs, padding, width_arg, zfill_bytes, Align};
use crate::obj::str_methods::{bind, int_arg};
use crate::qstr::q;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn pad(vm: &mut Vm, args: &[Value], align: Align, name: &str) -> PyResult<Value> {
    let width = width_arg(vm, args[1])?;
    let fill = match args.get(2) {
        Some(&f) => match vm.bytes_of(f) {
            Some(&[b]) => b,
            _ => {
                let t = vm.type_name(f);
                return Err(
                    vm.type_error(&format!("{name}() argument 2 must be a byte string of length 1, not {t}"))
                );
            }
        },
        None => b' ',
    };
    let d = owned(vm, args[0])?;
    if d.len() >= width {
        return sub_result(vm, args[0], &d, &d);
    }
    let (left, right) = padding(align, d.len(), width);
    let mut out = Vec::with_capacity(width);
    out.extend(core::iter::repeat_n(fill, left));
    out.extend_from_slice(&d);
    out.extend(core::iter::repeat_n(fill, right));
    super::make(vm, args[0], &out)
}

fn m_center(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    pad(vm, args, Align::Center, "center")
}
fn m_ljust(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    pad(vm, args, Align::Left, "ljust")
}
fn m_rjust(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    pad(vm, args, Align::Right, "rjust")
}

fn m_zfill(vm: &mut Vm, this: Value, width: Value) -> PyResult<Value> {
    let width = width_arg(vm, width)?;
    let d = owned(vm, this)?;
    match zfill_bytes(&d, d.len(), width) {
        Some(out) => super::make(vm, this, &out),
        None => sub_result(vm, this, &d, &d),
    }
}

fn m_expandtabs(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [tab] = bind(vm, "expandtabs", args, kw, [q::tabsize], 0)?;
    let tab = if tab.is_null() { 8 } else { int_arg(vm, tab)? };
    let d = view(vm, args[0])?;
    let tabs = d.iter().filter(|&&b| b == b'\t').count() as u64;
    if tabs.saturating_mul(tab.max(0) as u64) > crate::obj::str::MAX_LEN as u64 {
        return Err(vm.overflow_error("result too long"));
    }
    let out = expand_tabs(d, tab, |_| true);
    super::make(vm, args[0], &out)
}

pub(super) static CENTER: BuiltinFn = BuiltinFn::var(q::center, 2, 3, m_center);
pub(super) static LJUST: BuiltinFn = BuiltinFn::var(q::ljust, 2, 3, m_ljust);
pub(super) static RJUST: BuiltinFn = BuiltinFn::var(q::rjust, 2, 3, m_rjust);
pub(super) static ZFILL: BuiltinFn = BuiltinFn::f2(q::zfill, m_zfill);
pub(super) static EXPANDTABS: BuiltinFn = BuiltinFn::kw(q::expandtabs, m_expandtabs);
