"""Organizations known by name: (canonical, aliases). International bodies, Indonesian
institutions, armed groups and news outlets. Unknown organizations are found by their head
word (ORG_HEADS in titles.py).
Example: "Perserikatan Bangsa-Bangsa" and "PBB" are one actor, "PBB".
"""
from __future__ import annotations

ORGANIZATIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("PBB", ("Perserikatan Bangsa-Bangsa", "United Nations", "UN")),
    ("Dewan Keamanan PBB", ("DK PBB", "UN Security Council")),
    ("Majelis Umum PBB", ("UN General Assembly",)),
    ("NATO", ("Pakta Pertahanan Atlantik Utara", "North Atlantic Treaty Organization")),
    ("ASEAN", ("Perhimpunan Bangsa-Bangsa Asia Tenggara", "Association of Southeast Asian Nations")),
    ("Sekretariat ASEAN", ()),
    ("Uni Eropa", ("UE", "EU", "European Union")),
    ("Komisi Eropa", ("European Commission",)),
    ("Uni Afrika", ("African Union",)),
    ("Liga Arab", ("Arab League",)),
    ("Organisasi Kerja Sama Islam", ("OKI", "OIC")),
    ("APEC", ("Kerja Sama Ekonomi Asia-Pasifik", "Asia-Pacific Economic Cooperation")),
    ("G20", ("G-20",)),
    ("G7", ("G-7",)),
    ("BRICS", ()),
    ("OPEC", ()),
    ("WHO", ("Organisasi Kesehatan Dunia", "World Health Organization")),
    ("IMF", ("Dana Moneter Internasional", "International Monetary Fund")),
    ("Bank Dunia", ("World Bank",)),
    ("WTO", ("Organisasi Perdagangan Dunia", "World Trade Organization")),
    ("Mahkamah Internasional", ("ICJ", "International Court of Justice")),
    ("Mahkamah Pidana Internasional", ("ICC", "International Criminal Court")),
    ("IAEA", ("Badan Energi Atom Internasional",)),
    ("Hamas", ()),
    ("Hizbullah", ("Hezbollah",)),
    ("Houthi", ("Ansarullah",)),
    ("Taliban", ()),
    ("ISIS", ("Negara Islam", "NIIS", "ISIL")),
    ("Al-Qaeda", ("Al Qaeda",)),
    ("Garda Revolusi Iran", ("IRGC", "Korps Garda Revolusi Islam")),
    ("TNI", ("Tentara Nasional Indonesia",)),
    ("Polri", ("Kepolisian Negara Republik Indonesia",)),
    ("DPR", ("Dewan Perwakilan Rakyat", "DPR RI")),
    ("MPR", ("Majelis Permusyawaratan Rakyat",)),
    ("KPK", ("Komisi Pemberantasan Korupsi",)),
    ("Kementerian Luar Negeri RI", ("Kemlu", "Kemlu RI", "Kemenlu", "Kementerian Luar Negeri")),
    ("Kementerian Pertahanan RI", ("Kemhan", "Kemenhan", "Kementerian Pertahanan")),
    ("Kementerian Koordinator Bidang Perekonomian", ("Kemenko Perekonomian",)),
    ("Kementerian Perdagangan", ("Kemendag",)),
    ("Kantor Komunikasi Kepresidenan", ("PCO", "Presidential Communication Office")),
    ("Kantor Perwakilan Dagang AS", ("USTR", "United States Trade Representative")),
    ("Departemen Luar Negeri AS", ("Deplu AS", "State Department")),
    ("CIA", ()),
    ("FBI", ()),
    # news outlets and platforms (MEDIA below: named as sources, never parties to an event)
    ("Kompas.com", ("KOMPAS.com", "Kompas")),
    ("ANTARA", ("Antara", "Kantor Berita Antara")),
    ("CNN Indonesia", ()),
    ("CNN", ()),
    ("detikcom", ("Detik", "detik.com")),
    ("Tempo", ("Tempo.co",)),
    ("Reuters", ()),
    ("AFP", ("Agence France-Presse",)),
    ("Associated Press", ("AP",)),
    ("BBC", ()),
    ("Al Jazeera", ()),
    ("CBS News", ()),
    ("NBC News", ()),
    ("Fox News", ()),
    ("The New York Times", ("New York Times",)),
    ("The Washington Post", ("Washington Post",)),
    ("El Pais", ("El País",)),
    ("Xinhua", ()),
    ("TASS", ()),
    ("Bloomberg", ()),
    ("Truth Social", ()),
    ("Boeing", ()),
)

MEDIA = frozenset((
    "Kompas.com", "ANTARA", "CNN Indonesia", "CNN", "detikcom", "Tempo", "Reuters", "AFP", "Associated Press",
    "BBC", "Al Jazeera", "CBS News", "NBC News", "Fox News", "The New York Times", "The Washington Post",
    "El Pais", "Xinhua", "TASS", "Bloomberg", "Truth Social",
))

# Organizations that act for a state (their strikes are military action, not attacks).
STATE_BODIES = frozenset((
    "NATO", "TNI", "Polri", "Garda Revolusi Iran", "Kementerian Pertahanan RI", "PBB", "Uni Eropa",
))
