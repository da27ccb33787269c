result = (obj
          .method(1)
          .other(2))
value = data[
    index
]
call(
    arg1,
    key=arg2,
)
x = [
    f(i)
    for i in range(3)
]
y = {
    k: v
    for k, v in items
}
z = (
    1,
    2,
    3,
)
w = lambda a: (
    a + 1
)
