//! `import`: built-in modules, then `.py`/`.mpy` files and packages found along `sys.path`
//! through the port's file access, or frozen modules where `sys.path` says `.frozen`; compiling
//! source; `exec`/`eval` of source text.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::bytecode::code::CompiledModule;
use crate::compile::{self, CompileErrorKind, CompileOptions, Mode};
use crate::obj::{dict, exception, list, module, str as pystr, tuple};
use crate::port::PathKind;
use crate::qstr::{q, Qstr};
use crate::value::{Value, SMALL_INT_BITS};
use crate::vm::frozen::{FrozenEntry, FrozenModule, FROZEN_PATH};
use crate::vm::{PyResult, Raised, Vm};

impl Vm {
    /// Compiles source text; compile errors become `SyntaxError` (and friends) with the file and
    /// line in their traceback.
    pub fn compile_source(&mut self, src: &str, filename: &str, mode: Mode) -> PyResult<CompiledModule> {
        let opts = CompileOptions {
            opt_level: self.opt_level,
            small_int_bits: SMALL_INT_BITS as u8,
            mode,
            emit_native: false,
        };
        let popts = crate::parse::ParseOptions { debug: self.opt_level == 0, ..Default::default() };
        let parsed = match mode {
            Mode::Eval => popts.parse_eval(src).map(|e| crate::parse::ast::Module {
                body: alloc::vec![crate::parse::ast::Stmt {
                    line: e.line,
                    kind: crate::parse::ast::StmtKind::Expr(e)
                }],
            }),
            Mode::Single => popts.parse_single(src),
            Mode::Module => popts.parse_module(src),
        };
        let result = match parsed {
            Ok(m) => compile::compile_module(m, filename, &opts),
            Err(e) => Err(parse_to_compile_error(e)),
        };
        match result {
            Ok(cm) => {
                if self.verbose >= 2 {
                    let mut listing = String::new();
                    crate::bytecode::showbc::show_module(&cm, &mut listing);
                    self.write_stdout(&listing);
                }
                Ok(cm)
            }
            Err(e) => {
                let ty: &'static crate::obj::Type = match e.kind {
                    CompileErrorKind::Syntax => &exception::SYNTAX_ERROR_TYPE,
                    CompileErrorKind::Indentation => &exception::INDENTATION_ERROR_TYPE,
                    CompileErrorKind::NotImplemented => &exception::NOT_IMPLEMENTED_ERROR_TYPE,
                    CompileErrorKind::RecursionDepth | CompileErrorKind::BytecodeOverflow => {
                        &exception::RUNTIME_ERROR_TYPE
                    }
                };
                let exc = exception::new_with_msg(self, ty, &e.message)?;
                let file = self.intern(filename);
                let scope = match &e.scope_name {
                    Some(s) => self.intern(s),
                    None => Qstr::NULL,
                };
                exception::add_traceback(self, exc, file, e.line as usize, scope);
                Err(self.raise(exc))
            }
        }
    }

    /// Compiles and runs `src` as a module body in `globals`.
    pub fn exec_source(&mut self, src: &str, filename: &str, globals: Value) -> PyResult<Value> {
        let rc = self.load_source(src, filename, globals)?;
        self.run_module_code(rc, globals)
    }

    /// Compiles `src` as a module body for `globals` and loads it into the heap; the compiler's
    /// output (outside the heap) is dropped before the module runs.
    pub fn load_source(&mut self, src: &str, filename: &str, globals: Value) -> PyResult<Value> {
        let cm = self.compile_source(src, filename, Mode::Module)?;
        self.load_compiled(&cm, globals)
    }

    /// `IMPORT_NAME`: through `builtins.__import__` if the program replaced it.
    pub(crate) fn import_name(
        &mut self,
        name: Qstr,
        fromlist: Value,
        level: Value,
        globals: Value,
    ) -> PyResult<Value> {
        if !self.builtins_dict.is_null() {
            if let Some(f) = dict::get_qstr(self, self.builtins_dict, q::__import__) {
                let locals = self.current_locals();
                return self.call(f, &[Value::qstr(name), globals, locals, fromlist, level]);
            }
        }
        self.import_module(name, fromlist, level, globals)
    }

    /// The built-in import of `name`.
    fn import_module(
        &mut self,
        name: Qstr,
        fromlist: Value,
        level: Value,
        globals: Value,
    ) -> PyResult<Value> {
        let level = level.small_int_value().unwrap_or(0).max(0) as usize;
        let name_s = self.qstr_str(name);
        let full: String =
            if level > 0 { self.resolve_relative(name_s, level, globals)? } else { String::from(name_s) };
        if full.is_empty() {
            return Err(self.raise_msg(&exception::IMPORT_ERROR_TYPE, "can't perform relative import"));
        }
        let leaf = self.import_dotted(&full)?;
        let want_leaf = !fromlist.is_none() && !fromlist.is_null();
        if want_leaf || level > 0 && name_s.is_empty() || !full.contains('.') {
            return Ok(leaf);
        }
        let top = full.split('.').next().unwrap_or(&full);
        let q = self.intern(top);
        match dict::get_qstr(self, self.sys.modules, q) {
            Some(m) => Ok(m),
            None => Ok(leaf),
        }
    }

    /// The absolute name for a relative import of `name` at `level` from the module with
    /// `globals`.
    fn resolve_relative(&mut self, name: &str, level: usize, globals: Value) -> PyResult<String> {
        let Some(modname) = dict::get_qstr(self, globals, q::__name__).and_then(|v| self.text_of(v)) else {
            return Err(self.raise_msg(&exception::IMPORT_ERROR_TYPE, "can't perform relative import"));
        };
        let is_package = dict::get_qstr(self, globals, q::__path__).is_some();
        let mut parts: Vec<&str> = modname.split('.').collect();
        if !is_package {
            parts.pop();
        }
        for _ in 1..level {
            if parts.pop().is_none() {
                break;
            }
        }
        let mut base = parts.join(".");
        if base.is_empty() || modname == "__main__" {
            return Err(self.raise_msg(&exception::IMPORT_ERROR_TYPE, "can't perform relative import"));
        }
        if !name.is_empty() {
            base.push('.');
            base.push_str(name);
        }
        Ok(base)
    }

    /// Imports `a.b.c` (each package in turn) and returns the module `a.b.c`.
    pub fn import_dotted(&mut self, full: &str) -> PyResult<Value> {
        let mut parent: Option<Value> = None;
        let mut path_so_far = String::new();
        let mut result = Value::NONE;
        for part in full.split('.') {
            if !path_so_far.is_empty() {
                path_so_far.push('.');
            }
            path_so_far.push_str(part);
            let fq = self.intern(&path_so_far);
            let loaded_before = dict::get_qstr(self, self.sys.modules, fq).is_some();
            let m = self.import_one(&path_so_far, part, parent)?;
            // Only the first import of a submodule binds it in its package (a package may
            // rebind the name, e.g. to a function imported from the submodule).
            if let Some(p) = parent.filter(|_| !loaded_before) {
                let pq = self.intern(part);
                if module::is_module(p) {
                    self.store_attr(p, pq, m)?;
                }
            }
            parent = Some(m);
            result = m;
        }
        Ok(result)
    }

    /// Imports one level of a dotted name: `full` is the whole dotted name so far, `part` its
    /// last component, `parent` the package it is in.
    fn import_one(&mut self, full: &str, part: &str, parent: Option<Value>) -> PyResult<Value> {
        let fq = self.intern(full);
        // An empty `sys.path` forces a built-in module, even over one already imported from a
        // file (a file extending a built-in imports the built-in that way).
        let extensible = parent.is_none() && crate::modules::is_extensible(self.qstr_str(fq));
        if !(extensible && list::items(self.sys.path).is_empty()) {
            if let Some(m) = dict::get_qstr(self, self.sys.modules, fq) {
                return Ok(m);
            }
        }
        // Built-ins come first, except the extensible ones (`os`, `time`, ...), which a file
        // along `sys.path` may replace.
        if parent.is_none() && !extensible {
            if let Some(m) = crate::modules::make_builtin(self, fq)? {
                return self.cache_builtin(fq, m);
            }
        }
        let dirs: Vec<String> = match parent {
            Some(p) => match module::lookup(self, p, q::__path__).and_then(|v| self.text_of(v)) {
                Some(d) => alloc::vec![String::from(d)],
                None => return Err(self.no_module(full)),
            },
            None => self.sys_path_entries(),
        };
        for dir in dirs {
            let base = if dir.is_empty() { String::from(part) } else { format!("{dir}/{part}") };
            if base.starts_with(FROZEN_PATH) {
                match self.find_frozen(&base) {
                    Some(FrozenEntry::File(fm)) => return self.load_frozen_module(fq, fm, None),
                    Some(FrozenEntry::Dir) => match self.find_frozen_init(&base) {
                        Some(fm) => return self.load_frozen_module(fq, fm, Some(&base)),
                        None => return self.namespace_package(fq, &base),
                    },
                    None => continue,
                }
            }
            if crate::modules::vfs::import_stat(self, &base) == PathKind::Dir {
                let init = format!("{base}/__init__.py");
                if crate::modules::vfs::import_stat(self, &init) == PathKind::File {
                    return self.load_source_module(fq, &init, Some(&base));
                }
                return self.namespace_package(fq, &base);
            }
            let file = format!("{base}.py");
            if crate::modules::vfs::import_stat(self, &file) == PathKind::File {
                return self.load_source_module(fq, &file, None);
            }
            let mpy = format!("{base}.mpy");
            if crate::modules::vfs::import_stat(self, &mpy) == PathKind::File {
                return self.load_mpy_module(fq, &mpy);
            }
        }
        if parent.is_none() {
            if let Some(m) = crate::modules::extensible_builtin(self, fq)? {
                return Ok(m);
            }
        }
        Err(self.no_module(full))
    }

    /// Records a built-in module in `sys.modules`, unless the name is taken (by a file module
    /// that extends the built-in and is importing it).
    fn cache_builtin(&mut self, name: Qstr, m: Value) -> PyResult<Value> {
        if dict::get_qstr(self, self.sys.modules, name).is_none() {
            dict::set_qstr(self, self.sys.modules, name, m)?;
        }
        Ok(m)
    }

    /// `-m module`: runs the module's file as `__main__`.
    pub fn import_main_module(&mut self, name: &str) -> PyResult<()> {
        let rel = name.replace('.', "/");
        for dir in self.sys_path_entries() {
            let base = if dir.is_empty() { rel.clone() } else { format!("{dir}/{rel}") };
            if let Some(FrozenEntry::File(fm)) = self.find_frozen(&base) {
                let g = self.main_globals;
                let f = pystr::new(self, fm.0)?;
                dict::set_qstr(self, g, q::__file__, f)?;
                return self.exec_frozen(fm, g).map(|_| ());
            }
            let mpy = format!("{base}.mpy");
            if crate::modules::vfs::import_stat(self, &format!("{base}.py")) != PathKind::File
                && crate::modules::vfs::import_stat(self, &mpy) == PathKind::File
            {
                let g = self.main_globals;
                let f = pystr::new(self, &mpy)?;
                dict::set_qstr(self, g, q::__file__, f)?;
                return self.exec_mpy_file(&mpy, g).map(|_| ());
            }
            for file in [format!("{base}.py"), format!("{base}/__main__.py")] {
                if crate::modules::vfs::import_stat(self, &file) != PathKind::File {
                    continue;
                }
                let Some(data) = crate::modules::vfs::read_file(self, &file)? else { continue };
                let src = String::from_utf8_lossy(&data).into_owned();
                let g = self.main_globals;
                let f = pystr::new(self, &file)?;
                dict::set_qstr(self, g, q::__file__, f)?;
                return self.exec_source(&src, &file, g).map(|_| ());
            }
        }
        Err(self.no_module(name))
    }

    fn no_module(&mut self, name: &str) -> Raised {
        self.raise_msg(&exception::IMPORT_ERROR_TYPE, &format!("no module named '{name}'"))
    }

    fn sys_path_entries(&mut self) -> Vec<String> {
        let items = list::items(self.sys.path).to_vec();
        items.iter().filter_map(|&v| self.text_of(v).map(String::from)).collect()
    }

    /// A package directory without `__init__.py`.
    fn namespace_package(&mut self, name: Qstr, dir: &str) -> PyResult<Value> {
        let m = module::new(self, name, &[])?;
        let g = module::get(m).globals;
        let d = pystr::new(self, dir)?;
        dict::set_qstr(self, g, q::__path__, d)?;
        dict::set_qstr(self, self.sys.modules, name, m)?;
        Ok(m)
    }

    /// Creates module `name` with `__file__` (and `__path__` for a package), registers it in
    /// `sys.modules` and runs `body` in its globals; on failure the module is removed again.
    fn load_module_with(
        &mut self,
        name: Qstr,
        file: &str,
        package_dir: Option<&str>,
        body: impl FnOnce(&mut Vm, Value) -> PyResult<Value>,
    ) -> PyResult<Value> {
        let m = module::new(self, name, &[])?;
        let g = module::get(m).globals;
        let f = pystr::new(self, file)?;
        dict::set_qstr(self, g, q::__file__, f)?;
        if let Some(dir) = package_dir {
            let d = pystr::new(self, dir)?;
            dict::set_qstr(self, g, q::__path__, d)?;
        }
        dict::set_qstr(self, self.sys.modules, name, m)?;
        if let Err(e) = body(self, g) {
            let exc = self.take_exc();
            let _ = dict::del_item(self, self.sys.modules, Value::qstr(name));
            self.exc = exc;
            return Err(e);
        }
        Ok(m)
    }

    /// Compiles and runs a module from a source file.
    fn load_source_module(&mut self, name: Qstr, file: &str, package_dir: Option<&str>) -> PyResult<Value> {
        let Some(data) = crate::modules::vfs::read_file(self, file)? else {
            return Err(self.raise_args(&exception::OS_ERROR_TYPE, &[Value::small_int(2)]));
        };
        let Ok(src) = String::from_utf8(data) else {
            return Err(self.raise_msg(&exception::SYNTAX_ERROR_TYPE, "invalid UTF-8 in source"));
        };
        self.load_module_with(name, file, package_dir, |vm, g| vm.exec_source(&src, file, g))
    }

    /// Loads a compiled `.mpy` module file.
    fn load_mpy_module(&mut self, name: Qstr, file: &str) -> PyResult<Value> {
        self.load_module_with(name, file, None, |vm, g| vm.exec_mpy_file(file, g))
    }

    /// Runs a frozen module; its `__file__` is its frozen path, as in MicroPython.
    fn load_frozen_module(
        &mut self,
        name: Qstr,
        fm: FrozenModule,
        package_dir: Option<&str>,
    ) -> PyResult<Value> {
        self.load_module_with(name, fm.0, package_dir, |vm, g| vm.exec_frozen(fm, g))
    }

    /// Loads and runs a `.mpy` file in `globals`: in place if the port can map it, else from a
    /// copy read into memory.
    pub fn exec_mpy_file(&mut self, file: &str, globals: Value) -> PyResult<Value> {
        if let Some(data) = crate::modules::vfs::map_file(self, file) {
            return self.exec_mpy_in_place(data, globals);
        }
        let Some(data) = crate::modules::vfs::read_file(self, file)? else {
            return Err(self.raise_args(&exception::OS_ERROR_TYPE, &[Value::small_int(2)]));
        };
        let cm = match crate::mpy::read_mpy(&data, SMALL_INT_BITS as u8) {
            Ok(cm) => cm,
            Err(e) => return Err(self.value_error(&e.message)),
        };
        let rc = self.load_compiled(&cm, globals)?;
        self.run_module_code(rc, globals)
    }

    /// `IMPORT_FROM`: an attribute of the module, or a submodule of a package.
    pub(crate) fn import_from(&mut self, m: Value, name: Qstr) -> PyResult<Value> {
        if let Some(v) = self.load_attr_opt(m, name)? {
            return Ok(v);
        }
        if module::is_module(m) && module::lookup(self, m, q::__path__).is_some() {
            let pkg = self.qstr_str(module::get(m).name);
            let full = format!("{pkg}.{}", self.qstr_str(name));
            return self.import_dotted(&full);
        }
        let n = self.qstr_str(name);
        Err(self.raise_msg(&exception::IMPORT_ERROR_TYPE, &format!("cannot import name {n}")))
    }

    /// `IMPORT_STAR`: copies the module's public names (or `__all__`) into the frame's locals.
    pub(crate) fn import_star(&mut self, fi: usize, m: Value) -> PyResult<()> {
        if !module::is_module(m) {
            return self.import_star_object(fi, m);
        }
        // `__all__` may come from a module `__getattr__`; an AttributeError means there is none.
        let all = match self.load_attr(m, q::__all__) {
            Ok(all) => Some(all),
            Err(_) if self.exc_matches(&exception::ATTRIBUTE_ERROR_TYPE) => {
                self.take_exc();
                None
            }
            Err(e) => return Err(e),
        };
        let md = module::get(m);
        if let Some(all) = all {
            // Every name `__all__` lists, private or not, through `__getattr__` if need be.
            for n in self.iter_to_vec(all)? {
                let q = self.to_qstr(n)?;
                let v = self.load_attr(m, q)?;
                self.store_name(fi, q, v)?;
            }
            return Ok(());
        }
        let mut names: Vec<(Value, Value)> = md.table.iter().map(|&(k, v)| (Value::qstr(k), v)).collect();
        names.extend(dict::pairs(md.globals));
        for (k, v) in names {
            let Some(s) = self.text_of(k) else { continue };
            if s.starts_with('_') {
                continue;
            }
            let q = self.to_qstr(k)?;
            self.store_name(fi, q, v)?;
        }
        Ok(())
    }

    /// `from x import *` where `x` is not a module (an object put in `sys.modules`): the names
    /// in its `__all__`, else the public names of its `__dict__`.
    fn import_star_object(&mut self, fi: usize, m: Value) -> PyResult<()> {
        let names: Vec<(Qstr, Value)> = if let Some(all) = self.load_attr_opt(m, q::__all__)? {
            let mut out = Vec::new();
            for n in self.iter_to_vec(all)? {
                let q = self.to_qstr(n)?;
                let v = self.load_attr(m, q)?;
                self.pin(v);
                out.push((q, v));
            }
            out
        } else {
            let d = match self.load_attr_opt(m, q::__dict__)? {
                Some(d) if dict::is_dict(d) || d.is_exact(&dict::INSTANCE_DICT_TYPE) => d,
                _ => {
                    return Err(self.raise_msg(
                        &exception::IMPORT_ERROR_TYPE,
                        "from-import-* object has no __dict__ and no __all__",
                    ))
                }
            };
            let mut out = Vec::new();
            for (k, v) in dict::pairs(d) {
                self.pin(v);
                if self.text_of(k).is_some_and(|s| !s.starts_with('_')) {
                    out.push((self.to_qstr(k)?, v));
                }
            }
            out
        };
        for (q, v) in names {
            self.store_name(fi, q, v)?;
        }
        Ok(())
    }

    /// `__import__(name, globals, locals, fromlist, level)` with the given arguments.
    pub fn builtin_import(&mut self, args: &[Value]) -> PyResult<Value> {
        let name = self.to_qstr(args[0])?;
        let level = match args.get(4) {
            Some(&l) => self.to_i64(l)?,
            None => 0,
        };
        if level < 0 {
            return Err(self.value_error("level must be >= 0"));
        }
        if level == 0 && self.qstr_str(name).is_empty() {
            return Err(self.value_error("Empty module name"));
        }
        let given_globals = args.get(1).copied().filter(|g| !g.is_none());
        if level > 0 && given_globals.is_some_and(|g| self.native_of(g, &dict::DICT_TYPE).is_none()) {
            return Err(self.type_error("globals must be a dict"));
        }
        let globals = given_globals.filter(|g| dict::is_dict(*g)).unwrap_or(self.main_globals);
        let fromlist = args.get(3).copied().unwrap_or(Value::NONE);
        let level = Value::small_int(level.min(1 << 20) as isize);
        let fromlist = if fromlist.is_exact(&tuple::TUPLE_TYPE) && tuple::items(fromlist).is_empty() {
            Value::NONE
        } else {
            fromlist
        };
        self.import_module(name, fromlist, level, globals)
    }
}

/// A parse error in the compiler's error form.
fn parse_to_compile_error(e: crate::parse::ParseError) -> compile::CompileError {
    let kind = match e.kind {
        crate::parse::ParseErrorKind::Syntax => CompileErrorKind::Syntax,
        crate::parse::ParseErrorKind::Indentation => CompileErrorKind::Indentation,
        crate::parse::ParseErrorKind::RecursionLimit => CompileErrorKind::RecursionDepth,
        crate::parse::ParseErrorKind::NotImplemented => CompileErrorKind::NotImplemented,
    };
    compile::CompileError { message: e.message, line: e.line, kind, scope_name: None }
}
