# String processing: word frequencies, a simple template engine, a CSV parser with quoting,
# a Caesar cipher, run-length encoding, and text justification.
TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""

words = [w.strip(".,").lower() for w in TEXT.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
print(top)
print(len(words), len(freq), max(words, key=len))


def render(template, **values):
    out = []
    i = 0
    while i < len(template):
        j = template.find("{{", i)
        if j < 0:
            out.append(template[i:])
            break
        k = template.index("}}", j)
        out.append(template[i:j])
        name, _, fmt = template[j + 2 : k].strip().partition(":")
        v = values[name]
        out.append(format(v, fmt) if fmt else str(v))
        i = k + 2
    return "".join(out)


print(render("Dear {{ name }}, you owe {{amount:>8.2f}} ({{ pct:.1% }}) by {{day}}.", name="Ada", amount=1234.5, pct=0.0725, day="Friday"))


def parse_csv(line):
    fields, cur, quoted, i = [], [], False, 0
    while i < len(line):
        c = line[i]
        if quoted:
            if c == '"':
                if i + 1 < len(line) and line[i + 1] == '"':
                    cur.append('"')
                    i += 1
                else:
                    quoted = False
            else:
                cur.append(c)
        elif c == '"':
            quoted = True
        elif c == ",":
            fields.append("".join(cur))
            cur = []
        else:
            cur.append(c)
        i += 1
    fields.append("".join(cur))
    return fields


for row in ['a,b,c', '"x, y",2,"say ""hi"""', ',,', 'single']:
    print(parse_csv(row))


def caesar(s, k):
    out = []
    for ch in s:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)


secret = caesar("Hello, World! Zebra-42", 3)
print(secret, caesar(secret, -3))


def rle(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)


print(rle("aaabccddddde"), rle(""), rle("x"))


def justify(words, width):
    lines, cur = [], []
    for w in words:
        if cur and len(" ".join(cur + [w])) > width:
            lines.append(cur)
            cur = []
        cur.append(w)
    out = []
    for line in lines:
        gaps = len(line) - 1
        if gaps == 0:
            out.append(line[0].ljust(width))
            continue
        spaces = width - sum(len(w) for w in line)
        s = ""
        for i, w in enumerate(line[:-1]):
            s += w + " " * (spaces // gaps + (1 if i < spaces % gaps else 0))
        out.append(s + line[-1])
    out.append(" ".join(cur).ljust(width))
    return out


for line in justify(TEXT.split(), 36):
    print("|" + line + "|")
print("-".join(sorted(set(w[0] for w in words))).upper(), TEXT.count("it was"), TEXT.title()[:30])
