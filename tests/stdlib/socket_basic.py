# exp: hand-written (MicroPython's socket API: stream methods, addresses as getaddrinfo gives)
# TCP and UDP over the loopback interface in one thread: a listening socket, a client, the
# accepted connection, stream methods, timeouts and errors.
import errno
import os
import socket


def bound(kind):
    s = socket.socket(socket.AF_INET, kind)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    while True:
        port = 20000 + (os.urandom(2)[0] << 8 | os.urandom(1)[0]) % 30000
        addr = socket.getaddrinfo("127.0.0.1", port)[0][-1]
        try:
            s.bind(addr)
            return s, addr
        except OSError:
            pass


server, addr = bound(socket.SOCK_STREAM)
server.listen(1)
client = socket.socket()
print(client.fileno() >= 0)
client.connect(addr)
conn, _ = server.accept()
print(client.send(b"hello\nworld"), conn.recv(3))
print(conn.readline(), conn.read(5))
client.write(b"0123456789")
buf = bytearray(6)
view = memoryview(buf)
print(conn.readinto(view[2:]), buf, conn.recv(6))
conn.sendall(b"back")
print(client.recv(10))

# non-blocking: nothing waiting means EAGAIN
conn.settimeout(0)
try:
    conn.recv(1)
except OSError as e:
    print("EAGAIN", e.errno == errno.EAGAIN)
conn.setblocking(True)

# the peer closing ends the stream
client.close()
print(conn.recv(10), client.fileno())
conn.close()
server.close()

# an unconnected TCP socket cannot receive
s = socket.socket()
try:
    s.recv(1)
except OSError as e:
    print("ENOTCONN", e.errno == errno.ENOTCONN)
s.close()

# UDP datagrams
rx, rx_addr = bound(socket.SOCK_DGRAM)
tx = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print(tx.sendto(b"datagram", rx_addr))
data, _ = rx.recvfrom(100)
print(data)
tx.close()
rx.close()

for bad in (lambda: socket.socket(None), lambda: socket.socket(socket.AF_INET, None)):
    try:
        bad()
    except TypeError:
        print("TypeError")
