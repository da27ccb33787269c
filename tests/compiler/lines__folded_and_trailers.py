from micropython import const

if x:
    _PRIVATE = const(5)
    y = _PRIVATE

table = {
    1.0 * 256: 0,
    1.5 * 256: 1,
    2 * 256: 2,
}
value = {
    "a": 1,
    "b": 2,
}[key]
attr = (obj
        .field)
called = (func
          (1, 2))
item = (seq
        [0])
