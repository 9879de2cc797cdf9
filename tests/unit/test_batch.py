"""timeline/batch.py: what the upload page carries from one article's turn to the next."""
import doctest
import json

import pytest

from timeline import batch as batch_module
from timeline.batch import Batch, Item


def test_the_examples_in_the_module_hold():
    result = doctest.testmod(batch_module)
    assert result.attempted >= 4 and result.failed == 0


def test_a_batch_reads_back_what_it_wrote():
    batch = Batch(items=(Item(12, queued=True), Item(13, duplicate=True), Item(14, version=True, queued=True)),
                  not_stored=2)
    vals = json.loads(batch.vals)
    assert Batch.parse(vals["batch"], vals["not_stored"]) == batch


@pytest.mark.parametrize("items, not_stored", [
    ("", "0"), ("12", "x"), ("12q", "-1"), ("0q", "0"), ("12x", "0"), ("12qd", "0"), ("12q,,13q", "0"),
    (" 12q", "0"), ("12q,12", "0"), ("1" * 19 + "q", "0")])
def test_it_refuses_what_is_not_a_batch(items, not_stored):
    with pytest.raises(ValueError):
        Batch.parse(items, not_stored)


def test_it_refuses_more_articles_than_an_upload_holds():
    with pytest.raises(ValueError):
        Batch.parse(",".join(f"{n}q" for n in range(1, 12)), most=10)
    assert len(Batch.parse(",".join(f"{n}q" for n in range(1, 11)), most=10).queue) == 10


def test_the_turns_go_in_the_order_listed_and_skip_what_is_not_to_extract():
    batch = Batch.parse("5q,3d,9q,7vq")
    assert batch.queue == [5, 9, 7]
    assert [batch.turn(pk).place for pk in batch.queue] == [1, 2, 3]
    assert batch.after(5) == [9, 7] and batch.after(7) == [] and batch.after(3) == []
    assert batch.item(3) == Item(3, duplicate=True) and batch.item(4) is None
