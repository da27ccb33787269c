# sys.argv holds the script name as given on the command line
import sys
print(type(sys.argv).__name__, len(sys.argv))
name = sys.argv[0].replace("\\", "/").split("/")[-1]
print(name, name.endswith(".py"))
print(all(isinstance(a, str) for a in sys.argv))
argv0 = sys.argv[0]
print(argv0 == name, "/" in argv0)
copy = list(sys.argv)
copy.append("extra")
print(len(copy) == len(sys.argv) + 1)
