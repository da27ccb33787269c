//! The parser never panics: every prefix of some programs and pseudo-random input (fixed seed)
//! give a tree or an error.

use std::string::String;
use std::vec::Vec;

use crate::parse::{parse_eval, parse_module, parse_single};

const PROGRAMS: &[&str] = &[
    "def f(a, b=1, *c, d, **e) -> int:\n    '''doc'''\n    return [x ** -2 for x in a if x][b:c:d]\n",
    "class A(B, metaclass=M):\n    @property\n    def x(self): return f'{self.y!r:>{w}}' 'z'\n",
    "try:\n\tx = {1: (2,), 'a': b'\\x00'}\nexcept (E, F) as e:\n\traise G from e\nfinally:\n\tpass\n",
    "async def g():\n  async with a as (b, c):\n    async for i in j: await i\n  yield from k\n",
    "if a:\n  pass\nelif b := c:\n  x, *y = z\nelse:\n  del x[0], y.z\nwhile 1: break\n",
    "from ..m import (a as b, c,)\nimport x.y as z\nglobal q; nonlocal r\nassert s, 't'\nlambda *, u=1: u\n",
    "x = 0x_FF + 0o7 + 0b1 + 1_000.5e-3 + 2j + 99999999999999999999999 + .5 + 1.\n",
    "s = '''multi\nline''' r'\\d' \"\\N\" f'{x=}' f'{{}}' u'\\u00e9'\n",
];

#[test]
fn every_prefix_of_some_programs() {
    for program in PROGRAMS {
        for end in 0..=program.len() {
            if let Some(prefix) = program.get(..end) {
                let _ = parse_module(prefix);
                let _ = parse_single(prefix);
                let _ = parse_eval(prefix);
            }
        }
    }
}

/// xorshift64*: deterministic pseudo-random numbers.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const FRAGMENTS: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    ",",
    ";",
    ".",
    "...",
    "=",
    ":=",
    "+",
    "-",
    "*",
    "**",
    "/",
    "//",
    "@",
    "<",
    ">=",
    "!=",
    "->",
    "~",
    "|",
    "\n",
    "\n  ",
    "\n\t",
    " ",
    "\\\n",
    "#c\n",
    "'",
    "\"",
    "'''",
    "f'{",
    "}'",
    "b'",
    "r'",
    "x",
    "y1",
    "é",
    "1",
    "0x",
    "1e",
    "1.5j",
    "_",
    "if",
    "else",
    "elif",
    "for",
    "in",
    "not",
    "and",
    "or",
    "is",
    "lambda",
    "def",
    "class",
    "return",
    "yield",
    "from",
    "import",
    "as",
    "async",
    "await",
    "with",
    "try",
    "except",
    "finally",
    "while",
    "del",
    "pass",
    "global",
    "assert",
    "raise",
    "None",
    "__debug__",
    "\\N{x}",
    "\\x4",
    "{x!r:>{w}}",
    "{=}",
    "\r",
    "\0",
    "$",
];

#[test]
fn random_fragments() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for _ in 0..3000 {
        let len = rng.below(40);
        let src: String = (0..len).map(|_| FRAGMENTS[rng.below(FRAGMENTS.len())]).collect();
        let _ = parse_module(&src);
        let _ = parse_single(&src);
        let _ = parse_eval(&src);
    }
}

#[test]
fn random_bytes() {
    let mut rng = Rng(12345);
    for _ in 0..2000 {
        let len = rng.below(80);
        let bytes: Vec<u8> = (0..len).map(|_| (rng.next() >> 24) as u8).collect();
        let src = String::from_utf8_lossy(&bytes);
        let _ = parse_module(&src);
        let _ = parse_eval(&src);
    }
}
