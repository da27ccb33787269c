# exp: hand-written (CPython's backtracking matcher does not finish these in reasonable time)
# re: the matcher takes time linear in the text for patterns that make backtracking engines
# explode, and nested or huge patterns fail cleanly.
import re

text = "a" * 3000
print(re.match("(a*)*b", text))
print(re.match("(a|aa)+$", text).span())
print(re.match("(x+x+)+y", "x" * 3000))
print(re.search("(a|a)*c", text))
print(len(re.findall("a?" * 20 + "a" * 20, "a" * 200)))
print(re.match("(a*)*", "aaa").span(), re.match("(a*)+", "aaa").span())
print(re.match("(a?)*?b", "aab").span())
