# platform: the kinds of values (their text depends on the build).
import platform

print(type(platform.platform()).__name__, type(platform.python_compiler()).__name__)
lib, ver = platform.libc_ver()
print(type(lib).__name__, type(ver).__name__)
