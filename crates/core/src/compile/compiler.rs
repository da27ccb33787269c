//! The compiler driver and the state shared by the per-construct modules: the scope list,
//! the current scope and pass, loop and exception-block bookkeeping, and name operations.

use alloc::collections::BTreeMap;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec::Vec;

use super::emit::{Emitter, Label};
use super::fold::{fold_module, FoldInfo, MAX_NESTING};
use super::layout::{assemble, PreludeInfo};
use super::scope::*;
use super::tables::ModuleTables;
use super::{CompileError, CompileErrorKind, CompileOptions, Mode};
use crate::bytecode::code::{CodeKind, CompiledModule, RawCode};
use crate::bytecode::opcodes::*;
use crate::bytecode::prelude::Signature;
use crate::parse::ast::{Ident, Module, StmtKind};

pub(super) type CResult = Result<(), CompileError>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Pass {
    /// Learn names and child scopes; register the qstrs and constants this pass emits.
    Scope,
    /// Emit the code.
    Code,
}

/// Where `break` and `continue` go in the innermost loop.
#[derive(Debug, Clone, Copy)]
pub(super) struct LoopLabels {
    pub break_label: Label,
    pub continue_label: Label,
    /// `break` must also drop the 4-slot iterator of a `for` loop.
    pub break_pops_iter: bool,
    /// The exception-block level at the loop, to know how many blocks a jump leaves.
    pub except_level: usize,
}

pub(super) struct Compiler<'a> {
    pub opts: &'a CompileOptions,
    pub fold: &'a FoldInfo,
    pub scopes: Vec<Scope<'a>>,
    /// Child scope of each function/class/lambda/comprehension node, by node address.
    pub scope_of: BTreeMap<usize, ScopeId>,
    pub cur: ScopeId,
    pub pass: Pass,
    pub e: Emitter,
    pub loop_labels: Option<LoopLabels>,
    pub except_level: usize,
    depth: usize,
}

/// Compiles `module` (see [`super::compile_module`]).
pub(super) fn compile(
    mut module: Module,
    source_name: &str,
    opts: &CompileOptions,
) -> Result<CompiledModule, CompileError> {
    if opts.emit_native {
        return Err(CompileError::with_kind(
            CompileErrorKind::NotImplemented,
            "native code emission is not supported",
            0,
        ));
    }
    let fold = fold_module(&mut module, opts)?;
    let mut c = Compiler {
        opts,
        fold: &fold,
        scopes: Vec::new(),
        scope_of: BTreeMap::new(),
        cur: 0,
        pass: Pass::Scope,
        e: Emitter::new(ModuleTables::new(source_name), opts.opt_level < 3),
        loop_labels: None,
        except_level: 0,
        depth: 0,
    };
    c.scopes.push(Scope::new(ScopeKind::Module, ScopeNode::Module(&module.body), None, Rc::from("<module>")));
    c.run()
}

impl<'a> Compiler<'a> {
    fn run(&mut self) -> Result<CompiledModule, CompileError> {
        let mut i = 0;
        while i < self.scopes.len() {
            self.compile_scope(i, Pass::Scope).map_err(|e| self.located(e))?;
            for idx in 0..self.scopes[i].ids.len() {
                let id = &self.scopes[i].ids[idx];
                if id.kind == IdKind::GlobalImplicit && !self.scopes[i].walrus_targets.contains(&id.name) {
                    check_to_close_over(&mut self.scopes, i, idx);
                }
            }
            i += 1;
        }
        for i in 0..self.scopes.len() {
            compute_locals(&mut self.scopes, i);
        }
        let mut fun_data = Vec::with_capacity(self.scopes.len());
        for i in 0..self.scopes.len() {
            self.compile_scope(i, Pass::Code).map_err(|e| self.located(e))?;
            fun_data.push(self.assemble_scope().map_err(|e| self.located(e))?);
        }
        let root = self.build_tree(0, &mut fun_data);
        let tables = core::mem::replace(&mut self.e.tables, ModuleTables::new(""));
        Ok(CompiledModule { qstrs: tables.qstrs, consts: tables.consts, root })
    }

    /// Adds the current scope's name to an error, as MicroPython's traceback shows it.
    fn located(&self, mut e: CompileError) -> CompileError {
        if e.scope_name.is_none() {
            e.scope_name = Some(String::from(&*self.scopes[self.cur].simple_name));
        }
        e
    }

    fn build_tree(&self, id: ScopeId, fun_data: &mut [Vec<u8>]) -> RawCode {
        let children = self.scopes[id].children.iter().map(|&c| self.build_tree(c, fun_data)).collect();
        RawCode { kind: CodeKind::Bytecode, fun_data: core::mem::take(&mut fun_data[id]), children }
    }

    fn compile_scope(&mut self, id: ScopeId, pass: Pass) -> CResult {
        self.cur = id;
        self.pass = pass;
        self.e.start();
        self.loop_labels = None;
        self.except_level = 0;
        self.depth = 0;
        let name = self.scopes[id].simple_name.clone();
        self.e.tables.use_qstr(&name);
        if pass == Pass::Scope {
            self.scopes[id].exc_stack_size = 0;
        } else {
            for i in 0..self.scopes[id].num_pos_args + self.scopes[id].num_kwonly_args {
                let arg = self.arg_name(i);
                self.e.tables.use_qstr(&arg);
            }
        }
        match self.scopes[id].node {
            ScopeNode::Module(body) => self.module_body(body),
            ScopeNode::Function(f) => self.function_body(f),
            ScopeNode::Class(c) => self.class_body(c),
            ScopeNode::Lambda { params, body, line } => self.lambda_body(params, body, line),
            ScopeNode::Comp(e) => self.comprehension_body(e),
            ScopeNode::StarTuple => self.star_tuple_body(),
        }
    }

    /// The prelude name of parameter slot `i`: the parameter's name ([`POSONLY_PREFIX`]ed for a
    /// positional-only one), or `*` for a slot holding a closed-over cell.
    fn arg_name(&self, i: usize) -> Ident {
        let s = &self.scopes[self.cur];
        match s.ids.iter().find(|id| id.flags & FLAG_PARAM != 0 && id.local_num == i) {
            Some(id) if id.flags & FLAG_POSONLY_PARAM != 0 => {
                Rc::from(alloc::format!("{POSONLY_PREFIX}{}", id.name).as_str())
            }
            Some(id) => id.name.clone(),
            None => Rc::from("*"),
        }
    }

    fn module_body(&mut self, body: &'a [crate::parse::ast::Stmt]) -> CResult {
        if self.opts.mode == Mode::Eval {
            let Some(StmtKind::Expr(e)) = body.first().map(|s| &s.kind) else {
                return Err(CompileError::syntax("invalid syntax", 1));
            };
            self.expr(e)?;
            self.e.op_end_flow(RETURN_VALUE, -1);
            return Ok(());
        }
        self.stmts(body)?;
        self.e.op(LOAD_CONST_NONE, 1);
        self.e.op_end_flow(RETURN_VALUE, -1);
        Ok(())
    }

    fn assemble_scope(&mut self) -> Result<Vec<u8>, CompileError> {
        let s = &self.scopes[self.cur];
        let n_state = (s.num_locals + self.e.max_stack.max(0) as usize).max(1);
        let sig = Signature {
            n_state,
            n_exc_stack: s.exc_stack_size,
            scope_flags: s.scope_flags,
            n_pos_args: s.num_pos_args,
            n_kwonly_args: s.num_kwonly_args,
            n_def_pos_args: s.num_def_pos_args,
        };
        let mut cells = Vec::new();
        for id in &s.ids {
            if id.kind == IdKind::Cell {
                let n = u8::try_from(id.local_num).map_err(|_| {
                    CompileError::with_kind(CompileErrorKind::NotImplemented, "too many local variables", 0)
                })?;
                cells.push(n);
            }
        }
        let n_args = s.num_pos_args + s.num_kwonly_args;
        let name = s.simple_name.clone();
        let mut arg_names = Vec::with_capacity(n_args);
        for i in 0..n_args {
            let a = self.arg_name(i);
            arg_names.push(self.e.tables.use_qstr(&a));
        }
        let prelude = PreludeInfo { sig, name: self.e.tables.use_qstr(&name), arg_names, cells };
        assemble(&self.e.items, &self.e.bytes, &prelude)
    }

    /// Guards the compiler's recursion; pair with [`Compiler::leave`].
    pub fn enter(&mut self, line: u32) -> CResult {
        self.depth += 1;
        if self.depth > MAX_NESTING {
            return Err(CompileError::with_kind(
                CompileErrorKind::RecursionDepth,
                "maximum recursion depth exceeded",
                line,
            ));
        }
        Ok(())
    }

    pub fn leave(&mut self) {
        self.depth -= 1;
    }

    pub fn scope(&self) -> &Scope<'a> {
        &self.scopes[self.cur]
    }

    pub fn scope_mut(&mut self) -> &mut Scope<'a> {
        &mut self.scopes[self.cur]
    }

    /// The scope for the AST node at `key`: created (and queued) in the scope pass, looked up
    /// in the code pass.
    pub fn child_scope(&mut self, key: usize, kind: ScopeKind, node: ScopeNode<'a>, name: Ident) -> ScopeId {
        if let Some(&id) = self.scope_of.get(&key) {
            return id;
        }
        let id = self.scopes.len();
        let private =
            if kind == ScopeKind::Class { private_prefix(&name) } else { self.scope().private.clone() };
        let mut scope = Scope::new(kind, node, Some(self.cur), name);
        scope.private = private;
        self.scopes.push(scope);
        self.scope_of.insert(key, id);
        id
    }

    /// `name` as the current scope means it: inside a class body and the scopes nested in it
    /// a private name `__x` is `_Class__x`, as CPython mangles it (mpy-cross does not).
    pub fn mangle(&self, name: &Ident) -> Ident {
        match &self.scope().private {
            Some(class) if is_private_name(name) => Rc::from(alloc::format!("_{class}{name}").as_str()),
            _ => name.clone(),
        }
    }

    /// An attribute opcode (`LOAD_ATTR`, `STORE_ATTR`, `LOAD_METHOD`, ...) on `attr`, mangled.
    pub fn op_attr(&mut self, op: u8, attr: &Ident, delta: i32) {
        let attr = self.mangle(attr);
        self.e.op_qstr(op, &attr, delta);
    }

    /// Loads the cells a child scope closes over and makes its function or closure object
    /// (with `n_pos_defaults`/`n_kw_defaults` default containers already on the stack).
    pub fn make_function(&mut self, child: ScopeId, n_pos_defaults: usize, n_kw_defaults: usize) -> CResult {
        if n_kw_defaults > 0 {
            self.scopes[child].scope_flags |= crate::bytecode::prelude::FLAG_DEFKWARGS;
        }
        self.scopes[child].num_def_pos_args = n_pos_defaults;
        let mut n_free = 0usize;
        if self.scope().kind != ScopeKind::Module {
            let mut loads = Vec::new();
            for id in &self.scopes[self.cur].ids {
                if matches!(id.kind, IdKind::Cell | IdKind::Free) {
                    for id2 in &self.scopes[child].ids {
                        if id2.kind == IdKind::Free && id2.name == id.name {
                            loads.push(id.local_num);
                        }
                    }
                }
            }
            for local in loads {
                self.e.fast(LOAD_FAST_MULTI, LOAD_FAST_N, local, 1);
                n_free += 1;
            }
        }
        let index = if self.pass == Pass::Code {
            self.scopes[self.cur].children.push(child);
            self.scopes[self.cur].children.len() - 1
        } else {
            0
        };
        let defaults = n_pos_defaults > 0 || n_kw_defaults > 0;
        if n_free == 0 {
            if defaults {
                self.e.op_uint(MAKE_FUNCTION_DEFARGS, index, -1);
            } else {
                self.e.op_uint(MAKE_FUNCTION, index, 1);
            }
        } else {
            let n = u8::try_from(n_free).map_err(|_| {
                CompileError::with_kind(CompileErrorKind::NotImplemented, "too many closed-over variables", 0)
            })?;
            if defaults {
                self.e.make_closure(MAKE_CLOSURE_DEFARGS, index, n, -1 - n_free as i32);
            } else {
                self.e.make_closure(MAKE_CLOSURE, index, n, 1 - n_free as i32);
            }
        }
        Ok(())
    }

    /// Loads a variable (scope pass: notes its use).
    pub fn load_id(&mut self, name: &Ident) {
        let name = &self.mangle(name);
        match self.pass {
            Pass::Scope => self.scope_mut().use_for_load(name),
            Pass::Code => self.id_op(name, 0),
        }
    }

    /// Stores the top of stack into a variable.
    pub fn store_id(&mut self, name: &Ident) {
        let name = &self.mangle(name);
        match self.pass {
            Pass::Scope => {
                self.scope_mut().use_for_modification(name);
            }
            Pass::Code => self.id_op(name, 1),
        }
    }

    pub fn delete_id(&mut self, name: &Ident) {
        let name = &self.mangle(name);
        match self.pass {
            Pass::Scope => {
                self.scope_mut().use_for_modification(name);
            }
            Pass::Code => self.id_op(name, 2),
        }
    }

    /// Emits the load (0), store (1) or delete (2) of `name` as its kind requires.
    fn id_op(&mut self, name: &Ident, what: usize) {
        let (kind, local) = match self.scope().find(name) {
            Some(i) => (self.scope().ids[i].kind, self.scope().ids[i].local_num),
            None => (IdKind::GlobalImplicit, 0),
        };
        const DELTA: [i32; 3] = [1, -1, 0];
        let delta = DELTA[what];
        match kind {
            IdKind::Undecided | IdKind::GlobalImplicit | IdKind::GlobalImplicitAssigned => {
                self.e.op_qstr([LOAD_NAME, STORE_NAME, DELETE_NAME][what], name, delta)
            }
            IdKind::GlobalExplicit => {
                self.e.op_qstr([LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL][what], name, delta)
            }
            IdKind::Local => match what {
                0 => self.e.fast(LOAD_FAST_MULTI, LOAD_FAST_N, local, 1),
                1 => self.e.fast(STORE_FAST_MULTI, STORE_FAST_N, local, -1),
                _ => self.e.op_uint(DELETE_FAST, local, 0),
            },
            IdKind::Cell | IdKind::Free => {
                self.e.op_uint([LOAD_DEREF, STORE_DEREF, DELETE_DEREF][what], local, delta)
            }
        }
    }

    /// Pushes an exception block (`SETUP_WITH`/`SETUP_EXCEPT`/`SETUP_FINALLY`).
    pub fn setup_block(&mut self, op: u8, label: Label) {
        let delta = if op == SETUP_WITH { 2 } else { 0 };
        self.e.jump_op(op, label, delta);
        self.except_level += 1;
        let level = self.except_level;
        let s = self.scope_mut();
        if level > s.exc_stack_size {
            s.exc_stack_size = level;
        }
    }

    /// Closes an exception block with `END_FINALLY`.
    pub fn end_block(&mut self) {
        self.except_level -= 1;
        self.e.op(END_FINALLY, -1);
    }
}
