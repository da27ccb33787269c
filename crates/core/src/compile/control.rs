//! Compound statements: `if`/`elif`/`else` with constant tests dropped, `while` and `for`
//! (with the counter form of `for x in range(...)`), `try`/`except`/`else`/`finally` and
//! `with`, including the stack reservations MicroPython makes for its exception handling.

use super::compiler::{CResult, Compiler, LoopLabels};
use super::fold::const_truth;
use super::CompileError;
use crate::bytecode::opcodes::*;
use crate::parse::ast::*;

/// The arguments of an optimisable `for x in range(...)`.
struct RangeLoop<'a> {
    start: Option<&'a Expr>,
    end: &'a Expr,
    /// `None` for the default step 1.
    step: Option<(&'a Expr, i64)>,
}

impl<'a> Compiler<'a> {
    /// `if` with its `elif` clauses (each an `If` marked `elif` in the previous `orelse`).
    pub(super) fn if_stmt(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult {
        let end = self.e.new_label();
        let mut branches = alloc::vec![(test, body)];
        let mut rest = orelse;
        while let [Stmt { kind: StmtKind::If { test, body, orelse, elif: true }, .. }] = rest {
            branches.push((test, body));
            rest = orelse;
        }
        let has_more = branches.len() > 1 || !rest.is_empty();
        for (i, (test, body)) in branches.into_iter().enumerate() {
            let truth = const_truth(test);
            if truth == Some(false) {
                continue;
            }
            let fail = self.e.new_label();
            self.cond_jump(test, false, fail)?;
            self.stmts(body)?;
            if truth == Some(true) {
                self.e.label(end);
                return Ok(());
            }
            if i > 0 || has_more {
                self.e.jump(end);
            }
            self.e.label(fail);
        }
        self.stmts(rest)?;
        self.e.label(end);
        Ok(())
    }

    /// Sets up `break`/`continue` targets for a loop body; returns the outer ones.
    fn enter_loop(&mut self, break_pops_iter: bool) -> (Option<LoopLabels>, LoopLabels) {
        let labels = LoopLabels {
            break_label: self.e.new_label(),
            continue_label: self.e.new_label(),
            break_pops_iter,
            except_level: self.except_level,
        };
        (self.loop_labels.replace(labels), labels)
    }

    pub(super) fn while_stmt(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult {
        let (outer, l) = self.enter_loop(false);
        let truth = const_truth(test);
        if truth != Some(false) {
            let top = self.e.new_label();
            if truth != Some(true) {
                self.e.jump(l.continue_label);
            }
            self.e.label(top);
            self.stmts(body)?;
            self.e.label(l.continue_label);
            self.cond_jump(test, true, top)?;
        }
        self.loop_labels = outer;
        self.stmts(orelse)?;
        self.e.label(l.break_label);
        Ok(())
    }

    pub(super) fn for_stmt(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult {
        if let ExprKind::Name(var) = &target.kind {
            if let Some(range) = self.range_loop(iter) {
                return self.for_range(var, range, body, orelse);
            }
        }
        let (outer, l) = self.enter_loop(true);
        let exhausted = self.e.new_label();
        self.expr(iter)?;
        self.e.op(GET_ITER_STACK, 3);
        self.e.label(l.continue_label);
        self.e.jump_op(FOR_ITER, exhausted, 1);
        self.assign(target)?;
        self.stmts(body)?;
        self.e.jump(l.continue_label);
        self.e.label(exhausted);
        self.e.adjust(-4);
        self.loop_labels = outer;
        self.stmts(orelse)?;
        self.e.label(l.break_label);
        Ok(())
    }

    /// Recognises `range(end)`, `range(start, end)` and `range(start, end, step)` with a
    /// non-zero small-int literal step and plain arguments.
    fn range_loop(&self, iter: &'a Expr) -> Option<RangeLoop<'a>> {
        let ExprKind::Call { func, args, keywords } = &iter.kind else { return None };
        if !matches!(&func.kind, ExprKind::Name(n) if &**n == "range") || !keywords.is_empty() {
            return None;
        }
        // Keyword-like arguments (`*a`, `n := x` or a generator expression without their
        // own parentheses) block the optimisation.
        let plain = |e: &Expr| match e.kind {
            ExprKind::Starred(_) => false,
            ExprKind::NamedExpr { .. } | ExprKind::GeneratorExp { .. } => e.parens.is_some(),
            _ => true,
        };
        match args.as_slice() {
            [end] if plain(end) => Some(RangeLoop { start: None, end, step: None }),
            [start, end] if plain(start) && plain(end) => {
                Some(RangeLoop { start: Some(start), end, step: None })
            }
            [start, end, step] if plain(start) && plain(end) => match step.kind {
                ExprKind::Const(Const::Int(v)) if v != 0 && self.fits_small_int(v) => {
                    Some(RangeLoop { start: Some(start), end, step: Some((step, v)) })
                }
                _ => None,
            },
            _ => None,
        }
    }

    /// The counter form of `for var in range(...)`: the counter (and the end value unless it
    /// is a small-int literal) live on the stack; no iterator object is made.
    fn for_range(&mut self, var: &Ident, r: RangeLoop<'a>, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult {
        let (outer, l) = self.enter_loop(false);
        let top = self.e.new_label();
        let entry = self.e.new_label();
        let end_literal = matches!(r.end.kind, ExprKind::Const(Const::Int(v)) if self.fits_small_int(v));
        if !end_literal {
            self.expr(r.end)?;
        }
        match r.start {
            Some(s) => self.expr(s)?,
            None => self.e.load_small_int(0),
        }
        self.e.jump(entry);
        self.e.label(top);
        self.e.op(DUP_TOP, 1);
        self.store_id(var);
        self.stmts(body)?;
        self.e.label(l.continue_label);
        match r.step {
            Some((s, _)) => self.expr(s)?,
            None => self.e.load_small_int(1),
        }
        self.e.op(BINARY_OP_MULTI + BinaryOp::InplaceAdd as u8, -1);
        self.e.label(entry);
        if end_literal {
            self.e.op(DUP_TOP, 1);
            self.expr(r.end)?;
        } else {
            self.e.op(DUP_TOP_TWO, 2);
            self.e.op(ROT_TWO, 0);
        }
        let negative = matches!(r.step, Some((_, v)) if v < 0);
        let cmp = if negative { BinaryOp::More } else { BinaryOp::Less };
        self.e.op(BINARY_OP_MULTI + cmp as u8, -1);
        self.e.jump_op(POP_JUMP_IF_TRUE, top, -1);
        self.loop_labels = outer;
        let slots = if end_literal { 1 } else { 2 };
        let mut after_else = None;
        if !orelse.is_empty() {
            for _ in 0..slots {
                self.e.op(POP_TOP, -1);
            }
            self.stmts(orelse)?;
            let done = self.e.new_label();
            self.e.jump(done);
            self.e.adjust(slots);
            after_else = Some(done);
        }
        self.e.label(l.break_label);
        for _ in 0..slots {
            self.e.op(POP_TOP, -1);
        }
        if let Some(done) = after_else {
            self.e.label(done);
        }
        Ok(())
    }

    pub(super) fn try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CResult {
        let handler = self.e.new_label();
        let success = self.e.new_label();
        self.setup_block(SETUP_EXCEPT, handler);
        self.stmts(body)?;
        self.e.pop_except_jump(success);
        self.e.label(handler);
        // The exception, plus room for the state of an unwinding jump.
        self.e.adjust(4);
        let end = self.e.new_label();
        for (i, h) in handlers.iter().enumerate() {
            let next = self.e.new_label();
            match &h.typ {
                None if i + 1 != handlers.len() => {
                    return Err(CompileError::syntax("default 'except' must be last", h.line));
                }
                None => {}
                Some(t) => {
                    self.e.op(DUP_TOP, 1);
                    self.expr(t)?;
                    self.e.op(BINARY_OP_MULTI + BinaryOp::ExceptionMatch as u8, -1);
                    self.e.jump_op(POP_JUMP_IF_FALSE, next, -1);
                }
            }
            match &h.name {
                None => {
                    self.e.op(POP_TOP, -1);
                    self.stmts(&h.body)?;
                }
                Some(name) => {
                    // The body runs in a try/finally that unbinds the name however it exits.
                    self.store_id(name);
                    let cleanup = self.e.new_label();
                    self.setup_block(SETUP_FINALLY, cleanup);
                    self.stmts(&h.body)?;
                    self.e.op(LOAD_CONST_NONE, 1);
                    self.e.label(cleanup);
                    self.e.adjust(1);
                    self.e.op(LOAD_CONST_NONE, 1);
                    self.store_id(name);
                    self.delete_id(name);
                    self.e.adjust(-1);
                    self.end_block();
                }
            }
            self.e.pop_except_jump(end);
            self.e.label(next);
            self.e.adjust(1);
        }
        self.end_block();
        self.e.adjust(-3);
        self.e.label(success);
        self.stmts(orelse)?;
        self.e.label(end);
        Ok(())
    }

    pub(super) fn try_finally(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
    ) -> CResult {
        let finally = self.e.new_label();
        self.setup_block(SETUP_FINALLY, finally);
        if handlers.is_empty() {
            // Room for the state of a `break`/`continue` leaving through the finally.
            self.e.adjust(3);
            self.stmts(body)?;
            self.e.adjust(-3);
        } else {
            self.try_except(body, handlers, orelse)?;
        }
        self.e.op(LOAD_CONST_NONE, 1);
        self.e.label(finally);
        // A return value may sit under the finally's marker.
        self.e.adjust(1);
        self.stmts(finalbody)?;
        self.e.adjust(-1);
        self.end_block();
        Ok(())
    }

    /// `with a as x, b as y: body`, nested one block per item.
    pub(super) fn with_items(&mut self, items: &'a [WithItem], body: &'a [Stmt]) -> CResult {
        let Some((item, rest)) = items.split_first() else { return self.stmts(body) };
        let cleanup = self.e.new_label();
        self.expr(&item.context)?;
        self.setup_block(SETUP_WITH, cleanup);
        match &item.target {
            Some(t) => self.assign(t)?,
            None => self.e.op(POP_TOP, -1),
        }
        self.with_items(rest, body)?;
        self.e.op(LOAD_CONST_NONE, 1);
        self.e.label(cleanup);
        // Room for the three extra arguments of the `__exit__` call.
        self.e.op(WITH_CLEANUP, 2);
        self.e.adjust(-4);
        self.end_block();
        Ok(())
    }
}
