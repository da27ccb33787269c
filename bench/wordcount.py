# Strings and dicts: build a pseudo-random text from syllables, then split it into
# words, normalise case and punctuation, count with a dict, and rank the words.
# Output is sorted so the dict's iteration order never shows.
import sys

DEFAULT_N = 150000
TINY_N = 200
N = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_N

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "qu", "ph", "an", "el", "or",
             "str", "ing", "ba", "e", "o", "tha", "wen"]
PUNCTUATION = [",", ".", ";", "!", "?", ":"]


class Rng:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % bound


def make_vocabulary(rng, size):
    words = []
    for _ in range(size):
        parts = []
        for _ in range(1 + rng.next(3)):
            parts.append(SYLLABLES[rng.next(len(SYLLABLES))])
        words.append("".join(parts))
    return words


def make_text(rng, vocab, count):
    lines = []
    line = []
    for i in range(count):
        # Skewed choice: low indices are much more common, like natural text.
        w = vocab[rng.next(1 + rng.next(len(vocab)))]
        r = rng.next(10)
        if r == 0:
            w = w.upper()
        elif r == 1:
            w = w[0].upper() + w[1:]
        if rng.next(8) == 0:
            w = w + PUNCTUATION[rng.next(len(PUNCTUATION))]
        line.append(w)
        if len(line) >= 12:
            lines.append(" ".join(line))
            line = []
    lines.append(" ".join(line))
    return "\n".join(lines)


def count_words(text, counts):
    for line in text.split("\n"):
        for raw in line.split():
            word = raw.strip(",.;!?:").lower()
            if not word:
                continue
            counts[word] = counts.get(word, 0) + 1


def summary(counts):
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    lengths = {}
    for word, n in counts.items():
        key = len(word)
        lengths[key] = lengths.get(key, 0) + n
    starts = {}
    for word in counts:
        starts.setdefault(word[0], []).append(word)
    widest = max([(len(v), k) for k, v in starts.items()])
    return ranked, lengths, widest


rng = Rng(2024)
vocab = make_vocabulary(rng, 3000)
counts = {}
chars = 0
# Paragraph by paragraph, so the text never has to sit in memory whole.
for start in range(0, N, 300):
    text = make_text(rng, vocab, min(300, N - start))
    chars += len(text)
    count_words(text, counts)
ranked, lengths, widest = summary(counts)
top = " ".join(["%s=%d" % (w, n) for w, n in ranked[:5]])
length_sig = ",".join(["%d:%d" % (k, lengths[k]) for k in sorted(lengths)])
print("wordcount", N, chars, len(counts), top, length_sig, widest[0], widest[1])
