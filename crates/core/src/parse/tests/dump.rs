//! A compact S-expression rendering of the AST, so tests can state expected trees in one line:
//! `a + b * c` is `(+ a (* b c))`. Line numbers are not shown (tests check them separately).

use std::boxed::Box;
use std::format;
use std::string::String;
use std::vec::Vec;

use crate::parse::ast::*;

fn join<T>(items: &[T], f: impl Fn(&T) -> String) -> String {
    items.iter().map(f).collect::<Vec<_>>().join(" ")
}

fn opt(e: &Option<Box<Expr>>) -> String {
    e.as_ref().map_or(String::from("_"), |e| expr(e))
}

pub fn binop(op: BinOp) -> &'static str {
    match op {
        BinOp::Or => "|",
        BinOp::Xor => "^",
        BinOp::And => "&",
        BinOp::LShift => "<<",
        BinOp::RShift => ">>",
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mult => "*",
        BinOp::MatMult => "@",
        BinOp::FloorDiv => "//",
        BinOp::Div => "/",
        BinOp::Mod => "%",
        BinOp::Pow => "**",
    }
}

fn cmpop(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Lt => "<",
        CmpOp::Gt => ">",
        CmpOp::Eq => "==",
        CmpOp::LtE => "<=",
        CmpOp::GtE => ">=",
        CmpOp::NotEq => "!=",
        CmpOp::In => "in",
        CmpOp::NotIn => "not-in",
        CmpOp::Is => "is",
        CmpOp::IsNot => "is-not",
    }
}

fn constant(c: &Const) -> String {
    match c {
        Const::None => "None".into(),
        Const::True => "True".into(),
        Const::False => "False".into(),
        Const::Ellipsis => "...".into(),
        Const::Int(v) => format!("{v}"),
        Const::BigInt(s) => format!("big:{s}"),
        Const::Float(v) => format!("{v:?}"),
        Const::Imag(v) => format!("{v:?}j"),
        Const::Str(s) => format!("{s:?}"),
        Const::Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
    }
}

fn generators(gens: &[Comprehension]) -> String {
    join(gens, |g| {
        let ifs: String = g.ifs.iter().map(|c| format!(" (if {})", expr(c))).collect();
        format!("(for {} {}{})", expr(&g.target), expr(&g.iter), ifs)
    })
}

fn keyword(k: &Keyword) -> String {
    match &k.name {
        Some(name) => format!("{name}={}", expr(&k.value)),
        None => format!("**{}", expr(&k.value)),
    }
}

fn call_args(args: &[Expr], keywords: &[Keyword]) -> String {
    let mut parts: Vec<String> = args.iter().map(expr).collect();
    parts.extend(keywords.iter().map(keyword));
    parts.iter().map(|p| format!(" {p}")).collect()
}

fn param(p: &Param) -> String {
    let mut s = format!("{}", p.name);
    if let Some(a) = &p.annotation {
        s += &format!(":{}", expr(a));
    }
    if let Some(d) = &p.default {
        s += &format!("={}", expr(d));
    }
    s
}

pub fn params(p: &Params) -> String {
    let mut parts: Vec<String> = Vec::new();
    for (i, a) in p.args.iter().enumerate() {
        parts.push(param(a));
        if i + 1 == p.posonly {
            parts.push("/".into());
        }
    }
    match &p.vararg {
        Some(Some(v)) => parts.push(format!("*{}", param(v))),
        Some(None) => parts.push("*".into()),
        None => {}
    }
    parts.extend(p.kwonly.iter().map(param));
    if let Some(k) = &p.kwarg {
        parts.push(format!("**{}", param(k)));
    }
    format!("({})", parts.join(" "))
}

pub fn expr(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Name(n) => format!("{n}"),
        ExprKind::Const(c) => constant(c),
        ExprKind::BinOp { op, left, right } => format!("({} {} {})", binop(*op), expr(left), expr(right)),
        ExprKind::UnaryOp { op, operand } => {
            let name = match op {
                UnaryOp::UAdd => "pos",
                UnaryOp::USub => "neg",
                UnaryOp::Invert => "~",
                UnaryOp::Not => "not",
            };
            format!("({name} {})", expr(operand))
        }
        ExprKind::BoolOp { op, values } => {
            let name = if *op == BoolOp::And { "and" } else { "or" };
            format!("({name} {})", join(values, expr))
        }
        ExprKind::Compare { left, ops, comparators } => {
            let rest: String =
                ops.iter().zip(comparators).map(|(o, c)| format!(" {} {}", cmpop(*o), expr(c))).collect();
            format!("(cmp {}{rest})", expr(left))
        }
        ExprKind::IfExp { test, body, orelse } => {
            format!("(if {} {} {})", expr(test), expr(body), expr(orelse))
        }
        ExprKind::Lambda { params: p, body } => format!("(lambda {} {})", params(p), expr(body)),
        ExprKind::NamedExpr { target, value } => format!("(:= {target} {})", expr(value)),
        ExprKind::Call { func, args, keywords } => {
            format!("(call {}{})", expr(func), call_args(args, keywords))
        }
        ExprKind::Attribute { value, attr } => format!("(. {} {attr})", expr(value)),
        ExprKind::Subscript { value, index } => format!("([] {} {})", expr(value), expr(index)),
        ExprKind::Slice { lower, upper, step } => match step {
            None => format!("(slice {} {})", opt(lower), opt(upper)),
            Some(step) => format!("(slice {} {} {})", opt(lower), opt(upper), opt(step)),
        },
        ExprKind::Starred(v) => format!("*{}", expr(v)),
        ExprKind::Tuple(items) => {
            format!("(tuple{})", items.iter().map(|i| format!(" {}", expr(i))).collect::<String>())
        }
        ExprKind::List(items) => format!("[{}]", join(items, expr)),
        ExprKind::Set(items) => format!("{{{}}}", join(items, expr)),
        ExprKind::Dict(entries) => {
            let parts: String = entries
                .iter()
                .map(|(k, v)| match k {
                    Some(k) => format!(" {}:{}", expr(k), expr(v)),
                    None => format!(" **{}", expr(v)),
                })
                .collect();
            format!("(dict{parts})")
        }
        ExprKind::ListComp { elt, generators: g } => format!("(listcomp {} {})", expr(elt), generators(g)),
        ExprKind::SetComp { elt, generators: g } => format!("(setcomp {} {})", expr(elt), generators(g)),
        ExprKind::GeneratorExp { elt, generators: g } => format!("(genexp {} {})", expr(elt), generators(g)),
        ExprKind::DictComp { key, value, generators: g } => {
            format!("(dictcomp {}:{} {})", expr(key), expr(value), generators(g))
        }
        ExprKind::Yield(None) => "(yield)".into(),
        ExprKind::Yield(Some(v)) => format!("(yield {})", expr(v)),
        ExprKind::YieldFrom(v) => format!("(yield-from {})", expr(v)),
        ExprKind::Await(v) => format!("(await {})", expr(v)),
    }
}

fn block(body: &[Stmt]) -> String {
    format!("[{}]", join(body, stmt))
}

fn alias(a: &Alias) -> String {
    match &a.asname {
        Some(asname) => format!("{} as {asname}", a.name),
        None => format!("{}", a.name),
    }
}

fn decorators(list: &[Expr]) -> String {
    list.iter().map(|d| format!("@{} ", expr(d))).collect()
}

pub fn stmt(s: &Stmt) -> String {
    match &s.kind {
        StmtKind::Expr(e) => expr(e),
        StmtKind::Assign { targets, value } => format!("(= {} {})", join(targets, expr), expr(value)),
        StmtKind::AugAssign { target, op, value } => {
            format!("({}= {} {})", binop(*op), expr(target), expr(value))
        }
        StmtKind::AnnAssign { target, annotation, value } => match value {
            Some(v) => format!("(ann {} {} {})", expr(target), expr(annotation), expr(v)),
            None => format!("(ann {} {})", expr(target), expr(annotation)),
        },
        StmtKind::Del(targets) => format!("(del {})", join(targets, expr)),
        StmtKind::Pass => "pass".into(),
        StmtKind::Break => "break".into(),
        StmtKind::Continue => "continue".into(),
        StmtKind::Return(None) => "(return)".into(),
        StmtKind::Return(Some(v)) => format!("(return {})", expr(v)),
        StmtKind::Raise { exc, cause } => {
            let mut s = String::from("(raise");
            if let Some(e) = exc {
                s += &format!(" {}", expr(e));
            }
            if let Some(c) = cause {
                s += &format!(" from {}", expr(c));
            }
            s + ")"
        }
        StmtKind::Global(names) => format!("(global {})", join(names, |n| format!("{n}"))),
        StmtKind::Nonlocal(names) => format!("(nonlocal {})", join(names, |n| format!("{n}"))),
        StmtKind::If { test, body, orelse, elif } => {
            format!(
                "({} {} {} {})",
                if *elif { "elif" } else { "if" },
                expr(test),
                block(body),
                block(orelse)
            )
        }
        StmtKind::While { test, body, orelse } => {
            format!("(while {} {} {})", expr(test), block(body), block(orelse))
        }
        StmtKind::For { is_async, target, iter, body, orelse } => format!(
            "({}for {} {} {} {})",
            if *is_async { "async-" } else { "" },
            expr(target),
            expr(iter),
            block(body),
            block(orelse)
        ),
        StmtKind::Try { body, handlers, orelse, finalbody } => {
            let handlers: String = handlers
                .iter()
                .map(|h| {
                    let typ = h.typ.as_ref().map_or(String::from("_"), expr);
                    let name = h.name.as_ref().map_or(String::new(), |n| format!(" as {n}"));
                    format!(" (except {typ}{name} {})", block(&h.body))
                })
                .collect();
            format!("(try {}{handlers} {} {})", block(body), block(orelse), block(finalbody))
        }
        StmtKind::With { is_async, items, body } => {
            let items = join(items, |i| match &i.target {
                Some(t) => format!("{} as {}", expr(&i.context), expr(t)),
                None => expr(&i.context),
            });
            format!("({}with {items} {})", if *is_async { "async-" } else { "" }, block(body))
        }
        StmtKind::FunctionDef(f) => {
            let returns = f.returns.as_ref().map_or(String::new(), |r| format!(" -> {}", expr(r)));
            format!(
                "({}{}def {} {}{returns} {})",
                decorators(&f.decorators),
                if f.is_async { "async-" } else { "" },
                f.name,
                params(&f.params),
                block(&f.body)
            )
        }
        StmtKind::ClassDef(c) => format!(
            "({}class {}{} {})",
            decorators(&c.decorators),
            c.name,
            call_args(&c.bases, &c.keywords),
            block(&c.body)
        ),
        StmtKind::Import(aliases) => format!("(import {})", join(aliases, alias)),
        StmtKind::ImportFrom { module, names, level } => {
            let module = module.as_ref().map_or(String::new(), |m| format!("{m}"));
            let names = if names.is_empty() { String::from("*") } else { join(names, alias) };
            format!("(from {}{module} {names})", ".".repeat(*level as usize))
        }
        StmtKind::Assert { test, msg } => match msg {
            Some(m) => format!("(assert {} {})", expr(test), expr(m)),
            None => format!("(assert {})", expr(test)),
        },
    }
}

pub fn module(m: &Module) -> String {
    join(&m.body, stmt)
}
