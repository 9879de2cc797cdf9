"""An event's detail: as an htmx partial and as a page."""
import pytest
from django.contrib.auth.models import User
from django.test import TestCase
from django.urls import NoReverseMatch, reverse

from tests.factories import create_actor, create_article, create_event

HTMX = {"HX-Request": "true"}
TEXT = ("Jakarta - Berita pembuka.\n"
        "Presiden Kolombia Gustavo Petro bakal menemui Donald Trump di Gedung Putih. Itu penting.\n"
        "Paragraf lain.")


class EventDetailTestCase(TestCase):
    def setUp(self):
        # A planned meeting with evidence, the same meeting in a second article, an unrelated call.
        self.article = create_article(title="Petro bakal temui Trump", text=TEXT, raw_text=TEXT)
        self.petro = create_actor("Gustavo Petro")
        self.trump = create_actor("Donald Trump")
        self.event = create_event(self.article, [(self.petro, "initiator"), (self.trump, "target")],
                                  "bakal menemui", type="meeting", status="planned", date="2026-02-03",
                                  summary="Petro menemui Trump", location="Gedung Putih")
        self.other_article = create_article(title="Another outlet reports it")
        self.same = create_event(self.other_article, [self.petro], type="meeting", date="2026-W06")
        self.unrelated = create_event(self.other_article, [self.petro], type="call", date="2026-02-03")
        self.url = reverse("timeline:detail", args=[self.event.pk])

    def test_it_answers_the_detail_partial_to_htmx(self):
        r = self.client.get(self.url, headers=HTMX)
        self.assertNotContains(r, "<html")
        self.assertContains(r, "Petro menemui Trump")
        self.assertContains(r, "3 Feb 2026")
        self.assertContains(r, "known to the day")
        self.assertContains(r, "planned")
        self.assertContains(r, "Gedung Putih")

    def test_it_says_when_the_date_comes_from_the_story_around_the_event(self):
        self.event.date_source = "context"
        self.event.save()
        self.assertContains(self.client.get(self.url, headers=HTMX), "date taken from the story around it")
        self.event.date_source = "text"
        self.event.save()
        self.assertNotContains(self.client.get(self.url, headers=HTMX), "date taken from the story")

    def test_it_says_where_an_inferred_publication_date_came_from(self):
        self.article.published_source = "inferred"
        self.article.save()
        r = self.client.get(self.url, headers=HTMX)
        self.assertContains(r, "(inferred from the dates in the text)")

    def test_a_publication_date_the_user_gave_needs_no_note(self):
        r = self.client.get(self.url, headers=HTMX)
        self.assertNotContains(r, "(given by the user)")

    def test_it_highlights_the_evidence_within_its_paragraph(self):
        r = self.client.get(self.url, headers=HTMX)
        self.assertContains(r, "<mark>bakal menemui</mark>")
        self.assertContains(r, "Itu penting.")  # the rest of the paragraph
        self.assertNotContains(r, "Paragraf lain")  # not the next one

    def test_a_paragraph_holding_two_spans_of_the_event_is_shown_once_with_both_marked(self):
        # (the paragraph was repeated once for each span in it)
        from timeline.models import Evidence
        start = TEXT.index("Itu penting")
        Evidence.objects.create(event=self.event, article=self.article, start=start, end=start + 11,
                                quote="Itu penting", sentence_start=start, sentence_end=start + 12)
        page = self.client.get(self.url, headers=HTMX).content.decode()
        assert page.count('<figure class="evidence">') == 1 and page.count("Presiden Kolombia") == 1
        assert "<mark>bakal menemui</mark>" in page and "<mark>Itu penting</mark>" in page

    def test_actors_link_to_the_timeline_filtered_to_them(self):
        r = self.client.get(self.url, headers=HTMX)
        self.assertContains(r, f'href="/?actor={self.petro.pk}"')
        self.assertContains(r, f'hx-get="/?actor={self.petro.pk}"')
        self.assertContains(r, "initiator")

    def test_it_names_the_other_articles_that_perhaps_report_the_same_event(self):
        # (headed "Also reported in", as if sure, when no report was grouped with it)
        r = self.client.get(self.url, headers=HTMX)
        self.assertContains(r, "Perhaps the same event, in")
        self.assertNotContains(r, "Also reported in")
        self.assertContains(r, reverse("timeline:detail", args=[self.same.pk]))
        self.assertNotContains(r, reverse("timeline:detail", args=[self.unrelated.pk]) + '"')

    def test_staff_get_a_link_to_edit_it_in_the_admin(self):
        try:
            admin_url = reverse("admin:timeline_event_change", args=[self.event.pk])
        except NoReverseMatch:
            self.skipTest("Event is not registered in the admin yet")
        self.assertNotContains(self.client.get(self.url, headers=HTMX), admin_url)
        staff = User.objects.create_user("staff", password="x", is_staff=True)
        self.client.force_login(staff)
        self.assertContains(self.client.get(self.url, headers=HTMX), admin_url)

    def test_without_htmx_it_is_the_timeline_page_with_the_detail_open(self):
        r = self.client.get(self.url)
        self.assertContains(r, "<html")
        self.assertContains(r, 'id="chart"')
        self.assertContains(r, "<mark>bakal menemui</mark>")

    def test_an_undated_event_says_so(self):
        event = create_event(self.article, [], date="", summary="sometime")
        r = self.client.get(reverse("timeline:detail", args=[event.pk]), headers=HTMX)
        self.assertContains(r, "the article gives no date")

    def test_it_escapes_the_article_text(self):
        evil = "Awal <script>window.pwned=1</script> <img src=x onerror=alert(1)> akhir."
        article = create_article(text=evil, raw_text=evil)
        event = create_event(article, [create_actor("<b>Evil</b>")], "<img src=x onerror=alert(1)>",
                             summary="<script>alert(3)</script>")
        r = self.client.get(reverse("timeline:detail", args=[event.pk]), headers=HTMX)
        self.assertNotContains(r, "<script>")
        self.assertNotContains(r, "<img src=x")
        self.assertNotContains(r, "<b>Evil</b>")
        self.assertContains(r, "<mark>&lt;img src=x onerror=alert(1)&gt;</mark>")

    def test_the_source_link_is_only_ever_a_web_address(self):
        self.article.url = "javascript:alert(1)"
        self.article.save()
        r = self.client.get(self.url, headers=HTMX)
        self.assertNotContains(r, "javascript:")
        self.article.url = "https://example.com/berita"
        self.article.save()
        self.assertContains(self.client.get(self.url, headers=HTMX), 'href="https://example.com/berita"')

    def test_an_unknown_event_is_404(self):
        r = self.client.get(reverse("timeline:detail", args=[999999]))
        assert r.status_code == 404
        self.assertContains(r, "There is no event 999999", status_code=404)
        self.assertContains(r, "Back to the timeline", status_code=404)
        with self.settings(DEBUG=True):     # (the site's page, not Django's debug page, as `make run` serves)
            self.assertContains(self.client.get(reverse("timeline:detail", args=[999999])), "Back to the timeline",
                                status_code=404)

    def test_a_link_to_an_event_merged_into_another_leads_to_that_one(self):
        from timeline.merge import merge_events
        gone = self.same.pk
        merge_events([self.event, self.same], into=self.event)
        r = self.client.get(reverse("timeline:detail", args=[gone]), {"type": "meeting"})
        self.assertRedirects(r, reverse("timeline:detail", args=[self.event.pk]) + "?type=meeting")
        # clicked on a page loaded before the merge: the kept event in the detail, saying so
        r = self.client.get(reverse("timeline:detail", args=[gone]), headers=HTMX)
        assert r.headers["HX-Push-Url"] == reverse("timeline:detail", args=[self.event.pk])
        self.assertContains(r, f'data-event="{self.event.pk}"')
        self.assertContains(r, f"Event #{gone} was merged into this one since the page was loaded.")

    def test_a_deleted_event_clicked_on_a_page_loaded_before_is_said_gone_in_the_detail(self):
        # (the click did nothing: htmx swaps no 404)
        r = self.client.get(reverse("timeline:detail", args=[999999]), headers=HTMX)
        assert r.status_code == 200 and r.headers["HX-Push-Url"] == "false"
        self.assertContains(r, "<h2>Event gone</h2>")
        self.assertContains(r, "There is no event 999999: it was deleted")


class ManyReportsTestCase(TestCase):
    """An event merged from many reports, and many other articles reporting it."""

    def test_three_evidence_paragraphs_are_shown_and_the_others_folded(self):
        from timeline.models import Evidence
        petro = create_actor("Gustavo Petro")
        event = create_event(create_article(text=TEXT), [petro], "bakal menemui", type="meeting", date="2026-02-03")
        for n in range(4):
            article = create_article(title=f"Laporan {n}", outlet=f"Outlet {n}", text=TEXT)
            start = article.text.index("bakal menemui")
            Evidence.objects.create(event=event, article=article, start=start, end=start + 13, quote="bakal menemui",
                                    sentence_start=article.text.index("Presiden"), sentence_end=article.text.index(" Itu"))
        page = self.client.get(reverse("timeline:detail", args=[event.pk]), headers=HTMX).content.decode()
        assert page.count('<figure class="evidence">') == 5
        before, folded = page.split('<details class="more-evidence"><summary>2 more reports of it</summary>')
        assert before.count('<figure class="evidence">') == 3 and folded.count('<figure class="evidence">') == 2
        assert "Laporan 0 · Outlet 0 · 10 Jan 2026" in folded
        assert "<figcaption" not in before.split('<figure class="evidence">')[1]    # its own article's first

    def test_a_fourth_passage_of_the_same_article_is_no_other_report(self):
        # (QA 22: a fourth span of the event's own article was folded under "1 more report of it")
        from timeline.models import Evidence
        text = "\n".join(f"Paragraf {n}: Petro bakal menemui Trump." for n in range(4))
        article = create_article(text=text)
        event = create_event(article, [create_actor("Gustavo Petro")], type="meeting", date="2026-02-03")
        for n in range(4):
            start = article.text.index(f"Paragraf {n}")
            Evidence.objects.create(event=event, article=article, start=start + 13, end=start + 26, quote="bakal menemui",
                                    sentence_start=start, sentence_end=start + 38)
        other = create_article(title="Laporan lain", text=text)
        Evidence.objects.create(event=event, article=other, start=13, end=26, quote="bakal menemui",
                                sentence_start=0, sentence_end=38)
        page = self.client.get(reverse("timeline:detail", args=[event.pk]), headers=HTMX).content.decode()
        assert ('<details class="more-evidence"><summary>1 more report of it and 1 more passage of this article'
                '</summary>') in page
        Evidence.objects.filter(article=other).delete()
        page = self.client.get(reverse("timeline:detail", args=[event.pk]), headers=HTMX).content.decode()
        assert '<summary>1 more passage of this article</summary>' in page and "more report" not in page

    def test_perhaps_the_same_needs_two_actors_in_common_and_more_than_a_year(self):
        # (China's loan from a minister in April 2023 listed Scholz's planned visit "2023" and every
        # deal China made that month)
        china, luhut, scholz = create_actor("China", kind="country"), create_actor("Luhut"), create_actor("Olaf Scholz")
        event = create_event(create_article(text=TEXT), [china, luhut], "bakal menemui", type="agreement", date="2023-04")
        same = create_event(create_article(title="Sama"), [china, luhut], type="agreement", date="2023-04-12")
        create_event(create_article(title="Scholz"), [china, scholz], type="agreement", date="2023")
        create_event(create_article(title="Lain"), [china, scholz], type="agreement", date="2023-04-14")
        alone = create_event(create_article(title="Sendiri"), [china], type="agreement", date="2023-04-20")
        # a state's leader is the state's side: Li Qiang and Luhut are China and Luhut again
        li = create_actor("Li Qiang", country=china, title="Perdana Menteri")
        by_leader = create_event(create_article(title="Li"), [li, luhut], type="agreement", date="2023-04-11")
        page = self.client.get(reverse("timeline:detail", args=[event.pk]), headers=HTMX).content.decode()
        listed = page.split("Perhaps the same event")[1]
        assert reverse("timeline:detail", args=[same.pk]) in listed and reverse("timeline:detail", args=[alone.pk]) in listed
        assert reverse("timeline:detail", args=[by_leader.pk]) in listed
        assert "Scholz" not in listed and "Lain" not in listed

    def test_perhaps_the_same_says_how_many_there_are_beyond_those_listed(self):
        petro = create_actor("Gustavo Petro")
        event = create_event(create_article(text=TEXT), [petro], "bakal menemui", type="meeting", date="2026-02-03")
        for n in range(22):     # (known to the month: perhaps the same event, not surely)
            create_event(create_article(title=f"Laporan {n}"), [petro], type="meeting", date="2026-02")
        page = self.client.get(reverse("timeline:detail", args=[event.pk]), headers=HTMX).content.decode()
        assert 'Perhaps the same event, in <small class="muted">20 of 22</small>' in page
        assert "… and 22 in all" in page and page.count("Laporan ") == 20


@pytest.mark.django_db
@pytest.mark.parametrize("fields, says", [
    ({}, "<dd>0.80</dd>"),
    ({"edited": True}, "<dd>corrected by a person <small class=\"muted\">(extraction's was 0.80)</small></dd>"),
    ({"verified": True}, "<span class=\"ok\">verified by a person</span> <small"),
    ({"origin": "human"}, "<dd>entered by a person</dd>"),
])
def test_the_confidence_of_an_event_a_person_touched_says_so(client, fields, says):
    # (a corrected event said "0.80 · edited": the machine's doubt about what a person has settled)
    event = create_event(create_article(), [], confidence=0.8, **fields)
    page = client.get(reverse("timeline:detail", args=[event.pk]), headers=HTMX).content.decode()
    assert says in page


@pytest.mark.django_db
def test_an_actors_name_is_isolated_so_a_right_to_left_mark_in_it_turns_nothing_after_it(client):
    # ("\u202eBob" turned the role after it, "target", into "tegrat")
    event = create_event(create_article(), [(create_actor("\u202eBob"), "target")], type="threat")
    page = client.get(reverse("timeline:detail", args=[event.pk]), headers=HTMX).content.decode()
    assert "<bdi>\u202eBob</bdi></a> <small>target</small>" in page
