"""Extraction grows linearly with the text (QA report 22, item 3: a 1.86 MB digest, one article
repeated 3,000 times, took minutes). Counted, not timed: the comparisons merge makes, what the
pronoun step looks at, and the index it asks (`_Told`) against walking the mentions."""
import datetime as dt
import random
from pathlib import Path

from timeline.extraction import extract
from timeline.extraction.actors import pronouns
from timeline.extraction.events import merge

DCT = dt.date(2026, 2, 10)
SEED = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))[0]
# the article of the QA's digest (pairs of states "kedua negara", a planned signing, a visit)
DIGEST_ARTICLE = (
    "Jakarta (ANTARA) - Presiden Prabowo Subianto dan Perdana Menteri Australia Anthony Albanese mengumumkan "
    "perjanjian keamanan bilateral baru di Sydney, Rabu (12/11/2025) pukul X.\n"
    "Dalam perjanjian itu, kedua negara sepakat untuk saling berkonsultasi jika keamanan salah satu pihak terancam.\n"
    "Albanese menyebut perjanjian tersebut sebagai momen bersejarah dalam hubungan kedua negara.\n"
    "Perjanjian akan ditandatangani saat Albanese berkunjung ke Jakarta pada Januari 2026.\n"
    "Prabowo juga meninjau kapal perang Australia HMAS Canberra di Pelabuhan Sydney pada hari yang sama.\n"
    "China belum menanggapi pengumuman perjanjian tersebut.\n\n"
)


def _calls(monkeypatch, module, name: str, text: str) -> int:
    """How many times extracting `text` calls `module.name`."""
    calls = [0]
    function = getattr(module, name)

    def counted(*args):
        calls[0] += 1
        return function(*args)

    monkeypatch.setattr(module, name, counted)
    extract(text, dct=DCT)
    monkeypatch.setattr(module, name, function)
    return calls[0]


def _fits_counted(monkeypatch, text: str) -> int:
    """How many times merge compares a mention with an event told, extracting `text`."""
    return _calls(monkeypatch, merge, "_fit", text)


def test_merge_compares_ten_times_the_mentions_in_ten_times_the_copies(monkeypatch):
    # (before the index: 1,198 and 97,633 comparisons for the seed, 295 and 25,540 for the digest's article;
    # the events are shelved from the first here, where an ordinary article looks at each of its few)
    monkeypatch.setattr(merge, "_SHELVED_FROM", 1)
    for article in (SEED.read_text(encoding="utf-8").strip() + "\n\n", DIGEST_ARTICLE):
        ten, hundred = _fits_counted(monkeypatch, article * 10), _fits_counted(monkeypatch, article * 100)
        assert 0 < hundred <= 12 * ten, (ten, hundred)


def test_merge_finds_the_same_events_shelved_or_not(monkeypatch):
    # the shelves only spare comparisons: a digest merges alike with them from the first event or never
    text = SEED.read_text(encoding="utf-8").strip() + "\n\n" + DIGEST_ARTICLE * 30
    found = []
    for shelved_from in (1, 10 ** 9):
        monkeypatch.setattr(merge, "_SHELVED_FROM", shelved_from)
        found.append(extract(text, dct=DCT).to_json())
    assert found[0] == found[1] and len(found[0]["events"]) > 5


def test_pairs_of_states_look_only_at_the_people_of_their_sentence(monkeypatch):
    seen = []
    states_of_people = pronouns._states_of_people

    def recorded(named, actors):
        seen.append(len(named))
        return states_of_people(named, actors)

    monkeypatch.setattr(pronouns, "_states_of_people", recorded)
    extract(DIGEST_ARTICLE * 50, dct=DCT)
    assert len(seen) == 100 and max(seen) <= 4, seen[:10]


class _A:
    def __init__(self, name):
        self.name = name


def test_told_answers_as_walking_the_mentions_would():
    rnd = random.Random(22)
    actors = [_A(n) for n in "ABCDEF"] + [_A("A")]      # (two actors may bear one name)
    for _ in range(200):
        items, at = [], 0
        for _ in range(rnd.randrange(0, 30)):
            at += rnd.randrange(0, 3)           # (two mentions may open at one place)
            items.append((at, rnd.choice(actors[:rnd.randrange(1, 8)])))
        told = pronouns._Told(items)
        for pos in range(-1, at + 2):
            before = [x for x in items if x[0] < pos]
            k = told.before(pos)
            assert told.items[:k] == before
            recent = []
            for _, a in reversed(before):
                if all(a is not b for b in recent):
                    recent.append(a)
            assert told.recent(k) == recent[:4]
            names = {a.name for a in recent}
            assert told.count(names, pos) == {n: sum(a.name == n for _, a in before) for n in names}
            assert told.several(k) == (len({id(a) for _, a in before}) >= 2)


def _names_compared(monkeypatch, n: int) -> int:
    """How many person names the actors step reads to merge the names of `n` people an article names."""
    import timeline.extraction.actors as actors
    rng = random.Random(n)
    syllables = ["ka", "ri", "mo", "tu", "le", "na", "si", "po", "du", "ge", "ba", "wi"]
    names = {" ".join("".join(rng.choice(syllables) for _ in range(4)).capitalize() for _ in range(2))
             for _ in range(n)}
    text = "".join(f"Menteri Luar Negeri {name} bertemu mitranya di Jakarta pada Senin (9/2/2026).\n"
                   for name in sorted(names))
    return _calls(monkeypatch, actors, "_compared", text)


def test_the_people_a_digest_names_are_compared_with_those_sharing_a_word_only(monkeypatch):
    # (each name was compared with every person named before it: held-out articles joined on one line,
    # 1.9 MB, took 29 s of CPU, much of it there)
    fifty, five_hundred = _names_compared(monkeypatch, 50), _names_compared(monkeypatch, 500)
    assert 0 < five_hundred <= 12 * fifty, (fifty, five_hundred)


def test_a_reference_back_looks_at_the_last_events_of_its_kind_only(monkeypatch):
    # ("Dalam perjanjian itu": each reference weighed every agreement told before it, thousands in a digest)
    from timeline.extraction.events import sentence
    months = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
              "November", "Desember"]
    story = ("Kolombia dan Peru menandatangani perjanjian dagang di Lima pada {day} {month} {year}.\n"
             "Dalam perjanjian itu, kedua negara sepakat menghapus tarif.\n\n")
    weighed = []
    for stories in (100, 1000):     # (each agreement on a day of its own: none merges into another)
        weighed.append(_calls(monkeypatch, sentence, "_told_as", "".join(
            story.format(day=1 + n % 28, month=months[n // 28 % 12], year=2000 + n // 336) for n in range(stories))))
    # (ten times the stories, some fourteen times the weighing, as the first sixty-four fill the reach; each
    # one weighed against every earlier one was a hundred times: 5,050 and 500,500)
    assert 0 < weighed[1] <= 20 * weighed[0], weighed
