# Statements and expressions that only make sense inside a function or a loop are compile-time
# errors elsewhere, whether at module level, in a class body or in exec'd source.


def check(src, show_message):
    try:
        exec(src)
        print("compiled:", repr(src))
    except SyntaxError as e:
        print("SyntaxError:", repr(src), e.args[0] if show_message else "")


# The same message in CPython and MicroPython.
for src in [
    "await 1",
    "x = await f()",
    "class C:\n    await g",
    "yield",
    "yield 2",
    "class C:\n    yield 1",
    "return 5",
]:
    check(src, True)

# Worded differently by the two.
for src in ["break", "continue", "nonlocal a", "if 1:\n    break"]:
    check(src, False)

# Fine: inside a function or lambda.
for src in ["lambda: (yield)", "def f():\n    yield 1\n    return 2"]:
    check(src, False)
