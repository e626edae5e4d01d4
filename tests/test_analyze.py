from kg.analyze import Token, analyze, reads_alone_as_name, split_glued_particle
from kg.read import Article


def test_sentences_and_tokens_carry_offsets_into_the_body():
    body = "첫 문장이다.\n\n산업통상자원부와 삼성전자는 협약을 맺었다. 끝."
    analysis = analyze(Article("t", body))
    assert len(analysis.sentences) == 3
    for sentence in analysis.sentences:
        assert body[sentence.start:sentence.end] == sentence.text
        for token in sentence.tokens:
            assert sentence.start <= token.start < token.end <= sentence.end


def test_gazetteer_names_stay_one_proper_noun():
    analysis = analyze(Article("t", "산업통상자원부와 블랙록이 만났다."))
    forms = [(t.form, t.tag) for s in analysis.sentences for t in s.tokens]
    assert ("산업통상자원부", "NNP") in forms
    assert ("블랙록", "NNP") in forms


def test_a_club_s_nickname_keeps_its_particle_apart_but_a_nickname_that_is_a_word_stays_a_word():
    analysis = analyze(Article("t", "KIA는 키움 히어로즈에 외야수를 내줬다. 그는 레이스에서 이겼다."))
    forms = [(t.form, t.tag) for s in analysis.sentences for t in s.tokens]
    assert ("히어로즈", "NNP") in forms and ("에", "JKB") in forms
    assert ("레이스", "NNG") in forms


def test_name_ending_in_corporate_mark_stays_whole_before_a_particle():
    analysis = analyze(Article("t", "SK㈜는 협의했다."))
    forms = [(t.form, t.tag) for s in analysis.sentences for t in s.tokens]
    assert forms[:2] == [("SK㈜", "NNP"), ("는", "JX")]


def test_a_sentence_never_crosses_a_line_break():
    body = "두 회사가 계약서에 서명했다.\n‘공급 계약서’는 다음 달 공개된다."
    sentences = analyze(Article("t", body)).sentences
    assert [s.text for s in sentences] == ["두 회사가 계약서에 서명했다.", "‘공급 계약서’는 다음 달 공개된다."]
    assert all(body[s.start:s.end] == s.text for s in sentences)


def test_other_dots_between_list_items_read_as_the_middle_dot_at_the_same_offsets():
    body = "의원(민주ᆞ웨스트버지니아)과 삼성전자ㆍLG전자"
    tokens = [t for s in analyze(Article("t", body)).sentences for t in s.tokens]
    dots = [t for t in tokens if t.form == "·"]
    assert [(body[t.start], t.tag) for t in dots] == [("ᆞ", "SP"), ("ㆍ", "SP")]
    assert ("웨스트버지니아", "NNP") in [(t.form, t.tag) for t in tokens]


def test_particle_kiwi_leaves_on_an_unknown_korean_name_is_split_off():
    assert split_glued_particle(Token("한서율이", "NNP", 10, 14, True)) == (
        Token("한서율", "NNP", 10, 13, True), Token("이", "JKS", 13, 14))
    assert [t.form for t in split_glued_particle(Token("김하나가", "NNP", 0, 4, True))] == ["김하나", "가"]
    assert [t.form for t in split_glued_particle(Token("염혜선과", "NNP", 0, 4, True))] == ["염혜선", "과"]
    # a department's or a clinic's name ends in 과 too
    assert [t.form for t in split_glued_particle(Token("동물학과", "NNP", 0, 4, True))] == ["동물학과"]


def test_a_genitive_kiwi_leaves_on_an_unknown_proper_noun_is_split_off():
    assert [(t.form, t.tag) for t in split_glued_particle(Token("챈들러의", "NNP", 0, 4, True))] == [
        ("챈들러", "NNP"), ("의", "JKG")]
    assert split_glued_particle(Token("정의", "NNP", 0, 2, True)) == (Token("정의", "NNP", 0, 2, True),)
    # nor the 로 of 로부터 (from)
    split = split_glued_particle(Token("산토스로", "NNP", 0, 4, True), "산토스로부터")
    assert [t.form for t in split] == ["산토스", "로"]


def test_names_that_only_end_like_a_particle_stay_whole():
    for form in ("사쿠라이", "하세가와", "노르웨이"):  # 라 + 이 does not fit; 와 is left alone; a known word
        token = Token(form, "NNP", 0, 4, form != "노르웨이")
        assert split_glued_particle(token) == (token,)


def test_a_word_read_alone_as_a_name_or_as_a_known_compound():
    assert reads_alone_as_name("이상철")
    assert not reads_alone_as_name("정부안")


def test_an_additive_particle_is_split_off_an_unknown_name_only_when_the_article_names_it_without():
    body = "로제도 노래했다. 로제는 웃었다."
    assert [(t.form, t.tag) for t in split_glued_particle(Token("로제도", "NNP", 0, 3, True), body)] == [
        ("로제", "NNP"), ("도", "JX")]
    token = Token("마차도", "NNP", 0, 3, True)  # a name that ends in 도
    assert split_glued_particle(token, "마차도 의원이 말했다. 마차도는 웃었다.") == (token,)


def test_a_topic_or_object_particle_that_fits_is_split_off_an_unknown_proper_noun():
    assert [(t.form, t.tag) for t in split_glued_particle(Token("울버햄프턴은", "NNP", 0, 6, True))] == [
        ("울버햄프턴", "NNP"), ("은", "JX")]
    token = Token("아르테가", "NNP", 0, 4, True)  # 가 ends names
    assert split_glued_particle(token) == (token,)


def test_the_subject_particle_kiwi_reads_as_a_suffix_after_a_full_name_is_the_particle():
    tokens = analyze(Article("t", "이강인의 절친 정우영이 결혼식에 참석했다.")).sentences[0].tokens
    assert [(t.form, t.tag) for t in tokens[3:5]] == [("정우영", "NNP"), ("이", "JKS")]


def test_a_name_with_a_body_s_ending_keeps_no_glued_에_but_another_name_does():
    glued = Token("어피니티에쿼티파트너스에", "NNG", 0, 12, True)
    assert [(t.form, t.tag) for t in split_glued_particle(glued)] == [("어피니티에쿼티파트너스", "NNP"), ("에", "JKB")]
    name = Token("바르니에", "NNP", 0, 4, True)
    assert split_glued_particle(name) == (name,)


def test_a_name_with_a_body_s_ending_keeps_no_glued_와_or_과_that_fits_it():
    assert [(t.form, t.tag) for t in split_glued_particle(Token("누리대와", "NNP", 0, 4, True))] == [
        ("누리대", "NNP"), ("와", "JKB")]
    assert [t.form for t in split_glued_particle(Token("한빛전자과", "NNP", 0, 5, True))] == ["한빛전자과"]
    # a name Kiwi knows when it stands alone (시스팬, a Canadian shipyard) keeps no 과 either
    assert [t.form for t in split_glued_particle(Token("시스팬과", "NNG", 0, 4, True))] == ["시스팬", "과"]


def test_a_hyphen_inside_a_known_name_joins_the_proper_nouns_around_it():
    sentence = analyze(Article("x", "메르세데스-벤츠코리아와 서울-부산 노선")).sentences[0]
    assert [t.form for t in sentence.tokens if t.tag == "NNP"] == ["메르세데스-벤츠코리아", "서울", "부산"]


def test_이_ending_a_two_syllable_name_in_a_consonant_is_the_subject_particle():
    tokens = analyze(Article("x", "뉴진스 멤버 민지와 해린이 화보를 찍었다.")).sentences[0].tokens
    assert ("이", "JKS") in [(t.form, t.tag) for t in tokens]


def test_a_headline_s_서_after_a_country_or_a_city_is_에서():
    glued = Token("수원서", "NNG", 0, 3, True)
    assert [(t.form, t.tag) for t in split_glued_particle(glued)] == [("수원", "NNP"), ("서", "JKB")]
    station = Token("한빛서", "NNG", 0, 3, True)
    assert split_glued_particle(station) == (station,)


def test_the_courtesy_씨_kiwi_leaves_on_an_unknown_korean_name_is_split_off():
    assert [(t.form, t.tag) for t in split_glued_particle(Token("김하늘씨", "NNP", 0, 4, True))] == [
        ("김하늘", "NNP"), ("씨", "NNB")]


def test_a_common_noun_kiwi_takes_for_a_name_is_that_noun_as_a_word_of_its_own_but_may_open_a_name():
    def tags(text: str) -> list[tuple[str, str]]:
        sentences = analyze(Article("t", text)).sentences
        return [(t.form, t.tag) for s in sentences for t in s.tokens if t.tag.startswith("NN")]
    assert tags("웹툰 작가가 늘었다.")[0] == ("웹툰", "NNG")
    assert tags('그는 "메타버스 플랫폼을 출시했다"고 말했다.')[0] == ("메타버스", "NNG")  # after a quotation mark
    assert tags("아이돌그룹 멤버가 입대했다.")[:2] == [("아이돌", "NNG"), ("그룹", "NNG")]  # a compound listed whole
    assert tags("메타버스랩은 투자를 받았다.")[0] == ("메타버스", "NNP")  # a company, maybe
    assert ("에틸렌", "NNG") in tags("조호르주에 에틸렌 공장을 운영한다.")  # a commodity chemical
    assert ("해수", "NNG") in tags("3조원 규모의 해수 공급 플랜트를 짓는다.")  # seawater
    assert ("잉곳", "NNG") in tags("공장은 잉곳과 웨이퍼를 생산한다.")  # a solar cell's material


def test_a_listed_common_noun_kiwi_does_not_know_is_known_as_that_noun():
    tokens = analyze(Article("t", "경찰은 환전책을 쫓고 있다.")).sentences[0].tokens
    assert [(t.form, t.tag, t.oov) for t in tokens if t.form.endswith("책")] == [("환전책", "NNG", False)]


def test_a_headline_s_proper_noun_the_story_writes_as_dictionary_nouns_is_that_common_noun():
    body = "한빛소재, 美 조지아 양극재 공장 착공\n\n한빛소재는 조지아주에 양극재 공장을 짓는다."
    sentences = analyze(Article("t", body)).sentences
    assert [(t.form, t.tag) for t in sentences[0].tokens if t.form == "양극재"] == [("양극재", "NNG")]
    # a name the story never writes as common nouns stays a name
    assert [t.tag for t in sentences[0].tokens if t.form == "조지아"] == ["NNP"]


def test_an_unknown_name_kiwi_cuts_into_syllables_before_a_company_s_ending_is_one_proper_noun():
    def forms(text):
        return [(t.form, t.tag) for s in analyze(Article("t", text)).sentences for t in s.tokens]
    # 세/VV 어/EC 오/VX ᆫ/ETM 증권: no clause ends inside a word; 세/MM 온/NNG 전자: no determiner stands there
    assert forms("세온증권을 인수했다.")[:2] == [("세온", "NNP"), ("증권", "NNG")]
    assert forms("세온전자가 상장했다.")[:2] == [("세온", "NNP"), ("전자", "NNG")]
    # but dictionary nouns stay, and so does an ending inside a longer word
    assert ("기후", "NNG") in forms("기후동행카드를 샀다.")
    assert ("전자", "NNG") in forms("전기및전자공학부 교수가 말했다.")


def test_hangul_with_latin_letters_written_onto_it_is_one_name_though_kiwi_reads_a_conjunction():
    def forms(text):
        return [(t.form, t.tag) for s in analyze(Article("t", text)).sentences for t in s.tokens]
    assert forms("스타트업 누리나AI의 지분을 샀다.")[1] == ("누리나AI", "NNP")  # 누리 + 나/JC + AI
    assert ("나", "JC") in forms("그는 사과나 AI를 샀다.")  # a list, written with a space
