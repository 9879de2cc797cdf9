"""Search (`q`) with several words, as the QA tester (session 22) typed them: every word, in any
order, in the summary, an actor's name or alias, or the article's words quoted as evidence."""
from bs4 import BeautifulSoup
from django.test import TestCase
from django.urls import reverse

from tests.factories import create_actor, create_article, create_event

TEXT = ("Presiden Prabowo Subianto menerima Perdana Menteri Anthony Albanese di Istana Merdeka.\n"
        "Kedua pemimpin meneken perjanjian keamanan bersama.\n"
        "Australia menangkap 12 nelayan Indonesia di perairan Ashmore.\n"
        "Menteri Luar Negeri Sugiono menelepon Penny Wong.\n")


def summaries(response):
    return sorted(r.get_text(strip=True) for r in BeautifulSoup(response.content, "html.parser").select(".ev .summary"))


class SearchTestCase(TestCase):
    def setUp(self):
        article = create_article(text=TEXT)
        prabowo, albanese = create_actor("Prabowo Subianto"), create_actor("Anthony Albanese", aliases=["Albo"])
        wong, sugiono = create_actor("Penny Wong"), create_actor("Sugiono")
        australia = create_actor("Australia", kind="country")
        create_event(article, [prabowo, albanese], summary="Anthony Albanese meets Prabowo Subianto in Jakarta",
                     evidence="menerima Perdana Menteri Anthony Albanese di Istana Merdeka", date="2026-02-05")
        create_event(article, [prabowo, albanese], type="agreement", summary="Prabowo Subianto and Anthony "
                     "Albanese: agreement (meneken)", evidence="meneken perjanjian keamanan bersama", date="2026-02-06")
        create_event(article, [australia], type="military_action", summary="Australia: military action (menangkap)",
                     evidence="Australia menangkap 12 nelayan Indonesia", date="2026-02-20")
        create_event(article, [sugiono, wong], type="call", summary="Sugiono calls Penny Wong",
                     evidence="Sugiono menelepon Penny Wong", date="2026-01-09")

    def get(self, q):
        return self.client.get(reverse("timeline:events"), {"q": q}, headers={"HX-Request": "true"})

    def test_several_words_find_the_events_holding_all_of_them_in_any_order(self):
        both = ["Anthony Albanese meets Prabowo Subianto in Jakarta",
                "Prabowo Subianto and Anthony Albanese: agreement (meneken)"]
        assert summaries(self.get("Prabowo Albanese")) == both
        assert summaries(self.get("albanese prabowo")) == both
        assert summaries(self.get("Albanese Jakarta")) == both[:1]
        assert summaries(self.get("albo prabowo")) == both        # an alias counts as the actor's name

    def test_words_of_the_article_quoted_as_evidence_find_their_events(self):
        assert summaries(self.get("perjanjian keamanan")) == ["Prabowo Subianto and Anthony Albanese: agreement (meneken)"]
        assert summaries(self.get("nelayan")) == ["Australia: military action (menangkap)"]
        assert summaries(self.get("Istana Merdeka")) == ["Anthony Albanese meets Prabowo Subianto in Jakarta"]
        assert summaries(self.get("nelayan 12")) == ["Australia: military action (menangkap)"]

    def test_a_word_none_holds_finds_nothing(self):
        assert summaries(self.get("albanese wong")) == []
        assert summaries(self.get("prabowo nelayan")) == []

    def test_punctuation_and_quotes_around_words_are_no_part_of_them(self):
        assert summaries(self.get('"Sugiono," Wong')) == ["Sugiono calls Penny Wong"]
