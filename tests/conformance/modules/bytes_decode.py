# bytes.decode and str.encode: utf-8, ascii, latin-1 under strict, replace and ignore
samples = [b"plain", b"caf\xc3\xa9", b"\xff", b"a\xe2\x82", b"\xe2\x28\xa1", b"\xf0\x9f\x98\x80!", b"\xed\xa0\x80", b"\xc0\xaf", b"x\xf4\x90\x80\x80"]
for sample in samples:
    for encoding in ["utf-8", "ascii", "latin-1"]:
        for errors in ["strict", "replace", "ignore"]:
            try:
                print(encoding, errors, repr(sample.decode(encoding, errors)))
            except UnicodeDecodeError as error:
                print(encoding, errors, "UnicodeDecodeError:", error)
print(b"abc".decode(), b"abc".decode(encoding="ASCII"), b"\xe9".decode("Latin_1"), b"\xe9".decode(errors="replace"))
for text in ["naïve", "日本", "plain"]:
    for encoding in ["utf-8", "ascii", "latin-1"]:
        try:
            print(text.encode(encoding), text.encode(encoding, "replace"), text.encode(encoding, "ignore"))
        except UnicodeEncodeError as error:
            print("UnicodeEncodeError:", error)
for bad in [lambda: b"x".decode("rot-99"), lambda: b"\xff".decode("utf-8", "bogus"), lambda: b"x".decode(5)]:
    try:
        bad()
    except (LookupError, TypeError) as error:
        print(type(error).__name__, error)
print("round trip", "€ and ü".encode().decode() == "€ and ü")
