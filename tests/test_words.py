from kg.analyze import analyze
from kg.read import Article
from kg.words import split_words, title_split


def words(text):
    sentence = analyze(Article("t", text)).sentences[0]
    return text, split_words(sentence)


def test_stem_and_tail_of_each_word():
    text, found = words("산업통상자원부와 삼성전자는 협약을 맺었다.")
    assert [(text[w.start:w.stem_end], text[w.stem_end:w.end]) for w in found[:2]] == [
        ("산업통상자원부", "와"), ("삼성전자", "는")]


def test_punctuation_splits_words_and_brackets_are_marked():
    text, found = words("최한결(사진) 회장·대표")
    assert [(text[w.start:w.stem_end], w.bracketed) for w in found] == [
        ("최한결", False), ("사진", True), ("회장", False), ("대표", False)]


def test_company_mark_in_brackets_stays_with_its_name():
    text, found = words("이날 (주)누리텍이 발표했다.")
    assert "(주)누리텍" in [text[w.start:w.stem_end] for w in found]


def test_titles_end_a_stem_and_department_heads_keep_their_department():
    text, found = words("정책실장은 인사기획과장을 만났다.")
    assert title_split(text, found[0]) == (0, "정책실장")
    assert title_split(text, found[1])[1] == "인사기획과장"
    # a longer post that ends like a department head, after common nouns: the department's head (산업정책실)
    text, found = words("산업정책실장 김보람이 말했다.")
    assert title_split(text, found[0]) == (0, "산업정책실장")


def test_honorific_is_no_part_of_the_name():
    text, found = words("홍길동씨는 웃었다.")
    assert text[found[0].start:found[0].stem_end] == "홍길동"


def test_a_copula_kiwi_restores_where_the_text_has_none_opens_the_tail():
    text, found = words("모회사는 한빛사이언스다.")
    assert [t.form for t in found[1].stem_tokens] == ["한빛사이언스"] and text[found[1].stem_end:found[1].end] == "다"


def test_the_side_of_a_name_is_no_part_of_it():
    text, found = words("한빛소재측은 부인했다.")
    assert text[found[0].start:found[0].stem_end] == "한빛소재"


def test_a_company_ending_kiwi_reads_partly_as_a_verb_stays_in_the_stem():
    # Kiwi, knowing 소프트뱅크, reads 소프트뱅크 + 벤처 + 스/VV
    text, found = words("소프트뱅크벤처스는 투자했다.")
    assert (text[found[0].start:found[0].stem_end], text[found[0].stem_end:found[0].end]) == ("소프트뱅크벤처스", "는")


def test_a_verb_with_no_ending_at_a_words_end_is_the_last_syllable_of_a_name():
    # Kiwi: 한빛/NNP 바이오/NNG 로직/NNG 스/VV ,/SP
    text, found = words("한빛바이오로직스, 美 제약사와 1조원 위탁생산 계약")
    assert text[found[0].start:found[0].stem_end] == "한빛바이오로직스"
    # a verb's ending fused into its syllable, after a name and a noun: Kiwi reads 롯데케미칼 + 타이 + 타/VV + ᆫ/ETM
    text, found = words("롯데케미칼타이탄 지분을 샀다.")
    assert text[found[0].start:found[0].stem_end] == "롯데케미칼타이탄"
