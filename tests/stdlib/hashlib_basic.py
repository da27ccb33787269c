# hashlib: md5, sha1 and sha256 objects, update/digest/hexdigest/copy.
import hashlib

for name in ("md5", "sha1", "sha256"):
    algo = getattr(hashlib, name)
    h = algo()
    print(name, h.hexdigest())
    h.update(b"abc")
    print(h.hexdigest())
    print(h.digest() == algo(b"abc").digest())
    print(h.digest_size, h.block_size, h.name)
    # a digest can be taken again, and more data fed afterwards
    print(h.hexdigest() == h.hexdigest())
    h.update(bytearray(b"def"))
    print(h.hexdigest() == algo(b"abcdef").hexdigest())
    c = h.copy()
    c.update(b"x")
    print(c.hexdigest() == algo(b"abcdefx").hexdigest(), h.hexdigest() == algo(b"abcdef").hexdigest())

# block boundaries
for n in (55, 56, 63, 64, 65, 119, 120, 128, 1000):
    print(n, hashlib.sha256(b"\xa5" * n).hexdigest()[:16], hashlib.md5(b"q" * n).hexdigest()[:16],
          hashlib.sha1(b"z" * n).hexdigest()[:16])

# many small updates equal one big one
h = hashlib.sha1()
for i in range(200):
    h.update(bytes([i]))
print(h.hexdigest() == hashlib.sha1(bytes(range(200))).hexdigest())

print(hashlib.new("sha256", b"hi").hexdigest())
print(hashlib.sha256(string=b"hi").hexdigest())

try:
    hashlib.sha256().update("text")
except TypeError:
    print("TypeError")
try:
    hashlib.new("nope")
except ValueError:
    print("ValueError")
