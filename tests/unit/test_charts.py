"""The Plotly figure, built from plain rows: no database."""
import datetime as dt
import doctest

import pytest

from timeline import charts, display, exports
from timeline.charts import Row, figure

D = dt.date


def row(pk, date=D(2026, 1, 7), type="meeting", status="occurred", precision="day", end=None, summary="s"):
    return Row(pk, type, status, precision, date, end or date, summary)


def lanes(fig):
    """The lanes from the top, as the y axis labels them (each at its position 0, 1, 2...)."""
    axis = fig["layout"]["yaxis"]
    assert axis["tickvals"] == list(range(len(axis["ticktext"]))) == list(range(len(fig["meta"]["lanes"])))
    return fig["meta"]["lanes"]


def traces(fig, kind=None):
    return [t for t in fig["data"] if kind is None or t["type"] == kind]


@pytest.mark.parametrize("module", [charts, display, exports])
def test_the_examples_in_the_docstrings_hold(module):
    failed, _ = doctest.testmod(module)
    assert failed == 0


def test_it_draws_one_marker_per_event_coloured_by_type():
    fig = figure([row(1, type="meeting"), row(2, type="threat")], {1: ["Petro"], 2: ["Trump"]}, today=D(2026, 1, 10))
    by_name = {t["name"]: t for t in traces(fig, "scatter")}
    assert by_name["Meeting"]["customdata"] == [1]
    assert by_name["Meeting"]["marker"]["color"] == display.TYPE_COLOURS["meeting"]
    assert by_name["Threat"]["marker"]["color"] == display.TYPE_COLOURS["threat"]


def test_planned_events_are_hollow_and_occurred_ones_filled():
    fig = figure([row(1, status="occurred"), row(2, status="planned")], {}, today=D(2026, 1, 10))
    (trace,) = traces(fig, "scatter")
    assert trace["marker"]["symbol"] == ["circle", "circle-open"]


def test_an_event_known_to_the_month_is_a_bar_across_the_month():
    fig = figure([row(1, D(2026, 2, 1), precision="month", end=D(2026, 2, 28))], {}, today=D(2026, 1, 10))
    (bar,) = traces(fig, "bar")
    assert bar["base"] == ["2026-02-01"]
    assert bar["x"] == [28 * charts.DAY_MS]
    assert not traces(fig, "scatter")


def test_an_event_shows_in_the_lane_of_each_participant_busiest_first():
    rows = [row(1), row(2), row(3)]
    fig = figure(rows, {1: ["Petro", "Trump"], 2: ["Trump"], 3: ["Trump"]}, today=D(2026, 1, 10))
    assert lanes(fig) == ["Trump", "Petro"]
    (trace,) = traces(fig, "scatter")
    # (three events of Trump's on one day: stacked apart around his lane's line)
    assert sorted((pk, lanes(fig)[round(y)]) for pk, y in zip(trace["customdata"], trace["y"])) == [
        (1, "Petro"), (1, "Trump"), (2, "Trump"), (3, "Trump")]


def test_events_without_actors_get_their_own_lane():
    fig = figure([row(1)], {}, today=D(2026, 1, 10))
    assert lanes(fig) == ["No actor"]


def test_beyond_the_busiest_actors_the_rest_share_one_lane(monkeypatch):
    monkeypatch.setattr(charts, "MAX_ACTOR_LANES", 2)
    fig = figure([row(1), row(2), row(3)], {1: ["A", "B"], 2: ["A", "C"], 3: ["D"]}, today=D(2026, 1, 10))
    assert lanes(fig) == ["A", "B", "2 other actors"]


def test_type_lanes_put_each_event_in_its_type_lane():
    fig = figure([row(1, type="call"), row(2, type="call"), row(3, type="threat")], {1: ["Petro"]},
                 lanes="type", today=D(2026, 1, 10))
    assert lanes(fig) == ["Call", "Threat"]


def test_long_lane_names_are_shortened_on_the_axis_only():
    name = "Kementerian Luar Negeri Republik Indonesia di Jakarta"
    fig = figure([row(1)], {1: [name]}, today=D(2026, 1, 10))
    assert lanes(fig) == [name]
    assert len(fig["layout"]["yaxis"]["ticktext"][0]) <= charts.LANE_LABEL_CHARS


def test_article_text_is_escaped_in_hover_labels_and_lane_names():
    evil = '<img src=x onerror="alert(1)"><script>alert(2)</script>'
    fig = figure([row(1, summary=evil)], {1: [evil]}, today=D(2026, 1, 10))
    (trace,) = traces(fig, "scatter")
    assert "<img" not in trace["text"][0] and "<script" not in trace["text"][0]
    assert "&lt;script&gt;" in trace["text"][0]
    assert all("<" not in label for label in fig["layout"]["yaxis"]["ticktext"])


def test_a_dotted_line_marks_today():
    fig = figure([row(1)], {}, today=D(2026, 1, 10))
    (line,) = fig["layout"]["shapes"]
    assert (line["x0"], line["x1"], line["yref"]) == ("2026-01-10", "2026-01-10", "paper")


def test_no_event_draws_no_axis_of_a_made_up_period():
    # (Plotly's own axis for no data spans days around 1 Jan 2000)
    layout = figure([], {}, today=D(2026, 1, 10))["layout"]
    assert layout["xaxis"]["visible"] is False and layout["yaxis"]["visible"] is False
    assert not layout["xaxis"]["rangeslider"]["visible"] and not layout["xaxis"]["rangeselector"]["visible"]
    assert layout["shapes"] == layout["annotations"] == [] and "range" not in layout["xaxis"]
    assert figure([row(1)], {}, today=D(2026, 1, 10))["layout"]["xaxis"].get("visible", True) is True


def test_it_switches_to_webgl_past_a_few_thousand_points(monkeypatch):
    monkeypatch.setattr(charts, "WEBGL_AT", 3)
    few = figure([row(i) for i in range(3)], {}, today=D(2026, 1, 10))
    many = figure([row(i) for i in range(4)], {}, today=D(2026, 1, 10))
    assert traces(few)[0]["type"] == "scatter"
    assert traces(many)[0]["type"] == "scattergl"


def test_it_counts_events_per_period_when_there_are_too_many(monkeypatch):
    monkeypatch.setattr(charts, "AGGREGATE_AT", 3)
    rows = [row(i, D(2020 + i, 3, 1)) for i in range(4)] + [row(9, D(2023, 3, 2))]
    fig = figure(rows, {}, today=D(2026, 1, 10))
    assert fig["meta"]["aggregated"] and fig["meta"]["bin"] == "month"
    (trace,) = fig["data"]
    assert len(trace["x"]) == 4  # the two events of March 2023 share a bubble
    assert any(text.startswith("<b>2 events</b>") for text in trace["text"])
    assert ["2023-03-01", "2023-03-31"] in trace["customdata"]


def test_the_visible_range_becomes_the_axis_range():
    fig = figure([row(1)], {}, today=D(2026, 1, 10), view=(D(2026, 1, 1), D(2026, 1, 31)))
    assert fig["layout"]["xaxis"]["range"] == ["2026-01-01", "2026-02-01"]


def test_overlapping_periods_in_a_lane_are_stacked_not_hidden():
    rows = [row(1, D(2026, 1, 1), precision="month", end=D(2026, 1, 31)),
            row(2, D(2026, 1, 5), precision="week", end=D(2026, 1, 11))]
    fig = figure(rows, {1: ["Petro"], 2: ["Petro"]}, today=D(2026, 1, 10))
    (bar,) = traces(fig, "bar")
    assert bar["width"] == [0.3, 0.3]
    assert sorted(bar["offset"]) == [-0.3, 0.0]


def test_markers_of_one_lane_and_day_are_stacked_apart_within_the_lane_and_say_so():
    # (a meeting and the agreement signed that day were drawn on one pixel: one of them invisible
    # at any zoom wider than a few days, and nothing said so)
    rows = [row(1, type="meeting"), row(2, type="agreement"), row(3, D(2026, 1, 8)), row(4, type="threat")]
    fig = figure(rows, {1: ["Prabowo", "Anwar"], 2: ["Prabowo", "Anwar"], 3: ["Prabowo"], 4: ["Anwar"]},
                 today=D(2026, 1, 10))
    at = {(pk, lanes(fig)[round(y)]): (x, y, text) for t in traces(fig, "scatter")
          for pk, x, y, text in zip(t["customdata"], t["x"], t["y"], t["text"])}
    prabowo, anwar = lanes(fig).index("Prabowo"), lanes(fig).index("Anwar")
    # the day stays the day; the lane's markers of that day are apart, each still in its lane
    assert {x for x, _, _ in at.values()} == {"2026-01-07", "2026-01-08"}
    assert sorted(round(at[pk, "Prabowo"][1] - prabowo, 3) for pk in (1, 2)) == [-0.18, 0.18]
    assert sorted(round(at[pk, "Anwar"][1] - anwar, 3) for pk in (1, 2, 4)) == [-0.3, 0.0, 0.3]
    assert at[3, "Prabowo"][1] == prabowo      # alone on its day: on the lane's line
    # each one's hover says how many that lane has that day (click still opens each: its own pk)
    assert at[1, "Prabowo"][2].endswith("<i>2 events in this lane on 7 Jan 2026</i>")
    assert at[1, "Anwar"][2].endswith("<i>3 events in this lane on 7 Jan 2026</i>")
    assert "events in this lane" not in at[3, "Prabowo"][2]
    assert fig["layout"]["yaxis"]["range"] == [1.5, -0.5]   # the first lane on top


def spread_out_rows():
    """Two old outliers and a dense recent year: the shape of real news (background dates)."""
    rows = [row(1, D(1949, 1, 1), precision="year", end=D(1949, 12, 31)), row(2, D(1967, 8, 8))]
    rows += [row(10 + i, D(2025, 1 + i % 12, 1 + i % 27)) for i in range(36)]
    return rows


def test_the_chart_opens_on_the_dense_period_not_on_the_outliers():
    fig = figure(spread_out_rows(), {}, today=D(2026, 1, 10))
    lo, hi = fig["layout"]["xaxis"]["range"]
    assert "2024-12-01" < lo < "2025-01-31" and "2025-12-27" < hi < "2026-02-15"  # today is near: included
    slider = fig["layout"]["xaxis"]["rangeslider"]["range"]     # the slider still shows everything
    assert slider[0] < "1949-01-01" and "2026-01-10" < slider[1] < "2032-01-01"
    focus_lo, focus_hi = fig["meta"]["focus"]
    assert focus_lo.startswith("2025-01") and focus_hi == "2026-01-10"
    assert "35 of the 38 events" in fig["meta"]["focus_note"]  # 90 %: the outliers and the first day
    # the "all" button is still there to reach the outliers
    assert {"step": "all", "label": "all"} in fig["layout"]["xaxis"]["rangeselector"]["buttons"]


def test_the_range_buttons_of_a_long_opening_range_count_back_from_the_news_not_from_empty_months():
    # (an archive of nine years opened on a range padded seven months past today: "1m" showed an
    # empty month of next year)
    rows = [row(1, D(1816, 1, 1), precision="year", end=D(1816, 12, 31))]
    rows += [row(10 + i, D(2017 + i % 9, 1 + i % 12, 1 + i % 27)) for i in range(200)]
    fig = figure(rows, {}, today=D(2025, 12, 20))
    assert fig["meta"]["focus"] is not None
    assert fig["layout"]["xaxis"]["range"][1] <= "2026-01-10"     # the last event, 27 Dec, and two weeks


def test_today_far_from_the_events_stays_out_of_the_opening_range():
    fig = figure(spread_out_rows(), {}, today=D(2026, 11, 28))
    assert fig["meta"]["focus"][1] == "2025-12-24"  # the latest event
    assert fig["layout"]["xaxis"]["range"][1] < "2026-02-01"


def test_an_archive_far_from_today_has_no_line_at_today():
    # "all" (Plotly's autorange) reaches every shape: a line in 2026 would squeeze news of 2014
    rows = [row(1, D(2014, 11, 20)), row(2, D(2014, 11, 27)), row(3, D(2015, 1, 5))]
    fig = figure(rows, {}, today=D(2026, 11, 28))
    assert fig["layout"]["shapes"] == [] and fig["layout"]["annotations"] == []
    assert fig["layout"]["xaxis"]["range"][1] < "2015-03-01"


def test_events_in_a_compact_range_open_on_all_of_them():
    rows = [row(1, D(2025, 11, 1)), row(2, D(2026, 1, 7)), row(3, D(2026, 1, 9))]
    fig = figure(rows, {}, today=D(2026, 1, 10))
    assert fig["meta"]["focus"] is None and fig["meta"]["focus_note"] == ""
    lo, hi = fig["layout"]["xaxis"]["range"]
    assert lo < "2025-11-01" and hi > "2026-01-10"


def test_events_of_one_day_open_on_days_not_hours():
    # (a day padded by two got ticks at 00:00 and 12:00, a precision no date of ours has)
    fig = figure([row(1, D(2014, 11, 27)), row(2, D(2014, 11, 27))], {}, today=D(2026, 1, 10))
    lo, hi = (dt.date.fromisoformat(x) for x in fig["layout"]["xaxis"]["range"])
    assert (hi - lo).days >= charts.SHORTEST and lo < D(2014, 11, 27) < hi


def test_the_chart_opens_on_the_dates_the_filters_ask_for():
    # (a year-long event stretched the axis from January: the summit of 12 June was a speck)
    rows = [row(1, D(2018, 1, 1), precision="year", end=D(2018, 12, 31)), row(2, D(2018, 6, 12))]
    fig = figure(rows, {}, today=D(2026, 1, 10), asked=(D(2018, 6, 12), D(2018, 6, 12)))
    lo, hi = (dt.date.fromisoformat(x) for x in fig["layout"]["xaxis"]["range"])
    assert D(2018, 6, 1) < lo < D(2018, 6, 12) < hi < D(2018, 6, 25) and (hi - lo).days >= charts.SHORTEST
    # (the year-long event is in view too: no "where 1 of the 2 events are")
    assert fig["meta"]["focus_note"].startswith("The chart opens on the dates asked for")


def test_a_visible_range_wins_over_the_opening_range():
    fig = figure(spread_out_rows(), {}, today=D(2026, 1, 10), view=(D(1940, 1, 1), D(2030, 12, 31)))
    assert fig["layout"]["xaxis"]["range"] == ["1940-01-01", "2031-01-01"]
    assert fig["meta"]["focus"] is None


def test_counted_events_open_on_their_dense_period_too(monkeypatch):
    monkeypatch.setattr(charts, "AGGREGATE_AT", 10)
    fig = figure(spread_out_rows(), {}, today=D(2026, 11, 28))
    assert fig["meta"]["aggregated"]
    assert fig["meta"]["focus"][0] >= "2025-01-01"


def test_lane_labels_for_narrow_screens_are_short_and_escaped():
    fig = figure([row(1), row(2), row(3)], {1: ["Volodymyr Zelensky"], 2: ["<b>Kementerian Luar Negeri</b>"],
                                            3: ["Morgan Stanley"]},
                 today=D(2026, 1, 10), people=frozenset({"Volodymyr Zelensky"}))
    # only a person's first names become initials ("Morgan Stanley" is no "M. Stanley")
    assert fig["meta"]["short_lanes"] == ["&lt;b&gt;Kementer…", "Morgan Stan…", "V. Zelensky"]
    # set as text only
    assert fig["meta"]["lanes"] == ["<b>Kementerian Luar Negeri</b>", "Morgan Stanley", "Volodymyr Zelensky"]
    assert all(len(label) <= charts.NARROW_LANE_CHARS for label in ("<b>Kementer…", "V. Zelensky"))


def test_the_lane_of_the_other_actors_keeps_its_number_on_a_narrow_screen():
    # (a tablet's chart of fifty articles said "25 other ac…")
    assert charts.short_lane("25 other actors", charts.NARROW_LANE_CHARS) == "25 others"
    assert charts.short_lane("1234567 other actors", charts.NARROW_LANE_CHARS) == "1234567 oth…"
    assert charts.short_lane("Other actors Ltd", charts.NARROW_LANE_CHARS) == "Other actor…"


def test_hover_lines_are_wrapped_for_narrow_screens_and_stay_escaped():
    long = "Presiden Kolombia Gustavo Petro <b>bakal</b> menemui Presiden Amerika Serikat Donald Trump di Gedung Putih"
    fig = figure([row(1, summary=long)], {1: ["Gustavo Petro"]}, today=D(2026, 1, 10))
    text = traces(fig, "scatter")[0]["text"][0]
    lines = text.split("<br>")
    assert len(lines) >= 4 and all(len(line) <= charts.HOVER_WIDTH + 10 for line in lines[1:])
    assert "&lt;b&gt;bakal&lt;/b&gt;" in text and "<b>bakal" not in text


def test_the_dates_are_repeated_above_the_lanes_of_a_tall_chart():
    many = figure([row(i) for i in range(charts.TOP_DATES_AT)], {i: [f"Actor {i}"] for i in range(20)},
                  today=D(2026, 1, 10))
    top = many["layout"]["xaxis2"]
    assert (top["matches"], top["overlaying"], top["side"]) == ("x", "x", "top")
    few = figure([row(1)], {}, today=D(2026, 1, 10))
    assert "xaxis2" not in few["layout"]


def test_today_months_after_the_last_event_is_left_off_screen():
    rows = [row(1, D(2025, 11, 1)), row(2, D(2026, 1, 7)), row(3, D(2026, 2, 3))]
    near = figure(rows, {}, today=D(2026, 2, 20))["layout"]["xaxis"]["range"]
    far = figure(rows, {}, today=D(2026, 11, 28))["layout"]["xaxis"]["range"]
    assert near[1] > "2026-02-20"
    assert far[1] < "2026-03-01"  # not nine months of nothing


def test_the_range_buttons_counting_back_from_the_axis_end_reach_the_news():
    # an archive of thirteen years whose last news is nine months old: "1y" back from the end of the
    # axis (stretched to today) still holds it, the end is not months into the future
    rows = [row(1, D(2013, 11, 29)), row(2, D(2014, 12, 16)), row(3, D(2026, 2, 15))]
    lo, hi = figure(rows, {}, today=D(2026, 11, 29))["layout"]["xaxis"]["range"]
    assert "2026-11-29" < hi < "2027-02-15"
    # without today in the range, the pad after the last event stays short too
    rows = [row(1, D(2013, 11, 29)), row(2, D(2026, 2, 15))]
    lo, hi = figure(rows, {}, today=D(2030, 1, 1))["layout"]["xaxis"]["range"]
    assert "2026-02-15" < hi < "2026-08-01"


def test_the_slider_of_a_short_period_long_ago_does_not_reach_today():
    rows = [row(1, D(2024, 2, 1)), row(2, D(2024, 3, 20))]
    fig = figure(rows, {}, today=D(2026, 11, 29))
    assert fig["layout"]["xaxis"]["rangeslider"]["range"] == fig["layout"]["xaxis"]["range"]
    assert fig["layout"]["xaxis"]["range"][1] < "2024-06-01"


def test_quotes_in_hover_text_are_numeric_entities_which_plotly_shows_as_quotes():
    # plotly.js decodes "&#34;" but shows "&quot;" as written
    fig = figure([row(1, summary='Lavrov "mengecam" <b>AS</b>')], {1: ['Sergei "X" Lavrov']}, today=D(2026, 1, 10))
    text = traces(fig, "scatter")[0]["text"][0]
    assert "&#34;mengecam&#34;" in text and "&quot;" not in text and "&lt;b&gt;AS&lt;/b&gt;" in text


def test_lanes_with_an_event_in_the_opening_range_come_first():
    # (an outlier's actor, busier overall, showed as an empty lane at the top of the opening range)
    old = [row(i, D(1949 + i, 1, 1)) for i in range(1, 5)]
    recent = [row(10 + i, D(2025, 1 + i % 12, 1 + i % 27)) for i in range(36)]
    participants = {r.pk: ["Tito"] for r in old} | {r.pk: [f"Actor {r.pk % 12:02d}"] for r in recent}
    fig = figure(old + recent, participants, today=D(2026, 1, 10))
    assert fig["meta"]["focus"] is not None
    assert fig["meta"]["lanes"][-1] == "Tito" and len(fig["meta"]["lanes"]) == 13


def test_the_axis_ends_at_the_to_date_and_the_range_buttons_count_back_from_the_last_event():
    # (Trump in 2025: a year in office stretched the axis to mid-January, and "1m" showed only that bar)
    rows = [row(1, D(2025, 1, 1), type="other", precision="year", end=D(2025, 12, 31)),
            row(2, D(2025, 5, 10)), row(3, D(2025, 10, 26)), row(4, D(2025, 10, 1), precision="month",
                                                                  end=D(2025, 10, 31), status="planned")]
    fig = figure(rows, {}, today=D(2026, 11, 30), asked=(D(2025, 1, 1), D(2025, 12, 31)))
    assert fig["layout"]["xaxis"]["range"][1] == "2026-01-01"
    assert fig["layout"]["xaxis"]["rangeslider"]["range"][1] == "2026-01-01"
    assert fig["meta"]["last"] == "2025-10-31"      # the month planned, not the year in office
    # a To date before the last event: the buttons count back from it
    fig = figure(rows, {}, today=D(2026, 11, 30), asked=(None, D(2025, 8, 1)))
    assert fig["meta"]["last"] == "2025-08-01"
    # no To date: the axis may reach today's line, the buttons still count back from the news
    fig = figure(rows[1:3], {}, today=D(2025, 11, 3))
    assert fig["layout"]["xaxis"]["range"][1] > "2025-11-03" and fig["meta"]["last"] == "2025-10-26"
