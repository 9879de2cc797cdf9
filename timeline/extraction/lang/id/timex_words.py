"""Indonesian words of time used by the temporal rules (lower case; variants are generated).

Each table maps a word to its normalized meaning: units to TIMEX3 units, direction words
to PAST / FUTURE / THIS, offsets, parts of a period to TIMEX3 `mod`, ordinals, seasons.
"""
from __future__ import annotations

from .variants import alternation

UNITS = {
    "detik": "second", "menit": "minute", "jam": "hour",
    "hari": "day", "pekan": "week", "minggu": "week", "bulan": "month",
    "kuartal": "quarter", "triwulan": "quarter", "semester": "half",
    "tahun": "year", "windu": "windu", "dekade": "decade", "dasawarsa": "decade", "abad": "century",
}
# "se-" + unit: "sehari", "sepekan", "setahun" (one of the unit)
SE_UNITS = {"se" + w: u for w, u in UNITS.items() if w not in ("semester", "kuartal", "triwulan")}
SE_UNITS["sejam"] = "hour"
# Reduplicated "ber-" forms: an unknown number of the unit ("bertahun-tahun" -> PXY)
BER_UNITS = {f"ber{w}-{w}": u for w, u in UNITS.items() if w in ("jam", "hari", "minggu", "pekan", "bulan", "tahun", "abad", "dekade")}

CALENDAR_UNITS = {w: u for w, u in UNITS.items() if u in ("day", "week", "month", "year")}
CLOCK_UNITS = {w: u for w, u in UNITS.items() if u in ("second", "minute", "hour")}

# The ISO 8601 duration letter of each unit, and how many of it a unit holds.
DURATION = {"second": ("T", 1, "S"), "minute": ("T", 1, "M"), "hour": ("T", 1, "H"),
            "day": ("", 1, "D"), "week": ("", 1, "W"), "month": ("", 1, "M"), "quarter": ("", 3, "M"),
            "half": ("", 6, "M"), "year": ("", 1, "Y"), "windu": ("", 8, "Y"), "decade": ("", 10, "Y"),
            "century": ("", 100, "Y")}

# "pekan lalu" -1, "pekan ini" 0, "pekan depan" +1
OFFSETS = {
    "ini": 0, "sekarang": 0,
    "lalu": -1, "yang lalu": -1, "kemarin": -1, "silam": -1,
    "depan": 1, "mendatang": 1, "yang akan datang": 1,
}
# relative to the date mentioned before: "dua hari kemudian", "sehari sebelumnya"
REF_AFTER = ("kemudian", "setelahnya", "sesudahnya", "berikutnya", "selanjutnya", "setelah itu")
REF_BEFORE = ("sebelumnya", "sebelum itu")
# "bulan itu", "awal tahun tersebut": the period told just before (not a count from it)
THAT = ("itu", "tersebut")
DCT_AGO = ("lalu", "yang lalu", "silam")
DCT_AHEAD = ("lagi", "mendatang", "yang akan datang")

# a named month or day with a direction: "Juni lalu", "28 Desember mendatang", "Oktober ini"
DIRECTIONS = {"lalu": "PAST", "yang lalu": "PAST", "silam": "PAST", "kemarin": "PAST",
              "mendatang": "FUTURE", "depan": "FUTURE", "yang akan datang": "FUTURE", "nanti": "FUTURE",
              "ini": "THIS"}

# parts of a period: "awal April", "pertengahan 2024", "akhir bulan ini"
MODS = {"awal": "START", "permulaan": "START", "mula": "START",
        "pertengahan": "MID", "medio": "MID",
        "akhir": "END", "penghujung": "END", "ujung": "END", "pengujung": "END"}

ORDINALS = {"pertama": 1, "kesatu": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5,
            "terakhir": -1, "i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
# "pekan pertama Februari" sits at the START of the month, "pekan terakhir" at its END
WEEK_OF_MONTH_MOD = {1: "START", 2: "MID", 3: "MID", 4: "END", 5: "END", -1: "END"}

SEASONS = {"semi": "SP", "panas": "SU", "gugur": "FA", "dingin": "WI",
           # the tropical seasons, by the northern season they fall in
           "kemarau": "SU", "hujan": "WI", "penghujan": "WI", "salju": "WI"}
ORDINAL_DAYS = {"pertama": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5, "keenam": 6, "ketujuh": 7,
                "kedelapan": 8, "kesembilan": 9, "kesepuluh": 10}

# the moments before / now / after the time of writing (TIMEX3 PAST_REF, PRESENT_REF, FUTURE_REF)
PAST_REF = ("baru-baru ini", "belakangan ini", "akhir-akhir ini", "beberapa waktu lalu",
            "beberapa waktu yang lalu", "beberapa waktu terakhir", "beberapa waktu belakangan",
            "masa lalu", "masa lampau", "tempo dulu", "dahulu kala")
PRESENT_REF = ("kini", "saat ini", "sekarang", "dewasa ini", "sejauh ini", "masa kini", "selama ini",
               "kala ini", "hari-hari ini", "sekarang ini", "saat ini juga")
FUTURE_REF = ("masa mendatang", "masa depan", "suatu saat nanti", "suatu hari nanti", "suatu saat",
              "kelak", "dalam waktu dekat", "waktu dekat", "ke depannya", "masa yang akan datang")

# words after a number that make it an amount, not a year: "2020 orang", "1945 persen"
NOT_YEAR_AFTER = ("orang", "persen", "unit", "ton", "km", "kilometer", "meter", "dollar", "dolar",
                  "rupiah", "kali", "hektar", "hektare", "ha", "barel", "kg", "jiwa", "buah", "kursi",
                  "suara", "lembar", "triliun", "miliar", "juta", "ribu", "personel", "warga",
                  "siswa", "peserta", "kendaraan", "mobil", "megawatt", "mw", "liter", "kl", "poin",
                  "euro", "yen", "yuan", "ringgit", "won", "pasal", "halaman", "mm", "cm", "m", "mg",
                  "bagian", "porsi")
# words before a number that make it a number, not a year: "Rp 2020", "Nomor 2019", "ke-2020"
NOT_YEAR_BEFORE = ("rp", "rp.", "us$", "$", "€", "£", "¥", "no", "no.", "nomor", "nomer", "pasal",
                   "ayat", "ke", "ke-", "sebanyak", "sejumlah", "kode", "skor", "nomor:", "no:")
# things known by a number: "Resolusi Dewan Keamanan PBB 1701" is resolution number 1701, no year
NUMBERED_NAMES = ("resolusi", "resolution")
# a regulation's number and year, "UU Nomor 30 Tahun 2009", "Permen ESDM No 1/2013": not a date
REGULATION = ("uu", "undang-undang", "pp", "perpres", "permen", "perda", "keppres", "inpres",
              "perppu", "kepmen", "permendag", "pmk", "se", "perpu", "nomor", "no", "no.")

# words that name nothing: "hari pertama dan kedua" names no event
FUNCTION_WORDS = ("dan", "atau", "yang", "di", "ke", "dari", "pada", "itu", "ini", "untuk", "dengan", "sejak",
                  "hingga", "sampai", "setelah", "sebelum", "ketika", "saat", "ia", "dia", "mereka", "kami",
                  "kita", "juga", "sudah", "telah", "masih", "akan", "tersebut", "tadi", "lalu", "nanti")

# right after a date: "Senin mendatang", "Juni depan"
FUTURE_RIGHT_AFTER = ("mendatang", "depan", "nanti", "yang akan datang")
# Future markers that, right after a date, tell what came after it, not that it lies ahead:
# "turun pada Kamis (27/11/2014) menjelang pertemuan OPEC"
AHEAD_OF = ("jelang", "menjelang")
# "Yesterday" right beside a date ("Senin (8/12) kemarin", "kemarin, Senin (8/12)", "kemarin (19/11)"):
# the article was published the day after that date
YESTERDAY = ("kemarin",)
# Of the words below, those that look ahead to an event without telling a plan ("menjelang pengumuman
# hasil pertemuan Kamis"): a weekday after them may be one the article has already dated.
AHEAD_MARKERS = ("jelang", "menjelang")
# Words before a year opening a sentence ("Pada 2019, ..."): its date without a year takes that year
YEAR_OPENERS = ("pada", "pada tahun", "di tahun")
# A clause turned by one of these, after a date without its year, speaks of another time: its plan
# does not make the date ahead ("pada Juli dan Agustus, tetapi putaran ketiga yang dijadwalkan ...")
TURNS = ("tetapi", "tapi", "namun", "sedangkan", "sementara", "padahal")
# Verbs of speech right before the first word of the future, after a date without its year: the
# future is what is said, the date the saying's ("pada 6-7 Juli, Trump mengancam akan ...")
SAID_AHEAD = ("mengancam", "berjanji", "mengatakan", "menyatakan", "menegaskan", "mengumumkan", "memperingatkan",
              "menyebut", "mengaku", "bersumpah")
FUTURE_MARKERS = ("akan", "bakal", "dijadwalkan", "berencana", "rencananya", "direncanakan",
                  "hendak", "mendatang", "nanti", "ke depan", "diharapkan", "rencana", "segera",
                  "menargetkan", "ditargetkan", "target", "dijanjikan", "diperkirakan", "bakalan",
                  "jika", "apabila", "seandainya", "jelang", "menjelang", "kemungkinan")

UNIT = alternation(UNITS)
CALENDAR_UNIT = alternation(CALENDAR_UNITS, upper=True)
CLOCK_UNIT = alternation(CLOCK_UNITS)
SE_UNIT = alternation(SE_UNITS)
BER_UNIT = alternation(BER_UNITS)
OFFSET = alternation(OFFSETS)
DIRECTION = alternation(DIRECTIONS)
MOD = alternation(MODS)
ORDINAL = alternation([w for w in ORDINALS if not w.isdigit() and len(w) > 4])
ROMAN_OR_ORDINAL = alternation(ORDINALS)
SEASON = alternation(SEASONS)
REF_AFTER_WORD = alternation(REF_AFTER)
REF_BEFORE_WORD = alternation(REF_BEFORE)
THAT_WORD = alternation(THAT)
DCT_AGO_WORD = alternation(DCT_AGO)
DCT_AHEAD_WORD = alternation(DCT_AHEAD)
PAST_REF_WORD = alternation(PAST_REF)
PRESENT_REF_WORD = alternation(PRESENT_REF)
FUTURE_REF_WORD = alternation(FUTURE_REF)

# Words before a bare year that make it the time told ("pada 2018", "sejak 2019"). After another
# word the year labels a thing ("perjanjian normalisasi 1965", "KTT APEC 2025"): it is no anchor for
# a later "setahun kemudian" (timex.py), and dates only a trigger inside that name (events/).
YEAR_LEAD = frozenset(("pada", "sejak", "tahun", "hingga", "sampai", "awal", "akhir", "pertengahan", "medio",
                       "selama", "dalam", "di", "mulai", "menjelang", "jelang", "sepanjang", "per", "sebelum",
                       "setelah", "usai", "sesudah", "tengah", "musim", "periode", "era", "masa", "kuartal",
                       "semester", "triwulan", "dan", "atau", "serta", "antara", "silam", "lalu"))

# Words before a year-less month that make it one that has begun ("sejak Januari"): taken from the
# past, whatever the calendar's nearest reading.
# A sentence telling what came before the story ("Sebelumnya, Jokowi menghadiri KTT OKI, Sabtu lalu"):
# its day is the back story, and "pada hari yang sama" paragraphs later is the story's day again
BACK_STORY = r"\b(?:[Ss]ebelumnya|[Ss]ebelum\s+itu|[Ss]empat|[Ll]alu|(?:[Kk]ala|[Ss]aat|[Kk]etika)\s+itu)\b"
# A date inside a relative clause of passive voice ("rencana yang diadopsi KTT Liga Arab pada 4 Maret"):
# an aside on something named, not a day of the story for "sehari kemudian" to count from
RELATIVE_ASIDE = r"\byang\s+(?:telah\s+|sudah\s+|pernah\s+)?(?:di|ter)[a-z]+\b[^,;.]*$"
# ... so is one closing a clause of what came before or after the news of a sentence dated before it
# ("dimulai pada 6 Mei, tiga pekan setelah pertempuran pecah ... pada 15 April"; not "terhenti setelah
# delegasi militer menyatakan mundur pada Rabu (31/5)": the sentence's only date is its news)
SUBORDINATE_ASIDE = r"\b(?:setelah|sesudah|sebelum)\b[^,;.]*$"
SINCE_LEAD = r"(?:sejak|semenjak)\s+(?:(?:awal|akhir|pertengahan|bulan|tanggal)\s+)?"
# ... and the date of the event a clause of "sejak" tells, which has come ("sejak Trump kembali ke Gedung Putih
# pada Januari")
SINCE_CLAUSE = r"(?:sejak|semenjak)\s+[^,;.]{1,50}?\s+pada\s+(?:(?:awal|akhir|pertengahan|bulan)\s+)?"
# A sentence opening on what came before ("Sebelumnya, pada Januari, ..."): a month without its year
# in it has passed
PAST_OPENER = r"(?:sebelumnya|sebelum\s+itu)\s*,"

# "setengah" after a number ("1 setengah tahun"), and the words naming a day of the month before
# its number ("tanggal 31 bulan lalu": a day, not an amount).
HALF_WORDS = ("setengah",)
DAY_OF_MONTH_WORDS = ("tanggal", "tgl", "tgl.")

# "hari ketiga berturut-turut", "memasuki hari keempat": the nth day is the day being told (the last
# day told before, or the publication date), not a day counted from the start of something named
NTH_DAY_RUNNING_AFTER = ("berturut-turut",)
NTH_DAY_RUNNING_BEFORE = ("memasuki", "menginjak")
