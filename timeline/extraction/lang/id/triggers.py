"""Event triggers: the words that signal each event type, with an example each.

One row: (type, pattern, strength, example). `pattern` is a regular expression matched, case
folded, on word boundaries. `strength` is "verb" (the clause states the event), "noun" (a
nominal mention: kept when it has a date or two parties of its own, otherwise it only adds
evidence to an event already found), "say" (a reporting verb: a statement event, kept when
nothing else happens in the clause) or "plan" (a schedule word: an event of the kind its clause
tells, SCHEDULED_KINDS, on the date it is scheduled for, kept when the sentence tells no other). Rows are tried in order; the first row that covers a span
wins, so longer, more specific patterns come first. Adding a trigger is adding a row; every
example is run by tests/unit/test_events.py and must yield an event of its type.
"""
from __future__ import annotations

from .morph import Raw as R, alt, forms as f, main_clause as mc

# What a host receives that is a visit though no person is named: "menerima delegasi militer Korea Selatan".
VISITOR_GROUPS = ("delegasi ", "rombongan ", "utusan ")

# Passive verbs of criticism that name their critic right after them, without "oleh" ("langkah itu
# dikecam Washington"): a trigger only when a party follows.
AGENT_NEXT = ("dikecam", "dikritik", "diprotes", "dikutuk")
# A state leaving a bloc: a trigger only when the bloc is named right after and a state before
# ("Niger keluar dari ECOWAS"; not "keluar dari ruang sidang", "X keluar dari Partai Bersatu")
ORG_NEXT = ("keluar dari", "menarik diri dari")
# ... and these a person named right after them, titles allowed between ("menyambut Presiden Chile Gabriel
# Boric", not "menyambut baik usulan itu"; "menahan Presiden Mohamed Bazoum", not "menahan laju Rusia")
PERSON_NEXT = ("menyambut", "menahan")
# ... unless the agent is told with "oleh", wherever it is then named ("dikecam oleh banyak negara")
BY_AGENT = r"\s+(?:keras\s+)?oleh\b"

# "Houthi, yang menguasai ibu kota": who holds a place, not the taking of it
NOT_HELD = r"(?<!yang\s)"
# A membership only wished, sought or offered ("tujuan bergabung dengan Uni Eropa", "menolak undangan
# bergabung dengan BRICS", "keinginan menjadi anggota", "berkomitmen bergabung dengan Uni Eropa"): no joining told
NOT_WISHED = "".join(rf"(?<!{w}\s)" for w in ("upaya", "tujuan", "ambisi", "keinginan", "aspirasi", "impian",
                                              "undangan", "tawaran", "harapan", "niat", "rencana", "berkomitmen"))
# Lifting a measure: a sanction trigger, cancelled ("China mencabut tarif atas anggur Australia")
LIFTED = r"(?:mencabut|pencabutan|mencabutnya|menangguhkan|penangguhan)\s+(?:[\w-]+\s+){0,3}?(?:sanksi|tarif|embargo|bea\s+masuk|larangan\s+(?:ekspor|impor|masuk))"
# An envoy recalled "untuk konsultasi" / "untuk berkonsultasi": the recall's purpose, no meeting
NOT_PURPOSE = r"(?<!untuk\s)"

# A government's meeting of its own ("rapat darurat keamanan nasional", "rapat darurat Biro Keamanan Nasional",
# "rapat kabinet"): no meeting between parties
OWN_MEETING = r"(?!\s+(?:\w+\s+)?(?:kabinet|keamanan\s+nasional|(?:dewan|biro|komite)\s+keamanan\s+nasional))"

# "masa sidang" (a parliament's term), "ruang sidang" (the hall), "pra-sidang": no sitting held
NOT_SITTING = r"(?<!masa\s)(?<!ruang\s)(?<!pra-)"

# What calling a deed or a person makes criticism ("menyebut keputusan Moskow 'sangat disayangkan'",
# "menyebut Petro sebagai sosok yang 'antisemit'")
BAD_NAMES = ("pelanggaran", "provokasi", "agresi", "penghinaan", "pembajakan", "perampokan", "penculikan", "premanisme",
             "bodoh", "konyol", "absurd", "gegabah", "ceroboh", "memalukan", "peredaan", "appeasement", R(r"ancaman\s+bagi"), R(r"(?:sangat\s+)?disayangkan"),
             R(r"(?:sangat\s+)?keliru"), R(r"(?:tidak|tak)\s+(?:berdasar|sopan|adil|dapat\s+dibenarkan|bisa\s+dibenarkan)"),
             "manipulasi", "diskriminatif", "bencana", R(r"sewenang-wenang"), "ilegal", "sembrono", "provokatif",
             R(r"ancaman\s+(?:langsung|serius|nyata)"), R(r"(?:tidak|tak)\s+sah"),
             R(r"(?:bagian\s+dari\s+)?kampanye\s+(?:histeria|fitnah|disinformasi|propaganda|hitam)"), "propaganda",
             R(r"(?:tidak|tak)\s+(?:bertanggung\s+jawab|bermanfaat|(?:dapat|bisa)\s+diterima)"), R(r"antisemit\w*"),
             R(r"pengadilan\s+kanguru"), "sandiwara", "lelucon", R(r"kesalahan\s+(?:besar|fatal)"),
             R(r"upaya\s+(?:\w+\s+){0,2}?(?:untuk\s+)?menggagalkan"),
             R(r"tindakan\s+(?:yang\s+)?(?:agresi|provokatif|ilegal|sepihak|keji|biadab|pengecut|tercela|"
               r"tidak\s+bertanggung\s+jawab)"),
             "berbahaya", "egois", "diskriminasi", "proteksionisme", "pemerasan", "intimidasi", R(r"campur\s+tangan"),
             "merongrong", R(r"pukulan\s+berat"), "persekusi", "keji", "keterlaluan", "kudeta",
             R(r"(?:tidak|tak)\s+(?:profesional|aman|layak)"))

# What "mengancam" endangers rather than threatens: then it is no threat event
ENDANGERED = ("keamanan", "stabilitas", "kelanjutan", "keselamatan", "perdamaian", "akses", "ekspor", "impor",
              "keutuhan", "eksistensi", r"masa\s+depan", "nyawa", "jiwa", "kehidupan", "lingkungan", "kesehatan",
              "ekonomi", "perekonomian", "proses", r"mata\s+pencaharian", "pasokan", "kedaulatan", "ketahanan",
              "produksi", "industri", "stok", "kesejahteraan", "demokrasi", "integritas", "kelangsungan")

# A charge a person is held or tried on ("diadili atas tuduhan merancang kudeta", "ditahan dengan tuduhan
# spionase"): the court's or the police's step, no one's accusation
CHARGED = r"(?<!atas\s)(?<!dengan\s)"

# A threat faced or lived under ("tidak akan mundur menghadapi ancaman militer", "di bawah ancaman"): the
# facing is told, no threat made
FACED = r"(?<!menghadapi\s)(?<!hadapi\s)(?<!bawah\s)"
# Deeds one side promises against the other on a condition (see the threat rows)
RETALIATION = (r"(?:membalas|melakukannya|menahan(?!\s+diri)|mempertahankan|menjatuhkan|memutus(?:kan)?|menutup|"
               r"menyerang|melawan|menembak\w*|menindak|mengusir|menarik)\b")

# What a parliament ratifies when it is a treaty: that treaty's agreement, not a measure of its own
_NO_TREATY = (r"(?!\s+(?:[\w-]+\s+){0,2}?(?:pakta|traktat|protokol|konvensi|persetujuan|mou|keanggotaan|aksesi|perjanjian|"
              r"kesepakatan|ratifikasi))")

# A joint statement that voices a view ("pernyataan bersama yang mendesak Kongres ..."): a statement,
# not the text two sides agreed on
_VOICING = (r"(?!\s+yang\s+(?:[\w-]+\s+){0,2}?(?:mendesak|menyerukan|membela|mengecam|mengutuk|menolak|meminta|"
            r"menyatakan|menegaskan|menyesalkan|mengkritik))")

# Words that say who spoke only right after a closing quote ('"...," tegas Ali', '"...?" tanya
# Faisal'); elsewhere they are "firm", "clear", "add", "continue" ...
QUOTE_SPEECH = ("tegas", "jelas", "tanya", "tambah", "imbuh", "ungkap", "sebut", "papar", "pungkas", "tukas",
                "terang", "lanjut", "jawab", "timpal", "kilah", "tandas", "seru", "urai")
_AFTER_QUOTE = "".join(rf"|{w}(?<=[,.!?][\"”’'] {w})" for w in QUOTE_SPEECH)

TRIGGERS: tuple[tuple[str, str, str, str], ...] = (
    # call: phone or video
    ("call", r"(?:menerima|melakukan|menggelar|mengadakan)\s+(?:panggilan\s+)?(?:telepon|sambungan\s+telepon)", "verb",
     "Prabowo menerima telepon dari Trump pada 15 Juli 2025."),
    ("call", r"(?:pembicaraan|percakapan|panggilan|sambungan|komunikasi)\s+(?:via\s+|melalui\s+)?(?:telepon|video)", "noun",
     "Trump memuji Petro setelah pembicaraan via telepon pada 7 Januari 2026."),
    # (a meeting held by video is a call: "bertemu secara virtual", "pertemuan daring")
    ("call", r"(?:menelepon|meneleponnya|ditelepon|bertelepon|berbicara\s+(?:lewat|melalui|via)\s+telepon|panggilan\s+video|konferensi\s+video|"
             r"(?:bertemu|pertemuan)\s+(?:secara\s+)?(?:virtual|daring))", "verb",
     "Trump menelepon Presiden Rusia Vladimir Putin pada 18 Agustus 2025."),
    ("call", r"(?:melalui|lewat|via)\s+(?:sambungan\s+|panggilan\s+)?telepon", "verb",
     "Trump mengucapkan selamat kepada Lee Jae-myung melalui telepon pada 5 Juni 2025."),
    ("call", r"berbicara\s+dengan", "verb",
     "Trump akan berbicara dengan Zelensky pada 19 Mei 2025."),
    ("call", r"kembali\s+berbicara", "verb",
     "Pejabat militer India dan Pakistan dijadwalkan kembali berbicara pada 12 Mei 2025."),
    # threat
    # (what is "endangered", keamanan, stabilitas, ekspor, is no one threatened: "aksi yang mengancam
    # keamanan nasional", "EUDR yang dinilai mengancam ekspor sawit")
    ("threat", r"(?:mengancam(?!\s+(?:" + "|".join(ENDANGERED) + r")\b)|" + FACED + r"ancaman|ultimatum|mengultimatum)", "verb",
     "Pada 4 Januari 2026, Trump mengeluarkan ancaman terhadap Petro."),
    ("threat", r"(?:memberi(?:kan)?|menetapkan|mengeluarkan|menjatuhkan)\s+(?:[\w-]+\s+){0,2}?(?:tenggat|batas\s+waktu|tenggat\s+waktu)", "verb",
     "Presiden Ghana memberikan tenggat tiga hari kepada kelompok pemberontak itu pada 2 Maret 2026."),
    # a warning of a price to pay is a threat; a plain warning stays a statement
    ("threat", r"memperingatkan(?=[^.;]{0,160}?(?:harga\s+(?:yang\s+)?(?:sangat\s+)?(?:mahal|berat)|konsekuensi\s+(?:serius|berat|fatal)|"
               r"\b(?:jika|apabila|bila)\b[^.;]{0,80}?\b(?:akan|bakal|bisa|dapat)\b|"
               r"\b(?:akan|bakal|bisa|dapat)\b[^.;]{0,80}?\b(?:jika|apabila|bila)\b|"
               # ("memperingatkan Pakistan soal risiko sanksi jika ...")
               r"risiko\s+(?:sanksi|serangan|tarif)|"
               r"(?:langkah|tindakan)\s+(?:tegas|balasan)|"
               r"akibat\w*\s+(?:serius|berat|fatal)|balasan\s+(?:keras|setimpal|tegas)|pembalasan|"
               # "... akan dianggap sebagai sasaran sah militer Rusia", "Rusia dapat membalas"
               r"sasaran\s+(?:yang\s+)?sah|\b(?:dapat|bisa|akan|siap)\s+membalas\b))", "verb",
     "Perdana Menteri Fiji memperingatkan Vanuatu pada 3 Maret 2026 bahwa negara itu akan menerima balasan keras."),
    # ... and so is a warning of what the warned or the warner's side will do ("memperingatkan bahwa
    # Washington tidak akan melanjutkan perundingan dagang", "memperingatkan Pyongyang akan mengambil ..."),
    # not of what a thing pointed at will do ("memperingatkan bahwa wabah itu akan meluas")
    ("threat", r"memperingatkan(?=\s+(?:bahwa\s+)?(?:(?!itu\s|tersebut\s|ini\s)[\w-]+\s+){0,6}?(?:akan|bakal)\s)", "verb",
     "Presiden Kenya memperingatkan pada 2 Maret 2026 bahwa Nairobi akan menutup perbatasan dengan Somalia."),
    ("threat", r"(?:(?:harus|akan)\s+(?:bersiap\s+(?:untuk\s+)?)?(?:membayar|menanggung)|bersiap\s+(?:untuk\s+)?(?:membayar|menanggung)|membayar|menanggung)\s+harga\s+(?:yang\s+)?(?:sangat\s+)?(?:mahal|berat)", "verb",
     "Menurut Menteri Pertahanan Chile, Peru harus bersiap membayar harga yang mahal atas insiden pada 3 Maret 2026."),
    # criticism
    ("criticism", r"(?:mengecam|kecaman|mengutuk|kutukan|mengkritik|mengkritisi|kritikan|menuding|tudingan|menuduh|" + CHARGED + r"tuduhan|"
                  r"menyalahkan|memprotes|mencela|mengecamnya|menyesalkan|menyindir|mengejek|meremehkan|mencemooh|menegur|teguran|meluapkan\s+kekesalan\w*|adu\s+mulut|menjuluki\w*|"
                  r"(?:dikecam|dikutuk|dikritik|diprotes)(?=\s+(?:keras\s+)?oleh\s)|menghina|"
                  r"(?:menilai\s+(?:[\w-]+\s+){0,4}?(?:sebagai\s+)?[\"“]?|(?:menyebut|menyebutnya)\s+(?:[\w-]+\s+){0,5}?(?:sebagai\s+)?[\"“]?)"
                  r"\s*(?:sebuah\s+|bentuk\s+|(?:sosok|hal|langkah|tindakan|upaya|aksi|sikap)\s+yang\s+[\"“]?)?"
                  r"(?:sangat\s+)?" + alt(*BAD_NAMES) + ")", "verb",
     "Zelensky mengecam serangan Rusia pada 17 Mei 2025."),
    # an insult in quoted speech is criticism ('"Mereka diktator," kata ...'); outside quotes it may describe.
    # (Not "teroris": a speaker names the group he fights by it, "memerangi teroris Hamas", no insult told.)
    ("criticism", r"(?:diktator|tiran|penjahat\s+perang|pembohong|bajak\s+laut|preman|pengecut|munafik|biadab|barbar|"
                  r"penjajah|penghasut|omong\s+kosong|memalukan|tidak\s+bermoral|tikaman\s+dari\s+belakang|"
                  r"tusukan\s+dari\s+belakang|pengkhianatan|menusuk\s+dari\s+belakang)(?=[^\"”“]{0,60}[\"”])", "verb",
     '"Ya, mereka memang pembohong," kata Presiden Meksiko tentang Kuba pada 2 Maret 2026.'),
    # attack (non-state violence); "serangan" by a state is re-typed military_action by events/
    ("attack", r"(?:serangan\s+(?:bersenjata|teror|terorisme|bom)|bom\s+bunuh\s+diri|pengeboman|penembakan\s+massal|"
               r"meledakkan\s+bom|"
               r"penyanderaan|penculikan)", "noun",
     "Serangan bersenjata Hamas menewaskan 26 orang pada 22 April 2025."),
    ("attack", r"(?:ledakan\s+(?:ranjau|bom)|ditembak\s+mati|ditembak\s+hingga\s+tewas|dibunuh|membunuh|pembunuhan|ditikam|penikaman|dibom)", "verb",
     "Aktivis Sikh Hardeep Singh Nijjar ditembak mati oleh dua pria bertopeng di Kanada pada 18 Juni 2023."),
    ("attack", r"(?:menyita|membajak|merampas|menyandera|menahan)\s+(?:[\w-]+\s+){0,2}?(?:kapal|tanker|perahu)|"
               r"(?:menyita|merampas)\s+(?:[\w-]+\s+){0,2}?(?:senapan|senjata)|"
               r"(?:kapal|tanker)\s+(?:[\w-]+\s+){0,6}?(?:disita|dibajak|dirampas)", "verb",
     "Kelompok bersenjata itu menyita kapal kargo berbendera Panama di Laut Arab pada 2 Maret 2026."),
    # military action by a state
    ("military_action", r"(?:operasi\s+militer|intervensi\s+militer|invasi|menginvasi|serangan\s+udara|serangan\s+militer|"
                        r"menggempur|membombardir|mengebom|menembakkan\s+(?:\w+\s+){0,2}(?:rudal|roket|peluru|artileri|mortir)|meluncurkan\s+(?:\w+\s+){0,4}(?:rudal|roket|pesawat\s+nirawak|drone|operasi|misi\s+(?:militer|angkatan\s+laut|maritim|pengawasan|patroli))|"
                        r"melancarkan\s+(?:\w+\s+){0,2}(?:serangan|operasi|invasi)|saling\s+serang|bentrokan\s+bersenjata|"
                        r"mengerahkan\s+(?:[\w.,-]+\s+){0,4}?(?:pasukan|tentara|tank|artileri|pesawat|kapal|jet|rudal|personel)|"
                        r"(?:menyemprotkan|menyemprot|disemprot)\s+(?:[\w-]+\s+){0,4}?meriam\s+air|mengarahkan\s+(?:sinar\s+)?laser|menabrak|ditabrak|menghantam|dihantam|" + NOT_PURPOSE + r"berperang|" + NOT_PURPOSE + r"menyerang|menembak\s+jatuh|latihan\s+militer(?:\s+(?:gabungan|bersama))?|"
                        r"menduduki|menyerbu|menembaki|blokade|memblokade|menghadang|mencegat|merebut(?!\s+kekuasaan)"
                        # (a seat, votes, a title or hearts won: no taking by force)
                        r"(?!\s+(?:kembali\s+)?(?:kursi|suara|gelar|medali|piala|hati|simpati|perhatian|kemenangan|"
                        r"dukungan))|" + NOT_HELD + r"menguasai"
                        r"(?!\s+(?:sekitar\s+|hampir\s+|lebih\s+dari\s+)?(?:\d|pasar|pangsa|porsi|produksi|cadangan|sebagian\s+besar|mayoritas|"
                        r"separuh|setengah|ekonomi|teknologi|industri|perdagangan|bahasa))|"
                        r"serangan(?:\s+pesawat\s+nirawak)?)", "verb",
     "Rusia melancarkan invasi skala penuh ke Ukraina pada 24 Februari 2022."),
    # sanction
    ("sanction", r"(?:menjatuhkan\s+sanksi|sanksi|embargo|mengenakan\s+tarif|menambah\s+tarif|menaikkan\s+tarif|"
                 r"memberlakukan\s+tarif|menerapkan\s+tarif|"
                 # a duty imposed, told by its noun ("perintah eksekutif pengenaan tarif terhadap tiga mitra dagang")
                 r"pengenaan\s+(?:[\w-]+\s+){0,2}?(?:tarif|bea\s+masuk)|"
                 r"mengusir\s+(?:[\w-]+\s+){0,2}?(?:duta\s+besar|dubes|diplomat|kuasa\s+usaha|atase|konsul)|pengusiran|"
                 # "mengusir Pavan Kumar Rai, diplomat India ...": the one expelled named, then his post
                 r"mengusir\s+(?:[\w.'-]+\s+){0,4}?[\w.'-]+,\s+(?:seorang\s+)?(?:duta\s+besar|dubes|diplomat|atase)|"
                 r"(?:menangguhkan|menghentikan|melarang)\s+(?:\w+\s+){0,2}?penerbangan|"
                 r"memerintahkan\s+(?:para\s+|seluruh\s+)?(?:diplomat|duta\s+besar|dubes)|"
                 r"mencabut\s+kekebalan(?:\s+diplomatik)?|memperketat\s+(?:\w+\s+){0,2}?(?:ekspor|impor)|"
                 # a bloc suspending a member ("Uni Afrika menangguhkan keanggotaan Gabon"); a member freezing
                 # its own ("membekukan partisipasinya") is relations
                 r"(?:membekukan|menangguhkan|mencabut)\s+(?:keanggotaan|partisipasi)(?!nya)|"
                 r"(?:keanggotaan|partisipasi)\s+(?:[\w-]+\s+){1,5}?(?:ditangguhkan|dibekukan|dicabut)|"
                 r"melarang\s+(?:[\w-]+\s+){0,3}?(?:melintasi|melintas\s+di|memasuki|terbang\s+di)\s+wilayah\s+udara|"
                 # closing a border or the airspace to a neighbour, as dev types "menutup wilayah udaranya"
                 r"(?:menutup|ditutup)\s+(?:sementara\s+)?(?:seluruh\s+|semua\s+|sejumlah\s+)?(?:perlintasan|pos\s+lintas\s+batas|"
                 r"gerbang\s+perbatasan|perbatasan\w*|wilayah\s+udara\w*)|"
                 r"(?:memberi|memberikan)\s+(?:[\w-]+\s+){0,3}?waktu\s+\S+\s+(?:jam|hari)\s+(?:[\w-]+\s+){0,5}?untuk\s+meninggalkan|menangguhkan\s+perjanjian|menutup\s+wilayah\s+udara\w*|membekukan\s+perdagangan|"
                 r"membekukan\s+aset|larangan\s+(?:impor|ekspor)|"
                 # "India menangguhkan layanan visa bagi warga Kanada"
                 r"(?:menangguhkan|menghentikan|membekukan)\s+(?:sementara\s+)?(?:layanan|penerbitan|pemberian|pengurusan)\s+visa|"
                 r"(?:menyatakan|menetapkan|mendeklarasikan)\s+(?:[\w.,-]+\s+){0,8}?sebagai\s+persona\s+non\s+grata|persona\s+non\s+grata|"
                 r"(?:menangguhkan|menghentikan|membekukan)\s+(?:\w+\s+){0,2}?(?:pembelian|penjualan|ekspor|impor)\s+senjata)", "verb",
     "Amerika Serikat menjatuhkan sanksi terhadap Iran pada 3 Maret 2025."),
    # relations
    ("relations", r"(?:(?:memulihkan|memutus(?:kan)?|menurunkan\s+level|membuka|menjalin|menormalisasi|membekukan)\s+hubungan(?:\s+diplomatik)?|"
                  r"menjalin\s+kemitraan(?:\s+strategis)?(?:\s+komprehensif)?|"
                  r"memulihkan\s+(?:kembali\s+)?perwakilan\s+diplomatik|"
                  r"hubungan\s+diplomatik|" + NOT_WISHED + r"menjadi\s+anggota(?!\s+(?:[\w-]+\s+){0,2}?(?:pertama|kedua|ketiga|keempat|kelima|terakhir|ke-\d+)\s+yang\b|\s+yang\b)|(?<!sebagai\s)anggota\s+penuh|" + NOT_WISHED + r"bergabung\s+dengan(?!\s+(?:para|pasukan|demonstran|pengunjuk\s+rasa|massa|warga|tentara)\b)|resmi\s+bergabung|keanggotaan\s+penuh|"
                  r"membuka\s+(?:kembali\s+)?kedutaan|menutup\s+kedutaan|(?:mengalihkan|memindahkan)\s+pengakuan|penarikan\s+(?:duta\s+besar|dubes)|(?:membekukan|menangguhkan|mencabut)\s+keanggotaannya|memulihkan\s+keanggotaan|(?:menarik\s+diri|keluar)\s+dari\s+(?:perjanjian|kesepakatan|traktat|pakta|organisasi|keanggotaan)|mengakui\s+(?:kemerdekaan|kedaulatan|negara)|"
                  # ties cut short of relations: "menghentikan pertukaran intelijen dengan lembaga-lembaga AS"
                  r"(?:menghentikan|menangguhkan|membekukan)\s+(?:seluruh\s+|semua\s+)?(?:pertukaran\s+intelijen|"
                  r"kerja\s+sama\s+(?:militer|keamanan|intelijen|pertahanan)))", "verb",
     "Petro memulihkan hubungan diplomatik dengan Venezuela pada 2022."),
    # a bloc declaring a state its member: the membership itself, not a mere statement
    ("relations", r"(?:menyatakan|menetapkan|mengumumkan|mengukuhkan|menerima)\s+(?:[\w-]+\s+){1,3}?sebagai\s+anggota(?:\s+penuh|\s+tetap|\s+baru)?", "verb",
     "Uni Afrika secara resmi menyatakan Maroko sebagai anggota penuh pada 30 Januari 2017."),
    ("relations", r"(?:menarik|memulangkan)\s+(?:pulang\s+)?(?:duta\s+besar\w*|(?:\w+\s+){0,2}?(?:staf|personel)\s+diplomatik\w*|"
                  r"(?:seluruh\s+|semua\s+|para\s+)?diplomat\w*)|"
                  r"(?:membekukan|dibekukan|menangguhkan|ditangguhkan|memulihkan|dipulihkan)\s+kerja\s+sama\s+(?:militer|pertahanan)|"
                  r"(?:membekukan|menangguhkan)\s+partisipasinya|"
                  # ties frozen or mended, told of the ties ("Hubungan itu sempat dibekukan pada 1967 dan baru
                  # dipulihkan pada 1990", "membekukan kemitraan strategisnya dengan Tbilisi")
                  r"(?:hubungan|kerja\s+sama)\s+(?:[\w-]+\s+){0,4}?(?:sempat\s+|baru\s+|kembali\s+|kemudian\s+)?(?:dibekukan|dipulihkan|dinormalisasi)\b|"
                  r"(?:membekukan|menangguhkan)\s+(?:[\w-]+\s+){0,2}?kemitraan|membekukan\s+komunikasi\s+dengan|"
                  r"(?:menaikkan|meningkatkan|mengangkat)\s+(?:status\s+|level\s+|tingkat\s+)?hubungan(?:\s+(?:diplomatik|bilateral|kedua\s+negara))?\s+(?:\w+\s+){0,2}?(?:menjadi|ke)", "verb",
     "Israel menarik duta besarnya dari Turki pada 2 Mei 2024."),
    # disappointment voiced at another party: "Indonesia sangat kecewa karena situasi di Myanmar memburuk"
    ("criticism", r"(?:kecewa|kekecewaan|menyayangkan)", "verb",
     "Presiden Indonesia menyatakan sangat kecewa terhadap Myanmar pada 11 November 2022."),
    ("criticism", r"memanggil\s+(?:duta\s+besar|kuasa\s+usaha|(?:para\s+)?diplomat)|"
                  r"dipanggil(?=\s+(?:oleh\s+|ke\s+)?(?:kementerian|kemlu|kemenlu|deplu|menteri|wakil\s+menteri|menlu|wamenlu))", "verb",
     "Kementerian Luar Negeri RI memanggil duta besar Australia pada 5 Maret 2025."),
    # agreement
    ("agreement", r"(?:(?:menandatangani|meneken)(?!\s+(?:perintah|undang|dekret|keputusan|peraturan))|diteken|ditandatangani|"
                  r"meratifikasi|ratifikasi|penandatanganan|menyepakati|"
                  r"sepakat(?:\s+untuk)?(?:\s+(?:mengadopsi|mengesahkan|menyetujui|menandatangani|meneken|meratifikasi))?|bersepakat|kesepakatan|perjanjian|konsensus|nota\s+kesepahaman|"
                  # agreeing to do something ("India setuju mengganti personel militernya secara bertahap")
                  r"setuju(?=\s+(?:untuk\s+)?(?:me|be)[a-z]{3,}\b)|"
                  # making peace ("Abiy dan Isaias berdamai pada Juli 2018")
                  r"berdamai|"
                  r"pernyataan\s+bersama" + _VOICING + r"|traktat|mencapai\s+kesepakatan|gencatan\s+senjata|deklarasi\s+damai|"
                  r"(?:mengadopsi|mengesahkan|menyetujui|diadopsi|disahkan|melahirkan|menghasilkan|mengeluarkan|merilis)\s+"
                  r"(?:\w+\s+){0,2}?(?:deklarasi|resolusi|komunike|piagam|kerangka\s+kerja\s+sama)|"
                  r"deklarasi\s+bersama)", "verb",
     "India dan Pakistan sepakat menghentikan aksi militer pada 10 Mei 2025."),
    # an arms purchase is a deal between states: "Indonesia memesan 11 jet tempur Su-35 dari Rusia"
    ("agreement", r"(?:memesan|membeli|pembelian|pengadaan)\s+(?:[\w.-]+\s+){0,3}?(?:jet\s+tempur|pesawat\s+tempur|kapal\s+selam|"
                  r"kapal\s+perang|fregat|rudal|tank|alutsista|sistem\s+pertahanan)", "verb",
     "Indonesia memesan 11 jet tempur Sukhoi Su-35 dari Rusia pada 2018."),
    # talks concluded are the deal reached: "resmi menuntaskan perundingan batas ZEE"
    ("agreement", r"(?:menuntaskan|merampungkan|menyelesaikan)\s+(?:[\w-]+\s+){0,2}?(?:perundingan|negosiasi)", "verb",
     "Indonesia dan Vietnam resmi menuntaskan perundingan batas ZEE pada 22 Desember 2022."),
    # a state breaking off its treaty with another: relations, as leaving a treaty is ("Junta memutus
    # perjanjian pertahanan dengan Prancis"; not "menyatakan keluar dari", said of leaving a party or a hall too)
    ("relations", r"(?:memutus(?:kan)?|mengakhiri)\s+(?:[\w-]+\s+){0,2}?(?:perjanjian|kesepakatan|pakta|traktat)(?=\s+(?:[\w-]+\s+){0,3}?dengan\s)", "verb",
     "Junta Mali memutus perjanjian pertahanan dengan Prancis pada 2 Mei 2022."),
    # a deal called off is an agreement, cancelled: "membatalkan kontrak pengadaan kapal selam"
    ("agreement", r"(?:membatalkan|memutus)\s+(?:[\w-]+\s+){0,2}?(?:kontrak|perjanjian|kesepakatan)", "verb",
     "Australia membatalkan kontrak pengadaan kapal selam dengan Prancis pada 15 September 2021."),
    # election, taking or leaving office
    ("election", r"(?:menonaktifkan|dinonaktifkan|dilantik|pelantikan|pemilu|pemilihan\s+umum|pemilihan\s+presiden|pilpres|pilkada|referendum|"
                 r"pemilihan\s+(?:parlemen|legislatif|kepala\s+daerah|gubernur|wali\s+kota|wakil\s+presiden|perdana\s+menteri|sela|lokal)|"
                 r"memenangi\s+pemilu|"
                 r"terpilih\s+(?:kembali|sebagai|secara|dalam\s+pemilu|pada(?=\s+(?:\d|tahun|pemilu)))|(?:kembali\s+dipilih|dipilih(?:\s+kembali)?)\s+sebagai|"
                 r"(?:kembali|baru|mulai|pertama\s+kali)\s+menjabat|mengundurkan\s+diri|"
                 # taking office: "memulai masa jabatan ketiganya", "mengambil alih tugas kepresidenan"
                 r"(?:memulai|mengawali)\s+masa\s+jabatan|masa\s+jabatan(?:nya)?\s+(?:[\w-]+\s+){0,4}?berakhir|mengambil\s+alih\s+(?:tugas\s+|jabatan\s+)?(?:kepresidenan|presiden)|"
                 # leaders choosing or naming the holder of an office
                 r"(?:memilih|menunjuk|ditunjuk)(?=\s+(?:[\w.-]+\s+){0,8}?sebagai\s+(?:ketua|sekretaris\s+jenderal|sekjen|presiden|"
                 r"perdana\s+menteri|pemimpin|kepala|direktur\s+jenderal))|menunjuk\s+(?:seorang\s+)?perdana\s+menteri\s+(?:baru|sementara|interim)|"
                 r"memenang(?:i|kan)\s+(?:pemilu|pemilihan|pilpres)|mundur\s+dari\s+jabatan\w*|diambil\s+sumpah\w*|"
                 # taking office told as a time since ("sejak menjabat pada Oktober tahun lalu", "sejak Trump
                 # kembali ke Gedung Putih pada 20 Januari")
                 r"menjabat(?:(?<=sejak menjabat)|(?<=mulai menjabat)|(?<=resmi menjabat)|(?<=kembali menjabat)|(?<=baru menjabat)|"
                 r"(?<=kali menjabat))(?=\s+(?:[\w-]+\s+){0,2}?(?:pada|sejak)\b)|kembali\s+(?:ke\s+gedung\s+putih|berkuasa)(?=\s+pada\b)|"
                 # a government dismissed or stepping down
                 r"(?:membubarkan|dibubarkan)\s+kabinet\w*|menyerahkan\s+mandat\w*|"
                 r"mengalahkan\s+(?:kaum|kandidat|calon|lawan|petahana)|"
                 r"diberhentikan|dicopot|dimakzulkan|pemakzulan|memakzulkan|dilengserkan|digulingkan)", "verb",
     "Prabowo dilantik sebagai presiden pada 20 Oktober 2024."),
    # a leader proclaiming himself (after a coup): taking office, not a mere statement
    ("election", r"(?:mengumumkan|menyatakan|memproklamasikan|mendeklarasikan)\s+diri(?:nya)?\s+sebagai"
                 # (an office: "sebagai pemimpin baru Niger", not "sebagai pelindung komunitas Druze")
                 r"(?=\s+(?:[\w-]+\s+)?(?:pemimpin|kepala|presiden|perdana|raja|ketua|penguasa|panglima|pemerintah|khalifah|sultan))|"
                 r"(?:mengambil|mengucapkan)\s+sumpah(?:\s+jabatan)?\s+sebagai", "verb",
     "Kolonel Mamadi Doumbouya mengumumkan dirinya sebagai presiden sementara Guinea pada 5 September 2021."),
    # -- broad coverage: the affixed forms of the base words journalists use for each type,
    #    generated by morph.py (after the specific rows above, so those keep their spans; before the
    #    meeting rows, whose bare 'diterima' would take 'diterima sebagai anggota') --
    ("agreement", alt(mc(f("ratifikasi", "di"), f("sepakat", "di-i")), f("sepaham", "ke-an"),
                      # what was agreed, told with the day it was ("Konsensus Lima Poin yang disepakati para
                      # pemimpin ASEAN di Jakarta pada April 2021")
                      R(r"disepakati(?<=yang disepakati)(?=(?:\s+[\w-]+){0,8}?\s+pada\s+(?:[\w-]+\s+)?\d)"),
                      "mou", "memorandum of understanding", f("paraf", "di me"), "memorandum saling pengertian", "pakta", "komunike bersama",
                      "mencapai kesepahaman"), "verb",
     "Indonesia dan Peru mencapai kesepahaman soal perikanan di Lima pada 4 Maret 2026."),
    ("agreement", alt(f("setuju", "me-i di-i"), "mengesahkan", "disahkan") + r"\s+(?:\w+\s+){0,2}?(?:pakta|traktat|protokol|konvensi|persetujuan|mou|keanggotaan|aksesi|perjanjian|kesepakatan|naskah\s+(?:final|akhir))", "verb",
     "Parlemen Peru menyetujui protokol perbatasan dengan Ekuador pada 6 Maret 2026."),
    ("relations", alt(f("putus", "me me-kan di di-kan pe-an"), f("pulih", "me-kan di-kan pe-an"), f("buka", "di pe-an"),
                      f("beku", "me-kan di-kan pe-an"), f("jalin", "di"),
                      "normalisasi") + r"\s+hubungan", "verb",
     "Pemutusan hubungan Nikaragua dengan Taiwan diumumkan pada 9 Desember 2021."),
    ("relations", alt("diterima sebagai anggota", "bergabung sebagai anggota", "bergabung ke dalam",
                      "hengkang dari", *ORG_NEXT, "memanggil pulang", "dipanggil pulang", R(alt(f("usir", "pe-an")) + r"\s+(?:duta\s+besar|dubes|diplomat)"),
                      "menarik dubes", "memulangkan dubes",
                      # a refusal to recognise a state's leader (a boycott is no trigger: annotators read it
                      # as relations, as the occasion called off, or as nothing)
                      R(r"menolak\s+mengakui\s+(?:legitimasi|pemerintah\w*|rezim)"),
                      # an envoy's credentials handed over or accepted; a state leaving a bloc
                      R(r"(?:menyerahkan|menerima|diserahkan|diterima)\s+(?:\w+\s+)?surat\s+kepercayaan"),
                      R(r"resmi\s+keluar\s+dari"),
                      # accession talks opened or suspended: a step in the relation of a state to a bloc
                      R(r"(?:membuka|memulai|meluncurkan|menangguhkan|membekukan|pembukaan|penangguhan|pembekuan)\s+"
                        r"(?:secara\s+resmi\s+)?(?:perundingan|negosiasi|pembicaraan)\s+(?:aksesi|keanggotaan)")), "verb",
     "Timor Leste diterima sebagai anggota ASEAN pada 26 Oktober 2025."),
    ("criticism", alt("memanggil dubes",
                      # a passive names its critic with "oleh", or it is no event of anyone's
                      R(alt(f("kecam", "di"), f("kritik", "di"), f("tuding", "di"), f("tuduh", "di"), f("salah", "di-kan"),
                            f("protes", "di"), f("kutuk", "di")) + r"(?:\s+keras)?\s+oleh"),
                      # or right after it ("dikecam Washington"): events/ keeps it only then
                      R(alt(*AGENT_NEXT) + r"(?:\s+keras)?(?!\s+(?:keras\s+)?oleh\b)"),
                      "melontarkan kritik", "melontarkan kritikan", "menentang keras",
                      R(r"melontarkan\s+(?:pernyataan|komentar|ucapan)\s+(?:yang\s+)?(?:bernada\s+)?(?:keras|pedas|tajam)"),
                      R(r"(?:melayangkan|mengajukan|menyampaikan|mengirim(?:kan)?)\s+(?:nota\s+)?(?:protes|keberatan)"),
                      R(r"melayangkan\s+nota\s+diplomatik")), "verb",
     "Presiden Brasil dikecam keras oleh Argentina atas pernyataannya pada 3 Maret 2026."),
    ("threat", alt(f("gertak", "me -an"), f("intimidasi", "me 0"),
                   # a response promised on a condition: "AS akan merespons sesuai dengan itu jika ..."
                   R(r"(?:akan|siap)\s+(?:[\w-]+\s+)?(?:membalas|merespons|bertindak)(?=[^.;]{0,80}?\b(?:jika|apabila|bila)\b)"),
                   R(r"(?:tidak\s+akan\s+ragu|tak\s+akan\s+ragu|tidak\s+segan|tak\s+segan)\s+(?:untuk\s+)?mengambil\s+"
                     r"(?:langkah|tindakan)\s+(?:militer|tegas|keras)"),
                   # not ruling out force: "menolak mengesampingkan penggunaan kekuatan militer"
                   R(r"(?:tidak|tak|menolak)\s+(?:mau\s+)?mengesampingkan\s+(?:opsi\s+|kemungkinan\s+)?(?:penggunaan\s+)?"
                     r"(?:kekuatan|aksi|opsi|serangan|tindakan|intervensi)\s+militer")), "verb",
     "Angkatan Laut Iran menggertak kapal perang Inggris di Selat Hormuz pada 2 Maret 2026."),
    ("meeting", alt(mc(f("kunjung", "di-i"), f("jamu", "di"), f("sambang", "di-i"), f("runding", "di-kan"), f("negosiasi", "di-kan"),
                       f("tengah", "di-i")), f("lawat", "me"),
                    f("runding", "me-kan"), f("negosiasi", "me-kan"), f("dialog", "ber"),
                    f("tengah", "me-i"), R(NOT_PURPOSE + "berkonsultasi"),
                    R(r"(?:menggelar|mengadakan|melangsungkan|melakukan)\s+dialog"),
                    "berjabat tangan", "bersalaman"), "verb",
     "Menteri Luar Negeri Chile dan Argentina berdialog di Santiago pada 2 Maret 2026."),
    # a readiness to punish is a threat, not the punishment: "siap menjatuhkan sanksi kepada ..."
    ("threat", alt(R(r"(?:siap|bersiap|tak\s+segan|tidak\s+segan|tidak\s+akan\s+ragu|bisa|dapat|berhak)\s+(?:untuk\s+)?"
                     r"(?:menjatuhkan|mengenakan|memberlakukan|menerapkan)\s+(?:\w+\s+)?sanksi"),
                   R(r"(?:langkah|tindakan)(?:-langkah|-tindakan)?\s+(?:balasan|pembalasan|tegas|keras)"),
                   R(r"(?:menjatuhkan|menanggung|menghadapi)\s+konsekuensi"),
                   # "akan ada konsekuensi bagi Arab Saudi"; "Mereka yang bermain api akan terbakar"
                   R(r"akan\s+ada\s+(?:\w+\s+)?konsekuensi"), R(r"bermain\s+api\s+(?:[\w-]+\s+){0,2}?terbakar"),
                   # "Washington akan mengambil langkah yang diperlukan jika ...", "berhak mengambil semua langkah
                   # yang diperlukan"
                   R(r"(?:akan|siap|berhak)\s+(?:untuk\s+)?mengambil\s+(?:semua\s+|segala\s+|setiap\s+)?(?:langkah|tindakan)"
                     r"(?:-langkah|-tindakan)?\s+(?:yang\s+)?(?:diperlukan|perlu)"),
                   # "akan merespons secara proporsional setiap provokasi", "siap membalas ... setiap serangan"
                   R(r"(?:akan|siap|bersiap|bersumpah)\s+(?:untuk\s+)?(?:membalas|merespons|menanggapi|bertindak)\b"
                     r"[^.;,]{0,40}?\b(?:setiap|segala|semua)\s+(?:bentuk\s+)?(?:provokasi|serangan|agresi|pelanggaran)"),
                   # a deed against the other side promised on a condition ("Jika AS melakukan uji coba senjata
                   # nuklir, kami juga akan melakukannya", "Mogadishu akan mempertahankan setiap jengkal wilayahnya jika
                   # Ethiopia ...", "Turki akan terus menahan ratifikasi jika ...")
                   R(r"(?<!hanya\s)(?:akan|bakal)\s+(?:juga\s+|terus\s+)?" + RETALIATION
                     + r"(?=[^.;]{0,100}?\b(?:jika|apabila|bila|kalau)\s)"),
                   R(r"(?:jika|apabila|bila|kalau)\s+[^.;,]{3,100},\s*(?:maka\s+)?(?:[\w-]+\s+){1,3}?(?:juga\s+|pun\s+)?"
                     r"(?:akan|bakal)\s+(?:terus\s+)?" + RETALIATION),
                   # ... told in the passive: "provokasi itu akan dibalas dengan tegas"
                   R(r"(?:provokasi|serangan|agresi|pelanggaran)\s+(?:[\w-]+\s+){0,3}?akan\s+dibalas"),
                   # "Houthi bersumpah membalas"; "akan merespons dengan seluruh cara yang tersedia"
                   R(r"bersumpah\s+(?:untuk\s+)?(?:[\w-]+\s+){0,3}?(?:akan\s+)?(?:membalas|membalaskan)"),
                   R(r"(?:akan|siap)\s+(?:merespons|menanggapi|membalas)\s+dengan\s+(?:seluruh|segala|semua)\s+(?:cara|langkah|opsi|sarana)"),
                   # "Respons ini akan berlanjut pada waktu dan tempat yang kami pilih"
                   R(r"(?:pada|di)\s+waktu\s+dan\s+tempat\s+yang\s+(?:kami\s+|mereka\s+|kita\s+)?(?:pilih|tentukan)")), "verb",
     "Menteri Luar Negeri Amerika Serikat siap menjatuhkan sanksi kepada Sudan pada 3 Maret 2026."),
    ("sanction", alt(f("sanksi", "di"), f("embargo", "me di"), "pembekuan aset", "daftar hitam",
                     R(alt(f("larang", "me"), "menghentikan", "menangguhkan", "membekukan", "memblokir", "membatasi")
                       + r"\s+(?:\w+\s+){0,2}?(?:impor|ekspor)"),
                     R(alt("mencoret", "pencoretan", "dicoret", "mengeluarkan", "dikeluarkan", "menghapus", "penghapusan")
                       + r"\s+(?:[\w-]+\s+){0,3}?dari\s+(?:\w+\s+)?daftar"),
                     # put on a list of bodies dealt with as hostile ("memasukkan tiga perusahaan pertahanan AS ke
                     # dalam daftar entitas tidak andal"); a licence suspended or revoked
                     R(r"(?:memasukkan|dimasukkan)\s+(?:[\w-]+\s+){0,5}?ke\s+(?:dalam\s+)?daftar"),
                     R(r"(?:menangguhkan|mencabut|membekukan)\s+izin"),
                     R(r"tarif\s+(?:impor|balasan|resiprokal|tambahan)"),
                     R(r"bea\s+masuk\s+(?:tambahan|balasan|antidumping|anti-dumping)"),
                     R(alt(f("kena", "me-kan di-kan"), f("naik", "me-kan"), f("laku", "memper-kan diper-kan"),
                           f("tetap", "me-kan"), f("terap", "me-kan"), "memberlakukan", "diberlakukan")
                       + r"\s+(?:[\w-]+\s+){0,2}?(?:bea\s+masuk|bea\s+impor|cukai\s+impor)"),
                     R(r"(?:langkah|bea|tarif|tindakan|penyelidikan)\s+(?:\w+\s+)?(?:antidumping|anti-dumping|antisubsidi|anti-subsidi)"),
                     R(r"tarif\s+(?:definitif|sementara|hukuman)"),
                     # a tariff taking effect ("Tarif tersebut akhirnya berlaku pada 4 Maret")
                     R(r"tarif\s+(?:[\w-]+\s+){0,3}?(?:mulai\s+)?berlaku"),
                     # a rate on someone's goods: "mengumumkan tarif 50% atas seluruh produk Brasil"
                     R(r"tarif\s+(?:[\w-]+\s+){0,2}?\d+(?:[.,]\d+)?\s*(?:%|persen)\s+(?:atas|terhadap)"),
                     # aid suspended or frozen ("Wellington mengumumkan penangguhan bantuan")
                     R(r"(?:menangguhkan|penangguhan|membekukan|pembekuan)\s+(?:sebagian\s+|seluruh\s+|semua\s+)?bantuan"),
                     # a licence suspended, supplies cut, a firm put on a list
                     R(r"(?:menangguhkan|membekukan|mencabut)\s+izin\s+(?:operasi|operasional|usaha)"),
                     R(r"(?:memutus|menghentikan)\s+(?:seluruh\s+|semua\s+)?pasokan"),
                     R(alt(f("masuk", "me-kan di-kan")) + r"\s+(?:[\w'-]+,?\s+){0,10}?ke\s+(?:dalam\s+)?daftar\s+(?:hitam|entitas|negara\s+sponsor|teroris|organisasi\s+teroris|sanksi)"),
                     # "menetapkan enam kartel Meksiko, termasuk ..., sebagai organisasi teroris asing"
                     R(alt(f("tetap", "me-kan di-kan")) + r"\s+[^.;\n]{1,120}?\bsebagai\s+(?:organisasi|kelompok|entitas)\s+teroris"),   # (a person: "sebagai teroris", no sanction)
                     R(LIFTED)), "verb",
     "Uni Eropa mengembargo senjata ke Myanmar pada 3 Maret 2026."),
    ("military_action", alt(mc(f("serang", "di"), f("invasi", "di"), f("duduk", "di-i"), f("blokade", "di"), f("gempur", "di"),
                               f("bombardir", "di")), f("duduk", "pe-an"), f("gempur", "-an"), f("tempur", "ber per-an"), "ditembaki",
                            "ditembak jatuh", "baku tembak", "pecah perang", "perang pecah", "pecahnya perang", "perang meletus", "meletusnya perang",
                            R(r"perang\s+(?:antara\s+)?(?:[\w-]+\s+){1,4}?pecah"), "berpatroli", "patroli militer",
                            R(r"latihan\s+(?:perang|tempur)(?:\s+(?:gabungan|bersama))?"),
                            R(alt(f("uji coba", "me"), "uji coba") + r"\s+(?:rudal|senjata|nuklir)"),
                            R(alt(f("kerah", "pe-an")) + r"\s+(?:pasukan|tentara|militer|kapal\s+perang|pesawat\s+tempur)")), "verb",
     "Posisi Kamboja di perbatasan digempur pesawat tempur Thailand pada 3 Maret 2026."),
    ("election", alt(f("lantik", "me"), "terpilih menjadi", "pengunduran diri", "mengundurkan diri", f("lengser", "me-kan 0"),
                     # (the verb alone: who takes office is named before a passive, after an active one)
                     R(r"(?:menunjuk|ditunjuk|mengangkat|diangkat|ditetapkan|mengukuhkan|dikukuhkan)(?=\s+(?:[\w.,-]+\s+){0,6}?(?:sebagai|menjadi)\s+(?:perdana\s+menteri|presiden|kanselir|kepala\s+(?:negara|pemerintahan)))"),
                     f("copot", "me pe-an"), "memberhentikan", "pemberhentian",
                     f("makzul", "di-kan")), "verb",
     "Kongres Peru memberhentikan Presiden Dina Boluarte pada 10 Oktober 2025."),
    ("relations", alt(R(r"pengakuan\s+(?:atas\s+)?(?:kemerdekaan|kedaulatan|negara)"), "diakui sebagai negara",
                      R(alt(f("naik", "me-kan"), f("tingkat", "me-kan")) + r"\s+status\s+hubungan"),
                      R(alt(f("tingkat", "me-kan pe-an")) + r"\s+hubungan\s+(?:[\w-]+\s+){0,4}?menjadi")), "verb",
     "Meksiko memberikan pengakuan atas negara Palestina pada 3 Maret 2026."),
    # (and "melepaskan lebih dari 60 tembakan", "melepaskan rudal")
    ("military_action", alt("melepaskan tembakan", R(r"melepaskan\s+(?:lebih\s+dari\s+|sekitar\s+|puluhan\s+|ratusan\s+)?"
                                                     r"(?:\d+\s+)?(?:tembakan|rudal|roket|peluru\s+artileri)"),
                            R(r"tembakan\s+(?:artileri|roket|rudal|mortir|peringatan|meriam)"),
                            R(r"(?:pasukan|tentara|prajurit|militer|kapal\s+perang|pesawat\s+tempur)\s+(?:[\w-]+\s+){0,3}?dikerahkan"),
                            R(r"(?:menembakkan|penembakan)\s+meriam\s+air"), R(r"bentrok\s+dengan(?!\s+(?:agenda|jadwal|acara|kegiatan|sidang|rapat))"), "bentrokan", R(r"saling\s+(?:gempur|tembak|serbu)"),
                            R(r"mobilisasi\s+(?:umum|militer|pasukan|tentara)"), R(r"latihan\s+tembak(?:\s+langsung)?"),
                            R(r"latihan\s+(?:angkatan\s+(?:laut|udara|darat)\s+|maritim\s+|penerbangan\s+(?:militer\s+)?)?(?:gabungan|bersama)"),
                            # a standoff: "pasukan India dan China berhadapan selama 73 hari", "kapal perang ... saling membayangi"
                            R(r"(?:pasukan|tentara|kapal\s+perang)\s+(?:[\w-]+\s+){0,6}?(?:saling\s+)?(?:berhadapan|membayangi)"),
                            # a drill held (not one of a disaster or an evacuation, nor a training in work or sport)
                            R(r"(?:menggelar|melakukan|mengadakan|melancarkan)\s+latihan\b(?!\s+(?:evakuasi|kebencanaan|bencana|"
                              r"gempa|kesiapsiagaan|pemadam|penanggulangan|kerja|keterampilan|kepemimpinan|bahasa|olahraga|"
                              r"sepak|fisik|rutin\s+tim))"),
                            R(alt("mengusir", "menghalau", "mengusirnya") + r"\s+(?:[\w-]+\s+){0,3}?(?:kapal|pesawat|jet|drone)"),
                            R(r"(?:kapal|pesawat)\s+(?:[\w-]+\s+){0,6}?(?:diusir|dihalau)"),
                            R(NOT_HELD + r"(?<!dituduh\s)(?<!disebut\s)(?<!disebutnya\s)(?:memasuki|menerobos|melanggar)\s+(?:\w+\s+)?(?:wilayah|perairan|zee|zona|ruang\s+udara)")), "verb",
     "Tentara Sudan Selatan melepaskan tembakan ke pos perbatasan Sudan pada 4 Maret 2026."),
    ("sanction", alt(R(r"larangan\s+(?:masuk|perjalanan|visa)"),
                     # a ban on trade, flights or envoys ("melarang seluruh impor produk perairan asal Jepang",
                     # "melarang pesawat Prancis melintasi wilayah udaranya")
                     R(r"melarang\s+(?:[\w-]+\s+){0,2}?(?:ekspor|impor|penjualan|pembelian|pesawat|maskapai|aplikasi|duta\s+besar|dubes)"), R(alt(f("batas", "pe-an")) + r"\s+(?:ekspor|impor|visa)")), "verb",
     "Amerika Serikat memberlakukan larangan perjalanan terhadap pejabat Nikaragua pada 2 Maret 2026."),
    ("meeting", alt("menyambut kedatangan", R(r"konferensi\s+(?:internasional|perdamaian|tingkat\s+menteri)"),
                    # a person received ("Prabowo menyambut Albanese", "... menyambut Perdana Menteri Australia
                    # Anthony Albanese"; not "menyambut baik keputusan itu": PERSON_NEXT)
                    R(r"menyambut(?!nya)(?!\s+(?:kedatangan|baik|positif|gembira|hangat|antusias|dingin|keputusan|langkah|"
                      r"usulan|rencana|tawaran|seruan|ajakan|inisiatif|hasil|pengumuman|kesepakatan|pernyataan|upaya|putusan|"
                      r"gencatan|pembebasan|bergabungnya|tercapainya|penandatanganan|"
                      r"itu|ini|tahun|hari|bulan|peringatan|perayaan|momen|kabar|berita)\b)"),
                    # "kembali duduk satu meja di Istanbul", "mempertemukan kedua negara", "mengutus delegasi ke
                    # markas NATO" (a "rapat" is mostly a government's own: "rapat terbatas", "rapat koordinasi")
                    "duduk satu meja", "duduk semeja", "audiensi", R(r"bersilaturahmi\s+(?:ke|dengan)"), "retret",
                    mc("mempertemukan", "dipertemukan"),
                    R(r"rapat\s+(?:kerja|perdana|bersama|darurat|terbuka|tertutup)" + OWN_MEETING),
                    # a round held ("Putaran pertama digelar di Jenewa pada Mei", "menggelar putaran lanjutan"),
                    # not one of a vote ("putaran kedua pemilu digelar", "pemilu ... yang putaran pertamanya digelar")
                    R(r"(?<!yang\s)putaran(?:nya)?\s+(?:(?!pemilu|pemilihan|pilpres|pemungutan)[\w-]+\s+){0,3}?"
                      r"(?:digelar|berlangsung|dilaksanakan|diadakan)\b"),
                    R(r"menggelar\s+putaran\b(?!\s+(?:[\w-]+\s+)?(?:pemilu|pemilihan|pilpres|pemungutan))"),
                    # a forum opened or held ("Jokowi membuka Forum Indonesia-Afrika ke-2 di Bali", "Forum serupa
                    # pertama kali digelar di Bali pada April 2018")
                    R(r"membuka\s+(?:secara\s+resmi\s+)?forum\b"), R(r"forum\s+(?:[\w-]+\s+){0,4}?(?:digelar|diselenggarakan)\b"),
                    R(r"(?:menggelar|mengadakan)\s+rapat(?!\s+(?:terbatas|koordinasi|paripurna|internal|pleno))" + OWN_MEETING),
                    R(r"batal\s+(?:hadir|datang)"),
                    R(r"(?:mengutus|mengirim(?:kan)?)\s+(?:\w+\s+)?(?:delegasi|utusan)\s+(?:[\w-]+\s+){0,6}?ke\b"),
                    # a press conference given together is a meeting of those who give it
                    R(r"(?:konferensi|jumpa)\s+pers\s+bersama(?=\s+(?:presiden|perdana|menteri|kanselir|raja))")), "verb",
     "Presiden Kenya William Ruto menyambut kedatangan Presiden Ghana di Nairobi pada 2 Maret 2026."),
    # meeting
    # a meeting arranged ("mulai mengatur pertemuan langsung antara Putin dan Zelensky"): the meeting, planned
    # (status.PLAN_TRIGGERS), a verb of its own, not the content of the verb before it
    ("meeting", r"(?:mengatur|menyiapkan|menjadwalkan|merencanakan)\s+(?:sebuah\s+|suatu\s+)?(?:pertemuan|kunjungan|ktt|perundingan|pembicaraan)", "verb",
     "Presiden Prancis mulai mengatur pertemuan antara Presiden Rusia dan Presiden Ukraina pada 9 April 2026."),
    ("meeting", r"(?:bertemu|menemui(?!\s+(?:jalan\s+buntu|kebuntuan|kegagalan|hambatan|kendala|ajal))|temui|bersua|menjamu|bertatap\s+muka|tatap\s+muka|pertemuan(?:\s+puncak)?|" + NOT_PURPOSE + r"konsultasi|konferensi\s+tingkat\s+tinggi|ktt|"
                r"kunjungan(?!\s+(?:turis|wisatawan|wisman|pelancong))(?:\s+kenegaraan|\s+kerja|\s+resmi)?|berkunjung|mengunjungi|lawatan|bertandang|menyambangi|"
                r"perundingan|berunding|bernegosiasi|negosiasi|pembicaraan|retreat|makan\s+(?:siang|malam)(?:\s+bersama)?|santap\s+malam|jamuan|misi\s+(?:dagang|perdagangan|ekonomi)|"
                r"menghadiri|disambut|menerima\s+kunjungan|" + NOT_SITTING + r"sidang|mengundang)", "verb",
     "Prabowo bertemu Presiden Prancis Emmanuel Macron di Paris pada 14 Juli 2025."),
    # arriving for a visit: "Pelosi mendarat di Taipei", "Lavrov tiba di Jakarta"
    ("meeting", r"(?:mendarat|tiba)\s+di(?!\s+(?:perairan|laut|lepas\s+pantai))", "verb",
     "Menteri Luar Negeri Rusia Sergei Lavrov tiba di Jakarta pada 3 Maret 2026."),
    # leaving for a visit or coming to one: "bertolak ke Ankara", "terbang ke Niamey", "akan datang ke Washington"
    # (the destination is the party)
    ("meeting", r"(?:bertolak|terbang|datang)\s+ke(?!\s+wilayah\s+udara)", "verb",
     "Perdana Menteri Jepang dijadwalkan bertolak ke Hanoi, Vietnam, pada 5 Maret 2026."),
    ("meeting", r"(?:menerima|diterima)(?=\s+\w)|menerimanya|berbincang(?:-bincang)?\s+dengan|menghadap(?=\s+(?:raja|ratu|sultan|kaisar|paus|yang\s+di-pertuan))", "verb",
     "Presiden Prabowo Subianto menerima Perdana Menteri Malaysia Anwar Ibrahim pada 29 Juli 2025."),
    # other dated political events: legal steps before a court, a court's orders, evacuations
    ("other", r"(?:(?:membawa|mengajukan|melaporkan|menyeret|mendaftarkan)\s+(?:[\w-]+\s+){0,3}?(?:perkara|kasus|gugatan|sengketa|tuntutan)|"
              r"mengadukan|putusan\s+(?:[\w()-]+\s+){0,2}?(?:mahkamah|pengadilan|icj|icc|banding|kasasi|panel)|"
              r"menggugat|memveto|(?:mahkamah|pengadilan|icj|icc|panel\s+wto|hakim)\s+(?:[\w()-]+\s+){0,6}?(?:memerintahkan|memutuskan|"
              r"menangguhkan|membatalkan|menolak\s+(?:klaim|gugatan|permohonan|banding)|mengabulkan|menguatkan|menjatuhkan|"
              r"mengeluarkan\s+(?:surat\s+)?perintah|dalam\s+putusan)|(?:dikuatkan|diperkuat)\s+(?:\w+\s+)?pengadilan|"
              # an investigation opened ("Komisi Eropa resmi membuka penyelidikan")
              r"(?:membuka|meluncurkan|memulai)\s+(?:[\w-]+\s+){0,2}?(?:penyelidikan|investigasi)|"
              # steps of a case between states: appeals, pleas, hearings, extraditions
              r"mengajukan\s+banding|mengaku\s+bersalah|ditetapkan\s+sebagai\s+tersangka|sidang\s+dengar\s+pendapat|"
              r"persidangan(?:nya)?\s+(?:[\w-]+\s+){0,2}?(?:digelar|dimulai|dibuka)|menyetujui\s+ekstradisi|ekstradisi|diekstradisi|mengekstradisi|"
              # aid sent or dropped
              r"(?:menerjunkan|penerjunan|mengirimkan|mengirim|menyalurkan|penyaluran|pengiriman)\s+(?:[\w-]+\s+){0,2}?bantuan|"
              r"mengevakuasi|dievakuasi|memulangkan\s+(?:\w+\s+)?(?:warga|wni)|"
              r"diberangkatkan|diseberangkan|dipulangkan|diterbangkan|dipindahkan|"
              r"(?:menunda|membatalkan)\s+(?:sidang|rapat|pemungutan\s+suara)|"
              # a state's measure announced: the measure is the news ("Yoon mengumumkan darurat militer",
              # "Castillo mengumumkan pembubaran Kongres")
              r"(?:mengumumkan|memberlakukan|menetapkan)\s+(?:status\s+)?(?:darurat\s+militer|keadaan\s+darurat)|"
              r"mengumumkan\s+pembubaran|"
              # a border crossing closed or opened again, told as the subject ("Perlintasan tersibuk di perbatasan
              # kedua negara itu ditutup sejak 6 September", "Gerbang perbatasan Torkham kembali dibuka")
              r"(?:perlintasan|gerbang\s+perbatasan|pos\s+lintas\s+batas)\s+(?:[\w-]+\s+){0,6}?(?:ditutup|(?:kembali\s+)?dibuka(?:\s+kembali)?)|"
              # a candidacy to a bloc granted ("Moldova memperoleh status kandidat anggota UE"); a mediator or an
              # envoy named ("menunjuk Presiden Senegal sebagai mediator"); a map issued ("menerbitkan peta baru");
              # an execution carried out; protests breaking out ("Gelombang protes bermula di Zhanaozen")
              r"(?:memperoleh|mendapat|mendapatkan|menerima|diberi)\s+status\s+(?:negara\s+)?kandidat|"
              r"(?:menunjuk|ditunjuk)\s+(?:[\w.-]+\s+){0,8}?sebagai\s+(?:mediator|penengah|utusan\s+khusus|juru\s+runding)|"
              r"(?:menerbitkan|merilis|meluncurkan|mengesahkan)\s+peta\b|"
              r"(?:mengeksekusi|dieksekusi|mengeksekusinya)|"
              r"(?:protes|unjuk\s+rasa|demonstrasi|kerusuhan)\s+(?:[\w-]+\s+){0,3}?(?:bermula|pecah|meletus|merebak)|"
              # protests ("ribuan warga turun ke jalan", "menggelar unjuk rasa di depan kedutaan")
              r"(?:menggelar|berunjuk)\s+(?:unjuk\s+)?rasa|berdemonstrasi|menggelar\s+demonstrasi|turun\s+ke\s+jalan)", "verb",
     "Guyana membawa sengketa perbatasan itu ke Mahkamah Internasional pada 4 Maret 2026."),
    ("agreement", r"(?:menyerahkan|menyampaikan|mendepositkan)\s+(?:\w+\s+){0,2}?(?:dokumen|instrumen|piagam)\s+(?:aksesi|ratifikasi|pengesahan)", "verb",
     "Perdana Menteri Norwegia menyerahkan dokumen aksesi kepada Menteri Luar Negeri Jerman pada 3 Maret 2026."),
    ("military_action", r"(?:mengirim(?:kan)?|menurunkan|memberangkatkan)\s+(?:[\w.-]+\s+){0,3}?(?:pasukan|tentara|personel\s+militer|prajurit|kapal\s+perang|jet\s+tempur|pesawat\s+tempur|kapal\s+induk|(?:kapal\s+)?fregat|kapal\s+perusak)|"
                        # troops sent ("pasukan pertama dapat diberangkatkan"); a war breaking out
                        r"(?:pasukan|tentara|prajurit|kontingen|personel\s+militer)\s+(?:[\w-]+\s+){0,3}?diberangkatkan|"
                        r"perang\s+(?:[\w-]+\s+){0,2}?(?:meletus|pecah|berkecamuk|berkobar)|(?:meletusnya|pecahnya)\s+perang|"
                        # troops moving on a place or a border, soldiers brawling ("pasukan kedua negara terpantau
                        # bergerak mendekati perbatasan", "tentara kedua negara berkelahi")
                        r"(?:pasukan|tentara|prajurit)\s+(?:[\w-]+\s+){0,4}?(?:bergerak|bergeser)\s+(?:ke|menuju|mendekati)\b|"
                        r"(?:pasukan|tentara|prajurit)\s+(?:[\w-]+\s+){0,3}?berkelahi", "verb",
     "Prancis mengirim 2.000 pasukan ke Mali pada 3 Maret 2026."),
    ("other", r"(?:(?:memproklamasikan|mendeklarasikan|memproklamirkan)\s+kemerdekaan|"
              # a leader fleeing, not people ("sekitar 150.000 lainnya melarikan diri ke negara-negara tetangga")
              r"(?<!lainnya\s)(?<!warga\s)(?<!orang\s)(?<!pengungsi\s)(?<!penduduk\s)(?<!sebagian\s)melarikan\s+diri|"
              # invited to join a bloc: no meeting ("Argentina diundang bergabung dengan BRICS")
              r"(?:mengundang|diundang)\s+(?:[\w-]+\s+){0,3}?(?:untuk\s+)?(?:bergabung|menjadi\s+anggota)|"
              r"menghukum\s+mati|hukuman\s+mati|mengeksekusi|dieksekusi|menyadap|penyadapan|"
              r"(?:membuka|dibuka)\s+(?:kembali\s+)?(?:seluruh\s+|semua\s+|sejumlah\s+)?(?:perlintasan|pos\s+lintas\s+batas|gerbang\s+perbatasan)|"
              r"(?:membuka|dibuka)\s+kembali\s+perbatasan|(?:membubarkan|dibubarkan)\s+(?:parlemen|dpr|majelis\s+(?:rendah|nasional))|"
              # "Gerbang perbatasan Torkham antara Pakistan dan Afghanistan kembali dibuka pada Jumat"
              r"(?:perlintasan|pos\s+lintas\s+batas|gerbang\s+perbatasan)\s+(?:[\w.()-]+\s+){0,8}?(?:kembali\s+dibuka|dibuka\s+kembali)|"
              r"(?:menerbitkan|mengeluarkan)\s+surat\s+perintah\s+penangkapan|pertukaran\s+(?:tahanan|tawanan|sandera)|"
              r"(?:meminta|mengajukan\s+permintaan)\s+(?:[\w-]+\s+){0,2}?(?:mengekstradisi|ekstradisi)|"
              r"(?:menyetujui|mengesahkan|meloloskan)\s+(?:rancangan\s+)?(?:undang-undang(?!\s+(?:tentang\s+|yang\s+)?(?:ratifikasi|pengesahan|mengesahkan|meratifikasi))|"
              r"regulasi|amendemen|amandemen|konstitusi)|"
              # a measure a parliament passes ("Parlemen Eropa meloloskan aturan itu", "EUDR disahkan Dewan
              # Uni Eropa pada 16 Mei"); a treaty it ratifies is that treaty's
              r"(?:(?:parlemen|dewan|majelis|kongres|senat|dpr|kabinet)\s+(?:[\w-]+\s+){0,3}?(?:mengesahkan|meloloskan|menyetujui)|"
              r"(?:disahkan|disetujui)\s+(?:oleh\s+)?(?:parlemen|dewan|majelis|kongres|senat|dpr|kabinet))" + _NO_TREATY + "|"
              # a law signed is a state's own act, no agreement ("Hassan Sheikh menandatangani undang-undang yang
              # membatalkan MoU tersebut"); one ratifying a treaty is that treaty's
              r"(?:menandatangani|meneken)\s+(?:rancangan\s+)?undang-undang(?!\s+(?:tentang\s+|yang\s+)?(?:ratifikasi|pengesahan|mengesahkan|meratifikasi))|"
              r"(?:membebaskan|dibebaskan|melepaskan|dilepaskan|pembebasan)\s+(?:[\w.-]+\s+){0,3}?(?:sandera|tahanan|tawanan)|"
              # people a state or a group held, let go ("Hamas membebaskan 13 warga Israel", "China membebaskan
              # jurnalis Australia Cheng Lei"); a national day of mourning declared
              r"(?:membebaskan|pembebasan)\s+(?:[\w.-]+\s+){0,3}?(?:warga|pekerja|jurnalis|wartawan|awak|nelayan|wni|aktivis|pelaut)\b|"
              r"hari\s+berkabung(?:\s+nasional)?|"
              r"meluncurkan\s+(?:\w+\s+)?satelit|(?:menyerahkan|menerima|mengambil\s+alih|(?:akan|bakal|resmi|mulai)\s+memegang)\s+(?:jabatan\s+)?presidensi|"
              r"(?:menarik|penarikan)\s+(?:(?:seluruh|sebagian|sisa|terakhir|semua)\s+)?(?:pasukan|tentara|personel\s+militer)|"
              r"mendeportasi|dideportasi|"
              # (a chair taken over, not one held: "akan memegang keketuaan ASEAN pada 2026", not "yang
              # memegang keketuaan ASEAN tahun ini")
              r"(?:akan|bakal|resmi|mulai)\s+memegang\s+keketuaan|mengambil\s+alih\s+keketuaan|"
              r"menyerahkan\s+keketuaan|keketuaan(?<!pemegang keketuaan)(?<!memegang keketuaan)|didirikan|mengajukan\s+permohonan(?:\s+resmi)?(?:\s+(?:keanggotaan|untuk\s+bergabung|bergabung|menjadi\s+anggota|aksesi))?|status\s+pengamat|evakuasi|"
              r"kudeta|merebut\s+kekuasaan|menggulingkan|darurat\s+militer|keadaan\s+darurat|tongkat\s+(?:estafet|keketuaan)|repatriasi|memberlakukan\s+(?:aturan|peraturan|undang-undang|kebijakan|jam\s+malam))", "verb",
     "ASEAN didirikan di Bangkok pada 8 Agustus 1967."),
    # what happens to people and ships between states: arrests and sentences, swaps, asylum, port
    # calls; and the opening of a work, a moratorium
    ("other", r"(?:ditangkap|penangkapan(?!\s+ikan)|menangkap(?!\s+ikan)|ditahan(?!\s+diri)|penahanan|menahan(?!\s+diri)|divonis|vonis|dijatuhi\s+hukuman|"
              r"(?:bertukar|menukar|ditukar)\s+(?:[\w.-]+\s+){0,3}?(?:tahanan|tawanan|sandera|narapidana|tentara|warga)|"
              r"(?:memberi(?:kan)?|diberi|mendapat(?:kan)?|meminta|mengajukan|mencari)\s+suaka|"
              r"(?:kapal|korvet|fregat)\s+(?:[\w.-]+\s+){0,6}?(?:bersandar|berlabuh|merapat)\s+di|meresmikan|diresmikan|peresmian|moratorium|peletakan\s+batu\s+pertama)", "verb",
     "Otoritas Kanada menangkap seorang eksekutif perusahaan China di Vancouver pada 1 Maret 2026."),
    # "Aturan itu mulai berlaku Sabtu (15/6)": the rule told before takes effect then (a reference
    # that dates it)
    ("other", r"(?:aturan|peraturan|undang-undang|kebijakan)(?=\s+(?:baru\s+)?(?:itu|tersebut)\s+(?:resmi\s+)?mulai\s+berlaku)|"
              # a rule taking effect on a day of its own ("undang-undang antiterorisme yang mulai berlaku pada
              # Juni 2023", "EUDR mulai berlaku pada 29 Juni 2023" after "Regulasi ...")
              r"(?:aturan|peraturan|undang-undang|regulasi|skema)(?=\s+(?:[\w-]+\s+){0,4}?(?:yang\s+)?(?:resmi\s+)?mulai\s+berlaku\b)", "noun",
     "Pemerintah Malaysia memberlakukan aturan baru bagi kapal asing. Aturan itu mulai berlaku pada 1 Maret 2026."),
    # statements: reporting verbs
    ("statement", r"(?:mengatakan|menyatakan|mengumumkan|menegaskan|menyebut(?:kan)?|menanggapi|merespons|mengaku|mengakui|meminta|"
                  r"menambahkan|menjelaskan|mengungkapkan|menyampaikan|membantah|mendesak|menyerukan|mengimbau|"
                  r"berjanji|memuji|mengapresiasi|menilai|membenarkan|melaporkan|berpidato|pidato|(?:jumpa|konferensi)\s+pers(?!\s+bersama\s+(?:presiden|perdana|menteri|kanselir|raja))|"
                  r"wawancara|usulan|mengusulkan|menulis|tulis|kata|ujar|ucap|tutur|menurut|diumumkan|disampaikan|"
                  r"dinyatakan|mengirim\s+surat|mengklaim|memperingatkan|menuturkan|memaparkan|membeberkan|mengingatkan|"
                  r"berharap|mengharapkan|menyambut\s+(?:baik|gembira|positif|hangat|antusias)|"
                  # welcoming a step ("menyambut putusan tersebut"), not a visitor
                  r"menyambut(?=\s+(?:putusan|keputusan|hasil|kesepakatan|pengumuman|langkah|usulan|rencana|tawaran|seruan|"
                  r"inisiatif|gencatan|pembebasan|bergabungnya|tercapainya|penandatanganan|upaya)\b)|demikian\s+(?:pernyataan|keterangan)|menekankan|mengemukakan|mengutarakan|menyinggung|"
                  r"mengungkap|diungkap|diusulkan|mencatat(?=\s*,|\s+bahwa\b)|memberi\s+tahu|memberitahu|memberitahukan|"
                  r"meluruskan|mempertanyakan|menggarisbawahi|menandaskan|menyoroti|mengklarifikasi|"
                  # an idea or a remark put forward ("melontarkan gagasan ...", "Kemungkinan itu sempat dilontarkan Jokowi")
                  r"(?:melontarkan|dilontarkan)(?=\s+(?:\w+\s+){0,2}?(?:pernyataan|gagasan|usulan|wacana|ide))|"
                  r"(?:pernyataan|gagasan|usulan|wacana|kemungkinan)\s+(?:\w+\s+){0,3}?dilontarkan|"
                  r"pernyataan\s+bersama|berkomentar|mengomentari|mewanti-wanti|mengonfirmasi|mengkonfirmasi|mengucapkan\s+selamat|ucapan\s+selamat" + _AFTER_QUOTE + ")", "say",
     "Petro menanggapi hal tersebut di media sosial pada 5 Januari 2026."),
    # a thing scheduled for a date ("Pemungutan suara dijadwalkan pada Sabtu (7/12)", "Sidang banding yang
    # sedianya digelar pada Juli", "Putaran ketiga yang semula dijadwalkan pada 17 September akhirnya
    # dibatalkan"): an event of its own when nothing else of the sentence is one; its kind is told by
    # the words around it (SCHEDULED_KINDS)
    ("other", r"dijadwalkan|direncanakan|sedianya", "plan",
     "Pemungutan suara di Majelis Nasional Prancis dijadwalkan pada Sabtu, 7 Maret 2026."),
)

# What a thing scheduled is, by the words of its clause up to a few after the schedule word: the first
# row matching wins; none matching, it is no event (measured: a thing of no told kind, "Skema tersebut
# dijadwalkan mulai berlaku", was as often not listed by annotators as listed).
SCHEDULED_KINDS = (
    ("other", r"sidang\s+(?:banding|putusan|pengadilan|vonis|lanjutan)|pembacaan\s+putusan|pemungutan\s+suara"),
    # a state's admission ("keanggotaan yang semula dijadwalkan berlaku 1 Januari 2024"): relations
    ("relations", r"penerimaan|keanggotaan|aksesi"),
    ("meeting", r"putaran|rapat(?!\s+(?:kabinet|terbatas|koordinasi|paripurna|internal|pleno))|bersidang|pembahasan|membahas\s+(?:[\w-]+\s+){0,4}?dengan|"
                r"(?:dijadwalkan|direncanakan)\s+(?:(?!kembali|pulang)[\w-]+\s+){0,2}?ke"),
    ("statement", r"(?:memberikan|menyampaikan)\s+keterangan|keterangan\s+pers|jumpa\s+pers|konferensi\s+pers|pidato"),
    ("military_action", r"latihan"),
    ("sanction", r"tarif|sanksi|bea\s+masuk"),
    ("election", r"pemilihan|pemilu"),
    ("agreement", r"penandatanganan|ratifikasi"),
    # a step of an operation told by its noun ("Pertukaran yang semula dijadwalkan pada 24 Januari", "Pengiriman
    # bantuan tahap kedua dijadwalkan berangkat pekan depan", "dijadwalkan dibuka kembali pekan depan")
    ("other", r"pertukaran|pengiriman|penerjunan|pemberangkatan|pemulangan|pencairan|pemutusan|dibuka\s+kembali|dikibarkan"),
)
# A round of talks ("Putaran terakhir berlangsung di Kuala Lumpur, Malaysia"): one more of the talks
# told, by their parties, however the country it is held in is named.
ROUND_WORDS = ("putaran",)
# ... named as its place: right after "di" and a place ("di Kuala Lumpur, Malaysia", "di Swiss")
VENUE_BEFORE = r"\bdi\s+(?:[\w.'-]+\s+){0,3}?(?:[\w.'-]+,\s+)?$"
# how far after the schedule word its kind may be told ("dijadwalkan menggelar rapat darurat")
SCHEDULED_REACH = 40
# how far after a word of speech the place it was said in may be ("berpidato di Sidang Majelis Umum",
# "kata Retno kepada wartawan di Jakarta"); a place further on is where the thing spoken of was
# ("menyambut baik kesepakatan gencatan senjata di Doha")
SPEECH_PLACE_REACH = 30

# Words opening the reason an act is done for ("mengkritik Yerusalem karena melakukan tindakan neo
# Nazi terhadap Palestina"): a party named in the reason is spoken of, not the one the act is aimed at.
REASON_WORDS = ("karena", "lantaran", "sebab")

# Reporting words that put their source before a comma ("Menurut X, ..."): X is no party to
# what follows.
SOURCE_WORDS = ("menurut",)

# A state seizing a ship is military action, a group seizing one an attack: these attack triggers
# become military action when a state or a state's body does them ("Garda Revolusi Iran menyita ...").
SEIZE_WORDS = ("menyita", "merampas", "menahan", "kapal", "tanker")

# What may stand between a passive verb and its agent: "dikecam oleh Brasil", "disita pasukan Garda
# Revolusi Iran". The party right after it acts; the subject of the verb undergoes it.
PASSIVE_AGENT = r"\s+(?:keras\s+)?(?:oleh\s+)?(?:(?:pihak|pemerintah|otoritas|aparat|militer|pasukan)\s+)?"
# The prefix of a passive verb ("ditahan", "dikecam"), and the word naming its doer wherever it
# follows ("didirikan di Bangkok pada 1967 oleh Indonesia, ...")
PASSIVE_PREFIX = "di"
AGENT_WORD = "oleh"
# Verbs before a noun trigger by which its subject undergoes the measure ("Rusia dikenai sanksi oleh
# Uni Eropa", "Iran mendapat sanksi baru dari AS", "Korea Utara terkena sanksi PBB"): the subject is
# its target, and the party right after UNDERGONE_AGENT (matched right after the noun) imposes it.
UNDERGOING = ("dikenai", "dikenakan", "dijatuhi", "mendapat", "mendapatkan", "menerima", "terkena", "menghadapi")
UNDERGONE_AGENT = (r"(?:(?:\s+[\w-]+){0,3}?\s+(?:oleh|dari)|(?:\s+(?:baru|ekonomi|keuangan|tambahan|berat))*)"
                   r"\s+(?:(?:pihak|pemerintah|otoritas|negara-negara)\s+)?")
# Words of a trigger that start as a passive verb does ("di-") but are nouns: "mengusir seorang
# diplomat India" has no agent after it
PASSIVE_LOOKALIKES = ("diplomat", "diplomatik", "dialog", "diskusi", "dinas", "direktur", "divisi", "distrik",
                      "dinasti", "disiplin", "dimensi", "diaspora", "dinamika", "diktator")

# Rebels taking a city do not make it a terrorist attack: these military triggers keep their type
# whoever does them.
CAPTURE_WORDS = ("merebut", "menguasai")

# Event types whose dated clause, naming no party, takes the parties named elsewhere in its
# sentence ("Perang pecah sejak 15 April, ketika ketegangan antara X dan Y memuncak").
SENTENCE_PARTY_TYPES = ("military_action", "attack", "agreement", "meeting", "sanction")

# After a reference to an agreement told ("Kesepakatan itu"), the words that make it the day the deal
# was reached or signed: with a date of its own that disagrees with the one told, it is that other step
# ("Gencatan senjata berlaku Jumat (24/11). Kesepakatan itu dicapai pada Rabu (22/11)").
REACHED = r"\s+(?:[\w-]+\s+){0,3}?(?:itu|tersebut)\s+(?:sudah\s+|telah\s+)?(?:dicapai|tercapai|diteken|ditandatangani|disepakati|disetujui)\b"

# Verbs that announce a measure: "Tokyo mengumumkan pembatasan ekspor" states the sanction itself.
# A joint statement as the medium of what is said ("dalam pernyataan bersama menyebut ...", "diumumkan
# melalui pernyataan bersama"): the verb tells the event, the document is no agreement. Unless the
# clause puts terms into it ("Komitmen itu dituangkan dalam pernyataan bersama"): then it is the deal.
MEDIUM_DOCUMENTS = ("pernyataan bersama",)
# ... and released (not signed) by three states or more, a view they voice together ("Brasil, Kolombia, dan
# Meksiko merilis pernyataan bersama"), a statement; two states releasing one agree on its text
RELEASE_VERBS = ("merilis", "mengeluarkan", "menerbitkan")
MEDIUM_WORDS = ("dalam", "melalui", "lewat")
# Verbs of appraisal: criticism voiced with them by commentators alone (analysts, lecturers) is comment
APPRAISALS = ("menilai",)
CONTENT_VERBS = ("dituangkan", "tertuang", "dicantumkan", "tercantum", "dimuat", "termuat")

# A deal named right after the talks about it ("perundingan perjanjian dagang", "perundingan gencatan
# senjata") is what is talked about: no deal made.
TALKS_NOUNS = ("perundingan", "negosiasi", "pembicaraan", "dialog")
# ... unless the talks are told to conclude: "Perundingan perjanjian dagang ... ditargetkan rampung pada 2025"
TALKS_CONCLUDED = r"\b(?:rampung|selesai|tuntas|dituntaskan|diselesaikan|dirampungkan)\b"
# ... and talks set to conclude ("perundingan peninjauan IJEPA ditargetkan rampung akhir tahun ini", "berharap
# perundingan COC dapat dirampungkan pada 2026") are the deal they are to end in
TALKS_TO_CONCLUDE = (r"\b(?:ditargetkan|diharapkan|dapat|bisa|akan|bakal|segera)\s+(?:[\w-]+\s+)?"
                     r"(?:rampung|selesai|tuntas|dituntaskan|diselesaikan|dirampungkan)\b")

ANNOUNCE_WORDS = ("mengumumkan", "memutuskan", "menetapkan", "memberlakukan")

# Words by which a meeting yields its outcome: "Kunjungan itu menghasilkan sejumlah nota kesepahaman",
# "pertemuan bilateral yang dilanjutkan dengan penandatanganan 11 nota kesepahaman". The agreement after
# them is one of its own, made by the parties of the meeting, at its date.
OUTCOME_WORDS = ("menghasilkan", "melahirkan", "dilanjutkan dengan", "ditandai dengan", "ditandai", "diwarnai")

# A meeting word after a speech and its venue preposition is where the speech was given, not a meeting
# told ("berpidato di Sidang Umum PBB", "menyampaikan pembelaannya pada sidang hari kedua"): the speech
# is the statement.
SPEECH_VENUE = (r"(?:berpidato|pidato(?:nya)?|menyampaikan|memaparkan|membacakan|bersaksi)\b[^,.;:]{0,50}?"
                r"\b(?:di\s+depan|di\s+hadapan|di|dalam|pada)\s+(?:[\w-]+\s+){0,2}$")

# Words of "other" triggers whose events make a timeline entry only with a date of their own: an arrest,
# a sentence, a swap, a port call told without one is background ("nelayan yang ditangkap", "sepakat
# menukar 1.000 tawanan").
DATED_ONLY = ("tangkap", "ditahan", "menahan", "penahanan", "vonis", "dijatuhi", "bertukar", "menukar", "ditukar", "suaka",
              "bersandar", "berlabuh", "merapat", "resmikan", "peresmian", "moratorium", "peletakan", "menarik",
              "penarikan", "deportasi", "banding", "bersalah", "tersangka", "sidang dengar", "persidangan", "ekstradisi",
              "bantuan", "putusan", "dikuatkan", "diperkuat")

# Verbs of a call on someone to act: the act after them ("Kyiv mendesak Ulaanbaatar menangkap Putin",
# "meminta Israel untuk menarik pasukannya") is what is called for, no event; the call is the statement.
URGE_WORDS = ("mendesak", "meminta", "menyerukan", "mengimbau", "menuntut", "mengajak")
# Words that end what is called for: the act after them is the occasion of the call, told as
# itself ("meminta India menarik personelnya saat menerima Menteri India": the reception is a meeting).
URGE_ENDS = ("saat", "ketika", "sewaktu", "seusai", "setelah", "sesudah")
# Words that bring a meeting in as the occasion of a statement told before it ("meminta India menarik
# personelnya saat menerima Menteri India", "Misi itu diumumkan Rutte dalam pertemuan ...", "Janji itu
# disampaikan Dissanayake seusai bertemu Modi"): the statement and the meeting are both told.
SAID_AT = ("saat", "ketika", "sewaktu", "dalam", "sela", "sela-sela", "seusai", "usai", "setelah")
# A sentence opening on the occasion told before, or on a speech ("Dalam pertemuan itu, Xi meminta ...",
# "Dalam pidato pelantikannya, Lai meminta ...", "Pada kesempatan tersebut, ..."): what is said after
# it was said on that occasion's day, which the story has told.
OCCASION_OPENING = (r"(?:dalam|pada|di\s+sela(?:-sela)?|seusai|usai|selepas)\s+(?:pertemuan|kunjungan|pembicaraan|sidang|rapat|ktt|"
                    r"kesempatan|pidato|jumpa\s+pers|konferensi\s+pers|wawancara|sesi|pembukaan|penutupan|retret|"
                    r"pernyataan\s+pers|upacara)\w*(?:\s+[\w-]+){0,3}?"
                    r"(?:\s+(?:itu|tersebut))?\s*,")
OCCASION_HEADS = ("dalam ", "pada ", "di sela", "seusai ", "usai ", "selepas ")
# Words of answer: a denial, a confirmation, a welcome or thanks answers what the story has just told ("Beijing
# membantah tudingan itu", "Trump membenarkan kesepakatan tersebut", "Petro menyambut putusan tersebut"), so
# told without a date it is a statement of the story's day, as a saying with a date of its own is.
ANSWER_WORDS = ("membantah", "menyambut", "mengapresiasi", "membenarkan", "mengonfirmasi", "mengkonfirmasi")
# What a saying tells when it tells the news just told ("Trump mengumumkan kabar itu lebih dulu", "membenarkan
# berita tersebut"): a statement of that news's day, as a denial is.
NEWS_TOLD = r"\s+(?:kabar|berita)\s+(?:itu|tersebut)\b"
# Words before an undated nominal trigger that make it the backdrop of the news ("Serangan ini terjadi
# di tengah perundingan Baghdad dan Washington"): no event told
AMID = ("di tengah", "di tengah-tengah")

# Verbs of agreeing, threatening and calling on someone, done when told: a time ahead of the news
# after them is when what is agreed, threatened or called for is to happen ("sepakat menargetkan
# nilai perdagangan ... pada 2028", "mengancam tarif 50 persen mulai 1 Juni", "mendesak Gedung
# Putih memberi penjelasan ... pekan depan"), not the date of the agreeing, the threat or the call.
AHEAD_IS_CONTENT = ("sepakat", "bersepakat", "menyepakati", "setuju", "menyetujui", "mengancam", *URGE_WORDS)

# Arrival words: a visit of their own only when no other meeting word is in the sentence ("tiba di
# Beijing pada Jumat dan keesokan harinya disambut Xi": the meeting is the welcome).
ARRIVAL_WORDS = ("tiba", "mendarat", "terbang", "datang")
# Verbs of appointing: who takes office is the person named after them ("Raja Charles menunjuk Keir
# Starmer sebagai perdana menteri", "Prabowo melantik Sugiono"), not the one before.
APPOINT_WORDS = ("menunjuk", "mengangkat", "mengukuhkan", "memilih", "melantik")
# ... what lands or arrives is no visitor when it is a craft, a load or troops ("Pesawat carteran yang
# membawanya mendarat di Canberra", "seluruh bundel mendarat di zona penerjunan", "benda-benda tersebut
# dijadwalkan tiba di Jakarta", "sebelum pasukan itu tiba di garis depan")
ARRIVING_THINGS = ("pesawat", "bundel", "paket", "bantuan", "helikopter", "jet", "drone", "rudal", "roket", "kargo", "benda",
                   "benda-benda", "barang", "pasukan", "tentara", "kontingen")

# Who is moved in an evacuation ("Rombongan WNI diberangkatkan dari Khartoum"): a passive of moving
# people is an event only after one of these, and their arrival ("WNI ... tiba di") is no visit
EVACUEE_WORDS = ("wni", "warga negara indonesia", "warga indonesia", "pekerja migran", "pmi", "jemaah",
                 "mahasiswa indonesia", "pengungsi", "sandera", "tahanan", "korban")
MOVED_WORDS = ("diberangkatkan", "diseberangkan", "dipulangkan", "diterbangkan", "dipindahkan")

# A crowd or a band of militants storming a building is no state's military action but an attack
# ("ratusan pengunjuk rasa menyerbu Kedutaan Besar Swedia di Baghdad", "sekelompok militan menyerbu pos
# militer"): annotators typed it so six times in eight.
CROWD_WORDS = ("demonstran", "pengunjuk rasa", "massa", "perusuh", "warga", "pendukung", "militan")
# Police storming or firing is force, but no military's: an attack ("polisi Ekuador menyerbu Kedutaan
# Besar Meksiko di Quito", "Polisi Bersenjata Nepal menembaki sekelompok warga India")
POLICE_WORDS = ("polisi", "kepolisian", "aparat keamanan")

# A state actor doing "serangan" is military action; these words make it an attack anyway.
ATTACK_WORDS = ("bersenjata", "teror", "terorisme", "bom", "militan", "penembakan")
# A drill held together or with someone ("latihan militer gabungan", "latihan bersama dengan Indonesia"): its
# parties take part, none is its target
JOINT_DRILL = r"latihan\b[^,;.]{0,40}?\b(?:gabungan|bersama|dengan)\b"

# Statement verbs about these words are the measure itself ("tarif ... diumumkan").
SANCTION_WORDS = ("tarif", "sanksi", "embargo")

# A court acting in the clause makes an election trigger its ruling ("Mahkamah Konstitusi membatalkan
# hasil pemilu"): a dated political event of another kind, not an election.
COURT_WORDS = ("mahkamah", "pengadilan", "hakim", "court", "tribunal", "banding", "kasasi", "dengar pendapat", "icj", "icc",
               "terdakwa", "jaksa")

# Trigger words that state their event though they look like nouns: an insult in quotes is the
# criticism itself, whatever date its reporting verb takes.
STATING_WORDS = ("tikaman", "tusukan", "pengkhianatan", "kecewa", "kekecewaan", "diktator", "tiran", "penjahat", "pembohong", "bajak", "preman", "pengecut", "munafik", "biadab",
                 "barbar", "teroris", "penjajah", "penghasut", "omong", "memalukan",
                 # "Mahkamah ... memerintahkan": a court's order is stated by its verb
                 "mahkamah", "pengadilan", "icj", "icc")

# Summit words: a summit of an organization is a meeting of its members even when the article
# names no other party ("Pada KTT sebelumnya, ECOWAS memperingatkan ...").
SUMMIT_WORDS = ("ktt", "konferensi", "pertemuan puncak")

# Verbs that close a quote and name who said it ('"...," ujar Erdogan'): with a date after them, the
# undated sentence before the quote, told by the same speaker, was told that day.
# Nouns naming what a thing is about: the states right after one ("perang Rusia-Ukraina", "konflik
# antara India dan Pakistan") are its topic, no party to a meeting, call or deal told around it ("Isu
# perang Rusia-Ukraina juga dibahas dalam pertemuan di Beijing"), unless the noun is in the trigger
# ("pecah perang antara ...").
TOPIC_NOUNS = ("perang", "konflik", "krisis", "sengketa", "ketegangan", "isu", "masalah", "persoalan", "permusuhan")
TOPIC_TYPES = ("meeting", "call", "agreement", "statement")     # (a strike's parties stay: "di tengah perang
                                                                # X-Y, rudal X menghantam ...")
# What joins the parties a topic names ("perang Rusia-Ukraina", "konflik India dan Pakistan"); not a comma
# ("Di tengah krisis Gaza, Erdogan menelepon Putin")
TOPIC_JOINS = ("-", " dan ", " dengan ", " versus ", " vs ")
# The passive of announcing: a saying told so ("Tarif 32 persen ... diumumkan Trump") keeps its place among
# the sayings of a sentence with no date, and a measure announced so is the measure itself
ANNOUNCED_PASSIVE = "diumumkan"

# Words ending in "-nya" of their own, where it is no "his" or "her" ('"...?" tanya Faisal').
OWN_NYA = ("tanya",)

# A date inside a quote is of what is said, not of the saying: but for these words, which name the
# day the words are said ('"Hari ini kita menutup bab ...," kata Japarov').
SAYING_DAY = ("hari ini", "pagi ini", "siang ini", "sore ini", "malam ini")

# (A name right after one is a person's, even named once and untitled: '"...," kata Budi Mundakir'.)
QUOTE_CLOSERS = tuple(w + end for w in ("ujar", "kata", "tutur", "ucap", *QUOTE_SPEECH) for end in ("nya", ""))
# Verbs that name the speaker after the words they report, quoted or not ("Indonesia siap membantu,
# kata Menlu Sugiono"): after a comma, the one named next says it, and is no party to what is said.
REPORTED_CLOSERS = ("kata", "ujar", "tutur", "ucap")
# ... and, after a comma and the speaker's name, a verb of speech closing the sentence or followed only by
# where or how it was said (", Morgan Stanley mengatakan dalam sebuah laporan."): the words before are
# the speaker's, who is no party to them
CLOSING_SAY_VERBS = ("mengatakan", "menyatakan", "menyebutkan", "menambahkan", "menjelaskan", "melaporkan")
CLOSING_SAY_AFTER = r"\s*(?:[.,;]|$|dalam\b|kepada\b|melalui\b|lewat\b|di\b|saat\b|ketika\b|pada\b)"
# ... but the speaker as the very subject of what is told ('"Saya sudah bertemu Presiden Xi," kata
# Prabowo': Prabowo met him), the words between subject and verb allowed
SPEAKER_SELF = ("saya", "aku")
# ... and the speaker told of in the third person as the subject of what he is reported to say ("Marles
# mengatakan bahwa ia telah berbicara dengan Sjafrie": Marles spoke with him)
REPORTED_SELF = ("ia", "dia", "beliau", "dirinya")
ASPECT_WORDS = ("sudah", "telah", "akan", "baru", "pernah", "juga", "sempat")
