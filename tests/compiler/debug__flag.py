if __debug__:
    print("debug")
y = __debug__
z = not __debug__
