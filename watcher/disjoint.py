"""Disjoint sets over the items 0..n-1 (union-find, with path halving): which items belong
together. Near-duplicate corpus items kept in one fold (classify.groups) and the items of one
story in a digest (stories.group) are both grouped so."""

from __future__ import annotations


class Disjoint:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def root(self, i: int) -> int:
        """The item that stands for i's set."""
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(self, i: int, j: int) -> None:
        """i's set joins j's: j's root stands for both."""
        self.parent[self.root(i)] = self.root(j)
