//! Expressions: precedence and associativity, atoms, displays, comprehensions, trailers.

use super::{e, m};

#[test]
fn binary_precedence_and_associativity() {
    assert_eq!(e("a + b * c"), "(+ a (* b c))");
    assert_eq!(e("a * b + c"), "(+ (* a b) c)");
    assert_eq!(e("a - b - c"), "(- (- a b) c)");
    assert_eq!(e("a // b % c @ d / e"), "(/ (@ (% (// a b) c) d) e)");
    assert_eq!(e("a | b ^ c & d << e + f * g"), "(| a (^ b (& c (<< d (+ e (* f g))))))");
    assert_eq!(e("a * b + c << d & e ^ f | g"), "(| (^ (& (<< (+ (* a b) c) d) e) f) g)");
    assert_eq!(e("a << b >> c"), "(>> (<< a b) c)");
    assert_eq!(e("(a + b) * c"), "(* (+ a b) c)");
}

#[test]
fn power_and_unary_operators() {
    assert_eq!(e("-2**2"), "(neg (** 2 2))");
    assert_eq!(e("2**-1"), "(** 2 (neg 1))");
    assert_eq!(e("2**3**2"), "(** 2 (** 3 2))");
    assert_eq!(e("-x ** -y"), "(neg (** x (neg y)))");
    assert_eq!(e("~x ** y"), "(~ (** x y))");
    assert_eq!(e("+-~x"), "(pos (neg (~ x)))");
    assert_eq!(e("-1"), "(neg 1)");
    assert_eq!(e("-a.b[0]"), "(neg ([] (. a b) 0))");
    assert_eq!(e("a * -b"), "(* a (neg b))");
    assert_eq!(e("await x ** 2"), "(** (await x) 2)");
    assert_eq!(e("await a.b(c)"), "(await (call (. a b) c))");
}

#[test]
fn comparisons_and_boolean_operators() {
    assert_eq!(e("a < b <= c != d"), "(cmp a < b <= c != d)");
    assert_eq!(
        e("a not in b is not c in d is e > f >= g == h"),
        "(cmp a not-in b is-not c in d is e > f >= g == h)"
    );
    assert_eq!(e("a + 1 < b"), "(cmp (+ a 1) < b)");
    assert_eq!(e("not a == b"), "(not (cmp a == b))");
    assert_eq!(e("not not a"), "(not (not a))");
    assert_eq!(e("a or b and c or d"), "(or a (and b c) d)");
    assert_eq!(e("not a and not b"), "(and (not a) (not b))");
    assert_eq!(e("a and b and c"), "(and a b c)");
}

#[test]
fn conditional_lambda_and_walrus() {
    assert_eq!(e("a if b else c"), "(if b a c)");
    assert_eq!(e("a if b else c if d else e"), "(if b a (if d c e))");
    assert_eq!(e("a or b if c or d else e"), "(if (or c d) (or a b) e)");
    assert_eq!(e("lambda: 1"), "(lambda () 1)");
    assert_eq!(e("lambda x, y=2, *a, z, w=3, **k: x"), "(lambda (x y=2 *a z w=3 **k) x)");
    assert_eq!(e("lambda *, a: a"), "(lambda (* a) a)");
    assert_eq!(e("lambda x,: x"), "(lambda (x) x)");
    assert_eq!(e("lambda: a if b else c"), "(lambda () (if b a c))");
    assert_eq!(e("lambda: lambda: 0"), "(lambda () (lambda () 0))");
    assert_eq!(e("x if y else lambda: z"), "(if y x (lambda () z))");
    assert_eq!(e("(x := 1)"), "(:= x 1)");
}

#[test]
fn literals() {
    assert_eq!(e("None, True, False, ..."), "(tuple None True False ...)");
    assert_eq!(e("1, 1.5, 2j, 0x10"), "(tuple 1 1.5 2.0j 16)");
    assert_eq!(e("123456789012345678901234567890"), "big:123456789012345678901234567890");
    assert_eq!(e("'a' \"b\""), "\"ab\"");
    assert_eq!(e("b'x' b'y'"), "b\"xy\"");
    assert_eq!(e("__debug__"), "True");
}

#[test]
fn tuples_lists_sets_dicts() {
    assert_eq!(e("()"), "(tuple)");
    assert_eq!(e("(1)"), "1");
    assert_eq!(e("(1,)"), "(tuple 1)");
    assert_eq!(e("(1, 2,)"), "(tuple 1 2)");
    assert_eq!(e("1, 2"), "(tuple 1 2)");
    assert_eq!(e("1,"), "(tuple 1)");
    assert_eq!(e("(*a, b)"), "(tuple *a b)");
    assert_eq!(e("[]"), "[]");
    assert_eq!(e("[1]"), "[1]");
    assert_eq!(e("[1, *a, 2,]"), "[1 *a 2]");
    assert_eq!(e("[x := 1, y]"), "[(:= x 1) y]");
    assert_eq!(e("{}"), "(dict)");
    assert_eq!(e("{1: 2, 3: 4,}"), "(dict 1:2 3:4)");
    assert_eq!(e("{1}"), "{1}");
    assert_eq!(e("{1, 2,}"), "{1 2}");
    assert_eq!(e("{a if b else c: lambda: d}"), "(dict (if b a c):(lambda () d))");
}

#[test]
fn comprehensions() {
    assert_eq!(e("[x for x in a]"), "(listcomp x (for x a))");
    assert_eq!(e("[x for x in a if x if y for z in b]"), "(listcomp x (for x a (if x) (if y)) (for z b))");
    assert_eq!(e("[x for x, in a]"), "(listcomp x (for (tuple x) a))");
    assert_eq!(e("[(x, y) for x, *y in a or b]"), "(listcomp (tuple x y) (for (tuple x *y) (or a b)))");
    assert_eq!(e("[x for x in a if lambda: b]"), "(listcomp x (for x a (if (lambda () b))))");
    assert_eq!(e("{k: v for k, v in d}"), "(dictcomp k:v (for (tuple k v) d))");
    assert_eq!(e("{x for x in s}"), "(setcomp x (for x s))");
    assert_eq!(e("(x for x in s)"), "(genexp x (for x s))");
    assert_eq!(e("[y for x in a if (y := x)]"), "(listcomp y (for x a (if (:= y x))))");
}

#[test]
fn trailers() {
    assert_eq!(e("a.b.c"), "(. (. a b) c)");
    assert_eq!(e("a.b(c)[d]"), "([] (call (. a b) c) d)");
    assert_eq!(e("f()()"), "(call (call f))");
    assert_eq!(e("f(a, *b, c=1, **d)"), "(call f a *b c=1 **d)");
    assert_eq!(e("f(*a, *b, **c, **d)"), "(call f *a *b **c **d)");
    assert_eq!(e("f(*a, b)"), "(call f *a b)");
    assert_eq!(e("f(**a, b=1)"), "(call f **a b=1)");
    assert_eq!(e("f(a,)"), "(call f a)");
    assert_eq!(e("f(*a if b else c)"), "(call f *(if b a c))");
    assert_eq!(e("f(x for x in y)"), "(call f (genexp x (for x y)))");
    assert_eq!(e("f(x for x in y, 1)"), "(call f (genexp x (for x y)) 1)");
    assert_eq!(e("f(x := 1)"), "(call f (:= x 1))");
    assert_eq!(e("a[1]"), "([] a 1)");
    assert_eq!(e("a[1,]"), "([] a (tuple 1))");
    assert_eq!(e("a[1:2, 3]"), "([] a (tuple (slice 1 2) 3))");
    assert_eq!(e("a[1:2, ::3]"), "([] a (tuple (slice 1 2) (slice _ _ 3)))");
    assert_eq!(e("a[:]"), "([] a (slice _ _))");
    assert_eq!(e("a[::]"), "([] a (slice _ _ _))");
    assert_eq!(e("a[1:]"), "([] a (slice 1 _))");
    assert_eq!(e("a[:2:]"), "([] a (slice _ 2 _))");
    assert_eq!(e("a[::-1]"), "([] a (slice _ _ (neg 1)))");
    assert_eq!(e("a[b, c]"), "([] a (tuple b c))");
    assert_eq!(e("'{}'.format"), "(. \"{}\" format)");
    assert_eq!(e("1 .real"), "(. 1 real)");
}

#[test]
fn yield_and_await_in_parentheses() {
    assert_eq!(e("(yield)"), "(yield)");
    assert_eq!(e("(yield 1, 2)"), "(yield (tuple 1 2))");
    assert_eq!(e("(yield from a)"), "(yield-from a)");
    assert_eq!(m("x = yield a"), "(= x (yield a))");
}

#[test]
fn implicit_line_joining() {
    assert_eq!(e("(a +\n  b)"), "(+ a b)");
    assert_eq!(m("x = [\n 1,\n\n 2, # two\n]\n"), "(= x [1 2])");
    assert_eq!(m("x = 1 + \\\n 2"), "(= x (+ 1 2))");
}
