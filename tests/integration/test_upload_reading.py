"""A file that is not UTF-8 (the QA tester's, session 22): read in the likeliest 8-bit encoding, and
the upload's result says how, so that its names are checked."""
import pytest

from tests.integration.test_versions import DATA, staff, upload  # noqa: F401 (a fixture)
from timeline.models import Article


@pytest.mark.django_db
def test_a_file_in_a_legacy_encoding_is_read_as_turkish_and_the_result_says_so(client, staff):
    """The tester's "Erdoğan" saved in a Turkish 8-bit encoding (byte 0xF0, which Latin-1 reads "ð")."""
    path = DATA.parent / "hostile" / "latin1.txt"
    page = upload(client, path).content.decode()
    assert "Recep Tayyip Erdoğan" in Article.objects.get().text
    assert "latin1.txt: Not UTF-8: read as Windows-1254 (Turkish); check the names: Erdoğan, Café." in page
