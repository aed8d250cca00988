# Unbounded recursion through a method raises RecursionError.
class Node:
    def depth(self):
        return 1 + self.depth()

print("before")
Node().depth()
