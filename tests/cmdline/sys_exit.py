# sys.exit raises SystemExit, which can be caught; the final call ends the program
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit", e.args)
try:
    sys.exit()
except SystemExit as e:
    print("caught SystemExit", e.args)
def cleanup():
    try:
        sys.exit(2)
    finally:
        print("finally runs on sys.exit")
try:
    cleanup()
except SystemExit as e:
    print("code", e.args)
print("before exit")
sys.exit(3)
print("not reached")
