# __name__ of the main script
import sys
print(__name__)
def main():
    print("main called")
    return 0
if __name__ == "__main__":
    main()
print(type(sys.stdout).__name__ != "", hasattr(sys.stdout, "write"))
def helper():
    return __name__
print(helper() == "__main__")
