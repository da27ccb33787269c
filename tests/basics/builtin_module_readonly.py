# exp: hand-written (MicroPython: built-in modules are read-only, except builtins and sys.path)
import sys
import gc

for m in (sys, gc):
    try:
        m.x = 1
    except AttributeError:
        print("AttributeError")
try:
    del sys.exit
except AttributeError:
    print("AttributeError")
old = sys.path
sys.path = ["x"]
print(sys.path)
sys.path = old
import builtins

builtins.myname = 5
print(myname)
