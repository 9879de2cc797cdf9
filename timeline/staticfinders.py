"""Serve plotly.js from the `plotly` wheel as a static file, without committing 4.6 MB of it.

The wheel ships `plotly/package_data/plotly.min.js`; this finder exposes it as the static
path `vendor/plotly.min.js`, for `runserver`, the live test server and `collectstatic` alike.
Registered in settings.STATICFILES_FINDERS.
"""
from __future__ import annotations

from pathlib import Path

import plotly
from django.contrib.staticfiles.finders import BaseFinder
from django.core.checks import Error
from django.core.files.storage import FileSystemStorage

PREFIX = "vendor"
FILENAME = "plotly.min.js"
PACKAGE_DATA = Path(plotly.__file__).resolve().parent / "package_data"


class PlotlyFinder(BaseFinder):
    def __init__(self, *args, **kwargs):
        self.storage = FileSystemStorage(location=PACKAGE_DATA)
        self.storage.prefix = PREFIX
        super().__init__(*args, **kwargs)

    def check(self, **kwargs):
        if not (PACKAGE_DATA / FILENAME).is_file():
            return [Error(f"{PACKAGE_DATA / FILENAME} is missing: is the plotly package installed?",
                          id="timeline.E001")]
        return []

    def find(self, path, find_all=False, **kwargs):
        if path == f"{PREFIX}/{FILENAME}" and (PACKAGE_DATA / FILENAME).is_file():
            match = str(PACKAGE_DATA / FILENAME)
            return [match] if find_all else match
        return []

    def list(self, ignore_patterns):
        if (PACKAGE_DATA / FILENAME).is_file():
            yield FILENAME, self.storage
