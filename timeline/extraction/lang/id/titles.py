"""Cue words for the name recognizer.

TITLES: words that open a person's title ("Presiden", "Menteri", "Kanselir"); what follows,
ordinary words, countries and organizations included, is the title until the first word that
is no ordinary word: there the name starts.
Example: "Menteri Koordinator Bidang Perekonomian Airlangga Hartarto" -> title
"Menteri Koordinator Bidang Perekonomian", name "Airlangga Hartarto".
"""
from __future__ import annotations

# Ranks: inside a titled run they open the name after the title's body ("Kepala Bakamla
# Laksamana Madya Irvansyah"); no Indonesian name holds one, as "Hakim" may ("Lukman Hakim")
RANKS = frozenset("""
jenderal letjen mayjen brigjen laksamana marsekal kolonel komodor letnan kapten mayor brigadir
""".split())

# Titles of those who comment on the news rather than make it: what they say is no event (every
# annotator, dev's too, leaves such statements optional)
ANALYST_TITLES = ("pengamat", "peneliti", "analis", "ekonom", "dosen", "guru besar", "pakar", "akademisi")

# Capitalized or lower-case words that open a title.
TITLES = frozenset("""
presiden wakil wapres perdana menteri pm mendag menlu menhan menkeu menko seskab mensesneg
kanselir raja ratu pangeran putra mahkota kaisar emir syekh paus uskup ayatollah imam
sekretaris sekjen jenderal juru bicara jubir kepala ketua direktur dirjen panglima duta besar dubes
gubernur wali bupati senator jaksa hakim pemimpin komandan kapolri kapolda kasad jenderal letjen
mayjen brigjen laksamana marsekal kolonel penasihat ajudan utusan diplomat anggota ibu suri
kolumnis pejabat analis pengamat profesor prof dr tokoh perwakilan deputi asisten staf
ekonom peneliti dosen rektor pendiri aktivis jurnalis ombudsman komodor letnan kapten mayor brigadir akademisi
koordinator administrator di-pertuan agong mendiang almarhum wamen wamenlu wamenkeu dirut direksi komisaris komisioner
konsul konjen atase politikus politisi kritikus pengacara advokat wartawan kuasa petahana capres cawapres kandidat
menkumham menkopolhukam menpan menperin menaker mendikbud menkes mentan menhub menpora mensos menag menparekraf
menteri-menteri kapolri kasal kasau
penulis pengusaha pebisnis dokter pilot atlet pebasket petenis pegulat pembalap musisi penyanyi sutradara
vice president chief director manager head secretary minister prime chairman ceo vp spokesperson officer
""".split())

# Title words that name a post in some body: "Direktur Utama Pertamina Dwi Soetjipto" - a capitalized
# word right after such a title, when nothing in the title names the body yet, is the body, and the
# name starts after it (when two words at least are left for the name).
BODY_TITLES = frozenset("""
direktur dirut ketua kepala sekretaris sekjen juru jubir komisaris ceo chairman pendiri manajer ekonom peneliti pengamat analis dosen rektor dekan
director manager head chief founder president
""".split())
# Words that may go with those and still leave the body unnamed ("Direktur Utama", "Juru Bicara").
BODY_TITLE_MODIFIERS = frozenset("""
utama umum eksekutif senior bicara wakil pelaksana harian jenderal executive
vice president corporate communication communications marketing distribution general affairs public
relations officer chief vp
""".split())

# Given names that open a person's name, never a body's ("Direktur Utama Muhammad Ali Akbar").
GIVEN_NAMES = frozenset("""
muhammad mohammad mohammed mohamed muhamad ahmad achmad abdul abdullah siti nur sri dewi
""".split())

# Words of a title's portfolio that the lexicon may lack ("Sekretaris Kabinet", "Sekjen").
TITLE_WORDS = frozenset("""
kabinet jenderal negara kepresidenan istana luar negeri dalam pertahanan keamanan koordinator
bidang kemaritiman investasi marves polhukam pmk perang iklim hukum politik hak asasi manusia militer operasi khusus terpilih humas
oposisi madya pemerintah partai ham
imigrasi energi industri pariwisata budaya agama sosial lingkungan hidup transportasi digital informatika
komunikasi ekonomi sains teknologi riset olahraga pemuda perempuan anak desa tenaga kerja
senior eksekutif tinggi tertinggi agung besar muda utama mahkota suri
pelindungan perlindungan wni wna bhi asia pasifik afrika eropa amerika multilateral bilateral protokol konsuler
perlucutan senjata biro politbiro tetap parlemen independen
corporate communication communications marketing distribution general affairs executive foreign
""".split())

# Heads of names that hold a country as part of the name, not as a party: "Universitas Indonesia",
# "Institut Teknologi Bandung"; the country is no actor of the article there
OWN_NAME_HEADS = frozenset("universitas institut".split())
# Heads of the names of a state's missions abroad: "KBRI Abuja" is Indonesia's embassy in Nigeria, a body
# of Indonesia; the city in its name is where it is (they hold their place as a name head does above)
MISSION_OWNERS = {"kbri": "Indonesia", "kjri": "Indonesia"}

# Words after which a title lists its portfolios with commas: "Menteri Koordinator Bidang Politik,
# Hukum, dan Keamanan Mahfud MD"
LIST_TITLES = frozenset(("bidang", "menteri"))

# Titles of heads of state or government: right after them two capitals are initials of the name
# ("Perdana Menteri KP Sharma Oli"), where after "Menteri" they may name a ministry ("Menteri KP")
HEAD_TITLES = frozenset("presiden perdana pm raja ratu kanselir emir sultan".split())

# Lower-case words inside a body's name when its acronym closes it: "Otoritas Antarpemerintah untuk
# Pembangunan (IGAD)", "Pasukan Sementara PBB di Lebanon (UNIFIL)"
ORG_NAME_JOINS = frozenset("untuk di bagi".split())

# Words of a street address: a run holding one is no actor ("Jl Sudirman Kav 5").
ADDRESS_WORDS = frozenset("jl jln jalan kav kavling no kel kec kecamatan kelurahan rt rw gg gang blok".split())

# Words that never start a name even when capitalized, though they are not in the lexicon.
NOT_NAMES = frozenset("""
ia dia beliau mereka kami kita saya aku anda itu ini tersebut para sang sejumlah
wib wita wit ktt rp usd bbm pt tbk hut syiah sunni
baca juga advertisement editor penulis reporter foto video simak lihat
senin selasa rabu kamis jumat sabtu minggu januari februari maret april mei juni juli agustus
september oktober november desember
""".split())

# Head words of an organization's name ("Kementerian Luar Negeri", "Partai Demokrat").
ORG_HEADS = frozenset("""
kementerian kemenko kantor badan komisi dewan partai universitas majelis mahkamah lembaga
kedutaan konsulat pemerintah angkatan tentara kepolisian kelompok gerakan front garda
organisasi asosiasi perhimpunan persatuan serikat federasi bank perusahaan yayasan sekretariat
departemen pasukan brigade milisi penjaga administrasi kongres parlemen senat komando korps armada
komite panitia satgas satuan otoritas biro direktorat pengadilan kejaksaan misi koalisi aliansi institut
pusat akademi konfederasi grup kbri kjri gabungan himpunan ikatan kartel
society council forum organization organisation party agency institute university company
corporation group news times post foundation association union front initiative centre center studies
college endowment committee commission authority ministry department bureau institution alliance
coalition network federation league movement
""".split())

# Words (English mostly: the lexicon is Indonesian) that no person's name holds: a capitalized
# run with one of them and no title is a market, a product or a place ("Wall Street", "West Texas
# Intermediate", "Pertamina Outlook").
NOT_PERSON_WORDS = frozenset("""
street wall market markets policy outlook intermediate affairs energy research exchange index
securities capital holdings fund futures brent crude oil gas petroleum resources trading partners
international global asia pacific economics economic strategic studies report review journal
teluk aparatur kajian kelola retreat summit dialogue konferensi festival expo negara-negara
""".split())

# Of those, the words of a market or a traded good: a capitalized run holding one names the market or
# the good, and the place inside it is no actor ("West Texas Intermediate", "New York Mercantile Exchange").
MARKET_WORDS = frozenset("""
intermediate exchange futures crude brent index market markets securities mercantile
""".split())

# Head words of a named document, plan or operation ("Deklarasi Jeddah", "Perjanjian Paris",
# "Konsensus Lima Poin"): the name is no actor, nor is the place inside it.
DOCUMENT_HEADS = frozenset("""
deklarasi perjanjian traktat konvensi protokol piagam resolusi konsensus kesepakatan pakta komunike
memorandum doktrin inisiatif prinsip undang-undang statuta kovenan
""".split())

# Words that open the name of a war, a plan or a crisis ending in a place's head word ("Perang Teluk",
# "Rencana Tata Ruang Laut", "Krisis Selat Taiwan"): no place named
NAMED_THING_HEADS = frozenset("perang rencana operasi krisis insiden tragedi".split())

# Words that, before a country's name (and nothing after it), name the state acting: "Pemerintah
# Brasil", "pasukan Prancis", "otoritas Singapura" are the country (annotators list the state).
GOVERNMENT_WORDS = frozenset(("pemerintah", "pasukan", "tentara", "otoritas"))

# Lower-case words after which a lone capitalized name is an organization ("kelompok pemberontak
# M23", "tentara bayaran Wagner"); later mentions of that name are the same organization.
GROUP_WORDS = frozenset("kelompok pemberontak milisi militan gerilyawan faksi separatis bayaran kartel geng".split())
# Words a company's name comes after, a word or two of its trade and its state between ("perusahaan
# pertahanan Turki Baykar", "maskapai Belavia"), and the mark that opens one's name ("PT Republik Aero
# Dirgantara")
COMPANY_WORDS = frozenset("perusahaan maskapai produsen pabrikan raksasa konglomerat operator emiten".split())
COMPANY_MARKS = frozenset(("PT",))
# What names a ship, no actor: a navy's prefix ("BRP Sierra Madre", "KRI Usman Harun") or "kapal" a
# word or two before ("kapal survei Oruc Reis"); named again bare ("menarik Sierra Madre"), it is still one
SHIP_PREFIXES = frozenset("BRP KRI USS HMS HMAS INS ROKS JS".split())
SHIP_WORDS = frozenset(("kapal",))
# ... and the words a company's own name ends with, a state's name before them its part ("maskapai
# Azerbaijan Airlines", "perusahaan China Telecom")
COMPANY_TAILS = frozenset("airlines airways telecom petroleum energy motors steel holdings corporation corp inc ltd".split())

# Head words of a place's name ("Istana Merdeka", "Pangkalan Udara Al Udeid").
PLACE_HEADS = frozenset("""
istana gedung pangkalan bandara bandar pelabuhan menara rumah ruang balai laut selat teluk pulau samudra samudera
kepulauan kota provinsi kabupaten semenanjung gunung sungai lapangan alun-alun masjid
gereja kampus hotel wilayah kawasan jalur tanjung lanud dangkalan beting karang atol
centre center square palace tower base
""".split())

# Prepositions after which a lone unknown capitalized word is read as a place ("di Srinagar").
PLACE_PREPOSITIONS = frozenset(("di", "ke", "dari", "menuju", "dekat", "kota", "wilayah", "kawasan", "provinsi", "desa"))
# ... and after which an unknown name of several words with no title is a place too ("di San
# Francisco", "ke Mae Sot"); not "dari": "pesan dari Joe Biden"
PLACE_PREPOSITIONS_BEFORE_NAMES = PLACE_PREPOSITIONS - {"dari"}

# Lower-case words that go on inside an English organization's name ("Institute for Security and
# Strategic Studies", "Council on Foreign Relations").
NAME_JOINS = frozenset(("for", "of", "and", "on", "the", "in"))

# "Khalil al-Hayya": an Arabic article before a capital is inside a name.
NAME_ARTICLES = ("al-", "el-", "ad-", "as-", "ar-", "an-")

# Honorifics that may open a name ("Sheikh Mohammed", "Sultan Ibrahim"): a shorter form of a
# name already given is the same person.
# Words between a title and its former holder's name: "Presiden Rusia saat itu Dmitry Medvedev".
THEN_WORDS = frozenset(("saat itu", "kala itu", "ketika itu", "waktu itu"))
# A title read back from a name set off by a comma holds no active verb: "Presiden Jokowi menyampaikan
# ... hingga Surabaya, Jawa Timur" titles no one "Jawa Timur" (a place after a comma)
NO_TITLE_VERB_PREFIXES = ("me", "ber")
# ... but a verb in a relative clause describing the role goes on the title ("pengusaha yang berasal
# dari Singapura, Peter Lim", "pejabat yang mewakili Kementerian Luar Negeri, Arrmanatha Nasir")
TITLE_RELATIVES = frozenset(("yang",))

HONORIFICS = frozenset("sheikh syekh syeikh sultan emir pangeran raja ratu ayatollah paus bapak ibu".split())

# Malay styles before a name ("Datuk Seri Anwar Ibrahim", "Tan Sri Muhyiddin Yassin", "Dato' Sri
# Mohamad Hasan"): part of the title, never of the name. (Not "Tun": Burmese names open with it,
# "Tun Tun Naing".)
STYLES = ("datuk seri", "dato seri", "datuk sri", "dato sri", "datin seri", "datin paduka", "tan sri",
          "puan sri", "toh puan", "datuk", "dato", "datin")

# Lower-case words that may sit inside a name ("von der Leyen", "Lula da Silva", "bin Salman").
# Abbreviations with a period inside a name ("St. Petersburg", "Mt. Everest")
NAME_ABBREVIATIONS = frozenset(("st", "mt", "ft"))
# Head words that, capitalized and alone, name the one body or person of the article whose name opens
# with them ("Kongres AS ... memberi penjelasan kepada Kongres", "Paus Fransiskus ... Paus kemudian
# bertemu ...", "Mahkamah Internasional ... Mahkamah memiliki tanggung jawab")
BARE_HEADS = frozenset("kongres senat parlemen kabinet mahkamah majelis komisi paus".split())
# A regime's word that, alone, names the state whose regime it was last said to be ("junta militer
# Myanmar ... junta menolak"): a mention of that state
REGIME_WORDS = frozenset(("junta",))
# Words after a full name that make it another person's: "Donald Trump Jr." is not Donald Trump
NAME_SUFFIXES = frozenset(("jr", "sr"))
NAME_PARTICLES = frozenset(("von", "der", "van", "de", "da", "dos", "del", "los", "las", "bin", "binti", "al", "el", "es", "la", "le"))

# Family names written first (Chinese, Korean, Taiwanese, Singaporean and Malaysian Chinese): the
# short name of "Wang Yi", "Mao Ning" or "Yoon Suk Yeol" is "Wang", "Mao", "Yoon", not the given
# name at the end. (Not Vietnamese names, told by their last word, nor Japanese, which Indonesian
# news writes given name first.)
FAMILY_NAME_FIRST = frozenset("""
xi wang li zhang liu chen yang huang zhao zhou xu sun zhu hu guo lin luo gao zheng liang xie tang
feng deng cao peng zeng xiao tian dong pan yuan cai jiang du cheng wei ding shen yao zhong cui fan
liao xue qin qian mao wu hou kong shao xiong qiu dai lu yu he ma han song shi jin bai wen yan fu ren
su ye gu meng lai tsai ko tan ong goh teo ng lim
kim lee park choi jung kang cho yoon jang shin seo kwon hwang ahn yoo hong jeon moon son bae baek
heo nam noh kwak chung ban
""".split())

# Titles of those who lead a state: "kedua pemimpin" are the last two of them named, when two are
# (ministers named since the leaders met are not the leaders).
_LEADERS = "presiden|perdana menteri|pm|raja|ratu|kanselir|emir|sultan|putra mahkota|kaisar|pemimpin|ketua"

# Plural references to the two parties last named: "kedua negara" -> the last two countries.
PAIR_REFERENCES = {
    "kedua negara": "country", "dua negara": "country", "kedua pihak": "any",
    "kedua pemimpin": "person/" + _LEADERS, "kedua presiden": "person", "kedua kepala negara": "person/" + _LEADERS,
    "kedua kepala pemerintahan": "person/" + _LEADERS, "kedua delegasi": "country", "kedua pejabat": "country", "keduanya": "any",
    # "kind/title word!unlike": the last two people whose title holds that word (not inside "unlike")
    "kedua menteri": "person/menteri!perdana menteri", "dua menteri": "person/menteri!perdana menteri",
    "kedua menlu": "person/menteri luar negeri|menlu", "kedua menhan": "person/menteri pertahanan|menhan",
    "kedua perdana menteri": "person/perdana menteri|pm",
}

# References to the two sides of a dispute ("kedua pihak menandatangani Deklarasi Jeddah"): the two
# named last after the word that opens a pair of sides ("perundingan antara SAF dan RSF"), of any kind,
# before the pair named last (which may be the mediators: "Arab Saudi dan AS, selaku mediator").
SIDES_REFERENCES = ("kedua pihak",)
SIDES_OPENER = "antara"
# ... unless told as another pair than the story's ("Perundingan terpisah antara pemerintah Kongo dan M23")
SIDES_OTHER = ("terpisah", "lain")
# ... and never the mediators: a pair told as brokering ("Kesepakatan yang difasilitasi Arab Saudi dan
# Amerika Serikat", "para fasilitator dari Arab Saudi dan AS"); the sides are then the last pair named
# together ("X dan Y") of which neither brokered, of any kind ("Delegasi SAF dan RSF menandatangani ...").
# The word that joins two names ("SAF dan RSF", "Presiden Jokowi dan Perdana Menteri Lee")
AND_WORD = "dan"
MEDIATOR_WORDS = ("difasilitasi", "dimediasi", "fasilitator", "mediator", "penengah", "ditengahi")

# A person's nickname, told beside the name: after it ("Jimmy Cherizier alias Barbecue", "Mohamad, yang
# akrab disapa Tok Mat", "yang dikenal sebagai Hemedti") or before a word that tells it ("kata Roy, sapaan
# akrabnya" after "Rolliansyah Soemirat"). The nickname names the last person named before it from then on.
NICKNAMES = (r"(?:\balias\s+|\byang\s+(?:akrab\s+|biasa\s+|kerap\s+)?disapa\s+|"
             r"\byang\s+(?:lebih\s+)?(?:akrab\s+)?dikenal\s+(?:sebagai|dengan\s+(?:nama|sebutan|panggilan))\s+)"
             r"[\"“]?(?P<after>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)\b(?![\w-])|"
             r"\b(?P<before>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?),\s+(?:sapaan|panggilan)\s+akrab")
# how far before a nickname told after a name that name may end (a title or "pemimpin" between)
NICKNAME_REACH = 40
# words one of which every nickname told holds (looked for first: few articles tell one)
NICKNAME_WORDS = ("alias ", "disapa ", "dikenal ", " akrab")

# Plural references to the three parties last named: "ketiga pemimpin" -> the three leaders most
# talked about of those named last (same kinds as above).
TRIO_REFERENCES = {
    "ketiga negara": "country", "tiga negara": "country", "ketiga pemimpin": "person/" + _LEADERS,
    "ketiga kepala negara": "person/" + _LEADERS, "ketiganya": "any",
    "ketiga menteri": "person/menteri!perdana menteri",
}

# The number words every one of those references opens with, alone or after "ke" (a fast search)
GROUP_COUNT_WORDS = ("dua", "tiga", "empat")

# ... and to the four ("Keempat menteri sepakat ...")
QUARTET_REFERENCES = {
    "keempat negara": "country", "empat negara": "country", "keempat pemimpin": "person/" + _LEADERS,
    "keempat menteri": "person/menteri!perdana menteri", "keempatnya": "any",
}

# A derived noun of a portfolio ("Pelindungan", "Pemberdayaan", "Kesejahteraan"): after a title it
# is still the title, never a name, even when the lexicon lacks it.
PORTFOLIO_WORD = r"(?:pe|ke)[a-z]{3,}an|[a-z]{3,}isme"

# Words naming someone by their counterpart role ("mitranya dari Belarus Vladimir Makei"): like a
# title a few words before a party, they make the unknown name after that party a person.
COUNTERPART_WORDS = frozenset(("mitra", "mitranya", "rekan", "rekannya", "kolega", "koleganya", "sejawatnya",
                               "timpalan", "timpalannya", "sahabatnya"))

# Words that introduce a person and are no titles: kin and roles ("istrinya, Peng Liyuan", "istri Castillo,
# Lilia Paredes", "pebasket AS Brittney Griner", "pegiat lingkungan Morad Tahbaz"), and "menggantikan"
# ("menggantikan Patricia Scotland"). Up to three words before an unknown name (a title word too, when
# words part it from the name: "dokter klinik tersebut, Naw Htoo Paw"), they make it a person even named
# once and untitled. Possessive "-nya" is taken off before the look-up.
PERSON_CUES = frozenset("""
istri suami ayah anak putri adik kakak cucu kakek nenek menantu keponakan janda
rekan sekutu pengusaha taipan pebasket pegiat terpidana tersangka terdakwa pedagang dokter pesaing penantang
pendahulu penerus pengganti sandera pembangkang ulama menggantikan kandidat calon gembong buronan
penulis pemerintahan
""".split())

# Words right before the name of a thing, never of a person ("latihan gabungan skala besar bertajuk Keris
# Woomera"): no title or role word before them makes that name a person's.
THING_NAMERS = frozenset("bertajuk berjudul bersandi bertema berkode".split())

# Verbs of speech or judgment, and of taking or leaving office, only a person (or a body, which has a
# head word) does: an unknown name of two words or more right before one, or set off by commas before
# one, is a person even named once and untitled ("..., Andreas Simanjuntak, menilai ...", "Tamar
# Kiknadze dari ... mengatakan", "Mikheil Kavelashvili dilantik sebagai presiden").
PERSON_VERBS = frozenset("""
mengatakan menilai menyebut menuturkan menegaskan menjelaskan menambahkan mengungkapkan berpendapat
memperingatkan mengkritik menuding menuduh mengaku berharap menyatakan menekankan menyampaikan
dilantik terpilih menjabat mengundurkan mundur
""".split())

# Bodies numbered with a Roman numeral that belongs to their name ("Ketua Komisi I Utut Adianto": the
# numeral is no initial of the name after it)
NUMBERED_BODIES = frozenset(("komisi",))

# Ordinary words Indonesian names hold after their first word ("Rizal Hakim Siregar", "Arya Mahendra
# Putra", "Rizki Amalia Putri"): such a run with no title is still a person's name
NAME_WORDS = frozenset("hakim putra putri adil indah cahaya bintang mulia perdana utama surya".split())

# Ordinary words the corpus lexicon (lexicon_common.txt) lacks: a capitalized run they open names an
# event, not an actor ("Perundingan Jeddah dimulai pada 6 Mei")
EXTRA_COMMON = frozenset("perundingan referendum".split())

# What may stand between the state or body in a title and the person who holds it: the post it is
# for ("Komisaris Tinggi PBB untuk Hak Asasi Manusia Volker Turk", "Duta Besar Rusia untuk Korea
# Selatan Georgy Zinoviev"). The person is the one who acts, not the body or the state of the title.
TITLE_POST_FOR = r"\s+untuk\s+(?:[A-Z][\w'’-]*,?\s+|dan\s+)*"
# ... or what sets the holder apart after a comma, the body's short name and seat between ("Peneliti
# senior Centre for Strategic and International Studies (CSIS) Jakarta, Rizky Andromeda, menilai ..."):
# the person in apposition is the one who acts
TITLE_APPOSITION = r"\)?(?:\s*\([^()]{1,20}\))?(?:\s+[A-Z][\w.'’-]*){0,2}\s*,\s*"
