# Exceptions raised from else blocks are not caught by the same try's handlers.
def run(flag):
    try:
        value = 10 // flag
    except ZeroDivisionError:
        return "zero"
    else:
        if value > 5:
            raise ValueError(f"too big: {value}")
        return f"value {value}"
    finally:
        print("finally for", flag)

for flag in [0, 1, 5]:
    try:
        print(run(flag))
    except ValueError as e:
        print("outer caught", e)
