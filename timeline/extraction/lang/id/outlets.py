"""Indonesian news outlets as their datelines and bylines spell them: (name, spellings). No spelling
that is also a word ("antara", "detik", "tempo", "kumparan"), which a capitalized headline spells too.

A spelling is matched case-sensitively as a whole word in the head of an article (its first lines:
"JAKARTA, KOMPAS.com –", "Jakarta (ANTARA) -", "Liputan6.com, Jakarta -", "detikNews") or its last
lines ("(ANTARA)", "Sumber: Kompas.com"). Example: "Jakarta (ANTARA) - Presiden ..." -> "ANTARA".
"""
from __future__ import annotations

OUTLETS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Kompas.com", ("KOMPAS.com", "Kompas.com", "KOMPAS.COM", "Kompas.id")),
    ("ANTARA", ("(ANTARA)", "ANTARA News", "antaranews.com")),
    ("detikcom", ("detikNews", "detikcom", "detik.com", "detikFinance", "detikEdu")),
    ("Tempo", ("TEMPO.CO", "Tempo.co")),
    ("CNN Indonesia", ("CNN Indonesia", "CNNIndonesia.com")),
    ("CNBC Indonesia", ("CNBC Indonesia",)),
    ("Republika", ("REPUBLIKA.CO.ID", "Republika.co.id", "Republika")),
    ("Liputan6.com", ("Liputan6.com", "Liputan6")),
    ("kumparan", ("kumparanNEWS", "kumparanBISNIS", "kumparan.com")),
    ("Tribunnews", ("TRIBUNNEWS.COM", "Tribunnews.com", "Tribunnews")),
    ("Okezone", ("Okezone.com", "okezone.com", "Okezone")),
    ("Media Indonesia", ("mediaindonesia.com", "MEDIAINDONESIA.COM", "Media Indonesia", "(MI)")),
    ("Bisnis.com", ("Bisnis.com", "JIBI")),
    ("Kontan", ("KONTAN.CO.ID", "Kontan.co.id")),
    ("Sindonews", ("SINDOnews", "Sindonews.com", "SINDOnews.com")),
    ("Suara.com", ("Suara.com", "SUARA.com")),
    ("IDN Times", ("IDN Times",)),
    ("Merdeka.com", ("Merdeka.com", "merdeka.com")),
    ("Jawa Pos", ("JawaPos.com", "Jawa Pos")),
    ("Katadata", ("Katadata.co.id", "Katadata")),
    ("The Jakarta Post", ("The Jakarta Post",)),
    ("VOA Indonesia", ("VOA Indonesia",)),
    ("BBC News Indonesia", ("BBC News Indonesia", "BBC Indonesia")),
    ("Kantor Berita Politik RMOL", ("RMOL.ID",)),
)
