@dataclass
class P:
    x: int = 0

class Q:
    @staticmethod
    def s():
        return 1
    @classmethod
    def c(cls):
        return cls
    @property
    def p(self):
        return 2
