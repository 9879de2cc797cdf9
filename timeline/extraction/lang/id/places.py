"""Places known by name that are venues or regions, not governments: (canonical, aliases).
Unknown places are found by their head word ("Istana ...", "Pangkalan Udara ...") or after
"di"/"ke"/"dari" (see PLACE_HEADS and PLACE_PREPOSITIONS in titles.py).
Example: "di Kuala Lumpur" -> the place Kuala Lumpur.
"""
from __future__ import annotations

PLACES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Jakarta", ("DKI Jakarta",)),
    ("Kuala Lumpur", ()),
    ("Putrajaya", ()),
    ("Bangkok", ()),
    ("Port Sudan", ()),
    ("Dar es Salaam", ()),      # Tanzania's largest city (the seat is Dodoma)         # a port city, the seat of Sudan's government in wartime; a venue here
    ("Istanbul", ()),
    ("Jenewa", ("Geneva",)),
    ("New York", ()),
    ("Den Haag", ("The Hague",)),
    ("Brussels", ("Brussel",)),
    ("Gaza", ("Jalur Gaza",)),
    ("Tepi Barat", ("West Bank",)),
    ("Kashmir", ()),
    ("Krimea", ("Crimea",)),
    ("Hong Kong", ()),                  # China's special administrative regions
    ("Makau", ("Macau", "Macao")),
    ("Donbas", ()),
    ("Timur Tengah", ("Middle East",)),
    ("Asia Tenggara", ()),
    ("Asia Selatan", ()),
    ("Asia Timur", ()),
    ("Amerika Latin", ()),
    ("Eropa", ("Europe",)),
    ("Afrika", ()),
    # more world regions ("ke Amerika Selatan": not "Amerika" the state); "Afrika Selatan" is a state
    ("Amerika Selatan", ("South America",)), ("Amerika Utara", ("North America",)), ("Amerika Tengah", ()),
    ("Asia Tengah", ("Central Asia",)), ("Asia Barat", ()), ("Indo-Pasifik", ()),
    ("Eropa Timur", ()), ("Eropa Barat", ()), ("Eropa Tengah", ()), ("Afrika Barat", ()), ("Afrika Utara", ()),
    ("Afrika Timur", ()), ("Afrika Tengah", ()), ("Tanduk Afrika", ()), ("Karibia", ()), ("Balkan", ()),
    ("Kaukasus", ()), ("Skandinavia", ()), ("Sahel", ()), ("Pasifik Selatan", ()), ("Arktik", ("Arctic",)),
    ("Laut China Selatan", ("Laut Cina Selatan", "LCS", "South China Sea")),
    ("Selat Taiwan", ()),
    ("Selat Hormuz", ()),
    ("Laut Merah", ()),
    ("Istana Merdeka", ()),
    ("Istana Negara", ()),
    ("Istana Bogor", ()),
    ("Ruang Oval", ("Oval Office",)),
    ("Balai Agung Rakyat", ("Great Hall of the People",)),
    ("Bali", ()),
    ("Alaska", ()),
    # regions of states, named between a title and a name ("Kepala Menteri Assam Himanta Biswa Sarma",
    # "Perdana Menteri Ontario Doug Ford", "Gubernur California Gavin Newsom")
    ("Assam", ()), ("Manipur", ()), ("Punjab", ()), ("Kerala", ()), ("Tamil Nadu", ()), ("Benggala Barat", ()),
    ("Ontario", ()), ("Quebec", ()), ("Alberta", ()), ("British Columbia", ()),
    ("California", ()), ("Texas", ()), ("Florida", ()), ("Hawaii", ()), ("Guam", ()),
    ("Queensland", ()), ("New South Wales", ()),
    ("Xinjiang", ()), ("Tibet", ()), ("Guangdong", ()), ("Yunnan", ()), ("Okinawa", ()), ("Hokkaido", ()),
    ("Tigray", ()), ("Darfur", ()), ("Rakhine", ()), ("Kurdistan", ()), ("Transnistria", ()), ("Abkhazia", ()),
    ("Sabah", ()), ("Sarawak", ()), ("Johor", ()), ("Selangor", ()), ("Penang", ()), ("Kedah", ()), ("Kelantan", ()),
    ("Terengganu", ()), ("Pahang", ()), ("Perak", ()), ("Melaka", ()), ("Mindanao", ()), ("Papua", ()), ("Aceh", ()),
    ("Kaliningrad", ()), ("Kursk", ()), ("Belgorod", ()), ("Kherson", ()), ("Zaporizhzhia", ()),
    ("Donetsk", ()), ("Luhansk", ()), ("Kharkiv", ()),
)

# World regions: recognized (so that no name or body is read into them) but no actor of the article's
# own: annotators never require them, and no event is between regions
REGIONS = frozenset(("Timur Tengah", "Asia Tenggara", "Asia Selatan", "Asia Timur", "Amerika Latin", "Eropa", "Afrika",
                     "Amerika Selatan", "Amerika Utara", "Amerika Tengah", "Asia Tengah", "Asia Barat",
                     "Indo-Pasifik", "Eropa Timur", "Eropa Barat", "Eropa Tengah", "Afrika Barat", "Afrika Utara",
                     "Afrika Timur", "Afrika Tengah", "Tanduk Afrika", "Karibia", "Balkan", "Kaukasus", "Skandinavia",
                     "Sahel", "Pasifik Selatan", "Arktik"))

# Capitals listed above as venues that, as the subject of a verb, act for their state
# ("Bangkok mendeportasi 109 warga Uighur", "Jakarta menolak"); "di Bangkok" stays a place.
SEAT_OF = {"Jakarta": "Indonesia", "Kuala Lumpur": "Malaysia", "Putrajaya": "Malaysia", "Bangkok": "Thailand",
           "Brussels": "Uni Eropa"}
# ... a verb of doing being one of these prefixes ("menolak", "bersikukuh")
ACTING_PREFIXES = ("me", "ber")
# ... after at most one of these words ("Jakarta akan menghadapi tekanan", "Jakarta baru menyatakan")
ACTING_ADVERBS = frozenset(("akan", "hanya", "baru", "perlu", "tidak", "tak", "juga", "telah", "sudah", "masih",
                            "belum", "harus", "tetap", "pun", "sempat", "kemudian", "langsung", "segera", "bisa",
                            "dapat", "ingin", "justru", "kini", "lantas", "lalu", "pernah", "sedang", "tengah"))
# ... or as the agent right after a passive verb of these prefixes ("tuntutan yang ditolak Jakarta")
PASSIVE_PREFIXES = ("di",)
# ... or as the partner after these words ("bekerja sama erat dengan Jakarta", "antara Jakarta dan Canberra")
PARTNER_WORDS = frozenset(("dengan", "antara"))
# Verbs after such a capital that tell of the city itself, not its government
CITY_VERBS = ("menjadi", "merupakan", "berada", "bertambah", "memiliki", "mempunyai", "mengalami", "terletak", "dilanda",
              "diguyur", "dikenal", "berjarak")
