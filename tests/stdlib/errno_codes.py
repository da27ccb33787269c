# errno: the symbolic error numbers and their names
import errno

names = ["EPERM", "ENOENT", "EIO", "EBADF", "EAGAIN", "ENOMEM", "EACCES", "EEXIST", "ENODEV",
         "EISDIR", "EINVAL", "EOPNOTSUPP", "EADDRINUSE", "ECONNABORTED", "ECONNRESET",
         "ENOBUFS", "ENOTCONN", "ETIMEDOUT", "ECONNREFUSED", "EHOSTUNREACH", "EALREADY",
         "EINPROGRESS"]
for n in names:
    code = getattr(errno, n)
    # CPython names 95 ENOTSUP, an alias of EOPNOTSUPP.
    print(n, code, errno.errorcode[code] in (n, "ENOTSUP"))
try:
    open("_surely_missing_file_for_errno_test")
except OSError as e:
    print(e.errno == errno.ENOENT, e.args[0])
print(OSError(errno.EEXIST, "exists").errno, OSError(errno.EEXIST).args)
