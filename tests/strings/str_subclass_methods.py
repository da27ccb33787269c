# str methods accept str subclass instances and return plain str
class Name(str):
    def shout(self):
        return self.upper() + "!"
n = Name("  Ada Lovelace  ")
print(n.shout(), n.strip(), type(n.strip()).__name__, type(n.upper()).__name__, type(n.split()[0]).__name__)
print(n.find("Love"), n.count("a"), n.startswith("  A"), n.replace("a", "4"), n.center(20, "*"))
print("-".join([Name("x"), Name("y")]), type(Name("q") + "r").__name__, str.upper(Name("w")))
print(n.partition(" "), [type(p).__name__ for p in Name("a=b").partition("=")])
print("{} {}".format(Name("f"), n.strip().lower()), Name("%s!") % "pct", Name("x").zfill(3))
print(Name("abc") == "abc", "b" in Name("abc"), len(Name("abc")), Name("abc")[1], sorted([Name("b"), "a"]))
print(Name("ab").encode(), Name("Tt").swapcase(), Name("x").isidentifier(), Name("").isspace())
s = Name("plain")
print(type(s.strip()).__name__, type(s.lstrip("z")).__name__, type(s.ljust(2)).__name__)
