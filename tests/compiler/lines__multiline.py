x = foo(
    1,
    bar(2),
    3.5,
)
y = [
    a,
    b + c,
    "long string here!!",
]
d = {
    "k": v,
    "k2": f(v),
}
z = (a
     + b
     + c)
print(
    x, y)
