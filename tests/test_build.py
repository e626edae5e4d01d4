"""Corpus builds: parallel and distributed give the single-process graph; updates add; failures stay local."""

import json
from pathlib import Path

import pytest

from kg import cli
from kg.cli import main

ARTICLES = [
    ("a1", "2024-03-12", "현대자동차와 서울대학교는 12일 자율주행 기술 공동연구를 위한 업무협약을 체결했다. "
                         "정의선 현대차그룹 회장은 이날 “미래 인재를 함께 키우겠다”고 말했다."),
    ("a2", "2024-03-13", "카카오의 자회사인 카카오페이는 13일 1200억원을 투자했다. 홍길동 카카오 대표가 발표했다."),
    ("a3", "2024-03-14", "홍길동 대한상공회의소 부회장과 존 스미스 대표가 14일 서울 여의도에서 만났다."),
    ("a4", "2024-03-15", "삼성전자는 15일 이사회를 열고 한빛소재를 3000억원에 인수하기로 했다."),
    ("a5", "2024-03-16", "국토교통부와 현대자동차는 16일 정부서울청사에서 양해각서를 체결했다."),
]


def write_jsonl(path: Path, rows) -> Path:
    path.write_text("".join(json.dumps({"id": i, "date": d, "text": t}, ensure_ascii=False) + "\n"
                            for i, d, t in rows), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    return write_jsonl(folder / "news.jsonl", ARTICLES)


@pytest.fixture(scope="module")
def single(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("single")
    assert main(["build", str(corpus), "-o", str(out)]) == 0
    return (out / "graph.ttl").read_bytes()


def test_two_workers_give_the_single_process_graph(corpus, single, tmp_path):
    assert main(["build", str(corpus), "-o", str(tmp_path), "--workers", "2"]) == 0
    assert (tmp_path / "graph.ttl").read_bytes() == single


def test_dask_local_cluster_gives_the_single_process_graph(corpus, single, tmp_path):
    distributed = pytest.importorskip("dask.distributed", reason="dask.distributed is not installed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        assert main(["build", str(corpus), "-o", str(tmp_path), "--dask", cluster.scheduler_address]) == 0
    assert (tmp_path / "graph.ttl").read_bytes() == single


def test_update_adds_new_articles_and_keeps_the_old(corpus, single, tmp_path, capsys):
    first = write_jsonl(tmp_path / "first.jsonl", ARTICLES[:3])
    rest = write_jsonl(tmp_path / "rest.jsonl", ARTICLES[2:])  # a3 again: skipped by its content hash
    out = tmp_path / "out"
    assert main(["build", str(first), "-o", str(out)]) == 0
    capsys.readouterr()
    assert main(["build", str(rest), "-o", str(out), "--update"]) == 0
    assert "2 built, 3 kept from before" in capsys.readouterr().out
    assert (out / "graph.ttl").read_bytes() == single


def test_a_bad_article_is_reported_and_the_rest_is_built(tmp_path, capsys):
    news = tmp_path / "news.jsonl"
    news.write_text(json.dumps({"id": "ok", "text": ARTICLES[0][2]}, ensure_ascii=False) + "\n{broken\n",
                    encoding="utf-8")
    missing = tmp_path / "missing.txt"
    assert main(["build", str(news), str(missing), "-o", str(tmp_path / "out")]) == 4
    err = capsys.readouterr().err
    assert "news.jsonl:2" in err and "missing.txt: no such file" in err
    assert "현대자동차" in (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")


def test_a_crash_in_a_stage_skips_only_that_article(corpus, tmp_path, monkeypatch, capsys):
    from kg import build

    real = build.process

    def fragile(article):
        if article.id == "a2":
            raise RuntimeError("boom")
        return real(article)

    monkeypatch.setattr(build, "process", fragile)
    assert main(["build", str(corpus), "-o", str(tmp_path)]) == 4
    assert "a2: RuntimeError: boom" in capsys.readouterr().err
    assert "카카오페이" not in (tmp_path / "graph.ttl").read_text(encoding="utf-8")


def test_an_interrupted_build_leaves_the_previous_outputs(corpus, tmp_path, monkeypatch):
    (tmp_path / "graph.ttl").write_text("previous", encoding="utf-8")

    def interrupt(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "render", interrupt)
    assert main(["build", str(corpus), "-o", str(tmp_path)]) == 130
    assert (tmp_path / "graph.ttl").read_text(encoding="utf-8") == "previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.ttl"]
