# return, break and continue inside with blocks still run __exit__.
class Guard:
    log = []

    def __init__(self, tag):
        self.tag = tag

    def __enter__(self):
        Guard.log.append("+" + self.tag)
        return self

    def __exit__(self, *info):
        Guard.log.append("-" + self.tag)
        return False

def early(n):
    with Guard("f"):
        if n > 0:
            return "positive"
        return "other"

print(early(1), early(0), Guard.log)
Guard.log.clear()
for i in range(4):
    with Guard(str(i)):
        if i == 1:
            continue
        if i == 3:
            break
print(Guard.log)
Guard.log.clear()

def nested():
    with Guard("outer"):
        with Guard("inner"):
            return len(Guard.log)

print(nested(), Guard.log)
