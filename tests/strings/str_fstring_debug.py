# self-documenting f-string expressions (=)
x = 10
name = "Bob"
items = [1, 2]
print(f"{x=}")
print(f"{x = }")
print(f"{x*2=}")
print(f"{name=}", f"{name=!s}")
print(f"{items[0]=}, {len(items)=}")
print(f"{x=:5d}|")
print(f"{3.5=:.2f}")
