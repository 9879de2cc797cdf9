"""The examples in timeline/ingest.py's docstrings (pure helpers, no database)."""
import doctest

from timeline import ingest


def test_the_examples_in_the_module_hold():
    result = doctest.testmod(ingest)
    assert result.attempted > 0 and result.failed == 0
