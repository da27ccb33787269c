# try statements inside loops with break, continue and else
results = []
for token in ["1", "a", "3", "stop", "5"]:
    try:
        if token == "stop":
            break
        n = int(token)
    except ValueError:
        results.append("bad:" + token)
        continue
    else:
        results.append(n * 10)
    finally:
        results.append("|")
print(results)
count = 0
while count < 10:
    try:
        count += 1
        if count % 3 == 0:
            raise ZeroDivisionError
    except ZeroDivisionError:
        count += 2
print(count)
def first_int(seq):
    for s in seq:
        try:
            return int(s)
        except (ValueError, TypeError):
            pass
    return None
print(first_int(["x", None, "42", "7"]), first_int([]), first_int([[]]))
