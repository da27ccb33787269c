# nested dicts and lists
db = {"users": [{"name": "ann", "tags": ["a", "b"]}, {"name": "bob", "tags": []}],
      "meta": {"count": 2, "ok": True}}
print(db["users"][0]["tags"][-1], db["meta"]["count"], len(db["users"][1]["tags"]))
db["users"][1]["tags"].append("new")
db["meta"]["count"] += 1
print(db)
tree = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = tree
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(tree)
def depth(t):
    return 1 + max((depth(v) for v in t.values()), default=0) if t else 0
print(depth(tree), depth({}))
grouped = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    grouped.setdefault(word[0], []).append(word)
print(grouped)
inverted = {}
for k, vs in grouped.items():
    for v in vs:
        inverted[v] = k
print(inverted)
