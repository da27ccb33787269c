a = 1


b = 2
if a:

    c = 3
def f():


    return 4



class C:
    x = 1

    y = 2
for i in range(3):
    pass
