# escape sequences and raw strings (ASCII)
print("a\tb", "a\\b", "quote\"s", 'single\'s', "nl\\n")
print(len("\n"), len("\\n"), len(r"\n"), len("\x41"), "\x41\x42", "\101\102", "\0" == "\x00")
print(repr("\a\b\f\v\r"), repr("\x7e\x7f"), repr("\x1b[0m"))
print(r"raw\tstring", r"C:\path\new", r"\x41", len(r"\\"))
print(repr(r"\d+\.\d*"), repr("back\\slash"))
print("line one\
 continued")
print("\u0041\U00000042", "\x61" == "a")
