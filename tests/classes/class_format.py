# __format__ and format()
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "short":
            return "$%d" % (self.cents // 100)
        if spec == "":
            return "%d.%02d" % divmod(self.cents, 100)
        return format(self.cents / 100, spec)
    def __str__(self):
        return "Money"
m = Money(12345)
print(format(m), format(m, "short"), format(m, ".1f"), format(m, ">10.3f"))
print("{}|{:short}|{:08.2f}".format(m, m, m))
print(f"{m}|{m:short}|{m!s}")
class Plain:
    def __str__(self):
        return "plain"
print(format(Plain()), "{}".format(Plain()), f"{Plain()}")
try:
    format(Plain(), "x")
except TypeError:
    print("TypeError")
