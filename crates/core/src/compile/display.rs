//! Displays that unpack (`[*a, b]`, `{*a, b}`, `{**d, 'k': v}`, `(*a, b)`): CPython 3.11
//! syntax that mpy-cross rejects, compiled with standard v6 opcodes only.
//!
//! Each part is evaluated and added in source order, as CPython does: the plain items before
//! the first unpacking build the collection, then every `*x`/`**x` calls the collection's
//! `extend`/`update` method (`DUP_TOP`, `LOAD_METHOD`, `CALL_METHOD 1`, `POP_TOP`: the fresh
//! built-in collection has no other method of that name) and every later plain item is added
//! with `STORE_COMP` (`STORE_MAP` for dict entries, whose key is evaluated first as in CPython).
//! A tuple has no opcode to build it from an iterable, so a compiler-made child function
//! `<star_tuple>(*items)`, returning its argument tuple, is called with the items as star
//! arguments; being loaded by `MAKE_FUNCTION`, it cannot be shadowed by any name.

use alloc::rc::Rc;

use super::compiler::{CResult, Compiler, Pass};
use super::scope::{IdInfo, IdKind, Scope, ScopeKind, ScopeNode, FLAG_PARAM, FLAG_STAR_PARAM};
use super::{CompileError, CompileErrorKind};
use crate::bytecode::opcodes::*;
use crate::bytecode::prelude::FLAG_VARARGS;
use crate::parse::ast::*;

/// `STORE_COMP` argument adding the top of the stack to the list or set just below it.
const STORE_COMP_LIST_BELOW: usize = 1 << 2;
const STORE_COMP_SET_BELOW: usize = (1 << 2) | 2;

/// Most arguments one call passes (`n_pos` is a byte).
const MAX_CALL_ARGS: usize = 0xFF;

pub(super) fn has_starred(items: &[Expr]) -> bool {
    items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_)))
}

impl<'a> Compiler<'a> {
    /// A list (`is_set` false) or set display with starred items.
    pub(super) fn unpacking_list_or_set(&mut self, items: &'a [Expr], is_set: bool) -> CResult {
        let lead = items.iter().take_while(|i| !matches!(i.kind, ExprKind::Starred(_))).count();
        for i in &items[..lead] {
            self.expr(i)?;
        }
        let build = if is_set { BUILD_SET } else { BUILD_LIST };
        self.e.op_uint(build, lead, 1 - lead as i32);
        for item in &items[lead..] {
            match &item.kind {
                ExprKind::Starred(value) => {
                    self.call_on_collection(if is_set { "update" } else { "extend" }, value)?
                }
                _ => {
                    self.expr(item)?;
                    let arg = if is_set { STORE_COMP_SET_BELOW } else { STORE_COMP_LIST_BELOW };
                    self.e.op_uint(STORE_COMP, arg, -1);
                }
            }
        }
        Ok(())
    }

    /// A dict display with `**` entries (`None` keys).
    pub(super) fn unpacking_dict(&mut self, entries: &'a [(Option<Expr>, Expr)]) -> CResult {
        let n_plain = entries.iter().filter(|(k, _)| k.is_some()).count();
        self.e.op_uint(BUILD_MAP, n_plain, 1);
        for (key, value) in entries {
            match key {
                Some(key) => {
                    self.expr(key)?;
                    self.expr(value)?;
                    self.e.op(ROT_TWO, 0);
                    self.e.op(STORE_MAP, -2);
                }
                None => self.call_on_collection("update", value)?,
            }
        }
        Ok(())
    }

    /// A tuple display with starred items. When the only starred item is the last one, the
    /// items are the helper's star arguments directly (every item is evaluated before the
    /// last is unpacked, as in CPython); otherwise they are collected in a list first so that
    /// each starred item is unpacked before the next item is evaluated.
    pub(super) fn unpacking_tuple(&mut self, items: &'a [Expr]) -> CResult {
        self.load_star_tuple_function()?;
        let n = items.len();
        let only_last_starred = items.iter().rposition(|i| matches!(i.kind, ExprKind::Starred(_)))
            == Some(n - 1)
            && !has_starred(&items[..n - 1]);
        let bitmap_fits = n <= self.star_bitmap_positions();
        if only_last_starred && n <= MAX_CALL_ARGS && bitmap_fits {
            for i in items {
                match &i.kind {
                    ExprKind::Starred(value) => self.expr(value)?,
                    _ => self.expr(i)?,
                }
            }
            self.e.load_small_int(1 << (n - 1));
            self.e.op_uint(CALL_FUNCTION_VAR_KW, n, -(n as i32) - 1);
        } else {
            self.unpacking_list_or_set(items, false)?;
            self.e.load_small_int(1);
            self.e.op_uint(CALL_FUNCTION_VAR_KW, 1, -2);
        }
        Ok(())
    }

    /// Calls `method` of the collection on top of the stack with `arg`, keeping the collection.
    fn call_on_collection(&mut self, method: &str, arg: &'a Expr) -> CResult {
        self.e.op(DUP_TOP, 1);
        self.e.op_qstr(LOAD_METHOD, method, 1);
        self.expr(arg)?;
        self.e.op_uint(CALL_METHOD, 1, -2);
        self.e.op(POP_TOP, -1);
        Ok(())
    }

    /// `MAKE_FUNCTION` of the current scope's `<star_tuple>` helper: one child per scope,
    /// created on first use in the scope pass and given one child index in the code pass.
    fn load_star_tuple_function(&mut self) -> CResult {
        let child = match self.scope().star_tuple {
            Some(child) => child,
            // Both passes compile the same code, so the scope pass made the helper.
            None if self.pass == Pass::Code => {
                return Err(CompileError::with_kind(
                    CompileErrorKind::NotImplemented,
                    "tuple display not seen by the scope pass",
                    0,
                ))
            }
            None => {
                let child = self.scopes.len();
                let mut helper = Scope::new(
                    ScopeKind::Function,
                    ScopeNode::StarTuple,
                    Some(self.cur),
                    Rc::from("<star_tuple>"),
                );
                helper.scope_flags = FLAG_VARARGS;
                helper.ids.push(IdInfo {
                    kind: IdKind::Local,
                    flags: FLAG_PARAM | FLAG_STAR_PARAM,
                    local_num: 0,
                    name: Rc::from("items"),
                });
                self.scopes.push(helper);
                self.scope_mut().star_tuple = Some(child);
                child
            }
        };
        let index = match self.pass {
            Pass::Scope => 0,
            Pass::Code => {
                let children = &mut self.scopes[self.cur].children;
                match children.iter().position(|&c| c == child) {
                    Some(i) => i,
                    None => {
                        children.push(child);
                        children.len() - 1
                    }
                }
            }
        };
        self.e.op_uint(MAKE_FUNCTION, index, 1);
        Ok(())
    }

    /// The body of a `<star_tuple>` helper: `return items`.
    pub(super) fn star_tuple_body(&mut self) -> CResult {
        self.e.fast(LOAD_FAST_MULTI, LOAD_FAST_N, 0, 1);
        self.e.op_end_flow(RETURN_VALUE, -1);
        Ok(())
    }
}
