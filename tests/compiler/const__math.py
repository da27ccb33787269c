import math
a = math.pi
b = math.e * 2
c = math.tau
d = math.inf
e = math.sqrt(2)
f = math.pi.real
g = -math.pi
