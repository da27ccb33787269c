//! Functions, lambdas, classes and comprehensions: both sides of each, the definition in the
//! enclosing scope (defaults, closure cells, `MAKE_FUNCTION`/`MAKE_CLOSURE`, decorators) and
//! the body of the new scope.

use alloc::rc::Rc;

use super::compiler::{CResult, Compiler, Pass};
use super::fold::node_key;
use super::scope::*;
use super::CompileError;
use crate::bytecode::opcodes::*;
use crate::bytecode::prelude::{FLAG_GENERATOR, FLAG_VARARGS, FLAG_VARKEYWORDS};
use crate::parse::ast::*;

/// `STORE_COMP` collection kinds.
const COMP_LIST: usize = 0;
const COMP_DICT: usize = 1;
const COMP_SET: usize = 2;

impl<'a> Compiler<'a> {
    /// `def` statement.
    pub(super) fn funcdef(&mut self, f: &'a FunctionDef) -> CResult {
        if f.is_async {
            return Err(async_error(f.line));
        }
        let n_calls = self.decorators(&f.decorators)?;
        let child = self.child_scope(
            f as *const FunctionDef as usize,
            ScopeKind::Function,
            ScopeNode::Function(f),
            f.name.clone(),
        );
        self.defaults_and_make(child, &f.params, f.line)?;
        for _ in 0..n_calls {
            self.e.op_uint(CALL_FUNCTION, 1, -1);
        }
        self.store_id(&f.name);
        Ok(())
    }

    /// `class` statement: `__build_class__(body, name, *bases, **keywords)`.
    pub(super) fn classdef(&mut self, c: &'a ClassDef) -> CResult {
        let n_calls = self.decorators(&c.decorators)?;
        let child = self.child_scope(
            c as *const ClassDef as usize,
            ScopeKind::Class,
            ScopeNode::Class(c),
            c.name.clone(),
        );
        self.e.op(LOAD_BUILD_CLASS, 1);
        self.make_function(child, 0, 0)?;
        self.e.op_qstr(LOAD_CONST_STRING, &c.name, 1);
        self.call_args(&c.bases, &c.keywords, false, 2, c.line)?;
        for _ in 0..n_calls {
            self.e.op_uint(CALL_FUNCTION, 1, -1);
        }
        self.store_id(&c.name);
        Ok(())
    }

    /// `lambda` expression.
    pub(super) fn lambda(&mut self, e: &'a Expr, params: &'a Params, body: &'a Expr) -> CResult {
        let child = self.child_scope(
            node_key(e),
            ScopeKind::Lambda,
            ScopeNode::Lambda { params, body, line: e.line },
            Rc::from("<lambda>"),
        );
        self.defaults_and_make(child, params, e.line)
    }

    /// Evaluates decorators (dotted names, optionally called) and returns how many must be
    /// applied; `@micropython.bytecode` is recognised and dropped as MicroPython does.
    fn decorators(&mut self, decorators: &'a [Expr]) -> Result<usize, CompileError> {
        let mut n = 0;
        for d in decorators {
            if self.builtin_decorator(d)? {
                continue;
            }
            self.decorator_expr(d)?;
            n += 1;
        }
        Ok(n)
    }

    fn builtin_decorator(&mut self, d: &Expr) -> Result<bool, CompileError> {
        let mut base = d;
        if let ExprKind::Call { func, .. } = &base.kind {
            base = func;
        }
        let mut parts = alloc::vec::Vec::new();
        let mut cur = base;
        while let ExprKind::Attribute { value, attr } = &cur.kind {
            parts.push(attr.clone());
            cur = value;
        }
        if !matches!(&cur.kind, ExprKind::Name(n) if &**n == "micropython") {
            return Ok(false);
        }
        match parts.as_slice() {
            [attr] if &**attr == "bytecode" => Ok(true),
            [attr] if matches!(&**attr, "native" | "viper" | "asm_thumb" | "asm_xtensa" | "asm_rv32") => {
                Err(CompileError::syntax("invalid arch", d.line))
            }
            _ => Err(CompileError::syntax("invalid micropython decorator", d.line)),
        }
    }

    /// A decorator as MicroPython compiles it: its dotted name with plain attribute loads and
    /// its arguments with a plain call (no method-call form).
    fn decorator_expr(&mut self, d: &'a Expr) -> CResult {
        match &d.kind {
            ExprKind::Name(n) => {
                self.load_id(n);
                Ok(())
            }
            ExprKind::Attribute { value, attr }
                if matches!(value.kind, ExprKind::Name(_) | ExprKind::Attribute { .. }) =>
            {
                self.decorator_expr(value)?;
                self.op_attr(LOAD_ATTR, attr, 0);
                Ok(())
            }
            ExprKind::Call { func, args, keywords }
                if matches!(func.kind, ExprKind::Name(_) | ExprKind::Attribute { .. }) =>
            {
                self.decorator_expr(func)?;
                self.e.set_line(d.line);
                self.call_args(args, keywords, false, 0, d.line)
            }
            _ => self.expr(d),
        }
    }

    /// Pushes the default-argument containers of `params` and makes the function.
    fn defaults_and_make(&mut self, child: ScopeId, params: &'a Params, line: u32) -> CResult {
        let mut n_pos = 0usize;
        let mut n_kw = 0usize;
        for p in &params.args {
            self.param_default(p, false, &mut n_pos, &mut n_kw, line)?;
        }
        for p in &params.kwonly {
            self.param_default(p, true, &mut n_pos, &mut n_kw, line)?;
        }
        if n_pos > 0 && n_kw == 0 {
            self.e.op_uint(BUILD_TUPLE, n_pos, 1 - n_pos as i32);
            self.e.op(LOAD_NULL, 1);
        }
        self.make_function(child, n_pos, n_kw)
    }

    fn param_default(
        &mut self,
        p: &'a Param,
        after_star: bool,
        n_pos: &mut usize,
        n_kw: &mut usize,
        line: u32,
    ) -> CResult {
        let Some(default) = &p.default else {
            if !after_star && *n_pos != 0 {
                return Err(CompileError::syntax("non-default argument follows default argument", line));
            }
            return Ok(());
        };
        if after_star {
            *n_kw += 1;
            if *n_kw == 1 {
                if *n_pos > 0 {
                    self.e.op_uint(BUILD_TUPLE, *n_pos, 1 - *n_pos as i32);
                } else {
                    self.e.op(LOAD_NULL, 1);
                }
                self.e.op_uint(BUILD_MAP, 0, 1);
            }
            self.expr(default)?;
            let name = self.mangle(&p.name);
            self.e.op_qstr(LOAD_CONST_STRING, &name, 1);
            self.e.op(STORE_MAP, -2);
        } else {
            *n_pos += 1;
            self.expr(default)?;
        }
        Ok(())
    }

    /// Declares the parameters of the current scope (scope pass), in MicroPython's order.
    fn declare_params(&mut self, params: &Params, line: u32) -> CResult {
        for (i, p) in params.args.iter().enumerate() {
            self.scope_mut().num_pos_args += 1;
            let posonly = if i < params.posonly { FLAG_POSONLY_PARAM } else { 0 };
            self.declare_param(&p.name, FLAG_PARAM | posonly, line)?;
        }
        if let Some(Some(p)) = &params.vararg {
            self.scope_mut().scope_flags |= FLAG_VARARGS;
            self.declare_param(&p.name, FLAG_PARAM | FLAG_STAR_PARAM, line)?;
        }
        for p in &params.kwonly {
            self.scope_mut().num_kwonly_args += 1;
            self.declare_param(&p.name, FLAG_PARAM, line)?;
        }
        if let Some(p) = &params.kwarg {
            self.scope_mut().scope_flags |= FLAG_VARKEYWORDS;
            self.declare_param(&p.name, FLAG_PARAM | FLAG_DBL_STAR_PARAM, line)?;
        }
        Ok(())
    }

    fn declare_param(&mut self, name: &Ident, flags: u8, line: u32) -> CResult {
        let name = &self.mangle(name);
        let s = self.scope_mut();
        let i = s.find_or_add(name, IdKind::Undecided);
        if s.ids[i].kind != IdKind::Undecided {
            return Err(CompileError::syntax("argument name reused", line));
        }
        s.ids[i].kind = IdKind::Local;
        s.ids[i].flags = flags;
        Ok(())
    }

    pub(super) fn function_body(&mut self, f: &'a FunctionDef) -> CResult {
        if self.pass == Pass::Scope {
            self.declare_params(&f.params, f.line)?;
        }
        self.stmts(&f.body)?;
        self.e.op(LOAD_CONST_NONE, 1);
        self.e.op_end_flow(RETURN_VALUE, -1);
        Ok(())
    }

    pub(super) fn lambda_body(&mut self, params: &'a Params, body: &'a Expr, line: u32) -> CResult {
        self.e.set_line(line);
        if self.pass == Pass::Scope {
            self.declare_params(params, line)?;
        }
        self.expr(body)?;
        if self.scope().scope_flags & FLAG_GENERATOR != 0 {
            self.e.op(POP_TOP, -1);
            self.e.op(LOAD_CONST_NONE, 1);
        }
        self.e.op_end_flow(RETURN_VALUE, -1);
        Ok(())
    }

    pub(super) fn class_body(&mut self, c: &'a ClassDef) -> CResult {
        let class_cell: Ident = Rc::from("__class__");
        if self.pass == Pass::Scope {
            self.scope_mut().find_or_add(&class_cell, IdKind::Local);
        }
        self.load_id(&Rc::from("__name__"));
        self.store_id(&Rc::from("__module__"));
        self.e.op_qstr(LOAD_CONST_STRING, &c.name, 1);
        self.store_id(&Rc::from("__qualname__"));
        self.stmts(&c.body)?;
        let cell =
            self.scope().find(&class_cell).map(|i| (self.scope().ids[i].kind, self.scope().ids[i].local_num));
        match cell {
            Some((IdKind::Local, _)) | None => self.e.op(LOAD_CONST_NONE, 1),
            Some((_, local)) => self.e.fast(LOAD_FAST_MULTI, LOAD_FAST_N, local, 1),
        }
        self.e.op_end_flow(RETURN_VALUE, -1);
        Ok(())
    }

    /// A comprehension or generator expression in the enclosing scope: make the function and
    /// call it with the outermost iterable.
    pub(super) fn comprehension(&mut self, e: &'a Expr) -> CResult {
        let (kind, name, generators) = match &e.kind {
            ExprKind::ListComp { generators, .. } => (ScopeKind::ListComp, "<listcomp>", generators),
            ExprKind::DictComp { generators, .. } => (ScopeKind::DictComp, "<dictcomp>", generators),
            ExprKind::SetComp { generators, .. } => (ScopeKind::SetComp, "<setcomp>", generators),
            ExprKind::GeneratorExp { generators, .. } => (ScopeKind::GenExpr, "<genexpr>", generators),
            _ => return Ok(()),
        };
        let Some(first) = generators.first() else { return Ok(()) };
        if generators.iter().any(|g| g.is_async) {
            return Err(async_error(e.line));
        }
        if self.pass == Pass::Scope {
            self.note_walrus_targets(e);
        }
        let child = self.child_scope(node_key(e), kind, ScopeNode::Comp(e), Rc::from(name));
        self.make_function(child, 0, 0)?;
        self.expr(&first.iter)?;
        if kind == ScopeKind::GenExpr {
            self.e.op(GET_ITER, 0);
        }
        self.e.op_uint(CALL_FUNCTION, 1, -1);
        Ok(())
    }

    pub(super) fn comprehension_body(&mut self, e: &'a Expr) -> CResult {
        let iter_arg: Ident = Rc::from("");
        if self.pass == Pass::Scope {
            self.scope_mut().find_or_add(&iter_arg, IdKind::Local);
            self.scope_mut().num_pos_args = 1;
        }
        let (generators, first_line) = match &e.kind {
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => (generators, self.first_line(elt)),
            ExprKind::DictComp { key, generators, .. } => (generators, self.first_line(key)),
            _ => return Ok(()),
        };
        self.e.set_line(first_line);
        let kind = self.scope().kind;
        match kind {
            ScopeKind::ListComp => self.e.op_uint(BUILD_LIST, 0, 1),
            ScopeKind::DictComp => self.e.op_uint(BUILD_MAP, 0, 1),
            ScopeKind::SetComp => self.e.op_uint(BUILD_SET, 0, 1),
            _ => {}
        }
        if kind == ScopeKind::GenExpr {
            self.e.op(LOAD_NULL, 1);
            self.load_id(&iter_arg);
            self.e.op(LOAD_NULL, 1);
            self.e.op(LOAD_NULL, 1);
        } else {
            self.load_id(&iter_arg);
            self.e.op(GET_ITER_STACK, 3);
        }
        self.comp_loop(e, generators, 0)?;
        if kind == ScopeKind::GenExpr {
            self.e.op(LOAD_CONST_NONE, 1);
        }
        self.e.op_end_flow(RETURN_VALUE, -1);
        Ok(())
    }

    /// One `for` level of a comprehension (the iterator is already on the stack).
    fn comp_loop(&mut self, e: &'a Expr, generators: &'a [Comprehension], depth: usize) -> CResult {
        let Some(g) = generators.get(depth) else { return Ok(()) };
        let top = self.e.new_label();
        let end = self.e.new_label();
        self.e.label(top);
        self.e.jump_op(FOR_ITER, end, 1);
        self.assign(&g.target)?;
        for cond in &g.ifs {
            self.cond_jump(cond, false, top)?;
        }
        if let Some(next) = generators.get(depth + 1) {
            if next.is_async {
                return Err(async_error(e.line));
            }
            self.expr(&next.iter)?;
            self.e.op(GET_ITER_STACK, 3);
            self.comp_loop(e, generators, depth + 1)?;
        } else {
            self.comp_element(e, 4 * depth + 5)?;
        }
        self.e.jump(top);
        self.e.label(end);
        self.e.adjust(-4);
        Ok(())
    }

    /// The innermost step: add the element to the collection (or yield it).
    fn comp_element(&mut self, e: &'a Expr, collection_depth: usize) -> CResult {
        match &e.kind {
            ExprKind::ListComp { elt, .. } => {
                self.expr(elt)?;
                self.e.op_uint(STORE_COMP, (collection_depth << 2) | COMP_LIST, -1);
            }
            ExprKind::SetComp { elt, .. } => {
                self.expr(elt)?;
                self.e.op_uint(STORE_COMP, (collection_depth << 2) | COMP_SET, -1);
            }
            ExprKind::DictComp { key, value, .. } => {
                self.e.set_line(self.first_line(key));
                self.expr(value)?;
                self.expr(key)?;
                self.e.op_uint(STORE_COMP, ((collection_depth + 1) << 2) | COMP_DICT, -2);
            }
            ExprKind::GeneratorExp { elt, .. } => {
                self.expr(elt)?;
                self.scope_mut().scope_flags |= FLAG_GENERATOR;
                self.e.op(YIELD_VALUE, 0);
                self.e.op(POP_TOP, -1);
            }
            _ => {}
        }
        Ok(())
    }
}

/// The error for the `async` constructs this compiler does not handle yet.
pub(super) fn async_error(line: u32) -> CompileError {
    CompileError::with_kind(super::CompileErrorKind::NotImplemented, "async/await is not supported yet", line)
}
