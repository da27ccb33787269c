# exp: hand-written (MicroPython's gc.threshold, counted in whole 16-byte heap blocks)
import gc

print(gc.threshold())
gc.threshold(1)
print(gc.threshold())
gc.threshold(100)
print(gc.threshold())
gc.threshold(1)
x = [[], [], [i for i in range(50)]]
print(len(x[2]))
gc.threshold(-1)
print(gc.threshold())
