"""The examples in timeline/versions.py and timeline/spans.py (pure helpers, no database)."""
import doctest

from timeline import spans, versions


def test_the_examples_in_the_modules_hold():
    for module in (spans, versions):
        result = doctest.testmod(module)
        assert result.attempted > 0 and result.failed == 0, module
