class P:
    x: int
    y: float = 1.0
    def __init__(self):
        self.z: list = []
        w: str
        w = "v"
        print(w)

def f(a: int, *b: str, c: "x" = 1, **d: dict) -> None:
    e: int
    return e

from .. import *
import os.path as osp
