import os
import os.path
import a.b.c
import a.b.c as d
import x as y, z
from m import a
from m import a as b, c
from m.n import p
from . import q
from .. import r
from .pkg import s
from ...deep.mod import t as u
from m import *
from m import (a, b,
    c)
