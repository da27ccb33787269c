# json.loads: every JSON value type, whitespace, escapes, numbers, errors.
import json

for text in ("null", "true", "false", "0", "-0", "17", "-42", "123456789012345678901234567890",
             "1.5", "-2.25e3", "1E2", "1e-2", "0.0", "3.0e+1", '""', '"abc"',
             '"a\\"b\\\\c\\/d"', '"\\b\\f\\n\\r\\t"', '"\\u0041\\u00e9\\u20ac"',
             '"\\ud83d\\ude00"', '"caf\xe9"', "[]", "{}", "[1, [2, [3, []]]]",
             ' \t\n\r[ 1 ,\n 2 ] \n', '{"a": {"b": [true, null]}, "c": 1.5}',
             '{"k": 1, "k": 2}', "Infinity", "-Infinity"):
    v = json.loads(text)
    print(type(v).__name__, repr(v))
print(json.loads("NaN") != json.loads("NaN"))
print(json.loads(b'{"b": [1]}'), json.loads(bytearray(b"[2]")))
print(list(json.loads('{"z": 1, "a": 2, "m": 3}')))
deep = json.loads("[" * 500 + "]" * 500)
depth = 0
while deep:
    deep = deep[0]
    depth += 1
print(depth)

# round trips
for v in ([1, 2.5, "x", None, True, {"n": [False]}], {"\u00e9": "\U0001f600"}, 10**20, -1e-300):
    print(json.loads(json.dumps(v)) == v)

bad = ("", " ", "nul", "[1,]", "[1", "]", '{"a" 1}', '{"a":1,}', '{1: 2}', "{'a': 1}", '"abc',
       '"\\x"', '"\\u12"', "[1] x", "01", "-", "1.", ".5", "1e", "+1", "tru", "[,]", "{,}",
       '{"a":0, [', '[0, {"a":0, ', "[" * 50)
for text in bad:
    try:
        json.loads(text)
        print("parsed", repr(text))
    except ValueError:
        print("ValueError")
try:
    json.loads(5)
except TypeError:
    print("TypeError")
