# output to stderr is merged with stdout in the expected output
import sys
print("to stdout 1")
print("to stderr 1", file=sys.stderr)
sys.stdout.write("stdout write\n")
sys.stderr.write("stderr write\n")
print("to stdout 2")
print("a", "b", sep="-", end="!\n", file=sys.stderr)
print("done")
for i in range(3):
    print("interleaved out", i)
    print("interleaved err", i, file=sys.stderr)
