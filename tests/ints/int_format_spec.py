# format specifications for integers
n = 1234567
print(format(n, ","), format(n, "_"), format(-n, ","), format(n, "10,"), format(n, "<12,"))
print(format(42, "5"), format(42, "<5") + "|", format(42, "^6") + "|", format(42, ">5"))
print(format(42, "+"), format(-42, "+"), format(42, " "), format(-42, " "), format(42, "-"))
print(format(42, "05"), format(-42, "05"), format(42, "=+6"), format(42, "*^9"))
print(format(0, "d"), format(-0, "+d"), format(10 ** 25, ","), format(-(2 ** 70), "_"))
print(format(255, "_b"), format(255, "#_x"), format(65, "c"))
print("{:d} {:5d} {:<5d}| {:^7d} {:+d}".format(1, 2, 3, 4, 5))
print(f"{123:>{8}}", f"{123:0{6}d}", f"{-7:x<4}")
print(format(12, "e"), format(12, "f"), format(12, ".2%"), format(7, "g"))
try:
    format(1, "s")
except ValueError:
    print("ValueError")
