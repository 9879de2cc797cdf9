"""The shortcuts actors/ takes for speed find what the plain way finds."""
import pytest

from timeline.extraction.actors import load_lang
from timeline.extraction.actors.pronouns import _pair_matches


@pytest.mark.parametrize("text", [
    "kedua negara sepakat. dua negara, keduanya dan kedua menteri",
    "induanya kedua pihak kedua kepala negara bertemu; kedua kepala pemerintahan",
    "sekedua negara keduanyalah dua menteri-dua negara",
    "ketiga pemimpin dan kedua negara; ketiganya, tiga negara dan setiga negara",
    "keempat menteri, empat negara dan keempatnya; sekeempat negara",
    "",
])
def test_pair_matches_finds_what_finditer_finds(text):
    L = load_lang("id")
    assert [m.span() for m in _pair_matches(L.pair_rx, text, L.count_words)] == [m.span() for m in L.pair_rx.finditer(text)]


def test_every_group_reference_opens_with_a_count_word():
    assert load_lang("id").pair_dua


def test_the_trie_holds_every_gazetteer_key_and_nothing_else():
    L = load_lang("id")
    seen = {}

    def walk(level, path):
        for word, (entry, longer) in level.items():
            key = path + (word,)
            assert (key in L.prefixes) == (longer is not None)
            if entry is not None:
                seen[key] = entry
            if longer:
                walk(longer, key)

    walk(L.trie, ())
    assert seen == L.gazetteer


TEXT = ("JAKARTA, KOMPAS.com - Presiden Prabowo Subianto (kanan) menerima PM Anwar.\n"
        "Baca juga: Berita lain yang tidak dibaca\n"
        "Menteri Luar Negeri Sugiono bertemu Dr. Kao Kim Hourn (Sekjen ASEAN), Selasa.\n"
        "Penulis: Redaksi\n"
        "Kedua negara sepakat memperkuat kerja sama SPBU-nya.\n")


def test_tokens_are_what_the_token_pattern_finds_in_the_news_sentences():
    from timeline.extraction.actors.tokens import _SPLIT_TOKEN, _tokenize
    from timeline.extraction.text import split_sentences

    sentences = [s for s in split_sentences(TEXT) if s.kind in ("body", "headline", "heading")]
    T = _tokenize(TEXT, sentences)
    assert len(sentences) == 3 and TEXT.index("Baca") < sentences[1].start      # news apart from boilerplate
    expected = []           # (start, end, surface, sentence, first of it): one sentence at a time
    for si, s in enumerate(sentences):
        words = [m for m in _SPLIT_TOKEN.finditer(TEXT, sentences[0].start, sentences[-1].end)
                 if s.start <= m.start(1) < s.end]
        opening = next((n for n, m in enumerate(words) if m[1] != "("), len(words) - 1)
        expected += [(m.start(1), m.end(1), m[1], si, n <= opening) for n, m in enumerate(words)]
    assert list(zip(T.starts, T.ends, T.surfaces, T.sents, T.firsts)) == expected
    assert T.lows == [w.lower() for w in T.surfaces] and T.caps == [w[0].isupper() for w in T.surfaces]
    assert "Dr" in T.surfaces          # its period left out


def test_the_token_split_for_a_text_without_underscores_finds_the_same_tokens():
    from timeline.extraction.actors.tokens import _SPLIT_TOKEN, _SPLIT_TOKEN_NO_UNDERSCORE

    text = TEXT + "Café «Erdoğan» x+ Ağa-nya, O’Neil-nya. ١٢٣ B-52 ²³ Ⅻ-nya ½ 3.5 ﬁ ǅemal\u0301 𝐀𝐁 日本 ."
    assert "_" not in text
    assert _SPLIT_TOKEN_NO_UNDERSCORE.split(text) == _SPLIT_TOKEN.split(text)


@pytest.mark.parametrize("text", [
    TEXT,
    "Café «Erdoğan» x+ Ağa-nya, O’Neil-nya. ١٢٣ B-52 ²³ Ⅻ-nya ½ 3.5 ﬁ ǅemal\u0301 𝐀𝐁 日本 .",
    "SPBU-nya. a-nya -nya x- OPEC+ (AS) U.S. “Kami” Qur’an 1,5 Rp10.000",
    "dua  spasi\nbaris\tTab  é-nya İstanbul",
    "Jakarta, 2025. kata\" a_b c_d-nya, Dr. x.’ y’ (12/5). AS-China,\u00a0nbsp ", " lead", "trail ", "", "x",
    "Rusia.\nPerang (KTT), (AS). (a_b) (é)\n(KLCC)\n-nya (x)y ()) (Ağa).\n\nkata”\nSPBU-nya.\n",
    "benar-benar ke-47, a--b -x x- Nya-nyaa hal-hal. AS-Nya x-nyai é-Ağa, a-b-c’ 1-2- a_b-c",
])
def test_the_words_are_the_pieces_the_token_pattern_splits_off(text):
    from timeline.extraction.actors.tokens import _SPLIT_TOKEN, _words

    pieces = _SPLIT_TOKEN.split(text)           # gap, token, ..., gap
    expected, at = [], 7
    for i, piece in enumerate(pieces):
        if i % 2 and piece != "-nya":
            expected.append((at, at + len(piece), piece))
        at += len(piece)
    assert list(zip(*_words(text, 7))) == expected
