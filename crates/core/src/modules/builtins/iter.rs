//! Builtins over iterables: `len`, `iter`, `next`, `sorted`, `min`, `max`, `sum`, `all`, `any`
//! (the lazy `enumerate`, `zip`, `map`, `filter`, `reversed` are types, in `obj/iter.rs`).

use crate::bytecode::opcodes::BinaryOp;
use crate::obj::{generator, iter, list, tuple};
use crate::qstr::q;
use crate::value::Value;
use crate::vm::run::Outcome;
use crate::vm::{PyResult, Vm};

pub fn len(vm: &mut Vm, x: Value) -> PyResult<Value> {
    let n = vm.len(x)?;
    crate::obj::int::from_u64(vm, n as u64)
}

pub fn iter_(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    match args {
        [x] => vm.get_iter(*x),
        [f, sentinel] => iter::callable_iter(vm, *f, *sentinel),
        _ => Err(vm.type_error("iter expected 1 or 2 arguments")),
    }
}

/// `next(it[, default])`. A generator's return value and a `StopIteration` raised by a
/// class's `__next__` reach the caller with their value.
pub fn next(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let it = args[0];
    if generator::is_generator(it) {
        return match generator::resume(vm, it, Value::NONE, Value::NULL)? {
            Outcome::Yield(v) => Ok(v),
            Outcome::Return(r) => match args.get(1) {
                Some(&d) => Ok(d),
                None if r.is_none() => Err(vm.stop_iteration()),
                None => Err(vm.raise_args(&crate::obj::exception::STOP_ITERATION_TYPE, &[r])),
            },
        };
    }
    if vm.type_of(it).is_class() && args.len() == 1 {
        if let Some(pair) = vm.load_method_opt(it, q::__next__)? {
            return vm.call_method_pair(pair, &[]);
        }
    }
    vm.stop_exc = Value::NULL;
    match vm.iter_next(it)? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(&d) => Ok(d),
            None if !vm.stop_exc.is_null() => {
                let e = core::mem::replace(&mut vm.stop_exc, Value::NULL);
                Err(vm.raise(e))
            }
            None => Err(vm.stop_iteration()),
        },
    }
}

pub fn sorted(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(vm.type_error("sorted expected 1 argument"));
    }
    let (key, reverse) = vm.parse_sort_kwargs(kw)?;
    let l = list::from_iterable(vm, args[0])?;
    list::sort_unshared(vm, l, key, reverse)?;
    Ok(l)
}

fn min_max(vm: &mut Vm, args: &[Value], kw: &[Value], want_max: bool) -> PyResult<Value> {
    let mut key = Value::NULL;
    let mut default = Value::NULL;
    for pair in kw.chunks(2) {
        match vm.qstr_of(pair[0]) {
            Some(q::key) => key = pair[1],
            Some(q::default) => default = pair[1],
            _ => return Err(vm.type_error("unexpected keyword argument")),
        }
    }
    // One iterable is walked item by item (a long generator needs no room for all its items).
    let (it, many) = match args {
        [] => return Err(vm.type_error("expected at least 1 argument")),
        [one] => (Some(vm.get_iter(*one)?), &[][..]),
        many => {
            if !default.is_null() {
                return Err(
                    vm.type_error("Cannot specify a default for max() with multiple positional arguments")
                );
            }
            (None, many)
        }
    };
    if let Some(it) = it {
        vm.pin(it);
    }
    let mark = vm.pin_mark();
    let mut best: Option<(Value, Value)> = None;
    let mut i = 0;
    loop {
        let x = match it {
            Some(it) => match vm.iter_next(it)? {
                Some(x) => x,
                None => break,
            },
            None => match many.get(i) {
                Some(&x) => x,
                None => break,
            },
        };
        i += 1;
        let k = if key.is_null() || key.is_none() { x } else { vm.call(key, &[x])? };
        vm.pin(k);
        best = Some(match best {
            None => (x, k),
            Some((bx, bk)) => {
                let better = if want_max { vm.less(bk, k)? } else { vm.less(k, bk)? };
                if better {
                    (x, k)
                } else {
                    (bx, bk)
                }
            }
        });
        // Only the best item and its key must stay alive from one item to the next.
        vm.unpin_to(mark);
        if let Some((bx, bk)) = best {
            vm.pin(bx);
            vm.pin(bk);
        }
    }
    match best {
        Some((x, _)) => Ok(x),
        None if !default.is_null() => Ok(default),
        None => Err(vm.value_error(if want_max {
            "max() arg is an empty sequence"
        } else {
            "min() arg is an empty sequence"
        })),
    }
}

pub fn min(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    min_max(vm, args, kw, false)
}

pub fn max(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    min_max(vm, args, kw, true)
}

pub fn sum(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let mut start = Value::small_int(0);
    if let Some(&s) = args.get(1) {
        start = s;
    }
    for pair in kw.chunks(2) {
        match vm.qstr_of(pair[0]) {
            Some(q::start) => start = pair[1],
            _ => return Err(vm.type_error("sum() got an unexpected keyword argument")),
        }
    }
    if args.is_empty() || args.len() > 2 {
        return Err(vm.type_error("sum() takes at most 2 arguments"));
    }
    if vm.text_of(start).is_some() {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    let mut acc = start;
    let seq = args[0];
    if list::is_list(seq) || seq.is_exact(&tuple::TUPLE_TYPE) {
        // By index, with no iterator object; the length is re-read after each addition,
        // which may run code that changes a list.
        let mark = vm.pin_mark();
        let mut i = 0;
        loop {
            let items = if list::is_list(seq) { list::items(seq) } else { tuple::items(seq) };
            let Some(&x) = items.get(i) else { return Ok(acc) };
            i += 1;
            acc = sum_step(vm, acc, x, mark)?;
        }
    }
    let it = vm.get_iter(seq)?;
    vm.pin(it);
    let mark = vm.pin_mark();
    while let Some(x) = vm.iter_next(it)? {
        acc = sum_step(vm, acc, x, mark)?;
    }
    Ok(acc)
}

/// `acc + x` for `sum`: small ints inline. Only the result stays pinned (alone, above `mark`)
/// while the sum goes on: whatever the item's iteration pinned is done with.
fn sum_step(vm: &mut Vm, acc: Value, x: Value, mark: usize) -> PyResult<Value> {
    let small = if acc.is_small_int() && x.is_small_int() {
        Value::try_small_int(acc.as_small_int() as i64 + x.as_small_int() as i64)
    } else {
        None
    };
    let r = match small {
        Some(v) => v,
        None => vm.binary_op(BinaryOp::Add, acc, x)?,
    };
    vm.unpin_to(mark);
    vm.pin(r);
    Ok(r)
}

pub fn all(vm: &mut Vm, x: Value) -> PyResult<Value> {
    let it = vm.get_iter(x)?;
    vm.pin(it);
    let mark = vm.pin_mark();
    while let Some(v) = vm.iter_next(it)? {
        if !vm.is_true(v)? {
            return Ok(Value::FALSE);
        }
        // Each item is done with: a long iterable must not pile up pins.
        vm.unpin_to(mark);
    }
    Ok(Value::TRUE)
}

pub fn any(vm: &mut Vm, x: Value) -> PyResult<Value> {
    let it = vm.get_iter(x)?;
    vm.pin(it);
    let mark = vm.pin_mark();
    while let Some(v) = vm.iter_next(it)? {
        if vm.is_true(v)? {
            return Ok(Value::TRUE);
        }
        vm.unpin_to(mark);
    }
    Ok(Value::FALSE)
}
