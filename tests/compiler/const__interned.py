class Thing:
    def some_long_method_name(self):
        pass
x = getattr(Thing, "some_long_method_name")
y = "__contains__"
z = "KeyboardInterrupt"
w = "not_an_identifier_yet"
not_an_identifier_yet = 1
v = "not_an_identifier_yet"
