# extra attributes on exception instances
class HttpError(Exception):
    def __init__(self, status, reason):
        super().__init__(status, reason)
        self.status = status
        self.reason = reason
    def is_client(self):
        return 400 <= self.status < 500
for status in (404, 503):
    try:
        raise HttpError(status, "r%d" % status)
    except HttpError as e:
        print(e.status, e.reason, e.is_client(), e.args)
e = ValueError("base")
e.note = "attached later"
try:
    raise e
except ValueError as caught:
    print(caught.note, caught is e)
class Counted(Exception):
    count = 0
    def __init__(self, *a):
        Counted.count += 1
        super().__init__(*a)
for i in range(3):
    try:
        raise Counted(i)
    except Counted:
        pass
print(Counted.count)
