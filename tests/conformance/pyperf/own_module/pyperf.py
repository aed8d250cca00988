# A program's own pyperf module, which `import pyperf` in uses_own_pyperf.py must find before wand's built-in one.
ORIGIN = "the program's own pyperf.py"


class Runner:
    def bench_func(self, name, func, *args):
        print("own runner:", name, func(*args))


if __name__ == "__main__":
    print("run as a program:", ORIGIN)
