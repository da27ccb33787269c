def f(items):
    for x in items:
        try:
            g(x)
        except ValueError:
            continue
        except TypeError as e:
            return e
        else:
            break
        finally:
            h()
    while items:
        try:
            return items.pop()
        except IndexError:
            break
