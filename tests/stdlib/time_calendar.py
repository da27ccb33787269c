# time.gmtime, time.localtime and time.mktime: calendar conversions
import time

for t in (0, 1, 86399, 86400, 951782400, 1700000000, 4102444800, -1, -86401, 1e9 + 0.75):
    print(t, tuple(time.gmtime(t)))
print(tuple(time.gmtime(2**31)), tuple(time.gmtime(-(2**31))))
print(len(time.gmtime()), len(time.localtime()), type(time.gmtime()[0]))

# mktime is the inverse of localtime (whatever the local time zone)
for t in (0, 1000000000, 1700000000, 2000000000):
    lt = time.localtime(t)
    print(int(time.mktime(tuple(lt))) == t, lt[6] == time.gmtime(t)[6] or lt[3] != time.gmtime(t)[3])

# out-of-range fields carry over
base = time.mktime((2023, 12, 31, 12, 0, 0, 0, 0, -1))
print(int(time.mktime((2024, 0, 31, 12, 0, 0, 0, 0, -1)) - base))
print(int(time.mktime((2023, 12, 32, 12, 0, 0, 0, 0, -1)) - base))
print(int(time.mktime((2023, 12, 31, 12, 0, 3600, 0, 0, -1)) - base))
try:
    time.mktime((2024, 1, 1))
except TypeError:
    print("TypeError")
