# exp: hand-written (MicroPython's select.poll returns objects, not descriptors, and has ipoll)
# select.poll over sockets, plain descriptors and a Python stream answering ioctl(3).
import io
import os
import select
import socket


class Pollable(io.IOBase):
    def __init__(self):
        self.state = 0

    def ioctl(self, req, arg):
        if req == 3:
            return self.state & arg
        return -1


def bound_udp():
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    while True:
        port = 20000 + (os.urandom(2)[0] << 8 | os.urandom(1)[0]) % 30000
        addr = socket.getaddrinfo("127.0.0.1", port)[0][-1]
        try:
            s.bind(addr)
            return s, addr
        except OSError:
            pass


rx, addr = bound_udp()
tx = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
p = select.poll()
p.register(rx, select.POLLIN)
print(p.poll(0))
tx.sendto(b"ping", addr)
ready = p.poll(1000)
print(len(ready), ready[0][0] is rx, ready[0][1] == select.POLLIN)
print(rx.recv(10), p.poll(0))

# modify, a second registration, writability
p.modify(rx, select.POLLOUT)
print([(obj is rx, ev) for obj, ev in p.poll(0)])
p.register(rx, select.POLLIN)
print(p.poll(0))

# a Python object polled through ioctl
x = Pollable()
p.register(x, select.POLLIN | select.POLLOUT)
print([type(obj).__name__ for obj, ev in p.poll(0)])
x.state = select.POLLOUT
print([(type(obj).__name__, ev) for obj, ev in p.poll(0)])

# ipoll reuses one tuple; flag 1 reports each object once
tx.sendto(b"again", addr)
print(sorted(ev for obj, ev in p.ipoll(1000)))
print(sorted(ev for obj, ev in p.ipoll(0, 1)), list(p.ipoll(0)))

# errors: unknown objects, negative descriptors, bad ioctl results
p.unregister(rx)
p.unregister(rx)
try:
    p.modify(rx, select.POLLIN)
except OSError as e:
    print("OSError", e.errno)
try:
    p.register(-1)
except ValueError:
    print("ValueError")
x.state = -1
p.modify(x, select.POLLIN)
y = Pollable()
y.ioctl = lambda req, arg: -5 if req == 3 else -1
q = select.poll()
q.register(y)
try:
    q.poll(0)
except OSError as e:
    print("OSError", e.errno)

# a closed socket reports POLLNVAL (32)
q = select.poll()
q.register(tx)
tx.close()
print(q.poll(0) == [(tx, 32)])
rx.close()
