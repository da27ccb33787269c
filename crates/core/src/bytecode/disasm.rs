//! A readable listing of compiled bytecode: prelude fields, argument names, cells, and every
//! instruction with its offset, source line, mnemonic and decoded argument. Used in test
//! failure output and by the `.mpy` tools; it never fails, marking bad bytes instead.

use alloc::format;
use alloc::string::String;
use core::fmt::Write;

use super::code::{CompiledModule, ConstObj, RawCode};
use super::decode::{decode, opcode_name, Instr, Operand};
use super::opcodes::*;
use super::prelude::{line_for_offset, read_prelude};
use crate::mpy::float_text::write_float_repr;

const BINARY_OP_NAMES: [&str; 35] = [
    "<",
    ">",
    "==",
    "<=",
    ">=",
    "!=",
    "in",
    "is",
    "exception-match",
    "|=",
    "^=",
    "&=",
    "<<=",
    ">>=",
    "+=",
    "-=",
    "*=",
    "@=",
    "//=",
    "/=",
    "%=",
    "**=",
    "|",
    "^",
    "&",
    "<<",
    ">>",
    "+",
    "-",
    "*",
    "@",
    "//",
    "/",
    "%",
    "**",
];
const UNARY_OP_NAMES: [&str; 4] = ["+", "-", "~", "not"];

/// The listing of every raw code of `module`, depth first, each headed by its path of child
/// indices (`root`, `root.0`, `root.0.1`, ...).
pub fn disassemble(module: &CompiledModule) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "qstrs: {:?}", module.qstrs);
    out.push_str("consts: [");
    for (i, c) in module.consts.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&const_repr(c));
    }
    out.push_str("]\n");
    let mut path = String::from("root");
    walk(&mut out, module, &module.root, &mut path);
    out
}

fn walk(out: &mut String, module: &CompiledModule, code: &RawCode, path: &mut String) {
    out.push_str(&disassemble_raw_code(module, code, path));
    for (i, child) in code.children.iter().enumerate() {
        let len = path.len();
        let _ = write!(path, ".{i}");
        walk(out, module, child, path);
        path.truncate(len);
    }
}

/// The listing of one raw code (not its children); `module` supplies the qstr and constant
/// tables its indices refer to.
pub fn disassemble_raw_code(module: &CompiledModule, code: &RawCode, path: &str) -> String {
    let mut out = String::new();
    let fd = &code.fun_data;
    let _ = writeln!(out, "== {path}: {:?}, {} bytes, {} children", code.kind, fd.len(), code.children.len());
    let Some(p) = read_prelude(fd) else {
        out.push_str("  malformed prelude\n");
        return out;
    };
    let s = &p.sig;
    let _ = writeln!(
        out,
        "  name {}  n_state {}  n_exc_stack {}  flags {:#04x}  pos {}  kwonly {}  defaults {}",
        qstr(module, p.name),
        s.n_state,
        s.n_exc_stack,
        s.scope_flags,
        s.n_pos_args,
        s.n_kwonly_args,
        s.n_def_pos_args
    );
    let args: alloc::vec::Vec<String> = p.arg_names.iter().map(|&q| qstr(module, q)).collect();
    let _ = writeln!(out, "  args [{}]  cells {:?}", args.join(", "), &fd[p.cells.0..p.cells.1]);
    let table = &fd[p.line_info.0..p.line_info.1];
    let _ = writeln!(out, "  line table {:02x?}", table);
    let bc = &fd[p.code_start..];
    let mut at = 0;
    let mut last_line = 0;
    while at < bc.len() {
        let line = line_for_offset(table, at);
        let line_col = if line != last_line { format!("{line:>5}") } else { String::from("     ") };
        last_line = line;
        match decode(bc, at) {
            Some(ins) => {
                let bytes: alloc::vec::Vec<String> =
                    bc[at..at + ins.len].iter().map(|b| format!("{b:02x}")).collect();
                let _ = writeln!(
                    out,
                    "  {at:04} {line_col}  {:<14} {}",
                    bytes.join(" "),
                    describe(module, code, &ins)
                );
                at += ins.len;
            }
            None => {
                let _ = writeln!(out, "  {at:04} {line_col}  {:02x}  <truncated instruction>", bc[at]);
                break;
            }
        }
    }
    out
}

fn describe(module: &CompiledModule, code: &RawCode, ins: &Instr) -> String {
    let name = opcode_name(ins.op);
    let op = ins.op;
    let arg = match (op, ins.operand) {
        (0x70..=0xAF, _) => format!("{}", op as i64 - LOAD_CONST_SMALL_INT_MULTI as i64 - 16),
        (0xB0..=0xCF, _) => format!("{}", op & 0x0F),
        (0xD0..=0xD3, _) => String::from(UNARY_OP_NAMES[(op - UNARY_OP_MULTI) as usize]),
        (0xD7..=0xF9, _) => String::from(BINARY_OP_NAMES[(op - BINARY_OP_MULTI) as usize]),
        (_, Operand::None) => String::new(),
        (_, Operand::Qstr(q)) => qstr(module, q),
        (_, Operand::SmallInt(v)) => format!("{v}"),
        (_, Operand::Jump(t)) => format!("-> {t}"),
        (LOAD_CONST_OBJ, Operand::Uint(i)) => match module.consts.get(i) {
            Some(c) => format!("{i} {}", const_repr(c)),
            None => format!("{i} <out of range>"),
        },
        (MAKE_FUNCTION | MAKE_FUNCTION_DEFARGS | MAKE_CLOSURE | MAKE_CLOSURE_DEFARGS, Operand::Uint(i)) => {
            let child_name = code
                .children
                .get(i)
                .and_then(|c| read_prelude(&c.fun_data).map(|p| qstr(module, p.name)))
                .unwrap_or_else(|| String::from("<out of range>"));
            format!("child {i} {child_name}")
        }
        (CALL_FUNCTION | CALL_FUNCTION_VAR_KW | CALL_METHOD | CALL_METHOD_VAR_KW, Operand::Uint(n)) => {
            format!("n_pos {} n_kw {}", n & 0xFF, n >> 8)
        }
        (UNPACK_EX, Operand::Uint(n)) => format!("left {} right {}", n & 0xFF, n >> 8),
        (STORE_COMP, Operand::Uint(n)) => {
            format!("{} at depth {}", ["list", "dict", "set", "?"][n & 3], n >> 2)
        }
        (_, Operand::Uint(n)) => format!("{n}"),
    };
    let extra = match ins.extra {
        Some(e) if op == UNWIND_JUMP => {
            format!(" unwind {}{}", e & 0x7F, if e & 0x80 != 0 { " +iter" } else { "" })
        }
        Some(e) => format!(" cells {e}"),
        None => String::new(),
    };
    format!("{name} {arg}{extra}")
}

fn qstr(module: &CompiledModule, i: usize) -> String {
    match module.qstrs.get(i) {
        Some(s) => format!("{s:?}"),
        None => format!("<qstr {i} out of range>"),
    }
}

/// A Python-like rendering of a constant.
pub fn const_repr(c: &ConstObj) -> String {
    match c {
        ConstObj::None => String::from("None"),
        ConstObj::False => String::from("False"),
        ConstObj::True => String::from("True"),
        ConstObj::Ellipsis => String::from("Ellipsis"),
        ConstObj::Str(s) => format!("{s:?}"),
        ConstObj::Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
        ConstObj::Int(t) => t.clone(),
        ConstObj::Float(f) => {
            let mut s = String::new();
            write_float_repr(&mut s, *f, true);
            s
        }
        ConstObj::Imag(f) => {
            let mut s = String::new();
            write_float_repr(&mut s, *f, false);
            s.push('j');
            s
        }
        ConstObj::Tuple(items) => {
            let parts: alloc::vec::Vec<String> = items.iter().map(const_repr).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compile::{compile_source, CompileOptions};

    #[test]
    fn lists_prelude_instructions_and_children() {
        let src = "x = 1000000\ndef f(a, b=2): return a * b + x\nprint(f(3), 'hello world!!', 2.5)\n";
        let m = compile_source(src, "ex.py", &CompileOptions::default()).unwrap();
        let text = disassemble(&m);
        for expected in [
            "consts: [\"hello world!!\", 2.5]",
            "== root: Bytecode, 35 bytes, 1 children",
            "name \"<module>\"  n_state 4",
            "0000     1  22 bd 84 40    LOAD_CONST_SMALL_INT 1000000",
            "MAKE_FUNCTION_DEFARGS child 0 \"f\"",
            "    3  11 04          LOAD_NAME \"print\"",
            "LOAD_CONST_OBJ 1 2.5",
            "CALL_FUNCTION n_pos 3 n_kw 0",
            "== root.0: Bytecode, 14 bytes, 0 children",
            "args [\"a\", \"b\"]",
            "BINARY_OP *",
            "LOAD_GLOBAL \"x\"",
        ] {
            assert!(text.contains(expected), "missing {expected:?} in\n{text}");
        }
    }

    #[test]
    fn marks_bad_bytes_instead_of_failing() {
        let mut m = compile_source("x = 1", "t.py", &CompileOptions::default()).unwrap();
        m.root.fun_data.push(0x22);
        assert!(disassemble(&m).contains("<truncated instruction>"));
        m.root.fun_data = alloc::vec![0x80];
        assert!(disassemble(&m).contains("malformed prelude"));
        assert_eq!(const_repr(&ConstObj::Tuple(alloc::vec![ConstObj::Imag(2.0)])), "(2j,)");
    }
}
