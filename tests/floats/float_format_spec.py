# format() with float presentation types
x = 1234.5678
for spec in ["", "f", ".2f", ".0f", "10.3f", "<10.1f", "^12.2f", "+.1f", " .1f", "010.2f",
             "e", ".2e", "E", "g", ".3g", ".10g", "G", "%", ".1%", ",.2f", "_.1f", ",",
             ".1g"]:
    print(repr(spec), format(x, spec), format(-x, spec))
for v in [0.0, -0.0, 1e-5, 1e16, 123456789.0, 0.5, 2.5, 1.005, float("inf"), float("nan")]:
    print(format(v, ".2f"), format(v, "g"), format(v, ".3e"), format(v, ""), format(v, "10.4g"))
print(format(1.5, "#g"), format(1.0, "#.3g"), format(100.0, ".0f"))
print(format(0.5, ".0f"), format(1.5, ".0f"), format(-0.5, ".0f"))
print(format(2.675, ".2f"), format(1e22, "f"), format(1e-10, "f"))
