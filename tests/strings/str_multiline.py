# triple-quoted strings and implicit concatenation
s = """first line
second line
    indented third"""
print(s)
print(len(s.splitlines()), s.count("\n"))
t = '''single 'quotes' inside
and "double" too'''
print(t)
u = """\
no leading newline"""
print(repr(u))
v = ("one "
     "two "
     'three')
print(v)
w = """ends with newline
"""
print(repr(w))
print("""a""" + '''b''' + """c""" == "abc", repr(""""quoted" start"""))
