"""The examples in the temporal modules' (and names.py's, taxonomy.py's, language.py's, outlet.py's, events/rules.py's)
docstrings stay true."""
import doctest

import pytest

from timeline.extraction import dct, language, names, outlet, resolve, taxonomy, timex
from timeline.extraction.events import rules
from timeline.extraction.lang.id import months, numbers, variants, weekdays


@pytest.mark.parametrize("module", [timex, resolve, dct, names, taxonomy, language, outlet, rules, months, numbers,
                                    variants, weekdays],
                         ids=lambda m: m.__name__.rsplit(".", 1)[-1])
def test_docstring_examples(module):
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
