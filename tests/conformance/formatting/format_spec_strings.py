# String format specs: alignment, fill, precision truncation and conversions.
for s in ["", "a", "hello", "wide string"]:
    print(f"[{s:8}] [{s:>8}] [{s:^8}] [{s:*<8}] [{s:.3}] [{s:>8.2}] [{s!r:12}]")
name = "Ada"
print(f"{name!r} {name!s} {name!a} {'é'!a} {'tab	x'!r}")
print("{!r:>10}|{:^{w}}|{:.{p}}".format("x", "mid", "truncate", w=7, p=4))
print(f"{'left':<{10}}|{'right':>{5 + 5}}|")
print("%-8s|%8s|%.2s|%5.1s|" % ("ab", "cd", "xyz", "uvw"))
print(format("text", ""), format("text", "<2"), format(None), format(True, ""), format(True, "d"))
