# Method calls and attribute access: a cooperative task scheduler passing packets
# between producer, worker and device tasks through linked-list queues.
# Subclasses override step(); the kernel picks the next runnable task each tick.
# Checksum: per-task counters and a hash of the data the devices saw.
import sys

DEFAULT_N = 70000
TINY_N = 50
N = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_N


class Packet:
    def __init__(self, origin, size):
        self.origin = origin
        self.link = None
        self.hops = 0
        self.data = [0] * size

    def fill(self, seed):
        data = self.data
        for i in range(len(data)):
            seed = (seed * 75 + 74) % 65537
            data[i] = seed & 0xFF
        return seed


class Queue:
    def __init__(self):
        self.head = None
        self.tail = None
        self.length = 0

    def push(self, packet):
        packet.link = None
        if self.tail is None:
            self.head = packet
        else:
            self.tail.link = packet
        self.tail = packet
        self.length += 1

    def pop(self):
        packet = self.head
        if packet is not None:
            self.head = packet.link
            if self.head is None:
                self.tail = None
            self.length -= 1
            packet.link = None
        return packet

    def is_empty(self):
        return self.head is None


class Task:
    def __init__(self, ident, priority):
        self.ident = ident
        self.priority = priority
        self.inbox = Queue()
        self.sleeping = 0
        self.handled = 0

    def runnable(self):
        return self.sleeping == 0 and self.wants_to_run()

    def wants_to_run(self):
        return not self.inbox.is_empty()

    def deliver(self, packet):
        packet.hops += 1
        self.inbox.push(packet)

    def tick(self):
        if self.sleeping > 0:
            self.sleeping -= 1


class Producer(Task):
    def __init__(self, ident, priority, workers, pool_size):
        Task.__init__(self, ident, priority)
        self.workers = workers
        self.next_worker = 0
        self.seed = ident * 31 + 7
        for _ in range(pool_size):
            self.inbox.push(Packet(ident, 8))

    def step(self, kernel):
        packet = self.inbox.pop()
        self.seed = packet.fill(self.seed)
        worker = self.workers[self.next_worker]
        self.next_worker = (self.next_worker + 1) % len(self.workers)
        kernel.send(packet, worker)
        self.sleeping = 2
        self.handled += 1


class Worker(Task):
    def __init__(self, ident, priority, devices):
        Task.__init__(self, ident, priority)
        self.devices = devices
        self.total = 0

    def step(self, kernel):
        packet = self.inbox.pop()
        data = packet.data
        acc = 0
        for i in range(len(data)):
            acc = (acc * 3 + data[i]) & 0xFFFF
            data[i] = (data[i] ^ acc) & 0xFF
        self.total = (self.total + acc) % 1000003
        device = self.devices[acc % len(self.devices)]
        kernel.send(packet, device)
        self.handled += 1


class Device(Task):
    def __init__(self, ident, priority, delay):
        Task.__init__(self, ident, priority)
        self.delay = delay
        self.signature = 0

    def step(self, kernel):
        packet = self.inbox.pop()
        for value in packet.data:
            self.signature = (self.signature * 33 + value) % 1000000007
        self.sleeping = self.delay
        kernel.send(packet, kernel.task(packet.origin))
        self.handled += 1


class Kernel:
    def __init__(self):
        self.tasks = []
        self.by_ident = {}
        self.sends = 0
        self.idle_ticks = 0
        self.cursor = 0

    def add(self, task):
        self.tasks.append(task)
        self.tasks.sort(key=lambda t: (-t.priority, t.ident))
        self.by_ident[task.ident] = task

    def task(self, ident):
        return self.by_ident[ident]

    def send(self, packet, task):
        self.sends += 1
        task.deliver(packet)

    def pick(self):
        # Round robin from the task after the last one that ran, so that no task starves.
        count = len(self.tasks)
        for offset in range(count):
            index = (self.cursor + offset) % count
            task = self.tasks[index]
            if task.runnable():
                self.cursor = index + 1
                return task
        return None

    def run(self, ticks):
        for _ in range(ticks):
            for task in self.tasks:
                task.tick()
            task = self.pick()
            if task is None:
                self.idle_ticks += 1
            else:
                task.step(self)


kernel = Kernel()
devices = [Device(20 + i, 5 - i, 1 + i) for i in range(3)]
workers = [Worker(10 + i, 3, devices) for i in range(2)]
producers = [Producer(1, 1, workers, 6), Producer(2, 2, workers, 4)]
for t in devices + workers + producers:
    kernel.add(t)
kernel.run(N)
handled = " ".join(["%d:%d" % (t.ident, t.handled) for t in kernel.tasks])
signature = 0
for d in devices:
    signature = (signature * 7 + d.signature) % 1000000007
totals = sum([w.total for w in workers])
print("scheduler", N, kernel.sends, kernel.idle_ticks, handled, totals, signature)
