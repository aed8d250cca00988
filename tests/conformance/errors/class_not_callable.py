# Calling an instance without __call__ raises TypeError.
class Plain:
    pass

p = Plain()
print(type(p).__name__)
p()
