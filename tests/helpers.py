"""Helpers the mention tests share: read a sentence written for a test."""

from kg.analyze import analyze
from kg.mentions import Mentions, find_mentions
from kg.read import Article


def mentions(text: str) -> Mentions:
    return find_mentions(analyze(Article("t", text)))


def named(text: str, kind: str) -> list[str]:
    return [m.text for m in mentions(text).mentions if m.kind == kind]
