import os

import pytest

from kg.output import write_atomic


def test_outputs_are_readable_as_the_umask_allows(tmp_path):
    previous = os.umask(0o022)
    try:
        write_atomic(tmp_path / "graph.ttl", b"x")
    finally:
        os.umask(previous)
    assert (tmp_path / "graph.ttl").stat().st_mode & 0o777 == 0o644


def test_a_failed_write_leaves_the_previous_file_and_no_temporary(tmp_path):
    target = tmp_path / "graph.ttl"
    target.write_bytes(b"before")
    with pytest.raises(TypeError):
        write_atomic(target, "not bytes")
    assert target.read_bytes() == b"before" and [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]
