# random: properties that hold whatever the generator (values differ from CPython's).
import random

random.seed(42)
a = [random.getrandbits(30) for _ in range(5)]
random.seed(42)
print(a == [random.getrandbits(30) for _ in range(5)])
random.seed(43)
print(a != [random.getrandbits(30) for _ in range(5)])

print(random.getrandbits(0), all(0 <= random.getrandbits(k) < 2 ** k for k in (1, 7, 32, 64,
    100, 200)))
print(random.getrandbits(200).bit_length() <= 200)
print(all(0 <= random.random() < 1 for _ in range(200)))
print(all(2 <= random.uniform(2, 5) <= 5 for _ in range(100)))
print(all(random.randrange(10) in range(10) for _ in range(100)))
print(all(random.randrange(-5, 5) in range(-5, 5) for _ in range(100)))
print(all(random.randrange(1, 20, 3) in range(1, 20, 3) for _ in range(100)))
print(all(random.randrange(10, 0, -2) in range(10, 0, -2) for _ in range(100)))
print(all(-3 <= random.randint(-3, 3) <= 3 for _ in range(100)))
print(sorted(set(random.randint(0, 3) for _ in range(300))))
print(sorted(set(random.choice("abc") for _ in range(300))), random.choice([7]))
print(random.randint(2 ** 40, 2 ** 40) == 2 ** 40)

deck = list(range(20))
random.shuffle(deck)
print(sorted(deck) == list(range(20)))

for f in (lambda: random.randrange(0), lambda: random.randrange(2, 1),
    lambda: random.randrange(1, 2, 0),
          lambda: random.randint(2, 1), lambda: random.getrandbits(-1)):
    try:
        f()
    except ValueError:
        print("ValueError")
try:
    random.choice([])
except IndexError:
    print("IndexError")
