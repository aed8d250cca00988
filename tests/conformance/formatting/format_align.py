# str.format alignment, fill and width.
for v in ["x", "hello", 42, -3.5]:
    print("[{:>10}] [{:<10}] [{:^10}] [{:*<8}] [{:#>8}] [{:-^9}]".format(v, v, v, v, v, v))
print("[{:10}] [{:10}]".format("str", 123))
print("[{:=8}] [{:=+8}] [{:0=8}]".format(-42, 42, -42))
print("[{0:>{1}}] [{0:^{1}}]".format("mid", 9))
print("[{:{fill}{align}{width}}]".format("dyn", fill="~", align="^", width=11))
print("{:>3}|{:>3}|{:>3}".format(1, 22, 333))
