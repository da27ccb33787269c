# Extends the built-in json module: `ujson` always names the built-in.
from ujson import *

extra = "from impext/json.py"
