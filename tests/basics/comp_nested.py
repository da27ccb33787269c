# nested comprehensions and comprehensions over comprehensions
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid)
print([row[::-1] for row in grid])
print([[x for x in row if x % 2] for row in grid])
print(sum(sum(row) for row in grid))
flat = [x for row in grid for x in row if x > 2]
print(flat)
print({r: {c: r * c for c in range(2)} for r in range(2)})
pairs = [(a, b) for a in range(4) for b in range(a, 4) if (a + b) % 3 == 0]
print(pairs)
print([[[k for k in range(j)] for j in range(i)] for i in range(3)])
words = ["ab", "cde", ""]
print([c for w in words for c in w])
print([(w, [c for c in w]) for w in words])
primes = [n for n in range(2, 40) if all(n % d for d in range(2, n))]
print(primes)
