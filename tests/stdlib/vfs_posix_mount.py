# exp: hand-written (the vfs module is MicroPython's; CPython has none)
# VfsPosix: a host directory mounted as a file system of its own, read-only mounts, the
# virtual root above the mount points, and files the program drops being closed by the GC.
import gc
import os
import vfs

tag = "".join("%02x" % b for b in os.urandom(4))
top = "_tmp_vfs_posix_" + tag
os.mkdir(top)
here = os.getcwd()

vfs.mount(vfs.VfsPosix(top), "/box")
with open("/box/note.txt", "w") as f:
    f.write("inside the box")
os.mkdir("/box/sub")
print(sorted(os.listdir("/box")), sorted(os.listdir(top)))
print(os.stat("/box/note.txt")[6], os.stat("/box/sub")[0] & 0x4000 != 0)
os.chdir("/box/sub")
print(os.getcwd())
os.chdir("..")
print(os.getcwd(), sorted(os.listdir()))
os.chdir(here)
print(os.getcwd() == here)
vfs.umount("/box")

# read-only: reading works, every change is EROFS (30)
vfs.mount(vfs.VfsPosix(top), "/ro", readonly=True)
with open("/ro/note.txt") as f:
    print(f.read())
changes = (
    lambda: open("/ro/new.txt", "w"),
    lambda: open("/ro/note.txt", "a"),
    lambda: os.remove("/ro/note.txt"),
    lambda: os.mkdir("/ro/d"),
    lambda: os.rmdir("/ro/sub"),
    lambda: os.rename("/ro/note.txt", "/ro/x"),
)
for change in changes:
    try:
        change()
    except OSError as e:
        print("OSError", e.errno)
vfs.umount("/ro")

# the virtual root: the mount points, then what is mounted at "/"
fs = vfs.VfsPosix(top)
vfs.mount(fs, "/vbox")
print("vbox" in os.listdir("/"), os.stat("/vbox")[0] & 0x4000 != 0)
print(sorted(e[0] for e in fs.ilistdir("/")), type(list(fs.ilistdir(b"/"))[0][0]))
vfs.umount(fs)
print("vbox" in os.listdir("/"))

# a file dropped without close() is closed when it is collected: its descriptor is reused
with open(top + "/a", "w") as f:
    first = f.fileno()
for i in range(3):
    open(top + "/x%d" % i, "w").write("x")
gc.collect()
with open(top + "/b", "w") as f:
    print(f.fileno() <= first)

for name in os.listdir(top):
    if name == "sub":
        os.rmdir(top + "/sub")
    else:
        os.remove(top + "/" + name)
os.rmdir(top)
print(top in os.listdir())
