"""Who may do what: staff correct and upload; viewers browse; TIMELINE_PUBLIC opens the timeline."""
import pytest
from django.contrib.auth.models import Group, Permission, User
from django.urls import reverse

from tests.factories import create_event
from tests.integration.admin_forms import action_data, change, changelist
from timeline.models import Actor, Article, Event

pytestmark = pytest.mark.django_db

TIMELINE = reverse("timeline:index")
UPLOAD = reverse("timeline:upload")
ADMIN = reverse("admin:index")


@pytest.fixture
def viewer(client):
    """A logged-in user who is not staff: may browse the timeline, nothing more."""
    user = User.objects.create_user("viewer", password="pw")
    client.force_login(user)
    return client


@pytest.fixture
def reviewer(client):
    """Staff with only the view permission on events: may look in the admin, not change."""
    user = User.objects.create_user("reviewer", password="pw", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="view_event"))
    client.force_login(user)
    return client


class TestTheAdmin:
    def test_it_sends_anonymous_visitors_to_log_in(self, client):
        response = client.get(changelist(Event))
        assert response.status_code == 302 and response.url.startswith(reverse("admin:login"))

    def test_it_refuses_a_logged_in_user_who_is_not_staff(self, viewer):
        response = viewer.get(changelist(Event))
        assert response.status_code == 302 and response.url.startswith(reverse("admin:login"))
        assert viewer.get(ADMIN).status_code == 302

    def test_a_viewer_who_logged_in_is_still_kept_out(self, client):
        User.objects.create_user("viewer", password="pw")
        response = client.post(reverse("admin:login"), {"username": "viewer", "password": "pw",
                                                        "next": changelist(Event)})
        assert response.status_code == 302
        response = client.get(changelist(Event))
        assert response.status_code == 302 and response.url.startswith(reverse("admin:login"))
        page = client.get(response.url).content.decode()
        assert "but are not authorized to access this page" in page

    def test_it_lets_staff_in(self, admin_client):
        for url in (ADMIN, changelist(Event), changelist(Actor), changelist(Article)):
            assert admin_client.get(url).status_code == 200, url

    def test_staff_need_the_model_permission(self, reviewer):
        assert reviewer.get(changelist(Event)).status_code == 200
        assert reviewer.get(changelist(Actor)).status_code == 403

    def test_a_view_only_reviewer_gets_no_bulk_actions(self, reviewer):
        event = create_event()
        form = reviewer.get(changelist(Event)).context["action_form"]
        actions = set(dict(form.fields["action"].choices)) if form else set()
        assert not {"mark_verified", "set_type", "set_status", "merge_selected", "delete_selected"} & actions
        reviewer.post(changelist(Event), action_data("mark_verified", [event]))
        assert not Event.objects.get(pk=event.pk).verified

    def test_a_view_only_reviewer_cannot_save_an_event(self, reviewer):
        event = create_event(summary="As extracted")
        response = reviewer.post(change(event), {"summary": "Changed"})
        assert response.status_code == 403
        assert Event.objects.get(pk=event.pk).summary == "As extracted"


class TestTheUploadPage:
    def test_it_sends_anonymous_visitors_to_the_staff_login(self, client):
        response = client.get(UPLOAD)
        assert response.status_code == 302 and response.url.startswith(reverse("admin:login"))

    def test_it_refuses_a_viewer(self, viewer):
        response = viewer.get(UPLOAD)
        assert response.status_code == 302 and response.url.startswith(reverse("admin:login"))

    def test_it_refuses_a_viewer_posting(self, viewer):
        response = viewer.post(UPLOAD, {"text": "Teks"})
        assert response.status_code == 302 and not Article.objects.exists()

    def test_it_lets_staff_in(self, admin_client):
        assert admin_client.get(UPLOAD).status_code == 200


class TestTheTimeline:
    def test_a_public_timeline_is_open_to_anonymous_visitors(self, client, settings):
        settings.TIMELINE_PUBLIC = True
        assert client.get(TIMELINE).status_code == 200

    def test_a_private_timeline_sends_anonymous_visitors_to_log_in(self, client, settings):
        settings.TIMELINE_PUBLIC = False
        response = client.get(TIMELINE)
        assert response.status_code == 302
        assert response.url == reverse("admin:login") + "?next=" + TIMELINE

    def test_a_private_timeline_is_open_to_any_logged_in_viewer(self, viewer, settings):
        settings.TIMELINE_PUBLIC = False
        assert viewer.get(TIMELINE).status_code == 200

    def test_a_viewer_logs_in_and_lands_on_the_timeline(self, client, settings):
        settings.TIMELINE_PUBLIC = False
        User.objects.create_user("viewer", password="pw")
        login = client.get(client.get(TIMELINE).url)
        assert login.status_code == 200
        response = client.post(reverse("admin:login"), {"username": "viewer", "password": "pw", "next": TIMELINE})
        assert response.status_code == 302 and response.url == TIMELINE
        assert client.get(TIMELINE).status_code == 200

    def test_an_inactive_user_cannot_log_in(self, client):
        User.objects.create_user("gone", password="pw", is_active=False)
        client.post(reverse("admin:login"), {"username": "gone", "password": "pw"})
        assert "_auth_user_id" not in client.session


def _timeline_urls(event):
    """Every page of the timeline app, its arguments filled with an existing event's."""
    from django.urls import URLPattern

    from timeline import urls
    for pattern in urls.urlpatterns:
        if isinstance(pattern, URLPattern) and pattern.name:
            kwargs = {name: event.pk for name in pattern.pattern.converters}
            yield pattern.name, reverse(f"timeline:{pattern.name}", kwargs=kwargs)


def test_no_timeline_page_is_open_to_anonymous_visitors_when_the_timeline_is_private(client, settings):
    settings.TIMELINE_PUBLIC = False
    event = create_event()
    for name, url in _timeline_urls(event):
        response = client.get(url)
        if response.status_code == 405:     # a POST-only endpoint
            response = client.post(url)
        assert response.status_code == 302, name
        assert response.url.split("?")[0] == reverse("admin:login"), name


def test_an_htmx_request_of_a_private_timeline_without_a_session_loads_the_login_page_whole(client, settings):
    # (a 302 to the login page, which htmx swapped into the results panel)
    settings.TIMELINE_PUBLIC = False
    response = client.get(reverse("timeline:events"), headers={
        "HX-Request": "true", "HX-Current-URL": "http://testserver/?type=threat"})
    assert response.status_code == 200
    assert response["HX-Redirect"] == "/admin/login/?next=%2F%3Ftype%3Dthreat"


@pytest.mark.parametrize("url", [TIMELINE, reverse("admin:login")])
def test_pages_name_their_icon_so_browsers_ask_for_no_missing_favicon(client, admin_client, url):
    response = (admin_client if url == TIMELINE else client).get(url)
    assert response.status_code == 200
    assert b'rel="icon"' in response.content


@pytest.fixture
def editor(client):
    """Staff who may view and change events and actors, not delete them."""
    user = User.objects.create_user("editor", password="pw", is_staff=True)
    user.user_permissions.add(*Permission.objects.filter(codename__in=(
        "view_event", "change_event", "view_actor", "change_actor")))
    client.force_login(user)
    return client


class TestWhatTakesTwoPermissions:
    def test_merging_deletes_so_it_needs_the_delete_permission_too(self, editor):
        # (Django offers an action to anyone with one of its permissions: "change" let editors merge)
        first, second = create_event(summary="one"), create_event(summary="two")
        page = editor.get(changelist(Event)).content.decode()
        assert "merge_selected" not in page
        editor.post(changelist(Event), action_data("merge_selected", [first, second], post="yes", keep=first.pk))
        assert Event.objects.count() == 2
        assert "merge_selected" not in editor.get(changelist(Actor)).content.decode()

    def test_uploading_needs_the_permission_to_add_articles(self, reviewer):
        # (view-only staff uploaded, and extraction filled the database for them)
        assert reviewer.get(UPLOAD).status_code == 403
        assert reviewer.post(UPLOAD, {"text": "Petro bertemu Trump pada 4 Januari 2026."}).status_code == 403
        assert not Article.objects.exists()

    def test_staff_who_may_not_upload_are_offered_no_upload_link_and_told_why_when_they_try(self, reviewer):
        # (the link led to a bare "403 Forbidden")
        assert f'href="{UPLOAD}"' not in reviewer.get(TIMELINE).content.decode()
        page = reviewer.get(UPLOAD).content.decode()
        assert "<h1>Not allowed</h1>" in page
        assert "Uploading needs the permission to add articles: ask an administrator." in page


class TestLoggingOut:
    def test_a_logged_in_user_logs_out_from_the_timeline_and_comes_back_to_it(self, viewer):
        # (a viewer could not reach the admin's logout: no way out on a shared computer)
        page = viewer.get(TIMELINE).content.decode()
        assert f'<form class="logout" method="post" action="{reverse("logout")}">' in page
        response = viewer.post(reverse("logout"))
        assert response.status_code == 302 and response.url == TIMELINE
        assert ">Log in</a>" in viewer.get(TIMELINE).content.decode()



def test_the_admin_links_to_the_upload_page_for_those_who_may_upload(admin_client):
    page = admin_client.get("/admin/").content.decode()
    assert '<a href="/upload/">Upload articles</a>' in page


def test_the_login_page_says_why_when_the_upload_page_sent_the_person_there(client):
    page = client.get("/upload/", follow=True).content.decode()
    assert "Uploading articles is for staff: log in with a staff account." in page
    assert "Uploading articles is for staff" not in client.get("/admin/login/").content.decode()


class TestTheStaffGroup:
    """`manage.py staffgroup` ships "Newsline staff": what a correcting staff member needs (QA 22, problem 10)."""

    @pytest.fixture
    def staff(self, client):
        from django.core.management import call_command
        User.objects.create_user("wartawan", password="pw")
        call_command("staffgroup", "--add", "wartawan", verbosity=0)
        user = User.objects.get(username="wartawan")
        assert user.is_staff and not user.is_superuser and [g.name for g in user.groups.all()] == ["Newsline staff"]
        client.force_login(user)
        return client

    def test_it_holds_exactly_the_permissions_docs_admin_md_names(self):
        from pathlib import Path

        from django.core.management import call_command

        from timeline.staff import GROUP, codenames
        call_command("staffgroup", verbosity=0)
        call_command("staffgroup", verbosity=0)      # (again: the same group, set back)
        group = Group.objects.get(name=GROUP)
        assert sorted(group.permissions.values_list("codename", flat=True)) == sorted(codenames())
        assert "delete_article" not in codenames()
        doc = Path(__file__).resolve().parents[2].joinpath("docs", "admin.md").read_text()
        for codename in codenames():
            assert f"`{codename}`" in doc, codename

    def test_a_member_edits_participants_and_evidence(self, staff):
        from tests.factories import create_actor, create_article
        from tests.integration.admin_forms import event_form_data
        from timeline.models import Evidence, Participant
        article = create_article()
        petro, trump = create_actor("Gustavo Petro"), create_actor("Donald Trump")
        event = create_event(article, [petro], "Petro", summary="Petro meets")
        page = staff.get(change(event)).content.decode()
        assert 'id="participants-group"' in page and 'id="evidence-group"' in page
        evidence = event.evidence.get()
        data = event_form_data(event, participants=[
            {"id": event.participants.get().pk, "event": event.pk, "actor": petro.pk, "role": "initiator"},
            {"event": event.pk, "actor": trump.pk, "role": "target"}], evidence=[
            {"id": evidence.pk, "event": event.pk, "article": article.pk, "quote": "Petro", "start": evidence.start,
             "end": evidence.end, "sentence_start": evidence.sentence_start, "sentence_end": evidence.sentence_end,
             "DELETE": "on"}])
        response = staff.post(change(event), data)
        assert response.status_code == 302, response.content.decode()[:2000]
        assert sorted(Participant.objects.filter(event=event).values_list("actor__name", "role")) == [
            ("Donald Trump", "target"), ("Gustavo Petro", "initiator")]
        assert not Evidence.objects.filter(pk=evidence.pk).exists()

    def test_a_member_re_runs_extraction_and_may_upload_but_not_delete_articles(self, staff):
        from tests.factories import create_article
        article = create_article(title="Satu")
        assert staff.get(changelist(Article)).status_code == 200
        response = staff.post(changelist(Article), action_data("rerun_extraction", [article]))
        assert response.status_code == 302
        article.refresh_from_db()
        assert article.status == Article.Status.DONE and article.events.exists()
        assert staff.get(UPLOAD).status_code == 200
        assert "delete_selected" not in staff.get(changelist(Article)).content.decode()
