# exp: hand-written (MicroPython's extensible built-in modules: a file along sys.path replaces json, ujson is always the built-in, an empty sys.path forces built-ins; module and built-in function reprs as MicroPython prints them)
import sys

import ujson

print(ujson, hasattr(ujson, "__file__"), ujson.dumps)
sys.path.insert(0, "impext")
import json

print(json, json.extra, json.dumps([1]))
import ujson as u2

print(u2 is ujson, hasattr(u2, "extra"))
saved = sys.path
sys.path = ()
import json as forced

sys.path = saved
print(forced is ujson, sys.path[0])
import json as again

print(again is json)
import usys

print(usys is sys, usys)
