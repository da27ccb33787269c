//! Simple statements and the statement dispatcher: expression statements (and the REPL's
//! printing of them), assignments with MicroPython's tuple-swap forms, `return`, `raise`,
//! `import`, `global`/`nonlocal`, `assert`, `break`/`continue`.

use alloc::rc::Rc;

use super::compiler::{CResult, Compiler, Pass};
use super::display::has_starred;
use super::fold::{is_const, is_lonely_const, stmt_key};
use super::scope::{IdKind, ScopeKind};
use super::{CompileError, Mode};
use crate::bytecode::opcodes::*;
use crate::parse::ast::*;

impl<'a> Compiler<'a> {
    pub(super) fn stmts(&mut self, body: &'a [Stmt]) -> CResult {
        // A block of several statements is a node of its own, starting at its first statement.
        if let [first, _, ..] = body {
            self.e.set_line(first.line);
        }
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a Stmt) -> CResult {
        self.enter(s.line)?;
        if !self.fold.lineless.contains(&stmt_key(s)) {
            self.e.set_line(s.line);
        }
        let r = self.stmt_kind(s);
        self.leave();
        r
    }

    fn stmt_kind(&mut self, s: &'a Stmt) -> CResult {
        let line = s.line;
        match &s.kind {
            StmtKind::Expr(e) => self.expr_stmt(e),
            StmtKind::Assign { targets, value } => self.assign_stmt(targets, value),
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value),
            StmtKind::AnnAssign { target, value, .. } => match value {
                Some(v) => self.plain_assign(target, v),
                None => {
                    if let (ScopeKind::Function, ExprKind::Name(n)) = (self.scope().kind, &target.kind) {
                        let n = self.mangle(n);
                        self.scope_mut().find_or_add(&n, IdKind::Local);
                    }
                    Ok(())
                }
            },
            StmtKind::Del(targets) => targets.iter().try_for_each(|t| self.delete(t)),
            StmtKind::Pass => Ok(()),
            StmtKind::Break | StmtKind::Continue => {
                self.break_continue(matches!(s.kind, StmtKind::Break), line)
            }
            StmtKind::Return(value) => self.return_stmt(value.as_ref(), line),
            StmtKind::Raise { exc, cause } => {
                match (exc, cause) {
                    (None, _) => self.e.op_end_flow(RAISE_LAST, 0),
                    (Some(x), None) => {
                        self.expr(x)?;
                        self.e.op_end_flow(RAISE_OBJ, -1);
                    }
                    (Some(x), Some(c)) => {
                        self.expr(x)?;
                        self.expr(c)?;
                        self.e.op_end_flow(RAISE_FROM, -2);
                    }
                }
                Ok(())
            }
            StmtKind::Global(names) => self.global_nonlocal(names, true, line),
            StmtKind::Nonlocal(names) => self.global_nonlocal(names, false, line),
            StmtKind::If { test, body, orelse, .. } => self.if_stmt(test, body, orelse),
            StmtKind::While { test, body, orelse } => self.while_stmt(test, body, orelse),
            StmtKind::For { is_async, target, iter, body, orelse } => {
                if *is_async {
                    return Err(super::func::async_error(line));
                }
                self.for_stmt(target, iter, body, orelse)
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                if finalbody.is_empty() {
                    self.try_except(body, handlers, orelse)
                } else {
                    self.try_finally(body, handlers, orelse, finalbody)
                }
            }
            StmtKind::With { is_async, items, body } => {
                if *is_async {
                    return Err(super::func::async_error(line));
                }
                self.with_items(items, body)
            }
            StmtKind::FunctionDef(f) => self.funcdef(f),
            StmtKind::ClassDef(c) => self.classdef(c),
            StmtKind::Import(names) => {
                for a in names {
                    self.e.load_small_int(0);
                    self.e.op(LOAD_CONST_NONE, 1);
                    self.import_name(&a.name, a.asname.as_ref(), true);
                }
                Ok(())
            }
            StmtKind::ImportFrom { module, names, level } => {
                self.import_from(module.as_ref(), names, *level, line)
            }
            StmtKind::Assert { test, msg } => {
                if self.opts.opt_level != 0 {
                    return Ok(());
                }
                let end = self.e.new_label();
                self.cond_jump(test, true, end)?;
                self.e.op_qstr(LOAD_GLOBAL, "AssertionError", 1);
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.e.op_uint(CALL_FUNCTION, 1, -1);
                }
                self.e.op_end_flow(RAISE_OBJ, -1);
                self.e.label(end);
                Ok(())
            }
        }
    }

    fn expr_stmt(&mut self, e: &'a Expr) -> CResult {
        if self.opts.mode == Mode::Single && self.scope().kind == ScopeKind::Module {
            self.load_id(&Rc::from("__repl_print__"));
            self.expr(e)?;
            self.e.op_uint(CALL_FUNCTION, 1, -1);
            self.e.op(POP_TOP, -1);
            return Ok(());
        }
        // Outside the REPL's top level a lone constant compiles to nothing (only in the REPL's
        // nested blocks does one reach the compiler; elsewhere folding already dropped it).
        if !is_lonely_const(e) {
            self.expr(e)?;
            self.e.op(POP_TOP, -1);
        }
        Ok(())
    }

    fn assign_stmt(&mut self, targets: &'a [Expr], value: &'a Expr) -> CResult {
        let Some((first, rest)) = targets.split_first() else { return Ok(()) };
        if rest.is_empty() {
            return self.plain_assign(first, value);
        }
        // Chained `a = b = value`: stored left to right.
        self.expr(value)?;
        self.e.op(DUP_TOP, 1);
        self.assign(first)?;
        for (i, t) in rest.iter().enumerate() {
            if i + 1 < rest.len() {
                self.e.op(DUP_TOP, 1);
            }
            self.assign(t)?;
        }
        Ok(())
    }

    /// `target = value`; `a, b = c, d` and `a, b, c = d, e, f` swap on the stack instead of
    /// building a tuple.
    pub(super) fn plain_assign(&mut self, target: &'a Expr, value: &'a Expr) -> CResult {
        if let (ExprKind::Tuple(lhs), ExprKind::Tuple(rhs)) = (&target.kind, &value.kind) {
            let swappable = target.parens.is_none()
                && value.parens.is_none()
                && lhs.len() == rhs.len()
                && (lhs.len() == 2 || lhs.len() == 3)
                && !is_const(value)
                && !has_starred(lhs)
                && !has_starred(rhs);
            if swappable {
                for v in rhs {
                    self.expr(v)?;
                }
                if rhs.len() == 3 {
                    self.e.op(ROT_THREE, 0);
                }
                self.e.op(ROT_TWO, 0);
                for t in lhs {
                    self.assign(t)?;
                }
                return Ok(());
            }
        }
        self.expr(value)?;
        self.assign(target)
    }

    fn break_continue(&mut self, is_break: bool, line: u32) -> CResult {
        let Some(l) = self.loop_labels else {
            return Err(CompileError::syntax("'break'/'continue' outside loop", line));
        };
        let depth = self.except_level - l.except_level;
        let (label, pops_iter) =
            if is_break { (l.break_label, l.break_pops_iter) } else { (l.continue_label, false) };
        if depth == 0 {
            if pops_iter {
                for _ in 0..4 {
                    self.e.raw(POP_TOP);
                }
            }
            self.e.jump(label);
        } else {
            let depth = u8::try_from(depth).ok().filter(|&d| d < 0x80).ok_or_else(|| {
                CompileError::with_kind(
                    super::CompileErrorKind::NotImplemented,
                    "too many nested blocks",
                    line,
                )
            })?;
            self.e.unwind_jump(label, if pops_iter { 0x80 } else { 0 } | depth);
        }
        Ok(())
    }

    fn return_stmt(&mut self, value: Option<&'a Expr>, line: u32) -> CResult {
        if self.scope().kind != ScopeKind::Function {
            return Err(CompileError::syntax("'return' outside function", line));
        }
        match value {
            None => self.e.op(LOAD_CONST_NONE, 1),
            Some(Expr { kind: ExprKind::IfExp { test, body, orelse }, .. }) => {
                let fail = self.e.new_label();
                self.cond_jump(test, false, fail)?;
                self.expr(body)?;
                self.e.op_end_flow(RETURN_VALUE, -1);
                self.e.label(fail);
                self.expr(orelse)?;
            }
            Some(v) => self.expr(v)?,
        }
        self.e.op_end_flow(RETURN_VALUE, -1);
        Ok(())
    }

    /// `IMPORT_NAME` of a dotted module name, then stores the top-level module, or with
    /// `as` the named submodule (reached through attributes).
    fn import_name(&mut self, dotted: &Ident, asname: Option<&Ident>, store: bool) {
        // CPython mangles an undotted module name too (`import __m` in a class).
        let module = self.mangle(dotted);
        self.e.op_qstr(IMPORT_NAME, &module, -1);
        if !store {
            return;
        }
        match asname {
            Some(alias) => {
                for part in dotted.split('.').skip(1) {
                    self.op_attr(LOAD_ATTR, &Rc::from(part), 0);
                }
                self.store_id(alias);
            }
            None => {
                let base = dotted.split('.').next().unwrap_or("");
                self.store_id(&Rc::from(base));
            }
        }
    }

    fn import_from(&mut self, module: Option<&Ident>, names: &'a [Alias], level: u32, line: u32) -> CResult {
        let module: Ident = module.cloned().unwrap_or_else(|| Rc::from(""));
        self.e.load_small_int(level as i64);
        if names.is_empty() {
            if self.scope().kind != ScopeKind::Module {
                return Err(CompileError::syntax("import * not at module level", line));
            }
            self.e.op_qstr(LOAD_CONST_STRING, "*", 1);
            self.e.op_uint(BUILD_TUPLE, 1, 0);
            self.import_name(&module, None, false);
            self.e.op(IMPORT_STAR, -1);
            return Ok(());
        }
        for a in names {
            self.e.op_qstr(LOAD_CONST_STRING, &a.name, 1);
        }
        self.e.op_uint(BUILD_TUPLE, names.len(), 1 - names.len() as i32);
        self.import_name(&module, None, false);
        for a in names {
            self.op_attr(IMPORT_FROM, &a.name, 1);
            self.store_id(a.asname.as_ref().unwrap_or(&a.name));
        }
        self.e.op(POP_TOP, -1);
        Ok(())
    }

    fn global_nonlocal(&mut self, names: &[Ident], is_global: bool, line: u32) -> CResult {
        if self.pass != Pass::Scope {
            return Ok(());
        }
        if !is_global && self.scope().kind == ScopeKind::Module {
            return Err(CompileError::syntax("can't declare nonlocal in outer code", line));
        }
        for n in names {
            let n = &self.mangle(n);
            let idx = self.scope_mut().find_or_add(n, IdKind::Undecided);
            if is_global {
                self.declare_global(idx, line)?;
            } else {
                self.declare_nonlocal(idx, line)?;
            }
        }
        Ok(())
    }
}
