import json

from conftest import run
from kg.network import to_networkx
from kg.rdf import to_graph


def test_entities_and_facts_become_nodes_and_evidence_an_attribute():
    net = to_networkx(to_graph([run("카카오의 자회사인 카카오페이는 성장했다. 홍길동 카카오 대표가 발표했다.")]))
    kinds = sorted(kind for _, kind in net.nodes(data="kind"))
    assert kinds == ["Organization", "Organization", "Person", "Position"]
    position = next(n for n, k in net.nodes(data="kind") if k == "Position")
    assert net.nodes[position]["role"] == "대표"
    assert json.loads(net.nodes[position]["evidence"])[0]["text"].startswith("홍길동")


def test_edges_are_named_in_korean_and_english_and_carry_statement_evidence():
    net = to_networkx(to_graph([run("카카오의 자회사인 카카오페이는 성장했다.")]))
    ((_, _, key, attrs),) = [e for e in net.edges(keys=True, data=True) if e[2] == "parent organization"]
    assert attrs["label"] == "모회사"
    assert "자회사" in json.loads(attrs["evidence"])[0]["text"]


def test_articles_and_evidence_are_not_nodes():
    net = to_networkx(to_graph([run("삼성전자는 성장했다.")]))
    assert all(kind not in ("NewsArticle", "Evidence") for _, kind in net.nodes(data="kind"))


def test_focus_and_most_connected():
    from kg.network import find_node, most_connected, neighbourhood

    net = to_networkx(to_graph([run("카카오의 자회사인 카카오페이는 성장했다. 홍길동 카카오 대표가 발표했다. "
                                    "삼성전자는 LG전자와 경쟁한다.")]))
    center = find_node(net, "카카오")
    near = neighbourhood(net, center, 1)
    assert {near.nodes[n]["label"] for n in near} >= {"카카오", "카카오페이"}
    assert "삼성전자" not in {near.nodes[n]["label"] for n in near}
    top = most_connected(net, 2)
    assert len(top) == 2 and center in top
