try:
    f()
except:
    pass

try:
    f()
except ValueError:
    print(1)

try:
    f()
except ValueError as e:
    print(e)
except (TypeError, KeyError):
    print(2)
except Exception:
    raise

try:
    f()
except ValueError:
    pass
else:
    print("ok")
