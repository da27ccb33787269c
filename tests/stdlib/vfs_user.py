# exp: hand-written (the vfs module is MicroPython's; CPython has none)
# A file system written in Python, mounted beside the host's: os, open() and import reach it
# through the mount table, and paths are split into mount point and path within it.
import io
import os
import sys
import vfs


class MemFile(io.IOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def read(self):
        return str(self.data, "utf-8")

    def readinto(self, buf):
        n = min(len(buf), len(self.data) - self.pos)
        buf[:n] = self.data[self.pos : self.pos + n]
        self.pos += n
        return n

    def ioctl(self, req, arg):
        return 4 if req == 11 else 0


class MemFS:
    def __init__(self, files):
        self.files = files
        self.cwd = "/"

    def mount(self, readonly, mkfs):
        print("mount", readonly, mkfs)

    def umount(self):
        print("umount")

    def ilistdir(self, path):
        return iter([(name[1:], 0x8000, 0) for name in sorted(self.files)])

    def stat(self, path):
        if path in self.files:
            return (0x8000, 0, 0, 0, 0, 0, len(self.files[path]), 0, 0, 0)
        if path == "/":
            return (0x4000, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        raise OSError(2)

    def open(self, path, mode):
        print("open", path, mode)
        return MemFile(self.files[path])

    def chdir(self, path):
        self.cwd = path

    def getcwd(self):
        return self.cwd

    def mkdir(self, path):
        print("mkdir", path)

    def rename(self, a, b):
        print("rename", a, b)


fs = MemFS({"/hello.txt": b"hi there", "/memmod.py": b"print('memmod runs')\nX = 42\n"})
vfs.mount(fs, "/mem", readonly=True)
print([p for fs_obj, p in vfs.mount() if p == "/mem"])
print("mem" in os.listdir("/"), os.listdir("/mem"))
print(open("/mem/hello.txt").read())
print(os.stat("/mem/hello.txt")[0] == 0x8000, os.stat("/mem")[0] == 0x4000)

sys.path.insert(0, "/mem")
import memmod

print(memmod.X)
sys.path.pop(0)

for bad in (lambda: os.mkdir("/mem"), lambda: os.rename("/mem/a", "/b"), lambda: os.stat("/nope/x")):
    try:
        bad()
    except OSError as e:
        print("OSError", e.errno)

os.mkdir("/mem/sub")
os.rename("/mem/a", "/mem/b")
here = os.getcwd()
os.chdir("/mem")
print(os.getcwd(), os.listdir())
os.chdir("/mem/sub")
print(os.getcwd())
try:
    vfs.mount(MemFS({}), "/mem")
except OSError as e:
    print("mount twice:", e.errno)
vfs.umount("/mem")
print(os.getcwd())
try:
    vfs.umount("/mem")
except OSError as e:
    print("umount twice:", e.errno)
os.chdir(here)
print(os.getcwd() == here)
