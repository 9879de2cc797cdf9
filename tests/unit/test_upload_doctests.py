"""The examples in timeline/views/upload.py (its pure helpers: what the page says)."""
import doctest
import importlib

# (timeline.views.upload is the view function too, which timeline/views/__init__.py exports)
upload_view = importlib.import_module("timeline.views.upload")


def test_the_examples_in_the_module_hold():
    result = doctest.testmod(upload_view)
    assert result.attempted >= 2 and result.failed == 0
