# Edge cases of built-in subclasses: float __new__, empty __slots__, __str__ in formatting, ABC registration.
import collections.abc as cabc
from collections import abc
import abc as abcmod
print(abc is cabc, abc.__name__, abcmod.__name__)
class Temp(float):
    def __new__(cls, value, unit="C"):
        obj = super().__new__(cls, value)
        obj.unit = unit
        return obj
    def __repr__(self):
        return f"{float(self)}°{self.unit}"
t = Temp(20.5)
print(t, repr(t), t.unit, t * 2, [t], t.is_integer(), t.hex(), Temp(3).as_integer_ratio())
class Key(str):
    __slots__ = ()
k = Key("a")
try:
    k.x = 1
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(k, "__dict__"))
class Bits(int):
    def __str__(self):
        return bin(self)
print(Bits(5), str(Bits(5)), repr(Bits(5)), f"{Bits(5)}", "%s" % Bits(5), Bits(5) & 4, Bits(5) >> 1, Bits(5).bit_length(), Bits(5).to_bytes(2, "big"))
class S(set):
    def __repr__(self):
        return "S" + super().__repr__()
print(S([1]), S([1]) | {2}, S() == set(), {1} <= S([1, 2]), frozenset([1]) == S([1]))
class D(dict):
    def __iter__(self):
        return iter(sorted(super().__iter__()))
d = D(b=1, a=2)
print(list(d), [k for k in d], sorted(d), dict(d), list(d.keys()), d)
class Sized:
    def __len__(self):
        return 3
print(isinstance(Sized(), cabc.Sized), issubclass(Sized, cabc.Iterable), isinstance(Sized, type))
class Reg(abcmod.ABC):
    pass
Reg.register(int)
print(isinstance(3, Reg), issubclass(bool, Reg), isinstance("x", Reg), Reg.__abstractmethods__ == frozenset())
class Str2(str):
    def __new__(cls, *parts):
        return str.__new__(cls, "".join(parts))
print(Str2("a", "b", "c"), len(Str2("a", "b")))
print(str.__new__(Str2, "z"), type(str.__new__(Str2, "z")).__name__)
try:
    str.__new__(int, "z")
except TypeError as e:
    print("TypeError:", e)
try:
    int.__new__(str)
except TypeError as e:
    print("TypeError:", e)
