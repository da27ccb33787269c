# float() accepts bytes-like objects holding a number, as CPython does.
print(float(b"1.25"), float(bytearray(b" -3e2 ")), float(memoryview(b"inf")), float(b"nan"))
for bad in [b"", b"1.2.3", b"x", bytearray(b"1e")]:
    try:
        float(bad)
        print("accepted", bad)
    except ValueError:
        print("ValueError", bad)
