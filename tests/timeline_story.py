"""A small, realistic world for the timeline tests, the benchmark's sanity check and the
screenshot: the seed article's story (Petro and Trump), built with the factories, so the
timeline can be shown before extraction is wired in."""
from __future__ import annotations

from pathlib import Path

from tests.factories import create_actor, create_article, create_event

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_6a3fdb10b003e92f.txt"


def create_story() -> dict:
    text = SEED.read_text(encoding="utf-8")
    article = create_article(title="Presiden Kolombia Gustavo Petro bakal temui Trump di Gedung Putih",
                             outlet="NarayaPost", text=text, raw_text=text)
    petro = create_actor("Gustavo Petro", "person", aliases=["Petro"], title="Presiden")
    trump = create_actor("Donald Trump", "person", aliases=["Trump"], title="Presiden")
    us = create_actor("Amerika Serikat", "country", aliases=["AS"])
    colombia = create_actor("Kolombia", "country")
    venezuela = create_actor("Venezuela", "country")
    maduro = create_actor("Nicolas Maduro", "person", title="Presiden")
    israel = create_actor("Israel", "country")
    el_pais = create_actor("El Pais", "organization")
    a = article
    events = {
        "meeting": create_event(a, [(petro, "initiator"), (trump, "target")], "bakal menemui", type="meeting",
                                status="planned", date="2026-02-03", location="Gedung Putih",
                                summary="Petro bakal menemui Trump di Gedung Putih"),
        "call": create_event(a, [petro, trump], "pembicaraan via telepon", type="call", date="2026-01-07",
                             summary="Trump dan Petro berbicara via telepon"),
        "threat": create_event(a, [(trump, "initiator"), (petro, "target")], "mengeluarkan ancaman",
                               type="threat", date="2026-01-04", summary="Trump mengeluarkan ancaman terhadap Petro"),
        "response": create_event(a, [(petro, "initiator"), (trump, "target")], "menanggapi hal tersebut",
                                 type="statement", date="2026-01-05",
                                 summary="Petro menanggapi ancaman Trump di media sosial"),
        "week": create_event(a, [(trump, "initiator"), (petro, "target")], "menantikan pertemuan",
                             type="meeting", status="planned", date="2026-W06",
                             summary="Pertemuan Trump dan Petro pada pekan pertama Februari"),
        "friday": create_event(a, [trump], "mengaku menantikan", type="statement", date="2026-01-09",
                               summary="Trump mengaku menantikan pertemuan dengan Petro"),
        "operation": create_event(a, [(us, "initiator"), (colombia, "target")],
                                  "mempertimbangkan kemungkinan melakukan operasi militer",
                                  type="military_action", status="hypothetical", date="2026-01",
                                  summary="AS mempertimbangkan operasi militer berskala penuh terhadap Kolombia"),
        "frozen": create_event(a, [us, colombia], "kemudian dibekukan", type="military_action",
                               status="cancelled", date="2026-01",
                               summary="Kemungkinan intervensi militer dibekukan"),
        "el_pais": create_event(a, [petro, el_pais], "mengatakan kepada surat kabar Spanyol El Pais",
                                type="statement", date="2026-01",
                                summary="Petro berbicara kepada El Pais tentang panggilan telepon Trump"),
        "election": create_event(a, [petro], "setelah mengalahkan kaum konservatif pada 2022",
                                 type="election", date="2022", summary="Petro terpilih sebagai presiden Kolombia"),
        "trade": create_event(a, [us, colombia], "Perjanjian perdagangan bebas", type="agreement", date="2023",
                              summary="Perjanjian perdagangan bebas AS–Kolombia senilai $33,8 miliar"),
        "relations": create_event(a, [(petro, "initiator"), venezuela, maduro], "memulihkan hubungan diplomatik",
                                  type="relations", date="",
                                  summary="Petro memulihkan hubungan diplomatik dengan Venezuela"),
        "israel": create_event(a, [(petro, "initiator"), (israel, "target")], "untuk mengkritik Yerusalem",
                               type="criticism", date="2023-10-08",
                               summary="Petro mengkritik Israel sehari setelah serangan Hamas"),
    }
    return {"article": article, "actors": {"petro": petro, "trump": trump, "us": us, "colombia": colombia},
            "events": events}
