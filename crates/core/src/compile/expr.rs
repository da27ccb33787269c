//! Expressions: constants, operators, comparisons, boolean logic, conditional jumps,
//! displays, subscripts and slices, walrus, `yield`.

use super::compiler::{CResult, Compiler, Pass};
use super::display::has_starred;
use super::fold::{const_truth, is_const, node_key, INTERN_STRING_LEN, MATH_NAN_IDENTITY};
use super::func::async_error;
use super::scope::{check_to_close_over, IdKind, ScopeKind};
use super::CompileError;
use crate::bytecode::code::ConstObj;
use crate::bytecode::opcodes::*;
use crate::bytecode::prelude::FLAG_GENERATOR;
use crate::parse::ast::*;

impl<'a> Compiler<'a> {
    pub(super) fn expr(&mut self, e: &'a Expr) -> CResult {
        self.enter(e.line)?;
        if self.has_own_line(e) {
            // A parenthesised tuple that is built at run time is numbered at its `(`.
            let line = match &e.kind {
                ExprKind::Tuple(items) if !is_const(e) || items.is_empty() => e.start_line(),
                _ => e.node_line(),
            };
            self.e.set_line(line);
        }
        let r = self.expr_kind(e);
        self.leave();
        r
    }

    /// Whether MicroPython's parse tree has a node with its own source line for `e` (leaves
    /// such as names, small ints, short strings and `None` do not).
    fn has_own_line(&self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Name(_) => false,
            ExprKind::Const(c) => {
                if self.fold.forced_objects.contains(&node_key(e)) {
                    return true;
                }
                match c {
                    Const::None | Const::True | Const::False | Const::Ellipsis => false,
                    Const::Int(v) => !self.fits_small_int(*v),
                    Const::Str(_) => !self.is_qstr_literal(e),
                    _ => true,
                }
            }
            _ => true,
        }
    }

    /// The line of the first token of `e` as written (before folding replaced it).
    pub(super) fn first_line(&self, e: &Expr) -> u32 {
        self.fold.orig_start.get(&node_key(e)).copied().unwrap_or_else(|| e.start_line())
    }

    /// How many argument positions a star bitmap (a small int) can mark.
    pub(super) fn star_bitmap_positions(&self) -> usize {
        self.opts.small_int_bits.clamp(2, 63) as usize - 1
    }

    pub(super) fn fits_small_int(&self, v: i64) -> bool {
        let bits = self.opts.small_int_bits.clamp(2, 63) as u32;
        let limit = 1i64 << (bits - 1);
        (-limit..limit).contains(&v)
    }

    /// A string literal that loads as a qstr rather than a constant object.
    fn is_qstr_literal(&self, e: &Expr) -> bool {
        let ExprKind::Const(Const::Str(s)) = &e.kind else { return false };
        let key = node_key(e);
        !self.fold.forced_objects.contains(&key)
            && (s.len() <= INTERN_STRING_LEN || self.fold.qstr_strings.contains(&key))
    }

    fn expr_kind(&mut self, e: &'a Expr) -> CResult {
        match &e.kind {
            ExprKind::Name(n) => {
                self.load_id(n);
                Ok(())
            }
            ExprKind::Const(c) => {
                self.constant(e, c);
                Ok(())
            }
            ExprKind::BinOp { op, left, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.e.op(BINARY_OP_MULTI + *op as u8, -1);
                Ok(())
            }
            ExprKind::UnaryOp { op, operand } => {
                self.expr(operand)?;
                self.e.op(UNARY_OP_MULTI + *op as u8, 0);
                Ok(())
            }
            ExprKind::BoolOp { op, values } => {
                let end = self.e.new_label();
                let jump = if *op == BoolOp::Or { JUMP_IF_TRUE_OR_POP } else { JUMP_IF_FALSE_OR_POP };
                for (i, v) in values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < values.len() {
                        self.e.jump_op(jump, end, -1);
                    }
                }
                self.e.label(end);
                Ok(())
            }
            ExprKind::Compare { left, ops, comparators } => self.comparison(left, ops, comparators),
            ExprKind::IfExp { test, body, orelse } => {
                let fail = self.e.new_label();
                let end = self.e.new_label();
                self.cond_jump(test, false, fail)?;
                self.expr(body)?;
                self.e.jump(end);
                self.e.label(fail);
                self.e.adjust(-1);
                self.expr(orelse)?;
                self.e.label(end);
                Ok(())
            }
            ExprKind::Lambda { params, body } => self.lambda(e, params, body),
            ExprKind::NamedExpr { target, value } => self.named_expr(target, value, e.line),
            ExprKind::Call { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {
                self.trailers(e)
            }
            ExprKind::Slice { lower, upper, step } => {
                match lower {
                    Some(x) => self.expr(x)?,
                    None => self.e.op(LOAD_CONST_NONE, 1),
                }
                match upper {
                    Some(x) => self.expr(x)?,
                    None => self.e.op(LOAD_CONST_NONE, 1),
                }
                match step {
                    Some(Some(x)) => {
                        self.expr(x)?;
                        self.e.op_uint(BUILD_SLICE, 3, -2);
                    }
                    _ => self.e.op_uint(BUILD_SLICE, 2, -1),
                }
                Ok(())
            }
            ExprKind::Starred(_) => Err(CompileError::syntax("*x must be assignment target", e.line)),
            ExprKind::Tuple(items) if has_starred(items) => self.unpacking_tuple(items),
            ExprKind::List(items) if has_starred(items) => self.unpacking_list_or_set(items, false),
            ExprKind::Set(items) if has_starred(items) => self.unpacking_list_or_set(items, true),
            ExprKind::Dict(entries) if entries.iter().any(|(k, _)| k.is_none()) => {
                self.unpacking_dict(entries)
            }
            ExprKind::Tuple(items) => {
                if !items.is_empty() && is_const(e) || self.fold.forced_objects.contains(&node_key(e)) {
                    let c = self.const_obj(e);
                    let id = self.const_identity(e);
                    self.e.load_const_obj(c, id);
                    return Ok(());
                }
                self.items(items)?;
                self.e.op_uint(BUILD_TUPLE, items.len(), 1 - items.len() as i32);
                Ok(())
            }
            ExprKind::List(items) => {
                self.items(items)?;
                self.e.op_uint(BUILD_LIST, items.len(), 1 - items.len() as i32);
                Ok(())
            }
            ExprKind::Set(items) => {
                self.items(items)?;
                self.e.op_uint(BUILD_SET, items.len(), 1 - items.len() as i32);
                Ok(())
            }
            ExprKind::Dict(entries) => {
                self.e.op_uint(BUILD_MAP, entries.len(), 1);
                for (k, v) in entries.iter().filter_map(|(k, v)| Some((k.as_ref()?, v))) {
                    self.e.set_line(self.first_line(k));
                    self.expr(v)?;
                    self.expr(k)?;
                    self.e.op(STORE_MAP, -2);
                }
                Ok(())
            }
            ExprKind::ListComp { .. }
            | ExprKind::SetComp { .. }
            | ExprKind::DictComp { .. }
            | ExprKind::GeneratorExp { .. } => self.comprehension(e),
            ExprKind::Yield(value) => {
                self.check_yield(e.line)?;
                match value {
                    Some(v) => self.expr(v)?,
                    None => self.e.op(LOAD_CONST_NONE, 1),
                }
                self.scope_mut().scope_flags |= FLAG_GENERATOR;
                self.e.op(YIELD_VALUE, 0);
                Ok(())
            }
            ExprKind::YieldFrom(value) => {
                self.check_yield(e.line)?;
                self.expr(value)?;
                self.e.op(GET_ITER, 0);
                self.e.op(LOAD_CONST_NONE, 1);
                self.scope_mut().scope_flags |= FLAG_GENERATOR;
                self.e.op(YIELD_FROM, -1);
                Ok(())
            }
            ExprKind::Await(_) if !matches!(self.scope().kind, ScopeKind::Function | ScopeKind::Lambda) => {
                Err(CompileError::syntax("'await' outside function", e.line))
            }
            ExprKind::Await(_) => Err(async_error(e.line)),
        }
    }

    fn items(&mut self, items: &'a [Expr]) -> CResult {
        for i in items {
            self.expr(i)?;
        }
        Ok(())
    }

    fn check_yield(&self, line: u32) -> CResult {
        if matches!(self.scope().kind, ScopeKind::Function | ScopeKind::Lambda) {
            Ok(())
        } else {
            Err(CompileError::syntax("'yield' outside function", line))
        }
    }

    fn constant(&mut self, e: &Expr, c: &Const) {
        let forced = self.fold.forced_objects.contains(&node_key(e));
        match c {
            Const::None if !forced => self.e.op(LOAD_CONST_NONE, 1),
            Const::True if !forced => self.e.op(LOAD_CONST_TRUE, 1),
            Const::False if !forced => self.e.op(LOAD_CONST_FALSE, 1),
            Const::Int(v) if !forced && self.fits_small_int(*v) => self.e.load_small_int(*v),
            Const::Str(s) if self.is_qstr_literal(e) => self.e.op_qstr(LOAD_CONST_STRING, s, 1),
            _ => {
                let obj = self.const_obj(e);
                let id = self.const_identity(e);
                self.e.load_const_obj(obj, id);
            }
        }
    }

    /// Which object a constant node denotes: its own, except that every `math.nan` is the
    /// one `nan` object of the math module.
    fn const_identity(&self, e: &Expr) -> usize {
        let key = node_key(e);
        if self.fold.math_nan.contains(&key) {
            MATH_NAN_IDENTITY
        } else {
            key
        }
    }

    /// The constant-table object of a constant expression (literal or constant tuple).
    fn const_obj(&self, e: &Expr) -> ConstObj {
        match &e.kind {
            ExprKind::Const(c) => match c {
                Const::None => ConstObj::None,
                Const::True => ConstObj::True,
                Const::False => ConstObj::False,
                Const::Ellipsis => ConstObj::Ellipsis,
                Const::Int(v) => ConstObj::Int(alloc::string::ToString::to_string(v)),
                Const::BigInt(t) => ConstObj::Int(t.clone()),
                Const::Float(f) => ConstObj::Float(*f),
                Const::Imag(f) => ConstObj::Imag(*f),
                Const::Str(s) => ConstObj::Str(s.clone()),
                Const::Bytes(b) => ConstObj::Bytes(b.clone()),
            },
            ExprKind::Tuple(items) => ConstObj::Tuple(items.iter().map(|i| self.const_obj(i)).collect()),
            _ => ConstObj::None,
        }
    }

    /// `a < b <= c ...`: each middle operand is evaluated once and the chain stops at the
    /// first false comparison.
    fn comparison(&mut self, left: &'a Expr, ops: &[CmpOp], comparators: &'a [Expr]) -> CResult {
        self.expr(left)?;
        let multi = ops.len() > 1;
        let fail = if multi { Some(self.e.new_label()) } else { None };
        for (i, (op, right)) in ops.iter().zip(comparators).enumerate() {
            let last = i + 1 == ops.len();
            self.expr(right)?;
            if !last {
                self.e.op(DUP_TOP, 1);
                self.e.op(ROT_THREE, 0);
            }
            self.compare_op(*op);
            if let (false, Some(fail)) = (last, fail) {
                self.e.jump_op(JUMP_IF_FALSE_OR_POP, fail, -1);
            }
        }
        if let Some(fail) = fail {
            let end = self.e.new_label();
            self.e.jump(end);
            self.e.label(fail);
            self.e.adjust(1);
            self.e.op(ROT_TWO, 0);
            self.e.op(POP_TOP, -1);
            self.e.label(end);
        }
        Ok(())
    }

    fn compare_op(&mut self, op: CmpOp) {
        let (n, invert) = match op {
            CmpOp::Lt => (BinaryOp::Less, false),
            CmpOp::Gt => (BinaryOp::More, false),
            CmpOp::Eq => (BinaryOp::Equal, false),
            CmpOp::LtE => (BinaryOp::LessEqual, false),
            CmpOp::GtE => (BinaryOp::MoreEqual, false),
            CmpOp::NotEq => (BinaryOp::NotEqual, false),
            CmpOp::In => (BinaryOp::In, false),
            CmpOp::NotIn => (BinaryOp::In, true),
            CmpOp::Is => (BinaryOp::Is, false),
            CmpOp::IsNot => (BinaryOp::Is, true),
        };
        self.e.op(BINARY_OP_MULTI + n as u8, -1);
        if invert {
            self.e.op(UNARY_OP_MULTI + UnaryOp::Not as u8, 0);
        }
    }

    /// Jumps to `label` if the truth of `e` equals `jump_if`, short-circuiting `and`, `or`
    /// and `not` into jumps and dropping tests of constants.
    pub(super) fn cond_jump(&mut self, e: &'a Expr, jump_if: bool, label: super::emit::Label) -> CResult {
        if let Some(truth) = const_truth(e) {
            if truth == jump_if {
                self.e.jump(label);
            }
            return Ok(());
        }
        self.enter(e.line)?;
        let r = match &e.kind {
            ExprKind::BoolOp { op, values } => {
                // `or` jumping on true and `and` jumping on false just test each value.
                if (*op == BoolOp::Or) == jump_if {
                    values.iter().try_for_each(|v| self.cond_jump(v, jump_if, label))
                } else {
                    let skip = self.e.new_label();
                    let (last, rest) =
                        values.split_last().map_or((None, &values[..0]), |(l, r)| (Some(l), r));
                    let mut r = rest.iter().try_for_each(|v| self.cond_jump(v, !jump_if, skip));
                    if let (Ok(()), Some(last)) = (&r, last) {
                        r = self.cond_jump(last, jump_if, label);
                    }
                    self.e.label(skip);
                    r
                }
            }
            ExprKind::UnaryOp { op: UnaryOp::Not, operand } => self.cond_jump(operand, !jump_if, label),
            _ => {
                let r = self.expr(e);
                self.e.jump_op(if jump_if { POP_JUMP_IF_TRUE } else { POP_JUMP_IF_FALSE }, label, -1);
                r
            }
        };
        self.leave();
        r
    }

    /// `target := value`; inside a comprehension the target belongs to the nearest enclosing
    /// function or module (PEP 572).
    pub(super) fn named_expr(&mut self, target: &Ident, value: &'a Expr, line: u32) -> CResult {
        let target = &self.mangle(target);
        self.expr(value)?;
        self.e.op(DUP_TOP, 1);
        if self.pass == Pass::Scope && self.scope().kind.is_comp_like() {
            self.declare_walrus_target(target, line)?;
        }
        self.store_id(target);
        Ok(())
    }

    /// `global name` (scope pass) for the name at `idx` of the current scope.
    pub(super) fn declare_global(&mut self, idx: usize, line: u32) -> CResult {
        let kind = self.scope().ids[idx].kind;
        if kind != IdKind::Undecided && kind != IdKind::GlobalExplicit {
            return Err(CompileError::syntax("identifier redefined as global", line));
        }
        self.scope_mut().ids[idx].kind = IdKind::GlobalExplicit;
        let name = self.scope().ids[idx].name.clone();
        if let Some(m) = self.scopes[0].find(&name) {
            self.scopes[0].ids[m].kind = IdKind::GlobalExplicit;
        }
        Ok(())
    }

    /// `nonlocal name` (scope pass) for the name at `idx` of the current scope.
    pub(super) fn declare_nonlocal(&mut self, idx: usize, line: u32) -> CResult {
        match self.scope().ids[idx].kind {
            IdKind::Undecided => {
                self.scope_mut().ids[idx].kind = IdKind::GlobalImplicit;
                check_to_close_over(&mut self.scopes, self.cur, idx);
                if self.scope().ids[idx].kind == IdKind::GlobalImplicit {
                    return Err(CompileError::syntax("no binding for nonlocal found", line));
                }
                Ok(())
            }
            IdKind::Free => Ok(()),
            _ => Err(CompileError::syntax("identifier redefined as nonlocal", line)),
        }
    }
}
