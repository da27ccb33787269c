# enabling and disabling the collector
import gc
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
items = []
for i in range(2000):
    items.append((i, str(i)))
print(len(items), items[1234])
gc.enable()
print(gc.isenabled())
gc.collect()
print(items[-1], sum(i for i, _ in items))
gc.disable()
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
