# os.path (posixpath) split, splitext, basename, dirname, normpath, join and abspath on fixed strings
import os
import os.path
from os.path import join, splitext

print(os.sep, repr(os.linesep), os.name, os.curdir, os.pardir, os.pathsep, os.extsep, os.altsep, os.devnull)
print(os.path.__name__, os.path.sep, os.path is os.path)

paths = ["", "/", "//", "///", "a", "a/", "/a", "/a/b/", "a/b/c.txt", "/usr/lib/python3.11/os.py",
         ".bashrc", "..", ".", "a/.b.c", "a..b", "x/y/..", "//x//y//", "a.b/c", "...", "a/b.",
         "./a/./b/../c", "../../x", "/../x", "//a/../b", "a/b/../../..", "dir/archive.tar.gz", "café/naïve.py"]
for path in paths:
    print(repr(path), os.path.split(path), os.path.splitext(path))
    print("   ", repr(os.path.basename(path)), repr(os.path.dirname(path)), repr(os.path.normpath(path)), os.path.isabs(path))

print(join("a", "b", "c"), join("/a", "/b", "c"), join("a/", "b"), repr(join("", "x")), repr(join("a", "")))
print(join("a"), join("a", "b/", "c"), join("/", "etc", "passwd"), join("a//", "/", "b"))
print(os.path.abspath("/x/../y/./z"), os.path.abspath("/"), os.path.abspath("//a//b"))
print(os.path.abspath("name.txt") == join(os.getcwd(), "name.txt"))
print(os.path.abspath(".") == os.getcwd(), os.path.normpath(join(os.getcwd(), "..", "modules")) == os.getcwd())
