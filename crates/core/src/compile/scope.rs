//! Scopes and what each name in them is (local, cell, free, global), decided the way
//! MicroPython's compiler decides it, including its local numbering (parameters first, `*args`
//! after keyword-only parameters, then other locals, then cells; free variables of a closure
//! in front of everything in the parent's order).

use alloc::vec::Vec;

use crate::parse::ast::{ClassDef, Expr, FunctionDef, Ident, Params, Stmt};

pub(super) type ScopeId = usize;

/// Scope kinds, ordered as MicroPython orders them (the order matters: everything from
/// `Lambda` on is function-like).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum ScopeKind {
    Module,
    Class,
    Lambda,
    ListComp,
    DictComp,
    SetComp,
    GenExpr,
    Function,
}

impl ScopeKind {
    /// Function-like scopes keep their variables in fast locals.
    pub fn is_func_like(self) -> bool {
        self >= ScopeKind::Lambda
    }

    pub fn is_comp_like(self) -> bool {
        (ScopeKind::ListComp..=ScopeKind::GenExpr).contains(&self)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum IdKind {
    Undecided,
    GlobalImplicit,
    /// Assigned in a module or class body: a name in its dict, never closed over.
    GlobalImplicitAssigned,
    GlobalExplicit,
    Local,
    /// A local of this scope that an inner scope uses.
    Cell,
    /// A variable of an outer scope used here.
    Free,
}

pub(super) const FLAG_PARAM: u8 = 0x01;
pub(super) const FLAG_STAR_PARAM: u8 = 0x02;
pub(super) const FLAG_DBL_STAR_PARAM: u8 = 0x04;
/// A parameter before `/` (positional-only).
pub(super) const FLAG_POSONLY_PARAM: u8 = 0x08;

/// Prefix of a positional-only parameter's name in the prelude. The VM binds keyword
/// arguments by the prelude's names, and no identifier starts with `/`, so `f(a=1)` cannot
/// reach parameter `a` of `def f(a, /)`: it is an unexpected keyword (or goes to `**kwargs`).
/// The real name stays readable after the prefix (for tools and messages).
pub(super) const POSONLY_PREFIX: &str = "/";

#[derive(Debug, Clone)]
pub(super) struct IdInfo {
    pub kind: IdKind,
    pub flags: u8,
    pub local_num: usize,
    pub name: Ident,
}

/// The AST a scope compiles.
#[derive(Debug, Clone, Copy)]
pub(super) enum ScopeNode<'a> {
    Module(&'a [Stmt]),
    Function(&'a FunctionDef),
    Class(&'a ClassDef),
    Lambda {
        params: &'a Params,
        body: &'a Expr,
        line: u32,
    },
    /// A comprehension or generator expression.
    Comp(&'a Expr),
    /// The compiler-made `<star_tuple>(*items)` helper of a tuple display with `*` items.
    StarTuple,
}

pub(super) struct Scope<'a> {
    pub kind: ScopeKind,
    pub node: ScopeNode<'a>,
    pub parent: Option<ScopeId>,
    pub simple_name: Ident,
    pub ids: Vec<IdInfo>,
    pub scope_flags: u8,
    pub num_pos_args: usize,
    pub num_kwonly_args: usize,
    pub num_def_pos_args: usize,
    pub num_locals: usize,
    pub exc_stack_size: usize,
    /// Child scopes in `MAKE_FUNCTION` index order (filled by the code pass).
    pub children: Vec<ScopeId>,
    /// This scope's `<star_tuple>` helper, once a tuple display needs it.
    pub star_tuple: Option<ScopeId>,
    /// Inside a class body and the scopes nested in it: the class name without its leading
    /// underscores, which private names (`__x`) are mangled with (`_Class__x`).
    pub private: Option<Ident>,
    /// Walrus targets inside this scope's comprehensions, which bind here (see `walrus`).
    pub walrus_targets: Vec<Ident>,
}

impl<'a> Scope<'a> {
    pub fn new(kind: ScopeKind, node: ScopeNode<'a>, parent: Option<ScopeId>, simple_name: Ident) -> Self {
        Scope {
            kind,
            node,
            parent,
            simple_name,
            ids: Vec::new(),
            scope_flags: 0,
            num_pos_args: 0,
            num_kwonly_args: 0,
            num_def_pos_args: 0,
            num_locals: 0,
            exc_stack_size: 0,
            children: Vec::new(),
            star_tuple: None,
            private: None,
            walrus_targets: Vec::new(),
        }
    }

    pub fn find(&self, name: &str) -> Option<usize> {
        self.ids.iter().position(|id| &*id.name == name)
    }

    /// The index of `name`, added with `kind` if it is not there yet.
    pub fn find_or_add(&mut self, name: &Ident, kind: IdKind) -> usize {
        match self.find(name) {
            Some(i) => i,
            None => {
                self.ids.push(IdInfo { kind, flags: 0, local_num: 0, name: name.clone() });
                self.ids.len() - 1
            }
        }
    }

    /// Registers a name being loaded (scope pass).
    pub fn use_for_load(&mut self, name: &Ident) {
        self.find_or_add(name, IdKind::GlobalImplicit);
    }

    /// Registers a name being stored or deleted (scope pass): it becomes local in a function,
    /// a dict entry of a module or class body.
    pub fn use_for_modification(&mut self, name: &Ident) -> usize {
        let i = self.find_or_add(name, IdKind::GlobalImplicit);
        if self.ids[i].kind == IdKind::GlobalImplicit {
            self.ids[i].kind =
                if self.kind.is_func_like() { IdKind::Local } else { IdKind::GlobalImplicitAssigned };
        }
        i
    }
}

/// The mangling prefix of a class named `class_name` (`None` if the name is all underscores).
pub(super) fn private_prefix(class_name: &str) -> Option<Ident> {
    let stripped = class_name.trim_start_matches('_');
    (!stripped.is_empty()).then(|| Ident::from(stripped))
}

/// Whether `name` is mangled inside a class: two leading underscores, not two trailing ones,
/// and no dot (a dotted module name).
pub(super) fn is_private_name(name: &str) -> bool {
    name.starts_with("__") && !name.ends_with("__") && !name.contains('.')
}

/// Whether an enclosing `scope` is skipped when a nested scope looks for `name`: a class body,
/// whose bindings the scopes nested in it do not see (only its implicit `__class__` cell),
/// as in CPython. MicroPython stops at a class body that binds the name, so a method could
/// not see a variable of the function around its class.
fn is_transparent_to(scope: &Scope, name: &str) -> bool {
    scope.kind == ScopeKind::Class && name != "__class__"
}

/// Marks `name` free in every scope between `scope` (exclusive) and the one that defines it,
/// and a cell there. A class body passes the cell on with a free variable of its own,
/// beside any class-dict entry of the same name (which [`Scope::find`] still finds first,
/// for the class body's own uses).
pub(super) fn close_over_in_parents(scopes: &mut [Scope], scope: ScopeId, name: &Ident) {
    let mut cur = scopes[scope].parent;
    while let Some(s) = cur {
        if scopes[s].parent.is_none() {
            return;
        }
        if is_transparent_to(&scopes[s], name) {
            if scopes[s].ids.iter().any(|id| id.kind == IdKind::Free && id.name == *name) {
                return;
            }
            scopes[s].ids.push(IdInfo { kind: IdKind::Free, flags: 0, local_num: 0, name: name.clone() });
            cur = scopes[s].parent;
            continue;
        }
        let i = scopes[s].find_or_add(name, IdKind::Undecided);
        let id = &mut scopes[s].ids[i];
        match id.kind {
            IdKind::Undecided => id.kind = IdKind::Free,
            IdKind::Local => {
                id.kind = IdKind::Cell;
                return;
            }
            _ => return,
        }
        cur = scopes[s].parent;
    }
}

/// If the implicit global `ids[idx]` of `scope` is really a variable of an enclosing
/// function, turns it into a free variable (and the definition into a cell).
pub(super) fn check_to_close_over(scopes: &mut [Scope], scope: ScopeId, idx: usize) {
    let name = scopes[scope].ids[idx].name.clone();
    let mut cur = scopes[scope].parent;
    while let Some(s) = cur {
        if scopes[s].parent.is_none() {
            return;
        }
        if !is_transparent_to(&scopes[s], &name) {
            if let Some(i) = scopes[s].find(&name) {
                if matches!(scopes[s].ids[i].kind, IdKind::Local | IdKind::Cell | IdKind::Free) {
                    scopes[scope].ids[idx].kind = IdKind::Free;
                    close_over_in_parents(scopes, scope, &name);
                }
                return;
            }
        }
        cur = scopes[s].parent;
    }
}

/// Numbers the locals of `scope` once every scope pass is done (MicroPython's
/// `scope_compute_things`).
pub(super) fn compute_locals(scopes: &mut [Scope], scope: ScopeId) {
    let s = &mut scopes[scope];
    if s.scope_flags & crate::bytecode::prelude::FLAG_VARARGS != 0 {
        move_star_param_last(&mut s.ids);
    }
    let kind = s.kind;
    let mut n = 0;
    for id in s.ids.iter_mut() {
        if kind == ScopeKind::Class && &*id.name == "__class__" {
            continue;
        }
        if kind.is_func_like() && id.kind == IdKind::GlobalImplicit {
            id.kind = IdKind::GlobalExplicit;
        }
        if id.kind == IdKind::Local || id.flags & FLAG_PARAM != 0 {
            id.local_num = n;
            n += 1;
        }
    }
    for id in s.ids.iter_mut() {
        if id.kind == IdKind::Cell && id.flags & FLAG_PARAM == 0 {
            id.local_num = n;
            n += 1;
        }
    }
    s.num_locals = n;
    let Some(parent) = s.parent else { return };
    let mut free_order = Vec::new();
    for pid in &scopes[parent].ids {
        if matches!(pid.kind, IdKind::Cell | IdKind::Free) {
            for (j, id) in scopes[scope].ids.iter().enumerate() {
                if id.kind == IdKind::Free && id.name == pid.name {
                    free_order.push(j);
                }
            }
        }
    }
    let s = &mut scopes[scope];
    let num_free = free_order.len();
    for (k, &j) in free_order.iter().enumerate() {
        s.ids[j].local_num = k;
    }
    if num_free > 0 {
        for id in s.ids.iter_mut() {
            if id.kind != IdKind::Free || id.flags & FLAG_PARAM != 0 {
                id.local_num += num_free;
            }
        }
        s.num_pos_args += num_free;
        s.num_locals += num_free;
    }
}

/// MicroPython keeps `*args` after every keyword-only parameter: it swaps the star
/// parameter with the last plain parameter that follows it.
fn move_star_param_last(ids: &mut [IdInfo]) {
    let mut last_plain = None;
    for i in (0..ids.len()).rev() {
        if ids[i].flags & FLAG_STAR_PARAM != 0 {
            if let Some(p) = last_plain {
                ids.swap(i, p);
            }
            return;
        }
        if last_plain.is_none() && ids[i].flags == FLAG_PARAM {
            last_plain = Some(i);
        }
    }
}
