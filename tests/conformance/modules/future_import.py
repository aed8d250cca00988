# from __future__ import annotations is accepted; the __future__ module lists its features.
from __future__ import annotations

import __future__
from collections.abc import Iterator


def countdown(n: int) -> Iterator[int]:
    while n > 0:
        yield n
        n -= 1


class Node:
    def __init__(self, value: int, next: Node | None = None) -> None:
        self.value = value
        self.next = next


print(list(countdown(3)), Node(1, Node(2)).next.value)
for name in __future__.all_feature_names:
    feature = getattr(__future__, name)
    print(name, feature, feature.getOptionalRelease()[:2], feature.getMandatoryRelease())
print(__future__.annotations.compiler_flag == __future__.CO_FUTURE_ANNOTATIONS)
