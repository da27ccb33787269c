"""Module docstring."""

def f():
    """Function docstring."""
    return 1

class C:
    """Class docstring."""
    x = 1

"another string"
42
None
...
-1
(1, 2)
()
[]
x
