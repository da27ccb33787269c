//! Where a walrus (`:=`) inside a comprehension binds: in the comprehension's owner, the
//! nearest enclosing scope that is not a comprehension (PEP 572).
//!
//! MicroPython binds it in the comprehension's direct parent and decides what the owner's
//! names are before it has seen the walruses of the owner's comprehensions (they are found in
//! the comprehensions' own scope passes, later). So the owner's walrus targets are collected
//! when the owner meets a comprehension, and a target the owner merely read by then is not
//! taken for a variable of an enclosing function: the owner assigns it, as in CPython.

use alloc::vec::Vec;

use super::compiler::{CResult, Compiler};
use super::scope::{close_over_in_parents, IdKind, ScopeKind};
use super::CompileError;
use crate::parse::ast::*;

impl<'a> Compiler<'a> {
    /// Notes the walrus targets inside comprehension `e` met by its owner (scope pass), so
    /// that the owner's reads of them are not resolved as enclosing variables.
    pub(super) fn note_walrus_targets(&mut self, e: &Expr) {
        if self.scope().kind.is_comp_like() {
            return;
        }
        let mut targets = Vec::new();
        comprehension_walrus_targets(e, &mut targets);
        for t in targets {
            let t = self.mangle(&t);
            if !self.scope().walrus_targets.contains(&t) {
                self.scope_mut().walrus_targets.push(t);
            }
        }
    }

    /// Binds a comprehension's walrus target in its owner, the nearest scope around it that
    /// is not a comprehension, as MicroPython does when that is the direct parent. For nested
    /// comprehensions (which mpy-cross binds in the next comprehension out) the ones in between
    /// pass the variable through, as CPython's do.
    pub(super) fn declare_walrus_target(&mut self, target: &Ident, line: u32) -> CResult {
        let mut between = Vec::new();
        let mut owner = self.scope().parent.unwrap_or(0);
        while self.scopes[owner].kind.is_comp_like() {
            between.push(owner);
            owner = self.scopes[owner].parent.unwrap_or(0);
        }
        if self.scopes[owner].kind == ScopeKind::Class {
            // CPython forbids it too; this is mpy-cross's message for it.
            return Err(CompileError::syntax("no binding for nonlocal found", line));
        }
        let oi = self.scopes[owner].use_for_modification(target);
        if self.scopes[owner].ids[oi].kind == IdKind::GlobalExplicit {
            self.scope_mut().find_or_add(target, IdKind::GlobalExplicit);
            return Ok(());
        }
        let is_global = self.scopes[owner].parent.is_none();
        let redefined =
            if is_global { "identifier redefined as global" } else { "identifier redefined as nonlocal" };
        for &s in between.iter().rev() {
            let Some(i) = self.scopes[s].find(target) else { continue };
            match self.scopes[s].ids[i].kind {
                // An outer comprehension's iteration variable cannot be rebound (CPython agrees).
                IdKind::Local | IdKind::Cell => return Err(CompileError::syntax(redefined, line)),
                // Read there before this walrus was seen: the owner's variable after all.
                IdKind::GlobalImplicit if !is_global => {
                    self.scopes[s].ids[i].kind = IdKind::Free;
                    close_over_in_parents(&mut self.scopes, s, target);
                }
                _ => {}
            }
        }
        let idx = self.scope_mut().find_or_add(target, IdKind::Undecided);
        // A name the comprehension already read (`[t := t + x for x in a]`) is redeclared;
        // mpy-cross rejects this at module level, CPython binds the global.
        if self.scope().ids[idx].kind == IdKind::GlobalImplicit {
            self.scope_mut().ids[idx].kind = IdKind::Undecided;
        }
        if is_global {
            self.declare_global(idx, line)
        } else {
            self.declare_nonlocal(idx, line)
        }
    }
}

/// The walrus targets in comprehension `comp` that bind in its owner: those in its element,
/// conditions and inner iterables, and in comprehensions nested there (not in lambdas, whose
/// walruses are theirs). The outermost iterable is evaluated by the owner itself.
fn comprehension_walrus_targets(comp: &Expr, out: &mut Vec<Ident>) {
    let (elts, generators): (&[&Expr], _) = match &comp.kind {
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => (&[&**elt], generators),
        ExprKind::DictComp { key, value, generators } => (&[&**key, &**value], generators),
        _ => return,
    };
    let mut todo: Vec<&Expr> = elts.to_vec();
    for (i, g) in generators.iter().enumerate() {
        if i > 0 {
            todo.push(&g.iter);
        }
        todo.extend(g.ifs.iter());
    }
    while let Some(e) = todo.pop() {
        match &e.kind {
            ExprKind::NamedExpr { target, value } => {
                out.push(target.clone());
                todo.push(value);
            }
            ExprKind::ListComp { .. }
            | ExprKind::SetComp { .. }
            | ExprKind::DictComp { .. }
            | ExprKind::GeneratorExp { .. } => {
                comprehension_walrus_targets(e, out);
                if let Some(g) = comprehension_first_iter(e) {
                    todo.push(g);
                }
            }
            ExprKind::Lambda { params, .. } => {
                todo.extend(params.args.iter().chain(&params.kwonly).filter_map(|p| p.default.as_ref()));
            }
            _ => sub_expressions(e, &mut todo),
        }
    }
}

fn comprehension_first_iter(e: &Expr) -> Option<&Expr> {
    match &e.kind {
        ExprKind::ListComp { generators, .. }
        | ExprKind::SetComp { generators, .. }
        | ExprKind::DictComp { generators, .. }
        | ExprKind::GeneratorExp { generators, .. } => generators.first().map(|g| &g.iter),
        _ => None,
    }
}

/// Pushes the direct sub-expressions of an expression that opens no scope.
fn sub_expressions<'e>(e: &'e Expr, todo: &mut Vec<&'e Expr>) {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Const(_) | ExprKind::Yield(None) => {}
        ExprKind::BinOp { left, right, .. } => todo.extend([&**left, &**right]),
        ExprKind::UnaryOp { operand: x, .. }
        | ExprKind::Attribute { value: x, .. }
        | ExprKind::Starred(x)
        | ExprKind::Yield(Some(x))
        | ExprKind::YieldFrom(x)
        | ExprKind::Await(x)
        | ExprKind::NamedExpr { value: x, .. } => todo.push(x),
        ExprKind::BoolOp { values: items, .. }
        | ExprKind::Tuple(items)
        | ExprKind::List(items)
        | ExprKind::Set(items) => todo.extend(items.iter()),
        ExprKind::Compare { left, comparators, .. } => {
            todo.push(left);
            todo.extend(comparators.iter());
        }
        ExprKind::IfExp { test, body, orelse } => todo.extend([&**test, &**body, &**orelse]),
        ExprKind::Call { func, args, keywords } => {
            todo.push(func);
            todo.extend(args.iter());
            todo.extend(keywords.iter().map(|k| &k.value));
        }
        ExprKind::Subscript { value, index } => todo.extend([&**value, &**index]),
        ExprKind::Slice { lower, upper, step } => {
            todo.extend(lower.iter().chain(upper).chain(step.iter().flatten()).map(|x| &**x))
        }
        ExprKind::Dict(entries) => {
            for (k, v) in entries {
                todo.extend(k.iter());
                todo.push(v);
            }
        }
        ExprKind::Lambda { .. }
        | ExprKind::ListComp { .. }
        | ExprKind::SetComp { .. }
        | ExprKind::DictComp { .. }
        | ExprKind::GeneratorExp { .. } => {}
    }
}
