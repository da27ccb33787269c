# os: directories, renaming, removing, stat, the environment, random bytes
import os

tag = "".join("%02x" % b for b in os.urandom(4))
d = "_tmp_os_dir_" + tag
os.mkdir(d)
print(os.listdir(d))
with open(d + "/a.txt", "w") as f:
    f.write("12345")
os.mkdir(d + "/sub")
print(sorted(os.listdir(d)), sorted(os.listdir(d.encode())))
st = os.stat(d + "/a.txt")
print(len(st), st[6], st[0] & 0xF000 == 0x8000, os.stat(d)[0] & 0xF000 == 0x4000)
os.rename(d + "/a.txt", d + "/b.txt")
print(sorted(os.listdir(d)))

cwd = os.getcwd()
os.chdir(d)
print(os.getcwd() == cwd + os.sep + d, sorted(os.listdir()))
os.chdir("..")
print(os.getcwd() == cwd)

for op, arg in ((os.remove, "/b.txt"), (os.rmdir, "/sub"), (os.rmdir, "")):
    op(d + arg)
print(d in os.listdir())
ops = {"remove": os.remove, "rmdir": os.rmdir, "listdir": os.listdir, "stat": os.stat}
for name in sorted(ops):
    try:
        ops[name](d)
    except OSError as e:
        print(name, e.errno)
try:
    os.mkdir(".")
except OSError as e:
    print("mkdir", e.errno)

print(os.getenv("_FERROPY_SURELY_UNSET_"), os.getenv("_FERROPY_SURELY_UNSET_", 7))
print(os.getenv("PATH") is not None)
r = os.urandom(16)
print(type(r), len(r), len(os.urandom(0)))
try:
    os.urandom(-1)
except ValueError:
    print("ValueError")
print(os.sep, len(os.uname()), os.uname()[0] == os.uname().sysname)
