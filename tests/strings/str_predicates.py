# character class predicates
samples = ["abc", "ABC", "Abc", "abc123", "123", "", " ", " \t\n", "a b", "Hello World",
           "hello world", "_ident", "2x", "x2", "Title Case Here", "1.5", "Ab1 "]
for s in samples:
    print(repr(s), s.isalpha(), s.isdigit(), s.isalnum(), s.isspace(), s.isupper(),
          s.islower(), s.istitle(), s.isidentifier(), s.isdecimal(), s.isnumeric())
print("".isspace(), "\t".isspace(), "A1".isupper(), "a1".islower(), "1".isupper())
print("Hello World".istitle(), "Hello world".istitle(), "HELLO".istitle())
print("class".isidentifier(), "x y".isidentifier(), "_".isidentifier(), "9a".isidentifier())
print("0".isdigit(), "-1".isdigit(), "1.0".isdecimal(), "12".isnumeric())
