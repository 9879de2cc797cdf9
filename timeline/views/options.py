"""The options of the timeline's Actor, With and Article menus for the words typed in their finder:
a large archive's menus list the busiest actors and the latest articles only."""
from __future__ import annotations

from django.shortcuts import render
from django.views.decorators.http import require_safe

from timeline.models import Actor, Article
from timeline.permissions import viewer_required
from timeline.queries import TimelineQuery, actors_found, told_apart

TEMPLATE = "timeline/index.html"
FOUND = 100         # options at most for the words typed

EMPTY_LABELS = {"actor": "All actors", "with": "anyone"}


@require_safe
@viewer_required
def actor_options(request):
    """`?for=actor|with&q=words&actor=ids&with=ids`: the actors named by the words (all the menu's
    usual ones when none), busiest first, the chosen ones kept."""
    menu = request.GET.get("for") if request.GET.get("for") in EMPTY_LABELS else "actor"
    query = TimelineQuery(request.GET)
    words = request.GET.get("q", "").strip()
    chosen = query.actors if menu == "actor" else query.partners

    def counted(actors) -> list:
        """`actors` with the count the menu shows, most first: the events they share with the chosen
        actor (With), or choosing them finds (a state with its people), once however many of their
        names match; none in no event (a dead end)."""
        if menu == "with" and query.actors:
            return query.partners_among(actors)
        return query.counted(actors)

    if words:
        found = counted(actors_found(words))[:FOUND]
        # (the chosen ones kept, with their counts too: a second actor found must not blank the first's)
        missing = [a.pk for a in chosen if a not in found]
        if missing:
            by_pk = {a.pk: a for a in counted(Actor.objects.filter(pk__in=missing))}
            chosen = [by_pk.get(a.pk, a) for a in chosen]
        choices = [a for a in chosen if a not in found] + found
    else:
        choices = query.actor_choices() if menu == "actor" else query.partner_choices()
    return render(request, TEMPLATE + "#actor-options", {
        "choices": choices, "chosen": {str(a.pk) for a in chosen}, "empty_label": EMPTY_LABELS[menu]})


@require_safe
@viewer_required
def article_options(request):
    """`?q=words&article=id`: the articles whose title holds the words, latest first, the chosen one kept."""
    query = TimelineQuery(request.GET)
    words = request.GET.get("q", "").strip()
    if words:
        articles = Article.objects.only("pk", "title", "outlet", "filename", "published", "lang")
        for word in words.split()[:8]:
            articles = articles.filter(title__icontains=word)
        choices = list(articles[:FOUND])
        chosen = query.data.get("article")
        if chosen is not None and chosen not in choices:
            choices.insert(0, chosen)
        choices = told_apart(choices)
    else:
        choices = query.article_choices()
    return render(request, TEMPLATE + "#article-options", {"article_choices": choices, "query": query})
