//! Attribute, subscript and call chains (`a.b[c](d)`): method calls become
//! `LOAD_METHOD`/`CALL_METHOD`, `super().f()` becomes `LOAD_SUPER_METHOD`, and argument lists
//! with `*`/`**` use the `*_VAR_KW` calls with a star bitmap.

use alloc::rc::Rc;

use super::compiler::{CResult, Compiler};
use super::scope::{ScopeKind, FLAG_PARAM};
use super::CompileError;
use crate::bytecode::opcodes::*;
use crate::parse::ast::*;

/// `super()` with no arguments.
fn is_bare_super(e: &Expr) -> bool {
    matches!(&e.kind, ExprKind::Call { func, args, keywords }
        if args.is_empty() && keywords.is_empty() && matches!(&func.kind, ExprKind::Name(n) if &**n == "super"))
}

impl<'a> Compiler<'a> {
    /// A call, attribute or subscript expression (the line of the whole chain is already set).
    pub(super) fn trailers(&mut self, e: &'a Expr) -> CResult {
        match &e.kind {
            ExprKind::Call { func, args, keywords } => {
                let in_function = self.scope().kind == ScopeKind::Function;
                if let (ExprKind::Attribute { value, attr }, None) = (&func.kind, func.parens) {
                    if in_function && is_bare_super(value) && value.parens.is_none() {
                        self.super_prefix(value)?;
                        self.op_attr(LOAD_SUPER_METHOD, attr, -1);
                    } else {
                        self.chain_base(value)?;
                        self.op_attr(LOAD_METHOD, attr, 1);
                    }
                    return self.call_args(args, keywords, true, 0, e.line);
                }
                if in_function && is_bare_super(e) {
                    self.super_prefix(e)?;
                    self.e.op_uint(CALL_FUNCTION, 2, -2);
                    return Ok(());
                }
                self.chain_base(func)?;
                self.e.set_line(e.line);
                self.call_args(args, keywords, false, 0, e.line)
            }
            ExprKind::Attribute { value, attr } => {
                self.chain_base(value)?;
                self.e.set_line(e.line);
                self.op_attr(LOAD_ATTR, attr, 0);
                Ok(())
            }
            ExprKind::Subscript { value, index } => {
                self.chain_base(value)?;
                self.e.set_line(e.line);
                self.expr(index)?;
                self.e.op(LOAD_SUBSCR, -1);
                Ok(())
            }
            _ => self.expr(e),
        }
    }

    /// The part of a chain before its last trailer: more of the same chain, or its atom.
    fn chain_base(&mut self, e: &'a Expr) -> CResult {
        match &e.kind {
            ExprKind::Call { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
                if e.parens.is_none() =>
            {
                self.enter(e.line)?;
                let r = self.trailers(e);
                self.leave();
                r
            }
            _ => self.expr(e),
        }
    }

    /// The chain compiled one trailer at a time, without the method-call and `super()` forms:
    /// how MicroPython compiles the object part of an assignment or `del` target.
    pub(super) fn plain_chain(&mut self, e: &'a Expr) -> CResult {
        if e.parens.is_some() {
            return self.expr(e);
        }
        self.enter(e.line)?;
        let r = match &e.kind {
            ExprKind::Attribute { value, attr } => self.plain_chain(value).map(|()| {
                self.e.set_line(e.line);
                self.op_attr(LOAD_ATTR, attr, 0);
            }),
            ExprKind::Subscript { value, index } => self.plain_chain(value).and_then(|()| {
                self.e.set_line(e.line);
                self.expr(index)?;
                self.e.op(LOAD_SUBSCR, -1);
                Ok(())
            }),
            ExprKind::Call { func, args, keywords } => self.plain_chain(func).and_then(|()| {
                self.e.set_line(e.line);
                self.call_args(args, keywords, false, 0, e.line)
            }),
            _ => self.expr(e),
        };
        self.leave();
        r
    }

    /// `super` (a global), the `__class__` cell and the first parameter, for a bare
    /// `super()` in a function.
    fn super_prefix(&mut self, call: &'a Expr) -> CResult {
        self.load_id(&Rc::from("super"));
        self.load_id(&Rc::from("__class__"));
        let first_param =
            self.scope().ids.iter().find(|id| id.flags & FLAG_PARAM != 0).map(|id| id.name.clone());
        match first_param {
            Some(p) => {
                self.load_id(&p);
                Ok(())
            }
            None => Err(CompileError::syntax("super() can't find self", call.line)),
        }
    }

    /// Pushes the arguments and emits the call. `n_extra` positional arguments are already on
    /// the stack (the class body and name of a `class` statement).
    pub(super) fn call_args(
        &mut self,
        args: &'a [Expr],
        keywords: &'a [Keyword],
        is_method: bool,
        n_extra: usize,
        line: u32,
    ) -> CResult {
        let mut n_pos = n_extra;
        let mut n_kw = 0usize;
        let mut star_bitmap: i64 = 0;
        let mut has_star = false;
        for (i, a) in args.iter().enumerate() {
            match &a.kind {
                ExprKind::Starred(value) => {
                    if i >= self.star_bitmap_positions() {
                        return Err(CompileError::syntax("too many args", a.line));
                    }
                    has_star = true;
                    star_bitmap |= 1 << i;
                    self.expr(value)?;
                }
                ExprKind::NamedExpr { target, value } if a.parens.is_none() => {
                    self.named_expr(target, value, a.line)?
                }
                // A bare generator-expression argument gets no line of its own.
                ExprKind::GeneratorExp { .. } if a.parens.is_none() => self.comprehension(a)?,
                _ => self.expr(a)?,
            }
            n_pos += 1;
        }
        for k in keywords {
            match &k.name {
                Some(name) => self.e.op_qstr(LOAD_CONST_STRING, name, 1),
                None => {
                    has_star = true;
                    self.e.op(LOAD_NULL, 1);
                }
            }
            self.expr(&k.value)?;
            n_kw += 1;
        }
        if n_pos > 0xFF || n_kw > 0xFF {
            return Err(CompileError::syntax("too many args", line));
        }
        let arg = n_pos | (n_kw << 8);
        let mut delta = -((n_pos + 2 * n_kw) as i32);
        if is_method {
            delta -= 1;
        }
        if has_star {
            self.e.load_small_int(star_bitmap);
            delta -= 1;
        }
        let op = match (is_method, has_star) {
            (false, false) => CALL_FUNCTION,
            (false, true) => CALL_FUNCTION_VAR_KW,
            (true, false) => CALL_METHOD,
            (true, true) => CALL_METHOD_VAR_KW,
        };
        self.e.op_uint(op, arg, delta);
        Ok(())
    }
}
