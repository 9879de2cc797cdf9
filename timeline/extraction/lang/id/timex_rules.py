"""The Indonesian temporal rules: a pattern, the symbolic value it yields, and an example.

HeidelTime-shaped (learned from its shape, nothing copied): a rule only says what the words
mean ("XXXX-05-12|wd=1|pod=NI" for "Senin (12/5) malam"); `resolve.py` later anchors it to
the publication date or to the date mentioned before. The symbolic values:

    2026-02-03, 2026-02, 2026, 2026-Q1, 2026-SU, 194     explicit (a decade has 3 digits)
    XXXX-05-12, XXXX-05                                   year left to the resolver
    Y-1-03                                                year relative to the publication date
    DCT:day-1, DCT:week+0, DCT:weekend+0, DCT:year-3      relative to the publication date
    DCT:day+X                                             an unknown amount: PAST_REF / FUTURE_REF
    REF:day+1, REF:month+5, REF:day+0                     relative to the date mentioned before
    WD:5                                                  a weekday ("Jumat")
    T:20:00                                               a clock time, on the day it belongs to
    P3D, PT1H30M, PXY, PAST_REF, XXXX-WXX-1               final as they are
  then optional attributes:  |dir=PAST|FUTURE|THIS  |wd=N (weekday, checked or chosen)
                             |pod=MO|AF|EV|NI (part of day)  |mod=START|MID|END

Patterns name their groups; the engine (`timex.py`) normalizes each group by its name
(day, month, mnum, year, yrel, wd, pod, dir, mod, ord, q, season, decade, num, se, ber,
unit, rel, rday, hour, minute) and fills the template. `%NAME` stands for a piece below.
Every word list is lower case; Title and UPPER variants are generated (`variants.py`).
"""
from __future__ import annotations

from dataclasses import dataclass

from . import months, numbers, timex_words as w, weekdays
from .variants import alternation

# the words between the days of a range ("10 hingga 12 Mei"), beside the dashes: THROUGH_WORDS join
# the ends of one span of days ("25-27 Oktober", "10 hingga 12 Mei": one timex, dated by its first
# day, as "Sabtu-Minggu (25-26/10)" is); "dan", "atau" join two days told apart ("10 dan 17 Oktober")
THROUGH_WORDS = ("hingga", "sampai", "sampai dengan", "s.d.", "s.d", "s/d")
RANGE_WORDS = THROUGH_WORDS + ("dan", "atau")

PIECES = {
    "WD": weekdays.WEEKDAY,
    "POD": weekdays.PART_OF_DAY,
    "MONTH": months.MONTH,
    "MONTHF": months.MONTH_FULL,
    "DAY": r"(?:0?[1-9]|[12]\d|3[01])",
    "MNUM": r"(?:0?[1-9]|1[0-2])",
    "YEAR4": r"(?:1[5-9]\d\d|20\d\d)(?!-?an(?!\w))",       # not the decade "2000-an"
    "YEAR": r"(?:1[5-9]\d\d|20\d\d|\d\d)",
    "NUM": numbers.NUMBER,
    "VAGUE": numbers.VAGUE_NUMBER,
    "UNIT": w.UNIT,
    "CUNIT": w.CALENDAR_UNIT,
    "CLOCKUNIT": w.CLOCK_UNIT,
    "SEUNIT": w.SE_UNIT,
    "BERUNIT": w.BER_UNIT,
    "OFFSET": w.OFFSET + r"(?!\s+[Ll]intas)",          # "lalu lintas" is traffic
    "DIR": w.DIRECTION + r"(?!\s+[Ll]intas)",
    "MOD": w.MOD,
    "ORD": w.ORDINAL,
    "QORD": w.ROMAN_OR_ORDINAL,
    "SEASON": w.SEASON,
    "AFTER": w.REF_AFTER_WORD,
    "BEFORE": w.REF_BEFORE_WORD,
    "THAT": w.THAT_WORD,
    "AGO": w.DCT_AGO_WORD,
    "AHEAD": w.DCT_AHEAD_WORD,
    "TAHUN": alternation(["tahun"]),
    "ERA": alternation(["era", "dekade", "dasawarsa"]),
    "HARI": alternation(["hari"]),
    "BULAN": alternation(["bulan"]),
    "TANGGAL": alternation(["tanggal", "tgl", "tgl."]),
    "PEKAN": alternation(["pekan", "minggu"]),
    "RANGE": r"(?:-|–|—|" + alternation(RANGE_WORDS)[3:-1] + ")",
    "THROUGH": r"(?:-|–|—|" + alternation(THROUGH_WORDS)[3:-1] + ")",
    "TZ": r"(?:WIB|WITA|WIT|GMT|UTC|waktu\s+setempat)",
}
# an optional year after a month: "Mei 2025", "Mei tahun 2025", "Mei tahun lalu"
PIECES["YEAR_OPT"] = r"(?:\s+(?:%TAHUN\s+)?(?P<year>%YEAR4)|\s+%TAHUN\s+(?P<yrel>%OFFSET))?"


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: str                    # a regex with %PIECES and named groups
    value: str                      # a template of the symbolic value (see above)
    examples: tuple                 # (text, symbolic value) pairs, run by one parametrized test;
                                    # [brackets] mark the span when the text has more around it
    type: str = "DATE"              # TIMEX3 type: DATE, TIME, DURATION, SET
    not_after: tuple = ()           # the rule does not fire right after these words (#NUM: a number)
    starts: tuple = ()              # the words it can start with: a %PIECE, a word, or a number:
                                    # "#year" (4 digits), "#sep" ("29/07", "16:45"), "#num" (other)
    prefix: tuple = ()              # words that join the span when right before it ("hari Senin")


# In order of preference when two rules find the same span; a longer span always wins.
RULES: list[Rule] = [
    # ---------------------------------------------------------------- explicit dates
    # a range of days: "Sabtu-Minggu (25-26/10)" is one span, dated by its first day
    Rule("weekday-range-date",
         r"(?P<wd>%WD)\s*[-–]\s*%WD,?\s*\(\s*(?P<day>%DAY)\s*[-–]\s*(?P<dayend>%DAY)\s*/\s*(?P<mnum>%MNUM)"
         r"(?:\s*/\s*(?P<year>%YEAR))?\s*\)",
         "{year}-{month}-{day}|wd={wd}",
         (("Sabtu-Minggu (25-26/10)", "XXXX-10-25|wd=6"), ("Senin - Selasa (1-2/12/2014)", "2014-12-01|wd=1"),
          ("Sabtu-Minggu (31-1/2/2015)", "2015-01-31|wd=6")),      # the first day in the month before
         starts=("%WD",), prefix=("hari",)),
    # "Sabtu-Minggu" without dates: one span, the first day as a weekday would be read
    Rule("weekday-range",
         r"(?P<wd>%WD)\s*[-–]\s*%WD",
         "WD:{wd}",
         (("Sabtu-Minggu", "WD:6"), ("Senin–Jumat", "WD:1")),
         not_after=("pasar", "jl", "jl.", "jalan", "gang", "kampung"), starts=("%WD",), prefix=("hari",)),
    Rule("weekday-numeric-date",
         r"(?P<wd>%WD)(?:\s+(?P<pod0>%POD))?,?\s*\(\s*(?P<day>%DAY)\s*/\s*(?P<mnum>%MNUM)(?:\s*/\s*(?P<year>%YEAR))?\s*\)"
         r"(?:\s+(?P<pod>%POD))?(?:\s+(?P<dir>%YEARDIR))?",
         "{year}-{month}-{day}|wd={wd}",
         (("Jumat (9/1/2026)", "2026-01-09|wd=5"), ("Senin (12/5) malam", "XXXX-05-12|wd=1|pod=NI"),
          ("Minggu (11/5) dini hari", "XXXX-05-11|wd=7|pod=NI"), ("Senin (29/12/14)", "2014-12-29|wd=1"),
          ("Jumat (9/1) lalu", "XXXX-01-09|wd=5|dir=PAST"), ("Selasa malam (28/5)", "XXXX-05-28|wd=2|pod=NI")),
         starts=("%WD",), prefix=("hari",)),
    Rule("weekday-date",
         r"(?P<wd>%WD)(?:\s+(?P<pod0>%POD))?,?\s+(?:%TANGGAL\s+)?(?P<day>%DAY)\s+(?P<month>%MONTH)%YEAR_OPT(?:\s+(?P<pod>%POD))?",
         "{year}-{month}-{day}|wd={wd}",
         (("Minggu, 18 Mei 2025", "2025-05-18|wd=7"), ("Selasa, 19 Agu 2025", "2025-08-19|wd=2"),
          ("Kamis 5 Desember", "XXXX-12-05|wd=4"), ("Selasa malam, 28 Mei", "XXXX-05-28|wd=2|pod=NI")),
         starts=("%WD",), prefix=("hari",)),
    Rule("weekday-numeric-full",
         r"(?P<wd>%WD),?\s+(?P<day>%DAY)(?P<sep>[/.-])(?P<mnum>%MNUM)(?P=sep)(?P<year>%YEAR4)",
         "{year}-{month}-{day}|wd={wd}",
         (("Selasa, 13/05/2025", "2025-05-13|wd=2"),), starts=("%WD",), prefix=("hari",)),
    Rule("numeric-date",
         r"(?P<day>%DAY)(?P<sep>[/.-])(?P<mnum>%MNUM)(?P=sep)(?P<year>%YEAR4)",
         "{year}-{month}-{day}",
         (("29/07/2025", "2025-07-29"), ("5-2-2021", "2021-02-05")), starts=("#sep",)),
    Rule("iso-date",
         r"(?P<year>%YEAR4)-(?P<mnum>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])",
         "{year}-{month}-{day}",
         (("2025-07-29", "2025-07-29"),), starts=("#year",)),
    # "tanggal 17" alone: a day of the month told before, or of the publication date's
    Rule("day-of-month",
         r"%TANGGAL\s+(?P<day>%DAY)(?!\s*[-–/.]\s*\d)(?!-an)",
         "REF:dom+{day}",
         (("tanggal 17", "REF:dom+17"), ("dibayar [tanggal 5] bulan itu", "REF:dom+05")), starts=("%TANGGAL",)),
    Rule("tanggal-numeric",
         r"%TANGGAL\s+(?P<day>%DAY)/(?P<mnum>%MNUM)",
         "{year}-{month}-{day}",
         (("tanggal 12/5", "XXXX-05-12"),), starts=("%TANGGAL",)),
    # a bare "10/11" is a date only after a word that wants one: "pada 10/11", "sejak 3/12"
    Rule("preposition-numeric",
         r"(?:(?<=pada )|(?<=Pada )|(?<=sejak )|(?<=Sejak )|(?<=hingga )|(?<=sampai )|(?<=mulai )|(?<=Mulai ))"
         r"(?P<day>%DAY)/(?P<mnum>%MNUM)(?!/)",
         "{year}-{month}-{day}",
         (("pada [10/11]", "XXXX-11-10"), ("sejak [3/12]", "XXXX-12-03")), starts=("#sep",)),
    # a span of days whose first end borrows its month from the last ("25-27 Oktober") is one timex,
    # dated by its first day; so is a span of months sharing their year. Two full dates or years
    # ("1998-1999") are two timexes.
    Rule("day-range",
         r"(?P<day>%DAY)\s*%THROUGH\s*%DAY\s+(?P<month>%MONTH)(?:%YEAR_OPT(?:\s+(?P<dir>%DIR))?)",
         "{year}-{month}-{day}",
         (("25-27 Oktober 2025", "2025-10-25"), ("19-21 Mei mendatang", "XXXX-05-19|dir=FUTURE"),
          ("10 hingga 12 Mei", "XXXX-05-10")),
         starts=("#sep", "#num")),
    # two days told apart ("10 dan 11 Mei 2025"): the first on its own, the second read by "date"
    Rule("day-range-first",
         r"(?P<day>%DAY)(?=\s*%RANGE\s*%DAY\s+(?P<month>%MONTH)%YEAR_OPT)",
         "{year}-{month}-{day}",
         (("[10] dan 11 Mei 2025", "2025-05-10"), ("[3] atau 4 Juni", "XXXX-06-03")),
         starts=("#sep", "#num")),   # the first day only
    Rule("date",
         r"(?:%TANGGAL\s+)?(?P<day>%DAY)\s+(?P<month>%MONTH)(?:%YEAR_OPT(?:\s+(?P<dir>%DIR))?)(?:\s+(?P<pod>%POD))?",
         "{year}-{month}-{day}",
         (("3 Februari 2026", "2026-02-03"), ("7 Januari", "XXXX-01-07"), ("20 Oktober lalu", "XXXX-10-20|dir=PAST"),
          ("28 Desember mendatang", "XXXX-12-28|dir=FUTURE"), ("17 Agustus tahun lalu", "Y-1-08-17"),
          ("tanggal 17 Agustus 1945", "1945-08-17"), ("31 Februari 2026", "2026-02-31")),
         starts=("#num", "%TANGGAL"),
         # a date naming a place ("Lapangan 13 Mei", "Jalan 17 Agustus", "Universitas 17 Agustus 1945")
         not_after=("lapangan", "jalan", "jl", "jl.", "gedung", "stadion", "monumen", "tugu", "taman", "alun-alun",
                    "universitas", "bundaran", "gang")),
    # ---------------------------------------------------------------- months, parts of months
    Rule("month-range",
         r"(?P<month>%MONTHF)\s*%THROUGH\s*%MONTHF\s+(?P<year>%YEAR4)",
         "{year}-{month}",
         (("Januari-Maret 2025", "2025-01"), ("Mei hingga Juli 2024", "2024-05")), starts=("%MONTHF",)),
    Rule("month-range-first",
         r"(?P<month>%MONTHF)(?=\s*%RANGE\s*%MONTHF\s+(?P<year>%YEAR4))",
         "{year}-{month}",
         (("[Januari] dan Maret 2025", "2025-01"),), starts=("%MONTHF",)),
    Rule("week-of-month",
         r"%PEKAN\s+(?P<ord>%ORD)\s+(?:%BULAN\s+)?(?P<month>%MONTHF)%YEAR_OPT",
         "{year}-{month}|mod={ordmod}",
         (("pekan pertama Februari", "XXXX-02|mod=START"), ("minggu terakhir Desember 2024", "2024-12|mod=END")),
         starts=("%PEKAN",)),
    Rule("part-of-month",
         r"(?P<mod>%MOD)\s+(?:%BULAN\s+)?(?P<month>%MONTHF)(?:%YEAR_OPT(?:\s+(?P<dir>%DIR))?)",
         "{year}-{month}",
         (("pertengahan Maret", "XXXX-03|mod=MID"), ("akhir Desember 2024", "2024-12|mod=END"),
          ("awal April lalu", "XXXX-04|dir=PAST|mod=START")), starts=("%MOD",)),
    # "November tahun yang sama", "Juni tahun itu": a month of the year told before
    Rule("month-of-that-year",
         r"(?P<month>%MONTHF)\s+(?:tahun|Tahun|TAHUN)\s+(?P<urel>yang\s+sama|itu|tersebut|sebelumnya|berikutnya)",
         "{anchor}:year{off}|mon={month}",
         (("November tahun yang sama", "REF:year+0|mon=11"), ("Juni tahun itu", "REF:year+0|mon=06"),
          ("Maret tahun berikutnya", "REF:year+1|mon=03")),
         starts=("%MONTHF",)),
    Rule("month",
         r"(?:%BULAN\s+)?(?P<month>%MONTHF)(?:%YEAR_OPT(?:\s+(?P<dir>%DIR))?)",
         "{year}-{month}",
         (("Januari", "XXXX-01"), ("Februari 2022", "2022-02"), ("Juni lalu", "XXXX-06|dir=PAST"),
          ("Oktober mendatang", "XXXX-10|dir=FUTURE"), ("bulan Maret tahun depan", "Y+1-03")),
         starts=("%MONTHF", "bulan"),
         not_after=("#NUM",)),       # a number before a month is its day, or names a place ("Lapangan 13 Mei")
    # ---------------------------------------------------------------- years, quarters, seasons, decades
    Rule("decade",
         r"(?:%TAHUN\s+|%ERA\s+)?(?P<decade>(?:1[5-9]|20)\d0)-?an|(?:%TAHUN|%ERA)\s+(?P<decade2>[1-9]0)-?an",
         "{decade}",
         (("tahun 1940-an", "194"), ("tahun 90-an", "199"), ("1980-an", "198")),
         starts=("#year", "%TAHUN", "%ERA")),
    Rule("quarter",
         r"(?:kuartal|Kuartal|KUARTAL|triwulan|Triwulan|TRIWULAN|kwartal|Kwartal)\s+(?P<q>%QORD)(?:(?:\s+|\s*-\s*)(?:%TAHUN\s+)?(?P<year>%YEAR4)|\s+%TAHUN\s+(?P<yrel>%OFFSET))?",
         "{year}-Q{q}",
         (("kuartal III 2014", "2014-Q3"), ("triwulan pertama tahun ini", "Y+0-Q1"), ("triwulan I-2015", "2015-Q1")),
         starts=("kuartal", "triwulan", "kwartal")),
    Rule("half-year",
         r"(?:semester|Semester|SEMESTER|paruh|Paruh)\s+(?P<q>I|II|1|2|pertama|kedua|Pertama|Kedua)(?:\s+(?:%TAHUN\s+)?(?P<year>%YEAR4)|\s+%TAHUN\s+(?P<yrel>%OFFSET))",
         "{year}-H{q}",
         (("semester I 2014", "2014-H1"), ("paruh pertama tahun depan", "Y+1-H1")), starts=("semester", "paruh")),
    Rule("century",
         r"(?:abad|Abad|ABAD)\s+(?:ke-?\s*)?(?P<century>[12]\d|[1-9])(?!\d)",
         "{century}",
         (("abad ke-21", "20"), ("abad 19", "18")), starts=("abad",)),
    Rule("holiday",
         # (not another's: "hari kemerdekaan Moldova", "Tahun Baru Imlek")
         r"(?:%HARI\s+(?:raya|Raya)\s+)?(?P<holiday>%HOLIDAY)(?!\s+(?!RI\b|Indonesia\b)[A-Z])(?:%YEAR_OPT(?:\s+(?P<dir>%YEARDIR))?)",
         "{year}-{holiday}",
         (("Natal", "XXXX-12-25"), ("Tahun Baru 2015", "2015-01-01"), ("hari raya Natal", "XXXX-12-25"),
          ("Hari Kemerdekaan", "XXXX-08-17"), ("Natal tahun lalu", "Y-1-12-25"), ("Natal lalu", "XXXX-12-25|dir=PAST")),
         starts=("%HOLIDAY", "hari")),
    # the holidays of the lunar calendars move each year: their days are in `holiday_dates.py`,
    # Easter's are computed; "H-3 Lebaran" is three days before it
    Rule("lunar-holiday",
         r"(?:H\s*(?P<hoff>[-+–]\s*\d{1,2})\s+)?(?:%HARI\s+(?:raya|Raya)\s+)?(?P<lunar>%LUNAR)"
         r"(?:%YEAR_OPT(?:\s+(?P<dir>%YEARDIR))?)",
         "HOL:{lunar}:{year}:{hoff}",
         (("Lebaran", "HOL:idul_fitri:XXXX:+0"), ("Idul Fitri 2014", "HOL:idul_fitri:2014:+0"),
          ("hari raya Nyepi", "HOL:nyepi:XXXX:+0"), ("Imlek tahun ini", "HOL:imlek:Y+0:+0"),
          ("Jumat Agung", "HOL:easter:XXXX:-2"), ("H-3 Lebaran", "HOL:idul_fitri:XXXX:-3"),
          ("Idul Adha lalu", "HOL:idul_adha:XXXX:+0|dir=PAST")),
         starts=("%LUNAR", "hari", "h")),
    # the fasting month spans parts of two Gregorian months: found, left without a value
    Rule("ramadan",
         r"(?:%BULAN\s+)?(?:%RAMADAN)(?:\s+(?P<year>%YEAR4))?",
         "LUNAR",
         (("Ramadhan", "LUNAR"), ("bulan Ramadan 2014", "LUNAR")), starts=("%RAMADAN", "bulan")),
    Rule("season",
         # (a season with no year and no "ini" is a habit, "setiap musim hujan", no time told)
         r"(?:musim|Musim)\s+(?P<season>%SEASON)(?:\s+(?:%TAHUN\s+)?(?P<year>%YEAR4)|\s+%TAHUN\s+(?P<yrel>%OFFSET)|\s+ini\b)",
         "{year}-{season}",
         (("musim panas 2014", "2014-SU"), ("musim dingin ini", "XXXX-WI")), starts=("musim",),
         not_after=("olimpiade", "paralimpiade", "universiade")),      # "Olimpiade Musim Dingin": a name
    Rule("part-of-year",
         r"(?P<mod>%MOD)\s+(?:%TAHUN\s+)?(?P<year>%YEAR4)(?:\s+(?P<dir>%YEARDIR))?",
         "{year}",
         (("akhir 2024", "2024|mod=END"), ("awal tahun 2025", "2025|mod=START")), starts=("%MOD",)),
    # the first or last day of a year named ("bertepatan dengan hari pertama tahun 2024")
    Rule("first-day-of-year", r"(?:hari|Hari)\s+pertama\s+%TAHUN\s+(?P<year>%YEAR4)", "{year}-01-01",
         (("hari pertama tahun 2024", "2024-01-01"),), starts=("hari",)),
    Rule("last-day-of-year", r"(?:hari|Hari)\s+terakhir\s+%TAHUN\s+(?P<year>%YEAR4)", "{year}-12-31",
         (("hari terakhir tahun 2023", "2023-12-31"),), starts=("hari",)),
    Rule("year",
         r"(?:%TAHUN\s+)?(?P<year>%YEAR4)(?:\s+(?P<dir>%YEARDIR))?",
         "{year}",
         (("2022", "2022"), ("tahun 1998", "1998"), ("2014 lalu", "2014|dir=PAST")), starts=("#year", "%TAHUN")),
    # ---------------------------------------------------------------- relative to the publication date
    Rule("weekend",
         r"(?:(?P<mod>%MOD)\s+)?(?:akhir|Akhir|AKHIR)\s+(?:%PEKAN|minggu)(?:\s+(?P<rel>%OFFSET))?",
         "DCT:week{off}|mod=END",       # "the end of the week" (the gold format has no -WE weekend)
         (("akhir pekan ini", "DCT:week+0|mod=END"), ("akhir pekan lalu", "DCT:week-1|mod=END")), starts=("%MOD",)),
    # "akhir pekan itu", "awal bulan itu", "akhir tahun tersebut": a part of the period told before
    Rule("weekend-that",
         r"(?:akhir|Akhir|AKHIR)\s+%PEKAN\s+%THAT",
         "REF:week+0|mod=END",
         (("akhir pekan itu", "REF:week+0|mod=END"), ("Akhir minggu tersebut", "REF:week+0|mod=END")), starts=("%MOD",)),
    Rule("part-of-that-unit",
         r"(?P<mod>%MOD)\s+(?P<unit>%CUNIT|%PEKAN)\s+%THAT",
         "REF:{unit}+0",
         (("awal bulan itu", "REF:month+0|mod=START"), ("Pertengahan bulan tersebut", "REF:month+0|mod=MID"),
          ("akhir tahun itu", "REF:year+0|mod=END"), ("awal pekan itu", "REF:week+0|mod=START")),
         starts=("%MOD",)),
    Rule("part-of-unit",
         r"(?P<mod>%MOD)\s+(?P<unit>%CUNIT)(?:\s+(?P<rel>%OFFSET))?",
         "DCT:{unit}{off}",
         (("awal bulan ini", "DCT:month+0|mod=START"), ("akhir tahun lalu", "DCT:year-1|mod=END"),
          ("awal tahun", "DCT:year+0|mod=START")), starts=("%MOD",)),
    # "pekan lalu", "bulan depan", "tahun ini" (from the publication date); "tahun berikutnya",
    # "hari sebelumnya", "hari yang sama" (from the date mentioned before): the last words decide
    Rule("unit-relative",
         r"(?P<unit>%CUNIT|%PEKAN)\s+(?P<urel>%UREL)",
         "{anchor}:{unit}{off}",
         (("pekan lalu", "DCT:week-1"), ("bulan depan", "DCT:month+1"), ("tahun ini", "DCT:year+0"),
          ("Minggu lalu", "DCT:week-1"), ("tahun berikutnya", "REF:year+1"), ("tahun sebelumnya", "REF:year-1"),
          ("hari sebelumnya", "REF:day-1"), ("hari yang sama", "REF:day+0"), ("tahun yang sama", "REF:year+0"),
          ("hari itu", "REF:day+0"), ("tahun tersebut", "REF:year+0"), ("Tahun itu", "REF:year+0"),
          ("bulan itu", "REF:month+0"), ("bulan tersebut", "REF:month+0"), ("pekan itu", "REF:week+0"),
          ("minggu tersebut", "REF:week+0"), ("hari itu juga", "REF:day+0")),
         not_after=("#NUM",), starts=("%CUNIT", "%PEKAN")),
    # "kemarin (19/11)": the written date wins, as after a weekday
    Rule("day-word-date",
         r"(?P<rday>%RDAY)\s*\(\s*(?P<day>%DAY)\s*/\s*(?P<mnum>%MNUM)(?:\s*/\s*(?P<year>%YEAR))?\s*\)"
         r"(?:\s+(?P<pod>%POD))?",
         "{year}-{month}-{day}",
         (("kemarin (19/11)", "XXXX-11-19"), ("hari ini (3/12/2014) pagi", "2014-12-03|pod=MO")),
         starts=("%RDAY",)),
    Rule("day-word",
         r"(?P<rday>%RDAY)(?:\s+(?P<pod>%POD))?",
         "DCT:day{off}",
         (("kemarin", "DCT:day-1"), ("kemarin pagi", "DCT:day-1|pod=MO"), ("hari ini", "DCT:day+0"),
          ("besok", "DCT:day+1"), ("lusa", "DCT:day+2"), ("kemarin lusa", "DCT:day-2")), starts=("%RDAY",)),
    Rule("part-of-today",
         r"(?:(?P<pod>%POD)\s+(?:ini|tadi|nanti)|(?:(?:tadi|Tadi)\s+(?!malam)|(?:nanti|Nanti)\s+)(?P<pod2>%POD))",
         "DCT:day+0",
         (("pagi ini", "DCT:day+0|pod=MO"), ("nanti malam", "DCT:day+0|pod=NI"), ("siang nanti", "DCT:day+0|pod=AF"),
          ("tadi pagi", "DCT:day+0|pod=MO")),     # ("tadi malam" is last night: "last-night" below)
         starts=("%POD", "tadi", "nanti")),
    # "tiga pekan lalu", "dua hari lagi" (from the publication date); "Lima bulan kemudian",
    # "sehari sebelumnya" (from the date mentioned before): one rule, the last word decides
    Rule("units-relative",
         r"(?:(?P<num>%NUM|%VAGUE)\s+(?P<unit>%CUNIT|%PEKAN)|(?P<se>%SEUNIT))\s+(?P<rdir>%AGO|%AHEAD|%AFTER|%BEFORE)",
         "{rdir}:{unit}{sign}{n}",
         (("tiga pekan lalu", "DCT:week-3"), ("tiga tahun lalu", "DCT:year-3"), ("setahun lalu", "DCT:year-1"),
          ("beberapa hari lalu", "DCT:day-X"), ("dua hari lagi", "DCT:day+2"), ("beberapa hari mendatang", "DCT:day+X"),
          ("dua hari kemudian", "REF:day+2"), ("Lima bulan kemudian", "REF:month+5"),
          ("Sepekan kemudian", "REF:week+1"), ("sehari setelahnya", "REF:day+1"),
          ("Sehari sebelumnya", "REF:day-1"), ("Dua hari sebelumnya", "REF:day-2")),
         not_after=("dalam", "selama", "tanggal", "tgl"), starts=("#num", "%NUM", "%VAGUE", "%SEUNIT")),
    Rule("next-day",
         r"(?:keesokan|Keesokan|esok|Esok)\s+(?:hari(?:nya)?|harinya)|(?:hari|Hari)\s+(?:berikutnya|selanjutnya|sesudahnya|setelahnya)",
         "REF:day+1",
         (("keesokan harinya", "REF:day+1"), ("hari berikutnya", "REF:day+1")),
         starts=("keesokan", "esok", "hari")),
    # "Keesokan paginya": the morning of the day after the one told
    Rule("next-part-of-day", r"(?:keesokan|Keesokan)\s+(?P<pod>%POD)nya", "REF:day+1",
         (("Keesokan paginya", "REF:day+1|pod=MO"), ("keesokan malamnya", "REF:day+1|pod=NI")), starts=("keesokan",)),
    Rule("part-of-that-day",
         r"(?P<pod>%POD)\s+(?:harinya|hari\s+itu|itu|tersebut|yang\s+sama)",
         "REF:day+0",
         (("malam harinya", "REF:day+0|pod=NI"), ("pagi itu", "REF:day+0|pod=MO"), ("Malam itu", "REF:day+0|pod=NI"),
          ("malam yang sama", "REF:day+0|pod=NI"),
          ("siang itu", "REF:day+0|pod=AF"), ("sore tersebut", "REF:day+0|pod=AF")), starts=("%POD",)),
    # ---------------------------------------------------------------- weekdays
    Rule("weekday-of-week",
         r"(?P<wd>%WD)\s+%PEKAN\s+(?P<rel>%OFFSET)",
         "DCT:week{off}|wd={wd}",
         (("Senin pekan lalu", "DCT:week-1|wd=1"),), starts=("%WD",), prefix=("hari",)),
    Rule("weekday",
         r"(?P<wd>%WD)(?:\s+(?P<pod>%POD))?(?:\s+(?P<dir>%WDDIR))?",
         "WD:{wd}",
         (("Kamis", "WD:4"), ("Sabtu malam", "WD:6|pod=NI"), ("Senin lalu", "WD:1|dir=PAST"),
          ("Jumat mendatang", "WD:5|dir=FUTURE"), ("hari Rabu", "WD:3")),
         not_after=("pasar", "jl", "jl.", "jalan", "gang", "kampung"), starts=("%WD",), prefix=("hari",)),
    # ---------------------------------------------------------------- clock times
    Rule("noon",
         r"(?:tengah|Tengah|TENGAH)\s+(?:hari|Hari|HARI)|(?:siang|Siang)\s+bolong",
         "T:12:00", (("tengah hari", "T:12:00"), ("siang bolong", "T:12:00")), type="TIME", starts=("tengah", "siang")),
    Rule("clock",
         r"(?:pukul|Pukul|PUKUL|jam|Jam)\s+(?P<hour>[01]?\d|2[0-4])(?:[.:](?P<minute>[0-5]\d))?(?:\s+(?P<pod>%POD))?",
         "T:{hour}:{minute}", (("pukul 10.30", "T:10:30"), ("pukul 20.00", "T:20:00"), ("pukul 7 malam", "T:19:00")),
         type="TIME", starts=("pukul", "jam")),
    Rule("clock-bare",
         r"(?P<hour>[01]?\d|2[0-3])[.:](?P<minute>[0-5]\d)(?=\s*%TZ)|(?P<hour2>[01]\d|2[0-3]):(?P<minute2>[0-5]\d)",
         "T:{hour}:{minute}", (("16:45", "T:16:45"),), type="TIME", starts=("#sep",)),
    # ---------------------------------------------------------------- durations and sets
    Rule("set-weekday",
         r"(?:setiap|Setiap|tiap|Tiap|saban|Saban)\s+(?:hari\s+)?(?P<wd>%WD)",
         "XXXX-WXX-{wd}", (("setiap Senin", "XXXX-WXX-1"),), type="SET", starts=("setiap", "tiap", "saban")),
    Rule("set",
         r"(?:setiap|Setiap|tiap|Tiap|saban|Saban)\s+(?:(?P<num>%NUM)\s+)?(?P<unit>%UNIT)(?:nya)?",
         "{dur}", (("setiap tahun", "P1Y"), ("tiap dua pekan", "P2W"), ("setiap harinya", "P1D")), type="SET",
         starts=("setiap", "tiap", "saban")),
    Rule("duration",
         r"(?:(?P<num>%NUM)\s+(?P<unit>%UNIT)(?:\s+%LAST)?|(?P<num2>%VAGUE)\s+(?P<unit2>%UNIT)"
         r"|(?P<se>%SEUNIT)(?!-)(?:\s+%LAST)?|(?P<ber>%BERUNIT))",
         "{dur}",
         (("enam tahun", "P6Y"), ("satu setengah jam", "PT1H30M"), ("setahun", "P1Y"), ("setahun terakhir", "P1Y"),
          ("dua pekan terakhir", "P2W"),
          ("90 hari", "P90D"), ("bertahun-tahun", "PXY"), ("beberapa bulan", "PXM"), ("satu dekade", "P10Y")),
         type="DURATION", starts=("#num", "%NUM", "%VAGUE", "%SEUNIT", "%BERUNIT")),
    # ---------------------------------------------------------------- vague references
    Rule("past-ref", r"%PASTREF|(?:%VAGUE)\s+%CUNIT\s+(?:terakhir|belakangan|belakangan\s+ini)",
         "PAST_REF", (("baru-baru ini", "PAST_REF"), ("beberapa waktu terakhir", "PAST_REF")),
         starts=("%PASTREF", "%VAGUE")),
    Rule("present-ref", r"%PRESENTREF", "PRESENT_REF", (("kini", "PRESENT_REF"), ("saat ini", "PRESENT_REF")),
         starts=("%PRESENTREF",)),
    Rule("future-ref", r"%FUTUREREF|(?:%VAGUE)\s+%CUNIT\s+(?:ke\s+depan)",
         "FUTURE_REF", (("masa mendatang", "FUTURE_REF"), ("dalam waktu dekat", "FUTURE_REF"),
                        ("suatu saat nanti", "FUTURE_REF")), starts=("%FUTUREREF", "%VAGUE")),
    # "hari pertama perang": the first day of an event the text names; no date without the event
    # "hari kedua pencarian": the n-th day of an event the text names; dated by where it names it
    Rule("nth-day", r"(?:hari|Hari)\s+(?:(?P<ord>%DAYORD)|ke-?\s*(?P<nth>[1-9]\d?))",
         "REF:nth-day+{nth}", (("hari pertama", "REF:nth-day+0"), ("hari ketiga", "REF:nth-day+2"),
                               ("hari ke-7", "REF:nth-day+6")), starts=("hari",)),
    # "kala itu", "saat itu": the time just told
    Rule("that-time", r"(?:%THATTIME)\s+(?:itu|tersebut)", "REF:same",
         (("Kala itu", "REF:same"), ("saat itu", "REF:same"), ("ketika itu", "REF:same"), ("Sejak itu", "REF:same"),
          ("saat tersebut", "REF:same")), starts=("%THATTIME",)),
    Rule("last-night", r"(?:semalam|Semalam|tadi\s+malam|Tadi\s+malam)(?!-)", "DCT:day-1|pod=NI",
         (("semalam", "DCT:day-1|pod=NI"), ("tadi malam", "DCT:day-1|pod=NI")), starts=("semalam", "tadi")),
    Rule("daily", r"(?:sehari-hari|Sehari-hari)(?:nya)?", "P1D", (("sehari-hari", "P1D"),), type="SET",
         starts=("sehari",)),
]

PIECES.update({
    "RDAY": alternation(["kemarin lusa", "kemarin", "hari ini", "besok", "esok hari", "esok", "lusa", "besok lusa"]),
    "DAYORD": alternation(["pertama", "kedua", "ketiga", "keempat", "kelima", "keenam", "ketujuh",
                           "kedelapan", "kesembilan", "kesepuluh", "terakhir"]),
    "THATTIME": alternation(["kala", "saat", "waktu", "ketika", "masa", "zaman", "sejak"]),
    # "setahun terakhir": a span up to now, told with its last word (a vague amount is PAST_REF)
    "LAST": alternation(["terakhir", "belakangan ini", "belakangan"]),
    "YEARDIR": alternation(["lalu", "silam", "yang lalu", "ini", "mendatang", "nanti"]) + r"(?!\s+[Ll]intas)",
    "WDDIR": alternation(["lalu", "yang lalu", "kemarin", "depan", "mendatang", "ini", "nanti"]) + r"(?!\s+[Ll]intas)",
    "PASTREF": w.PAST_REF_WORD,
    "PRESENTREF": w.PRESENT_REF_WORD,
    "FUTUREREF": alternation(w.FUTURE_REF + ("dalam waktu dekat",)),
})
# holidays on a fixed day of the Gregorian calendar (MM-DD), and those of the lunar calendars
HOLIDAYS = {"Natal": "12-25", "Tahun Baru": "01-01", "Hari Kemerdekaan": "08-17", "HUT RI": "08-17",
            "Hari Buruh": "05-01", "Hari Pahlawan": "11-10", "Hari Kartini": "04-21", "Hari Pancasila": "06-01",
            "Hari Sumpah Pemuda": "10-28", "Malam Tahun Baru": "12-31", "Hari Valentine": "02-14"}
# the holidays of the lunar calendars: the name in `holiday_dates.DATES` (or "easter", computed)
# and the days from it ("Jumat Agung" is two days before Easter)
LUNAR = {"lebaran": ("idul fitri", 0), "idul fitri": ("idul fitri", 0), "idulfitri": ("idul fitri", 0),
         "idul adha": ("idul adha", 0), "iduladha": ("idul adha", 0), "idul kurban": ("idul adha", 0),
         "iduladha": ("idul adha", 0), "imlek": ("imlek", 0), "tahun baru imlek": ("imlek", 0),
         "nyepi": ("nyepi", 0), "waisak": ("waisak", 0), "tahun baru islam": ("tahun baru islam", 0),
         "maulid nabi": ("maulid nabi", 0), "maulid nabi muhammad": ("maulid nabi", 0),
         "isra miraj": ("isra miraj", 0), "isra mikraj": ("isra miraj", 0),
         "paskah": ("easter", 0), "jumat agung": ("easter", -2), "kenaikan isa almasih": ("easter", 39)}
# written any way ("malam tahun baru", "Malam Tahun Baru") except "natal" in lower case, which is
# also "birth" ("kota natal", a home town)
PIECES["HOLIDAY"] = alternation([h.lower() for h in HOLIDAYS if h != "Natal"]) + "|" + alternation(["natal"], lower=False)
PIECES["LUNAR"] = alternation(LUNAR)
PIECES["RAMADAN"] = alternation(["ramadhan", "ramadan"])

# the words behind each %PIECE a rule may start with (see Rule.starts)
STARTS = {
    "WD": weekdays.WEEKDAYS, "MONTHF": months.FULL_MONTHS, "TANGGAL": ("tanggal", "tgl"),
    "PEKAN": ("pekan", "minggu"), "MOD": w.MODS, "TAHUN": ("tahun",), "ERA": ("era", "dekade", "dasawarsa"),
    "CUNIT": w.CALENDAR_UNITS, "RDAY": ("kemarin", "hari", "besok", "esok", "lusa"),
    "POD": weekdays.PARTS_OF_DAY, "NUM": tuple(numbers.ONES) + tuple(numbers.SPECIAL), "VAGUE": numbers.VAGUE,
    "SEUNIT": w.SE_UNITS, "BERUNIT": w.BER_UNITS, "PASTREF": w.PAST_REF, "PRESENTREF": w.PRESENT_REF,
    "FUTUREREF": w.FUTURE_REF + ("dalam",), "HOLIDAY": HOLIDAYS, "LUNAR": LUNAR, "RAMADAN": ("ramadhan", "ramadan"),
    "THATTIME": ("kala", "saat", "waktu", "ketika", "masa", "zaman", "sejak"),
}

# the words after a unit in "unit-relative": from which date, how many of the unit
UNIT_RELATIVE = {**{word: ("DCT", n) for word, n in w.OFFSETS.items()},
                 **{word: ("REF", 1) for word in ("berikutnya", "selanjutnya", "sesudahnya", "setelahnya")},
                 "sebelumnya": ("REF", -1), "yang sama": ("REF", 0), "itu juga": ("REF", 0),
                 "itu": ("REF", 0), "tersebut": ("REF", 0)}
PIECES["UREL"] = alternation(UNIT_RELATIVE)

# the last word of "units-relative": what the amount counts from, and which way
RELATIVE_WORDS = {**{word: ("DCT", "-") for word in w.DCT_AGO}, **{word: ("DCT", "+") for word in w.DCT_AHEAD},
                  **{word: ("REF", "+") for word in w.REF_AFTER}, **{word: ("REF", "-") for word in w.REF_BEFORE}}

# "hari ini" etc. offsets for the day-word rule
DAY_WORDS = {"kemarin lusa": -2, "kemarin": -1, "hari ini": 0, "besok": 1, "esok hari": 1, "esok": 1,
             "lusa": 2, "besok lusa": 2}
