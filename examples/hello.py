# A first program: run it with `cargo run --release -p ferropy -- examples/hello.py`.
import sys

def greet(name):
    return "Hello, %s!" % name

print(greet("ferropy"), "running as", sys.implementation.name)
squares = [n * n for n in range(10)]
print("squares:", squares, "sum:", sum(squares))
