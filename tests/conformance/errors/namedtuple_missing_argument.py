# A namedtuple called with too few arguments reports the missing fields.
from collections import namedtuple

Row = namedtuple("Row", "id name email")
print(Row(1, "ada", "ada@example.com"))
Row(2)
