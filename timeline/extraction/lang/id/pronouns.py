"""Pronouns that point back to a person already named.

SUBJECT: standalone pronouns ("Ia mengatakan", "kata dia", "beliau").
CLITIC_WORDS: words ending in the clitic -nya that stand for a person ("menurutnya",
"kepadanya", "dirinya"); other -nya words (possessive of things) are left alone.
GROUP: plural pronouns that point back to the organization last named, in their sentence or
the one before ("Pemberontak M23 merebut Goma. Sebulan kemudian, mereka ..." -> M23).
Example: "Trump mengancam Petro. Ia mengatakan ..." -> Ia = Trump (the subject before).
"""
from __future__ import annotations

SUBJECT = frozenset(("ia", "dia", "beliau", "dirinya"))
CLITIC_WORDS = frozenset(("menurutnya", "kepadanya", "baginya", "darinya", "olehnya", "dengannya",
                          "terhadapnya", "padanya", "bersamanya", "untuknya"))
GROUP = frozenset(("mereka",))
# A pronoun right after one of these opens a clause about the person named just before it in its
# sentence ("yang pertama bagi Wong sejak ia dilantik" -> Wong)
SUBORDINATORS = frozenset(("sejak", "setelah", "sesudah", "sebelum", "ketika", "saat", "sewaktu", "karena",
                           "sehingga", "meski", "meskipun", "walaupun", "agar", "supaya", "begitu", "seusai"))
# Nouns that, with "itu"/"tersebut", point back to the organization last named, in their sentence
# or the one before ("ECOWAS menjatuhkan sanksi. Blok itu juga ..." -> ECOWAS).
GROUP_NOUNS = ("blok", "organisasi", "aliansi", "kelompok", "perhimpunan", "koalisi")
GROUP_DEMONSTRATIVES = ("itu", "tersebut")
# ... with one of these words between ("blok regional itu", "aliansi militer tersebut")
GROUP_MODIFIERS = ("regional", "kawasan", "internasional", "militer", "pertahanan", "ekonomi", "dagang", "perdagangan")
# "para pemimpin" told bare after a summit ("KTT ke-46 ASEAN ... Para pemimpin sepakat ...") are the
# leaders of the body whose summit it is: the organization named right after the last summit word
# that names one (within SUMMIT_REACH characters), within SUMMIT_LOOKBACK characters before; so are
# "para menteri" the ministers of the body named after "menteri" ("pertemuan para menteri luar negeri
# ASEAN ... para menteri menegaskan ...").
SUMMIT_LEADERS = {"para pemimpin": ("ktt", "konferensi tingkat tinggi", "pertemuan puncak"),
                  "para menteri": ("menteri",)}
SUMMIT_REACH = 30
# The word that makes a title a reference to the one last named with it ("Presiden Kolombia Gustavo
# Petro tiba di Washington. Sang presiden kemudian bertemu ..." -> Petro)
DEFINITE = "sang"
# Capitalized phrases that stand for the holder of an office ("Setibanya di Bandara Galeao, Kepala Negara
# disambut ..."): the phrase -> the title word and the state of the one it names, the last named
# whose title holds the word, of that state if one is
OFFICE_PHRASES = {"Kepala Negara": ("presiden", "Indonesia")}
SUMMIT_LOOKBACK = 1500
