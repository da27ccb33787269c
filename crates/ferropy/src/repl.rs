//! A minimal line-based REPL: MicroPython's banner, `>>> ` and `... ` prompts, expression
//! results printed, and a compound statement read until a blank line. Line editing comes from
//! the terminal itself.

use std::io::Write;

use ferropy_core::compile::Mode;
use ferropy_core::vm::Vm;

pub const BANNER: &str = concat!(
    "MicroPython v1.29.0; ferropy ",
    env!("CARGO_PKG_VERSION"),
    " version\nType \"help()\" for more information.\n"
);

/// Whether `src` needs more lines: an open block, bracket, string or continuation.
fn needs_more(src: &str) -> bool {
    let mut depth = 0i32;
    let mut chars = src.chars().peekable();
    let mut in_str: Option<(char, bool)> = None;
    while let Some(c) = chars.next() {
        match in_str {
            Some((q, triple)) => {
                if c == '\\' {
                    chars.next();
                } else if c == q {
                    if !triple {
                        in_str = None;
                    } else if chars.peek() == Some(&q) {
                        chars.next();
                        if chars.peek() == Some(&q) {
                            chars.next();
                            in_str = None;
                        }
                    }
                }
            }
            None => match c {
                '#' => {
                    while chars.peek().is_some_and(|&n| n != '\n') {
                        chars.next();
                    }
                }
                '\'' | '"' => {
                    let triple = chars.peek() == Some(&c) && {
                        let mut look = chars.clone();
                        look.next();
                        look.peek() == Some(&c)
                    };
                    if triple {
                        chars.next();
                        chars.next();
                    }
                    in_str = Some((c, triple));
                }
                '(' | '[' | '{' => depth += 1,
                ')' | ']' | '}' => depth -= 1,
                _ => {}
            },
        }
    }
    if in_str.is_some_and(|(_, triple)| triple) || depth > 0 {
        return true;
    }
    let last = src.trim_end_matches('\n').lines().last().unwrap_or("");
    let trimmed = last.trim_end();
    trimmed.ends_with(':') || trimmed.ends_with('\\')
}

pub fn run(vm: &mut Vm) -> i32 {
    print!("{BANNER}");
    loop {
        print!(">>> ");
        let _ = std::io::stdout().flush();
        let Some(line) = crate::console_in::read_line() else {
            println!();
            return 0;
        };
        let mut src = String::from_utf8_lossy(&line).into_owned();
        if src.trim_start().starts_with('\u{4}') {
            return 0;
        }
        if needs_more(&src) {
            loop {
                print!("... ");
                let _ = std::io::stdout().flush();
                let line = crate::console_in::read_line().unwrap_or_default();
                let line = String::from_utf8_lossy(&line);
                if line.trim().is_empty() {
                    break;
                }
                src.push_str(&line);
            }
        }
        if src.trim().is_empty() {
            continue;
        }
        let g = vm.main_globals();
        let result = vm.compile_source(&src, "<stdin>", Mode::Single).and_then(|cm| {
            let rc = vm.load_compiled(&cm, g)?;
            vm.run_module_code(rc, g)
        });
        if result.is_err() {
            if let Some(code) = crate::run::exit_code_if_system_exit(vm) {
                return code;
            }
            let e = vm.take_exc();
            vm.print_exception(e);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::needs_more;

    #[test]
    fn continuation_rules() {
        assert!(needs_more("if x:\n"));
        assert!(needs_more("f(1,\n"));
        assert!(needs_more("s = '''abc\n"));
        assert!(!needs_more("x = 1\n"));
        assert!(!needs_more("s = ':'\n"));
        assert!(!needs_more("x = (1)  # (\n"));
        assert!(needs_more("x = 1 + \\\n"));
    }
}
