"""The publication date. PLACEHOLDER until the temporal tagger lands (issue 3): knows nothing."""
from __future__ import annotations


def infer_dct(text, lang="id"):
    return None, "unknown"
