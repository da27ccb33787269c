//! Heap tests: allocation, freeing, collection with exact roots, tracing through types, deep
//! structures that overflow the mark stack, and fragmentation behaviour.

use std::boxed::Box;
use std::vec;
use std::vec::Vec;

use super::{Heap, Marker, BLOCK_SIZE};
use crate::obj::{ObjHeader, Type};
use crate::qstr::q;
use crate::value::Value;

/// A test object: a header and one reference.
#[repr(C)]
struct Node {
    header: ObjHeader,
    next: Value,
}

fn trace_node(v: Value, m: &mut Marker) {
    // SAFETY: only `Node`s have NODE_TYPE.
    m.mark(unsafe { (*v.as_ptr::<Node>()).next });
}

static NODE_TYPE: Type = Type { trace: Some(trace_node), ..Type::builtin(q::object) };
static LEAF_TYPE: Type = Type::builtin(q::object);

fn heap(bytes: usize) -> Heap {
    Heap::new(Box::leak(vec![0u8; bytes].into_boxed_slice()))
}

fn node(h: &mut Heap, next: Value) -> Value {
    let p = h.alloc(core::mem::size_of::<Node>()).expect("alloc") as *mut Node;
    // SAFETY: a fresh allocation large enough for a Node.
    unsafe {
        (*p).header.ty = &NODE_TYPE;
        (*p).next = next;
    }
    Value::from_ptr(p)
}

fn leaf(h: &mut Heap, bytes: usize) -> Value {
    let p = h.alloc(bytes).expect("alloc");
    // SAFETY: fresh allocation of at least a header.
    unsafe { (*(p as *mut ObjHeader)).ty = &LEAF_TYPE };
    Value::from_ptr(p)
}

fn collect(h: &mut Heap, roots: &[Value]) {
    let mut m = h.marker(false);
    m.mark_all(roots);
    h.sweep(m);
}

#[test]
fn allocations_are_zeroed_aligned_and_counted() {
    let mut h = heap(64 * 1024);
    let total = h.total_bytes();
    let p = h.alloc(40).unwrap();
    assert_eq!(p.addr() % BLOCK_SIZE, 0);
    assert_eq!(h.used_bytes(), 48);
    assert_eq!(h.alloc_size(p), 48);
    // SAFETY: 40 bytes were allocated.
    assert!(unsafe { core::slice::from_raw_parts(p, 40) }.iter().all(|&b| b == 0));
    h.free(p);
    assert_eq!(h.used_bytes(), 0);
    assert_eq!(h.free_bytes(), total);
}

#[test]
fn unreachable_objects_are_freed_and_reachable_kept() {
    let mut h = heap(64 * 1024);
    let tail = node(&mut h, Value::NULL);
    let head = node(&mut h, tail);
    let garbage = node(&mut h, Value::NULL);
    collect(&mut h, &[head]);
    assert_eq!(h.alloc_size(head.as_ptr()), BLOCK_SIZE);
    assert_eq!(h.alloc_size(tail.as_ptr()), BLOCK_SIZE);
    assert_eq!(h.alloc_size(garbage.as_ptr()), 0, "garbage must be freed");
    collect(&mut h, &[]);
    assert_eq!(h.used_bytes(), 0);
}

#[test]
fn a_long_chain_survives_mark_stack_overflow() {
    let mut h = heap(4 * 1024 * 1024);
    h.mark_stack_limit = 16;
    let mut head = Value::NULL;
    for _ in 0..50_000 {
        head = node(&mut h, head);
    }
    collect(&mut h, &[head]);
    assert_eq!(h.used_bytes(), 50_000 * BLOCK_SIZE);
    let mut n = 0;
    let mut cur = head;
    while !cur.is_null() {
        n += 1;
        // SAFETY: every node in the chain is alive.
        cur = unsafe { (*cur.as_ptr::<Node>()).next };
    }
    assert_eq!(n, 50_000);
}

#[test]
fn the_heap_fills_up_and_recovers_after_collection() {
    let mut h = heap(32 * 1024);
    let mut kept = Vec::new();
    while let Some(p) = h.alloc(256) {
        // SAFETY: fresh allocation of 256 bytes.
        unsafe { (*(p as *mut ObjHeader)).ty = &LEAF_TYPE };
        kept.push(Value::from_ptr(p));
    }
    assert!(h.free_bytes() < 256);
    let half: Vec<Value> = kept.iter().step_by(2).copied().collect();
    collect(&mut h, &half);
    assert!(h.alloc(256).is_some(), "freed blocks are reusable");
    assert!(h.largest_free() >= 256);
}

#[test]
fn freed_neighbours_coalesce_into_large_runs() {
    let mut h = heap(64 * 1024);
    let small: Vec<Value> = (0..100).map(|_| leaf(&mut h, 16)).collect();
    collect(&mut h, &[]);
    assert!(h.alloc(100 * BLOCK_SIZE).is_some(), "100 adjacent freed blocks form one run");
    let _ = small;
}

#[test]
fn allocation_is_first_fit_from_the_bottom_after_a_sweep() {
    let mut h = heap(64 * 1024);
    let a = leaf(&mut h, 64);
    let b = leaf(&mut h, 64);
    collect(&mut h, &[b]);
    let c = leaf(&mut h, 32);
    assert!(c.bits() < b.bits(), "the hole below a survivor is used first");
    let d = leaf(&mut h, 32);
    assert_eq!(d.bits(), c.bits() + 32, "the rest of the hole is allocated by bumping");
    let e = leaf(&mut h, 16);
    assert!(e.bits() > b.bits(), "a full hole is left for the next run");
    let _ = a;
}

#[test]
fn large_allocations_take_the_top_of_the_heap_and_small_ones_the_bottom() {
    let mut h = heap(256 * 1024);
    let end = h.blocks.addr() + h.total_bytes();
    let small = leaf(&mut h, 64);
    let large = leaf(&mut h, 8 * 1024);
    assert_eq!(large.bits() + 8 * 1024, end, "the first large allocation ends the heap");
    let small2 = leaf(&mut h, 64);
    assert_eq!(small2.bits(), small.bits() + 64, "small ones go on from the bottom");
    let large2 = leaf(&mut h, 8 * 1024);
    assert_eq!(large2.bits() + 8 * 1024, large.bits(), "the next large one sits below it");
    // Freed, the two large ones leave one run at the top, which the next large one ends.
    collect(&mut h, &[small, small2]);
    let large3 = leaf(&mut h, 12 * 1024);
    assert_eq!(large3.bits() + 12 * 1024, end);
    assert!(h.largest_free() >= 200 * 1024, "the free space between stays in one run");
}

#[test]
fn a_freed_latest_allocation_returns_to_the_bump_run() {
    let mut h = heap(64 * 1024);
    let p = h.alloc(256).expect("room");
    h.free(p);
    assert_eq!(h.alloc(256), Some(p), "the same blocks are handed out again");
}

#[test]
fn a_locked_heap_refuses_to_allocate() {
    let mut h = heap(16 * 1024);
    h.lock_depth = 1;
    assert!(h.alloc(16).is_none());
    h.lock_depth = 0;
    assert!(h.alloc(16).is_some());
}

#[test]
fn requests_larger_than_the_heap_fail() {
    let mut h = heap(16 * 1024);
    assert!(h.alloc(1 << 20).is_none());
    assert!(h.alloc(usize::MAX - 8).is_none());
}

#[test]
fn interior_and_foreign_pointers_are_not_allocations() {
    let mut h = heap(16 * 1024);
    let p = h.alloc(64).unwrap();
    // SAFETY: p + 16 is inside the 64-byte allocation.
    assert_eq!(h.alloc_size(unsafe { p.add(16) }), 0);
    let outside = 0u64;
    assert_eq!(h.alloc_size(&outside as *const u64 as *const u8), 0);
    collect(&mut h, &[Value::from_ptr(unsafe { p.add(16) })]);
    assert_eq!(h.used_bytes(), 0, "an interior pointer does not keep an object alive");
}

#[test]
fn an_allocation_grows_in_place_into_the_free_run_after_it() {
    let mut h = heap(64 * 1024);
    let a = h.alloc(64).unwrap();
    let used = h.used_bytes();
    assert!(h.grow_in_place(a, 256));
    assert_eq!(h.alloc_size(a), 256);
    assert_eq!(h.used_bytes(), used + 192);
    let b = h.alloc(16).unwrap();
    assert!(!h.grow_in_place(a, 512), "a live neighbour blocks growth");
    assert_eq!(h.alloc_size(a), 256);
    let _ = b;
}

#[test]
fn a_collection_is_due_once_the_soft_budget_is_allocated() {
    let mut h = heap(4 << 20);
    assert!(!h.collection_due());
    while !h.collection_due() {
        leaf(&mut h, 1024);
    }
    let used = h.used_bytes();
    assert!((256 * 1024..300 * 1024).contains(&used), "due after about 256 KB, not {used}");
    // A live set of about 1 MB raises the budget to twice that.
    let live: Vec<Value> = (0..1000).map(|_| leaf(&mut h, 1024)).collect();
    collect(&mut h, &live);
    assert!(!h.collection_due());
    for _ in 0..1500 {
        leaf(&mut h, 1024);
    }
    assert!(!h.collection_due(), "1.5 MB is within twice the live size");
    // Automatic collection off (gc.disable): never due by the budget.
    h.set_enabled(false);
    for _ in 0..600 {
        leaf(&mut h, 1024);
    }
    assert!(!h.collection_due());
}

/// A test owner of a raw value array: a header, the array and its length.
#[repr(C)]
struct Owner {
    header: ObjHeader,
    items: Value,
    n: usize,
}

fn trace_owner(v: Value, m: &mut Marker) {
    // SAFETY: only `Owner`s have OWNER_TYPE.
    let o = unsafe { &*v.as_ptr::<Owner>() };
    m.mark_raw_values(o.items, o.n);
}

static OWNER_TYPE: Type = Type { trace: Some(trace_owner), ..Type::builtin(q::object) };

/// An owner whose raw array holds `items`.
fn owner(h: &mut Heap, items: &[Value]) -> Value {
    let array = h.alloc_raw(core::mem::size_of_val(items)).expect("alloc") as *mut Value;
    let p = h.alloc(core::mem::size_of::<Owner>()).expect("alloc") as *mut Owner;
    // SAFETY: fresh allocations of the sizes written.
    unsafe {
        core::ptr::copy_nonoverlapping(items.as_ptr(), array, items.len());
        (*p).header.ty = &OWNER_TYPE;
        (*p).items = Value::from_ptr(array);
        (*p).n = items.len();
    }
    Value::from_ptr(p)
}

fn items_of(o: Value) -> Value {
    // SAFETY: `o` is a live Owner.
    unsafe { (*o.as_ptr::<Owner>()).items }
}

#[test]
fn a_raw_array_and_its_contents_live_through_their_owner() {
    let mut h = heap(64 * 1024);
    let a = node(&mut h, Value::NULL);
    let b = node(&mut h, Value::NULL);
    let o = owner(&mut h, &[a, b]);
    let garbage = owner(&mut h, &[Value::NULL]);
    let garbage_items = items_of(garbage);
    collect(&mut h, &[o]);
    for v in [o, items_of(o), a, b] {
        assert!(h.alloc_size(v.as_ptr()) > 0, "owner, array and contents survive");
    }
    assert_eq!(h.alloc_size(garbage_items.as_ptr()), 0, "an unowned raw array is freed");
}

#[test]
fn a_raw_array_reached_directly_is_kept_but_never_read_as_an_object() {
    let mut h = heap(64 * 1024);
    // The first slot holds a pointer to a type, as a list of classes would: read as an object
    // header, the array would be traced as a NODE and its second slot followed.
    let child = node(&mut h, Value::NULL);
    let array = h.alloc_raw(2 * core::mem::size_of::<Value>()).unwrap() as *mut Value;
    // SAFETY: room for two values.
    unsafe {
        *array = Value::from_ptr(&NODE_TYPE as *const Type);
        *array.add(1) = child;
    }
    let array = Value::from_ptr(array);
    collect(&mut h, &[array]);
    assert!(h.alloc_size(array.as_ptr()) > 0, "the array is kept");
    assert_eq!(h.alloc_size(child.as_ptr()), 0, "its contents are its owner's to mark");
}

#[test]
fn freed_raw_blocks_become_ordinary_objects_again() {
    let mut h = heap(64 * 1024);
    let child = node(&mut h, Value::NULL);
    let raw = h.alloc_raw(BLOCK_SIZE).unwrap();
    h.free(raw);
    let parent = node(&mut h, child);
    assert_eq!(parent.as_ptr::<u8>(), raw, "the freed block is reused at once");
    collect(&mut h, &[parent]);
    assert!(h.alloc_size(child.as_ptr()) > 0, "a node in a former raw block is traced");

    let garbage = h.alloc_raw(BLOCK_SIZE).unwrap();
    collect(&mut h, &[parent]);
    assert_eq!(h.alloc_size(garbage), 0);
    let parent2 = node(&mut h, child);
    assert_eq!(parent2.as_ptr::<u8>(), garbage, "the swept block is reused first");
    collect(&mut h, &[parent2]);
    assert!(h.alloc_size(child.as_ptr()) > 0, "and is traced as an object after a sweep too");
}

#[test]
fn rescans_after_overflow_skip_raw_arrays_and_retrace_their_owners() {
    let mut h = heap(1024 * 1024);
    h.mark_stack_limit = 2;
    let mut owners = Vec::new();
    let mut children = Vec::new();
    let mut beyond = Vec::new();
    for _ in 0..50 {
        let child = node(&mut h, Value::NULL);
        let unused = node(&mut h, Value::NULL);
        // Each raw array holds its child, then a header-like slot and a node in room the owner
        // does not use: read as an object, the array would keep `unused` alive.
        let o = owner(&mut h, &[child, Value::from_ptr(&NODE_TYPE as *const Type), unused]);
        // SAFETY: `o` is a fresh Owner; it uses only its first item.
        unsafe { (*o.as_ptr::<Owner>()).n = 1 };
        let header_like = owner(&mut h, &[Value::from_ptr(&NODE_TYPE as *const Type), unused]);
        // SAFETY: as above.
        unsafe { (*header_like.as_ptr::<Owner>()).n = 0 };
        owners.push(o);
        owners.push(header_like);
        children.push(child);
        beyond.push(unused);
    }
    let root = owner(&mut h, &owners);
    collect(&mut h, &[root]);
    for &o in &owners {
        assert!(h.alloc_size(o.as_ptr()) > 0);
        assert!(h.alloc_size(items_of(o).as_ptr()) > 0);
    }
    for &c in &children {
        assert!(h.alloc_size(c.as_ptr()) > 0, "contents of raw arrays survive the rescans");
    }
    for &u in &beyond {
        assert_eq!(h.alloc_size(u.as_ptr()), 0, "raw arrays are never traced as objects");
    }
}

/// Fills the rest of the heap with one-block leaves (so allocations come from the free lists).
fn fill(h: &mut Heap) -> Vec<Value> {
    let mut all = Vec::new();
    while let Some(p) = h.alloc(BLOCK_SIZE) {
        // SAFETY: a fresh allocation of a header's size.
        unsafe { (*(p as *mut ObjHeader)).ty = &LEAF_TYPE };
        all.push(Value::from_ptr(p));
    }
    all
}

#[test]
fn a_freed_allocation_merges_with_free_neighbours_at_once() {
    let mut h = heap(16 * 1024);
    let a = h.alloc(64).unwrap();
    let b = h.alloc(64).unwrap();
    let c = h.alloc(64).unwrap();
    let _rest = fill(&mut h);
    h.free(a);
    h.free(c);
    assert!(h.alloc(192).is_none(), "three separate holes of 64 bytes");
    h.free(b);
    assert_eq!(h.alloc(192), Some(a), "the middle one joins both into one run");
}

#[test]
fn a_freed_allocation_merges_into_the_bump_run_below_it() {
    let mut h = heap(64 * 1024);
    let end = h.blocks.addr() + h.total_bytes();
    let small = h.alloc(64).unwrap();
    let large = h.alloc(8 * 1024).unwrap();
    assert_eq!(large.addr() + 8 * 1024, end, "placed at the top, the bump run ends below it");
    h.free(large);
    let all = h.alloc(h.free_bytes()).expect("the whole free space is one run again");
    assert_eq!(all.addr(), small.addr() + 64);
}

#[test]
fn a_raw_allocation_grows_down_into_the_free_blocks_before_it() {
    let mut h = heap(16 * 1024);
    let below = h.alloc(64).unwrap();
    let raw = h.alloc_raw(64).unwrap();
    let _rest = fill(&mut h);
    // SAFETY: the raw allocation has 64 bytes.
    unsafe { core::ptr::write_bytes(raw, 7, 64) };
    assert!(!h.grow_in_place(raw, 96), "no room after it");
    h.free(below);
    let used = h.used_bytes();
    let grown = h.grow_raw(raw, 96, 48).expect("room before it");
    assert_eq!(grown.addr(), raw.addr() - 32, "slid down by the 32 bytes it needed");
    assert!(grown > below);
    assert_eq!(h.alloc_size(grown), 96);
    assert_eq!(h.used_bytes(), used + 32);
    // SAFETY: the grown allocation has 96 bytes.
    let bytes = unsafe { core::slice::from_raw_parts(grown, 96) };
    assert!(bytes[..48].iter().all(|&b| b == 7), "the kept bytes moved with it");
    assert!(bytes[48..].iter().all(|&b| b == 0), "the rest is zeroed");
    assert!(h.grow_raw(grown, 200, 96).is_none(), "no more room on either side");
    assert_eq!(h.alloc_size(grown), 96, "a failed growth changes nothing");
    collect(&mut h, &[]);
    assert_eq!(h.used_bytes(), 0, "the moved allocation is still one raw allocation");
}

#[test]
fn an_object_with_a_header_never_moves() {
    let mut h = heap(16 * 1024);
    let below = h.alloc(64).unwrap();
    let obj = leaf(&mut h, 64);
    let _rest = fill(&mut h);
    h.free(below);
    assert!(h.grow_raw(obj.as_ptr(), 96, 64).is_none(), "others may point at it");
}

#[test]
fn a_large_allocation_takes_the_smallest_run_that_fits() {
    let mut h = heap(256 * 1024);
    let mut keep = Vec::new();
    let mut runs = Vec::new();
    // Large allocations stack down from the top: holes of 12, 5 and 8 KB, kept apart.
    for kb in [12, 5, 8] {
        runs.push(leaf(&mut h, kb * 1024));
        keep.push(leaf(&mut h, 4 * 1024));
    }
    keep.extend(fill(&mut h));
    collect(&mut h, &keep);
    let p = leaf(&mut h, 5 * 1024 - 16);
    assert_eq!(p.bits(), runs[1].bits() + 16, "the top of the 5 KB hole, not the highest");
    let q = leaf(&mut h, 7 * 1024);
    assert_eq!(q.bits() + 7 * 1024, runs[2].bits() + 8 * 1024, "the 8 KB hole, at its top");
}

/// An owner of a raw array with room for `cap` values, `n` of them used.
#[repr(C)]
struct Growable {
    header: ObjHeader,
    items: Value,
    n: usize,
    cap: usize,
}

fn trace_growable(v: Value, m: &mut Marker) {
    // SAFETY: only `Growable`s have GROWABLE_TYPE.
    let g = unsafe { &mut *v.as_ptr::<Growable>() };
    g.cap = m.mark_raw_values_trim(g.items, g.n, g.cap);
}

static GROWABLE_TYPE: Type = Type { trace: Some(trace_growable), ..Type::builtin(q::object) };

fn growable(h: &mut Heap, n: usize, cap: usize) -> Value {
    let array = h.alloc_raw(cap * core::mem::size_of::<Value>()).expect("alloc");
    let p = h.alloc(core::mem::size_of::<Growable>()).expect("alloc") as *mut Growable;
    // SAFETY: a fresh allocation of a Growable's size.
    unsafe {
        (*p).header.ty = &GROWABLE_TYPE;
        (*p).items = Value::from_ptr(array);
        (*p).n = n;
        (*p).cap = cap;
    }
    Value::from_ptr(p)
}

fn cap_of(g: Value) -> usize {
    // SAFETY: `g` is a live Growable.
    unsafe { (*g.as_ptr::<Growable>()).cap }
}

#[test]
fn a_full_heap_collection_trims_large_arrays_to_what_they_use() {
    let mut h = heap(256 * 1024);
    let large = growable(&mut h, 1001, 1500);
    let small = growable(&mut h, 3, 100);
    collect(&mut h, &[large, small]);
    assert_eq!(cap_of(large), 1500, "an ordinary collection trims nothing");
    let used = h.used_bytes();
    let mut m = h.marker(true);
    m.mark_all(&[large, small]);
    h.sweep(m);
    assert_eq!(cap_of(large), 1002, "trimmed to whole blocks of two values");
    assert_eq!(h.alloc_size(items_of_growable(large).as_ptr()), 1002 * 8);
    assert_eq!(h.used_bytes(), used - 498 * 8);
    assert_eq!(cap_of(small), 100, "small arrays keep their room");

    let pinned = growable(&mut h, 10, 1000);
    let mut m = h.marker(true);
    m.mark(items_of_growable(pinned));
    m.mark(pinned);
    h.sweep(m);
    assert_eq!(cap_of(pinned), 1000, "an array something else holds is left alone");
}

fn items_of_growable(g: Value) -> Value {
    // SAFETY: `g` is a live Growable.
    unsafe { (*g.as_ptr::<Growable>()).items }
}
