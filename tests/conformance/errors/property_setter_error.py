# A property without a setter cannot be assigned.
class Frozen:
    @property
    def value(self):
        return 42

f = Frozen()
print(f.value)
f.value = 1
