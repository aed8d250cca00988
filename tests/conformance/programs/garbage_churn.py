# Allocation churn across several collections: cycles, instances, strings and lists are
# created and dropped while classes, their methods and built-in type methods stay in use.


class Node:
    def __init__(self, value):
        self.value = value
        self.next = None

    def link(self, other):
        self.next = other
        other.next = self
        return self


total = 0
keep = []
for i in range(300000):
    node = Node(i).link(Node(i + 1))
    pair = [i, str(i)]
    total += len(pair) + node.next.value
    if i % 50000 == 0:
        keep.append(node)
print(total, len(keep), [n.value for n in keep], [n.next.next.value for n in keep])
