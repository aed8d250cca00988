# A resource pool managed with with-statements: acquisition order, release on errors, nesting.
class Pool:
    def __init__(self, size):
        self.free = list(range(size))
        self.events = []

    def lease(self, who):
        return Lease(self, who)


class Lease:
    def __init__(self, pool, who):
        self.pool = pool
        self.who = who

    def __enter__(self):
        if not self.pool.free:
            raise RuntimeError(f"pool exhausted for {self.who}")
        self.slot = self.pool.free.pop(0)
        self.pool.events.append(f"{self.who}+{self.slot}")
        return self.slot

    def __exit__(self, exc_type, exc, tb):
        self.pool.free.append(self.slot)
        self.pool.events.append(f"{self.who}-{self.slot}" + ("!" if exc_type else ""))
        return False


pool = Pool(2)
with pool.lease("a") as s1:
    with pool.lease("b") as s2:
        print("holding", s1, s2, pool.free)
        try:
            with pool.lease("c"):
                print("unreachable")
        except RuntimeError as e:
            print("error:", e)
try:
    with pool.lease("d") as s:
        raise ValueError(f"failed while holding {s}")
except ValueError as e:
    print("error:", e)
print(pool.events, sorted(pool.free))
