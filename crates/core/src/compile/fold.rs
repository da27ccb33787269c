//! What MicroPython's parser does to the tree before its compiler sees it, done here on the
//! AST in source order: constant folding of numeric expressions (whole operator chains only,
//! as MicroPython folds whole grammar rules), `and`/`or`/`not` on constants, `const()`
//! definitions and their substitution, `math.pi`-style module constants, `__debug__`, and
//! dropping constant expression statements (docstrings).
//!
//! It also records two facts the compiler needs that the AST cannot carry, keyed by node
//! address (nodes replaced during folding are kept alive until the end of the pass, so an
//! address is never reused): which long strings MicroPython would have interned (they load as
//! qstrs), and which constants came from `const()` (they always load as constant objects).

use alloc::collections::{BTreeMap, BTreeSet};
use alloc::rc::Rc;
use alloc::vec::Vec;

use super::value::{binary, unary, Num};
use super::{CompileError, CompileErrorKind, CompileOptions, Mode};
use crate::parse::ast::*;

/// Deepest statement/expression nesting the compiler accepts.
pub(super) const MAX_NESTING: usize = 200;

/// Strings longer than the interning limit that are nevertheless qstrs in mpy-cross 1.29
/// (part of its built-in qstr pool), so a literal with this text loads as a qstr.
const BUILTIN_LONG_QSTRS: [&str; 50] = [
    "__delitem__",
    "__getattr__",
    "__getitem__",
    "__qualname__",
    "__setitem__",
    "ArithmeticError",
    "AssertionError",
    "AttributeError",
    "BaseException",
    "GeneratorExit",
    "ImportError",
    "IndentationError",
    "KeyboardInterrupt",
    "LookupError",
    "MemoryError",
    "NotImplementedError",
    "OverflowError",
    "RuntimeError",
    "StopIteration",
    "SyntaxError",
    "ZeroDivisionError",
    "classmethod",
    "micropython",
    "staticmethod",
    "Interpolation",
    "StopAsyncIteration",
    "UnicodeError",
    "ViperTypeError",
    "__build_class__",
    "__complex__",
    "__contains__",
    "__repl_print__",
    "__reversed__",
    "__template__",
    "__traceback__",
    "bound_method",
    "difference_update",
    "format_spec",
    "heap_unlock",
    "interpolations",
    "intersection",
    "intersection_update",
    "maximum recursion depth exceeded",
    "string.templatelib",
    "symmetric_difference",
    "symmetric_difference_update",
    "templatelib",
    "unpack_from",
    "vcvt_f32_s32",
    "vcvt_s32_f32",
];

/// Longest string literal MicroPython interns while parsing (`MICROPY_ALLOC_PARSE_INTERN_STRING_LEN`).
pub(super) const INTERN_STRING_LEN: usize = 10;

/// `math` attributes folded to their value, as mpy-cross does.
const MATH_CONSTANTS: [(&str, f64); 5] = [
    ("e", core::f64::consts::E),
    ("pi", core::f64::consts::PI),
    ("tau", core::f64::consts::TAU),
    ("inf", f64::INFINITY),
    ("nan", f64::NAN),
];

#[derive(Default)]
pub(super) struct FoldInfo {
    /// Long string constants that MicroPython would have interned.
    pub qstr_strings: BTreeSet<usize>,
    /// Constants substituted for `const()` names.
    pub forced_objects: BTreeSet<usize>,
}

pub(super) fn node_key(e: &Expr) -> usize {
    e as *const Expr as usize
}

/// Folds `module` in place.
pub(super) fn fold_module(module: &mut Module, opts: &CompileOptions) -> Result<FoldInfo, CompileError> {
    let mut f = Folder {
        opts,
        consts: BTreeMap::new(),
        interned: BTreeSet::new(),
        info: FoldInfo::default(),
        replaced: Vec::new(),
        depth: 0,
    };
    f.stmts(&mut module.body)?;
    Ok(f.info)
}

/// Whether `e` is a constant in MicroPython's parser's sense: a literal, a folded value or
/// a tuple of constants (including `()`).
pub(super) fn is_const(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Const(_) => true,
        ExprKind::Tuple(items) => items.iter().all(is_const),
        _ => false,
    }
}

/// The truth value of a constant expression, `None` if `e` is not constant.
pub(super) fn const_truth(e: &Expr) -> Option<bool> {
    match &e.kind {
        ExprKind::Const(c) => Some(match c {
            Const::None | Const::False => false,
            Const::True | Const::Ellipsis | Const::BigInt(_) => true,
            Const::Int(v) => *v != 0,
            Const::Float(f) | Const::Imag(f) => *f != 0.0,
            Const::Str(s) => !s.is_empty(),
            Const::Bytes(b) => !b.is_empty(),
        }),
        ExprKind::Tuple(items) if items.iter().all(is_const) => Some(!items.is_empty()),
        _ => None,
    }
}

/// A statement made of a lone constant (the parser turns it into `pass`); `()` is not one.
fn is_lonely_const(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Const(_) => true,
        ExprKind::Tuple(items) => !items.is_empty() && items.iter().all(is_const),
        _ => false,
    }
}

/// The value of an all-numeric operator chain, left to right.
fn eval_chain(e: &Expr, group: u8) -> Option<Num> {
    match &e.kind {
        ExprKind::BinOp { op, left, right } if op_group(*op) == group => {
            let l = if group != 6 { eval_chain(left, group)? } else { number(left)? };
            binary(*op, l, number(right)?)
        }
        _ => number(e),
    }
}

fn number(e: &Expr) -> Option<Num> {
    match &e.kind {
        ExprKind::Const(c) => Num::from_const(c),
        _ => None,
    }
}

/// Binding strength group of a binary operator: one MicroPython grammar rule each.
fn op_group(op: BinOp) -> u8 {
    match op {
        BinOp::Or => 0,
        BinOp::Xor => 1,
        BinOp::And => 2,
        BinOp::LShift | BinOp::RShift => 3,
        BinOp::Add | BinOp::Sub => 4,
        BinOp::Mult | BinOp::MatMult | BinOp::Div | BinOp::Mod | BinOp::FloorDiv => 5,
        BinOp::Pow => 6,
    }
}

struct Folder<'o> {
    opts: &'o CompileOptions,
    consts: BTreeMap<Ident, Expr>,
    /// Identifiers seen so far in source order (MicroPython interns them as it lexes).
    interned: BTreeSet<Ident>,
    info: FoldInfo,
    /// Nodes replaced by folding, kept alive so their addresses are not reused.
    replaced: Vec<ExprKind>,
    depth: usize,
}

impl Folder<'_> {
    fn enter(&mut self, line: u32) -> Result<(), CompileError> {
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

    fn intern(&mut self, name: &Ident) {
        if !self.interned.contains(name) {
            self.interned.insert(name.clone());
        }
    }

    fn intern_dotted(&mut self, dotted: &Ident) {
        for part in dotted.split('.') {
            self.intern(&Rc::from(part));
        }
    }

    fn replace(&mut self, e: &mut Expr, line: u32, kind: ExprKind) {
        let old = core::mem::replace(&mut e.kind, kind);
        self.replaced.push(old);
        e.line = line;
    }

    fn stmts(&mut self, body: &mut [Stmt]) -> Result<(), CompileError> {
        for s in body.iter_mut() {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &mut Stmt) -> Result<(), CompileError> {
        self.enter(s.line)?;
        let line = s.line;
        let mut make_pass = None;
        match &mut s.kind {
            StmtKind::Expr(e) => {
                self.expr(e)?;
                if self.opts.mode == Mode::Module && is_lonely_const(e) {
                    make_pass = Some(line);
                }
            }
            StmtKind::Assign { targets, value } => {
                for t in targets.iter_mut() {
                    self.expr(t)?;
                }
                self.expr(value)?;
                if let [target] = targets.as_slice() {
                    make_pass = self.const_definition(target, value)?;
                }
            }
            StmtKind::AnnAssign { target, annotation, value } => {
                self.expr(target)?;
                self.expr(annotation)?;
                if let Some(v) = value {
                    self.expr(v)?;
                    make_pass = self.const_definition(target, v)?;
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target)?;
                self.expr(value)?;
            }
            StmtKind::Del(targets) => {
                for t in targets.iter_mut() {
                    self.expr(t)?;
                }
            }
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
            StmtKind::Return(v) => self.opt_expr(v)?,
            StmtKind::Raise { exc, cause } => {
                self.opt_expr(exc)?;
                self.opt_expr(cause)?;
            }
            StmtKind::Global(names) | StmtKind::Nonlocal(names) => {
                for n in names.iter() {
                    self.intern(n);
                }
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::For { target, iter, body, orelse, .. } => {
                self.expr(target)?;
                self.expr(iter)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                self.stmts(body)?;
                for h in handlers.iter_mut() {
                    self.opt_expr(&mut h.typ)?;
                    if let Some(n) = &h.name {
                        self.intern(n);
                    }
                    self.stmts(&mut h.body)?;
                }
                self.stmts(orelse)?;
                self.stmts(finalbody)?;
            }
            StmtKind::With { items, body, .. } => {
                for item in items.iter_mut() {
                    self.expr(&mut item.context)?;
                    if let Some(t) = &mut item.target {
                        self.expr(t)?;
                    }
                }
                self.stmts(body)?;
            }
            StmtKind::FunctionDef(f) => {
                self.decorators(&mut f.decorators)?;
                self.intern(&f.name);
                self.params(&mut f.params)?;
                if let Some(r) = &mut f.returns {
                    self.expr(r)?;
                }
                self.stmts(&mut f.body)?;
            }
            StmtKind::ClassDef(c) => {
                self.decorators(&mut c.decorators)?;
                self.intern(&c.name);
                for b in c.bases.iter_mut() {
                    self.expr(b)?;
                }
                self.keywords(&mut c.keywords)?;
                self.stmts(&mut c.body)?;
            }
            StmtKind::Import(names) => {
                for a in names.iter() {
                    self.intern_dotted(&a.name);
                    if let Some(n) = &a.asname {
                        self.intern(n);
                    }
                }
            }
            StmtKind::ImportFrom { module, names, .. } => {
                if let Some(m) = module {
                    self.intern_dotted(m);
                }
                for a in names.iter() {
                    self.intern(&a.name);
                    if let Some(n) = &a.asname {
                        self.intern(n);
                    }
                }
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                self.opt_expr(msg)?;
            }
        }
        if let Some(pass_line) = make_pass {
            s.kind = StmtKind::Pass;
            s.line = pass_line;
        }
        self.depth -= 1;
        Ok(())
    }

    /// Handles `NAME = const(value)`: records the constant and replaces the call by its value;
    /// returns `Some(0)` when the statement disappears (private `_NAME`): a `pass` without a
    /// line, as MicroPython leaves it.
    fn const_definition(&mut self, target: &Expr, value: &mut Expr) -> Result<Option<u32>, CompileError> {
        let ExprKind::Name(name) = &target.kind else { return Ok(None) };
        let ExprKind::Call { func, args, keywords } = &mut value.kind else { return Ok(None) };
        if !matches!(&func.kind, ExprKind::Name(f) if &**f == "const") {
            return Ok(None);
        }
        let ok = args.len() == 1 && keywords.is_empty() && is_const(&args[0]);
        if !ok {
            return Err(CompileError::syntax("not a constant", value.line));
        }
        let arg = args.remove(0);
        self.consts.insert(name.clone(), arg.clone());
        if name.starts_with('_') {
            return Ok(Some(0));
        }
        let old = core::mem::replace(value, arg);
        self.replaced.push(old.kind);
        Ok(None)
    }

    fn decorators(&mut self, decorators: &mut [Expr]) -> Result<(), CompileError> {
        for d in decorators.iter_mut() {
            self.decorator(d)?;
        }
        Ok(())
    }

    /// Decorators are dotted names (optionally called): their names are not atoms, so no
    /// `const` substitution or folding applies to them, only to the call arguments.
    fn decorator(&mut self, d: &mut Expr) -> Result<(), CompileError> {
        match &mut d.kind {
            ExprKind::Name(n) => {
                let n = n.clone();
                self.intern(&n);
                Ok(())
            }
            ExprKind::Attribute { value, attr } => {
                let attr = attr.clone();
                self.decorator(value)?;
                self.intern(&attr);
                Ok(())
            }
            ExprKind::Call { func, args, keywords } => {
                self.decorator(func)?;
                for a in args.iter_mut() {
                    self.expr(a)?;
                }
                self.keywords(keywords)
            }
            _ => self.expr(d),
        }
    }

    fn params(&mut self, p: &mut Params) -> Result<(), CompileError> {
        for param in p.args.iter_mut() {
            self.param(param)?;
        }
        if let Some(Some(v)) = &mut p.vararg {
            self.param(v)?;
        }
        for param in p.kwonly.iter_mut() {
            self.param(param)?;
        }
        if let Some(k) = &mut p.kwarg {
            self.param(k)?;
        }
        Ok(())
    }

    fn param(&mut self, p: &mut Param) -> Result<(), CompileError> {
        self.intern(&p.name);
        if let Some(a) = &mut p.annotation {
            self.expr(a)?;
        }
        if let Some(d) = &mut p.default {
            self.expr(d)?;
        }
        Ok(())
    }

    fn keywords(&mut self, keywords: &mut [Keyword]) -> Result<(), CompileError> {
        for k in keywords.iter_mut() {
            if let Some(n) = &k.name {
                self.intern(n);
            }
            self.expr(&mut k.value)?;
        }
        Ok(())
    }

    fn opt_expr(&mut self, e: &mut Option<Expr>) -> Result<(), CompileError> {
        match e {
            Some(e) => self.expr(e),
            None => Ok(()),
        }
    }

    fn expr(&mut self, e: &mut Expr) -> Result<(), CompileError> {
        self.expr_in(e, false)
    }

    /// Folds `e`; `trailer_base` is set when `e` is followed by `.x`, `[...]` or `(...)`.
    fn expr_in(&mut self, e: &mut Expr, trailer_base: bool) -> Result<(), CompileError> {
        self.enter(e.line)?;
        let line = e.line;
        match &mut e.kind {
            ExprKind::Name(n) => {
                let n = n.clone();
                self.intern(&n);
                self.name(e, &n);
            }
            ExprKind::Const(Const::Str(s)) => {
                if s.len() > INTERN_STRING_LEN
                    && (self.interned.contains(s.as_str()) || BUILTIN_LONG_QSTRS.contains(&s.as_str()))
                {
                    self.info.qstr_strings.insert(node_key(e));
                }
            }
            ExprKind::Const(_) => {}
            ExprKind::BinOp { .. } => self.binop(e)?,
            ExprKind::UnaryOp { op, operand } => {
                let op = *op;
                self.expr(operand)?;
                let folded = if op == UnaryOp::Not {
                    const_truth(operand)
                        .map(|t| (1, ExprKind::Const(if t { Const::False } else { Const::True })))
                } else {
                    number(operand).and_then(|n| unary(op, n)).map(|n| (0, ExprKind::Const(n.to_const())))
                };
                if let Some((keep_line, kind)) = folded {
                    self.replace(e, if keep_line == 1 { line } else { 0 }, kind);
                }
            }
            ExprKind::BoolOp { op, values } => {
                let op = *op;
                for v in values.iter_mut() {
                    self.expr(v)?;
                }
                self.boolop(e, op);
            }
            ExprKind::Compare { left, comparators, .. } => {
                self.expr(left)?;
                for c in comparators.iter_mut() {
                    self.expr(c)?;
                }
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(body)?;
                self.expr(test)?;
                self.expr(orelse)?;
            }
            ExprKind::Lambda { params, body } => {
                self.params(params)?;
                self.expr(body)?;
            }
            ExprKind::NamedExpr { target, value } => {
                let t = target.clone();
                self.intern(&t);
                self.expr(value)?;
            }
            ExprKind::Call { func, args, keywords } => {
                self.expr_in(func, true)?;
                for a in args.iter_mut() {
                    self.expr(a)?;
                }
                self.keywords(keywords)?;
            }
            ExprKind::Attribute { value, attr } => {
                let attr = attr.clone();
                self.expr_in(value, true)?;
                self.intern(&attr);
                let is_math = matches!(&value.kind, ExprKind::Name(n) if &**n == "math");
                if is_math && !trailer_base {
                    if let Some(&(_, v)) = MATH_CONSTANTS.iter().find(|(n, _)| *n == &*attr) {
                        self.replace(e, 0, ExprKind::Const(Const::Float(v)));
                    }
                }
            }
            ExprKind::Subscript { value, index } => {
                self.expr_in(value, true)?;
                self.expr(index)?;
            }
            ExprKind::Slice { lower, upper, step } => {
                if let Some(x) = lower {
                    self.expr(x)?;
                }
                if let Some(x) = upper {
                    self.expr(x)?;
                }
                if let Some(Some(x)) = step {
                    self.expr(x)?;
                }
            }
            ExprKind::Starred(v) | ExprKind::YieldFrom(v) | ExprKind::Await(v) => self.expr(v)?,
            ExprKind::Yield(v) => {
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            ExprKind::Tuple(items) | ExprKind::List(items) | ExprKind::Set(items) => {
                for i in items.iter_mut() {
                    self.expr(i)?;
                }
            }
            ExprKind::Dict(entries) => {
                for (k, v) in entries.iter_mut() {
                    if let Some(k) = k {
                        self.expr(k)?;
                    }
                    self.expr(v)?;
                }
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                self.expr(elt)?;
                self.generators(generators)?;
            }
            ExprKind::DictComp { key, value, generators } => {
                self.expr(key)?;
                self.expr(value)?;
                self.generators(generators)?;
            }
        }
        self.depth -= 1;
        Ok(())
    }

    fn generators(&mut self, generators: &mut [Comprehension]) -> Result<(), CompileError> {
        for g in generators.iter_mut() {
            self.expr(&mut g.target)?;
            self.expr(&mut g.iter)?;
            for c in g.ifs.iter_mut() {
                self.expr(c)?;
            }
        }
        Ok(())
    }

    /// A name used as an atom: `__debug__`, or a `const()` name, becomes its value.
    fn name(&mut self, e: &mut Expr, n: &Ident) {
        if &**n == "__debug__" {
            let v = if self.opts.opt_level == 0 { Const::True } else { Const::False };
            let line = e.line;
            self.replace(e, line, ExprKind::Const(v));
        } else if let Some(value) = self.consts.get(n) {
            let kind = value.kind.clone();
            let line = e.line;
            self.replace(e, line, kind);
            self.info.forced_objects.insert(node_key(e));
        }
    }

    /// Folds a chain of same-group binary operators (one MicroPython grammar rule, e.g.
    /// `1 + 2 - x`), all or nothing: only when every operand is a number and no step fails.
    fn binop(&mut self, e: &mut Expr) -> Result<(), CompileError> {
        let ExprKind::BinOp { op, .. } = &e.kind else { return Ok(()) };
        let group = op_group(*op);
        if self.chain_operands(e, group)? {
            if let Some(n) = eval_chain(e, group) {
                self.replace(e, 0, ExprKind::Const(n.to_const()));
            }
        }
        Ok(())
    }

    /// Folds the operands of the chain rooted at `e`; true if all of them are numbers.
    fn chain_operands(&mut self, e: &mut Expr, group: u8) -> Result<bool, CompileError> {
        let ExprKind::BinOp { left, right, .. } = &mut e.kind else { return Ok(false) };
        let left_chains =
            group != 6 && matches!(&left.kind, ExprKind::BinOp { op, .. } if op_group(*op) == group);
        let left_numeric = if left_chains {
            self.enter(left.line)?;
            let r = self.chain_operands(left, group)?;
            self.depth -= 1;
            r
        } else {
            self.expr(left)?;
            number(left).is_some()
        };
        self.expr(right)?;
        Ok(left_numeric && number(right).is_some())
    }

    fn boolop(&mut self, e: &mut Expr, op: BoolOp) {
        let ExprKind::BoolOp { values, .. } = &mut e.kind else { return };
        let n = values.len();
        let mut kept: Vec<usize> = Vec::new();
        for (i, v) in values.iter().enumerate() {
            if i + 1 == n {
                kept.push(i);
                break;
            }
            let t = const_truth(v);
            let short_circuits = if op == BoolOp::Or { t == Some(true) } else { t == Some(false) };
            if short_circuits {
                kept.push(i);
                break;
            }
            if t.is_none() {
                kept.push(i);
            }
        }
        if kept.len() == n {
            return;
        }
        let mut old: Vec<Expr> = core::mem::take(values);
        let mut new_values: Vec<Expr> = Vec::with_capacity(kept.len());
        for &i in kept.iter().rev() {
            new_values.push(old.remove(i));
        }
        new_values.reverse();
        self.replaced.push(ExprKind::Tuple(old));
        if new_values.len() == 1 {
            let only = new_values.remove(0);
            let old_kind = core::mem::replace(e, only).kind;
            self.replaced.push(old_kind);
        } else if let ExprKind::BoolOp { values, .. } = &mut e.kind {
            *values = new_values;
        }
    }
}
