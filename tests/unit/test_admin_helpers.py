"""The admin's small pure helpers: their doctests (report line, cutting long titles)."""
import doctest

from timeline import admin


def test_the_examples_in_the_admin_module_hold():
    result = doctest.testmod(admin)
    assert result.attempted >= 2 and result.failed == 0
