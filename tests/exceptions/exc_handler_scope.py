# exceptions in closures and methods; handler sees correct locals
def make_checker(limit):
    def check(v):
        if v > limit:
            raise ValueError("%d > %d" % (v, limit))
        return v
    return check
c = make_checker(10)
for v in (5, 15):
    try:
        print(c(v))
    except ValueError as e:
        print("ValueError", e)
class Account:
    def __init__(self, bal):
        self.bal = bal
    def withdraw(self, amt):
        if amt > self.bal:
            raise RuntimeError("insufficient: %d < %d" % (self.bal, amt))
        self.bal -= amt
        return self.bal
a = Account(100)
for amt in (30, 80, 70):
    try:
        print("left", a.withdraw(amt))
    except RuntimeError as e:
        print(e)
x = "module x"
def shadow():
    x = "local x"
    try:
        raise ValueError
    except ValueError:
        return x
print(shadow())
