"""Other postings listed under the one shown never reach the extractor."""

from ingest.extraction import extract
from ingest.extraction.furniture import without_related_postings

POSTING = (
    "Psycholoog (m/v/x)\nRegio | Antwerpen\nRegime | Deeltijds – 4/5 (30,4 uur per week)\n"
    "Het CGG De Haven zoekt een psycholoog. Wij bieden een contract van onbepaalde duur.\n"
    "Solliciteren tot 1 maart 2027 via jobs@dehaven.example.\n"
)
RELATED = (
    "\nVergelijkbare jobs\nMaatschappelijk werker | CAW Noord | Turnhout | Voltijds\n"
    "Verpleegkundige | PZ Oost | Gent | Voltijds | solliciteren tot 5 april 2027\n"
)


def test_the_list_of_similar_jobs_is_left_out():
    assert without_related_postings(POSTING + RELATED) == POSTING
    found = extract(POSTING + RELATED).as_contract_document()
    assert (found["work_time"], found["fte"], found["deadline"]) == ("part_time", 0.8, "2027-03-01")


def test_a_menu_entry_at_the_top_is_not_a_list_of_other_postings():
    text = "Andere vacatures | Over ons | Contact\n" + POSTING
    assert without_related_postings(text) == text
