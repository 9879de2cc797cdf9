"""A newer version of an article already stored: an outlet's update of a story (a sentence added, a
paragraph corrected) uploaded again.

    match = near_duplicate(text, title=..., url=...)     # the article it updates, and why; or None
    version = replace_text(match.article, text, ...)     # the old text kept as an ArticleVersion
    run_extraction(article)                              # then extraction again, corrections kept
    restore(version, user)                               # undo: the old text back (the newer kept too)

The same article is told by its URL, by its title, or by its text: the share of sentences the two
texts have in common. An update adds, cuts or rewrites a few sentences and keeps the rest, while
two articles of one story (two outlets, or one outlet's follow-up the next day) share a quote or
two at most. So the measure is the sentences both hold over the sentences of the longer text
(normalised: case and spacing; sentences of three words or more), and the threshold 0.7: one
sentence added to ten is 0.91, two of ten rewritten 0.8, three 0.7; a ten-sentence story inside a
hundred-sentence digest 0.1; two reports of one meeting sharing a quote, under 0.3. At least three
shared sentences are asked, so that two short notes sharing two lines are not one article.

Corrections stay: extraction runs again as "Re-run extraction" does (timeline/ingest.py), after
the evidence of every event is moved to where its quote stands in the new text, so that the events
a person corrected or deleted are recognised in it as before.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Q

from timeline.ingest import _default_title
from timeline.models import Article, ArticleVersion, Evidence, content_hash
from timeline.spans import relocate

SHARED = 0.7            # sentences both texts hold, over the sentences of the longer one
LEAST_SHARED = 3        # ... and at least this many
PROBES = 5              # the longest sentences of an upload, looked for in the articles stored
_SENTENCE_END = re.compile(r"(?<=[.!?\"”])\s+|\n+")
REASON = "new version of the article"


@dataclass
class Match:
    article: Article
    why: str                # "the same URL", "the same title", "92% of its sentences"


def sentences(text: str) -> list[str]:
    """The text's sentences of three words or more, in order.

    >>> sentences("Jakarta - Presiden tiba di Canberra. Ia disambut PM.\\nOke.")
    ['Jakarta - Presiden tiba di Canberra.', 'Ia disambut PM.']
    """
    return [s.strip() for s in _SENTENCE_END.split(text) if len(s.split()) >= 3]


def _key(sentence: str) -> str:
    return " ".join(sentence.split()).casefold()


def shared(text: str, other: str) -> tuple[float, int]:
    """(share, count) of the sentences both texts hold, the share over the longer text's sentences.

    >>> a = "Satu dua tiga. Empat lima enam. Tujuh delapan sembilan."
    >>> shared(a, a + " Artikel ini telah diperbarui.")
    (0.75, 3)
    """
    mine, theirs = {_key(s) for s in sentences(text)}, {_key(s) for s in sentences(other)}
    both = len(mine & theirs)
    longer = max(len(mine), len(theirs))
    return (both / longer if longer else 0.0), both


def near_duplicate(text: str, *, title: str = "", url: str = "") -> Match | None:
    """The article stored that this text is a version of: the same URL, else the same title (of
    three words or more: "Berita" names no article), else the most sentences shared (see SHARED);
    of several, the latest. None when there is none (the text itself stored is no near duplicate:
    store_article finds it). An article stored by the same upload a moment before is one too: the
    original and its update chosen together are one article, as uploaded one after the other."""
    stored = Article.objects.all()
    url = url.strip()
    if url:
        same = stored.filter(url=url).order_by("-created_at").first()
        if same is not None:
            return Match(same, "the same URL")
    title = title.strip() or _default_title(text)
    if len(title.split()) >= 3:
        same = stored.filter(title__iexact=title).order_by("-created_at").first()
        if same is not None:
            return Match(same, "the same title")
    probes = sorted(sentences(text), key=len, reverse=True)[:PROBES]
    if not probes:
        return None
    found = Q()
    for probe in probes:
        found |= Q(text__contains=probe)
    best = None
    for article in stored.filter(found).order_by("-created_at")[:20]:
        share, both = shared(text, article.text or article.raw_text)
        if share >= SHARED and both >= LEAST_SHARED and (best is None or share > best[0]):
            best = (share, article)
    if best is None:
        return None
    return Match(best[1], f"{best[0]:.0%} of its sentences in common")


def oldest_first(dates: list[dt.date | None]) -> list[int]:
    """The order in which to store the texts of one upload with these publication dates (None:
    unknown), so that of an original and its update the update comes second and is taken as its new
    version: the earlier date first when both are known, else the order they were chosen in.

    >>> D = dt.date
    >>> oldest_first([D(2026, 8, 14), D(2026, 8, 13)]), oldest_first([None, D(2026, 8, 13)]), oldest_first([None, None])
    ([1, 0], [0, 1], [0, 1])
    >>> oldest_first([D(2026, 8, 14), None, D(2026, 8, 13)])
    [2, 1, 0]
    """
    order = list(range(len(dates)))
    dated = [i for i, d in enumerate(dates) if d is not None]
    # the dated texts take the places of the dated, oldest first; the undated keep theirs (a
    # comparison "by date when both have one, else by order" would not be an order: it can go round)
    for place, i in zip(dated, sorted(dated, key=lambda i: (dates[i], i))):
        order[place] = i
    return order


def _snapshot(article: Article, user, reason: str) -> ArticleVersion:
    earlier = article.versions.order_by("-replaced_at", "-pk").first()
    return ArticleVersion.objects.create(
        article=article, title=article.title, outlet=article.outlet, url=article.url, filename=article.filename,
        published=article.published, published_source=article.published_source, raw_text=article.raw_text,
        text=article.text, content_hash=article.content_hash, raw_hash=article.raw_hash,
        uploaded_at=earlier.replaced_at if earlier else article.created_at,
        replaced_by=user if user is not None and user.is_authenticated else None, reason=reason[:200])


_OWN_DATES = (Article.DateSource.GIVEN, Article.DateSource.METADATA, Article.DateSource.FILENAME)


def replace_text(article: Article, text: str, *, raw: str | None = None, title: str = "", outlet: str = "",
                 url: str = "", filename: str = "", published: dt.date | None = None,
                 published_source: str = "", user=None, reason: str = "") -> tuple[ArticleVersion, list[str], int]:
    """Make `text` the article's text, keeping what it was as an ArticleVersion; then run
    extraction (`ingest.run_extraction`) to read it. Returns the version kept, what of the article's
    details changed (["title", "publication date"]), and how many evidence spans of its events
    the new text no longer holds (their sentence was rewritten; a corrected event keeps them).

    The details the upload gives (the form's, or the file's own: a page's title, URL and date)
    replace the stored ones; those it does not give stay (a title a person wrote, say). A
    publication date stays as a person gave it unless the upload gives one (`published_source`
    "given"); one read from the old text is read again from the new."""
    raw = text if raw is None else raw
    with transaction.atomic():
        article = Article.objects.select_for_update().get(pk=article.pk)
        version = _snapshot(article, user, reason)
        changed = []
        for name, value in (("title", title.strip()[:500]), ("outlet", outlet.strip()[:200]), ("URL", url.strip()[:1000])):
            field = name.lower()
            if value and value != getattr(article, field):
                setattr(article, field, value)
                changed.append(name)
        if published is not None and (published_source == Article.DateSource.GIVEN
                                       or article.published_source != Article.DateSource.GIVEN):
            if published != article.published:
                changed.append("publication date")
            article.published, article.published_source = published, published_source
        elif article.published_source not in _OWN_DATES:     # (read from the old text: read again)
            article.published, article.published_source = None, Article.DateSource.UNKNOWN
        old_text = article.text or article.raw_text
        article.text, article.raw_text = text, raw
        article.content_hash, article.raw_hash = content_hash(text), content_hash(raw)
        if filename:
            article.filename = filename[:255]
        article.status, article.error = Article.Status.PENDING, ""
        article.save()
        lost = _move_evidence(article, old_text, text)
    return version, changed, lost


def _move_evidence(article: Article, old: str, new: str) -> int:
    """Every evidence span in the article (its events', and those of other articles' events that
    cite it) moved to where its quote stands in the new text; the count of those not found."""
    lost = 0
    for evidence in Evidence.objects.filter(article=article):
        at = relocate(new, evidence.start, evidence.end, evidence.quote or old[evidence.start:evidence.end])
        if at is None:
            lost += 1
            continue
        if at == (evidence.start, evidence.end):
            continue
        shift = at[0] - evidence.start
        evidence.start, evidence.end = at
        evidence.sentence_start = max(0, min(evidence.sentence_start + shift, evidence.start))
        evidence.sentence_end = min(len(new), max(evidence.sentence_end + shift, evidence.end))
        evidence._change_reason = REASON
        evidence.save()
    return lost


def restore(version: ArticleVersion, user=None) -> tuple[ArticleVersion, list[str], int]:
    """Make a previous version the article's text again (the text it replaces is kept as a version
    in turn); then run extraction. Its details come back as they were."""
    return replace_text(
        version.article, version.text or version.raw_text, raw=version.raw_text, title=version.title,
        outlet=version.outlet, url=version.url, filename=version.filename, published=version.published,
        published_source=version.published_source, user=user,
        reason=f"version of {version.replaced} restored")
