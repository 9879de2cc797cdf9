"""The upload page (staff only): paste text or choose files; each article is stored, then
extracted, and the answer lists what was found, per article. A failed extraction can be
retried. With htmx only the upload panel (or one article's result) is swapped, and an upload of
several articles answers once they are stored: the page then has them extracted one request
each (`retry` with the upload's batch, timeline/batch.py)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import wraps

from django.conf import settings
from django.contrib.admin.views.decorators import staff_member_required
from django.core.exceptions import BadRequest, PermissionDenied
from django.db.models import Count, F
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.views.decorators.http import require_POST, require_safe
from django.views.decorators.vary import vary_on_headers

from timeline.batch import Batch, Item, Progress, Turn
from timeline.extraction.language import extracted_languages, extracts, name_of
from timeline.forms import UploadForm
from timeline.ingest import STALE_RUN, Report, run_extraction, store_article, stored_copy
from timeline.models import Actor, Article, ArticleVersion, Event
from timeline.versions import near_duplicate, oldest_first, replace_text
from timeline.permissions import to_login
from timeline.queries import with_participants

TEMPLATE = "timeline/upload.html"
RECENT = 10
ATTENTION = 50      # articles not extracted listed at most, besides the recent ones
SHOWN = 50          # events of an article listed on the result; the others on its page and timeline
# An upload of several articles marks those still waiting for extraction as it goes on, each time it
# starts one (`_still_waiting`); one unmarked for longer was left by an upload that stopped (the server
# stopped or was restarted, a worker killed for taking too long), not queued: it is offered to be run.
# Longer than the slowest article's extraction (a 2 MB digest: under a minute).
ABANDONED = dt.timedelta(minutes=3)


@dataclass
class Result:
    """One article of an upload and what extraction made of it."""
    article: Article
    duplicate: bool = False       # the same text was uploaded before: nothing stored now
    report: Report | None = None  # None when extraction did not run now
    compact: bool = False         # counts only, no table of events (the recent articles)
    events: list[Event] = field(default_factory=list)    # the first SHOWN (by date) of ...
    event_count: int = 0                                  # ... the article's events
    actors: int = 0
    timexes: int = 0
    unapplied: list[str] = field(default_factory=list)  # what the form gave a duplicate ("title")
    version: ArticleVersion | None = None   # a newer version of an article stored: its previous text
    why: str = ""                           # ... told by what ("the same URL")
    changed: list[str] = field(default_factory=list)   # ... the details it changed ("title")
    lost: int = 0                           # ... evidence spans the new text no longer holds
    together: list[str] = field(default_factory=list)  # ... the files of the same upload it updates
    reading: str = ""                       # how a file that is not UTF-8 was read ("read as Windows-1254")
    uploaded_as: str = ""                   # a duplicate's own file name, when the article stored has another
    turn: Turn | None = None                # waiting in its upload's queue: the page extracts it in its turn

    @property
    def unapplied_note(self) -> str:
        """'The publication date and title you gave were not applied'."""
        return not_applied(self.unapplied)

    @property
    def running(self) -> bool:
        """Being extracted now, or waiting for it in an upload of several files still going on (each
        is stored first, then extracted); a run marked so for longer died with its process, and an
        article no upload has marked waiting for `ABANDONED` was left by one that stopped: either may
        be run again."""
        return under_way(self.article)

    @property
    def extracted_now(self) -> bool:
        """Extracted by this upload: in its request (its report), or since, in its turn."""
        return (self.report is not None and self.report.ok) or \
            (self.turn is not None and self.article.status == Article.Status.DONE)

    @property
    def language(self) -> str:
        return name_of(self.article.lang)

    @property
    def read_as(self) -> list[tuple[str, str]]:
        """For an article in a language extraction does not read, the languages it may be
        extracted as instead ([("id", "Indonesian")]); else none."""
        if extracts(self.article.lang):
            return []
        return [(code, name_of(code)) for code in extracted_languages()]

    @classmethod
    def of(cls, article: Article, duplicate: bool = False, report: Report | None = None,
           compact: bool = False) -> Result:
        ordered = article.events.order_by(F("date_start").asc(nulls_last=True), "pk")
        # (a digest of 2 MB has thousands: a summary and the first rows, the rest on the article's pages)
        events = [] if compact else with_participants(ordered[:SHOWN])
        # (those taking part in its events: the same count now and later in the recent articles)
        actors = Actor.objects.filter(participations__event__article=article).distinct().count()
        return cls(article=article, duplicate=duplicate, report=report, compact=compact, events=events, actors=actors,
                   timexes=article.timexes.count(), event_count=article.events.count())

    @property
    def more(self) -> int:
        """Events of the article not listed on the result."""
        return self.event_count - len(self.events)


def under_way(article: Article) -> bool:
    """Being extracted, or waiting for it in an upload going on (see `Result.running`)."""
    stale = STALE_RUN if article.status == Article.Status.RUNNING else ABANDONED
    return article.status in (Article.Status.RUNNING, Article.Status.PENDING) and \
        article.updated_at > timezone.now() - stale


def left_behind(article: Article) -> bool:
    """Not extracted, and no upload or run on its way to it: its upload stopped before extracting it."""
    return article.status in (Article.Status.RUNNING, Article.Status.PENDING) and not under_way(article)


def not_applied(what: list[str]) -> str:
    """'The publication date and title you gave were not applied'.

    >>> not_applied(["title", "URL"])
    'The title and URL you gave were not applied'
    """
    *rest, last = what
    said = f"{', '.join(rest)} and {last}" if rest else last
    return f"The {said} you gave {'were' if rest else 'was'} not applied"


def summary(results: list[Result], not_stored: int, deleted: int = 0) -> str:
    """One line for an upload: "3 articles: 2 extracted (14 events), 1 already uploaded; 1 file not stored".
    `deleted`: articles of an upload extracted in turns deleted since (in the admin, say), not in `results`."""
    extracted = [r for r in results if not r.duplicate and r.article.status == Article.Status.DONE]
    parts = []
    if extracted:
        events = sum(r.event_count for r in extracted)
        parts.append(f"{len(extracted)} extracted ({events} event{'s' if events != 1 else ''})")
    if updated := sum(r.version is not None for r in results):
        parts.append(f"{updated} new version{'s' if updated != 1 else ''} of an article stored")
    if repeated := sum(r.duplicate for r in results):
        # (an article its first upload left unextracted is extracted when sent again)
        now = sum(r.duplicate and r.extracted_now for r in results)
        parts.append(f"{repeated} already uploaded" + (f" ({now} extracted now)" if now else ""))
    if failed := sum(not r.duplicate and r.article.status != Article.Status.DONE for r in results):
        parts.append(f"{failed} not extracted")
    if deleted:
        parts.append(f"{deleted} deleted meanwhile")
    articles = len(results) + deleted
    line = f"{articles} article{'s' if articles != 1 else ''}: {', '.join(parts)}" if articles else ""
    if not_stored:
        line += f"{'; ' if line else ''}{not_stored} not stored"
    return line


def progress(queue: list[int]) -> Progress:
    """How far the page has come extracting an upload's queue (`timeline.batch`); an article no longer
    there was deleted since the upload (in the admin, say)."""
    statuses = list(Article.objects.filter(pk__in=queue).values_list("status", flat=True))
    return Progress(extracted=statuses.count(Article.Status.DONE), failed=statuses.count(Article.Status.FAILED),
                    total=len(queue), deleted=len(queue) - len(statuses))


def _recent() -> list[Result]:
    return [Result.of(a, compact=True) for a in Article.objects.order_by("-created_at")[:RECENT]]


def _lists() -> dict:
    """The page's lists under the form: the recent articles, and the older ones not extracted."""
    attention, attention_count = _attention()
    return {"recent": _recent(), "attention": attention, "attention_count": attention_count}


def _attention() -> tuple[list[Result], int]:
    """The articles older than the recent ones whose extraction failed or never finished (the
    latest of them), and how many there are."""
    recent = list(Article.objects.order_by("-created_at").values_list("pk", flat=True)[:RECENT])
    waiting = Article.objects.exclude(status=Article.Status.DONE).exclude(pk__in=recent)
    return [Result.of(a, compact=True) for a in waiting.order_by("-created_at")[:ATTENTION]], waiting.count()


# Uploading stores articles and runs extraction, which adds actors and events: staff who may add
# articles (view-only staff may browse the admin, not fill the database)
UPLOAD_PERMISSION = "timeline.add_article"


def staff_only(view):
    """`staff_member_required`, except that an htmx request (say, once the session has
    expired) is told to load the login page as a whole page rather than swap it in; and staff
    without the permission to add articles are refused."""
    def permitted(request, *args, **kwargs):
        if not request.user.has_perm(UPLOAD_PERMISSION):
            raise PermissionDenied("Uploading needs the permission to add articles: ask an administrator.")
        return view(request, *args, **kwargs)
    guarded = staff_member_required(permitted)

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.htmx and not (request.user.is_active and request.user.is_staff):
            return to_login(request)
        return guarded(request, *args, **kwargs)
    return wrapper


@vary_on_headers("HX-Request")     # (the page, or its panel for htmx: the browser must not mix them up)
@staff_only
def upload(request):
    results, notes, unapplied, batch = None, [], "", None
    if request.method == "POST":
        form = UploadForm(request.POST, request.FILES)
        if form.is_valid():
            # (with htmx, an upload of several is answered once stored: the page extracts them in turn)
            results, notes = _ingest(form, request.user, in_turns=bool(request.htmx))
            unapplied = _unapplied_to_several(form.cleaned_data)
            form = UploadForm()
            if any(r.turn for r in results):
                batch = _batch(results, notes)
    else:
        form = UploadForm()
    context = {"form": form, "results": results, "notes": notes, "summary": summary(results or [], len(notes)),
               "unapplied": unapplied, "batch": batch, "progress": progress(batch.queue) if batch else None}
    if request.htmx:
        return render(request, TEMPLATE + "#panel", context)
    context.update(_lists())
    return render(request, TEMPLATE, context)


def _ingest(form: UploadForm, user, in_turns: bool = False) -> tuple[list[Result], list[str]]:
    """Store every document first, then extract each one; duplicates are not extracted again.
    Also what was not stored: why, for each file refused or repeated. The documents are stored the
    older first (`oldest_first`): an original and its update chosen together are one article, the
    update its new version, as when uploaded one after the other. With `in_turns`, when more than one
    article is to be extracted, none is extracted here: each waits its turn (`Result.turn`), which the
    page asks for one request each (`retry`)."""
    data = form.cleaned_data
    single = len(data["documents"]) == 1
    docs = [data["documents"][i] for i in oldest_first([_date_of(data, doc)[0] for doc in data["documents"]])]
    stored, versions, new = [], {}, set()
    for doc in docs:
        title = data["title"] if single and data["title"] else doc.title
        url = data["url"] if single and data["url"] else doc.url
        outlet = data["outlet"] or doc.outlet
        match = None if data["separate"] or stored_copy(doc.text, doc.raw) else \
            near_duplicate(doc.text, title=title, url=url)
        if match is not None:       # an update of an article stored: its new version
            published, source = _date_of(data, doc)
            versions[len(stored)] = (match.why, *replace_text(
                match.article, doc.text, raw=doc.raw, title=title, outlet=outlet, url=url, filename=doc.filename,
                published=published, published_source=source, user=user, reason=f"{match.why} as an upload"))
            stored.append((match.article, True))
            continue
        article, created = store_article(
            doc.text, raw=doc.raw, filename=doc.filename, title=title, outlet=outlet, url=url,
            published=data["published"], meta_published=doc.published, name_published=doc.name_date, user=user)
        if created:
            new.add(article.pk)
        stored.append((article, created))
    latest = {stored[i][0].pk: i for i in sorted(versions)}     # each article's last new version
    taken, notes, first = [], list(data["refused"]), {}
    for i, (doc, (article, created)) in enumerate(zip(docs, stored)):
        if article.pk in first:
            if i not in versions:     # the same text twice in one upload
                notes.append(_twice(_named(doc), first[article.pk]))
            continue
        first[article.pk] = _named(doc)
        newest = latest.get(article.pk)
        if newest is not None:      # (it holds the last text and details now: extracted once)
            article.refresh_from_db()
        taken.append((doc, article, created, newest))
    # to extract: what it stored, its new versions, and an article stored before whose upload stopped
    # before extracting it, sent again
    queue = [article.pk for _, article, created, newest in taken
             if created or newest is not None or left_behind(article)]
    place = {pk: i for i, pk in enumerate(queue)}
    deferred = in_turns and len(queue) > 1
    if deferred:
        _still_waiting(set(queue))
    results = []
    for doc, article, created, newest in taken:
        i = place.get(article.pk)
        report = _in_turn(article, waiting=set(queue[i + 1:])) if i is not None and not deferred else None
        result = Result.of(article, duplicate=not created and newest is None, report=report)
        if deferred and i is not None:
            result.turn = Turn(article.pk, place=i + 1, places=len(queue), now=i == 0)
        result.reading = doc.reading
        if result.duplicate and doc.filename and doc.filename != article.filename:
            result.uploaded_as = doc.filename
        if newest is not None:
            result.why, result.version, result.changed, result.lost = versions[newest]
            if article.pk in new:   # (stored by this upload: its previous texts are the files before)
                result.together = [_named(d) for d, (a, _) in zip(docs[:newest], stored) if a.pk == article.pk]
        if not created:
            result.unapplied = _unapplied(data, article, single)
        results.append(result)
    return results, notes


def _in_turn(article: Article, waiting: set[int]) -> Report | None:
    """Extract an article of an upload of several in its turn, marking those after it still waiting
    (`_still_waiting`); not when someone ran it from the page meanwhile, taking it for left behind."""
    _still_waiting(waiting)
    try:
        article.refresh_from_db(fields=["status", "updated_at"])
    except Article.DoesNotExist:    # (deleted meanwhile, in the admin say)
        return None
    if article.status == Article.Status.PENDING or left_behind(article):
        return run_extraction(article)
    return None


def _batch(results: list[Result], notes: list[str]) -> Batch:
    """What the page carries from one article's turn to the next (timeline/batch.py)."""
    return Batch(items=tuple(Item(r.article.pk, duplicate=r.duplicate, version=r.version is not None,
                                  queued=r.turn is not None) for r in results), not_stored=len(notes))


def _still_waiting(stored: set[int]) -> None:
    """Mark the articles this upload stored and has not extracted yet as waiting for it now: the page
    shows them being extracted, and polls, only while an upload marks them so (see `ABANDONED`)."""
    Article.objects.filter(pk__in=stored, status=Article.Status.PENDING).update(updated_at=timezone.now())


def _twice(named: str, first: str) -> str:
    """What the page says of a text chosen twice in one upload (taken once: stored, or recognised).

    >>> _twice("b.txt", "a.txt"), _twice("a.txt", "a.txt")
    ('b.txt is the same text as a.txt: taken once.', 'a.txt was chosen twice: taken once.')
    """
    return f"{named} was chosen twice: taken once." if named == first else \
        f"{named} is the same text as {first}: taken once."


def _named(doc) -> str:
    return doc.filename or "the pasted text"


def _date_of(data: dict, doc) -> tuple:
    """The publication date an upload gives, and where from: the form, the page's metadata, the file's name."""
    for value, source in ((data["published"], Article.DateSource.GIVEN), (doc.published, Article.DateSource.METADATA),
                          (doc.name_date, Article.DateSource.FILENAME)):
        if value is not None:
            return value, source
    return None, ""


def _unapplied_to_several(data: dict) -> str:
    """What the form gave for one article when the upload held several: the title and URL apply to
    none of them (each takes its own from its file), and the page says so rather than drop them."""
    given = [what for what, key in (("title", "title"), ("URL", "url")) if data[key]]
    if not given or len(data["documents"]) < 2:
        return ""
    return (f"{not_applied(given)} to any of these {len(data['documents'])} articles: "
            f"{'they are' if len(given) > 1 else 'it is'} for an upload of one article; each of these takes "
            "its own from its file")


def _unapplied(data: dict, article: Article, single: bool) -> list[str]:
    """What the form gave for an article stored before that the article does not have. It is
    not applied, since a person may have corrected the article since; the page says so."""
    given = [("publication date", data["published"], article.published)]
    if single:      # (the title and URL given apply to one article only, as when storing)
        given += [("title", data["title"], article.title), ("URL", data["url"], article.url)]
    given.append(("outlet", data["outlet"], article.outlet))
    return [what for what, value, stored in given if value and value != stored]


@require_POST
@staff_only
def retry(request, pk: int):
    """Run extraction again on one article (after a failure); answers with its result.
    With `lang`, the article is first taken to be in that language (one extraction reads).
    With `batch` (htmx), the article's turn in an upload of several: see `_turn`."""
    if request.htmx and "batch" in request.POST:
        return _turn(request, pk)
    article = get_object_or_404(Article, pk=pk)
    lang = request.POST.get("lang")
    if lang:
        if not extracts(lang):
            raise BadRequest(f"Newsline does not extract articles in {name_of(lang)!r}.")
        article.lang = lang
        article.save(update_fields=["lang", "updated_at"])
    result = Result.of(article, report=run_extraction(article))
    if request.htmx:    # (every copy of the result on the page: the upload's, its notes kept, and the lists' below)
        return render(request, TEMPLATE + "#article-result", {"r": result, "oob": "true", "keep_notes": True})
    return render(request, TEMPLATE, {"form": UploadForm(), "results": [result], **_lists()})


def _turn(request, pk: int):
    """An article's turn in an upload of several (the page asks for them one at a time): extract it,
    unless someone ran it meanwhile, marking the rest of the queue still waiting; answer with its
    result in every copy of it on the page (what the upload said of it kept in the upload's list), the turn
    of the next one, and how far the upload has come, or, after the last, the upload's summary. An article deleted
    meanwhile (in the admin, say) is said to be so in its place, and the turns go on."""
    try:
        batch = Batch.parse(request.POST["batch"], request.POST.get("not_stored", "0"),
                            most=settings.UPLOAD_MAX_FILES + 1)
    except ValueError as exc:
        raise BadRequest(str(exc)) from exc
    item = batch.item(pk)
    if item is None or not item.queued:
        raise BadRequest("This article is not one its upload extracts.")
    rest = batch.after(pk)
    article, report = Article.objects.filter(pk=pk).first(), None
    if article is None:
        _still_waiting(set(rest))
    else:
        report = _in_turn(article, waiting=set(rest))
    context = {"oob": "true", "keep_notes": True, "in_turn": True, "batch": batch,
               "next": batch.turn(rest[0]) if rest else None}
    if article is not None and Article.objects.filter(pk=pk).exists():
        context["r"] = Result.of(article, duplicate=item.duplicate, report=report)
    else:       # (before its turn, or while it was being extracted)
        context["gone"] = _gone(pk)
    if rest:
        context["progress"] = progress(batch.queue)
    else:
        results = _results_of(batch)
        context["summary"] = summary(results, batch.not_stored, deleted=len(batch.items) - len(results))
    return render(request, TEMPLATE + "#turn-answer", context)


@dataclass
class Gone:
    """An article of an upload deleted since: what its history last said of it, to name it in its place."""
    pk: int
    title: str = ""
    filename: str = ""
    outlet: str = ""

    def __str__(self) -> str:
        return self.title or f"Article {self.pk}"


def _gone(pk: int) -> Gone:
    last = Article.history.filter(id=pk).order_by("-history_date", "-history_id").first()
    return Gone(pk, title=last.title, filename=last.filename, outlet=last.outlet) if last else Gone(pk)


def _results_of(batch: Batch) -> list[Result]:
    """The results of an upload the page extracted in turns, as they are now: what its summary counts."""
    articles = Article.objects.annotate(event_total=Count("events")).in_bulk([item.pk for item in batch.items])
    versions = {v.article_id: v for v in ArticleVersion.objects.filter(
        article__in=[item.pk for item in batch.items if item.version]).order_by("replaced_at", "pk")}
    return [Result(article=articles[item.pk], duplicate=item.duplicate, event_count=articles[item.pk].event_total,
                   version=versions.get(item.pk), turn=batch.turn(item.pk, now=False) if item.queued else None)
            for item in batch.items if item.pk in articles]


@require_safe
@staff_only
def result(request, pk: int):
    """One article's result as it is now: what the upload page asks again while another request
    extracts the article (the same file uploaded by two people at once)."""
    article = get_object_or_404(Article, pk=pk)
    return render(request, TEMPLATE + "#article-result", {"r": Result.of(article)})
