"""Words: Kiwi's morphemes grouped the way Korean is written, each split into a noun stem and a tail.

A word is a run of morphemes with no space or punctuation inside (산업통상자원부와); its stem is
the noun part (산업통상자원부) and its tail the particle or ending (와). Titles are found at the
end of a stem (손정의 회장, 정보화전략실장). The mention rules work on these words.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg import lexicon
from kg.analyze import HANGUL_ONLY, Sentence, Token

#: tags that end a word's noun stem: particles, endings, verbs, copula, punctuation
TAIL_TAGS = ("J", "E", "VCP", "VCN", "XSV", "XSA", "VV", "VA", "VX", "MAJ")
SEPARATOR_TAGS = {"SF", "SP", "SS", "SSO", "SSC", "SE", "SO"}
#: Roman numerals written as one character, which number a name's generation: 두코바니Ⅱ원자력발전사
ROMAN_NUMERALS = frozenset("ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ")
KEEP_SYMBOLS = {"㈜", "(주)", "&", "%", "+", *ROMAN_NUMERALS}
OPENING = {"(", "[", "{", "<", "〈", "《", "【"}
CLOSING = {")", "]", "}", ">", "〉", "》", "】"}
#: 씨 and 님 after a name are courtesy, and 측 ("the side of") points at it: neither is part of the name
#: (홍길동씨는 -> 홍길동, 삼성전자측은 -> 삼성전자)
NAME_FOLLOWERS = {"씨", "님", "측"}


@dataclass(slots=True)
class Word:
    """A run of morphemes with no space or punctuation inside."""

    tokens: list[Token]
    stem_end: int  # offset where the noun stem ends and the tail begins
    bracketed: bool = False  # inside parentheses or brackets: 최태원(사진) 회장
    start: int = field(init=False)
    end: int = field(init=False)
    stem_tokens: list[Token] = field(init=False)

    def __post_init__(self) -> None:
        self.start = self.tokens[0].start
        self.end = max(t.end for t in self.tokens)
        # (a copula Kiwi restores where the text has none, 한빛전자다 = 한빛전자 + 이/VCP + 다, takes no letters
        # and opens the tail, not the stem)
        self.stem_tokens = [t for t in self.tokens if t.end <= self.stem_end and t.start < self.stem_end]

    @property
    def has_tail(self) -> bool:
        return self.stem_end < self.end


def is_proper(token: Token) -> bool:
    """A proper noun, a foreign-script word, or a word Kiwi does not know: the stuff of names."""
    return token.tag in ("NNP", "SL", "SH") or token.oov


def join_corporate_marks(tokens: tuple[Token, ...]) -> list[Token]:
    """`(` `주` `)` written together becomes one `(주)` symbol, as ㈜ is."""
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        if tokens[i].form == "(" and [t.form for t in tokens[i + 1:i + 3]] == ["주", ")"] \
                and tokens[i + 2].start == tokens[i].start + 2:
            out.append(Token("(주)", "SW", tokens[i].start, tokens[i + 2].end))
            i += 3
        else:
            out.append(tokens[i])
            i += 1
    return out


def split_words(sentence: Sentence) -> list[Word]:
    words: list[tuple[list[Token], bool]] = []
    previous_end = None
    depth = 0
    tokens = join_corporate_marks(sentence.tokens) if "(주)" in sentence.text else sentence.tokens
    for token in tokens:
        tag = token.tag
        if tag in SEPARATOR_TAGS or (tag == "SW" and token.form not in KEEP_SYMBOLS):
            depth += (token.form in OPENING) - (token.form in CLOSING and depth > 0)
            previous_end = None
            continue
        if previous_end is None or token.start > previous_end:
            words.append(([], depth > 0))
            previous_end = token.end
        elif token.end > previous_end:
            previous_end = token.end
        words[-1][0].append(token)
    result = []
    for tokens, bracketed in words:
        stem_end = tokens[0].start
        for k, token in enumerate(tokens):
            if token.tag.startswith(TAIL_TAGS) and not ends_company_name(tokens[:k], token) \
                    and not is_stray_verb(tokens, k) \
                    or token.form in NAME_FOLLOWERS and token is not tokens[0]:
                break
            stem_end = token.end
        result.append(Word(tokens, stem_end, bracketed))
    return result


def ends_company_name(stem: list[Token], token: Token) -> bool:
    """`소프트뱅크벤처스는`: Kiwi, knowing the name before it, may read the last syllable of a company's
    ending as a verb (벤처 + 스/VV); with it the stem ends like a company (벤처스)."""
    if token.tag != "VV" or not stem or token.form not in ("스", "즈"):
        return False
    suffix = lexicon.org_suffixes().match("".join(t.form for t in stem) + token.form)
    return suffix is not None and len(suffix.text) > len(token.form)


def is_stray_verb(tokens: list[Token], k: int) -> bool:
    """`한빛바이오로직스,`: a verb's stem with no ending after it ends no Korean word; Kiwi has cut the last
    syllable off a name (로직 + 스/VV), which belongs to the stem. So does a verb whose only ending is fused
    into its syllable, after a name and a noun written as one word (`롯데케미칼타이탄 지분` = 롯데케미칼 +
    타이 + 타/VV + ᆫ/ETM): no clause ends inside a name."""
    if k == 0 or tokens[k].tag != "VV" or len(tokens[k].form) != 1 or tokens[k].end - tokens[k].start != 1 \
            or not tokens[k - 1].tag.startswith("NN"):
        return False
    if k == len(tokens) - 1:
        return True
    fused = tokens[k + 1]
    return k == len(tokens) - 2 and fused.tag == "ETM" and fused.start == tokens[k].start \
        and fused.end == tokens[k].end and is_proper(tokens[0]) and tokens[k - 1].tag == "NNG"


#: heads of departments, whose titles carry the department's name: 기획관리실장, 재무국장
DEPARTMENT_HEADS = ("실장", "국장", "본부장", "과장", "단장", "부장", "팀장", "처장", "센터장", "부문장", "사업부장",
                    "정책관", "기획관", "담당관", "심의관", "관리관", "조정관", "협력관", "랩장")


def title_split(text: str, word: Word) -> tuple[int, str] | None:
    """Where a title ends the word's stem, at a morpheme boundary: (offset, title).

    The tail must be a particle or the copula: in 감사드린다 the noun is part of a verb.
    """
    if word.stem_end <= word.start or text[word.stem_end - 1] not in lexicon.title_endings():
        return None
    titles = lexicon.titles()
    tail = [t for t in word.tokens if t.start >= word.stem_end and t.form not in NAME_FOLLOWERS]  # 의원측은
    if tail and not (tail[0].tag.startswith("J") or tail[0].tag == "VCP"):
        return None
    stem = text[word.start:word.stem_end]
    for title in DEPARTMENT_HEADS:  # Kiwi may fuse the department into the title: 기획 + 관리실장
        if stem.endswith(title) and len(stem) > len(title) + 1 and HANGUL_ONLY.match(stem) \
                and not any(stem.endswith(t) for t in titles if len(t) > len(title)) \
                and all(t.tag in ("NNG", "NNP") for t in word.stem_tokens) and word.stem_tokens[-1].form != title:
            return word.start, stem
    for token in word.stem_tokens:
        rest = text[token.start:word.stem_end]
        if rest in titles:
            # (a department head, or a longer post that ends like one: 산업 + 정책실장 heads 산업정책실)
            if token.start > word.start and rest.endswith(DEPARTMENT_HEADS):
                department = text[word.start:token.start]
                if HANGUL_ONLY.match(department) and all(t.tag == "NNG" for t in word.stem_tokens[:-1]):
                    return word.start, department + rest  # a department head: 정보화전략실장
            return token.start, rest
    return None
