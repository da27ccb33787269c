//! CPython 3.11 constructs that mpy-cross rejects and ferropy compiles, with standard v6
//! opcodes only.

use super::*;
use crate::bytecode::disasm::disassemble;
use crate::bytecode::stack_check::check_stack;
use crate::mpy::{read_mpy, write_mpy};

/// Compiles `src`, checks every function's stack use and that the module survives a `.mpy`
/// round trip unchanged (so it stays loadable).
fn checked(src: &str) -> CompiledModule {
    let m = compile(src, Mode::Module).unwrap_or_else(|e| panic!("{src:?}: {e:?}"));
    let mut codes = Vec::new();
    all_code(&m.root, &mut codes);
    for fd in codes {
        check_stack(&fd).unwrap_or_else(|e| panic!("{src:?}: {e}"));
    }
    let bytes = write_mpy(&m, 31).unwrap();
    assert_eq!(read_mpy(&bytes, 31).unwrap(), m, "{src:?}");
    m
}

/// The disassembly of `src`, one instruction mnemonic (with its argument) per line, without
/// offsets, lines and raw bytes, for compact expectations.
fn ops(src: &str) -> String {
    let m = checked(src);
    let mut out = String::new();
    for line in disassemble(&m).lines() {
        let mnemonic = line
            .split_whitespace()
            .find(|w| w.len() > 2 && w.bytes().all(|b| b.is_ascii_uppercase() || b == b'_'));
        if let (true, Some(m)) = (line.starts_with("  0"), mnemonic) {
            let at = line.find(m).unwrap_or(0);
            out.push_str(line[at..].trim_end());
            out.push('\n');
        } else if line.starts_with("==") {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

#[test]
fn keyword_before_star_arg_evaluates_positionals_first() {
    // CPython accepts `f(k=1, *a)` and evaluates `*a` before `k=1`, as the call's stack
    // layout (positionals, then keyword pairs) requires anyway.
    let code = ops("f(k=g(), *a)");
    assert!(code.contains("LOAD_NAME \"a\"\nLOAD_CONST_STRING \"k\"\nLOAD_NAME \"g\""), "{code}");
    assert!(code.contains("CALL_FUNCTION_VAR_KW n_pos 1 n_kw 1"), "{code}");
}

#[test]
fn walrus_in_a_module_level_comprehension_binds_the_global() {
    // The comprehension reads `t` before binding it: both are the module's global.
    let code = ops("t = 0\nr = [t := t + x for x in a]");
    let comp = &code[code.find("== root.0").unwrap()..];
    assert!(
        comp.contains("LOAD_GLOBAL \"t\"\nLOAD_FAST 1\nBINARY_OP +\nDUP_TOP\nSTORE_GLOBAL \"t\""),
        "{comp}"
    );
    // The iteration variable still cannot be rebound (CPython rejects it too).
    for src in ["[i := 0 for i in a]", "def f():\n    [i := 0 for i in a]"] {
        assert_eq!(compile(src, Mode::Module).unwrap_err().kind, CompileErrorKind::Syntax, "{src:?}");
    }
}

#[test]
fn list_and_set_displays_unpack_in_source_order() {
    assert_eq!(
        ops("x = [a, *b, c]"),
        "== root: Bytecode, 23 bytes, 0 children\nLOAD_NAME \"a\"\nBUILD_LIST 1\nDUP_TOP\n\
         LOAD_METHOD \"extend\"\nLOAD_NAME \"b\"\nCALL_METHOD n_pos 1 n_kw 0\nPOP_TOP\n\
         LOAD_NAME \"c\"\nSTORE_COMP list at depth 1\nSTORE_NAME \"x\"\nLOAD_CONST_NONE\nRETURN_VALUE\n"
    );
    let code = ops("x = {*a, b}");
    assert!(code.contains("\nBUILD_SET 0\nDUP_TOP\nLOAD_METHOD \"update\"\nLOAD_NAME \"a\"\nCALL_METHOD n_pos 1 n_kw 0\nPOP_TOP\nLOAD_NAME \"b\"\nSTORE_COMP set at depth 1\n"), "{code}");
}

#[test]
fn dict_display_merges_with_update_and_evaluates_keys_first() {
    let code = ops("x = {**a, k: v, **b}");
    assert!(
        code.contains("BUILD_MAP 1\nDUP_TOP\nLOAD_METHOD \"update\"\nLOAD_NAME \"a\"\nCALL_METHOD n_pos 1 n_kw 0\nPOP_TOP\nLOAD_NAME \"k\"\nLOAD_NAME \"v\"\nROT_TWO\nSTORE_MAP\nDUP_TOP\nLOAD_METHOD \"update\"\nLOAD_NAME \"b\""),
        "{code}"
    );
    // Without `**` a dict display is MicroPython's (value first), as mpy-cross compiles it.
    assert!(ops("x = {k: v}").contains("BUILD_MAP 1\nLOAD_NAME \"v\"\nLOAD_NAME \"k\"\nSTORE_MAP"));
}

#[test]
fn tuple_display_calls_a_star_tuple_helper() {
    // Only the last item starred: the items are the helper's arguments.
    let code = ops("x = (a, *b)\ny = (*c, d)\nz = (*c,)");
    assert!(code.contains("MAKE_FUNCTION child 0 \"<star_tuple>\"\nLOAD_NAME \"a\"\nLOAD_NAME \"b\"\nLOAD_CONST_SMALL_INT 2\nCALL_FUNCTION_VAR_KW n_pos 2 n_kw 0\nSTORE_NAME \"x\""), "{code}");
    // Otherwise a list is built first, so `*c` is unpacked before `d` is evaluated.
    assert!(code.contains("MAKE_FUNCTION child 0 \"<star_tuple>\"\nBUILD_LIST 0\nDUP_TOP\nLOAD_METHOD \"extend\"\nLOAD_NAME \"c\"\nCALL_METHOD n_pos 1 n_kw 0\nPOP_TOP\nLOAD_NAME \"d\"\nSTORE_COMP list at depth 1\nLOAD_CONST_SMALL_INT 1\nCALL_FUNCTION_VAR_KW n_pos 1 n_kw 0\nSTORE_NAME \"y\""), "{code}");
    // One helper per scope, whatever the number of displays: `return items`.
    assert!(code.contains("MAKE_FUNCTION child 0 \"<star_tuple>\"\nLOAD_NAME \"c\"\nLOAD_CONST_SMALL_INT 1\nCALL_FUNCTION_VAR_KW n_pos 1 n_kw 0\nSTORE_NAME \"z\""), "{code}");
    assert!(
        code.ends_with("== root.0: Bytecode, 8 bytes, 0 children\nLOAD_FAST 0\nRETURN_VALUE\n"),
        "{code}"
    );
    let m = checked("def f():\n    return (*a, 1), [(*b,) for b in c]");
    let helper = &m.root.children[0].children;
    assert_eq!(helper.len(), 2, "f has its helper and the comprehension");
    assert_eq!(m.root.children[0].children[1].children.len(), 1, "the comprehension has its own");
}

#[test]
fn long_tuple_displays_go_through_a_list() {
    // A star bitmap holds 30 positions in a 31-bit small int.
    let items: Vec<String> = (0..40).map(|i| alloc::format!("a{i}")).collect();
    let code = ops(&alloc::format!("x = ({}, *b)", items.join(", ")));
    assert!(code.contains("BUILD_LIST 40\nDUP_TOP\nLOAD_METHOD \"extend\""), "{code}");
    assert!(code.contains("CALL_FUNCTION_VAR_KW n_pos 1 n_kw 0"), "{code}");
}

#[test]
fn starred_values_after_return_yield_in_and_subscripts() {
    for src in [
        "def f():\n    return *a, b",
        "def f():\n    yield *a, b",
        "for x in *a, b:\n    pass",
        "x = y[*a]",
        "y[*a, 1:2] = 0",
        "a, b = *c, d",
    ] {
        assert!(ops(src).contains("\"<star_tuple>\""), "{src:?}");
    }
    // `*a` alone is still not a value.
    assert_eq!(compile("print((*a))", Mode::Module).unwrap_err().message, "*x must be assignment target");
}

#[test]
fn positional_only_parameters_cannot_be_matched_by_keyword() {
    let m = checked("def f(a, b=1, /, c=2, *, d):\n    return a\ng = lambda p, /: p");
    let text = disassemble(&m);
    assert!(text.contains("pos 3  kwonly 1  defaults 2"), "{text}");
    assert!(text.contains("args [\"/a\", \"/b\", \"c\", \"d\"]"), "{text}");
    assert!(text.contains("args [\"/p\"]"), "{text}");
    // A closed-over positional-only parameter keeps its slot and its prefixed name.
    let text = disassemble(&checked("def f(a, /):\n    return lambda: a"));
    assert!(text.contains("args [\"/a\"]  cells [0]"), "{text}");
    let e = compile("def f(a, /, a): pass", Mode::Module).unwrap_err();
    assert_eq!(e.message, "argument name reused");
}

#[test]
fn methods_see_the_function_around_their_class() {
    let src = "def f():\n    y = 1\n    class C:\n        y = 2\n        def m(self):\n            return y\n    return C";
    let code = ops(src);
    // `f` makes `y` a cell and passes it to the class body, which keeps its own `y` in the
    // class dict and passes the cell on to `m`.
    assert!(
        code.contains("STORE_DEREF 1\nLOAD_BUILD_CLASS\nLOAD_FAST 1\nMAKE_CLOSURE child 0 \"C\" cells 1"),
        "{code}"
    );
    assert!(
        code.contains(
            "LOAD_CONST_SMALL_INT 2\nSTORE_NAME \"y\"\nLOAD_FAST 0\nMAKE_CLOSURE child 0 \"m\" cells 1"
        ),
        "{code}"
    );
    assert!(code.ends_with("LOAD_DEREF 0\nRETURN_VALUE\n"), "{code}");
    // A comprehension in a class body does not see the class's names either.
    let code = ops("def f():\n    y = 1\n    class C:\n        y = 2\n        z = [y for _ in a]");
    assert!(code.contains("MAKE_CLOSURE child 0 \"<listcomp>\" cells 1"), "{code}");
    // At module level the names stay globals, as mpy-cross compiles them.
    assert!(ops("class C:\n    y = 2\n    def m(self):\n        return y").contains("LOAD_GLOBAL \"y\""));
    // A walrus in a comprehension in a class body is still an error (CPython's too).
    let e = compile("def f():\n    t = 0\n    class C:\n        z = [t := 1 for _ in a]", Mode::Module);
    assert_eq!(e.unwrap_err().message, "no binding for nonlocal found");
}

#[test]
fn private_names_are_mangled_inside_classes() {
    let src = "class _C:\n    __v = 1\n    def __m(self, __p, *, __k=2):\n        self.__a = __p\n        \
               f(__kw=self.__b(), **__d)\n        del self.__c\n        return __x__, __, ___, __y_\n";
    let m = checked(src);
    let text = disassemble(&m);
    let code = ops(src);
    // Stores in the class body, the function's stored name and keyword default, attributes,
    // parameters and variables; the function keeps its own name.
    for want in [
        "STORE_NAME \"_C__v\"",
        "LOAD_CONST_STRING \"_C__k\"\nSTORE_MAP",
        "MAKE_FUNCTION_DEFARGS child 0 \"__m\"\nSTORE_NAME \"_C__m\"",
        "LOAD_FAST 1\nLOAD_FAST 0\nSTORE_ATTR \"_C__a\"",
        "LOAD_METHOD \"_C__b\"",
        "LOAD_GLOBAL \"_C__d\"",
        "STORE_ATTR \"_C__c\"",
        "LOAD_GLOBAL \"__x__\"\nLOAD_GLOBAL \"__\"\nLOAD_GLOBAL \"___\"\nLOAD_GLOBAL \"_C__y_\"",
    ] {
        assert!(code.contains(want), "{want}\n{code}");
    }
    assert!(text.contains("args [\"self\", \"_C__p\", \"_C__k\"]"), "{text}");
    // Keyword names of a call are not mangled (as in CPython).
    assert!(code.contains("LOAD_CONST_STRING \"__kw\""), "{code}");
}

#[test]
fn mangling_follows_the_innermost_class() {
    let code = ops("class A:\n    def m(self):\n        class __B:\n            __x = 1\n        \
         return lambda: self.__y, [__i for __i in __B]\n__z = 1\ndef f():\n    return self.__z\n\
         class ___:\n    __w = 1");
    for want in [
        "STORE_NAME \"_B__x\"",
        "STORE_FAST 1",
        "LOAD_ATTR \"_A__y\"",
        "STORE_FAST 1\nLOAD_FAST 1\nSTORE_COMP",
        "MAKE_FUNCTION child 0 \"__B\"\nLOAD_CONST_STRING \"__B\"",
        "STORE_NAME \"__z\"",
        "LOAD_ATTR \"__z\"",
        "STORE_NAME \"__w\"",
    ] {
        assert!(code.contains(want), "{want}\n{code}");
    }
}

#[test]
fn mangled_imports_globals_and_walrus_targets() {
    let code =
        ops("class C:\n    import __m, __p.q as __r\n    from __f import __g\n    def f(self):\n        \
         global __h\n        __h = [(__t := 1) for _ in a]\n        return __t");
    for want in [
        "IMPORT_NAME \"_C__m\"\nSTORE_NAME \"_C__m\"",
        "IMPORT_NAME \"__p.q\"\nLOAD_ATTR \"q\"\nSTORE_NAME \"_C__r\"",
        "LOAD_CONST_STRING \"__g\"\nBUILD_TUPLE 1\nIMPORT_NAME \"_C__f\"\nIMPORT_FROM \"_C__g\"\nSTORE_NAME \"_C__g\"",
        "STORE_GLOBAL \"_C__h\"",
        "STORE_DEREF",
    ] {
        assert!(code.contains(want), "{want}\n{code}");
    }
}

#[test]
fn walrus_in_nested_comprehensions_binds_in_the_owner() {
    // mpy-cross binds `y` in the outer comprehension; it belongs to `f`, which passes the cell
    // through the outer comprehension to the inner one.
    let code = ops("def f():\n    x = [[(y := i) for i in a] for j in b]\n    return y");
    let f = &code[code.find("== root.0:").unwrap()..code.find("== root.0.0:").unwrap()];
    assert!(f.contains("LOAD_FAST 1\nMAKE_CLOSURE child 0 \"<listcomp>\" cells 1"), "{f}");
    assert!(f.contains("LOAD_DEREF 1\nRETURN_VALUE"), "{f}");
    let inner = &code[code.find("== root.0.0.0:").unwrap()..];
    assert!(inner.contains("DUP_TOP\nSTORE_DEREF 0"), "{inner}");
    // At module level every level uses the global.
    assert!(ops("x = [[(y := i) for i in a] for j in b]").contains("DUP_TOP\nSTORE_GLOBAL \"y\""));
    // An outer comprehension's iteration variable cannot be the target (CPython agrees).
    for src in ["x = [[(j := i) for i in a] for j in b]", "def f():\n    [[(j := i) for i in a] for j in b]"]
    {
        assert_eq!(compile(src, Mode::Module).unwrap_err().kind, CompileErrorKind::Syntax, "{src:?}");
    }
}

#[test]
fn walrus_target_read_first_is_the_owners_own_variable() {
    // `inner` reads `n` before its comprehension assigns it: `n` is `inner`'s local, not
    // `outer`'s (mpy-cross resolves the read as `outer`'s variable before seeing the walrus).
    let src = "def outer():\n    n = 0\n    def inner():\n        print(n)\n        [(n := i) for i in a]\n\
               \n        return n\n    return inner";
    let code = ops(src);
    let outer = &code[code.find("== root.0:").unwrap()..code.find("== root.0.0:").unwrap()];
    assert!(outer.contains("MAKE_FUNCTION child 0 \"inner\""), "n is no cell of outer: {outer}");
    let inner = &code[code.find("== root.0.0:").unwrap()..code.find("== root.0.0.0:").unwrap()];
    assert!(inner.contains("LOAD_GLOBAL \"print\"\nLOAD_DEREF 0"), "{inner}");
    // With `nonlocal` the walrus binds the enclosing variable.
    let code =
        ops("def outer():\n    n = 0\n    def inner():\n        nonlocal n\n        [(n := i) for i in a]");
    assert!(code.contains("MAKE_CLOSURE child 0 \"inner\" cells 1"), "{code}");
}

#[test]
fn unpacking_displays_leave_the_stack_depth_exact() {
    // Each `*x` of a display is a method call that keeps the collection: an expression
    // nesting deeply after several of them still fits the frame (found by loading the
    // compiler's own `.mpy` output, whose stack the loader checks).
    checked("[*a, *b, *c, *d]\nprint(f(g(h(i(j(k(1)))))))");
    checked("x = {*a, *b}, {**c, **d}, (*e, *f)\nprint(f(g(h(i(j(k(1)))))))");
}
