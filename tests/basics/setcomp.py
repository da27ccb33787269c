# set comprehensions (printed in sorted order)
s = {x % 4 for x in range(20)}
print(sorted(s), len(s))
print(sorted({c for c in "mississippi"}))
print({x for x in []} == set())
print(type({1 for _ in range(3)}).__name__, {1 for _ in range(3)})
print(sorted({(a, b) for a in range(2) for b in "xy"}))
print(sorted({len(w) for w in "a bb cc ddd e".split() if w != "e"}))
evens = {n for n in range(10) if n % 2 == 0}
odds = {n for n in range(10) if n % 2}
print(sorted(evens | odds), evens & odds, sorted(evens - {0, 2}))
try:
    {[i] for i in range(2)}
except TypeError:
    print("TypeError")
