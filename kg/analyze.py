"""Kiwi analysis: sentences, morphemes and character offsets into the article body.

One Kiwi per process (Kiwi objects cannot be pickled), taught the gazetteer's names so that
compounds such as 산업통상자원부 stay one proper noun, and `㈜`-forms stay whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from typing import NamedTuple

from kiwipiepy import Kiwi

from kg.lexicon import common_nouns, gazetteer, lookup, org_suffixes, surnames, team_nicknames
from kg.read import Article

HANGUL = re.compile(r"[가-힣]")
HANGUL_ONLY = re.compile(r"^[가-힣]+$")
PARAGRAPH = re.compile(r"[^\n]+")
#: the other dots news writes between list items (한ㆍ미, 공화ᆞ앨라배마), read by Kiwi as the middle dot
#: it knows; one character for one, so offsets hold
INTERPUNCT = str.maketrans("ㆍᆞ‧・", "····")
#: company names ending in ㈜ or (주): SK㈜. Kiwi would read ㈜는 as a verb. Names that begin with
#: the mark (㈜LG가) need no rule: the word builder keeps ㈜ with the name and the particle apart.
CORPORATE_MARK = re.compile(r"(?<![A-Za-z0-9가-힣])[A-Za-z0-9가-힣]+(?:㈜|\(주\))")


class Token(NamedTuple):
    """A morpheme with offsets into the article body (a tuple: there are a few hundred per article)."""

    form: str
    tag: str
    start: int
    end: int
    oov: bool = False  # not in Kiwi's dictionary: often a name


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    tokens: tuple[Token, ...]


@dataclass(frozen=True)
class Analysis:
    article: Article
    sentences: tuple[Sentence, ...]


#: particles Kiwi may leave glued to a Korean name it does not know, by whether the syllable before
#: ends in a consonant (윤채영 + 이, 염혜선 + 과) or a vowel (김하나 + 가; but not 와, which ends Japanese
#: names: 하세가와)
GLUED_PARTICLES = {True: {"이": "JKS", "은": "JX", "을": "JKO", "의": "JKG", "과": "JC"},
                   False: {"가": "JKS", "는": "JX", "를": "JKO", "의": "JKG"}}
#: the topic and object particles among them, which no foreign name ends in
TOPIC_OR_OBJECT = {True: {"은": "JX", "을": "JKO"}, False: {"는": "JX", "를": "JKO"}}


@cache
def kiwi() -> Kiwi:
    """The process's Kiwi, with the gazetteer's Korean names as proper nouns.

    Kiwi's multi-word dictionary is loaded: it knows many foreign people by their full names
    (`켄드릭 라마` is one proper noun). It costs each process about 0.3 s more to start and 190 MB
    more memory (benchmarks/corpus_throughput.py: peak 357 MB without it, 545 MB with it).
    """
    model = Kiwi(load_multi_dict=True)
    for form in sorted(gazetteer()):
        # short names (경기, 기아) are common words too often to force on every text
        if HANGUL.search(form) and " " not in form and len(form) >= 3:
            model.add_user_word(form, "NNP", 0)
    for nickname in sorted(team_nicknames()):
        # scored low, so that a nickname that is also a word stays that word (레이스, a race)
        model.add_user_word(nickname, "NNP", -10)
    model.add_re_word(CORPORATE_MARK, "NNP")
    return model


@cache
def reads_alone_as_name(form: str) -> bool:
    """Whether Kiwi, given the word alone, reads it as one proper noun. In a sentence it may cut a
    name it does not know into dictionary nouns (조성 + 진); a compound it knows stays one common noun
    (정부안) either way."""
    tokens = kiwi().tokenize(form)
    return len(tokens) == 1 and tokens[0].tag == "NNP"


@cache
def reads_alone_as_common_noun(form: str) -> bool:
    """Whether Kiwi, given the word alone, reads it as dictionary nouns only (확장 + 성, 심근 + 병증)."""
    tokens = kiwi().tokenize(form)
    return bool(tokens) and all(t.tag in ("NNG", "XSN", "XPN") and not t.oov for t in tokens)


@cache
def reads_alone_as_quality(form: str) -> bool:
    """Whether Kiwi, given the word alone, reads it as dictionary nouns and the suffix 성, `of such a
    nature` (염증성, 궤양성, 골수성): a word that opens the name of a disease or a property, never a person's."""
    tokens = kiwi().tokenize(form)
    return len(tokens) >= 2 and tokens[-1].form == "성" and tokens[-1].tag == "XSN" \
        and all(t.tag == "NNG" and not t.oov for t in tokens[:-1])


def analyze(article: Article) -> Analysis:
    """Split the body into sentences of morphemes, every offset counting into the body.

    A sentence never crosses a line break: news paragraphs are lines, and Kiwi alone may hang a
    line's opening words on the sentence before (`…서명했다.\n‘계약서’는 …`).
    """
    body = article.body
    sentences: list[Sentence] = []
    for line in PARAGRAPH.finditer(body):
        at = line.start()
        for sent in kiwi().split_into_sents(line.group().translate(INTERPUNCT), return_tokens=True):
            read = (Token(t.form, t.tag, at + t.start, at + t.end, bool(t.oov)) for t in sent.tokens)
            pieces = tuple(piece for token in read for piece in split_glued_particle(token, body))
            tokens = common_nouns_alone(subject_particles_after_names(hyphenated_names_joined(
                names_before_letters(names_before_suffixes(pieces, body), body))))
            start, end = at + sent.start, at + sent.end
            sentences.append(Sentence(len(sentences), start, end, body[start:end], tokens))
    return Analysis(article, nouns_read_elsewhere(tuple(sentences)))


def nouns_read_elsewhere(sentences: tuple[Sentence, ...]) -> tuple[Sentence, ...]:
    """`테네시 양극재/NNP 공장` in a headline, `양극/NNG 재/NNG 공장` in the story: a proper noun of the headline
    (the first sentence) that the story writes as a word of two or more dictionary nouns, and Kiwi reads alone
    as those nouns, is that compound, a common noun. Kiwi reads a headline's bare nouns as names more often than
    the same nouns in a sentence with its particles; a name it cuts into nouns in one sentence (업 + 스테이지)
    it does not know alone as nouns, and in the story's sentences it may still cut a name of loanwords that it
    reads whole elsewhere (라인 + 디지털 + 프론티어)."""
    if not sentences:
        return sentences
    headline = sentences[0]
    names = {t.form for t in headline.tokens if t.tag == "NNP"}
    compounds = {form for sentence in sentences[1:] for run in noun_runs(sentence.tokens)
                 if len(run) >= 2 and (form := "".join(t.form for t in run)) in names
                 and all(t.tag == "NNG" and not t.oov for t in run) and reads_alone_as_common_noun(form)}
    if not compounds:
        return sentences
    tokens = tuple(t._replace(tag="NNG", oov=False) if t.tag == "NNP" and t.form in compounds else t
                   for t in headline.tokens)
    return (replace(headline, tokens=tokens), *sentences[1:])


def noun_runs(tokens: tuple[Token, ...]) -> list[tuple[Token, ...]]:
    """The nouns written together with nothing between them: `양극/NNG 재/NNG` of `양극재를`."""
    runs: list[list[Token]] = []
    for k, token in enumerate(tokens):
        if not token.tag.startswith("NN"):
            continue
        if runs and k and tokens[k - 1] is runs[-1][-1] and tokens[k - 1].end == token.start:
            runs[-1].append(token)
        else:
            runs.append([token])
    return [tuple(run) for run in runs]


#: what Kiwi may cut an unknown name into, before a company's ending in one word: a determiner, an adverb,
#: a verb and its endings (세온증권 = 세/VV 어/EC 오/VX ᆫ/ETM 증권; 세온전자 = 세/MM 온/NNG 전자)
MISREAD_NAME_TAGS = ("MM", "MAG", "VV", "VX", "VA", "EC", "ETM", "NNG")


def names_before_suffixes(tokens: tuple[Token, ...], body: str) -> tuple[Token, ...]:
    """`세온증권을`: an unknown name Kiwi cuts into syllables that make no sense written together, before a
    company's ending that ends the word (증권, 전자, 은행), is one proper noun: no clause ends, and no
    determiner stands, inside a word."""
    out = list(tokens)
    k = 1
    while k < len(out):
        suffix = out[k]
        if suffix.tag != "NNG" or out[k - 1].end < suffix.start:  # (no noun, or nothing before it in its word)
            k += 1
            continue
        start = k  # back to the word's first morpheme (a fused ending shares its syllable: 오/VX ᆫ/ETM)
        while start > 0 and out[start - 1].end >= out[start].start:
            start -= 1
        run = out[start:k]
        ends_word = k + 1 == len(out) or out[k + 1].start > suffix.end or out[k + 1].tag.startswith(("J", "S"))
        misread = ends_word and any(t.tag != "NNG" for t in run) \
            and all(t.tag in MISREAD_NAME_TAGS and t.end - t.start == 1 for t in run)
        name = body[out[start].start:suffix.start] if misread else ""
        company = org_suffixes().match(name + suffix.form) if misread and HANGUL_ONLY.match(name) else None
        if company is not None and company.text == suffix.form and company.cls == "Corporation":
            out[start:k] = [Token(name, "NNP", out[start].start, suffix.start, True)]
            k = start + 2
        else:
            k += 1
    return tuple(out)


def names_before_letters(tokens: tuple[Token, ...], body: str) -> tuple[Token, ...]:
    """`사카나AI의` = 사/NNG 카/NNG 나/JC AI/SL 의: Hangul, then Latin letters written onto it, is one name; a
    conjunction (나, 와) glued to letters joins nothing, since a list is written with a space."""
    out = list(tokens)
    for k in range(len(out) - 2, 0, -1):
        joint, letters = out[k], out[k + 1]
        if joint.tag != "JC" or letters.tag != "SL" or joint.end != letters.start or out[k - 1].end != joint.start:
            continue
        start = k - 1
        while start > 0 and out[start - 1].end == out[start].start and out[start - 1].tag.startswith("NN"):
            start -= 1
        if all(t.tag.startswith("NN") for t in out[start:k]) and HANGUL_ONLY.match(body[out[start].start:joint.end]):
            out[start:k + 2] = [Token(body[out[start].start:letters.end], "NNP", out[start].start, letters.end, True)]
    return tuple(out)


def hyphenated_names_joined(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """`메르세데스/NNP -/SO 벤츠코리아/NNP` -> `메르세데스-벤츠코리아/NNP`: proper nouns written with a hyphen
    between them are one name when a known name spans the hyphen (메르세데스-벤츠); 서울-부산 stays two."""
    out = list(tokens)
    k = 0
    while k + 2 < len(out):
        first, hyphen, second = out[k:k + 3]
        glued = first.end == hyphen.start and hyphen.end == second.start and hyphen.form == "-"
        if glued and first.tag == second.tag == "NNP" and any(
                lookup(f"{first.form}-{second.form[:n]}") for n in range(2, len(second.form) + 1)):
            out[k:k + 3] = [Token(f"{first.form}-{second.form}", "NNP", first.start, second.end)]
        else:
            k += 1
    return tuple(out)


def subject_particles_after_names(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """`정우영/NNP 이/XSN 결혼식에`, `해린/NNP 이/XSN 화보를`: Kiwi may read the subject particle after a
    Korean full name or a two-syllable name ending in a consonant as the suffix of endearment (영숙이); when
    it ends the word, it is the particle."""
    out = list(tokens)
    for k in range(1, len(out)):
        name, suffix = out[k - 1], out[k]
        ends_word = k + 1 == len(out) or out[k + 1].start > suffix.end or out[k + 1].tag.startswith("S")
        if suffix.form == "이" and suffix.tag == "XSN" and name.tag == "NNP" and name.end == suffix.start \
                and (len(name.form) == 3 and name.form[0] in surnames() or len(name.form) == 2
                     and HANGUL_ONLY.match(name.form) and (ord(name.form[-1]) - 0xAC00) % 28 != 0) and ends_word:
            out[k] = suffix._replace(tag="JKS")
    return tuple(out)


def common_nouns_alone(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """`웹툰/NNP 작가`, `아이돌/NNP 그룹/NNG 멤버`: a common noun Kiwi's dictionary takes for a name, or does
    not know (common_nouns.txt), is that common noun when it is the noun of a word of its own; within a
    longer noun it may open a name (메타버스랩), so there it keeps Kiwi's tag."""
    out = list(tokens)
    k = 0
    while k < len(out):
        if not out[k].tag.startswith("NN"):
            k += 1
            continue
        end = k + 1  # the nouns that open the word at k
        while end < len(out) and out[end].start == out[end - 1].end and out[end].tag.startswith("NN"):
            end += 1
        noun = out[k:end]
        opens = k == 0 or out[k - 1].end < out[k].start or out[k - 1].tag.startswith("S")
        # (Kiwi's entries of several words keep their space in the form though the text has none: 수산화 리튬)
        if opens and "".join(t.form for t in noun).replace(" ", "") in common_nouns():
            out[k:end] = [t._replace(tag="NNG", oov=False) for t in noun]  # known now, to the lexicon
        k = end
    return tuple(out)


def is_country_or_city(form: str) -> bool:
    """Whether the lexicon knows the form as a country's or a city's name (미국, 안산)."""
    known = lookup(form)
    return known is not None and known.cls in ("Country", "City")


def split_glued_particle(token: Token, body: str = "") -> tuple[Token, ...]:
    """`윤채영이` -> `윤채영` + `이`: an unknown four-syllable proper noun that is a family name, two
    syllables and a particle fitting the syllable before it (or the courtesy 씨) is a Korean name with its
    particle, which Kiwi left on it (and would then read as one name with the word that follows). `챈들러의` -> `챈들러`
    + `의`: an unknown proper noun keeps no genitive either, nor the 로 of 로부터 (`산토스로부터`). `로제도` ->
    `로제` + `도` when the body also names 로제 without 도: many foreign names end in 도 (마차도, 아르만도), so
    the article must show it.
    `어피니티에쿼티파트너스에` -> `…파트너스` + `에`: a name with a body's ending keeps no 에 (or 와) either, nor one
    Kiwi knows alone its 와 (`시스팬과`), nor a country's or a city's name the 서 a headline writes for 에서
    (`안산서`)."""
    form = token.form
    if token.tag not in ("NNP", "NNG") or not token.oov or not HANGUL_ONLY.match(form):
        return (token,)
    joined = len(form) >= 4 and form[-1] == ("과" if (ord(form[-2]) - 0xAC00) % 28 else "와")  # fits the syllable
    if len(form) >= 4 and (form.endswith("에") or joined) and org_suffixes().match(form[:-1]) is not None \
            or joined and reads_alone_as_name(form[:-1]):
        # 어피니티에쿼티파트너스에, 퍼듀대와: a body's name, its ending known, keeps no 에 (to whom, where)
        # and no 와 or 과 (with whom); nor does a name Kiwi knows when it stands alone (시스팬과 정비 협력)
        return (token._replace(form=form[:-1], end=token.end - 1, tag="NNP"),
                Token(form[-1], "JKB", token.end - 1, token.end))
    if len(form) >= 3 and form.endswith("서") and is_country_or_city(form[:-1]):
        # 안산서 기억식: a headline's 서 is 에서 after a place
        return (token._replace(form=form[:-1], end=token.end - 1, tag="NNP"),
                Token("서", "JKB", token.end - 1, token.end))
    if token.tag != "NNP":
        return (token,)
    if len(form) >= 3 and form.endswith("의"):
        return (token._replace(form=form[:-1], end=token.end - 1), Token("의", "JKG", token.end - 1, token.end))
    source = next((p for p in ("으로", "로") if form.endswith(p)), "") if body.startswith("부터", token.end) else ""
    if source and len(form) - len(source) >= 2:  # 산토스로부터: a name, then 로부터 (from)
        cut = token.end - len(source)
        return (token._replace(form=form[:-len(source)], end=cut), Token(source, "JKB", cut, token.end))
    if len(form) >= 3 and form.endswith("도") and re.search(f"(?<![가-힣]){form[:-1]}(?!도)", body):
        return (token._replace(form=form[:-1], end=token.end - 1), Token("도", "JX", token.end - 1, token.end))
    # 울버햄프턴은: a topic or object particle that fits the syllable before it (가 and 이 end names: 오르테가)
    tag = TOPIC_OR_OBJECT[(ord(form[-2]) - 0xAC00) % 28 != 0].get(form[-1]) if len(form) >= 4 else None
    if tag is not None:
        return (token._replace(form=form[:-1], end=token.end - 1), Token(form[-1], tag, token.end - 1, token.end))
    if len(form) != 4 or form[0] not in surnames():
        return (token,)
    if form.endswith("씨"):  # 김하늘씨: the name and the courtesy 씨
        return (token._replace(form=form[:3], end=token.start + 3), Token("씨", "NNB", token.start + 3, token.end))
    tag = GLUED_PARTICLES[(ord(form[2]) - 0xAC00) % 28 != 0].get(form[3])
    if tag is None or tag == "JC" and reads_alone_as_common_noun(form[2:]):
        return (token,)  # 동물학과, 정형외과: a department's or a clinic's name ends so
    return (token._replace(form=form[:3], end=token.start + 3), Token(form[3], tag, token.start + 3, token.end))
