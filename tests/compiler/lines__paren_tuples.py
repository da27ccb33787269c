A = ("store",
     "append")
B = ("store",
     "append",)
C = ("x",
     "y",
     "z")
D = (
    "p",
)
E = (a,
     b)
F = (
    a, b,
    c,
)
