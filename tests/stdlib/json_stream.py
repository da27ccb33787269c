# json.dump and json.load with any object that has write/read methods.
import json


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)


class Source:
    def __init__(self, text):
        self.text = text

    def read(self):
        return self.text


s = Sink()
json.dump({"a": [1, 2, None]}, s)
print("".join(s.parts))
s = Sink()
json.dump([1, 2], s, separators=(",", ":"))
print("".join(s.parts))
print(json.load(Source('{"x": [true, false]}')))
print(json.load(Source(b"[1.5]")))
for target in (1, {}, object()):
    try:
        json.dump(1, target)
    except AttributeError:
        print("AttributeError")
try:
    json.load(Source("[1,"))
except ValueError:
    print("ValueError")
