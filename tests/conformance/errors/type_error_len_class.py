# len() of an instance without __len__.
class Bag:
    pass

print(len([Bag(), Bag()]))
print(len(Bag()))
