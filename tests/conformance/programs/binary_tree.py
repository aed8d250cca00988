# A binary search tree class: insert, search, traversals, height, deletion and iteration.
class Node:
    def __init__(self, key):
        self.key = key
        self.left = self.right = None


class Tree:
    def __init__(self, keys=()):
        self.root = None
        self.size = 0
        for k in keys:
            self.insert(k)

    def insert(self, key):
        def go(node):
            if node is None:
                self.size += 1
                return Node(key)
            if key < node.key:
                node.left = go(node.left)
            elif key > node.key:
                node.right = go(node.right)
            return node
        self.root = go(self.root)

    def __contains__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False

    def inorder(self):
        out = []

        def walk(node):
            if node:
                walk(node.left)
                out.append(node.key)
                walk(node.right)
        walk(self.root)
        return out

    def preorder(self, node="root"):
        node = self.root if node == "root" else node
        return [] if node is None else [node.key] + self.preorder(node.left) + self.preorder(node.right)

    def height(self, node="root"):
        node = self.root if node == "root" else node
        return 0 if node is None else 1 + max(self.height(node.left), self.height(node.right))

    def delete(self, key):
        def go(node, key):
            if node is None:
                raise KeyError(key)
            if key < node.key:
                node.left = go(node.left, key)
            elif key > node.key:
                node.right = go(node.right, key)
            else:
                if node.left is None:
                    return node.right
                if node.right is None:
                    return node.left
                successor = node.right
                while successor.left:
                    successor = successor.left
                node.key = successor.key
                node.right = go(node.right, successor.key)
            return node
        self.root = go(self.root, key)
        self.size -= 1

    def __iter__(self):
        return iter(self.inorder())

    def __len__(self):
        return self.size


t = Tree([50, 30, 70, 20, 40, 60, 80, 35, 45, 65])
print(t.inorder(), t.preorder(), t.height(), len(t))
print(40 in t, 41 in t, list(t)[:3], sum(t), max(t))
for key in [20, 30, 50, 99]:
    try:
        t.delete(key)
        print("deleted", key, t.inorder(), t.preorder(), len(t))
    except KeyError as e:
        print("missing", e)
t2 = Tree(range(10))
print(t2.height(), Tree([5, 3, 8, 1, 4, 7, 9, 2, 6]).height())
