"""Status cues: what makes an event planned, hypothetical or cancelled rather than occurred.

One row: (status, pattern, scope, example). `scope` is "before" (the cue sits in the clause
before the trigger: "bakal menemui"), "near" (at most three words before it: "rencana kunjungan
Prabowo"), "clause" (anywhere in the clause: "... yang batal"), or "sentence" (anywhere in the
sentence: "jika ... akan"). Rows are tried in order; the first
that applies wins. Every example is run by tests/unit/test_events.py. Patterns are matched on
the lower-cased text: write them in lower case.
"""
from __future__ import annotations

import re

from .morph import bases_after_nasal
from .timex_words import YEAR_LEAD

STATUS_CUES: tuple[tuple[str, str, str, str], ...] = (
    ("cancelled", r"(?:batal|dibatalkan|membatalkan|pembatalan|ditunda|menunda|penundaan|dibekukan|membekukan|"
                  r"menggagalkan|digagalkan|gagal|urung|ditangguhkan|menangguhkan|absen\s+dari|tidak\s+menghadiri|"
                  r"batal\s+hadir|memboikot|boikot|"
                  r"(?:tidak|tak)\s+(?:jadi\s+)?(?:terlaksana|terwujud|terealisasi))", "clause",
     "Rencana lawatan Prabowo ke Langkawi pada Desember 2024 yang batal di menit terakhir."),
    # what nearly happened did not: "Ia nyaris dieksekusi di Nusakambangan pada 29 April 2015"
    ("cancelled", r"nyaris", "near",
     "Pemerintah Indonesia nyaris mengeksekusi warga Filipina Mary Jane Veloso pada 29 April 2015."),
    # what was set and went ahead all the same ("yang semula dijadwalkan Senin tetap digelar")
    # ("tidak jadi digelar" is called off: no "jadi" here)
    ("occurred", r"(?:tetap|akhirnya)\s+(?:digelar|berlangsung|dilaksanakan|diadakan|terlaksana)\b", "clause",
     "Pertemuan kedua menteri yang semula dijadwalkan Senin (5/1/2026) tetap digelar di Nairobi."),
    # what was once set and is no more: "KTT Quad yang sedianya digelar di Sydney pada Rabu (24/5)",
    # "Rencana kunjungan Greer ke Jakarta yang semula dijadwalkan awal Desember" (news tells a plan
    # that still holds without them)
    ("cancelled", r"(?:sedianya|semula\s+(?:akan|dijadwalkan|direncanakan|diagendakan|ditargetkan|diwacanakan))\b",
     "clause", "Pertemuan bilateral dengan Presiden Brasil yang sedianya digelar pada Minggu (21/5/2023) sore."),
    # what was due and did not happen: "sehari sebelum Lula semestinya bertolak ke Beijing"
    ("cancelled", r"semestinya", "near",
     "Presiden Brasil Lula semestinya bertolak ke Beijing pada 26 Maret 2023."),
    # what a pact or a warning says a deed would count as: "serangan terhadap salah satu negara akan
    # dianggap sebagai ancaman bagi keduanya" (the warning or the accord itself, whose words are
    # what it says, is not in its clause)
    ("hypothetical", r"(?:akan|bakal|dapat)\s+dianggap\s+sebagai", "clause",
     "Serangan Rusia terhadap Estonia akan dianggap sebagai serangan terhadap NATO."),
    ("hypothetical", r"(?:jika|apabila|bila|kalau|seandainya|andaikan)\b.*\b(?:akan|bakal|bisa|dapat)", "sentence",
     "Jika Indonesia membalas, Trump akan mengenakan sanksi terhadap Indonesia."),
    # "X akan hadir jika jadwalnya memungkinkan": a plan on a condition
    ("hypothetical", r"(?:akan|bakal)\b[^.;]*\b(?:jika|apabila|bila|asalkan|seandainya)\b", "sentence",
     "Putin akan menghadiri Forum Sabuk dan Jalan di Beijing pada akhir tahun ini jika jadwalnya memungkinkan."),
    ("hypothetical", r"(?:kemungkinan|mungkin|berisiko|berpotensi|ingin|berharap|harapannya|mempertimbangkan|"
                     r"apakah|usulan|mengusulkan|ajakan|mengajak|menantang|bisa\s+saja)", "before",
     "Trump mempertimbangkan kemungkinan operasi militer terhadap Kolombia."),
    # what still has to be done is not done yet: "Perjanjian itu masih harus diratifikasi DPR"
    ("planned", r"masih\s+(?:harus|perlu)", "near",
     "Perjanjian kerja sama pertahanan itu masih harus diratifikasi DPR."),
    ("planned", r"(?:akan|bakal|dijadwalkan|terjadwal|berencana|direncanakan|rencananya|hendak|segera|"
                r"diperkirakan|menantikan|diharapkan|bersiap|dipersiapkan|mempersiapkan|mengatur|menyiapkan|siap|mengundang\w*|undangan|"
                r"sepakat|setuju|berjanji)", "before",
     "Presiden Kolombia Gustavo Petro bakal menemui Presiden Amerika Serikat Donald Trump."),
    # a plan of what is named within three words after it ("Rencana kunjungan Prabowo ke Beijing"), not
    # of an event further on ("menyetujui rencana pembangunan PLTN itu dalam referendum")
    ("planned", r"(?<!mengecam )(?<!menolak )(?<!mengkritik )(?<!menentang )(?<!memprotes )rencana", "near",
     "Rencana kunjungan Presiden Kolombia ke Washington dibahas kedua menteri."),
    # a nominal event still to be held: "Penandatanganan perjanjian bakal dilakukan pekan depan"
    ("planned", r"(?:akan|bakal|rencananya|dijadwalkan|ditargetkan|ditarget)\s+(?:\w+\s+)?(?:dilakukan|digelar|dilaksanakan|diadakan|berlangsung|"
                r"diteken|ditandatangani|dimulai|rampung|selesai|tuntas|tercapai|disepakati)", "clause",
     "Penandatanganan perjanjian perbatasan Indonesia dan Vietnam bakal dilakukan di Hanoi."),
    # a summit scheduled to go on ("KTT ke-43 ASEAN dijadwalkan berlanjut hari ini"; but "pembicaraan hari
    # pertama berlangsung ... dan akan dilanjutkan hari ini" tells a first day held)
    ("planned", r"dijadwalkan\s+(?:berlanjut|dilanjutkan)", "clause",
     "Rangkaian KTT ASEAN dijadwalkan berlanjut pada 6 September 2023 dengan KTT ASEAN-China."),
)

# Nouns of a plan: a negation before them denies the event they plan ("belum ada rencana kunjungan",
# "tidak ada rencana perundingan")
PLAN_NOUNS = ("rencana", "jadwal")

# Words that deny the event right before its trigger ("tanpa kesepakatan", "tidak hadir").
NEGATIONS = ("tanpa", "tidak", "tak", "belum", "bukan", "tidak ada", "tak ada", "belum ada", "tidak akan ada", "tak akan ada", "gagal mencapai", "menghentikan",
             # "tidak akan saling mengancam" (a pledge), "masih ragu menandatangani", "enggan bertemu"
             "tidak akan saling", "tak akan saling", "tidak saling", "ragu", "enggan",
             "mengakhiri", "membantah", "menyangkal", "menepis", "menolak",
             # an agreement kept, broken or cited is no new one ("melanggar gencatan senjata")
             "melanggar", "pelanggaran", "sesuai", "berdasarkan", "mematuhi", "menghormati", "mengacu pada",
             "merujuk pada", "tunduk pada", "sesuai dengan", "melaksanakan", "pelaksanaan", "implementasi",
             "mengimplementasikan", "menjalankan",
             # no reason or use of doing it ("tidak ada alasan untuk bertemu Xi", "tidak ada gunanya berunding")
             "ada alasan untuk", "ada gunanya",
             # the topic of a talk or a quarrel is no event of its own ("membahas serangan terhadap ...",
             # "berselisih soal pencabutan sanksi")
             "membahas", "membicarakan", "mendiskusikan",
             "berselisih soal", "berselisih mengenai", "berselisih tentang", "perselisihan soal", "perselisihan mengenai",
             "berbeda pendapat soal", "berbeda pendapat mengenai", "perbedaan pendapat soal", "berdebat soal",
             "berdebat mengenai",
             # no wish or power to do it ("tidak punya niat berperang", "tidak memiliki wewenang menandatangani")
             "tidak punya niat", "tidak memiliki niat", "tidak berniat", "tak berniat", "tidak punya kepentingan",
             "tidak memiliki kepentingan", "tidak punya wewenang", "tidak memiliki wewenang", "tidak berwenang",
             # left out of it ("M23 tidak terlibat dalam perjanjian Washington", "junta tidak diundang ke
             # pertemuan ASEAN"): the event is told elsewhere, not by its parties
             "tidak terlibat dalam", "tak terlibat dalam", "tidak dilibatkan dalam", "tak dilibatkan dalam",
             "tidak diundang ke", "tak diundang ke", "tidak diundang dalam")

# A clause denied as a whole: the verb after "membantah bahwa ..." or "tidak berarti ..." is said not to
# have happened ("membantah bahwa Serbia telah mengakui kemerdekaan Kosovo"), up to a "dan" opening
# another (a deed named there may still have happened: "membantah bahwa Beograd berada di balik serangan")
DENIED_WORDS = ("membantah", "menyangkal", "menepis", "berarti")     # one of them is in every such clause
DENIED_CLAUSE = (r"(?:\b(?:membantah|menyangkal|menepis|membantahnya)\s+(?:[\w-]+\s+){0,3}?bahwa|\b(?:tidak|tak|bukan)\s+berarti)"
                 r"\s+(?:(?!\bdan\b)[^,;.])*$")

# Words after a nominal trigger that make it a reference to an event already told
# ("pertemuan itu", "serangan tersebut"): evidence for that event, not a new one.
ANAPHORA = ("itu", "tersebut", "ini", "tadi")

# Clause boundaries inside a sentence (besides ";" and a comma before these words).
CLAUSE_OPENERS = ("sementara", "sedangkan", "tetapi", "namun", "lalu", "kemudian", "sebelum", "setelah", "seusai",
                  "usai", "ketika", "saat", "sambil", "sembari", "sehingga", "karena", "di mana", "yang", "menyusul",
                  "meski", "meskipun", "bahwa", "disusul", "diikuti")

# ", disusul X pada <date>": X did the same as the clause before, at that date (an elliptical
# repeat: "Paus Paulus VI berkunjung pada 1970, disusul Paus Yohanes Paulus II pada 1989").
FOLLOWED_BY = r",\s+(?:lalu\s+|kemudian\s+)?(?:disusul|diikuti)\s+(?:oleh\s+)?"

# Words before a bare year that make it the date of what is told ("Pada 2017, ...", "Sejak 1999").
# After any other capitalized word the year labels a name ("Ketua ASEAN 2025", "KTT G20 2024") and
# dates only a trigger inside that name.
# (the temporal tagger's list: one list for both, see timex_words.YEAR_LEAD)
YEAR_LEAD_WORDS = YEAR_LEAD

# Triggers that are themselves a plan: an invitation is a meeting still to come.
PLAN_TRIGGERS = ("mengundang", "undangan", "mengatur", "menyiapkan", "menjadwalkan", "merencanakan")

# Words before a nominal trigger that make it a past event remembered ("memperingati 60 tahun
# normalisasi hubungan"): its date comes after it, not from the day of remembering.
ANNIVERSARY = ("memperingati", "peringatan", "ulang tahun", "hut", "merayakan",
               r"menandai\s+(?:[\w-]+\s+)?tahun",     # "menandai 65 tahun hubungan diplomatik ..."
               r"bertepatan\s+dengan\s+(?:[\w-]+\s+)?tahun")    # "bertepatan dengan tiga tahun invasi Rusia"

# Verbs that call off what follows them: a trigger opening with one is cancelled ("menunda sidang"),
# and a meeting noun right after one is stated, not merely mentioned ("menunda lawatan ke Kairo").
CALL_OFF = ("menunda", "membatalkan", "mengurungkan", "batal")

# Conditions ("jika kedua pihak sepakat, ..."): a trigger of these types inside one only states
# what the rest of the sentence depends on, no event of its own.
CONDITION_WORDS = ("jika", "apabila", "bila", "kalau", "seandainya", "andaikan", "asalkan")
CONDITION_ONLY_TYPES = ("agreement",)

# Words after a nominal trigger that make it another occasion than the one told ("Pada KTT
# sebelumnya, ..."): it takes no date from the narrative around it.
OTHER_OCCASION = ("sebelumnya", "berikutnya", "selanjutnya", "terakhir")

# Words near a trigger that make its event one apart from those told before ("Secara terpisah,
# Sjafrie bertemu Dong Jun", "menggelar pertemuan terpisah dengan ..."): it is not merged into them.
APART_WORDS = ("terpisah",)
# A measure or strike named as a retaliation ("tarif balasan", "serangan balasan") is a new event of the
# side that answers, never the one it answers, though told with the same parties on the same day.
RETALIATION_WORDS = ("balasan",)

# A question put to someone ("ditanya wartawan apakah ia ..."): a trigger inside it, before any
# comma, is what was asked, not an event (the answer that follows may be one).
QUESTION = r"(?:ditanya|bertanya|menanyakan|pertanyaan)\s+(?:[\w-]+\s+){0,3}?apakah\s[^,;\"“”]*$"

# Words after which a trigger tells how the event before it in the sentence came about, not an
# event of its own ("normalisasi hubungan yang ditandai penandatanganan Perjanjian Dasar").
# (a word among the three before the trigger: "ditandai dengan penandatanganan Perjanjian")
ELABORATION = ("ditandai", "diwujudkan")

# A paragraph opening with one of these goes on with the occasion told before ("Dalam kesempatan
# yang sama, ...", "Di sela-sela pertemuan itu, ...", "Selain itu, ..."): told without a date of
# its own, it takes the date of the paragraph before. ("Sementara itu" is left out: it as often
# turns to another scene.)
CONTINUATION = (r"(?:dalam|pada|di)\s+kesempatan\s+(?:yang\s+sama|itu|tersebut|ini)", r"di\s+sela(?:-sela)?",
                r"selain\s+itu", r"(?:dalam|pada|di)\s+(?:pertemuan|acara|kunjungan|pembicaraan|lawatan)\s+(?:itu|tersebut|ini)",
                r"(?:seusai|usai|setelah)\s+(?:pertemuan|acara|pembicaraan)\s+(?:itu|tersebut)", r"(?:lebih\s+)?lanjut",
                # "Sebelum upacara, ...": just before or after the occasion told
                r"(?:sebelum|seusai|usai|setelah|sesudah|menjelang|jelang)\s+(?:upacara|penandatanganan|pertemuan|acara|"
                r"kunjungan|pembicaraan|perundingan|ktt|konferensi|jamuan|sidang)(?:\s+(?:itu|tersebut))?(?=\s*,)",
                # "Tak lama berselang, ...", "Beberapa jam sebelum wawancara itu, ...": hours from the scene told
                r"(?:tak|tidak)\s+(?:lama|berapa\s+lama)\s+(?:berselang|kemudian)",
                # "Ia menambahkan, ...": the speaker told before goes on, on the day told
                r"(?:ia|dia|beliau)\s+(?:juga\s+)?(?:menambahkan|melanjutkan)\b",
                # "Dalam pidato pembukaan sesi pleno, ...", "Dalam jumpa pers sesudahnya, ...": a speech at the
                # occasion told
                r"(?:dalam|pada)\s+(?:pidato|jumpa\s+pers|konferensi\s+pers|sesi|pembukaan|penutupan|pernyataan\s+pers|wawancara)"
                r"\w*(?:\s+[\w-]+){0,3}?(?=\s*,)")

# A paragraph opening with one of these goes on from the arrival told last ("Tak lama setelah tiba,
# Zelensky bertemu ...", "Setibanya di Hiroshima, ..."): told without a date, it takes that arrival's
ARRIVED = r"(?:(?:tak|tidak)\s+(?:lama|berapa\s+lama)\s+(?:setelah|sesudah|seusai|usai)\s+(?:tiba|mendarat)|setibanya|sesampainya)\b"

# A paragraph opening with one of these is hours from the news of the day ("Beberapa jam sebelum
# Yoon mendarat di Haneda, ...", "Sesaat setelah pengumuman itu, ..."): told without a date of its
# own, it takes the date the lead gives.
SAME_DAY = (r"(?:beberapa|dua|tiga|empat|sejumlah)\s+jam\s+(?:sebelum|setelah|sesudah|usai|seusai)",
            r"sesaat\s+(?:sebelum|setelah|sesudah|usai|seusai)")

# "<date>, tiga hari setelah X menemui Y": a span of time before one of these words dates the
# clause it opens from the date of the sentence: X met Y three days before that date ("after"
# words), or three days after it ("before" words).
SPAN_AFTER = ("setelah", "sesudah", "seusai", "usai", "selepas", "pasca")
# "Pada hari yang sama dengan penandatanganan, ...": the day of the event named after it
SAME_DAY_AS = r"(?:hari|malam|pagi|siang|sore)\s+yang\s+sama\s+dengan\s+"
# ... or named by a noun that is no event ("pembukaan"): the day its verb was told on ("membuka KTT
# pada Jumat (25/10)"). peN-X-an and meN-X(-kan/-i) share X, the nasal assimilating alike.
# ... or by a word for what happened, no verb's noun ("hari yang sama dengan insiden"): the event the
# story is about, the news of the day its lead tells
GENERIC_EVENT_NOUNS = ("insiden", "kejadian", "peristiwa", "insiden itu", "kejadian itu", "peristiwa itu")
# ... or by a noun that is no trigger of its own (a vote may be a body's, not an election), which counted
# from names the last event of that kind told ("pemilu ... 26 Oktober. Sehari setelah pemungutan suara, ...")
TOLD_KIND_NOUNS = (("pemungutan suara", "election"), ("pencoblosan", "election"))
NOUN_OF_VERB = r"\s*pe(\w{3,})an\b"
# ... or by a noun of its own told with a day before ("Bentrokan pecah pada Kamis (24/7). Sehari sebelum
# bentrokan, ..."): the day of the last sentence that names it
TOLD_NOUN = r"\s*(\w{3,}an)\b"
# ... or by a "ke-an" noun of a verb told with a day ("Pasukan berangkat ... pada Senin (24/6). Sehari
# sebelum keberangkatan, ..."): the day of the last sentence with the verb, "ke" and "an" taken off
KE_NOUN = r"\s*ke(\w{4,})an\b"
VERB_OF_NOUN = r"\bme{}(?:kan|i)?\b"


def passive_of_noun(tail: str) -> str:
    """The passive verb a noun's stem stands for, as a pattern ("pengumuman": "Keputusan itu
    diumumkan ... pada Kamis")."""
    return r"\bdi(?:" + "|".join(re.escape(b) for b in bases_after_nasal(tail)) + r")(?:kan|i)?\b"



SPAN_BEFORE = ("sebelum", "menjelang", "jelang")
# ... unless the span is how long the verb lasts: "menunda penerapannya selama 30 hari setelah bertelepon"
SPAN_LASTING = ("selama", "sepanjang")

# Words before a nominal trigger that make it the occasion of the clause's verb ("disepakati ...
# dalam pertemuan di Jakarta pada 24 April 2021"): it takes the date after it too.
OCCASION_WORDS = ("dalam", "saat", "ketika", "selama", "sela", "sela-sela")

# Clause openers after which the clause has a subject of its own ("..., sementara militer Thailand
# mengerahkan jet tempur"): the sentence's first party does not act in it.
CONTRAST_WORDS = ("sementara", "sedangkan", "tetapi", "namun", "adapun")

# A date after a trigger told as the end of what the trigger begins ("menangguhkan perundingan aksesi hingga
# 2028", "memperpanjang mandat misi itu sampai Desember"): the end, not when it was done, if the clause tells
# another date (matched on the lower-cased gap's end).
UNTIL_GAP = r"(?:hingga|sampai|sampai\s+dengan)\s+(?:akhir\s+|awal\s+|pertengahan\s+)?$"

# Between a date and a trigger after it, the words that make the date the clause's verb's, not
# the trigger's: "dicapai pada Rabu (22/11) setelah perundingan" (matched on the lower-cased gap).
AFTER_GAP = r"\s*,?\s*(?:setelah|sesudah|seusai|usai|selepas|sebelum|menjelang|sejak)\s+(?:berpekan-pekan\s+|berhari-hari\s+|berbulan-bulan\s+)?"
# "terbang ke Abu Dhabi hari ini dan bertemu X besok", "bertemu pada 15 November, dan sepakat
# melanjutkan kunjungan": a date right before "dan" closes the verb before it; what comes after
# "dan" takes its own date when it has one (matched on the start of the gap)
AND_GAP = r"\s*,?\s*(?:dan|serta|lalu|kemudian)\s+(?:akan\s+|juga\s+)?"

# Between a trigger and a date after it: "the first ... since <date>" makes the date the last time
# before, not the event's own ("tatap muka pertama keduanya sejak Biden menjabat pada Januari 2021").
FIRST_SINCE = r"\b(?:pertama(?:nya)?|perdana(?:nya)?(?!\s+menteri))\b.*\b(?:sejak|semenjak)\b"
# ... the first of someone's own ("lawatan luar negeri pertamanya sejak dilantik"): theirs
FIRST_OWN = ("pertamanya", "perdananya")

# What joins two dates of one verb ("pada 10 Oktober dan 17 Oktober", "pada 2018, 2019, dan 2020").
AND_DATE = (r"(?:\s*,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+)(?:pada\s+|tanggal\s+)?"
            # ... or with a second object, no verb, between: "meneken deklarasi prinsip pada 19 Juli dan
            # kerangka perdamaian pada 15 November"
            r"|\s+(?:dan|serta)\s+(?:(?!me|ber|di|ter)[a-z][\w-]*\s+){1,3}?pada\s+")

# "masa depan" tells the future of an event only after a preposition ("di masa depan", "dalam waktu
# dekat" is one already); after a noun it names a thing ("komunitas masa depan bersama").
FUTURE_NOUNS = ("masa depan", "masa mendatang", "masa datang")
FUTURE_LEAD = ("di", "pada", "dalam", "ke", "untuk", "hingga", "sampai", "bagi", "menuju")
