//! The abstract syntax tree the parser produces and the compiler consumes.
//!
//! Every statement and expression carries the source line it starts on: MicroPython records a
//! line-table entry for each parse node it compiles, so the compiler needs lines at both levels
//! to produce the same line-number table as mpy-cross.
//!
//! f-strings do not appear here: as in MicroPython, the lexer rewrites `f"a{x!r:>4}b"` into
//! `"a{!r:>4}b".format(x)`, so they reach the parser as an ordinary method call.

use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec::Vec;

/// An identifier. Shared (`Rc`) because the compiler copies names into scopes and tables.
pub type Ident = Rc<str>;

/// A whole module (or the statements given to `exec`/`eval`/the REPL).
#[derive(Debug, Clone, PartialEq)]
pub struct Module {
    pub body: Vec<Stmt>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Stmt {
    pub line: u32,
    pub kind: StmtKind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum StmtKind {
    /// An expression evaluated for its effect (a call, a docstring, ...).
    Expr(Expr),
    /// `a = b = value`: `targets` in source order, at least one.
    Assign {
        targets: Vec<Expr>,
        value: Expr,
    },
    /// `target op= value`.
    AugAssign {
        target: Expr,
        op: BinOp,
        value: Expr,
    },
    /// `target: annotation [= value]`. MicroPython evaluates neither the annotation nor (for
    /// a plain name without value) anything at all; the annotation is kept for viper.
    AnnAssign {
        target: Expr,
        annotation: Expr,
        value: Option<Expr>,
    },
    Del(Vec<Expr>),
    Pass,
    Break,
    Continue,
    Return(Option<Expr>),
    /// `raise`, `raise exc`, `raise exc from cause`.
    Raise {
        exc: Option<Expr>,
        cause: Option<Expr>,
    },
    Global(Vec<Ident>),
    Nonlocal(Vec<Ident>),
    /// `if test: body` followed by `elif`s (nested in `orelse` as a single `If`) and `else`.
    If {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
        /// This `If` is an `elif` clause of the `If` whose `orelse` it is, not an `if`
        /// statement written inside an `else:` block (MicroPython compiles the two
        /// differently: the last `elif` ends with a jump, an `else: if` does not).
        elif: bool,
    },
    While {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    For {
        is_async: bool,
        target: Expr,
        iter: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    Try {
        body: Vec<Stmt>,
        handlers: Vec<ExceptHandler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
    },
    With {
        is_async: bool,
        items: Vec<WithItem>,
        body: Vec<Stmt>,
    },
    FunctionDef(Box<FunctionDef>),
    ClassDef(Box<ClassDef>),
    /// `import a.b.c [as d], ...`
    Import(Vec<Alias>),
    /// `from [.]*module import names` ; `names` empty means `import *`.
    ImportFrom {
        module: Option<Ident>,
        names: Vec<Alias>,
        level: u32,
    },
    Assert {
        test: Expr,
        msg: Option<Expr>,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct ExceptHandler {
    pub line: u32,
    /// `None` for a bare `except:`.
    pub typ: Option<Expr>,
    pub name: Option<Ident>,
    pub body: Vec<Stmt>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct WithItem {
    pub context: Expr,
    pub target: Option<Expr>,
}

/// `name` is the dotted module path (`a.b.c`) or the imported name; `asname` the `as` name.
#[derive(Debug, Clone, PartialEq)]
pub struct Alias {
    pub name: Ident,
    pub asname: Option<Ident>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FunctionDef {
    pub line: u32,
    pub is_async: bool,
    pub name: Ident,
    pub params: Params,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
    pub returns: Option<Expr>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ClassDef {
    pub line: u32,
    pub name: Ident,
    /// Positional arguments of the class statement (bases, possibly `*args`).
    pub bases: Vec<Expr>,
    /// Keyword arguments of the class statement (`metaclass=...`).
    pub keywords: Vec<Keyword>,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
}

/// Parameters of a `def` or `lambda`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Params {
    /// Positional parameters (including positional-only ones before `/`), in order.
    pub args: Vec<Param>,
    /// Number of leading entries of `args` that were before a `/`.
    pub posonly: usize,
    /// `*name`; `Some` with `name == None` for a bare `*` separator.
    pub vararg: Option<Option<Param>>,
    pub kwonly: Vec<Param>,
    pub kwarg: Option<Param>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Param {
    pub name: Ident,
    pub annotation: Option<Expr>,
    pub default: Option<Expr>,
}

/// `line` is where MicroPython's parse node for the expression starts: its first token,
/// except for a call, subscript or attribute, whose line is that of its `(`, `[` or `.`
/// (MicroPython numbers each such trailer separately), and for a parenthesised tuple, whose
/// line is that of its items' node (the first item, or the second if more than one item
/// follows the first comma); [`Expr::start_line`] gives the first token of any expression.
#[derive(Debug, Clone, PartialEq)]
pub struct Expr {
    pub line: u32,
    pub kind: ExprKind,
    /// The line of the opening parenthesis when the expression is written inside its own
    /// parentheses, e.g. the `(a + b)` of `(a + b) + c` or `(x, y)`. MicroPython's parse
    /// tree keeps such an expression as a separate node, which changes constant folding,
    /// method-call and tuple-swap forms and line numbers.
    pub parens: Option<u32>,
}

impl Expr {
    /// The line of the expression's first token, its opening parenthesis included: the line
    /// of any enclosing node that starts with it.
    pub fn start_line(&self) -> u32 {
        let mut e = self;
        loop {
            if let Some(line) = e.parens {
                return line;
            }
            match &e.kind {
                ExprKind::Call { func: base, .. }
                | ExprKind::Attribute { value: base, .. }
                | ExprKind::Subscript { value: base, .. } => e = base,
                _ => return e.line,
            }
        }
    }

    /// The line of the expression's own node, not counting its own parentheses: for a call,
    /// subscript or attribute, where the whole chain starts.
    pub fn node_line(&self) -> u32 {
        match &self.kind {
            ExprKind::Call { func: base, .. }
            | ExprKind::Attribute { value: base, .. }
            | ExprKind::Subscript { value: base, .. } => base.start_line(),
            _ => self.line,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum ExprKind {
    Name(Ident),
    Const(Const),
    /// Adjacent string literals are concatenated by the parser into one `Const::Str`/`Bytes`.
    BinOp {
        op: BinOp,
        left: Box<Expr>,
        right: Box<Expr>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    /// `a and b and c` / `a or b`: at least two values.
    BoolOp {
        op: BoolOp,
        values: Vec<Expr>,
    },
    /// `a < b <= c`: `ops.len() == comparators.len() >= 1`.
    Compare {
        left: Box<Expr>,
        ops: Vec<CmpOp>,
        comparators: Vec<Expr>,
    },
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    Lambda {
        params: Box<Params>,
        body: Box<Expr>,
    },
    /// `name := value`
    NamedExpr {
        target: Ident,
        value: Box<Expr>,
    },
    /// Positional arguments may contain `Starred` (`*a`); `keywords` holds `k=v` and `**d`.
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        keywords: Vec<Keyword>,
    },
    Attribute {
        value: Box<Expr>,
        attr: Ident,
    },
    Subscript {
        value: Box<Expr>,
        index: Box<Expr>,
    },
    /// `lower:upper:step` inside a subscript; `step` is `Some` only if a second colon was written.
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Option<Box<Expr>>>,
    },
    /// `*value` in a call, display or assignment target.
    Starred(Box<Expr>),
    Tuple(Vec<Expr>),
    List(Vec<Expr>),
    /// `{k: v, **d}`: `None` key means a `**d` entry.
    Dict(Vec<(Option<Expr>, Expr)>),
    Set(Vec<Expr>),
    ListComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    SetComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    DictComp {
        key: Box<Expr>,
        value: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    GeneratorExp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    /// `yield` / `yield value`.
    Yield(Option<Box<Expr>>),
    YieldFrom(Box<Expr>),
    Await(Box<Expr>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Comprehension {
    pub is_async: bool,
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
}

/// `name=value`, or `**value` when `name` is `None`.
#[derive(Debug, Clone, PartialEq)]
pub struct Keyword {
    pub name: Option<Ident>,
    pub value: Expr,
}

/// A literal. Integers too big for `i64` keep their decimal text; the compiler decides
/// (with the target's small-int width) whether a value is a small int or a constant object.
#[derive(Debug, Clone, PartialEq)]
pub enum Const {
    None,
    True,
    False,
    Ellipsis,
    Int(i64),
    /// Decimal digits of an integer literal outside the `i64` range, with a leading `-` if
    /// negative (only produced by constant folding).
    BigInt(String),
    Float(f64),
    /// The imaginary part of an imaginary literal (`2j` → `Imag(2.0)`).
    Imag(f64),
    Str(String),
    Bytes(Vec<u8>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

/// Binary operators, numbered as MicroPython's `mp_binary_op_t` non-inplace forms
/// (`BINARY_OP_MULTI` byte = 0xD7 + number); the in-place form is `number - 18`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    Or = 22,
    Xor = 23,
    And = 24,
    LShift = 25,
    RShift = 26,
    Add = 27,
    Sub = 28,
    Mult = 29,
    MatMult = 30,
    FloorDiv = 31,
    Div = 32,
    Mod = 33,
    Pow = 34,
}

/// Unary operators, numbered as MicroPython's `mp_unary_op_t` (`UNARY_OP_MULTI` = 0xD0 + n).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    UAdd = 0,
    USub = 1,
    Invert = 2,
    Not = 3,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    Lt,
    Gt,
    Eq,
    LtE,
    GtE,
    NotEq,
    In,
    NotIn,
    Is,
    IsNot,
}
