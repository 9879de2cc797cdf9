"""Which reports of one type, status and day are one event (timeline/reports.py, no database)."""
import datetime as dt
import doctest

from timeline import reports
from timeline.reports import first_reports, rank

A, B = dt.date(2026, 1, 5), dt.date(2026, 1, 9)


def test_the_examples_in_the_module_hold():
    result = doctest.testmod(reports)
    assert result.attempted > 0 and result.failed == 0


def report(pk, article, actors, published=A):
    return (pk, article, frozenset(actors), rank(published, pk))


def test_two_articles_naming_the_same_two_actors_report_one_event():
    assert first_reports([report(1, 10, {1, 2}), report(2, 11, {1, 2, 3})]) == {1: None, 2: 1}


def test_one_actor_in_common_is_not_enough_for_a_leaders_meetings_on_a_summits_day():
    # Jokowi meets Xi, Jokowi meets Abe, and "Jokowi held meetings": three events
    got = first_reports([report(1, 10, {1, 2}), report(2, 11, {1, 3}), report(3, 12, {1})])
    assert got == {1: None, 2: None, 3: None}


def test_the_same_actor_alone_is_the_same_event():
    assert first_reports([report(1, 10, {7}), report(2, 11, {7})]) == {1: None, 2: 1}


def test_reports_of_one_article_are_not_taken_for_one_another_but_meet_through_another():
    assert first_reports([report(1, 10, {1, 2}), report(2, 10, {1, 2})]) == {1: None, 2: None}
    got = first_reports([report(1, 10, {1, 2}), report(2, 10, {1, 2}), report(3, 11, {1, 2})])
    assert got == {1: None, 2: 1, 3: 1}


def test_the_first_report_is_in_the_article_published_first():
    got = first_reports([report(1, 10, {1, 2}, published=B), report(2, 11, {1, 2}, published=A),
                         report(3, 12, {1, 2}, published=None)])
    assert got == {1: 2, 2: None, 3: 2}


def test_events_without_actors_are_never_one():
    assert first_reports([report(1, 10, set()), report(2, 11, set())]) == {1: None, 2: None}


def test_events_a_person_entered_are_compared_with_every_other():
    assert first_reports([report(1, None, {1, 2}), report(2, None, {1, 2})]) == {1: None, 2: 1}
