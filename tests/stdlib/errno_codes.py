# errno: MicroPython's error numbers (the Linux values) and errorcode.
import errno

names = ["EPERM", "ENOENT", "EIO", "EBADF", "EAGAIN", "ENOMEM", "EACCES", "EEXIST", "ENODEV",
    "EISDIR",
         "EINVAL", "EOPNOTSUPP", "EADDRINUSE", "ECONNABORTED", "ECONNRESET", "ENOBUFS", "ENOTCONN",
         "ETIMEDOUT", "ECONNREFUSED", "EHOSTUNREACH", "EALREADY", "EINPROGRESS"]
for n in names:
    code = getattr(errno, n)
    print(n, code, errno.errorcode[code] == n or n == "EOPNOTSUPP")  # CPython: ENOTSUP
print(type(errno.errorcode).__name__, errno.ENOENT in errno.errorcode)
e = OSError(errno.ENOENT, "no such file")
print(e.errno == errno.ENOENT, e.args)
