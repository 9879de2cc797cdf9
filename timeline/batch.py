"""An upload of several articles that the upload page extracts one request each (with htmx): the
upload stores them all and answers at once, each article to extract waiting its turn; the page then
asks for one article at a time, and each answer hands the turn to the next. What one request tells
the next, the page carries as text (no state kept on the server): the upload's articles, in the
order listed, each its id and what the upload made of it, and how many files it did not store.

>>> batch = Batch.parse("12q,13dq,14d,15vq", not_stored="1")
>>> batch.queue, batch.after(13), batch.turn(15)
([12, 13, 15], [15], Turn(pk=15, place=3, places=3, now=True))
>>> batch.vals
'{"batch": "12q,13dq,14d,15vq", "not_stored": "1"}'

Pure helpers: no database.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import NamedTuple

_ITEM = re.compile(r"(?P<pk>[1-9][0-9]{0,17})(?P<duplicate>d?)(?P<version>v?)(?P<queued>q?)")


@dataclass(frozen=True)
class Item:
    """One article of the upload: `12q`, `13dq`."""
    pk: int
    duplicate: bool = False     # d: the same text was uploaded before (nothing stored again)
    version: bool = False       # v: a new version of an article stored
    queued: bool = False        # q: to extract, in its turn

    def __str__(self) -> str:
        return f"{self.pk}{'d' * self.duplicate}{'v' * self.version}{'q' * self.queued}"


class Turn(NamedTuple):
    """An article waiting in its upload's queue: its place in it ("3 of 60"), and whether its turn is now."""
    pk: int
    place: int
    places: int
    now: bool = False


@dataclass(frozen=True)
class Batch:
    items: tuple[Item, ...]
    not_stored: int = 0     # files the upload refused or took once (chosen twice)

    @classmethod
    def parse(cls, items: str, not_stored: str = "0", most: int = 1000) -> Batch:
        """The batch a page sent back; ValueError when it is not one (at most `most` articles).

        >>> Batch.parse("12q,12q")
        Traceback (most recent call last):
        ValueError: not an upload's articles: '12q,12q'
        """
        found = [_ITEM.fullmatch(part) for part in items.split(",")]
        if not items or len(found) > most or not all(found) or not not_stored.isdigit() \
                or len({int(m["pk"]) for m in found}) != len(found):
            raise ValueError(f"not an upload's articles: {items[:100]!r}")
        return cls(items=tuple(Item(pk=int(m["pk"]), duplicate=bool(m["duplicate"]), version=bool(m["version"]),
                                    queued=bool(m["queued"])) for m in found),
                   not_stored=min(int(not_stored), most))

    @property
    def vals(self) -> str:
        """What the page sends back with each article's turn (`hx-vals`)."""
        return json.dumps({"batch": ",".join(map(str, self.items)), "not_stored": str(self.not_stored)})

    @property
    def queue(self) -> list[int]:
        """The articles to extract, in their order."""
        return [item.pk for item in self.items if item.queued]

    def item(self, pk: int) -> Item | None:
        return next((item for item in self.items if item.pk == pk), None)

    def after(self, pk: int) -> list[int]:
        """The articles of the queue after this one."""
        queue = self.queue
        return queue[queue.index(pk) + 1:] if pk in queue else []

    def turn(self, pk: int, now: bool = True) -> Turn:
        queue = self.queue
        return Turn(pk=pk, place=queue.index(pk) + 1, places=len(queue), now=now)


@dataclass(frozen=True)
class Progress:
    """How far the page has come with an upload's queue.

    >>> str(Progress(extracted=11, failed=1, total=60))
    'Extracting one article at a time: 11 of 60 extracted, 1 not extracted'
    >>> str(Progress(extracted=3, failed=0, total=6, deleted=1))
    'Extracting one article at a time: 3 of 6 extracted, 1 deleted meanwhile'
    """
    extracted: int
    failed: int
    total: int
    deleted: int = 0    # deleted (in the admin, say) since the upload stored them: neither extracted nor failed

    @property
    def finished(self) -> int:
        return self.extracted + self.failed + self.deleted

    def __str__(self) -> str:
        line = f"Extracting one article at a time: {self.extracted} of {self.total} extracted"
        return line + (f", {self.failed} not extracted" if self.failed else "") + \
            (f", {self.deleted} deleted meanwhile" if self.deleted else "")
