//! The bytecode emitter of one scope: records instructions with symbolic jump labels and
//! line marks, tracks the stack depth exactly as MicroPython's emitter counts it (including
//! the reservations the compiler asks for), and registers the qstrs and constants every
//! instruction uses, in both passes, so the module tables fill in MicroPython's order.
//!
//! Code that follows an unconditional jump, return or raise is dropped up to the next label,
//! as MicroPython does; its stack effects and table entries still count.

use alloc::vec::Vec;

use super::tables::ModuleTables;
use crate::bytecode::code::ConstObj;
use crate::bytecode::opcodes::*;
use crate::bytecode::varint;

pub(super) type Label = u32;

/// One element of the emitted stream.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Item {
    /// Bytes `start..end` of [`Emitter::bytes`]: instructions without jumps.
    Code {
        start: usize,
        end: usize,
    },
    /// A jump to `label` (size decided at layout), with `UNWIND_JUMP`'s trailing byte.
    Jump {
        op: u8,
        label: Label,
        extra: Option<u8>,
    },
    Label(Label),
    /// A statement or expression on a higher source line starts here.
    Line(u32),
}

pub(super) struct Emitter {
    pub tables: ModuleTables,
    pub items: Vec<Item>,
    pub bytes: Vec<u8>,
    pub max_stack: i32,
    stack: i32,
    suppress: bool,
    next_label: Label,
    last_line: u32,
    /// False at `-O3`: no line-number table.
    record_lines: bool,
}

impl Emitter {
    pub fn new(tables: ModuleTables, record_lines: bool) -> Self {
        Emitter {
            tables,
            items: Vec::new(),
            bytes: Vec::new(),
            max_stack: 0,
            stack: 0,
            suppress: false,
            next_label: 0,
            last_line: 1,
            record_lines,
        }
    }

    /// Resets the per-scope state before compiling a scope.
    pub fn start(&mut self) {
        self.items.clear();
        self.bytes.clear();
        self.max_stack = 0;
        self.stack = 0;
        self.suppress = false;
        self.next_label = 0;
        self.last_line = 1;
    }

    pub fn new_label(&mut self) -> Label {
        self.next_label += 1;
        self.next_label - 1
    }

    /// Places `label` here; code after a label is reachable again.
    pub fn label(&mut self, label: Label) {
        self.suppress = false;
        self.items.push(Item::Label(label));
    }

    /// Notes that code for source line `line` starts here (only ever-increasing lines count).
    pub fn set_line(&mut self, line: u32) {
        if self.record_lines && line > self.last_line {
            self.last_line = line;
            self.items.push(Item::Line(line));
        }
    }

    /// Adjusts the counted stack depth without emitting anything.
    pub fn adjust(&mut self, delta: i32) {
        self.stack += delta;
        if self.stack > self.max_stack {
            self.max_stack = self.stack;
        }
    }

    /// Ends reachable code until the next label.
    fn end_flow(&mut self) {
        self.suppress = true;
    }

    fn write(&mut self, bytes: &[u8]) {
        if self.suppress {
            return;
        }
        let start = self.bytes.len();
        self.bytes.extend_from_slice(bytes);
        let end = self.bytes.len();
        match self.items.last_mut() {
            Some(Item::Code { end: e, .. }) if *e == start => *e = end,
            _ => self.items.push(Item::Code { start, end }),
        }
    }

    /// An opcode without argument.
    pub fn op(&mut self, op: u8, delta: i32) {
        self.adjust(delta);
        self.write(&[op]);
    }

    /// A byte written without stack accounting (the `POP_TOP`s of a `break` out of a `for`).
    pub fn raw(&mut self, byte: u8) {
        self.write(&[byte]);
    }

    /// An opcode with an unsigned vuint argument.
    pub fn op_uint(&mut self, op: u8, arg: usize, delta: i32) {
        self.adjust(delta);
        let mut buf = Vec::with_capacity(6);
        buf.push(op);
        varint::write_uint(&mut buf, arg);
        self.write(&buf);
    }

    /// An opcode whose argument is a qstr.
    pub fn op_qstr(&mut self, op: u8, name: &str, delta: i32) {
        let index = self.tables.use_qstr(name);
        self.op_uint(op, index, delta);
    }

    /// `LOAD_CONST_OBJ` of a constant-table object; `identity` names the object (see
    /// [`ModuleTables::use_const`]).
    pub fn load_const_obj(&mut self, c: ConstObj, identity: usize) {
        let index = self.tables.use_const(c, identity);
        self.op_uint(LOAD_CONST_OBJ, index, 1);
    }

    /// Pushes a small int, in the one-byte form when it has one.
    pub fn load_small_int(&mut self, v: i64) {
        if (-SMALL_INT_MULTI_EXCESS..SMALL_INT_MULTI_NUM - SMALL_INT_MULTI_EXCESS).contains(&v) {
            self.op((LOAD_CONST_SMALL_INT_MULTI as i64 + SMALL_INT_MULTI_EXCESS + v) as u8, 1);
        } else {
            self.adjust(1);
            let mut buf = Vec::with_capacity(11);
            buf.push(LOAD_CONST_SMALL_INT);
            varint::write_int(&mut buf, v);
            self.write(&buf);
        }
    }

    /// `LOAD_FAST`/`STORE_FAST` in their one-byte forms for locals 0..16.
    pub fn fast(&mut self, multi: u8, n_op: u8, local: usize, delta: i32) {
        if local < FAST_MULTI_NUM {
            self.op(multi + local as u8, delta);
        } else {
            self.op_uint(n_op, local, delta);
        }
    }

    /// A jump-family opcode to `label`.
    pub fn jump_op(&mut self, op: u8, label: Label, delta: i32) {
        self.adjust(delta);
        if !self.suppress {
            self.items.push(Item::Jump { op, label, extra: None });
        }
    }

    /// `JUMP`; what follows is unreachable until a label.
    pub fn jump(&mut self, label: Label) {
        self.jump_op(JUMP, label, 0);
        self.end_flow();
    }

    /// `UNWIND_JUMP` leaving blocks; what follows is unreachable until a label.
    pub fn unwind_jump(&mut self, label: Label, extra: u8) {
        if !self.suppress {
            self.items.push(Item::Jump { op: UNWIND_JUMP, label, extra: Some(extra) });
        }
        self.end_flow();
    }

    /// `POP_EXCEPT_JUMP`; what follows is unreachable until a label.
    pub fn pop_except_jump(&mut self, label: Label) {
        self.jump_op(POP_EXCEPT_JUMP, label, 0);
        self.end_flow();
    }

    /// `RETURN_VALUE` or a raise opcode: ends reachable code.
    pub fn op_end_flow(&mut self, op: u8, delta: i32) {
        self.op(op, delta);
        self.end_flow();
    }

    /// `MAKE_CLOSURE*` with its trailing cell-count byte.
    pub fn make_closure(&mut self, op: u8, child: usize, n_cells: u8, delta: i32) {
        self.adjust(delta);
        let mut buf = Vec::with_capacity(7);
        buf.push(op);
        varint::write_uint(&mut buf, child);
        buf.push(n_cells);
        self.write(&buf);
    }
}
