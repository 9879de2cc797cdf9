"""Which reports of one type, status and day are one event (timeline/reports.py, no database)."""
import datetime as dt
import doctest

from timeline import reports
from timeline.reports import Report, first_reports, rank

A, B = dt.date(2026, 1, 5), dt.date(2026, 1, 9)


def test_the_examples_in_the_module_hold():
    result = doctest.testmod(reports)
    assert result.attempted > 0 and result.failed == 0


def report(pk, article, actors, published=A, initiator=None, target=None, status="occurred"):
    sides = {(a, role) for a, role in ((initiator, "initiator"), (target, "target")) if a is not None}
    return Report(pk, article, frozenset(actors), rank(published, pk, status), frozenset(sides))


def test_two_articles_naming_the_same_two_actors_report_one_event():
    assert first_reports([report(1, 10, {1, 2}), report(2, 11, {1, 2, 3})]) == {1: None, 2: 1}


def test_one_actor_in_common_is_not_enough_for_a_leaders_meetings_on_a_summits_day():
    # Jokowi meets Xi, Jokowi meets Abe: two events
    assert first_reports([report(1, 10, {1, 2}), report(2, 11, {1, 3})]) == {1: None, 2: None}


def test_the_same_actor_alone_is_the_same_event():
    assert first_reports([report(1, 10, {7}), report(2, 11, {7})]) == {1: None, 2: 1}


def test_two_events_one_article_told_apart_stay_apart_even_through_another_articles_report():
    assert first_reports([report(1, 10, {1, 2}), report(2, 10, {1, 2})]) == {1: None, 2: None}
    # Jokowi-Kishida and Jokowi-Albanese, told apart by one article; a third names all three
    got = first_reports([report(1, 10, {1, 2}), report(2, 10, {1, 3}), report(3, 11, {1, 2, 3})])
    assert got == {1: None, 2: None, 3: 1}


def test_a_third_report_joins_the_event_it_resembles_most():
    got = first_reports([report(1, 10, {1, 2}), report(2, 10, {1, 3, 4}), report(3, 11, {1, 3, 4})])
    assert got == {1: None, 2: None, 3: 2}


def test_a_report_naming_one_actor_alone_joins_the_one_event_naming_it_among_others():
    # "Nijjar was shot" and "Canada accuses India over the killing of Nijjar"
    assert first_reports([report(1, 10, {1, 2, 3}), report(2, 11, {3})]) == {1: None, 2: 1}
    # ... not a statement: Trump says many things a day
    assert first_reports([report(1, 10, {1, 2, 3}), report(2, 11, {3})], "statement") == {1: None, 2: None}
    # Israel alone, and two strikes of Israel that day: which one is not for us to guess
    got = first_reports([report(1, 10, {1, 2}), report(2, 11, {1, 3}), report(3, 12, {1})])
    assert got == {1: None, 2: None, 3: None}


def test_the_first_report_is_in_the_article_published_first():
    got = first_reports([report(1, 10, {1, 2}, published=B), report(2, 11, {1, 2}, published=A),
                         report(3, 12, {1, 2}, published=None)])
    assert got == {1: 2, 2: None, 3: 2}


def test_a_report_telling_the_event_held_comes_before_the_plans_told_earlier():
    got = first_reports([report(1, 10, {1, 2}, published=A, status="planned"), report(2, 11, {1, 2}, published=B)])
    assert got == {1: 2, 2: None}


def test_events_without_actors_are_never_one():
    assert first_reports([report(1, 10, set()), report(2, 11, set())]) == {1: None, 2: None}


def test_events_a_person_entered_are_compared_with_every_other():
    assert first_reports([report(1, None, {1, 2}), report(2, None, {1, 2})]) == {1: None, 2: 1}


def test_a_report_whose_initiator_is_the_others_target_is_another_event():
    # Trump criticizes Zelensky, Zelensky criticizes Trump, the same day
    exchange = [report(1, 10, {1, 2}, initiator=1, target=2), report(2, 11, {1, 2}, initiator=2, target=1)]
    assert first_reports(exchange, "criticism") == {1: None, 2: None}
    # ... nor do they meet through a report that gives no sides
    got = first_reports([*exchange, report(3, 12, {1, 2})], "criticism")
    assert got[1] is None and got[2] is None
    assert first_reports([exchange[0], report(2, 11, {1, 2, 3}, initiator=1)], "criticism") == {1: None, 2: 1}
    # (a meeting's or an inauguration's roles say little: "dilantik")
    assert first_reports(exchange, "meeting") == {1: None, 2: 1}


def test_a_crowded_day_is_left_ungrouped():
    from timeline.reports import CROWDED
    crowd = [report(n, n, {1, 2}) for n in range(CROWDED + 1)]
    assert set(first_reports(crowd).values()) == {None}
