import re

from conftest import run
from kg.html import render
from kg.network import to_networkx
from kg.rdf import to_graph


def page(text: str) -> str:
    return render(to_networkx(to_graph([run(text)])))


def test_page_loads_nothing_from_the_network():
    html = page("홍길동 카카오 대표가 발표했다.")
    assert not re.search(r"<(script|link)[^>]+(src|href)\s*=", html)
    assert "vis.Network" in html and "var network" in html


def test_hostile_text_cannot_close_the_script_or_inject_markup():
    html = page('홍길동 회장은 “</script><img src=x onerror=alert(1)> 를 막겠다"고 말했다. '
                "<b>굵게</b> 오픈AI·엔비디아가 참여했다.")
    scripts = re.findall(r"<script>(.*?)</script>", html, flags=re.S)
    assert len(scripts) == 2  # the inlined library and ours; no third one opened by the text
    assert "<img" not in html.split("<script>", 1)[0]
    assert "onerror=alert" not in html.replace("\\u003cimg src=x onerror=alert", "")


def test_legend_lists_the_kinds_present():
    html = page("홍길동 카카오 대표가 발표했다.")
    legend = re.search(r"var legend = (\[.*?\]);", html).group(1)
    assert "Person" in legend and "Organization" in legend and "Agreement" not in legend
