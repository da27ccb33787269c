# A small bank: accounts as classes, transfers that raise and roll back, interest, a ledger,
# and a report. Exercises classes, inheritance, properties, exceptions and formatting.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot pay {amount}")
        self.account = account
        self.amount = amount


class Frozen(Exception):
    pass


class Account:
    _next_id = 1

    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.frozen = False
        self.history = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._check()
        self._balance += amount
        self.history.append(("dep", amount))

    def withdraw(self, amount):
        self._check()
        if amount > self.available():
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("wd", amount))

    def available(self):
        return self._balance

    def _check(self):
        if self.frozen:
            raise Frozen(f"account {self.id} is frozen")

    def month_end(self):
        pass

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self._balance})"


class Savings(Account):
    rate_permille = 15

    def month_end(self):
        interest = self._balance * self.rate_permille // 1000
        if interest:
            self.deposit(interest)


class Checking(Account):
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def available(self):
        return self._balance + self.overdraft

    def month_end(self):
        if self._balance < 0:
            self._balance -= 5
            self.history.append(("fee", 5))


class Bank:
    def __init__(self):
        self.accounts = {}
        self.failed = []

    def open(self, kind, *args, **kw):
        a = kind(*args, **kw)
        self.accounts[a.id] = a
        return a

    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        try:
            a.withdraw(amount)
            try:
                b.deposit(amount)
            except Exception:
                a._balance += amount
                a.history.pop()
                raise
        except (InsufficientFunds, Frozen, ValueError) as e:
            self.failed.append((src, dst, amount, type(e).__name__, str(e)))
            return False
        return True

    def total(self):
        return sum(a.balance for a in self.accounts.values())


bank = Bank()
alice = bank.open(Savings, "alice", 1000)
bob = bank.open(Checking, "bob", 50, overdraft=200)
carol = bank.open(Checking, "carol")
dave = bank.open(Savings, "dave", balance=10)

seed = 7
ok = 0
for month in range(6):
    for step in range(20):
        seed = (seed * 1103515245 + 12345) % 2147483648
        ids = sorted(bank.accounts)
        src = ids[seed % 4]
        dst = ids[(seed >> 8) % 4]
        amount = (seed >> 16) % 300 - 20
        if src != dst:
            ok += bank.transfer(src, dst, amount)
    if month == 2:
        carol.frozen = True
    if month == 4:
        carol.frozen = False
    for a in bank.accounts.values():
        a.month_end()
    print(f"month {month}: total={bank.total()} " + " ".join(f"{a.owner}={a.balance}" for a in bank.accounts.values()))

print("transfers ok:", ok, "failed:", len(bank.failed))
kinds = {}
for f in bank.failed:
    kinds[f[3]] = kinds.get(f[3], 0) + 1
for k in sorted(kinds):
    print(k, kinds[k])
print(bank.failed[0])
print(bank.failed[-1])
for a in sorted(bank.accounts.values(), key=lambda a: -a.balance):
    deps = sum(x for kind, x in a.history if kind == "dep")
    print(f"{a!r:<24} deposits={deps:>6} ops={len(a.history):>3}")
try:
    alice.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
try:
    bob.withdraw(10**6)
except InsufficientFunds as e:
    print(e, e.amount, isinstance(e, Exception))
