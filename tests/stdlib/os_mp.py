# exp: hand-written (os.ilistdir and the OSError messages are MicroPython's)
import os

tag = "".join("%02x" % b for b in os.urandom(4))
d = "_tmp_os_mp_" + tag
os.mkdir(d)
with open(d + "/f", "w") as f:
    f.write("x")
os.mkdir(d + "/s")
it = os.ilistdir(d)
entries = sorted(it)
print([(e[0], e[1], type(e[2])) for e in entries])
print([type(e[0]) for e in os.ilistdir(d.encode())])
for e in entries:
    (os.rmdir if e[1] == 0x4000 else os.remove)(d + "/" + e[0])
os.rmdir(d)
try:
    os.stat(d)
except OSError as e:
    print(e)
try:
    os.mkdir(".")
except OSError as e:
    print(e)
try:
    os.listdir(1)
except TypeError as e:
    print(e)
print(type(os.stat(".")), os.sep)
