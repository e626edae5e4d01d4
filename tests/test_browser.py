"""The generated page in a real headless Chromium, opened from file:// with the network blocked.

Needs Debian's chromium (`.ci/run` installs it) and the playwright package; without either the
tests are skipped with the reason.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import ORG, RDF, RDFS

from kg.cli import main

playwright = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no chromium on this machine (apt-get install chromium)")
ROOT = Path(__file__).resolve().parent.parent
KGO = Namespace("https://w3id.org/kgko/ontology#")
SDO = Namespace("https://schema.org/")


@pytest.fixture(scope="module")
def browser():
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"])
        yield browser
        browser.close()


class Page:
    """A page opened offline, with its console errors, alerts and network attempts recorded."""

    def __init__(self, browser, path: Path):
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.context = browser.new_context(viewport={"width": 1400, "height": 900})
        self.context.route("http*://**/*", self.block)
        self.page = self.context.new_page()
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_function("() => document.getElementById('status').textContent.includes('edges')",
                                    timeout=60_000)

    def block(self, route):
        self.requests.append(route.request.url)
        route.abort()

    def js(self, script: str):
        return self.page.evaluate(script)


@pytest.fixture(scope="module")
def seed_page(browser, seed_build):
    page = Page(browser, seed_build / "graph.html")
    yield page
    page.context.close()


def test_seed_page_draws_every_node_and_edge_without_errors(seed_page, seed_build):
    from kg.network import to_networkx

    net = to_networkx(Graph().parse(seed_build / "graph.ttl"))
    drawn = seed_page.js("() => [network.body.data.nodes.length, network.body.data.edges.length]")
    assert drawn == [net.number_of_nodes(), net.number_of_edges()]
    assert seed_page.errors == [] and seed_page.requests == []
    (ROOT / "output").mkdir(exist_ok=True)
    seed_page.page.screenshot(path=str(ROOT / "output" / "graph.png"))


def test_search_finds_a_person_by_name(seed_page):
    seed_page.page.fill("#search", "손정의")
    seed_page.page.press("#search", "Enter")
    selected = seed_page.js("() => network.getSelectedNodes()")
    assert selected == ["https://w3id.org/kgko/id/person/손정의"]
    assert "손정의" in seed_page.page.inner_text("#panel")


def test_clicking_the_mou_shows_its_evidence(seed_page):
    seed_page.page.wait_for_timeout(800)  # let the previous test's focus animation end
    point = seed_page.js("""() => {
        const id = nodes.get().find(n => n.kind === 'Agreement').id;
        network.focus(id, {scale: 2.5, animation: false});
        const p = network.canvasToDOM(network.getPositions([id])[id]);
        const box = document.getElementById('mynetwork').getBoundingClientRect();
        return [box.left + p.x, box.top + p.y]; }""")
    seed_page.page.mouse.click(*point)
    panel = seed_page.page.inner_text("#panel")
    assert "양해각서(MOU)’도 체결했다" in panel and "2025-12-05" in panel


def test_type_filter_hides_a_kind(seed_page):
    seed_page.page.uncheck("input[data-kind='Quotation']")
    hidden = seed_page.js("() => nodes.get().filter(n => n.kind === 'Quotation').every(n => n.hidden)")
    seed_page.page.check("input[data-kind='Quotation']")
    assert hidden


def test_hostile_article_runs_nothing(browser, tmp_path):
    article = tmp_path / "hostile.txt"
    article.write_text(
        "date 2025-01-02 <script>alert('name')</script> 홍길동 한빛전자 대표는 2일 "
        "“<img src=x onerror=alert('quote')><script>alert('q2')</script> 공장을 짓겠다”고 말했다. "
        "한빛전자와 카카오는 이날 ‘<svg onload=alert(3)> 협력을 위한 업무협약’을 체결했다.",
        encoding="utf-8")
    assert main(["build", str(article), "-o", str(tmp_path / "out")]) == 0
    page = Page(browser, tmp_path / "out" / "graph.html")
    page.page.fill("#search", "홍길동")
    page.page.press("#search", "Enter")
    page.page.wait_for_timeout(300)
    assert page.dialogs == [] and page.errors == [] and page.requests == []
    assert page.js("() => document.querySelectorAll('img, svg').length") == 0
    assert "<img src=x" in page.page.inner_text("#panel") or "공장을" in page.page.inner_text("#panel")
    page.context.close()


def test_five_thousand_nodes_open_and_respond(browser, tmp_path):
    graph, base = Graph(), "https://w3id.org/kgko/id/"
    article = URIRef(base + "article/big")
    graph.add((article, RDF.type, SDO.NewsArticle))
    for i in range(2500):
        person, org = URIRef(f"{base}person/p{i}"), URIRef(f"{base}organization/o{i % 400}")
        membership = URIRef(f"{base}membership/m{i}")
        graph.add((person, RDF.type, SDO.Person))
        graph.add((person, RDFS.label, Literal(f"사람{i}", lang="ko")))
        graph.add((org, RDF.type, SDO.Organization))
        graph.add((org, RDFS.label, Literal(f"조직{i % 400}", lang="ko")))
        graph.add((membership, RDF.type, ORG.Membership))
        graph.add((membership, ORG.member, person))
        graph.add((membership, ORG.organization, org))
    (tmp_path / "big.ttl").write_bytes(graph.serialize(format="turtle", encoding="utf-8"))
    assert main(["render", str(tmp_path / "big.ttl"), "-o", str(tmp_path / "big.html")]) == 0
    page = Page(browser, tmp_path / "big.html")
    assert page.js("() => network.body.data.nodes.length") == 5400
    assert page.js("() => network.physics.physicsEnabled") is False
    page.page.fill("#search", "사람2499")
    page.page.press("#search", "Enter")
    assert page.js("() => network.getSelectedNodes()") == [base + "person/p2499"]
    page.context.close()
