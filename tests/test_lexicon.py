"""The lexicons load, and every class they can give is one the ontology declares."""

import pytest
from rdflib import RDFS, URIRef

from kg import lexicon
from kg.network import ontology

SCHEMA = "https://schema.org/"
SKOS_CONCEPT = URIRef("http://www.w3.org/2004/02/skos/core#Concept")
ROOTS = {"Person": URIRef(SCHEMA + "Person"), "Organization": URIRef(SCHEMA + "Organization"),
         "Place": URIRef(SCHEMA + "Place"), "Concept": SKOS_CONCEPT}


def iri(cls: str) -> URIRef:
    return SKOS_CONCEPT if cls == "Concept" else URIRef(SCHEMA + cls)


@pytest.mark.parametrize("cls", sorted(lexicon.KIND_OF_CLASS))
def test_every_lexicon_class_is_declared_under_its_kind(cls):
    graph = ontology()
    ancestors = set(graph.transitive_objects(iri(cls), RDFS.subClassOf))
    assert ROOTS[lexicon.KIND_OF_CLASS[cls]] in ancestors


def test_sports_clubs_are_organizations_with_english_names():
    club = lexicon.gazetteer()["다저스"]
    assert (club.label, club.kind, club.cls, club.english) == ("LA 다저스", "Organization", "SportsTeam",
                                                               "Los Angeles Dodgers")


def test_public_agencies_have_english_names_and_no_common_word_aliases():
    gazetteer = lexicon.gazetteer()
    assert gazetteer["캠코"].english == "Korea Asset Management Corporation"
    # 예보 (a forecast), 신보 (a new album) and 국민연금 (the pension itself) are no agencies
    assert not {"예보", "신보", "국민연금"} & set(gazetteer)


def test_regions_rivers_and_mountains_of_korea_are_places():
    gazetteer = lexicon.gazetteer()
    assert [(gazetteer[n].kind, gazetteer[n].english) for n in ("수도권", "낙동강", "DMZ")] == [
        ("Place", "Seoul Capital Area"), ("Place", "Nakdong River"), ("Place", "Korean Demilitarized Zone")]


def test_every_entity_is_listed_once():
    labels = [row[0] for row in lexicon.rows("entities.tsv")]
    assert sorted({label for label in labels if labels.count(label) > 1}) == []


def test_a_known_name_with_the_word_for_its_kind_after_it_is_still_that_name():
    assert lexicon.lookup("보잉사").label == "보잉" and lexicon.lookup("뉴욕시").label == "뉴욕"
    assert lexicon.lookup("뉴욕사") is None and lexicon.lookup("보잉시") is None
    # a committee written short
    assert lexicon.lookup("방송통신위").label == "방송통신위원회" and lexicon.lookup("한빛위") is None
