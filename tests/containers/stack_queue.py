# lists used as stacks and queues
stack = []
for ch in "([{}])":
    if ch in "([{":
        stack.append(ch)
    else:
        top = stack.pop()
        print("match", top, ch)
print(stack == [])
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for ch in s:
        if ch in "([{":
            st.append(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st
print([balanced(s) for s in ["", "()", "([)]", "((", "{[()()]}", ")"]])
queue = [1, 2, 3]
queue.append(4)
print(queue.pop(0), queue.pop(0), queue)
def bfs(graph, start):
    seen = [start]
    q = [start]
    while q:
        n = q.pop(0)
        for m in graph.get(n, []):
            if m not in seen:
                seen.append(m)
                q.append(m)
    return seen
g = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["a"], "e": []}
print(bfs(g, "a"), bfs(g, "e"), bfs(g, "zz"))
