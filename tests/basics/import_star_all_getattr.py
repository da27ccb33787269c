# `from m import *` takes exactly the names in `__all__` (private ones too, and names that a
# module-level `__getattr__` supplies); module `__getattr__` answers missing attributes.
from impkg_star import *

print(public(), _listed_private(), lazy)
print("unlisted" in globals())
import impkg_star

print(impkg_star.lazy, hasattr(impkg_star, "nothing"))
try:
    impkg_star.nothing
except AttributeError as e:
    print("AttributeError", e.args)
