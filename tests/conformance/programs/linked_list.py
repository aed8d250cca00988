# A singly linked list class with append, prepend, reverse, indexing, removal and equality.
class LinkedList:
    class _Node:
        def __init__(self, value, next=None):
            self.value = value
            self.next = next

    def __init__(self, items=()):
        self.head = None
        self.length = 0
        for item in items:
            self.append(item)

    def append(self, value):
        node = self._Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self.length += 1

    def prepend(self, value):
        self.head = self._Node(value, self.head)
        self.length += 1

    def __iter__(self):
        values = []
        cur = self.head
        while cur:
            values.append(cur.value)
            cur = cur.next
        return iter(values)

    def __len__(self):
        return self.length

    def __getitem__(self, index):
        if index < 0:
            index += self.length
        if not 0 <= index < self.length:
            raise IndexError("linked list index out of range")
        cur = self.head
        for _ in range(index):
            cur = cur.next
        return cur.value

    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    def remove(self, value):
        prev, cur = None, self.head
        while cur and cur.value != value:
            prev, cur = cur, cur.next
        if cur is None:
            raise ValueError(f"{value!r} not in list")
        if prev is None:
            self.head = cur.next
        else:
            prev.next = cur.next
        self.length -= 1

    def __eq__(self, other):
        return list(self) == list(other)

    def __repr__(self):
        return " -> ".join([repr(v) for v in self]) or "(empty)"


ll = LinkedList("abc")
ll.prepend("z")
ll.append("d")
print(ll, len(ll), ll[0], ll[-1], ll[2])
ll.reverse()
print(ll, list(ll))
ll.remove("z")
ll.remove("d")
print(ll, len(ll))
for bad in [lambda: ll.remove("q"), lambda: ll[10]]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
print(ll == LinkedList(["c", "b", "a"]), LinkedList() == LinkedList(), LinkedList(), LinkedList(range(5)))
