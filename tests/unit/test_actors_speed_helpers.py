"""The shortcuts actors.py takes for speed find what the plain way finds."""
import pytest

from timeline.extraction.actors import _pair_matches, load_lang


@pytest.mark.parametrize("text", [
    "kedua negara sepakat. dua negara, keduanya dan kedua menteri",
    "induanya kedua pihak kedua kepala negara bertemu; kedua kepala pemerintahan",
    "sekedua negara keduanyalah dua menteri-dua negara",
    "",
])
def test_pair_matches_finds_what_finditer_finds(text):
    rx = load_lang("id").pair_rx
    assert [m.span() for m in _pair_matches(rx, text)] == [m.span() for m in rx.finditer(text)]


def test_every_pair_reference_opens_with_dua():
    assert load_lang("id").pair_dua
