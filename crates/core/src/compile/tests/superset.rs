//! CPython 3.11 constructs that mpy-cross rejects and ferropy compiles, with standard v6
//! opcodes only.

use super::*;
use crate::bytecode::disasm::disassemble;

/// The disassembly of `src`, one instruction mnemonic (with its argument) per line, without
/// offsets, lines and raw bytes, for compact expectations.
fn ops(src: &str) -> String {
    let m = compile(src, Mode::Module).unwrap_or_else(|e| panic!("{src:?}: {e:?}"));
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
