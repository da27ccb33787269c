# String processing and recursion: generate arithmetic expressions as text,
# tokenise them character by character, parse with a recursive-descent parser into
# tuples, evaluate the trees, and print them back as text to re-parse.
# Checksum: the sum of values and a hash of the re-printed text.
import sys

DEFAULT_N = 2000
TINY_N = 10
N = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_N


class Rng:
    def __init__(self, seed):
        self.state = seed

    def below(self, bound):
        self.state = (self.state * 214013 + 2531011) & 0xFFFFFFFF
        return (self.state >> 16) % bound


def generate(rng, depth):
    if depth == 0 or rng.below(4) == 0:
        return str(rng.below(100))
    op = "+-*%"[rng.below(4)]
    left = generate(rng, depth - 1)
    right = generate(rng, depth - 1)
    if op == "%":
        # Keep the right operand's text but make its value a nonzero constant.
        right = "((" + right + ")*0+" + str(1 + rng.below(9)) + ")"
    text = left + " " + op + " " + right
    if rng.below(3) == 0:
        return "(" + text + ")"
    return text


def tokenize(text):
    tokens = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == " ":
            i += 1
        elif ch.isdigit():
            j = i
            while j < n and text[j].isdigit():
                j += 1
            tokens.append(("num", int(text[i:j])))
            i = j
        elif ch in "+-*%()":
            tokens.append(("op", ch))
            i += 1
        else:
            raise ValueError("bad character " + ch)
    tokens.append(("end", None))
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def take(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def expression(self):
        node = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]
            node = (op, node, self.term())
        return node

    def term(self):
        node = self.factor()
        while self.peek()[1] in ("*", "%"):
            op = self.take()[1]
            node = (op, node, self.factor())
        return node

    def factor(self):
        kind, value = self.take()
        if kind == "num":
            return value
        if value == "(":
            node = self.expression()
            self.take()
            return node
        if value == "-":
            return ("neg", self.factor(), None)
        raise ValueError("unexpected token")


def evaluate(node):
    if isinstance(node, int):
        return node
    op, a, b = node
    if op == "neg":
        return -evaluate(a)
    x = evaluate(a)
    y = evaluate(b)
    if op == "+":
        return x + y
    if op == "-":
        return x - y
    if op == "*":
        return x * y
    return x % y


def show(node):
    if isinstance(node, int):
        return str(node)
    op, a, b = node
    if op == "neg":
        return "(-" + show(a) + ")"
    return "(" + show(a) + op + show(b) + ")"


def run(count):
    rng = Rng(99)
    total = 0
    digest = 0
    tokens_seen = 0
    for _ in range(count):
        text = generate(rng, 6)
        tokens = tokenize(text)
        tokens_seen += len(tokens)
        tree = Parser(tokens).expression()
        value = evaluate(tree)
        shown = show(tree)
        again = evaluate(Parser(tokenize(shown)).expression())
        if again != value:
            raise ValueError("round trip changed the value")
        total += value
        for ch in shown:
            digest = (digest * 131 + ord(ch)) & 0xFFFFFFF
    return total, tokens_seen, digest


print("calc", N, *run(N))
