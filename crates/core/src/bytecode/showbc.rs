//! The bytecode listing MicroPython's unix binary prints for `-v -v`: for every raw code of a
//! freshly compiled module, a header, the raw bytes, the argument names, the prelude counts,
//! the line-number table entry by entry and one line per instruction with its offset.
//!
//! MicroPython's own tests (`cmdline/cmd_showbc*.py`) match this text, so the wording, number
//! formats and the order of the blocks (scopes in creation order, that is breadth first over
//! the tree of raw codes) follow its format exactly. Addresses print as hexadecimal without a
//! prefix, as C's `%p` does there; the tests accept any value for them.

use alloc::collections::{BTreeMap, VecDeque};
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Write;

use super::code::{CodeKind, CompiledModule, ConstObj, RawCode};
use super::decode::{decode, opcode_name, Operand};
use super::opcodes::*;
use super::prelude::read_prelude;
use super::stack_check::stack_effect;
use crate::num::complex::Complex;
use crate::num::float_fmt;
use crate::obj::{bytes, str as pystr};

/// The special-method names printed after `UNARY_OP n`; `not` has none (an empty name).
const UNARY_NAMES: [&str; 4] = ["__pos__", "__neg__", "__invert__", ""];

/// The special-method names printed after `BINARY_OP n`, as MicroPython's standard build has
/// them: `in`, `is`, exception matching and the in-place operators other than `+=` and `-=`
/// have none (an empty name).
const BINARY_NAMES: [&str; 35] = [
    "__lt__",
    "__gt__",
    "__eq__",
    "__le__",
    "__ge__",
    "__ne__",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "__iadd__",
    "__isub__",
    "",
    "",
    "",
    "",
    "",
    "",
    "__or__",
    "__xor__",
    "__and__",
    "__lshift__",
    "__rshift__",
    "__add__",
    "__sub__",
    "__mul__",
    "__matmul__",
    "__floordiv__",
    "__truediv__",
    "__mod__",
    "__pow__",
];

/// Appends the listing of every bytecode raw code of `module`, in scope-creation order.
pub fn show_module(module: &CompiledModule, out: &mut String) {
    let mut queue = VecDeque::new();
    queue.push_back(&module.root);
    while let Some(code) = queue.pop_front() {
        if code.kind == CodeKind::Bytecode {
            show_raw_code(module, code, out);
        }
        queue.extend(creation_order(code).into_iter().filter_map(|i| code.children.get(i)));
    }
}

/// The indices of `code`'s children in the order MicroPython's compiler creates their scopes.
///
/// That is the order the bytecode makes them in, except that a function or lambda with
/// default arguments gets its scope before any function made while evaluating those defaults
/// (`def f(x=lambda: 1)` creates `f` first, though the lambda is made first).
fn creation_order(code: &RawCode) -> Vec<usize> {
    let mut order: Vec<usize> = Vec::new();
    // Offset of the instruction that made each entry of `order`.
    let mut made_at: Vec<usize> = Vec::new();
    let Some(p) = read_prelude(&code.fun_data) else { return order };
    let bc = &code.fun_data[p.code_start..];
    // Stack depth before each instruction, followed along straight-line code and forward
    // jumps; exact inside expressions, which is where default arguments are evaluated.
    let mut depths: Vec<(usize, i64)> = Vec::new();
    let mut forward: BTreeMap<usize, i64> = BTreeMap::new();
    let mut depth = Some(0i64);
    let mut at = 0;
    while let Some(ins) = decode(bc, at) {
        let d = depth.or_else(|| forward.get(&at).copied()).unwrap_or(0);
        depths.push((at, d));
        let mut jump = |t: i64, v: i64| {
            if let Ok(t) = usize::try_from(t) {
                if t > at {
                    forward.entry(t).or_insert(v);
                }
            }
        };
        depth = match (ins.op, ins.operand) {
            (JUMP, Operand::Jump(t)) => {
                jump(t, d);
                None
            }
            (POP_JUMP_IF_TRUE | POP_JUMP_IF_FALSE, Operand::Jump(t)) => {
                jump(t, d - 1);
                Some(d - 1)
            }
            (JUMP_IF_TRUE_OR_POP | JUMP_IF_FALSE_OR_POP, Operand::Jump(t)) => {
                jump(t, d);
                Some(d - 1)
            }
            (RETURN_VALUE | RAISE_LAST | RAISE_OBJ | RAISE_FROM, _) => None,
            (op, _) => Some(d + stack_effect(op, &ins).unwrap_or(0)),
        };
        if let (
            MAKE_FUNCTION | MAKE_FUNCTION_DEFARGS | MAKE_CLOSURE | MAKE_CLOSURE_DEFARGS,
            Operand::Uint(i),
        ) = (ins.op, ins.operand)
        {
            if matches!(ins.op, MAKE_FUNCTION_DEFARGS | MAKE_CLOSURE_DEFARGS) {
                // The defaults (a tuple and a dict or NULL) lie under the closed-over cells.
                let base = d - 2 - ins.extra.unwrap_or(0) as i64;
                let start = depths.iter().rev().find(|&&(_, dd)| dd <= base).map_or(0, |&(o, _)| o);
                let first = made_at.iter().position(|&o| o >= start).unwrap_or(order.len());
                order.insert(first, i);
                made_at.insert(first, at);
            } else {
                order.push(i);
                made_at.push(at);
            }
        }
        at += ins.len;
    }
    order
}

/// Appends the listing of one raw code (not its children).
pub fn show_raw_code(module: &CompiledModule, code: &RawCode, out: &mut String) {
    let fd = &code.fun_data;
    let Some(p) = read_prelude(fd) else {
        let _ = writeln!(out, "code block {:x}: malformed prelude", addr(code));
        return;
    };
    let file = qstr(module, 0);
    let _ = writeln!(
        out,
        "File {file}, code block '{}' (descriptor: {:x}, bytecode @{:x} {} bytes)",
        qstr(module, p.name),
        addr(code),
        fd.as_ptr() as usize,
        fd.len()
    );
    let _ = writeln!(
        out,
        "Raw bytecode (code_info_size={}, bytecode_size={}):",
        p.code_start,
        fd.len() - p.code_start
    );
    for (i, b) in fd.iter().enumerate() {
        if i > 0 && i % 16 == 0 {
            out.push('\n');
        }
        let _ = write!(out, " {b:02x}");
    }
    out.push('\n');
    out.push_str("arg names:");
    for &a in &p.arg_names {
        let _ = write!(out, " {}", qstr(module, a));
    }
    out.push('\n');
    let _ = writeln!(out, "(N_STATE {})", p.sig.n_state);
    let _ = writeln!(out, "(N_EXC_STACK {})", p.sig.n_exc_stack);
    for &cell in &fd[p.cells.0..p.cells.1] {
        let _ = writeln!(out, "(INIT_CELL {cell})");
    }
    write_line_table(&fd[p.line_info.0..p.line_info.1], out);
    write_instructions(module, code, &fd[p.code_start..], out);
}

/// One `bc=N line=N` line for the start and for every entry of the line table.
fn write_line_table(table: &[u8], out: &mut String) {
    let (mut bc, mut line) = (0usize, 1usize);
    let _ = writeln!(out, "  bc={bc} line={line}");
    let mut i = 0;
    while let Some(&b) = table.get(i) {
        let (skip, add) = if b & 0x80 == 0 {
            i += 1;
            ((b & 0x1F) as usize, (b >> 5) as usize)
        } else {
            let Some(&lo) = table.get(i + 1) else { break };
            i += 2;
            ((b & 0xF) as usize, (((b as usize) << 4) & 0x700) | lo as usize)
        };
        bc += skip;
        line += add;
        let _ = writeln!(out, "  bc={bc} line={line}");
    }
}

fn write_instructions(module: &CompiledModule, code: &RawCode, bc: &[u8], out: &mut String) {
    let mut at = 0;
    while at < bc.len() {
        let _ = write!(out, "{at:02} ");
        let Some(ins) = decode(bc, at) else {
            let _ = writeln!(out, "truncated instruction 0x{:02x}", bc[at]);
            return;
        };
        let op = ins.op;
        let name = opcode_name(op);
        match (op, ins.operand) {
            (0x70..=0xAF, _) => {
                let _ = write!(out, "{name} {}", op as i64 - LOAD_CONST_SMALL_INT_MULTI as i64 - 16);
            }
            (0xB0..=0xCF, _) => {
                let _ = write!(out, "{name} {}", op & 0x0F);
            }
            (0xD0..=0xD3, _) => {
                let n = (op - UNARY_OP_MULTI) as usize;
                let _ = write!(out, "{name} {n} {}", UNARY_NAMES[n]);
            }
            (0xD7..=0xF9, _) => {
                let n = (op - BINARY_OP_MULTI) as usize;
                let _ = write!(out, "{name} {n} {}", BINARY_NAMES[n]);
            }
            (LOAD_CONST_STRING | IMPORT_NAME | IMPORT_FROM, Operand::Qstr(q)) => {
                let _ = write!(out, "{name} '{}'", qstr(module, q));
            }
            (_, Operand::Qstr(q)) => {
                let _ = write!(out, "{name} {}", qstr(module, q));
            }
            (_, Operand::SmallInt(v)) => {
                let _ = write!(out, "{name} {v}");
            }
            (_, Operand::Jump(t)) => {
                let _ = write!(out, "{name} {t}");
                if let Some(e) = ins.extra {
                    let _ = write!(out, " {e}");
                }
            }
            (LOAD_CONST_OBJ, Operand::Uint(i)) => match module.consts.get(i) {
                Some(c) => {
                    let _ = write!(out, "{name} {:x}=", c as *const ConstObj as usize);
                    write_const(c, out);
                }
                None => {
                    let _ = write!(out, "{name} <constant {i} out of range>");
                }
            },
            (
                MAKE_FUNCTION | MAKE_FUNCTION_DEFARGS | MAKE_CLOSURE | MAKE_CLOSURE_DEFARGS,
                Operand::Uint(i),
            ) => {
                let child = code.children.get(i).map(addr).unwrap_or(0);
                let _ = write!(out, "{name} {child:x}");
                if let Some(n) = ins.extra {
                    let _ = write!(out, " {n}");
                }
            }
            (CALL_FUNCTION | CALL_FUNCTION_VAR_KW | CALL_METHOD | CALL_METHOD_VAR_KW, Operand::Uint(n)) => {
                let _ = write!(out, "{name} n={} nkw={}", n & 0xFF, (n >> 8) & 0xFF);
            }
            (_, Operand::Uint(n)) => {
                let _ = write!(out, "{name} {n}");
            }
            (_, Operand::None) => out.push_str(name),
        }
        out.push('\n');
        at += ins.len;
    }
}

fn addr(code: &RawCode) -> usize {
    code as *const RawCode as usize
}

fn qstr(module: &CompiledModule, i: usize) -> &str {
    module.qstrs.get(i).map(String::as_str).unwrap_or("?")
}

/// Appends the Python `repr` of a constant.
fn write_const(c: &ConstObj, out: &mut String) {
    match c {
        ConstObj::None => out.push_str("None"),
        ConstObj::False => out.push_str("False"),
        ConstObj::True => out.push_str("True"),
        ConstObj::Ellipsis => out.push_str("Ellipsis"),
        ConstObj::Str(s) => pystr::repr_into(s, out),
        ConstObj::Bytes(b) => bytes::repr_into(b, out),
        ConstObj::Int(t) => out.push_str(t),
        ConstObj::Float(f) => float_fmt::write_repr(*f, out),
        ConstObj::Imag(f) => Complex::new(0.0, *f).write_repr(out),
        ConstObj::Tuple(items) => {
            out.push('(');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_const(item, out);
            }
            if items.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compile::{compile_source, CompileOptions};

    fn listing(src: &str) -> String {
        let m = compile_source(src, "t.py", &CompileOptions::default()).unwrap();
        let mut out = String::new();
        show_module(&m, &mut out);
        out
    }

    /// The listing with every address replaced by `@`, so it can be compared exactly.
    fn without_addresses(text: &str) -> String {
        let mut out = String::new();
        for line in text.lines() {
            let words: Vec<String> = line
                .split(' ')
                .map(|w| {
                    let (head, tail) = w.split_once('=').unwrap_or((w, ""));
                    let is_addr = |s: &str| s.len() >= 8 && s.chars().all(|c| c.is_ascii_hexdigit());
                    if is_addr(head.trim_start_matches('@').trim_end_matches([',', ')'])) {
                        String::from("@")
                    } else if w.contains('=') && is_addr(head) {
                        alloc::format!("@={tail}")
                    } else {
                        String::from(w)
                    }
                })
                .collect();
            out.push_str(&words.join(" "));
            out.push('\n');
        }
        out
    }

    #[test]
    fn module_block_matches_micropython_format() {
        let text = without_addresses(&listing("print(1)\n"));
        let expected = "File t.py, code block '<module>' (descriptor: @ bytecode @ 11 bytes)\n\
                        Raw bytecode (code_info_size=3, bytecode_size=8):\n \
                        08 02 01 11 02 81 34 01 59 51 63\n\
                        arg names:\n\
                        (N_STATE 2)\n\
                        (N_EXC_STACK 0)\n  \
                        bc=0 line=1\n\
                        00 LOAD_NAME print\n\
                        02 LOAD_CONST_SMALL_INT 1\n\
                        03 CALL_FUNCTION n=1 nkw=0\n\
                        05 POP_TOP\n\
                        06 LOAD_CONST_NONE\n\
                        07 RETURN_VALUE\n";
        assert_eq!(text, expected);
    }

    #[test]
    fn operators_constants_jumps_and_breadth_first_order() {
        let text = listing(
            "def f(a, b):\n    def g():\n        return a\n    return not a is b, a + b, (1, 'x', b'y', 2.5j)\n\
             def h():\n    while 1:\n        try:\n            break\n        except:\n            pass\n",
        );
        for expected in [
            "arg names: a b",
            "(INIT_CELL 0)",
            "UNARY_OP 3 \n",
            "BINARY_OP 7 \n",
            "BINARY_OP 27 __add__",
            "=(1, 'x', b'y', 2.5j)",
            "MAKE_CLOSURE ",
            "UNWIND_JUMP ",
            "POP_EXCEPT_JUMP ",
        ] {
            assert!(text.contains(expected), "missing {expected:?} in\n{text}");
        }
        assert_eq!(block_names(&text), ["<module>", "f", "h", "g"]);
    }

    fn block_names(text: &str) -> Vec<&str> {
        text.lines()
            .filter_map(|l| l.split("code block '").nth(1))
            .map(|rest| rest.split('\'').next().unwrap_or(""))
            .collect()
    }

    #[test]
    fn functions_come_before_the_lambdas_in_their_defaults() {
        let text = listing("def f(x=lambda: 1, *, y=lambda z=lambda: 2: z):\n    return x\ng = lambda: 3\n");
        assert_eq!(block_names(&text), ["<module>", "f", "<lambda>", "<lambda>", "<lambda>", "<lambda>"]);
        // Each block's first instruction tells the lambdas apart: `f`, then the lambda with
        // `1`, then the one with parameter `z`, then its default (`2`), then `g` (`3`).
        let firsts: Vec<&str> = text.lines().filter_map(|l| l.strip_prefix("00 ")).skip(1).collect();
        assert_eq!(
            firsts,
            [
                "LOAD_FAST 0",
                "LOAD_CONST_SMALL_INT 1",
                "LOAD_FAST 0",
                "LOAD_CONST_SMALL_INT 2",
                "LOAD_CONST_SMALL_INT 3"
            ]
        );
    }

    #[test]
    fn line_table_entries_accumulate() {
        let text = listing("x = 1\n\n\n\n\n\n\n\n\n\ny = 2\n");
        let entries: Vec<&str> = text.lines().filter(|l| l.starts_with("  bc=")).collect();
        assert_eq!(entries, ["  bc=0 line=1", "  bc=3 line=11"]);
    }

    #[test]
    fn bad_bytes_do_not_fail() {
        let mut m = compile_source("x = 1", "t.py", &CompileOptions::default()).unwrap();
        m.root.fun_data.push(0x22);
        let mut out = String::new();
        show_module(&m, &mut out);
        assert!(out.contains("truncated instruction 0x22"));
        m.root.fun_data = alloc::vec![0x80];
        out.clear();
        show_module(&m, &mut out);
        assert!(out.contains("malformed prelude"));
    }
}
