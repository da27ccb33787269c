try:
    f()
finally:
    g()

try:
    f()
except ValueError as e:
    print(e)
else:
    print(2)
finally:
    print(3)

def h():
    try:
        return 1
    finally:
        print("cleanup")
