# __import__ checks its arguments.
print(__import__("sys").__name__)
for args in [(1,), ("",), ("xyz", None, None, None, -1), ("sys", "globals", None, None, 1), ("sys", None, None, None, "x")]:
    try:
        __import__(*args)
        print("imported", args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, args)
print(__import__("sys", "globals").__name__)
