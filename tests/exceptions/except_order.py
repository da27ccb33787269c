# the first matching except clause wins
def classify(exc):
    try:
        raise exc
    except LookupError:
        return "LookupError clause"
    except KeyError:
        return "KeyError clause (unreachable)"
    except Exception:
        return "Exception clause"
    except BaseException:
        return "BaseException clause"
print(classify(KeyError()))
print(classify(IndexError()))
print(classify(ValueError()))
print(classify(KeyboardInterrupt()))
print(classify(SystemExit()))
print(classify(GeneratorExit()))
def specific_first(exc):
    try:
        raise exc
    except ZeroDivisionError:
        return "specific"
    except ArithmeticError:
        return "general"
print(specific_first(ZeroDivisionError()), specific_first(OverflowError()))
