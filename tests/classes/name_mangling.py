# private name mangling with double underscores
class Account:
    def __init__(self, bal):
        self.__bal = bal
        self._prot = "protected"
    def balance(self):
        return self.__bal
    def __secret(self):
        return "secret"
    def reveal(self):
        return self.__secret()
a = Account(100)
print(a.balance(), a._prot, a.reveal())
print(hasattr(a, "__bal"), hasattr(a, "_Account__bal"), a._Account__bal)
try:
    a.__secret()
except AttributeError:
    print("AttributeError")
class Sub(Account):
    def __init__(self):
        super().__init__(5)
        self.__bal = "sub's own"
    def both(self):
        return self.__bal, self.balance()
print(Sub().both())
print(sorted(k for k in vars(Sub()) if "bal" in k))
