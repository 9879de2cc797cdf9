"""Which language an article reads as (extraction/language.py), on real text."""
from pathlib import Path

import pytest

from timeline.extraction.language import extracted_languages, extracts, name_of, read_language

SEED = next((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt")).read_text()

ENGLISH = ("WASHINGTON, Jan 9 (Reuters) - U.S. President Donald Trump on Friday threatened Colombian President "
           "Gustavo Petro, saying he would impose tariffs next week if Bogota did not act. Petro criticized the "
           "decision on Saturday and said he would meet Secretary of State Marco Rubio in Bogota, where the two "
           "are to discuss the border and the trade talks that have stalled since the election of the new "
           "government in August.")
SPANISH = ("El presidente de Colombia, Gustavo Petro, criticó el sábado la decisión de Estados Unidos y dijo que "
           "se reunirá con el secretario de Estado Marco Rubio en Bogotá la próxima semana, para hablar de la "
           "frontera y de las conversaciones comerciales que están paradas desde la elección del nuevo gobierno.")
FRENCH = ("Le président colombien Gustavo Petro a critiqué samedi la décision des États-Unis et a dit qu'il "
          "rencontrerait le secrétaire d'État Marco Rubio à Bogota la semaine prochaine, pour parler de la "
          "frontière et des négociations commerciales qui sont bloquées depuis l'élection du nouveau gouvernement.")


def test_an_indonesian_article_reads_as_indonesian():
    reading = read_language(SEED)
    assert (reading.code, reading.name) == ("id", "Indonesian")
    assert reading.share > 0.1 and reading.words[0] in {"yang", "dan", "di"}


@pytest.mark.parametrize("text, code, name", [(ENGLISH, "en", "English"), (SPANISH, "es", "Spanish"),
                                              (FRENCH, "fr", "French")])
def test_an_article_in_another_language_reads_as_that_language(text, code, name):
    reading = read_language(text)
    assert (reading.code, reading.name) == (code, name)


def test_an_indonesian_article_quoting_english_at_length_stays_indonesian():
    text = SEED + '\n"' + ENGLISH + '"\n'
    assert read_language(text).code == "id"


def test_a_short_indonesian_report_of_a_long_english_statement_stays_indonesian():
    # (two paragraphs and a 90-word English quote read as English: the article was refused)
    text = ("Menteri Luar Negeri Marty Natalegawa menyampaikan sikap Indonesia atas ketegangan di Laut China "
            "Selatan dalam pertemuan di Jakarta, Rabu (26/11/2014). Ia meminta semua pihak menahan diri.\n"
            f'"{ENGLISH}," kata Marty dalam pernyataan tertulis yang dikutip Reuters.')
    assert read_language(text).code == "id"
    assert read_language(text.replace('"', "")).code == "id"     # unquoted, Indonesian words are still many


@pytest.mark.parametrize("text, code", [
    ("Presiden Joko Widodo ngendika yen pamarentah bakal nambah bantuan kanggo para petani ing tlatah Jawa "
     "Tengah. Bantuan iku wis disiapake saka anggaran negara lan bakal diwenehake marang petani sing ora duwe "
     "lemah dhewe. Miturut Presiden, kabeh wong kudu oleh kesempatan sing padha.", "jv"),
    ("Présidén Joko Widodo nyarios yén pamaréntah bakal nambahan bantuan pikeun para patani di wewengkon Jawa "
     "Barat. Bantuan éta geus disiapkeun tina anggaran nagara jeung bakal dibikeun ka patani anu teu boga "
     "taneuh sorangan. Numutkeun Présidén, sakabéh jalma kudu meunang kasempetan anu sarua.", "su"),
])
def test_javanese_and_sundanese_are_told_from_indonesian(text, code):
    assert read_language(text).code == code


def test_a_short_indonesian_wire_brief_with_acronyms_and_an_address_stays_indonesian():
    # (read as Portuguese: "AS" counted as "as", "KOMPAS.com" as "com")
    brief = ("WASHINGTON, KOMPAS.com - Presiden AS Barack Obama menelepon Presiden RI Joko Widodo, Senin, "
             "untuk mengucapkan selamat. Menlu AS John Kerry dijadwalkan mengunjungi Jakarta Desember. Obama "
             "dan Jokowi membahas kerja sama AS-RI di bidang energi, perdagangan dan keamanan maritim. "
             "Gedung Putih menyebut percakapan itu hangat. Kerry akan bertemu Menlu Retno Marsudi.")
    assert read_language(brief).code == "id"


def test_a_text_in_capitals_is_read_all_the_same():
    # (with acronyms left out, a telex in capitals had no words left, and was taken as Indonesian)
    assert read_language(ENGLISH.upper()).code == "en"


def test_a_text_too_short_to_tell_is_taken_as_indonesian():
    assert read_language("The President said it was over.").code == "id"
    assert read_language("").code == "id"


def test_only_languages_with_a_package_of_language_data_are_extracted():
    assert extracted_languages() == ["id"]
    assert extracts("id") and not extracts("en") and not extracts("") and not extracts("../id")
    assert (name_of("en"), name_of("xx")) == ("English", "xx")
