__all__ = ["public", "_listed_private", "lazy"]


def public():
    return "public"


def _listed_private():
    return "listed private"


def unlisted():
    return "unlisted"


def __getattr__(name):
    if name == "lazy":
        return "made by __getattr__"
    raise AttributeError(name)
