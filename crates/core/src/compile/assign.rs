//! Assignment targets (names, attributes, subscripts, tuple/list unpacking with one starred
//! target), augmented assignment and `del`.

use super::compiler::{CResult, Compiler};
use super::CompileError;
use crate::bytecode::opcodes::*;
use crate::parse::ast::*;

const CANT_ASSIGN: &str = "can't assign to expression";
const CANT_DELETE: &str = "can't delete expression";

impl<'a> Compiler<'a> {
    /// Stores the top of the stack into `target`.
    pub(super) fn assign(&mut self, target: &'a Expr) -> CResult {
        self.enter(target.line)?;
        let r = match &target.kind {
            ExprKind::Name(n) => {
                self.store_id(n);
                Ok(())
            }
            ExprKind::Attribute { value, attr } => self.plain_chain(value).map(|()| {
                self.op_attr(STORE_ATTR, attr, -2);
            }),
            ExprKind::Subscript { value, index } => self.plain_chain(value).and_then(|()| {
                self.expr(index)?;
                self.e.op(STORE_SUBSCR, -3);
                Ok(())
            }),
            ExprKind::Tuple(items) if !items.is_empty() => self.assign_sequence(items),
            ExprKind::List(items) => self.assign_sequence(items),
            _ => Err(CompileError::syntax(CANT_ASSIGN, target.node_line())),
        };
        self.leave();
        r
    }

    /// Unpacks the top of the stack into `targets`, at most one of them starred.
    fn assign_sequence(&mut self, targets: &'a [Expr]) -> CResult {
        let n = targets.len();
        let mut star = None;
        for (i, t) in targets.iter().enumerate() {
            if let ExprKind::Starred(_) = t.kind {
                if star.is_some() {
                    return Err(CompileError::syntax("multiple *x in assignment", t.line));
                }
                let right = n - i - 1;
                self.e.op_uint(UNPACK_EX, i | (right << 8), (i + right) as i32);
                star = Some(i);
            }
        }
        if star.is_none() {
            self.e.op_uint(UNPACK_SEQUENCE, n, n as i32 - 1);
        }
        for t in targets {
            match &t.kind {
                ExprKind::Starred(inner) => self.assign(inner)?,
                _ => self.assign(t)?,
            }
        }
        Ok(())
    }

    /// `target op= value`.
    pub(super) fn aug_assign(&mut self, target: &'a Expr, op: BinOp, value: &'a Expr) -> CResult {
        match &target.kind {
            ExprKind::Name(n) => self.load_id(n),
            ExprKind::Attribute { value: obj, attr } => {
                self.plain_chain(obj)?;
                self.e.op(DUP_TOP, 1);
                self.op_attr(LOAD_ATTR, attr, 0);
            }
            ExprKind::Subscript { value: obj, index } => {
                self.plain_chain(obj)?;
                self.expr(index)?;
                self.e.op(DUP_TOP_TWO, 2);
                self.e.op(LOAD_SUBSCR, -1);
            }
            _ => return Err(CompileError::syntax(CANT_ASSIGN, target.node_line())),
        }
        self.expr(value)?;
        self.e.op(BINARY_OP_MULTI + op as u8 - BinaryOp::INPLACE_DELTA, -1);
        match &target.kind {
            ExprKind::Name(n) => self.store_id(n),
            ExprKind::Attribute { attr, .. } => {
                self.e.op(ROT_TWO, 0);
                self.op_attr(STORE_ATTR, attr, -2);
            }
            _ => {
                self.e.op(ROT_THREE, 0);
                self.e.op(STORE_SUBSCR, -3);
            }
        }
        Ok(())
    }

    /// `del target`.
    pub(super) fn delete(&mut self, target: &'a Expr) -> CResult {
        self.enter(target.line)?;
        let r = match &target.kind {
            ExprKind::Name(n) => {
                self.delete_id(n);
                Ok(())
            }
            ExprKind::Attribute { value, attr } => self.plain_chain(value).map(|()| {
                self.e.op(LOAD_NULL, 1);
                self.e.op(ROT_TWO, 0);
                self.op_attr(STORE_ATTR, attr, -2);
            }),
            ExprKind::Subscript { value, index } => self.plain_chain(value).and_then(|()| {
                self.expr(index)?;
                self.e.op(LOAD_NULL, 1);
                self.e.op(ROT_THREE, 0);
                self.e.op(STORE_SUBSCR, -3);
                Ok(())
            }),
            ExprKind::Tuple(items) if !items.is_empty() => items.iter().try_for_each(|t| self.delete(t)),
            _ => Err(CompileError::syntax(CANT_DELETE, target.node_line())),
        };
        self.leave();
        r
    }
}
