# A package's attribute for a submodule is set only when the submodule is first imported, so
# a package that rebinds the name (to a function from the submodule) keeps its binding.
import impkg_bind

print(impkg_bind.mod1(), impkg_bind.mod2())
import impkg_bind.mod1

print(impkg_bind.mod1())
import impkg_bind.mod2

print(type(impkg_bind.mod2).__name__, impkg_bind.mod2.X)
import impkg_bind.mod2

print(impkg_bind.mod2.X)
