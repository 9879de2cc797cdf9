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


@pytest.mark.django_db
def test_the_result_of_an_article_with_thousands_of_events_lists_the_first_and_links_the_rest(client, staff):
    """The tester's 1.9 MB digest gave 6,003 rows, a page the browser choked on."""
    from tests.factories import create_article, create_event
    from timeline.models import Event
    from timeline.views.upload import SHOWN
    article = create_article()
    Event.objects.bulk_create([Event(article=article, type="meeting", date="2026-01-07", date_start="2026-01-07",
                                     summary=f"Meeting {i}", origin="machine") for i in range(SHOWN + 70)])
    page = client.get(f"/upload/{article.pk}/").content.decode()
    assert f"{SHOWN + 70} events" in page
    assert page.count('<tr class="event">') == SHOWN
    assert f'70 more on the timeline</a>' in page and f'href="/?article={article.pk}"' in page
