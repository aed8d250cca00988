# os.getpid, getcwd, environ, getenv, listdir and the file tests of os.path
import os

pid = os.getpid()
print(type(pid).__name__, pid > 0, pid == os.getpid())
cwd = os.getcwd()
print(os.path.isabs(cwd), os.path.basename(cwd))
print(type(os.environ).__name__ in ("dict", "_Environ"), "PATH" in os.environ, os.environ["PATH"] == os.getenv("PATH"))
print(os.getenv("WAND_SURELY_UNSET_VARIABLE"), os.getenv("WAND_SURELY_UNSET_VARIABLE", "fallback"))
print(os.environ.get("WAND_SURELY_UNSET_VARIABLE", 42))
os.environ["WAND_SURELY_UNSET_VARIABLE"] = "now set"
print(os.getenv("WAND_SURELY_UNSET_VARIABLE"), os.getenv(key="WAND_SURELY_UNSET_VARIABLE", default="x"))

print(os.path.exists(cwd), os.path.isdir(cwd), os.path.isfile(cwd))
print(os.path.exists("os_basics.py"), os.path.isfile("os_basics.py"), os.path.isdir("os_basics.py"))
print(os.path.exists("no/such/file"), os.path.isfile("no/such/file"), os.path.isdir("no/such/file"))
print(os.path.islink("os_basics.py"), os.path.exists(""))

names = os.listdir(".")
# Programs beside this one create and remove `_tmp_<name>` directories while the suite runs them
# in parallel: the two listings are compared without those.
def settled(listing):
    return sorted(name for name in listing if not name.startswith("_tmp_"))


print("os_basics.py" in names, "." in names, settled(names) == settled(os.listdir()))
print(sorted(name for name in os.listdir("..") if name in ("modules", "dicts", "README.md")))
print(len(os.urandom(16)), os.urandom(0))

for bad in [lambda: os.listdir("no/such/dir"), lambda: os.listdir("os_basics.py"), lambda: os.path.join("a", 5),
            lambda: os.path.basename(None), lambda: os.path.split(3), lambda: os.getenv(1)]:
    try:
        bad()
    except (OSError, TypeError) as error:
        print(type(error).__name__, error)
os.listdir("missing-directory")
