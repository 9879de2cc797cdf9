"""Function words of Indonesian that events/ reads to find clauses, the background and the shape
of a verb. The words of each event type are in triggers.py, those of status and time in status.py.
"""
from __future__ import annotations

# A trigger right after these tells the background of the news ("seusai pertemuan", "setelah
# menuding India menyerang"); a date after them (or after SINCE_WORDS) is a background event's.
AFTER_WORDS = ("seusai", "usai", "setelah", "sesudah", "selepas", "sebelum", "dari")
# A noun after one of these describes what was told ("Itu merupakan kunjungan pertama Modi ke
# China"): it points back to that event, as "kunjungan itu" does
COPULAS = ("merupakan", "adalah", "ialah")
SINCE_WORDS = ("sejak", "semenjak")
# Where a time since named by an event ends ("pertama sejak invasi Rusia ke Ukraina di Riyadh, ..."):
# who and where it names up to there are its own, no party to the clause it dates from.
SINCE_PHRASE_ENDS = (",", " di ", " pada ")
# A superlative before "sejak": the date is what a level is compared with ("naik ke tingkat tertinggi
# sejak 1983, menurut EIA"), no time of telling
SINCE_COMPARED = ("tertinggi", "terendah", "terbesar", "terkecil", "terburuk", "terbaik", "terparah", "terlama",
                  "terkuat", "terlemah", "tercepat", "terbanyak", "terdalam", "terpanas", "terdingin")

# An opening adverbial clause, closed by its comma: "Seusai bertemu Xi, Scholz menggelar ...",
# "Menjelang KTT, ...". The first group tells what came before the news.
AFTER_OPENERS = ("seusai", "usai", "setelah", "sesudah", "selepas")
BEFORE_OPENERS = ("sebelum", "menjelang", "jelang")
# A sentence opening right after the last thing told ("Setelah itu, ia berencana berbicara dengan Zelensky"):
# on that thing's day
AFTER_THAT = ("setelah itu,", "sesudah itu,", "seusai itu,", "usai itu,", "selepas itu,")

# Words opening a clause of their own after a space ("..., sementara militer Thailand ...").
CLAUSE_JOINS = ("sementara", "sedangkan", "tetapi", "saat", "ketika")
# A span of time before a clause opener (", dua pekan setelah ...", ", sehari sebelum ...").
SPAN_BEFORE_OPENER = (r"(?:(?:lebih|kurang)\s+dari\s+|sekitar\s+|hampir\s+)?(?:[\w-]+\s+)?(?:hari|pekan|minggu|bulan|tahun|jam)\s+|"
                      r"(?:sehari|sepekan|seminggu|sebulan|setahun)\s+")

# The relative pronoun, and the relative clauses that tell of a noun's object ("perjanjian yang
# diteken pada 2024") or of the occasion held ("pertemuan yang digelar di Jakarta").
RELATIVE_WORD = "yang"       # the word that opens a relative clause
RELATIVE = r"\b" + RELATIVE_WORD + r"\b"
# What opens a relative clause right before its verb ("yang", "yang teksnya telah"): the verb tells of the
# noun before it
RELATIVE_LEAD = r"\byang\s+(?:\w+nya\s+)?(?:telah\s+|sudah\s+|pernah\s+)?$"
RELATIVE_OBJECT = r"\byang\s+(?:\w+nya\s+)?(?:telah\s+|sudah\s+|pernah\s+)?(?:di|ter)\w+\b"   # ("yang teksnya telah disepakati")
# An aside set off by commas that tells how the verb's words came, not of someone named ("Raisi, dalam
# pernyataan yang dirilis pada hari yang sama, memperingatkan ...", "Bayraktar, yang dihubungi Anadolu
# kemarin, mengatakan ..."): its date is the verb's
MEDIUM_ASIDE = r"(?i),\s*(?:dalam|melalui|lewat|via|saat|ketika|yang\s+(?:dihubungi|ditemui|dijumpai|diwawancarai|dikonfirmasi))\s"
# The medium a quoted saying came through, told between the speaker and the date ('"...," kata Biden dalam
# pernyataan tertulis yang dirilis Gedung Putih pada Kamis (11/1) malam'): the date is the saying's, however
# far the medium's words put it (`SAY_MEDIUM_REACH` in events/sentence.py)
SAY_MEDIUM = (r"\b(?:dalam|melalui|lewat|via)\s+(?:[\w-]+\s+){0,2}?(?:pernyataan|keterangan|siaran\s+pers|konferensi\s+pers|"
              r"jumpa\s+pers|wawancara|video|unggahan|pidato|surat|rekaman|pesan)\b")
# Of those relative clauses (RELATIVE_OBJECT), the ones that describe their noun rather than tell a deed
# ("konsorsium yang dipimpin perusahaan Australia", "kelompok yang didukung Iran"): the date after one may be
# the main verb's
RELATIVE_STATIVE = ("dipimpin", "dimiliki", "dikuasai", "didukung", "dikenal", "dijuluki", "diketuai", "dikelola",
                    "dihuni", "terletak", "terdiri", "tergabung")
RELATIVE_HELD = (r"\byang\s+(?:akan\s+)?(?:digelar|diadakan|berlangsung|dilaksanakan|dijadwalkan|disiarkan|disampaikan|"
                 r"diumumkan|dibacakan|diteken|ditandatangani|dirilis|diunggah|dikeluarkan|diterbitkan|dipublikasikan|ditayangkan)\b")
# A relative clause telling what was meant to happen ("Pertemuan X yang sedianya digelar pekan ini
# ditunda"): the predicate after it may call the event off.
RELATIVE_SUPPOSED = (r"\byang\s+(?:\w+\s+)?(?:sedianya|semula|awalnya|seharusnya|mestinya|dijadwalkan|"
                     r"direncanakan)\b")
# Nouns that point back to whatever was told before ("Namun, acara itu dibatalkan"): called off,
# the plan told in the sentence before is cancelled.
GENERIC_REF = r"\b(?:acara|agenda|rencana|kegiatan|jadwal)\s+(?:itu|tersebut)\b"
# An accord on when to meet again is the next meeting, planned, not an agreement: after "sepakat"
# ("sepakat menggelar pertemuan trilateral berikutnya", "sepakat bertemu kembali", "sepakat KTT
# berikutnya akan digelar di Kolombia", "setuju memulai pembicaraan") or before "disepakati" ("Dialog
# 2+2 berikutnya disepakati digelar di Jakarta")
AGREED_MEETING = (r"\s+(?:untuk\s+)?(?:(?:kembali\s+)?bertemu\b|(?:menggelar|mengadakan|memulai)\s+(?:[\w+-]+\s+)?"
                  r"(?:pertemuan|ktt|dialog|sidang|perundingan|pembicaraan|konferensi)\b|(?:bahwa\s+)?(?:ktt|pertemuan|dialog|sidang)\s+"
                  r"(?:[\w+-]+\s+){0,2}?(?:berikutnya|selanjutnya|lanjutan)\b)")
# ... and a deal agreed to be put in force is the agreement itself, made then ("sepakat melakukan
# gencatan senjata": no planned ceasefire beside the agreement)
DEAL_AGREED = r"\s+(?:untuk\s+)?(?:segera\s+)?(?:melakukan|memberlakukan|menerapkan|melaksanakan)\s+"
# ... so is a change of relations agreed ("sepakat memulihkan hubungan diplomatik", "sepakat meningkatkan
# hubungan menjadi Kemitraan Strategis Komprehensif"): the relations change then, by that accord
RELATIONS_AGREED = r"\s+(?:untuk\s+)?(?:segera\s+)?"
MEETING_AGREED = r"(?:ktt|pertemuan|dialog|sidang|perundingan)\s+(?:[\w+-]+\s+){0,5}?(?:berikutnya|selanjutnya|lanjutan)\s+$"
# A date restated more precisely after it ("sepekan sebelumnya ..., tepatnya pada 12 November"):
# what lies between the two; the second dates what the first would have
RESTATED_DATE = r"[^.;:\"“”]{0,60}?,?\s*(?:tepatnya|persisnya|yakni|yaitu)\s+(?:pada\s+|tanggal\s+)?"
# A resolution adopted "yang mengecam ..." condemns: the body criticizes, it agrees on nothing with anyone
CONDEMNING = r"\s+(?:[\w-]+\s+){0,3}?yang\s+(?:\w+\s+)?(?:mengecam|mengutuk|mengkritik|menyesalkan|menuntut)\b"
# Parties told absent ("digelar tanpa kehadiran wakil Ukraina maupun Uni Eropa", "diteken ... tanpa
# melibatkan Eritrea"): the words after it, up to a punctuation mark or a word going on past the parties
# ("tidak melibatkan Sabah dalam pembahasan wilayah yang oleh Malaysia disebut ..."), name no participant.
ABSENT = (r"(?:tanpa|tidak|tak)\s+(?:kehadiran|keterlibatan|keikutsertaan|partisipasi|melibatkan|mengikutsertakan|"
          r"mengundang|menghadirkan|dihadiri(?:\s+oleh)?)\s"
          r"(?:(?!(?:yang|dalam|di|pada|ke|untuk|karena|sebagai|sejak|setelah|oleh|secara)\s)[^,.;:\"“”()\s]+\s?)*")
# Prepositions before a party that make it the object of a verb, not who acts ("kepada Yoon").
OBJECT_WORDS = ("kepada", "dengan", "oleh", "terhadap", "untuk", "dari", "bersama", "atas", "bagi", "ke")
# Words an evidence span does not end on: the word they open goes with it ("bertemu Hasan di Jakarta")
OPEN_ENDS = ("di", "ke", "dari", "pada", "dan", "dengan", "untuk", "oleh", "yang", "atas", "terhadap")
# "..., tetapi kemudian batal": a contrast going on after a clause
BUT = r",?\s*(?:tetapi|tapi|namun)\s+(?:kemudian\s+|akhirnya\s+|lalu\s+)?"
# What may join parties named one after the other ("Jepang dan Korea Selatan", "X, Y, serta Z").
COORDINATION = r"\s*(?:,\s*|\s+)?(?:dan|serta|bersama|maupun|melalui|,)?\s*(?:\([^)]*\)\s*)?"
# After a reporting verb, what opens the reported speech ("mengatakan, ...", "menyebut bahwa ...",
# "mengatakan kepada El Pais, ...").
REPORTED = r"\s*(?:,|bahwa\b|kepada\s+[^,.;]{1,60},|(?:pada|kepada|di)\s+[^,.;\"“”]{1,40}?\s+bahwa\b)"
# The word that opens what is said ("mengatakan bahwa ..."): a date after it is the day of what is
# said, not of the saying
THAT_WORD = "bahwa"
# The audience a verb is told to, closed by a comma ("mengatakan kepada wartawan, kemarin, bahwa ..."):
# that comma does not part the verb from the date after it.
AUDIENCE = r"\s*kepada\s+[^,.;\"“”]{1,50},\s*"

# A trigger states the event when its first word looks like a verb; otherwise it is nominal
# ("pertemuan", "serangan", "KTT") and may merely refer to an event.
VERBAL_PREFIXES = ("me", "ber", "di", "ter", "saling", "kembali", "baru", "mulai", "resmi")
VERBAL_WORDS = ("sepakat", "setuju", "temui", "tiba", "bertemu", "siap", "tak", "tidak", "akan", "harus")
# Verbs that state the event their noun names ("melakukan kunjungan", "melontarkan ancaman").
LIGHT_VERBS = ("melakukan", "mengambil", "menggelar", "mengadakan", "melaksanakan", "mengeluarkan", "melancarkan",
               "menjatuhkan", "memberlakukan", "menerapkan", "mencapai", "meneken", "menandatangani",
               "melontarkan", "melayangkan", "menyampaikan", "menyaksikan", "bertukar")

# The words the rarer cues of status.py need (QUESTION, FOLLOWED_BY): an article without them skips those cues.
QUESTION_WORD = "apakah"
FOLLOWED_BY_WORDS = ("disusul", "diikuti")

# A clause whose subject is the group just told ("Mereka juga sepakat ...", "Keempat menteri sepakat
# ...", "Para peserta sepakat ..."): its parties are those of the meeting before it.
GROUP_SUBJECT = (r"(?:mereka|keduanya|ketiganya|keempatnya|(?:kedua|ketiga|keempat|kelima|para|seluruh|semua)\s+"
                 r"(?:pemimpin|kepala\s+(?:negara|pemerintahan)|menteri|menlu|pihak|peserta|delegasi|negara))"
                 r"(?:\s+(?:juga|pun|lalu|kemudian|akhirnya))?\s")

# Words of a building before a body's name after "di" ("di kantor Kementerian BUMN", "ditemui di gedung
# DPR"): the body names where something happens, no party to it. (Not "markas": "serangan udara di
# markas Hizbullah" strikes Hizbullah.)
VENUE_WORDS = ("kantor", "gedung")

# A figure: a number and what it counts. ", menurut X" closing a sentence that gives one cites the
# figure's source ("Kartel ini menghasilkan 30,6 juta barel per hari, menurut IEA"), no statement.
FIGURE = r"\d[\d.,]*\s*(?:%|persen|ribu|juta|miliar|triliun|barel|dolar|ton|kilometer|km)(?![\w-])"

# Adverbs that may open a predicate before its verb ("KTT itu, yang sedianya digelar di Lima, akhirnya
# dibatalkan").
PREDICATE_ADVERBS = ("akhirnya", "kemudian", "lantas", "lalu", "pun", "juga", "justru", "malah")

# Words of purpose: the deed after them is what the one before is for ("terbang ke Abu Dhabi untuk bertemu
# Mohamed bin Zayed"); when that trip is still planned (PURPOSE_PLAN before it in the sentence), so is its purpose.
PURPOSE_WORDS = ("untuk", "guna")
PURPOSE_PLAN = r"\b(?:akan|bakal|dijadwalkan|berencana|direncanakan|rencananya|hendak)\b"
