"""The service layer between extraction and the database.

    article, created = store_article(text, title=..., published=...)   # the article first
    report = run_extraction(article)          # then everything found, in one transaction
    report = set_publication_date(article, date)   # a new date re-resolves the relative dates

An article is stored with the language its text reads as (extraction/language.py); one in a
language extraction does not read is not extracted, and says so (`run_extraction`).

The permanence rule (issue 6): an event a person created, edited or verified
(`Event.is_protected`) is never deleted or overwritten by extraction, and extraction does
not add a machine event that duplicates it. A duplicate is a new event whose evidence
overlaps one of the protected event's spans in this article (whatever its type, so that a
corrected type is not undone), or that has the same type, date and actors, unless a machine event
stands at its type and evidence already (it is that event, found again). A deletion is a
correction too: a machine event a person deleted is not added again (same type, overlapping
evidence), as the history (django-simple-history) tells; the events extraction itself
removes are recorded with the change reason "re-extraction" so that they may come back.

Actors are one row across articles: a name is looked up by the actor's name and by its
aliases (`ActorAlias.key`), so a name merged away in the admin (now an alias of the kept
actor) keeps resolving to the kept actor. New aliases are added, never taken from another
actor; what staff set on an actor (kind, title, country) is never overwritten.
"""
from __future__ import annotations

import datetime as dt
import logging
from contextlib import contextmanager
from dataclasses import dataclass, field, replace

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from simple_history.models import HistoricalRecords

from timeline.extraction import extract
from timeline.extraction import types as x
from timeline.extraction.actors import listed_aliases
from timeline.extraction.language import extracted_languages, extracts, name_of, read_language
from timeline.extraction.taxonomy import BY_CODE, parts_of, summarize
from timeline.extraction.outlet import infer_outlet
from timeline.extraction.text import classify_paragraph, dateline_length, split_sentences
from timeline.extraction.types import period_of
from timeline.merge import MERGED_INTO
from timeline.models import (
    Actor, ActorAlias, Article, Event, Evidence, Participant, TemporalExpression, alias_key, content_hash,
)
from timeline.reports import regrouped_after, touch
from timeline.spans import relocate

log = logging.getLogger(__name__)

__all__ = ["Report", "store_article", "run_extraction", "set_publication_date", "extract"]


@dataclass
class Report:
    """What one run of extraction changed for one article."""
    article: Article
    timexes: int = 0            # temporal expressions stored (they are replaced each run)
    actors: int = 0             # distinct actors the article names
    actors_created: int = 0     # ... of which new rows
    added: int = 0              # machine events added
    removed: int = 0            # machine events removed (nobody had touched them)
    unchanged: int = 0          # machine events found again exactly as they were
    updated: int = 0            # machine events found again at the same evidence, changed in place
    protected: int = 0          # events kept because a person created, edited or verified them
    skipped: int = 0            # new machine events not added: duplicates of a protected event
    suppressed: int = 0         # new machine events not added: a person had deleted them
    rejected: int = 0           # actors found that a person had deleted: left out
    to_check: list = field(default_factory=list)    # (pk, date found now) of corrected events whose
                                                    # date extraction now reads otherwise: kept as they are
    error: str = ""

    @property
    def ok(self) -> bool:
        return not self.error

    @property
    def events(self) -> int:
        """Events the article has after this run."""
        return self.added + self.updated + self.unchanged + self.protected

    def __str__(self) -> str:
        if self.error:
            return f"{self.article}: extraction failed: {self.error}"
        return (f"{self.article}: {self.timexes} dates, {self.actors} actors ({self.actors_created} new), "
                f"events: {self.added} added, {self.updated} updated, {self.removed} removed, {self.unchanged} unchanged, "
                f"{self.protected} kept as corrected by a person, {self.skipped} found again in an event a person corrected "
                f"(not added), "
                f"{self.suppressed} deleted by a person not added again")


# --- storing ----------------------------------------------------------------------------

_TITLE_LINES = 4     # lines looked at for the headline (not blank ones), in the text's head
_TITLE_HEAD = 4000


def _default_title(text: str, limit: int = 140) -> str:
    """The first line without its dateline, cut at a word boundary; of a first line that is a
    paragraph of the story (an upload without its headline), the first sentence.

    >>> _default_title("Satu dua tiga empat\\nlima", limit=12)
    'Satu dua…'
    >>> _default_title("NEW YORK, KOMPAS.com - Harga minyak turun. Pasar cemas.\\nIsi.")
    'Harga minyak turun.'
    >>> _default_title("JAKARTA, KOMPAS. com - Harga minyak turun.")
    'Harga minyak turun.'
    >>> _default_title("Sabtu, 19 Agu 2023 09:30 WIB\\n\\nKTT Camp David: Biden dan Yoon Sepakat\\nIsi.")
    'KTT Camp David: Biden dan Yoon Sepakat'
    >>> _default_title("Senin, 02 Okt 2023 14:20 WIB\\nOleh: Budi\\nJokowi Bertemu Xi di Beijing\\nIsi.")
    'Jokowi Bertemu Xi di Beijing'
    >>> _default_title("Foto: Para pemimpin di Camp David\\nIsi berita.")
    'Foto: Para pemimpin di Camp David'
    """
    lines = [line.strip() for line in text[:_TITLE_HEAD].split("\n") if line.strip()][:_TITLE_LINES]
    if not lines:
        return ""
    # a byline or boilerplate above the headline ("Sabtu, 19 Agu 2023 09:30 WIB") is no title
    first = next((line for i, line in enumerate(lines)
                  if classify_paragraph(line, i, len(lines)) not in ("byline", "boilerplate")), lines[0])
    first = first[dateline_length(first):].strip() or first
    sentences = split_sentences(first)
    if len(sentences) > 1:
        first = sentences[0].text
    if len(first) <= limit:
        return first
    return first[:limit].rsplit(" ", 1)[0].rstrip(" ,.;:–-") + "…"


def stored_copy(text: str, raw: str | None = None) -> Article | None:
    """The article stored with this very text (whatever its spacing and case), if any; the same upload
    cleaned otherwise by an earlier version of Newsline is the article stored then."""
    return Article.objects.filter(
        Q(content_hash=content_hash(text)) | Q(raw_hash=content_hash(text if raw is None else raw))).order_by("pk").first()


def store_article(text: str, *, title: str = "", outlet: str = "", url: str = "",
                  published: dt.date | None = None, filename: str = "", raw: str | None = None,
                  meta_published: dt.date | None = None, name_published: dt.date | None = None,
                  user=None) -> tuple[Article, bool]:
    """Store an article (status pending) before any extraction; the same text again gives
    back the article already stored, with created False.

    `text` is the cleaned text (see documents.py), `raw` what was uploaded. The publication
    date is `published` when the user gave one, else `meta_published` from the page's
    metadata, else `name_published` from the file's name; otherwise extraction looks for it
    in the text (see run_extraction).
    """
    if not text or not text.strip():
        raise ValueError("an article needs text")
    fingerprint = content_hash(text)
    existing = stored_copy(text, raw)
    if existing is not None:
        return existing, False
    if published is not None:
        source = Article.DateSource.GIVEN
    elif meta_published is not None:
        published, source = meta_published, Article.DateSource.METADATA
    elif name_published is not None:
        published, source = name_published, Article.DateSource.FILENAME
    else:
        source = Article.DateSource.UNKNOWN
    lang = read_language(text).code
    article = Article(
        # (the outlet, when none was given, as its dateline or byline names it: "Jakarta (ANTARA) -")
        title=(title.strip() or _default_title(text))[:500], outlet=(outlet.strip() or infer_outlet(text, lang))[:200],
        url=url.strip()[:1000], filename=filename[:255], published=published, published_source=source,
        raw_text=text if raw is None else raw, text=text, content_hash=fingerprint,
        lang=lang, status=Article.Status.PENDING,
        uploaded_by=user if user is not None and user.is_authenticated else None)
    try:
        with transaction.atomic():
            article.save()
    except IntegrityError:  # the same text stored meanwhile by another request
        return Article.objects.get(content_hash=fingerprint), False
    return article, True


# --- extracting -------------------------------------------------------------------------

_KNOWN_DATE = (Article.DateSource.GIVEN, Article.DateSource.METADATA, Article.DateSource.FILENAME)


# A run still marked running after this long died with its process (a restart): it may be run again
STALE_RUN = dt.timedelta(minutes=10)
ALREADY_RUNNING = "Extraction of this article is already running: wait a moment, then reload the page."


# What a run reads besides the text: changed by someone while it runs, it is run again with them
_INPUTS = ("published", "published_source", "lang")
_RUNS = 3


def run_extraction(article: Article) -> Report:
    """Run extraction on the article and save what it finds in one transaction.

    On any exception nothing of this run is saved, the article's status becomes failed with
    the error, and the Report carries the error; calling it again retries. The run reads the
    article as it is in the database (the instance given may be older); if its publication date
    or language changes while extraction runs (a person corrected it), the run starts again with
    them, so that what it saves never puts back what they replaced.
    """
    article.refresh_from_db(fields=_INPUTS)
    if not extracts(article.lang):
        # (what extraction found when the article was taken for another language goes, as a run
        # finding nothing would take it; what a person corrected stays)
        message = unread_language(article)
        with transaction.atomic(), _as_extraction():
            _save(article, x.Extraction(dct=article.published, dct_source="", lang=article.lang, timexes=[],
                                        actors=[], events=[]), Report(article=article))
            Article.objects.filter(pk=article.pk).update(
                status=Article.Status.FAILED, error=message, updated_at=timezone.now())
        article.refresh_from_db()
        return Report(article=article, error=message)
    # one run at a time: a second click of "Retry" while the first runs would run it twice
    now = timezone.now()
    claimed = (Article.objects.filter(pk=article.pk)
               .exclude(status=Article.Status.RUNNING, updated_at__gt=now - STALE_RUN)
               .update(status=Article.Status.RUNNING, error="", updated_at=now))
    if not claimed:
        return Report(article=article, error=ALREADY_RUNNING)
    article.status, article.error, article.updated_at = Article.Status.RUNNING, "", now
    try:
        for _ in range(_RUNS):
            report = Report(article=article)
            read = tuple(getattr(article, name) for name in _INPUTS)
            if not extracts(article.lang):
                raise ValueError(unread_language(article))
            dct = article.published if article.published_source in _KNOWN_DATE else None
            result = extract(article.text or article.raw_text, dct=dct, lang=article.lang or "id")
            with transaction.atomic(), _as_extraction(), regrouped_after():   # (after the date is saved)
                now_there = Article.objects.select_for_update().filter(pk=article.pk).values_list(*_INPUTS).first()
                if now_there is None:
                    raise Article.DoesNotExist("the article was deleted while it was being extracted")
                if now_there == read:
                    _save(article, result, report)
                    if article.published_source not in _KNOWN_DATE:
                        article.published = result.dct
                        article.published_source = (
                            result.dct_source if result.dct and result.dct_source in Article.DateSource.values
                            and result.dct_source not in _KNOWN_DATE
                            else Article.DateSource.INFERRED if result.dct else Article.DateSource.UNKNOWN)
                    article.status, article.error, article.extracted_at = Article.Status.DONE, "", timezone.now()
                    article.save(update_fields=["published", "published_source", "status", "error", "extracted_at",
                                                "updated_at"])
                    touch(article.events.all())     # (the first report is the one published first)
                    return report
            article.refresh_from_db(fields=_INPUTS)     # changed meanwhile: again, with what it is now
        raise RuntimeError("the article's publication date or language kept changing while it was being "
                           "extracted: run it again")
    except Exception as exc:  # noqa: BLE001 - any failure is recorded on the article, to retry
        log.exception("extraction failed for article %s", article.pk)
        message = f"{type(exc).__name__}: {exc}"[:2000]
        report = Report(article=article, error=message)
        if Article.objects.filter(pk=article.pk).update(
                status=Article.Status.FAILED, error=message, updated_at=timezone.now()):
            article.refresh_from_db()
    return report


def unread_language(article: Article) -> str:
    """Why an article in a language extraction does not read was not extracted, and what the
    text's words say of its language."""
    reading = read_language(article.text or article.raw_text)
    if reading.code == article.lang:
        words = ", ".join(f"“{w}”" for w in reading.words[:4])
        said = f"The text reads as {name_of(article.lang)}" + (
            f" ({words}…: {reading.share:.0%} of its words)" if reading.words else "")
    else:       # (a person set the language)
        said = f"The article's language is set to {name_of(article.lang)}"
    read = [name_of(code) for code in extracted_languages()]
    return (f"{said}, and Newsline extracts {' and '.join(read)} articles only: nothing was extracted. "
            f"If the article is in {' or '.join(read)}, extract it as such.")


@contextmanager
def _as_extraction():
    """The rows extraction writes are extraction's in the history ("extraction" in the admin), not
    the work of the person whose request ran it (the upload itself stays theirs: `uploaded_by`)."""
    context = HistoricalRecords.context
    request = getattr(context, "request", None)
    if request is not None:
        del context.request
    try:
        yield
    finally:
        if request is not None:
            context.request = request


def set_publication_date(article: Article, date: dt.date | None, source: str = "given") -> Report:
    """Change the article's publication date, then re-run extraction so that relative dates
    ("kemarin", "bulan depan") and the events that depend on them are resolved again.
    Protected events are left as they are. `date=None` lets extraction find the date again."""
    article.published = date
    article.published_source = source if date is not None else Article.DateSource.UNKNOWN
    article.save(update_fields=["published", "published_source", "updated_at"])
    with regrouped_after():             # (once, with what extraction changes)
        touch(article.events.all())     # which report comes first, even when extraction then fails
        return run_extraction(article)


@regrouped_after()     # (the reports of the same events in other articles: once, at the end)
def _save(article: Article, result: x.Extraction, report: Report) -> None:
    text_length = len(article.text or article.raw_text)

    TemporalExpression.objects.filter(article=article).delete()
    timexes = [
        TemporalExpression(
            article=article, start=t.start, end=t.end, text=t.text[:200], type=(t.type or "DATE")[:10],
            value=(t.value or "")[:40], mod=(t.mod or "")[:10], confidence=t.confidence, note=(t.note or "")[:200])
        for t in result.timexes if 0 <= t.start <= t.end <= text_length]
    TemporalExpression.objects.bulk_create(timexes)
    report.timexes = len(timexes)

    actors = _resolve_actors(result.actors, report, article.lang or "id")
    # the names of the states the people serve, for the summaries (one query, not one an actor)
    states = dict(Actor.objects.filter(pk__in={row.country_id for row in actors.values() if row is not None
                                               and row.country_id}).values_list("pk", "name"))

    existing = list(article.events.prefetch_related("participants", "evidence"))
    protected = [e for e in existing if e.is_protected]
    machine = {}
    at_spans = {}           # (type, evidence spans) -> machine events: an event found again there
    for event in existing:  # with another date or status (a new publication date) keeps its row and id
        if not event.is_protected:
            machine.setdefault(_signature_of_row(event), []).append(event)
            at_spans.setdefault(_place_of_row(event), []).append(event)
    report.protected = len(protected)
    # Events a person made elsewhere (e.g. merged into another article's event) whose evidence
    # lies in this article protect that evidence too.
    elsewhere = (Event.objects.filter(evidence__article=article).exclude(article=article).distinct()
                 .prefetch_related("participants", "evidence"))
    protected_keys = [(e, _protection_keys(e, article)) for e in [*protected, *elsewhere] if e.is_protected]

    deleted = _deleted_by_a_person(article)

    seen = set()
    found_actors = {a.name: a for a in result.actors}
    for found in result.events:
        if any(_deleted(p.name, actors) for p in found.participants):
            found = _without_rejected(found, actors, found_actors)
        participants = _participants(found, actors, report)
        # (the summary names the actors as the database does: a person may have renamed or merged them)
        found = replace(found, summary=_summary(found, participants, states))
        spans = [(e.start, e.end) for e in found.evidence if 0 <= e.start < e.end <= text_length]
        signature = _signature(found, participants, spans)
        place = (signature[0], signature[-1])
        # a machine event found again where it stands is that event, even in a sentence a corrected
        # event also cites as evidence (a visit planned, told beside a meeting a person re-dated)
        again = bool(machine.get(signature) or at_spans.get(place))
        corrected = None if again else next(
            (e for e, keys in protected_keys if _duplicates(found, participants, spans, keys)), None)
        if corrected is not None:
            report.skipped += 1
            date = _clean_date(found.date)
            if date != corrected.date and corrected.date_source != Event.DateSource.PERSON \
                    and (corrected.pk, date) not in report.to_check:
                report.to_check.append((corrected.pk, date))    # a date read again otherwise (a new
            continue                                            # publication date): kept, to be checked
        if any(found.type == type_ and _overlap(spans, gone) for type_, gone in deleted):
            report.suppressed += 1
            continue
        if signature in seen:          # the same event twice in one extraction
            continue
        seen.add(signature)
        if machine.get(signature):
            kept = machine[signature].pop()   # found again exactly: keep the row (and its pk)
            at_spans[_place_of_row(kept)].remove(kept)
            report.unchanged += 1
            continue
        if at_spans.get(place):
            event = at_spans[place].pop()     # found again where it was, otherwise: the same row, changed
            machine[_signature_of_row(event)].remove(event)
            _update_event(event, found, participants)
            report.updated += 1
            continue
        _create_event(article, found, participants, text_length)
        report.added += 1

    stale = [event.pk for events in machine.values() for event in events]
    for event in Event.objects.filter(pk__in=stale):
        event._change_reason = REEXTRACTION  # not a person's deletion: it may come back
        event.delete()  # one by one, so that the history records each deletion
    report.removed = len(stale)


# --- actors -----------------------------------------------------------------------------

def _resolve_actors(found: list[x.Actor], report: Report, lang: str = "id") -> dict[str, Actor | None]:
    """Extraction's actors to rows: {name as extraction spells it (and its aliases): Actor}; None
    for an actor a person deleted (see `_rejected_names`), which takes part in nothing."""
    rows: dict[str, Actor | None] = {}
    rejected = _rejected_names()
    for actor in found:
        if rejected and alias_key(actor.name) in rejected and _find_actor(actor.name) is None:
            rows[actor.name] = None
            report.rejected += 1
            continue
        row, created = _actor_row(actor)
        report.actors_created += created
        rows[actor.name] = row
        _add_aliases(row, [actor.name, *actor.aliases], person=actor.kind == Actor.Kind.PERSON,
                     listed=listed_aliases(actor.name, lang))
        changed = []
        if not row.title and actor.title and row.kind == Actor.Kind.PERSON:
            row.title = actor.title[:200]
            changed.append("title")
        if changed:
            row.save(update_fields=[*changed, "updated_at"])
    for actor in found:  # a person's country, once every actor has its row
        row = rows[actor.name]
        if row is not None and actor.country and row.kind == Actor.Kind.PERSON and row.country_id is None:
            country = rows.get(actor.country) or _find_actor(actor.country, kind=Actor.Kind.COUNTRY)
            if country is not None and country.kind == Actor.Kind.COUNTRY and country.pk != row.pk:
                row.country = country
                row.save(update_fields=["country", "updated_at"])
    report.actors = len({row.pk for row in rows.values() if row is not None})
    return rows


def _rejected_names() -> set[str]:
    """The keys of the names of actors a person deleted (not merged into another: its names then
    name the kept one): extraction does not bring them back."""
    deleted = Actor.history.filter(history_type="-").exclude(history_change_reason__startswith="merged")
    ids = set(deleted.values_list("id", flat=True))
    if not ids:
        return set()
    names = [*deleted.values_list("name", flat=True),
             *ActorAlias.history.filter(actor_id__in=ids).values_list("name", flat=True)]
    return {alias_key(name) for name in names}


def _find_actor(name: str, *, aliases=(), kind: str = "") -> Actor | None:
    """The row a name stands for: an actor of that name, else the owner of that alias; then
    the same by the article's other names for it (only for an actor of the same kind)."""
    key = alias_key(name)
    row = Actor.objects.filter(key=key).order_by("pk").first()     # "Billstrom" is "Billström"
    if row is not None:
        return row
    alias = ActorAlias.objects.select_related("actor").filter(key=key).first()
    if alias is not None:
        return alias.actor
    # Other names only when they are distinctive: "Petro" yes, an acronym such as "AS"
    # (Amerika Serikat, Arab Saudi) no.
    aliases = [a for a in aliases if len(a.strip()) >= 4 and not a.strip().isupper()]
    keys = [alias_key(a) for a in aliases if alias_key(a) != key]
    if not keys:
        return None
    candidates = [alias.actor for alias in ActorAlias.objects.select_related("actor").filter(key__in=keys)]
    candidates += Actor.objects.filter(key__in=keys)
    for row in candidates:
        if (not kind or row.kind == kind) and (kind != Actor.Kind.PERSON or _same_person(name, row.name)):
            return row
    return None


def _same_person(name: str, other: str) -> bool:
    """Whether one person's name holds all the words of the other: "Gustavo Francisco Petro"
    and "Gustavo Petro" yes; "Melania Trump" and "Donald Trump" (both "Trump") no.

    >>> _same_person("Gustavo Francisco Petro", "Gustavo Petro"), _same_person("Melania Trump", "Donald Trump")
    (True, False)
    """
    a, b = set(alias_key(name).split()), set(alias_key(other).split())
    return a <= b or b <= a


def _actor_row(actor: x.Actor) -> tuple[Actor, bool]:
    name = " ".join(actor.name.split())[:200]
    row = _find_actor(name, aliases=actor.aliases, kind=actor.kind)
    if row is not None:
        return row, False
    kind = actor.kind if actor.kind in Actor.Kind.values else Actor.Kind.ORGANIZATION
    return Actor.objects.create(name=name, kind=kind, title=(actor.title or "")[:200] if kind == "person" else ""), True


def _add_aliases(row: Actor, names, person: bool = False, listed=()) -> None:
    """Add the names as aliases of the row, unless another actor owns (or is called) that name.

    For a person, only names sharing a word with the actor's name are kept: "Petro" and
    "Presiden Gustavo Petro" name Gustavo Petro for good, "Presiden Kolombia" only for a while;
    and the names the gazetteer lists for them (`listed`: "Jokowi" for Joko Widodo). For a body,
    not the opening words of its own name: "Bank Sentral" names Bank Sentral Rusia in one
    article, another country's central bank in the next.
    """
    own = alias_key(row.name)
    words = set(own.split())
    for name in names:
        name = " ".join(name.split())[:200]
        key = alias_key(name)
        if not key or key == own or ActorAlias.objects.filter(key=key).exists():
            continue
        if person and row.kind == Actor.Kind.PERSON and not words & set(key.split()) and name not in listed:
            continue
        if row.kind != Actor.Kind.PERSON and own.startswith(key + " ") and name not in listed:
            continue
        if Actor.objects.filter(key=key).exclude(pk=row.pk).exists():
            continue
        ActorAlias.objects.create(actor=row, name=name)


# --- events -----------------------------------------------------------------------------

_ROLE_RANK = {Participant.Role.INITIATOR: 0, Participant.Role.TARGET: 1, Participant.Role.PARTICIPANT: 2}


def _deleted(name: str, actors: dict) -> bool:
    """Is the name one of an actor a person deleted (`_resolve_actors` maps it to None)?"""
    return name in actors and actors[name] is None


def _without_rejected(found: x.Event, actors: dict, found_actors: dict) -> x.Event:
    """The found event without the actors a person deleted (`actors` maps their names to None),
    its summary written for the parties left ("Austria: meeting" named a deleted actor)."""
    kept = [p for p in found.participants if not _deleted(p.name, actors)]
    parts = parts_of(((p.name, p.role) for p in kept), found_actors)
    return replace(found, participants=kept,
                   summary=summarize(found.type, parts, found.trigger, found.location, found.status))


def _participants(found: x.Event, actors: dict[str, Actor], report: Report) -> dict[int, tuple[Actor, str]]:
    """{actor pk: (Actor, role)}: one role per actor, the strongest when two names meet."""
    out: dict[int, tuple[Actor, str]] = {}
    for p in found.participants:
        if _deleted(p.name, actors):
            continue
        row = actors.get(p.name)
        if row is None:
            row, created = _actor_row(x.Actor(name=p.name, kind=""))
            actors[p.name] = row
            report.actors_created += created
        role = p.role if p.role in _ROLE_RANK else Participant.Role.PARTICIPANT
        if row.pk not in out or _ROLE_RANK[role] < _ROLE_RANK[out[row.pk][1]]:
            out[row.pk] = (row, role)
    return out


def _summary(found: x.Event, participants: dict[int, tuple[Actor, str]], states: dict[int, str]) -> str:
    """The found event's summary, naming its actors by their rows ("Abdullah bin Abdulaziz" for the
    "Abdullah" a person renamed), as `summaries.summary_of` writes it when a person corrects them;
    `states`: the names of the states of the actors, by id."""
    parts = [(a.name, role, a.kind, states.get(a.country_id, "")) for a, role in participants.values()]
    return summarize(found.type, parts, found.trigger, found.location, found.status)


def _clean_date(value: str | None) -> str:
    return value if value and period_of(value) else ""


def _signature(found: x.Event, participants, spans) -> tuple:
    return (found.type if found.type in BY_CODE else "other",
            found.status if found.status in Event.Status.values else Event.Status.OCCURRED,
            _clean_date(found.date), (found.summary or "")[:500], (found.location or "")[:200],
            round(float(found.confidence), 3),
            frozenset((pk, role) for pk, (_, role) in participants.items()), tuple(sorted(spans)))


def _signature_of_row(event: Event) -> tuple:
    return (event.type, event.status, event.date, event.summary, event.location, round(event.confidence, 3),
            frozenset((p.actor_id, p.role) for p in event.participants.all()),
            tuple(sorted((e.start, e.end) for e in event.evidence.all())))


def _place_of_row(event: Event) -> tuple:
    """Where a machine event is told: its type and evidence spans (as `_signature` ends)."""
    return event.type, tuple(sorted((e.start, e.end) for e in event.evidence.all()))


def _protection_keys(event: Event, article: Article) -> tuple:
    """What tells that a found event is this corrected one again: its type and the types it had
    (a person may have retyped it), date, actors and evidence spans in this article."""
    types = {event.type, *Event.history.filter(id=event.pk).values_list("type", flat=True),
             *Event.history.filter(history_type="-", history_change_reason=MERGED_INTO.format(event.pk))
             .values_list("type", flat=True)}      # (and the types of the events merged into it)
    return (event.type, event.date, frozenset(p.actor_id for p in event.participants.all()),
            [(e.start, e.end) for e in event.evidence.all() if e.article_id == article.pk], types)


def _overlap(spans, others) -> bool:
    return any(s < oe and os_ < e for s, e in spans for os_, oe in others)


def _duplicates(found: x.Event, participants, spans, keys) -> bool:
    """Is the found event the corrected one again? One of its evidence spans, or a span
    overlapping them, with a type it had or an event merged into it had (it was retyped or
    merged; a person moved the span), or the same type, date and actors. Not another event told
    in the same sentence ("Trump mengaku ... setelah bertemu Petro": a statement beside a
    meeting a person verified; "Kami mengecam serangan itu," kata Jokowi: the attack beside the
    criticism verified, on the very same span)."""
    type_, date, actor_ids, protected_spans, types = keys
    if found.type in types and _overlap(spans, protected_spans):
        return True
    return (found.type == type_ and _clean_date(found.date) == date and bool(actor_ids)
            and frozenset(participants) == actor_ids)


REEXTRACTION = "re-extraction"


def _deleted_by_a_person(article: Article) -> list[tuple[str, list[tuple[int, int]]]]:
    """(type, evidence spans) of this article's machine events that a person deleted."""
    gone = {row.id: row.type for row in Event.history.filter(
        article_id=article.pk, history_type="-", origin=Event.Origin.MACHINE,
    ).exclude(history_change_reason=REEXTRACTION).only("id", "type")}
    if not gone:
        return []
    spans: dict[int, set] = {pk: set() for pk in gone}
    text = article.text or article.raw_text
    for event_id, start, end, quote in Evidence.history.filter(
            event_id__in=list(gone), article_id=article.pk).values_list("event_id", "start", "end", "quote"):
        # (where its quote stands in the article's text now: a newer version of it may have moved it)
        at = relocate(text, start, end, quote) if quote else (start, end)
        if at is not None:
            spans[event_id].add(at)
    return [(gone[pk], sorted(spans[pk])) for pk in gone if spans[pk]]


def events_deleted_by_a_person(article: Article) -> int:
    """How many events extraction found that this article told (as the article's page lists them: its
    own, or with evidence in it) a person deleted, as the history tells. Not those a re-extraction
    removed (they may come back), nor those merged into another (which takes their evidence here)."""
    told_here = Evidence.history.filter(article_id=article.pk).values("event_id")
    return (Event.history.filter(Q(article_id=article.pk) | Q(id__in=told_here),
                                 history_type="-", origin=Event.Origin.MACHINE)
            .exclude(history_change_reason=REEXTRACTION)
            .exclude(history_change_reason__startswith=MERGED_INTO.format(""))
            .values("id").distinct().count())


def _event_fields(found: x.Event) -> dict:
    """The fields of an event row extraction sets, from what it found."""
    date = _clean_date(found.date)
    return dict(
        type=found.type if found.type in BY_CODE else "other",
        status=found.status if found.status in Event.Status.values else Event.Status.OCCURRED,
        date=date, summary=(found.summary or "")[:500], trigger=(found.trigger or "")[:100],
        location=(found.location or "")[:200],
        date_source=found.date_source if date and found.date_source in Event.DateSource.values else "",
        confidence=float(found.confidence))


def _update_event(event: Event, found: x.Event, participants) -> None:
    """A machine event found again at its evidence, with other fields (a date read against a new
    publication date): the same row, so that links to it and exports naming it stay right."""
    for name, value in _event_fields(found).items():
        setattr(event, name, value)
    event._change_reason = REEXTRACTION
    event.save()
    rows = {p.actor_id: p for p in event.participants.all()}
    for actor_id, participant in rows.items():
        if actor_id not in participants:
            participant.delete()
    for actor_id, (actor, role) in participants.items():
        row = rows.get(actor_id)
        if row is None:
            Participant.objects.create(event=event, actor=actor, role=role)
        elif row.role != role:
            row.role = role
            row.save()


def _create_event(article: Article, found: x.Event, participants, text_length: int) -> Event:
    event = Event.objects.create(article=article, origin=Event.Origin.MACHINE, **_event_fields(found))
    for actor, role in participants.values():
        Participant.objects.create(event=event, actor=actor, role=role)
    for span in found.evidence:
        if not 0 <= span.start < span.end <= text_length:
            continue
        Evidence.objects.create(
            event=event, article=article, start=span.start, end=span.end, quote=span.text,
            sentence_start=max(0, min(span.sentence_start, span.start)),
            sentence_end=min(text_length, max(span.sentence_end, span.end)))
    return event
