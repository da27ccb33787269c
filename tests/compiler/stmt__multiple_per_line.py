a = 1; b = 2; c = a + b
if a: b = 3; c = 4
def f(): return 1
class K: pass
while 0: pass
for i in x: print(i); continue
