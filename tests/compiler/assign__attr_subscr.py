obj.a = 1
obj.a.b = 2
obj[0] = 3
obj[1][2] = 4
obj.f(1).g = 5
obj[i:j] = lst
obj[i:j:k] = lst
obj[1, 2] = 6
