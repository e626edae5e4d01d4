import pytest

from conftest import run


def labels(entities):
    return sorted(e.label for e in entities)


def owned(text):
    """What belongs to what in the text, as (child, parent) labels."""
    return sorted((o.child.label, o.parent.label) for o in run(text).facts.ownerships)


def test_positions_with_and_without_organization_merge():
    facts = run("정의선 현대차그룹 회장이 왔다. 정의선 회장은 웃었다.").facts
    assert [(m.person.label, m.role, m.org.label if m.org else None) for m in facts.memberships] == [
        ("정의선", "회장", "현대자동차그룹")]


def test_a_post_named_in_short_is_the_full_post():
    facts = run("김민수 국민의힘 비상대책위원장은 회의를 열었다. 김 위원장은 협력을 당부했다.").facts
    assert [(m.person.label, m.role, m.org.label if m.org else None) for m in facts.memberships] == [
        ("김민수", "비상대책위원장", "국민의힘")]


def test_a_coach_named_with_a_sponsors_short_name_coaches_its_team():
    facts = run("LG 트윈스가 우승했다. 구광모 LG그룹 회장이 축하했다. 염경엽 LG 감독은 웃었다.").facts
    posts = {(m.person.label, m.role, m.org.label) for m in facts.memberships}
    assert posts == {("구광모", "회장", "LG그룹"), ("염경엽", "감독", "LG 트윈스")}


def test_one_elected_to_a_post_holds_it_and_the_short_title_names_the_same_post():
    facts = run("국민의힘은 22일 전당대회를 열고 장동혁 의원을 새 당대표로 선출했다. 장 대표는 웃었다.").facts
    posts = {(m.person.label, m.role, m.org.label if m.org else None) for m in facts.memberships}
    assert posts == {("장동혁", "의원", "국민의힘"), ("장동혁", "당대표", "국민의힘")}


def test_a_post_at_a_country_is_the_post_at_its_body_named_with_the_country():
    facts = run("또 럼 베트남 서기장 방한. 또 럼 베트남 공산당 서기장은 11일 서울에 도착했다.").facts
    assert [(m.person.label, m.role, m.org.label, len(m.evidence)) for m in facts.memberships] == [
        ("또 럼", "서기장", "베트남 공산당", 2)]


def test_a_deputy_named_alone_is_at_the_one_organization_whose_post_he_deputizes():
    facts = run("김보람 한빛은행 총재가 말했다. 회의에는 이한결 부총재가 참석했다.").facts
    assert {(m.person.label, m.role, m.org.label) for m in facts.memberships} == {
        ("김보람", "총재", "한빛은행"), ("이한결", "부총재", "한빛은행")}
    facts = run("김보람 한빛은행 총재와 박민수 대성은행 총재가 만났다. 이한결 부총재도 왔다.").facts
    assert [m.org for m in facts.memberships if m.role == "부총재"] == [None]
    # a company's deputy may be any of the group's companies'
    facts = run("김보람 한빛그룹 회장이 말했다. 박서연 부회장은 다른 회사로 자리를 옮긴다.").facts
    assert [m.org for m in facts.memberships if m.role == "부회장"] == [None]


def test_one_acting_for_a_post_s_holder_holds_the_acting_post_not_the_post():
    facts = run("김보람 한빛시장 권한대행은 회의를 주재했다. 김 권한대행은 말했다.").facts
    assert [(m.person.label, m.role, m.org.label) for m in facts.memberships] == [("김보람", "시장 권한대행", "한빛시")]
    facts = run("한빛시장 권한대행을 맡고 있는 김보람 행정부시장이 말했다. 김 권한대행은 웃었다.").facts
    assert {(m.person.label, m.role, m.org.label) for m in facts.memberships} == {
        ("김보람", "시장 권한대행", "한빛시"), ("김보람", "부시장", "한빛시")}
    facts = run("이한결 대통령 권한대행 겸 국무총리는 담화를 발표했다.").facts
    assert {(m.person.label, m.role) for m in facts.memberships} == {
        ("이한결", "대통령 권한대행"), ("이한결", "국무총리")}


def test_a_public_corporation_is_headed_by_a_사장_and_one_acting_for_him_is_at_it_too():
    facts = run("한빛항만공사는 21일 김보람 사장이 퇴임했다고 밝혔다. 후임이 정해질 때까지 박서연 부사장이 "
                "사장 직무대행을 맡는다.").facts
    assert {(m.person.label, m.role, m.org.label if m.org else None) for m in facts.memberships} == {
        ("김보람", "사장", "한빛항만공사"), ("박서연", "부사장", "한빛항만공사"),
        ("박서연", "사장 직무대행", "한빛항만공사")}


def test_the_post_one_is_named_by_as_he_moves_is_not_at_the_company_he_moves_to():
    facts = run("박서연 부회장은 대성자산운용 대표로 자리를 옮긴다.").facts
    assert {(m.role, m.org.label if m.org else None) for m in facts.memberships} == {
        ("대표", "대성자산운용"), ("부회장", None)}


def test_former_post():
    facts = run("박영수 전 장관은 말을 아꼈다.").facts
    assert [(m.person.label, m.role, m.former) for m in facts.memberships] == [("박영수", "장관", True)]


def test_subsidiary_is_a_parent_organization_fact():
    facts = run("카카오의 자회사인 카카오페이는 성장했다.").facts
    assert [(o.child.label, o.parent.label) for o in facts.ownerships] == [("카카오페이", "카카오")]


def test_a_parent_named_as_the_topic_or_said_of_the_subject_and_an_intermediate_holding_company():
    def owned(text):
        return [(o.child.label, o.parent.label) for o in run(text).facts.ownerships]
    assert owned("누리전자의 모회사는 한빛그룹이다.") == [("누리전자", "한빛그룹")]
    assert owned("한빛그룹은 누리전자의 모회사다.") == [("누리전자", "한빛그룹")]
    assert owned("HD현대의 조선 중간지주사인 HD한국조선해양은 실적을 냈다.") == [("HD한국조선해양", "HD현대")]
    # a few words between, and a majority holder named as such, the topic being what it holds
    assert owned("한빛웹툰의 미국 모회사 누리엔터테인먼트는 디즈니와 제휴했다. "
                 "누리엔터테인먼트는 나스닥에 상장했으며 한빛홀딩스가 지분 63%를 보유하고 있다.") == [
        ("한빛웹툰", "누리엔터테인먼트"), ("누리엔터테인먼트", "한빛홀딩스")]


def test_the_owner_glossed_in_brackets_and_a_name_numbered_in_roman():
    facts = run("한수원은 체코전력공사(CEZ) 자회사인 두코바니Ⅱ원자력발전사와 계약서에 서명했다.").facts
    assert [(o.child.label, o.parent.label) for o in facts.ownerships] == [("두코바니Ⅱ원자력발전사", "체코전력공사")]


def test_a_branch_in_place_belongs_to_its_company():
    facts = run("현대자동차는 실적을 냈다. 현대차 미국법인은 8만대를 팔았다.").facts
    assert [(o.child.label, o.parent.label) for o in facts.ownerships] == [("현대차 미국법인", "현대자동차")]

def test_a_union_s_or_a_party_s_branch_named_right_after_it_belongs_to_it():
    assert owned("전국금속노동조합 한빛전자지부는 파업을 결의했다. 국민의힘 누리시당은 논평을 냈다.") == [
        ("누리시당", "국민의힘"), ("한빛전자지부", "전국금속노동조합")]



def test_subsidiaries_joined_after_the_word_all_belong_to_the_owner():
    assert owned("비바리퍼블리카는 흑자를 냈다. 자회사 한빛뱅크와 한빛증권도 흑자 전환에 성공했다.") == [
        ("한빛뱅크", "비바리퍼블리카"), ("한빛증권", "비바리퍼블리카")]
    facts = run("비바리퍼블리카는 흑자를 냈다. 자회사 한빛뱅크는 흑자 전환에 성공했다.").facts
    assert [(o.child.label, o.parent.label) for o in facts.ownerships] == [("한빛뱅크", "비바리퍼블리카")]


def test_agreement_with_parties_date_type_and_purpose():
    facts = run("현대자동차와 서울대학교는 12일 자율주행 기술 공동연구를 위한 업무협약을 체결했다.").facts
    (agreement,) = facts.agreements
    assert labels(agreement.parties) == ["서울대학교", "현대자동차"]
    assert (agreement.type, agreement.date, agreement.purpose) == ("업무협약", "2024-03-12", "자율주행 기술 공동연구")


def test_a_deal_made_in_a_time_no_day_resolves_has_no_date_not_the_publication_s():
    (agreement,) = run("현대자동차는 지난해 서울대학교와 업무협약을 체결했다.").facts.agreements
    assert (agreement.date, agreement.guessed) == (None, False)
    (agreement,) = run("현대자동차는 서울대학교와 업무협약을 체결했다.").facts.agreements
    assert (agreement.date, agreement.guessed) == ("2024-03-12", True)


def test_a_deal_told_as_made_before_or_as_what_a_thing_is_has_no_date():
    (agreement,) = run("현대자동차는 앞서 서울대학교와 업무협약을 체결한 바 있다.").facts.agreements
    assert (agreement.date, agreement.guessed) == (None, False)
    agreements = run("볼타셀은 한빛소재와 GM이 각각 50%씩 출자한 합작법인이다.").facts.agreements
    assert [(a.date, a.guessed) for a in agreements] == [(None, False), (None, False)]
    (agreement,) = run("현대자동차는 회의에 앞서 서울대학교와 업무협약을 체결했다.").facts.agreements
    assert (agreement.date, agreement.guessed) == ("2024-03-12", True)


def test_a_party_that_ends_a_list_with_등_signs_too():
    (agreement,) = run("한빛제약과 누리제약, 세온제약 등 제약사 3곳이 공동구매 협약을 맺었다.").facts.agreements
    assert labels(agreement.parties) == ["누리제약", "세온제약", "한빛제약"]


def test_a_deal_of_leaders_and_one_of_the_countries_they_lead_is_one_deal():
    facts = run("김보람·홍민수, 무역합의 서명\n"
                "김보람 한국 대통령과 홍민수 베트남 주석이 11일 무역합의에 서명했다. "
                "양국은 향후 2년간 관세를 낮추기로 합의했다.").facts
    assert len(facts.agreements) == 1 and facts.agreements[0].date == "2024-03-11"


def test_quoted_agreement_title_is_its_label():
    facts = run("국토교통부와 현대자동차는 ‘도심항공교통 협력을 위한 양해각서(MOU)’를 맺었다.").facts
    (agreement,) = facts.agreements
    assert agreement.label == "도심항공교통 협력을 위한 양해각서(MOU)" and agreement.type == "MOU"
    assert agreement.date == "2024-03-12"  # no date in the sentence: the publication date


def test_names_after_a_signing_that_goes_on_to_another_clause_are_no_parties():
    facts = run("한빛웹툰은 디즈니와 전략적 제휴를 맺고 디즈니, 마블, 픽사 만화를 담은 플랫폼을 만들기로 했다.").facts
    (agreement,) = facts.agreements
    assert labels(agreement.parties) == ["디즈니", "한빛웹툰"]
    # a comma after the signing ends its clause too: those who attend after it sign nothing
    facts = run("계약식에는 김철수 한빛전자 사장과 이영희 누리소재 대표가 서명했으며, 박민수 세온시 시장과 "
                "최지훈 국토교통부 장관이 참석했다.").facts
    assert [labels(a.parties) for a in facts.agreements] == [["누리소재", "한빛전자"]]


def test_a_consortium_named_after_its_leader_wins_for_it():
    facts = run("한빛건설 컨소시엄은 누리석유로부터 2조원 규모의 공사를 수주했다.").facts
    assert [labels(a.parties) for a in facts.agreements] == [["누리석유", "한빛건설"]]


def test_the_one_supplied_in_a_deal_to_supply_it_is_a_party_but_a_market_is_not():
    def parties(text):
        return [labels(a.parties) for a in run(text).facts.agreements]
    assert parties("한빛전자는 누리모터스에 배터리를 공급하는 계약을 맺었다.") == [["누리모터스", "한빛전자"]]
    assert parties("한빛제약은 미국 제약사 누리파마에 기술을 수출하는 계약을 체결했다.") == [["누리파마", "한빛제약"]]
    assert parties("한빛전자는 유럽에 배터리를 공급하는 계약을 맺었다.") == []


def test_completing_a_contract_is_signing_it_but_completing_talks_is_not():
    facts = run("가수 김하늘이 소속사 누리엔터테인먼트와 재계약을 마쳤다고 누리가 밝혔다. "
                "한빛전자는 누리케미칼과 공급 계약을 마치고 한빛바이오와 협의를 시작했다. "
                "한빛전자는 모라노와 협상을 마쳤다.").facts
    assert sorted(sorted(p.label for p in a.parties) for a in facts.agreements) == [
        ["김하늘", "누리엔터테인먼트"], ["누리케미칼", "한빛전자"]]


def test_a_group_s_members_who_sign_its_contract_make_no_contract_among_themselves():
    facts = run("그룹 누리보이즈가 소속사 한빛엔터테인먼트와 재계약을 맺었다. 누리보이즈 멤버 민수, 지훈, 태오는 "
                "모두 재계약서에 서명했다.").facts
    assert [sorted(p.label for p in a.parties) for a in facts.agreements] == [["누리보이즈", "한빛엔터테인먼트"]]
    signing = next(e for e in facts.events if e.kind == "signing")
    assert {"민수", "지훈", "태오"} <= {p.label for p in signing.attendees}


def test_a_business_group_signing_with_a_deal_s_other_party_signs_its_affiliate_s_deal():
    facts = run("누리항공이 보잉과 여객기 도입 계약을 체결했다. 김보람 한빛그룹 회장은 켈리 오트버그 보잉 최고경영자와 "
                "만나 계약서에 서명했다.").facts
    assert [sorted(p.label for p in a.parties) for a in facts.agreements] == [["누리항공", "보잉"]]
    signing = next(e for e in facts.events if e.kind == "signing")
    assert {"김보람", "켈리 오트버그"} <= {p.label for p in signing.attendees}


def test_one_who_reports_a_deal_between_others_is_no_party_to_it():
    def parties(text):
        return [sorted(p.label for p in a.parties) for a in run(text).facts.agreements]
    assert parties("존 스미스 미국 대통령은 이란과 이스라엘이 휴전에 합의했다고 발표했다.") == [["이란", "이스라엘"]]
    assert parties("한빛전자는 누리소재와 세온화학이 합병 계약을 체결했다고 밝혔다.") == [["누리소재", "세온화학"]]
    # but a deal the topic itself signed, told as its own
    assert parties("한빛전자는 누리소재와 공급 계약을 체결했다고 밝혔다.") == [["누리소재", "한빛전자"]]


def test_contracting_said_with_the_verb_is_signing():
    facts = run("프로야구 LG 트윈스는 16일 자유계약선수(FA) 투수 김하늘과 4년 총액 50억원에 계약했다고 밝혔다.").facts
    (deal,) = facts.agreements
    assert ([p.label for p in deal.parties], [q.text for q in deal.amounts]) == (["LG 트윈스", "김하늘"], ["50억원"])


def test_agreeing_is_signing_but_failing_to_agree_is_not():
    def agreed(text):
        return [(labels(a.parties), a.type) for a in run(text).facts.agreements]
    assert agreed("한빛전자가 누리모터스와 합작법인 설립에 합의했다.") == [(["누리모터스", "한빛전자"], "합의")]
    assert agreed("서울시는 두바이와 자매결연을 맺었다.") == [(["두바이", "서울특별시"], "자매결연")]
    assert agreed("한빛전자와 누리모터스는 합의하지 못했다. 두 회사는 다음 달 합의할 예정이다.") == []


def test_a_merger_told_as_whose_it_is():
    facts = run("누리제약과 한빛바이오의 합병이 마무리됐다.").facts
    assert [(labels(a.parties), a.type) for a in facts.agreements] == [(["누리제약", "한빛바이오"], "합병")]
    facts = run("누리제약과 한빛바이오가 21일 각각 이사회를 열고 합병을 결의했다.").facts  # boards resolve on it
    assert [(labels(a.parties), a.type) for a in facts.agreements] == [(["누리제약", "한빛바이오"], "합병")]


def test_no_agreement_without_signing():
    assert run("현대자동차와 서울대학교는 업무협약 내용을 검토하고 있다.").facts.agreements == []


def test_where_the_news_comes_from_is_no_party():
    facts = run("2일 한국거래소에 따르면 현대자동차는 이날 누리텍 등 3개 기업에 총 300억원 규모의 지분을 "
                "투자했다.").facts
    assert [labels(a.parties) for a in facts.agreements] == [["누리텍", "현대자동차"]]


def test_who_reports_an_accord_is_no_party_to_it():
    facts = run("이스라엘과 하마스가 3일 휴전 협상에 합의했다고 카타르 외무부가 밝혔다.").facts
    assert [labels(a.parties) for a in facts.agreements] == [["이스라엘", "하마스"]]


def test_meeting_with_place_and_date_and_a_later_attendee():
    facts = run("홍길동 대한상공회의소 부회장은 12일 정부서울청사에서 존 스미스 대표와 만났다. "
                "이 자리에는 김철수 교수도 동석했다.").facts
    (event,) = facts.events
    assert labels(event.attendees) == ["김철수", "존 스미스", "홍길동"]
    assert event.date == "2024-03-12" and event.place.label == "정부서울청사"


def test_quotes_go_to_the_subject_and_carry_over_to_the_next_sentence():
    facts = run("홍길동 회장은 “우리는 내년에 공장을 두 곳 더 짓겠다”고 말했다. "
                "이어 “인재 양성에도 힘쓰겠다”고 덧붙였다.").facts
    assert [(q.speaker.label, q.text) for q in facts.quotes] == [
        ("홍길동", "우리는 내년에 공장을 두 곳 더 짓겠다"), ("홍길동", "인재 양성에도 힘쓰겠다")]


def test_people_listed_as_the_subject_all_said_it_but_not_one_met_before():
    def said(text):
        return [q.speaker.label for q in run(text).facts.quotes]
    assert said('김철수 한빛전자 대표와 이영희 누리소재 대표는 "협력을 강화하겠다"고 밝혔다.') == ["김철수", "이영희"]
    assert said('이영희 대표와 만난 김철수 장관은 "협력을 강화하겠다"고 말했다.') == ["김철수"]


def test_speaker_is_the_subject_not_the_addressee():
    facts = run("홍길동 회장은 김철수 교수에게 “함께 연구소를 세우자”고 제안했다.").facts
    assert [q.speaker.label for q in facts.quotes] == ["홍길동"]


def test_plan_by_both_sides_with_a_target():
    facts = run("국토교통부와 현대자동차는 12일 양해각서를 체결했다. "
                "양측은 ‘한빛 아카데미(가칭)’ 설립을 추진하기로 했다. "
                "한빛 아카데미를 통해 정비 인력을 약 500명 양성한다는 목표다.").facts
    (plan,) = facts.plans
    assert plan.subject.label == "한빛 아카데미"
    assert labels(plan.planned_by) == ["국토교통부", "현대자동차"]
    assert [(t.value, t.unit, t.label) for t in plan.targets] == [("500", "명", "정비 인력 양성")]


def test_every_evidence_is_a_sentence_of_the_body():
    result = run("홍길동 회장은 “우리는 공장을 짓겠다”고 말했다. 카카오의 자회사인 카카오페이는 성장했다.")
    body = result.article.body
    f = result.facts
    for fact in [*f.memberships, *f.ownerships, *f.quotes]:
        for ev in fact.evidence:
            assert body[ev.start:ev.end] == ev.text


def test_appointment_gives_the_new_post_and_an_event():
    facts = run("대통령은 13일 신임 국토교통부 차관에 홍길동 청와대 비서관을 임명했다.").facts
    posts = {(m.person.label, m.role, m.org.label if m.org else None) for m in facts.memberships}
    assert ("홍길동", "차관", "국토교통부") in posts and ("홍길동", "비서관", "청와대") in posts
    (event,) = facts.events
    assert event.kind == "appointment" and "홍길동" in labels(event.attendees) and event.date == "2024-03-13"


def test_acquisition_is_an_agreement_between_buyer_and_target():
    facts = run("카카오는 12일 한빛소재를 3000억원에 인수했다.").facts
    (deal,) = facts.agreements
    assert [p.label for p in deal.parties] == ["카카오", "한빛소재"] and deal.type == "인수"
    assert [(q.value, q.unit) for q in deal.amounts] == [("300000000000", "KRW")]


def test_what_is_bought_is_named_after_the_buyer_and_right_before_the_deal_word():
    facts = run("결제앱 한빛페이를 운영하는 한빛전자가 경쟁사 누리전자 인수를 마무리했다.").facts
    assert [[p.label for p in deal.parties] for deal in facts.agreements] == [["한빛전자", "누리전자"]]


def test_names_listed_with_the_one_right_before_the_deal_word_are_bought_too():
    facts = run("우리금융지주가 한빛생명과 KDB생명 인수를 마무리했다.").facts
    assert [[p.label for p in deal.parties] for deal in facts.agreements] == [
        ["우리금융지주", "한빛생명"], ["우리금융지주", "KDB생명"]]


def test_a_purchase_told_by_what_is_bought_is_the_buyer_s():
    facts = run("한빛전자와 세온소재는 지난해 누리홀딩스에 매각됐다. 누리홀딩스에 인수된 한빛전자는 흑자를 냈다. "
                "가온화학은 누리홀딩스에 인수될 가능성이 있다.").facts
    assert sorted(tuple(p.label for p in deal.parties) for deal in facts.agreements) == [
        ("누리홀딩스", "세온소재"), ("누리홀딩스", "한빛전자")]


def test_a_deal_only_thought_of_is_no_agreement():
    facts = run("한빛전자는 누리전자 지분을 인수하는 방안을 검토하고 있다.").facts
    assert facts.agreements == []
    facts = run("한빛전자는 누리전자 인수를 추진하고 있다.").facts
    assert facts.agreements == []


def test_a_meeting_place_glossed_in_brackets():
    facts = run("조현 외교부 장관은 26일 베이징 조어대(댜오위타이)에서 왕이 중국 외교부장과 회담했다.").facts
    (event,) = facts.events
    assert event.place.label == "댜오위타이"


def test_an_event_in_a_week_no_day_resolves_has_no_day():
    facts = run("조현 장관은 4일 필립 골드버그 대사를 접견했다. 조 장관은 다음 주 일본을 방문해 이와야 다케시 "
                "외무상과 회담한다.").facts
    days = {tuple(sorted(a.label for a in e.attendees)): e.date for e in facts.events if e.kind == "meeting"}
    assert days[("이와야 다케시", "조현")] is None and days[("조현", "필립 골드버그")] == "2024-03-04"


def test_a_shipyard_visited_is_at_its_company_and_the_one_met_is_no_visitor():
    facts = run("이재명 대통령은 25일 울산 HD현대중공업 조선소를 방문했다.").facts
    assert [(e.kind, labels(e.attendees), e.place.label) for e in facts.events] == [
        ("visit", ["이재명"], "HD현대중공업")]
    assert run("김 장관은 지난 20일 미국 워싱턴DC를 찾아 러트닉 장관을 만났다.").facts.events == []


def test_signing_makes_an_event_at_its_place():
    facts = run("국토교통부와 현대자동차는 12일 정부서울청사에서 업무협약을 체결했다.").facts
    (event,) = facts.events
    assert event.kind == "signing" and event.place.label == "정부서울청사"
    assert labels(event.attendees) == ["국토교통부", "현대자동차"]


def test_holding_a_board_meeting_is_an_event():
    facts = run("삼성전자는 12일 오후 이사회를 열고 투자 계획을 확정했다.").facts
    assert [(e.kind, labels(e.attendees), e.date) for e in facts.events] == [("meeting", ["삼성전자"], "2024-03-12")]


def test_a_press_conference_is_a_briefing_at_the_premises_of_its_place():
    facts = run("금속노조는 12일 서울 중구 민주노총 본부에서 기자회견을 열고 파업을 예고했다.").facts
    assert [(e.kind, labels(e.attendees), e.place.label) for e in facts.events] == [
        ("briefing", ["전국금속노동조합"], "전국민주노동조합총연맹")]


def test_amount_is_about_the_nearest_actor_and_the_subject():
    facts = run("삼성전자는 한빛소재에 207억2000만원을 투자했다.").facts
    about = {(m.about.label, m.quantity.value, m.quantity.unit) for m in facts.measures}
    assert about == {("한빛소재", "20720000000", "KRW"), ("삼성전자", "20720000000", "KRW")}


def test_an_amount_in_a_sentence_naming_only_where_it_happened_is_the_subject_s_the_story_goes_on_with():
    facts = run("한빛전자는 미래국방과 계약을 맺었다. 계약은 바르샤바에서 체결됐으며 규모는 약 1조원이다.").facts
    assert [m.about.label for m in facts.measures] == ["한빛전자"]


def test_an_amount_is_about_no_one_the_action_is_with():
    facts = run("류현진이 KT 위즈와의 홈경기에 선발 등판해 시즌 10승째를 올렸다.").facts
    assert [m.about.label for m in facts.measures] == ["류현진"]


def test_an_amount_is_about_no_one_named_in_an_aside_before_it():
    facts = run("한빛지법 형사2부(재판장 김보람 부장판사)는 이모 전 의원에게 벌금 2억원을 선고했다.").facts
    assert "김보람" not in [m.about.label for m in facts.measures]
    # but a name's gloss in brackets is that name
    facts = run("한빛전자(HBE)는 매출 3조원을 올렸다.").facts
    assert [m.about.label for m in facts.measures] == ["한빛전자"]


def test_a_figure_right_after_a_topic_of_its_own_is_that_topic_s_alone():
    facts = run("한빛대는 53위, 누리대는 56위, 미래대는 61위를 기록했다.").facts
    assert [(m.about.label, m.quantity.text) for m in facts.measures] == [
        ("한빛대", "53위"), ("누리대", "56위"), ("미래대", "61위")]


def test_an_age_bracket_before_a_person_counts_nothing():
    facts = run("경찰청은 보이스피싱 조직 총책 50대 김모씨를 송환했다. 한빛전자는 20대 여성 기사를 뽑았다. "
                "한빛전자는 30대 회사원 A씨를 채용했다. 한빛전자는 버스 40대를 김씨에게 팔았다.").facts
    assert [(m.about.label, m.quantity.text) for m in facts.measures] == [("한빛전자", "40대")]


def test_figures_going_on_from_a_source_are_no_one_s_the_story_went_on_with():
    facts = run("기상청은 폭염 특보를 내렸다. 질병관리청에 따르면 올해 온열질환자는 2800명이다. "
                "이 가운데 사망자는 21명이다.").facts
    assert facts.measures == []


def test_amount_label_keeps_the_noun_it_counts():
    facts = run("카카오는 한빛소재 지분 51%를 샀다.").facts
    assert {m.quantity.label for m in facts.measures} == {"지분 51%"}


def owners(text):
    return sorted((o.child.label, o.parent.label) for o in run(text).facts.ownerships)


def test_subsidiaries_held_by_an_omitted_subject():
    assert owners("한빛솔루션즈는 27일 출범했다. 한빛비전과 한빛정밀기계를 100% 자회사로 뒀다.") == [
        ("한빛비전", "한빛솔루션즈"), ("한빛정밀기계", "한빛솔루션즈")]


def test_subject_owns_the_subsidiary_named_after_the_keyword():
    assert owners("카카오가 인공지능 사업 자회사 카카오브레인에 360억원을 조달했다.") == [("카카오브레인", "카카오")]


def test_owner_named_a_second_time_right_before_the_keyword():
    assert owners("카카오 일본법인은 자금을 카카오의 투자 자회사인 한빛캐피털을 통해 관리했다.") == [
        ("카카오 일본법인", "카카오"), ("한빛캐피털", "카카오")]


def test_companies_listed_before_their_owners_affiliates_and_nothing_further_on():
    assert owners("그는 현대건설, 현대글로비스 등 현대자동차그룹 계열사 대표이사 자리를 내놓으며 사실상 기아와 "
                  "관련된 보직에서 물러났다.") == [("현대건설", "현대자동차그룹"), ("현대글로비스", "현대자동차그룹")]


def test_holding_company_belongs_to_its_group_and_a_company_to_its_holding_company():
    assert owners("LG그룹 지주회사인 ㈜LG는 투자를 늘렸다.") == [("㈜LG", "LG그룹")]
    assert owners("한빛제약 지주회사인 한빛사이언스는 이사회를 열었다.") == [("한빛제약", "한빛사이언스")]
    assert owners("누리제약의 지주회사는 누리사이언스다.") == [("누리제약", "누리사이언스")]
    assert owners("한울바이오는 한울제약의 지주회사다.") == [("한울제약", "한울바이오")]


def test_a_company_founded_by_another():
    assert owners("한빛실리콘은 유니쿼화이가 지난해 대구에 설립한 신규 법인이다.") == [("한빛실리콘", "유니쿼화이")]


def test_parties_are_subjects_and_conjoined_names_never_a_place_in_a_locative():
    facts = run("대구시는 1일 산격청사에서 미국 실리콘밸리에 본사를 둔 한빛실리콘과 업무협약을 체결했다.").facts
    assert [labels(a.parties) for a in facts.agreements] == [["대구광역시", "한빛실리콘"]]


def test_listed_investments_are_one_deal_each_with_its_own_amount():
    facts = run("삼성전자는 이날 케이텍(207억원), 엘오티(189억원) 등 2개 기업의 유상증자에 참여한다.").facts
    deals = {(a.parties[1].label, tuple(q.value for q in a.amounts)) for a in facts.agreements}
    assert deals == {("케이텍", ("20700000000",)), ("엘오티", ("18900000000",))}


def test_unnamed_items_of_a_list_of_universities_join_the_list():
    facts = run("안성시는 23일 시청에서 한경대, 중앙대, 두원공과대와 업무협약을 체결했다.").facts
    # 중앙대 is known and takes its full name; the others join the list by their place in it
    assert labels(facts.agreements[0].parties) == ["두원공과대", "안성시", "중앙대학교", "한경대"]


def test_meeting_goes_on_with_the_previous_subject_and_date():
    facts = run("최한결 세종시장은 18일 국회를 방문했다. "
                "또 정한결 국민의힘 비상대책위원장과 면담을 갖고 협력을 요청했다.").facts
    meeting = next(e for e in facts.events if e.kind == "meeting")
    assert labels(meeting.attendees) == ["정한결", "최한결"] and meeting.date == "2024-03-18"
    visit = next(e for e in facts.events if e.kind == "visit")
    assert visit.place.label == "국회"


def test_a_person_with_too_is_the_subject_of_a_visit_by_찾아_and_this_day_is_no_day_to_come():
    facts = run("김한결 대표와 박민수 원내대표는 오는 20일 예산안을 처리하기로 합의했다. "
                "정의당 최한결 대표도 이날 광주를 찾아 지지자들을 만났다.").facts
    (visit,) = facts.events
    assert (visit.kind, labels(visit.attendees), visit.place.label, visit.date) == (
        "visit", ["최한결"], "광주광역시", "2024-03-12")
    assert visit.label == "최한결 광주광역시 방문"


def test_a_phone_call_between_two_people_is_a_call():
    facts = run("홍길동 국방부 장관은 이날 존 스미스 미국 국방장관과 전화 통화를 했다.").facts
    assert [(e.kind, e.label) for e in facts.events] == [("call", "홍길동·존 스미스 통화")]


def test_the_same_persons_gatherings_at_two_places_on_one_day_are_two_events():
    facts = run("홍길동 장관은 12일 도쿄에서 존 스미스 장관과 회담을 가졌다. "
                "홍 장관은 이날 저녁 주일 한국대사관에서 동포들과 간담회를 열었다.").facts
    assert [(labels(e.attendees), e.place.label) for e in facts.events] == [
        (["존 스미스", "홍길동"], "도쿄"), (["홍길동"], "주일 한국대사관")]


def test_a_visit_planned_for_a_month_has_no_day():
    facts = run("홍길동 대통령은 내년 4월 중국을 방문할 예정이다.").facts
    assert [(e.kind, e.date) for e in facts.events] == [("visit", None)]


def test_a_person_named_as_an_owner_is_no_one_met():
    facts = run("홍길동 축구대표팀 감독은 이날 경기장을 찾아 김철수의 경기력을 점검했다.").facts
    assert facts.events == []


def test_the_appointer_goes_on_to_a_successor_named_with_two_posts():
    facts = run("홍길동 대통령은 13일 인사를 단행했다. "
                "또 김철수 경찰청장 후임에 박민수 현 경찰청 차장을 임명했다.").facts
    (appointment,) = [e for e in facts.events if e.kind == "appointment"]
    assert labels(appointment.attendees) == ["경찰청", "박민수", "홍길동"]


def test_a_sentence_naming_a_person_not_met_does_not_take_the_last_subject():
    facts = run("홍길동 대표는 12일 국회를 찾았다. 김철수 의원 역시 이날 박민수 장관과 만났다.").facts
    (meeting,) = [e for e in facts.events if e.kind == "meeting"]
    assert labels(meeting.attendees) == ["김철수", "박민수"]


def test_an_investment_received_is_from_the_investor_named_with_로부터():
    facts = run("한빛전자는 누리의 벤처캐피털 솔빛벤처스로부터 200억원 규모의 투자를 유치했다.").facts
    assert [(labels(a.parties), a.label) for a in facts.agreements] == [
        (["솔빛벤처스", "한빛전자"], "솔빛벤처스의 한빛전자 투자")]


def test_a_company_named_in_quotation_marks_is_what_is_invested_in():
    facts = run("한빛뱅크는 지난해 베트남 디지털은행 '누리뱅크'에 지분 10%를 투자했다.").facts
    assert [(labels(a.parties), a.label) for a in facts.agreements] == [
        (["누리뱅크", "한빛뱅크"], "한빛뱅크의 누리뱅크 투자")]


def test_a_contract_to_buy_a_quoted_company_s_majority_stake_is_a_purchase_and_makes_a_parent():
    facts = run("한빛케미칼은 이탈리아 실리콘 제조사 '솔빛실리카'의 지분 100%를 1조원에 인수하는 계약을 "
                "체결했다고 20일 공시했다.").facts
    assert [(a.type, a.label) for a in facts.agreements] == [("인수", "한빛케미칼의 솔빛실리카 인수")]
    assert [(o.child.label, o.parent.label) for o in facts.ownerships] == [("솔빛실리카", "한빛케미칼")]


def test_a_press_luncheon_held_is_a_briefing():
    facts = run("한빛전자는 12일 본사에서 기자간담회를 열고 계획을 밝혔다.").facts
    assert [e.kind for e in facts.events] == ["briefing"]


def test_a_subsidiary_named_by_a_count_belongs_to_its_owner_not_to_the_subject():
    facts = run("중국 상무부는 한빛전자의 미국 자회사 5곳을 제재 대상에 올렸다.").facts
    assert facts.ownerships == []


def test_one_who_speaks_for_a_body_makes_it_the_speaker():
    facts = run("한빛전자는 \"영향은 제한적이다\"라고 설명했다. "
                "외교부 당국자는 \"중국 측과 소통하고 있다\"고 말했다.").facts
    assert [q.speaker.label for q in facts.quotes] == ["한빛전자", "외교부"]


def test_the_bench_that_rules_speaks_for_the_court_named_last():
    facts = run("서울중앙지법 형사1부는 12일 홍길동씨에게 징역 3년을 선고했다. "
                "재판부는 \"범행 수법이 잔인하고 죄질이 나쁘다\"고 판시했다.").facts
    assert [q.speaker.label for q in facts.quotes] == ["서울중앙지방법원"]


def test_a_company_post_without_an_organization_is_at_the_company_the_sentence_is_about():
    facts = run("한빛전자는 25일 홍길동 사장과 김철수 광명시장 등이 참석한 가운데 준공식을 열었다.").facts
    assert ("홍길동", "사장", "한빛전자") in [(m.person.label, m.role, m.org.label if m.org else None)
                                         for m in facts.memberships]
    facts = run("한빛전자가 이사회를 열고 김철수·박영희 공동대표 체제를 유지하기로 했다.").facts
    assert {(m.person.label, m.role, m.org.label if m.org else None) for m in facts.memberships} == {
        ("김철수", "공동대표", "한빛전자"), ("박영희", "공동대표", "한빛전자")}


def test_a_company_post_placed_elsewhere_in_the_article_stays_there():
    facts = run("홍길동 누리소재 부사장은 왔다. 한빛전자는 25일 홍길동 부사장과 만났다.").facts
    assert [(m.person.label, m.role, m.org.label if m.org else None) for m in facts.memberships] == [
        ("홍길동", "부사장", "누리소재")]


def test_an_appointment_in_doubt_is_no_event():
    assert run("국정원은 홍길동이 후계자로 내정됐을 가능성을 배제하지 않았다.").facts.events == []
    assert run("홍길동 대통령은 김철수 장관의 경질 여부를 검토했다. 김철수 장관 교체설이 돌았다.").facts.events == []
    assert [e.kind for e in run("홍길동 대통령은 김철수 씨를 장관에 임명했다.").facts.events] == ["appointment"]
    assert run("홍길동 대통령이 김철수 씨를 장관에 지명하는 방안을 검토하고 있다.").facts.events == []


def test_the_right_to_appoint_or_to_draft_is_no_appointment():
    assert run("한빛 구단은 홍길동을 내주고 2라운드 지명권을 받았다.").facts.events == []
    assert run("홍길동 대통령은 장관 임명권을 행사하지 않았다.").facts.events == []


def test_searching_for_a_cause_is_no_visit():
    assert run("홍길동 시장은 원인을 찾아 나섰다.").facts.events == []


def test_signings_at_one_ceremony_are_one_event_at_an_unknown_venue():
    facts = run("홍성군은 20일 리솜스파캐슬에서 한빛식품과 투자협약을 체결했다. "
                "홍성군은 이날 리솜스파캐슬에서 누리정밀과 투자협약을 체결했다.").facts
    (signing,) = [e for e in facts.events if e.kind == "signing"]
    assert labels(signing.attendees) == ["누리정밀", "한빛식품", "홍성군"] and signing.place.label == "리솜스파캐슬"


def test_party_with_a_parenthetical_or_a_company_mark_before_its_particle():
    facts = run("홍성군(군수 김한결)은 20일 누리식품(주), 대한정밀(주)과 투자협약을 체결했다.").facts
    (agreement,) = facts.agreements
    assert "홍성군" in labels(agreement.parties) and len(agreement.parties) == 3


def test_common_noun_concepts_are_not_promoted_to_parties():
    facts = run("대구시는 1일 한빛실리콘과 팹리스(fabless) 산업 육성을 위한 업무협약을 체결했다.").facts
    assert [labels(a.parties) for a in facts.agreements] == [["대구광역시", "한빛실리콘"]]


def test_an_amount_after_a_list_is_about_every_item():
    facts = run("한빛솔루션즈는 한빛비전과 한빛정밀기계를 100% 자회사로 뒀다.").facts
    assert {m.about.label for m in facts.measures if m.quantity.value == "100"} >= {"한빛비전", "한빛정밀기계"}


def test_a_mayor_without_a_city_heads_the_city_the_article_is_about():
    facts = run("안성시는 23일 대학들과 협약을 맺었다. 안성시는 예산을 지원한다. 김보라 시장은 환영했다.").facts
    assert [(m.person.label, m.role, m.org.label) for m in facts.memberships] == [("김보라", "시장", "안성시")]


def test_speaker_named_in_a_clause_after_the_quote_or_right_before_it():
    facts = run("삼성전자는 “중소기업과 함께 발전해야 지속가능하다”고 강조해온 이재용 삼성전자 회장의 철학을 실천했다. "
                '카카오 "법인 운영자금을 조달한다" 발표').facts
    expected = [("이재용", "중소기업과 "), ("카카오", "법인 운영자")]
    assert [(q.speaker.label, q.text[:6]) for q in facts.quotes] == expected


def test_after_a_quote_and_myeo_a_relative_clause_tells_of_someone_else_than_the_speaker():
    facts = run('정미경 위원장은 "박하늘 대표가 직접 나와 설명해야 한다"며 불출석한 박 대표를 비판했다.').facts
    assert [q.speaker.label for q in facts.quotes] == ["정미경"]


def test_a_facility_noun_alone_names_no_planned_facility():
    facts = run("양사는 데이터센터 구축에 협력한다.").facts
    assert facts.plans == []
    assert [e for e in run("양사는 데이터센터 구축에 협력한다.").entities.entities if e.kind == "Organization"] == []


def test_a_facility_to_be_built_is_planned_by_the_subject():
    facts = run("대구시는 올해부터 지능형 반도체 설계지원센터 구축 등 산업 생태계 조성에 전념할 계획이다.").facts
    assert [(p.subject.label, labels(p.planned_by)) for p in facts.plans] == [
        ("지능형 반도체 설계지원센터", ["대구광역시"])]


def test_successor_named_after_the_predecessor_takes_the_post():
    facts = run("대통령은 홍길동 소방청장 후임에 김영수 현 소방청 차장을 임명했다.").facts
    posts = {(m.person.label, m.role, m.org.label if m.org else None) for m in facts.memberships}
    assert ("김영수", "청장", "소방청") in posts
    # and the predecessor named without his post is no party to the appointment
    facts = run("한빛전자, 데이비드 리 후임에 존 스미스 선임").facts
    assert [sorted(a.label for a in e.attendees) for e in facts.events] == [["존 스미스", "한빛전자"]]


def test_officials_named_by_post_sign_for_their_organizations():
    facts = run("협력 양해각서는 외교부 장관과 주한미국 대사가 서명했다.").facts
    (agreement,) = facts.agreements
    assert labels(agreement.parties) == ["미국", "외교부"]


def test_one_sentence_naming_several_agreements_gives_one_each():
    facts = run("관광 협력 MOU는 문화체육관광부 장관과 주한일본 대사가, 통상 협력 MOU는 "
                "산업통상자원부 장관과 미국 상무부장이 각각 서명했다.").facts
    # 미국 상무부장: the head of 미국 상무부 stands for it
    assert sorted(labels(a.parties) for a in facts.agreements) == [
        ["문화체육관광부", "일본"], ["미국 상무부", "산업통상자원부"]]
    # each agreement the object of its own parties, the verb told once after the last
    facts = run("한빛전력과 누리에너지는 인력 양성 MOU를, 한빛철도와 누리철도공사는 기술협력 MOU를 각각 맺었다.").facts
    assert sorted(labels(a.parties) for a in facts.agreements) == [
        ["누리에너지", "한빛전력"], ["누리철도공사", "한빛철도"]]
    # but one subject's deals listed so are no clauses of their own: the subject keeps its second partner
    facts = run("한빛전자는 누리모터스와 MOU를, 미래화학과 공급계약을 각각 맺었다.").facts
    assert any({"미래화학", "한빛전자"} <= set(labels(a.parties)) for a in facts.agreements)


def test_a_signer_named_without_an_organization_is_a_party_himself():
    facts = run("협력 MOU는 홍길동 부총리와 중국 공안부 부부장이 서명했다.").facts
    (agreement,) = facts.agreements
    assert labels(agreement.parties) == ["중국 공안부", "홍길동"]


def test_beside_a_leader_who_is_a_party_in_person_the_other_country_s_leader_is_one_too():
    facts = run("홍길동 대통령은 존 스미스 호주 총리와 회담을 갖고 교역을 늘리기로 합의했다.").facts
    (agreement,) = facts.agreements
    assert labels(agreement.parties) == ["존 스미스", "홍길동"]


def test_a_post_named_with_its_company_as_what_someone_takes_is_the_post_of_the_one_named_after():
    facts = run("한빛금융지주는 인사를 했다. 한빛증권 대표에는 홍길동 현 대표가 연임됐다.").facts
    assert [(m.person.label, m.role, m.org.label) for m in facts.memberships] == [("홍길동", "대표", "한빛증권")]


def test_the_judges_in_charge_of_a_case_hold_no_post_of_that_name():
    facts = run("대법원 2부(주심 홍길동 대법관)는 원심을 깼다.").facts
    assert [(m.person.label, m.role, m.org.label) for m in facts.memberships] == [("홍길동", "대법관", "대법원")]
    facts = run("서울중앙지법 형사합의22부(재판장 김철수 부장판사)는 징역 12년을 선고했다.").facts
    assert [(m.person.label, m.role) for m in facts.memberships] == [("김철수", "부장판사")]


def test_a_party_post_named_alone_is_at_the_party_the_sentence_is_about():
    facts = run("더불어민주당은 의원총회를 열고 홍길동 원내대표를 중심으로 법안을 논의했다.").facts
    assert [(m.person.label, m.role, m.org.label) for m in facts.memberships] == [
        ("홍길동", "원내대표", "더불어민주당")]


def test_posts_after_an_organization_named_as_where_they_go_are_at_it_not_at_the_sentence_s_subject():
    facts = run("한빛디스플레이는 김철수 사장이 유임됐고, 한빛이노텍에는 홍길동 부사장이 사장으로 승진했다.").facts
    posts = {(m.person.label, m.role, m.org.label, m.former) for m in facts.memberships}
    assert posts == {("김철수", "사장", "한빛디스플레이", False), ("홍길동", "사장", "한빛이노텍", False),
                     ("홍길동", "부사장", "한빛이노텍", True)}


def test_a_company_mans_post_named_alone_is_at_his_company():
    facts = run("최영호 누리텍 회장이 참석했다. 최영호 단독대표 체제는 끝났다.").facts
    assert {(m.person.label, m.role, m.org.label if m.org else None) for m in facts.memberships} == {
        ("최영호", "회장", "누리텍"), ("최영호", "대표", "누리텍")}


def test_appointer_carries_over_and_the_predecessor_is_left_out():
    facts = run("대통령은 13일 신임 국토교통부 차관에 홍길동 비서관을 임명했다. "
                "또 김철수 소방청장 후임에 박영수 소방청 차장을 임명했다.").facts
    second = next(e for e in facts.events if "박영수" in labels(e.attendees))
    assert "김철수" not in labels(second.attendees) and second.date == "2024-03-13"


def test_amounts_in_a_sentence_naming_no_one_are_about_the_subject_it_goes_on_with():
    facts = run("누리텍은 지난해 새 공장을 지었다. 올해는 300억원을 더 들여 설비를 늘린다.").facts
    assert [(m.about.label, m.quantity.value) for m in facts.measures] == [("누리텍", "30000000000")]


def test_an_amount_about_a_thing_the_sentence_points_at_is_not_about_the_subject_before():
    facts = run("누리전자는 새 휴대폰을 내놓았다. 이 휴대폰은 점유율 12.4%를 기록했다. "
                "이 회사는 매출 300억원을 올렸다.").facts
    assert [(m.about.label, m.quantity.text) for m in facts.measures] == [("누리전자", "300억원")]


def test_an_age_in_brackets_is_only_the_named_one_s_and_a_withheld_name_s_is_no_one_s():
    facts = run("누리전자 홍길동(45) 대표는 웃었다. 재판부는 누리전자 대표 박모(52)씨에게 징역 12년을 선고했다.").facts
    assert [(m.about.label, m.quantity.text) for m in facts.measures] == [("홍길동", "45")]


def test_an_amount_about_a_work_named_by_a_known_name_or_told_by_a_source_is_no_one_s():
    facts = run("영화 '하얼빈'이 누적 관객 400만명을 돌파했다고 배급사 한빛엔터테인먼트가 밝혔다. "
                "영화진흥위원회 통합전산망에 따르면 '하얼빈'은 전날 12만명을 모았다.").facts
    assert facts.measures == []


def test_an_amount_in_a_sentence_about_people_is_not_about_the_organization_before():
    facts = run("한빛경찰서는 8일 일당을 검거했다. 경찰에 따르면 A씨 등은 건당 50만원을 받았다. "
                "피해자 87명이 약 23억원을 잃었다. 경찰은 수사비 3억원을 썼다.").facts
    assert [(m.about.label, m.quantity.text) for m in facts.measures] == [("경찰", "3억원")]


def test_a_count_of_the_organizations_listed_before_it_is_no_one_s_amount():
    facts = run("한빛제약과 누리제약, 세온제약 등 제약사 3곳이 협약을 맺었다. 한빛그룹은 계열사 5곳을 두고 있다.").facts
    assert [(m.about.label, m.quantity.text) for m in facts.measures] == [("한빛그룹", "5곳")]


def test_figures_a_source_gives_and_the_court_instance_are_about_no_one_the_sentence_goes_on_with():
    facts = run("대한전공의협의회는 개선안을 받아들였다. 복지부에 따르면 수련병원 211곳의 복귀율은 68%다. "
                "법원은 홍길동 의원에게 1심과 같은 벌금 500만원을 선고했다.").facts
    assert [(m.about.label, m.quantity.text) for m in facts.measures] == [("홍길동", "500만원")]
    facts = run("배우 홍길동이 제61회 대종상 시상식에서 상을 받았다. 한빛연구원은 누리호 5차 발사에 성공했다.").facts
    assert facts.measures == []
    facts = run("카카오와 네이버는 협의체를 출범했다. 두 회사는 기준을 함께 만들기로 했다.").facts
    assert facts.measures == []
    facts = run("한빛마트는 대만에 두 번째 물류센터를 열었다. 한빛시는 비상 2단계를 가동했다.").facts
    assert facts.measures == []
    facts = run("한빛공사는 3기 신도시 첫 아파트를 착공했다. 홍길동은 2회전에서 김철수를 꺾었다.").facts
    assert facts.measures == []
    facts = run("한빛FC는 누리FC를 꺾고 8강에 진출했다.").facts
    assert facts.measures == []


def test_a_date_that_bounds_a_period_is_not_the_day_of_the_meeting():
    facts = run("홍길동 대한상공회의소 부회장은 12일 부산을 찾았다. "
                "지난 10일부터 열린 박람회에서 홍 부회장은 존 스미스 대표와 만났다.").facts
    assert [(e.kind, e.date) for e in facts.events] == [("visit", "2024-03-12"), ("meeting", "2024-03-12")]


def test_a_gloss_in_brackets_is_no_party():
    facts = run("대구시는 한빛소재와 팹리스(fabless·반도체 설계 전문 회사) 산업 육성을 위한 업무협약을 체결했다.").facts
    assert [labels(a.parties) for a in facts.agreements] == [["대구광역시", "한빛소재"]]


def test_a_member_of_a_music_group_holds_the_post_of_member():
    facts = run("걸그룹 벨로키아 멤버 한지수가 무대에 올랐다.").facts
    assert [(m.person.label, m.role, m.org.label, m.org.cls) for m in facts.memberships] == [
        ("한지수", "멤버", "벨로키아", "MusicGroup")]


def test_a_spokesperson_side_after_a_name_makes_the_name_the_speaker():
    facts = run('홍길동 작가는 "다음 작품을 준비하고 있다"고 말했다. '
                '소속사 벨로나 측은 "계약은 사실이 아니다"라고 밝혔다.').facts
    assert sorted((q.speaker.label, q.text) for q in facts.quotes) == [
        ("벨로나", "계약은 사실이 아니다"), ("홍길동", "다음 작품을 준비하고 있다")]


def test_a_person_who_receives_a_delegation_meets_it():
    facts = run("홍길동 위원장이 21일 평양에서 러시아 대표단을 접견했다.").facts
    assert [sorted(a.label for a in ev.attendees) for ev in facts.events] == [["러시아 대표단", "홍길동"]]


def test_an_amount_is_labelled_with_the_whole_compound_noun_before_it():
    facts = run("한빛전자는 3분기 매출 7조원, 영업이익 9000억원을 기록했다.").facts
    assert {m.quantity.label for m in facts.measures} == {"매출 7조원", "영업이익 9000억원"}


def test_a_headline_s_event_merges_with_the_one_the_story_dates():
    facts = run("홍길동 대통령, 김철수 총리와 첫 정상회담\n"
                "홍길동 대통령은 지난 1일 서울에서 김철수 총리와 정상회담을 했다.").facts
    assert [(e.kind, e.date) for e in facts.events] == [("meeting", "2024-03-01")]
    # one named alone in the headline is the one the story names with another
    facts = run("주일 대사에 김보람 지명\n홍길동 대통령은 11일 김보람 전 의원을 주일 대사로 지명했다.").facts
    assert [(e.kind, e.date, sorted(a.label for a in e.attendees)) for e in facts.events] == [
        ("appointment", "2024-03-11", ["김보람", "홍길동"])]


def test_people_listed_with_commas_before_the_last_one_met_are_met_by_the_subject_before():
    facts = run("홍길동 대통령은 22일 쿠알라룸푸르에서 정상회의에 참석했다. "
                "이어 존 스미스 호주 총리, 마이클 브라운 뉴질랜드 총리와도 차례로 만났다.").facts
    assert [sorted(labels(e.attendees)) for e in facts.events if e.kind == "meeting"] == [
        ["존 스미스", "홍길동"], ["마이클 브라운", "홍길동"]]


def test_a_lead_s_event_in_a_country_is_the_one_the_story_tells_in_a_city_of_it():
    facts = run("김철수 한빛그룹 회장이 인도를 찾아 모디 인도 총리를 만났다.\n"
                "김 회장은 15일 인도 뉴델리에서 모디 총리와 면담했다.").facts
    assert [(e.kind, e.date, e.place.label) for e in facts.events] == [("meeting", "2024-03-15", "뉴델리")]


def test_a_deal_told_again_with_a_party_s_country_arm_or_group_is_one():
    facts = run("한빛방산은 28일 폴란드 국방부와 전차 공급 계약을 맺었다고 밝혔다. 계약식은 바르샤바에서 열렸으며, "
                "김철수 한빛방산 대표와 안나 코발스카 폴란드 국방장관이 서명했다.").facts
    assert [labels(a.parties) for a in facts.agreements] == [["폴란드 국방부", "한빛방산"]]
    assert [(e.kind, labels(e.attendees)) for e in facts.events] == [
        ("signing", ["김철수", "안나 코발스카", "폴란드 국방부", "한빛방산"])]
    # an arm named after a party signs for it (누리에어로 인터내셔널), and one named by the group a party's name
    # opens with (한빛 for 한빛중공업)
    facts = run("한빛항공은 10일 누리에어로와 항공기 20대 도입 계약을 맺었다. 김철수 한빛항공 대표와 존 스미스 "
                "누리에어로 인터내셔널 사장이 이날 계약서에 서명했다.").facts
    assert [labels(a.parties) for a in facts.agreements] == [["누리에어로", "한빛항공"]]
    assert [(e.kind, labels(e.attendees)) for e in facts.events] == [
        ("signing", ["김철수", "누리에어로", "존 스미스", "한빛항공"])]
    facts = run("한빛중공업이 미국 세온테크와 함정 공동 건조 협약을 맺었다. 김철수 한빛 부회장과 존 스미스 세온테크 "
                "최고경영자가 협약서에 서명했다.").facts
    assert [labels(a.parties) for a in facts.agreements] == [["세온테크", "한빛중공업"]]


def test_the_bench_is_the_court_last_named_as_a_subject_not_the_one_a_case_is_sent_to():
    facts = run("대법원 1부(주심 김보람 대법관)는 사건을 서울고법으로 돌려보냈다. "
                "재판부는 \"원심 판단은 수긍하기 어렵다\"고 밝혔다.").facts
    assert [q.speaker.label for q in facts.quotes] == ["대법원"]


def test_what_the_organizations_in_the_subject_case_put_money_into_may_be_named_right_after():
    facts = run("누리야후는 한빛전자와 소프트뱅크가 50%씩 출자한 A홀딩스가 지분 64.4%를 보유하고 있다.").facts
    assert sorted(tuple(p.label for p in a.parties) for a in facts.agreements) == [
        ("소프트뱅크그룹", "A홀딩스"), ("한빛전자", "A홀딩스")]


def test_an_order_won_from_a_client_is_a_contract_with_it():
    facts = run("한빛중공업이 미국 해군으로부터 군수지원함의 정비 사업을 수주했다고 밝혔다. 수주 잔고가 늘었다.").facts
    assert [(a.type, labels(a.parties)) for a in facts.agreements] == [("계약", ["미국 해군", "한빛중공업"])]


def test_the_one_a_plant_is_bought_from_is_a_party_to_the_deal():
    facts = run("한빛제약이 미국 누리바이오로부터 뉴저지주에 있는 생산공장을 약 4600억원에 인수한다고 공시했다.").facts
    assert [(a.type, a.label, labels(a.parties)) for a in facts.agreements] == [
        ("인수", "한빛제약의 누리바이오 생산공장 인수", ["누리바이오", "한빛제약"])]


def test_the_topic_is_what_the_organizations_in_the_subject_case_put_money_into():
    facts = run("운영사인 ㈜한빛버스는 서울시 산하 한빛공사와 누리크루즈가 공동 출자했다.").facts
    assert sorted(tuple(p.label for p in a.parties) for a in facts.agreements) == [
        ("누리크루즈", "㈜한빛버스"), ("한빛공사", "㈜한빛버스")]
    assert facts.ownerships == []  # 서울시 산하: the city's, not the bus company's


def test_a_company_post_is_at_the_subject_of_its_own_clause():
    facts = run("한빛전자는 김보람 사장을 유임하고, 누리전자는 박하늘 사장을 재신임했다.").facts
    assert sorted((m.person.label, m.org.label if m.org else None) for m in facts.memberships) == [
        ("김보람", "한빛전자"), ("박하늘", "누리전자")]


def test_a_subsidiary_named_with_its_country_is_the_subject_s():
    facts = run("한빛에어로스페이스는 미국 자회사 한빛디펜스USA를 통해 주식을 사들였다.").facts
    assert [(o.child.label, o.parent.label) for o in facts.ownerships] == [("한빛디펜스USA", "한빛에어로스페이스")]


def test_a_quote_with_an_unnamed_subject_of_its_own_is_not_the_previous_speaker_s():
    facts = run('김보람 지부장은 "요구를 외면하고 있다"고 주장했다. 회사 측은 "파업은 경쟁력을 떨어뜨린다"며 반박했다. '
                '그는 "교섭을 재개하자"고 말했다.').facts
    assert [(q.speaker.label, q.text[:4]) for q in facts.quotes] == [("김보람", "요구를 ")]
    facts = run('김보람 지부장은 "요구를 외면하고 있다"고 주장했다. 그는 "교섭을 재개하자"고 말했다.').facts
    assert [q.speaker.label for q in facts.quotes] == ["김보람", "김보람"]


def test_a_title_s_gloss_stands_between_the_speaker_and_the_particle():
    facts = run('샘 올트먼 오픈AI 최고경영자(CEO)는 영상 메시지를 통해 "더 나은 경험을 제공하겠다"고 말했다.').facts
    assert [q.speaker.label for q in facts.quotes] == ["샘 올트먼"]


def test_people_who_go_somewhere_together_visit_it_and_meet_no_one():
    assert run("배우 김보람과 박하늘은 빈소를 찾아 조문했다.").facts.events == []
    facts = run("배우 김보람과 박하늘은 서울대병원을 찾아 조문했다.").facts
    assert [(e.kind, e.place.label) for e in facts.events] == [("visit", "서울대학교병원")]
    facts = run("이재명 대통령은 김보람 회장을 찾아 면담했다.").facts
    assert [e.kind for e in facts.events] == ["meeting"]


def test_a_branch_court_is_the_bench_that_speaks():
    facts = run("대전지법 천안지원 형사1부는 그에게 징역 3년을 선고했다. "
                "재판부는 \"범행 수법이 잔인하고 죄질이 나쁘다\"고 밝혔다.").facts
    assert [q.speaker.label for q in facts.quotes] == ["대전지방법원 천안지원"]


def test_an_organization_glossed_in_brackets_as_the_subject_holds_the_meeting():
    (event,) = run("동남아시아국가연합(ASEAN)은 24일 자카르타에서 외교장관회의를 열었다.").facts.events
    assert (event.kind, [a.label for a in event.attendees]) == ("meeting", ["동남아시아국가연합"])


def test_one_who_attends_joins_the_latest_gathering_not_a_visit_told_after_it():
    facts = run("김보람 장관은 4일 박하늘 장관과 회담했다. 박하늘 장관은 회담에 앞서 평택을 방문했다. "
                "이서윤 사령관도 회의에 참석했다.").facts
    assert sorted((e.kind, tuple(sorted(a.label for a in e.attendees))) for e in facts.events) == [
        ("meeting", ("김보람", "박하늘", "이서윤")), ("visit", ("박하늘",))]
    # a name holding the word (이동석) attends nothing
    facts = run("한빛노조는 29일 회의를 열었다. 한빛전자 이동석 사장은 담화문을 냈다.").facts
    assert [tuple(a.label for a in e.attendees) for e in facts.events] == [("한빛노조",)]
    # nor does one (서명수) sign
    assert run("한빛전자와 누리소재는 업무협약 이후 서명수 사장이 방문했다.").facts.agreements == []
    # a meeting told as a gathering (간담회를 가졌다) is the one its attendees join
    facts = run("김보람 대표는 9일 홍민수 위원장과 간담회를 가졌다. 간담회에는 이서윤 의원도 참석했다.").facts
    assert [sorted(a.label for a in e.attendees) for e in facts.events] == [["김보람", "이서윤", "홍민수"]]


def test_one_who_attends_a_ceremony_that_signs_nothing_joins_no_signing_told_before():
    facts = run("한빛전자는 누리모터스와 공급 계약을 체결했다. 김보람 지사도 이날 준공식에 참석했다. "
                "이서윤 장관도 서명식에 참석했다.").facts
    assert sorted((e.kind, tuple(labels(e.attendees))) for e in facts.events) == [
        ("ceremony", ("김보람",)), ("signing", ("누리모터스", "이서윤", "한빛전자"))]


def test_a_ceremony_is_an_event_of_who_holds_it_and_who_attend_it():
    text = ("한빛전자, 울산에 연산 20만대 규모 전기차 전용 공장 완공\n"
            "한빛전자는 27일 울산공장에서 전기차 공장 준공식을 열었다. "
            "준공식에는 김보람 회장과 홍민수 울산시장, 이서윤 장관 등 200여명이 참석했다.")
    (event,) = run(text).facts.events
    assert (event.kind, event.label, event.date, event.place.label) == (
        "ceremony", "전기차 공장 준공식", "2024-03-27", "울산공장")
    assert labels(event.attendees) == ["김보람", "이서윤", "한빛전자", "홍민수"]
    # held by no one named, attended as the day's 행사; what it marks may be an anniversary
    text = ("정부는 15일 세종문화회관에서 광복 80주년 경축식을 열었다. "
            "이날 행사에는 김보람 대통령과 홍민수 총리가 참석했다.")
    (event,) = run(text).facts.events
    assert (event.label, labels(event.attendees)) == ("광복 80주년 경축식", ["김보람", "홍민수"])
    # attended, with no host told: where it was held is its place
    (event,) = run("김보람 회장은 27일 당진에서 열린 누리제철 고로 화입식에 참석했다.").facts.events
    assert (event.kind, labels(event.attendees), event.place.label) == ("ceremony", ["김보람"], "당진시")
    # a ceremony to come, and words in 식 that name none (방식, 문제의식), are no events
    assert run("한빛전자는 준공식을 앞두고 새 방식을 도입했다. 김보람 회장은 문제의식을 가졌다.").facts.events == []
    assert run("한빛그룹은 다음 달 창립 50주년 기념식을 열 예정이다.").facts.events == []
    # the one a memorial is held for attends nothing; the group whose it is and those named after do
    (event,) = run("홍민수 한빛그룹 창업주의 추모식이 19일 열렸다. 추모식에는 김보람 회장이 참석했다.").facts.events
    assert labels(event.attendees) == ["김보람", "한빛그룹"]
    # one host's two ceremonies are two events
    facts = run("한빛전자는 15일 착공식을 열었다. 한빛전자는 이어 창립 기념식을 열었다.").facts
    assert sorted(e.label for e in facts.events) == ["창립 기념식", "한빛전자 착공식"]


def test_a_party_s_post_named_without_one_is_at_the_party_named_last_before_it():
    facts = run("정의당은 10일 회의를 열었다. 김보람 대표는 국회에서 말했다. 이서윤 원내대표도 반대했다. "
                "한빛전자는 실적을 냈다. 홍민수 대표는 웃었다.").facts
    assert sorted((m.person.label, m.role, m.org.label if m.org else None) for m in facts.memberships) == [
        ("김보람", "대표", "정의당"), ("이서윤", "원내대표", "정의당"), ("홍민수", "대표", "한빛전자")]  # no party
    # however many sentences after
    facts = run("정의당은 10일 의원총회를 열었다. 김보람 의원이 뽑혔다. 임기는 1년이다. 결선은 없었다. "
                "이서윤 대표는 환영했다.").facts
    assert ("이서윤", "대표", "정의당") in {(m.person.label, m.role, m.org.label if m.org else None)
                                         for m in facts.memberships}
    # past a body where another holds a post
    facts = run("김보람 정의당 대표는 한빛노조 홍민수 위원장과 만났다. 이 자리에는 이서윤 원내대표도 참석했다.").facts
    assert ("이서윤", "원내대표", "정의당") in {(m.person.label, m.role, m.org.label if m.org else None)
                                          for m in facts.memberships}


def test_a_post_written_with_its_organization_s_first_letters_is_the_post_at_that_organization():
    facts = run("김보람 국방장관, 미국 장관과 회담\n김보람 국방부 장관은 4일 회담을 열었다.").facts
    assert [(m.person.label, m.role, m.org.label if m.org else None) for m in facts.memberships
            if m.person.label == "김보람"] == [("김보람", "장관", "국방부")]


def test_a_meeting_in_a_venue_that_names_nothing_is_in_the_place_named_before_it():
    (event,) = run("김보람 장관과 홍민수 장관이 23일 도쿄 총리관저에서 회담했다.").facts.events
    assert event.place.label == "도쿄"


def test_a_meeting_at_the_premises_of_an_organization_named_twice_in_the_sentence():
    facts = run("전라남도와 한국전력공사는 27일 나주 한전 본사에서 업무협약을 체결했다.").facts
    assert [e.place.label for e in facts.events] == ["한국전력공사"]


def test_a_visit_told_in_a_relative_clause_gives_way_to_the_meeting_after_it():
    (event,) = run("김보람 대통령은 18일 키이우를 방문한 홍민수 특사와 만나 휴전 방안을 논의했다.").facts.events
    assert event.kind == "meeting" and labels(event.attendees) == ["김보람", "홍민수"]


def test_a_company_post_named_without_a_company_is_at_the_company_whose_news_the_story_is():
    facts = run("한빛전자가 21일 사장단 인사를 발표했다. 김보람 부사장은 미래전략실을 맡는다.").facts
    assert {(m.person.label, m.role, m.org.label if m.org else None) for m in facts.memberships} == {
        ("김보람", "부사장", "한빛전자")}
    # or at the company the story goes on with, when it names another after its news
    facts = run("한빛그룹이 27일 임원 인사를 단행했다. 한빛화학은 김보람 본부장을 대표로 선임했다. "
                "이한결 부회장은 고문으로 물러난다.").facts
    assert ("이한결", "부회장", "한빛화학") in {(m.person.label, m.role, m.org.label if m.org else None)
                                          for m in facts.memberships}


def test_통화_in_the_name_of_a_currency_body_is_no_call_and_the_body_s_meeting_is_one():
    facts = run("한국은행 금융통화위원회는 27일 통화정책방향 회의를 열고 기준금리를 동결했다.").facts
    assert [(e.kind, labels(e.attendees)) for e in facts.events] == [("meeting", ["금융통화위원회"])]


def test_people_who_attend_join_the_gathering_told_before_them_not_a_later_signing():
    facts = run("충청북도와 한빛전자는 14일 투자협약을 체결했다. 협약식에는 김보람 지사가 참석했다. "
                "같은 날 청주시와 누리전력도 업무협약을 맺었다.").facts
    assert [(labels(e.attendees), e.date) for e in facts.events] == [
        (["김보람", "충청북도", "한빛전자"], "2024-03-14"), (["누리전력", "청주시"], "2024-03-14")]


def test_a_company_s_parent_named_after_it_and_a_body_it_joins():
    facts = run("한빛홀딩스의 모회사인 한빛그룹은 누리전자를 인수했다. "
                "누리전자는 이후 한빛케미칼 산하로 편입됐다.").facts
    assert {(o.child.label, o.parent.label) for o in facts.ownerships} == {
        ("한빛홀딩스", "한빛그룹"), ("누리전자", "한빛케미칼")}


def test_a_sale_is_an_agreement_between_the_seller_and_the_buyer_it_sells_to():
    facts = run("한빛전자는 자회사 누리소재 지분 일부를 미래펀드(MF)에 매각한다.").facts
    assert [[p.label for p in a.parties] for a in facts.agreements if a.type == "매각"] == [["한빛전자", "미래펀드"]]


def test_a_contract_for_a_purchase_is_the_purchase():
    facts = run("한빛화학은 2일 대성케미칼과 합성고무 사업부 인수를 위한 본계약을 체결했다.").facts
    assert [(a.type, [p.label for p in a.parties]) for a in facts.agreements] == [("인수", ["한빛화학", "대성케미칼"])]


def test_an_official_who_signs_for_a_country_s_body_attends_the_signing_in_person():
    facts = run("한빛방산은 루마니아 국방부와 공급 계약을 맺었다. "
                "김보람 한빛방산 대표와 안드레이 포페스쿠 루마니아 국방장관이 계약서에 서명했다.").facts
    (signing,) = facts.events
    assert {"김보람", "안드레이 포페스쿠"} <= {a.label for a in signing.attendees}


def test_a_consortium_signs_through_the_members_named_with_it():
    facts = run("한빛건설과 대성중공업으로 구성된 컨소시엄이 공사를 따냈다. "
                "컨소시엄은 27일 현대건설과 계약을 체결했다.").facts
    assert [[p.label for p in a.parties] for a in facts.agreements] == [["한빛건설", "대성중공업", "현대건설"]]
    facts = run("한빛건설·대성중공업 컨소시엄은 27일 현대건설과 계약을 체결했다.").facts
    assert [[p.label for p in a.parties] for a in facts.agreements] == [["한빛건설", "대성중공업", "현대건설"]]


def test_handing_over_a_stake_or_a_business_is_a_sale_but_handing_over_a_case_is_none():
    facts = run("한빛전자는 누리소재 지분 30%를 미래홀딩스에 넘기는 계약을 맺었다.").facts
    assert [[p.label for p in a.parties] for a in facts.agreements if a.type == "매각"] == [["한빛전자", "미래홀딩스"]]
    facts = run("한빛전자는 반도체 사업부를 미래홀딩스에 양도하기로 했다.").facts
    assert [[p.label for p in a.parties] for a in facts.agreements] == [["한빛전자", "미래홀딩스"]]
    assert run("서울경찰청은 사건을 서울중앙지검에 넘겼다.").facts.agreements == []


def test_a_courtesy_call_is_a_meeting_on_the_day_after_the_story_s_day():
    facts = run("김보람 의장은 20일 홍민수 위원장을 접견했다. 홍 위원장은 다음날 이보람 대통령을 예방했다.").facts
    assert [(labels(e.attendees), e.date) for e in facts.events] == [
        (["김보람", "홍민수"], "2024-03-20"), (["이보람", "홍민수"], "2024-03-21")]


def test_each_person_of_an_appointments_list_takes_the_post_named_above_at_the_list_s_organization():
    text = ("[인사] 한빛은행\n\n◇ 부행장 승진\n▲ 김도윤(디지털금융그룹) ▲ 박서연(기업금융그룹)\n\n"
            "◇ 본부장 선임\n▲ 이준호(리스크관리본부)")
    facts = run(text).facts
    assert {(m.person.label, m.role, m.org.label) for m in facts.memberships} == {
        ("김도윤", "부행장", "한빛은행"), ("박서연", "부행장", "한빛은행"), ("이준호", "본부장", "한빛은행")}


def test_a_country_s_government_signs_for_the_country():
    facts = run("한빛로템이 폴란드 정부와 전차 공급 계약을 체결했다.").facts
    assert [[p.label for p in a.parties] for a in facts.agreements] == [["한빛로템", "폴란드"]]


def test_a_country_before_a_company_whose_name_opens_with_a_particle_s_letter_is_no_party():
    facts = run("도요타는 일본 가와사키중공업과 수소 협력을 위한 양해각서를 맺었다.").facts
    assert [[p.label for p in a.parties] for a in facts.agreements] == [["도요타", "가와사키중공업"]]


def test_a_speaker_marked_with_도_after_another_speaker_said_his_own_words():
    facts = run("김보람 회장과 홍민수 회장이 참석했다. 김 회장은 \"민관이 힘을 합쳐야 한다\"고 말했다. "
                "홍 회장도 \"인재 양성에 힘쓰겠다\"고 화답했다.").facts
    assert [(q.speaker.label, q.text[:4]) for q in facts.quotes] == [("김보람", "민관이 "), ("홍민수", "인재 양")]


def test_two_companies_merging_are_one_agreement_however_often_the_story_tells_it():
    facts = run("누리제약과 한빛바이오가 합병한다. 두 회사는 20일 이사회를 열고 누리제약이 한빛바이오를 "
                "흡수합병하는 안건을 의결했다.").facts
    assert [([p.label for p in a.parties], a.type, a.date, len(a.evidence)) for a in facts.agreements] == [
        (["누리제약", "한빛바이오"], "합병", "2024-03-20", 2)]


def test_a_name_told_with_courtesy_holds_no_post():
    facts = run("이 명예회장의 부인 김선영 여사는 장남의 손을 들어줬다.").facts
    assert facts.memberships == []


def test_a_post_named_without_an_organization_is_at_the_one_whose_board_is_the_subject():
    facts = run("한빛대(HBU) 이사회는 27일 김보람 총장의 연임을 의결했다.").facts
    assert [(m.person.label, m.role, m.org.label if m.org else None) for m in facts.memberships] == [
        ("김보람", "총장", "한빛대")]


def test_a_head_named_after_the_city_that_is_the_topic_heads_it_and_signs_for_it():
    facts = run("성남시는 김보람 시장이 22일 미국 보스턴에서 미셸 우 보스턴 시장과 양해각서를 체결했다고 밝혔다.").facts
    assert sorted((m.person.label, m.role, m.org.label) for m in facts.memberships) == [
        ("김보람", "시장", "성남시"), ("미셸 우", "시장", "보스턴")]
    assert [labels(a.parties) for a in facts.agreements] == [["보스턴", "성남시"]]


def test_a_former_post_whose_holder_is_the_subject_is_at_the_company_the_sentence_is_about():
    facts = run("한빛전자는 누리홀딩스의 자회사로, 김보람 전 대표가 해임된 이후 홍민수 대표가 이끌고 있다. "
                "누리전자는 이서윤 전 대표를 영입했다.").facts
    assert sorted((m.person.label, m.role, m.org.label if m.org else None, m.former) for m in facts.memberships) == [
        ("김보람", "대표", "한빛전자", True), ("이서윤", "대표", None, True), ("홍민수", "대표", "한빛전자", False)]


def test_a_company_s_chief_officers_named_without_it_are_at_the_company_the_story_is_about():
    facts = run("한빛전자는 3분기 실적을 공시했다. "
                "김보람 메모리사업부 부사장과 이서윤 최고재무책임자(CFO)가 설명했다.").facts
    assert sorted((m.person.label, m.role, m.org.label) for m in facts.memberships) == [
        ("김보람", "부사장", "한빛전자"), ("이서윤", "최고재무책임자", "한빛전자")]


def test_a_step_gone_through_is_no_career():
    facts = run("김보람 총장은 교육부 장관의 승인을 거쳐 취임한다.").facts
    assert [(m.person.label, m.role) for m in facts.memberships] == [("김보람", "총장")]


def test_a_career_s_title_glossed_in_brackets_is_one_post():
    facts = run("김보람 사장은 한빛중공업에 입사해 최고운영책임자(COO)를 지냈다.").facts
    assert sorted(m.role for m in facts.memberships) == ["사장", "최고운영책임자"]


def test_a_post_written_in_its_letters_is_the_one_written_out():
    facts = run("샘 올트먼 오픈AI 최고경영자가 방한한다. 올트먼 CEO는 기업인들을 만난다.").facts
    assert [(m.person.label, m.role, m.org.label) for m in facts.memberships] == [("샘 올트먼", "최고경영자", "오픈AI")]


def test_a_local_head_s_title_with_its_unit_s_letter_or_without_is_one_post():
    facts = run("경기도의회가 김동연 경기도지사가 제출한 예산안을 삭감했다. 김 지사는 재의를 검토한다.").facts
    assert [(m.person.label, m.role, m.org.label) for m in facts.memberships] == [("김동연", "도지사", "경기도")]


def test_a_gathering_held_with_someone_and_a_visit_to_premises_where_people_met_are_meetings():
    def events(text):
        return [(e.kind, labels(e.attendees), e.place.label if e.place else None) for e in run(text).facts.events]
    assert events("김보람 장관은 25일 세종에서 홍민수 위원장과 정책 간담회를 가졌다.") == [
        ("meeting", ["김보람", "홍민수"], "세종특별자치시")]
    assert events("김보람 장관은 25일 한빛전자 본사를 방문해 홍민수 사장과 면담했다.") == [
        ("meeting", ["김보람", "홍민수"], "한빛전자")]
    assert events("김보람 장관은 25일 홍민수 대사와 화상회의를 했다.") == [("meeting", ["김보람", "홍민수"], None)]


def test_a_company_s_branch_abroad_named_after_it_belongs_to_it_but_a_joint_venture_to_its_partners():
    assert owned("한빛전자의 일본 법인 한빛재팬은 제휴를 맺었다.") == [("한빛재팬", "한빛전자")]
    assert owned("한빛은 누리전자와 모라노케미칼의 합작법인 세온소재에 납품한다.") == [
        ("세온소재", "누리전자"), ("세온소재", "모라노케미칼")]
    assert owned("누리전자와 한빛모터스의 인도네시아 합작법인 세온소재가 공장을 짓는다.") == [  # where it is
        ("세온소재", "누리전자"), ("세온소재", "한빛모터스")]
    assert owned("이 공장은 누리전자와 미국 한빛모터스의 합작법인 세온캠이 운영한다.") == [  # a partner's country
        ("세온캠", "누리전자"), ("세온캠", "한빛모터스")]


def test_a_sentence_about_another_thing_goes_on_with_no_buyer_of_the_one_before():
    facts = run("한빛그룹은 14일 베트남에서 공장 준공식을 열었다. 이 공장은 한빛전자와 베트남 국영펀드 "
                "누리투자기금이 투자한 합작공장이다.").facts
    assert all("한빛그룹" not in [p.label for p in a.parties] for a in facts.agreements)


def test_with_no_buyer_of_its_own_a_purchase_of_a_subsidiary_is_its_owner_s():
    text = ("한빛전자가 독일 공조업체 누리쿨링을 인수한다고 밝혔다. 누리쿨링은 냉각 설비에 강점을 갖고 있다. "
            "한빛전자 자회사인 미래오디오를 인수한 2019년 이후 최대 규모다.")
    assert sorted(a.label for a in run(text).facts.agreements) == [
        "한빛전자의 누리쿨링 인수", "한빛전자의 미래오디오 인수"]


def test_the_one_who_ordered_what_is_won_is_a_party_and_the_subject_of_a_relative_clause_buys_nothing():
    def deals(text):
        return [(a.label, labels(a.parties)) for a in run(text).facts.agreements]
    assert deals("한빛건설이 한국전력이 발주한 변전소 공사를 2000억원에 수주했다.") == [
        ("한빛건설의 한국전력공사 공사 수주", ["한국전력공사", "한빛건설"])]
    assert deals("한빛건설은 한국전력이 발주한 변전소 공사를 수주했다.") == [
        ("한빛건설의 한국전력공사 공사 수주", ["한국전력공사", "한빛건설"])]


def test_a_thing_of_a_company_bought_is_named_in_the_deal_but_its_shares_buy_the_company():
    def deals(text):
        return [a.label for a in run(text).facts.agreements]
    assert deals("한빛바이오는 미국 누리파마의 바이오의약품 생산시설 인수를 마무리했다.") == [
        "한빛바이오의 누리파마 생산시설 인수"]
    assert deals("한빛전자는 누리케미칼의 경영권 인수를 마무리했다.") == ["한빛전자의 누리케미칼 인수"]
    assert deals("한빛제약은 누리파마의 생산시설을 인수했다.") == ["한빛제약의 누리파마 생산시설 인수"]  # no particle
    assert deals("한빛전자는 미국 누리로지스틱스의 시카고 물류센터 2곳을 사들였다.") == [
        "한빛전자의 누리로지스틱스 물류센터 인수"]  # and no count
    assert deals("한빛전자는 누리소재의 지분 30%를 인수했다.") == ["한빛전자의 누리소재 인수"]
    # the company whose company is bought is no target itself
    assert deals("한빛게임즈는 누리소프트의 모바일 자회사 누리모바일을 인수한다.") == ["한빛게임즈의 누리모바일 인수"]


def test_a_company_s_board_and_its_board_committee_belong_to_it():
    assert owned("한빛증권 회장후보추천위원회는 20일 후보를 추천했다. 누리전자는 실적을 냈고, 누리전자 이사회는 "
                 "배당을 의결했다.") == [
        ("누리전자 이사회", "누리전자"), ("회장후보추천위원회", "한빛증권")]


def test_a_joint_venture_set_up_with_a_partner_belongs_to_both_and_the_partner_is_no_target():
    assert owned("한빛전자가 누리모터스와 세운 배터리 합작법인 솔빛셀즈가 공장을 짓는다.") == [
        ("솔빛셀즈", "누리모터스"), ("솔빛셀즈", "한빛전자")]
    assert owned("한빛전자가 누리모터스와 합작법인 솔빛셀즈를 출범시켰다.") == [
        ("솔빛셀즈", "누리모터스"), ("솔빛셀즈", "한빛전자")]
    facts = run("한빛전자는 누리모터스와의 합작법인 솔빛에너지에 투자한다.").facts
    assert [a.label for a in facts.agreements] == ["한빛전자의 솔빛에너지 투자"]


def test_a_share_bought_from_a_seller_is_labelled_its_stake():
    facts = run("한빛생명이 일본 누리홀딩스로부터 솔빛저축은행 지분 50%를 인수했다.").facts
    assert "한빛생명의 누리홀딩스 지분 인수" in [a.label for a in facts.agreements]


def test_a_contract_to_buy_is_a_purchase_and_the_headline_s_purchase_is_the_same_deal():
    facts = run("한빛제약, 日 다이치제약 사업부 인수\n"
                "한빛제약은 1일 다이치제약과 의약품 18개 제품의 권리를 4천억원에 인수하는 계약을 "
                "맺었다고 공시했다.").facts
    assert [(a.type, labels(a.parties)) for a in facts.agreements] == [("인수", ["다이치제약", "한빛제약"])]


def test_a_stake_another_holds_is_bought_from_it():
    facts = run("한빛전자는 누리모터스 보유 지분 50%를 1조원에 인수하기로 했다.").facts
    assert [(a.type, a.label, labels(a.parties)) for a in facts.agreements] == [
        ("인수", "한빛전자의 누리모터스 보유 지분 인수", ["누리모터스", "한빛전자"])]
    # however the holding is told
    deals = [(a.label, labels(a.parties)) for a in run(
        "한국가스공사는 2일 셸이 보유한 해상 가스전 지분 10%를 인수했다.").facts.agreements]
    assert deals == [("한국가스공사의 셸 보유 지분 인수", ["셸", "한국가스공사"])]


def test_the_largest_shareholder_named_after_its_majority_stake_owns_the_company():
    assert owned("한빛증권은 새 대표를 선임했다. 한빛증권의 최대주주는 지분 56.8%를 가진 누리금융지주다.") == [
        ("한빛증권", "누리금융지주")]
    assert owned("한빛모빌리티의 최대주주는 누리소프트로 지분 57%를 갖고 있다.") == [("한빛모빌리티", "누리소프트")]
    # the topic of the stake's clause holds it, the company named again right before the stake
    assert owned("누리야후의 최대주주는 한빛홀딩스로, 한빛홀딩스는 누리야후 지분 64.4%를 갖고 있다.") == [
        ("누리야후", "한빛홀딩스")]
    # the topic, said to be the largest shareholder (로, 로서) before the stake
    assert owned("한빛홀딩스는 누리전자의 최대주주로 지분 64.4%를 갖고 있다.") == [("누리전자", "한빛홀딩스")]


def test_a_parent_named_where_the_sentence_ends_on_it_owns_the_company():
    assert owned("한빛마켓의 모회사는 미국 뉴욕증시에 상장한 한빛마켓Inc다.") == [("한빛마켓", "한빛마켓Inc")]


def test_a_public_body_s_unit_named_right_after_it_belongs_to_it():
    assert owned("부산경찰청 사이버범죄수사대는 일당 12명을 검거했다.") == [("사이버범죄수사대", "부산경찰청")]
    assert owned("국토교통부와 산업통상자원부는 대책을 발표했다.") == []


def test_a_body_named_with_its_organization_belongs_to_it_but_a_country_s_delegation_to_no_one():
    assert owned("한빛대병원 연구팀이 새 검사법을 개발했다. 한빛대병원은 특허를 냈다.") == [
        ("한빛대병원 연구팀", "한빛대병원")]
    assert owned("누리전자 노조가 파업에 들어갔다. 누리전자는 유감을 표했다.") == [("누리전자 노조", "누리전자")]
    assert owned("미국 대표단이 도착했다. 미국은 환영했다.") == []


def test_a_company_s_arm_named_after_a_region_belongs_to_it_written_apart_or_not():
    assert owned("한빛엔터는 한빛엔터재팬을 통해 지분을 사들인다.") == [("한빛엔터재팬", "한빛엔터")]
    assert owned("누리소프트는 누리소프트 코리아를 통해 투자한다.") == [("누리소프트 코리아", "누리소프트")]


def test_a_company_abroad_a_listed_group_and_a_majority_stake_belong_to_their_owner():
    assert owned("한빛전자의 미국 법인인 한빛아메리카는 공장을 짓는다.") == [("한빛아메리카", "한빛전자")]
    assert owned("한빛그룹은 누리전자, 세온소재 등 계열사 3곳을 두고 있다.") == [
        ("누리전자", "한빛그룹"), ("세온소재", "한빛그룹")]
    assert owned("한빛전자는 누리소재 지분 100%를 보유하고 있다. 한빛전자는 세온전자 지분 30%를 보유한다.") == [
        ("누리소재", "한빛전자")]
    assert owned("한빛그룹은 누리로보틱스 지분 약 88%를 보유하고 있다.") == [("누리로보틱스", "한빛그룹")]  # about


def test_a_partnership_is_an_agreement_and_money_taken_in_comes_from_the_investor():
    def agreements(text):
        return [([p.label for p in a.parties], a.type) for a in run(text).facts.agreements]
    assert agreements("한빛전자는 누리전자와 전략적 파트너십을 맺었다.") == [(["한빛전자", "누리전자"], "파트너십")]
    assert agreements("한빛전자는 누리전자로부터 500억원을 투자받았다.") == [(["누리전자", "한빛전자"], "계약")]


def test_posts_named_with_each_person_of_an_appointments_list_are_at_the_list_s_organization():
    facts = run("[인사] 기획재정부\n\n◇ 실장급 전보\n▲ 기획조정실장 김민수 ▲ 예산실장 박지영").facts
    assert {(m.person.label, m.role, m.org.label) for m in facts.memberships} == {
        ("김민수", "기획조정실장", "기획재정부"), ("박지영", "예산실장", "기획재정부")}


def test_the_head_of_the_board_of_audit_heads_it():
    facts = run("최재해 감사원장은 감사원 감사 결과를 보고했다.").facts
    assert [(m.person.label, m.role, m.org.label) for m in facts.memberships] == [("최재해", "감사원장", "감사원")]


def test_a_short_sentence_quoted_is_said_but_a_short_phrase_is_a_term():
    facts = run('이에 대해 한빛전자 측은 "사실과 다르다"고 반박했다. 누리마트는 "착한 가격" 정책을 폈다.').facts
    assert [(q.speaker.label, q.text) for q in facts.quotes] == [("한빛전자", "사실과 다르다")]


def test_a_short_phrase_quoted_before_a_verb_of_saying_is_said_but_not_before_a_verb_of_naming():
    facts = run('김보람 누리당 원내대표는 "반쪽짜리 법"이라고 비판했다. 한빛마트는 "착한 가격"이라고 불리는 '
                '정책을 폈다.').facts
    assert [(q.speaker.label, q.text) for q in facts.quotes] == [("김보람", "반쪽짜리 법")]


def test_agreeing_to_develop_together_is_a_partnership_of_organizations_but_not_of_people():
    facts = run("한빛전자는 누리모터스와 배터리를 공동 개발하기로 했다. 김철수와 이영희는 신약을 공동 개발하기로 했다. "
                "한빛화학과 누리소재가 공동 개발한 소재가 나왔다.").facts
    assert [(labels(a.parties), a.type) for a in facts.agreements] == [(["누리모터스", "한빛전자"], "제휴")]
    assert facts.events == []


def test_joining_hands_is_a_partnership_of_organizations_but_not_of_people():
    facts = run("한국관광공사와 대한항공은 관광 활성화를 위해 손잡았다. 김철수와 이영희는 손잡고 걸었다.").facts
    assert [(labels(a.parties), a.type) for a in facts.agreements] == [(["대한항공", "한국관광공사"], "제휴")]
    assert facts.events == []


def test_a_majority_bought_a_subsidiary_become_and_a_grandchild_s_owner_through_its_parent():
    assert owned("한빛항공은 지난해 누리항공 지분 63.88%를 인수해 자회사로 편입했다.") == [("누리항공", "한빛항공")]
    assert owned("교환이 끝나면 한빛증권은 한빛금융지주의 완전자회사가 되고, 한빛그룹의 손자회사로 편입된다.") == [
        ("한빛증권", "한빛금융지주")]


def test_a_subject_told_with_도_buys_or_wins_for_itself_not_for_the_subject_before():
    facts = run("한빛조선은 누리마리타임으로부터 LNG운반선 4척을 수주했다. "
                "세온중공업과 가람오션도 올해 LNG운반선을 각각 12척, 8척 수주했다. "
                "한빛은 누리소재를 인수했다. 세온바이오도 가람소재를 인수했다.").facts
    assert sorted(labels(a.parties) for a in facts.agreements) == [
        ["가람소재", "세온바이오"], ["누리마리타임", "한빛조선"], ["누리소재", "한빛"]]


def test_a_person_named_after_a_team_s_의_or_with_it_in_brackets_plays_for_it():
    def posts(text):
        return sorted((m.person.label, m.role, m.org.label if m.org else None) for m in run(text).facts.memberships)
    assert posts("LA FC의 김한빛이 골을 넣었다. 이누리(24·토트넘)도 뛰었다.") == [
        ("김한빛", "선수", "로스앤젤레스 FC"), ("이누리", "선수", "토트넘 홋스퍼")]
    assert posts("토트넘의 박세온 감독은 웃었다. 토트넘의 박세온은 말했다.") == [("박세온", "감독", "토트넘 홋스퍼")]
    # a team then the name, as sports headlines write them, but not with the post after the name
    assert posts("KIA 김한빛, 시즌 첫 홈런\nKIA 타이거즈가 이겼다. KIA 이세온 코치는 웃었다.") == [
        ("김한빛", "선수", "KIA 타이거즈"), ("이세온", "코치", "KIA 타이거즈")]


def test_a_stake_bought_for_a_price_or_without_its_share_still_makes_a_subsidiary_and_a_purchase():
    for text in ("한빛항공은 2024년 누리항공 지분 63%를 1조원에 인수해 자회사로 편입했다.",
                 "한빛항공은 누리항공 지분을 인수해 자회사로 편입했다.",
                 "한빛항공은 누리항공 지분 63%를 1조원에 인수했다."):
        facts = run(text).facts
        assert [(o.child.label, o.parent.label) for o in facts.ownerships] == [("누리항공", "한빛항공")], text
        assert [(labels(a.parties), a.type) for a in facts.agreements] == [(["누리항공", "한빛항공"], "인수")], text


def test_an_agreement_to_be_signed_has_no_signing_day_and_no_signing_yet():
    facts = run("홍길동 한빛항공 부회장은 다음 달 미국 누리에어로와 항공기 도입 계약을 체결할 예정이다.").facts
    (agreement,) = facts.agreements
    assert agreement.planned and agreement.date is None
    assert not [e for e in facts.events if e.kind == "signing"]
    done = run("한빛항공은 누리에어로와 항공기 도입 계약을 체결했다.").facts
    assert not done.agreements[0].planned and done.agreements[0].date == "2024-03-12"


def test_a_purchase_decided_but_not_yet_done_is_planned_until_told_as_done():
    (bought,) = run("한빛증권은 세온증권의 지분 51%를 사들이기로 했다.").facts.agreements
    assert (bought.type, bought.planned, bought.date) == ("인수", True, None)
    (bought,) = run("한빛증권은 세온증권을 인수할 예정이다.").facts.agreements
    assert bought.planned
    (done,) = run("한빛증권은 세온증권을 인수하기로 했다. 한빛증권은 3일 세온증권을 인수했다.").facts.agreements
    assert not done.planned


def test_an_agreement_told_in_full_then_short_is_one_with_its_signing_day():
    facts = run("대전시와 누리해운이 본사 이전을 위한 업무협약을 맺었다. "
                "홍길동 대전시장과 김철수 누리해운 대표는 25일 대전시청에서 협약서에 서명했다.").facts
    assert [(a.type, a.date) for a in facts.agreements] == [("업무협약", "2024-03-25")]
    assert [(e.kind, e.date) for e in facts.events] == [("signing", "2024-03-25")]


def test_a_deal_told_again_with_its_day_and_the_company_called_by_a_common_noun():
    facts = run("한빛바이오, 누리제약과 1조원 기술이전 계약\n"
                "한빛바이오가 누리제약과 1조원 규모의 기술이전 계약을 체결했다.\n"
                "한빛바이오는 17일 누리제약에 기술 독점 사용권을 부여하는 계약을 맺었다고 공시했다.\n"
                "회사는 앞서 테슬라와 공급 계약을 맺었다.").facts
    assert sorted((labels(a.parties), a.date) for a in facts.agreements) == [
        (["누리제약", "한빛바이오"], "2024-03-17"), (["테슬라", "한빛바이오"], None)]  # 앞서: some day before


def test_a_post_given_by_one_who_heads_an_organization_is_at_it():
    facts = run("국민의힘 장한결 대표는 26일 사무총장에 정민국 의원을 임명했다.").facts
    assert ("정민국", "사무총장", "국민의힘") in {(m.person.label, m.role, m.org.label if m.org else None)
                                             for m in facts.memberships}


def test_a_district_head_fused_with_a_one_syllable_district_heads_that_city_s_district():
    facts = run("대구 북구 대현동에서 갈등이 이어졌다. 회의에는 배광식 북구청장이 참석했다. "
                "북구청의 명령은 위법하다는 판결이 나왔다.").facts
    assert [(m.person.label, m.role, m.org.label) for m in facts.memberships] == [("배광식", "구청장", "대구 북구")]


def test_posts_at_the_company_whose_board_leads_the_story():
    facts = run("KT 이사회는 16일 차기 대표이사 후보로 박한결 전 KT 기업부문장을 확정했다. "
                "KT 이사회 의장인 김용민 사외이사는 이유를 밝혔다. 박 후보는 대표이사로 선임된다. "
                "현 김영민 대표는 연임을 포기했다.").facts
    posts = {(m.person.label, m.role, m.org.label if m.org else None, m.former) for m in facts.memberships}
    assert {("박한결", "기업부문장", "KT", True), ("박한결", "대표이사", "KT", False),
            ("김용민", "의장", "KT", False), ("김영민", "대표", "KT", False)} <= posts


def test_a_known_name_or_one_a_word_opens_after_a_title_holds_the_post():
    facts = run("애플 CEO 팀 쿡은 말했다. 맨유 구단주 짐 랫클리프가 지분을 샀다. "
                "첼시의 공동 구단주인 토드 볼리가 웃었다.").facts
    assert {(m.person.label, m.role, m.org.label) for m in facts.memberships} == {
        ("팀 쿡", "CEO", "애플"), ("짐 랫클리프", "구단주", "맨체스터 유나이티드"), ("토드 볼리", "구단주", "첼시 FC")}


def test_sides_named_by_their_count_are_the_organizations_named_together_before():
    facts = run("한빛전자와 누리모터스가 미국 조지아주에 공장을 짓는다. "
                "두 회사는 조지아주 정부와 투자 협약을 맺었다.").facts
    assert [labels(a.parties) for a in facts.agreements] == [["누리모터스", "조지아주", "한빛전자"]]  # and whom with
    facts = run("한빛대학교와 누리대학교, 세온대학교가 인재를 함께 키운다. "
                "세 대학은 20일 공동교육 협약을 체결했다.").facts
    assert [(labels(a.parties), a.date) for a in facts.agreements] == [
        (["누리대학교", "세온대학교", "한빛대학교"], "2024-03-20")]
    # 양국 counts countries: two universities are no two countries
    assert run("한빛대학교와 누리대학교가 만났다. 양국은 협약을 체결했다.").facts.agreements == []
    # countries the sentence goes on to name, when no sentence before names them together
    facts = run("정부는 호주와 협상을 타결했다. 양국은 한국이 호주의 광물을 사들이는 양해각서에 서명했다.").facts
    assert [labels(a.parties) for a in facts.agreements] == [["대한민국", "호주"]]


def test_people_named_by_their_count_sign_for_their_organizations_or_in_person():
    facts = run("한빛전자 김민수 사장은 3일 누리소프트 박영희 대표와 만났다. "
                "두 사람은 이 자리에서 협력 양해각서에 서명했다.").facts
    assert [labels(a.parties) for a in facts.agreements] == [["누리소프트", "한빛전자"]]
    facts = run("김민수 외교부 장관은 3일 존 스미스 호주 외교장관과 회담했다. 두 장관은 양해각서에 서명했다.").facts
    assert [labels(a.parties) for a in facts.agreements] == [["김민수", "존 스미스"]]
    facts = run("김민수 대통령은 3일 존 스미스 호주 총리와 회담했다. 두 정상은 양해각서 서명식에 참석했다.").facts
    assert facts.agreements == []  # they watched others sign


def test_the_other_party_named_as_such_in_the_next_sentence_signed_the_deal():
    facts = run("한빛중공업이 원전 주기기 공급 계약을 맺었다. 계약 상대는 누리전력이며 규모는 약 5조원이다.").facts
    assert [(labels(a.parties), [q.text for q in a.amounts]) for a in facts.agreements] == [
        (["누리전력", "한빛중공업"], ["약 5조원"])]
    facts = run("한빛건설이 필리핀 발전소 공사를 수주했다고 29일 밝혔다. 발주처는 필리핀 국영전력공사(NPC)다.").facts
    assert [(a.label, labels(a.parties)) for a in facts.agreements] == [
        ("한빛건설의 필리핀 국영전력공사 공사 수주", ["필리핀 국영전력공사", "한빛건설"])]


def test_a_band_s_member_signs_in_person_and_the_agency_that_tells_of_it_signs_nothing():
    facts = run("그룹 블랙핑크 멤버 제니가 명품 브랜드 한빛패션과 앰배서더 계약을 연장했다고 소속사 누리엔터가 "
                "3일 밝혔다.").facts
    assert [labels(a.parties) for a in facts.agreements] == [["제니", "한빛패션"]]


def test_buying_told_with_the_native_verb_is_a_purchase_from_the_seller():
    deals = [(a.label, labels(a.parties)) for a in run(
        "한빛전자는 누리소프트로부터 반도체 설계 자산을 3천억원에 사들였다.").facts.agreements]
    assert deals == [("한빛전자의 누리소프트 자산 인수", ["누리소프트", "한빛전자"])]
    deals = [(a.label, labels(a.parties)) for a in run(
        "한빛가스공사는 가스전 지분 10%를 이탈리아 누리에너지로부터 추가로 사들였다.").facts.agreements]
    assert deals == [("한빛가스공사의 누리에너지 지분 인수", ["누리에너지", "한빛가스공사"])]  # named before the seller


def test_an_agreement_that_talks_are_about_is_not_the_one_agreed():
    facts = run("한빛전자와 누리소프트는 공급계약 협상을 연내 마무리하기로 합의했다.").facts
    assert [(a.type, labels(a.parties)) for a in facts.agreements] == [("합의", ["누리소프트", "한빛전자"])]


def test_a_nominee_named_again_is_no_new_appointment():
    facts = run("청와대는 김철수 전 차관을 장관에 내정했다. 김 내정자는 한빛재단 이사장을 지낸 경제 전문가다.").facts
    assert [(e.kind, labels(e.attendees)) for e in facts.events] == [("appointment", ["김철수", "청와대"])]


def test_what_is_told_as_done_did_not_happen_on_a_day_to_come_named_before():
    facts = run("한빛당은 다음 달 4일 대표 선거를 치른다. 김철수 대표는 서울에서 기자회견을 열고 사퇴했다.").facts
    assert [(e.kind, e.date) for e in facts.events] == [("briefing", "2024-03-12")]


def test_those_who_attend_join_a_gathering_not_an_appointment():
    facts = run("홍길동 상장이 새 부주석으로 임명됐다. 김철수 총리와 이영희 위원장도 참석했다.").facts
    assert [(e.kind, labels(e.attendees)) for e in facts.events] == [("appointment", ["홍길동"])]


def test_a_post_holder_said_to_have_founded_or_to_lead_an_organization_holds_the_post_there():
    facts = run("한빛전자가 누리소프트를 인수했다. 누리소프트를 세운 김철수 최고경영자는 한빛전자에 합류한다. "
                "한빛전자를 이끄는 홍길동 사장은 웃었다.").facts
    assert {(m.person.label, m.role, m.org.label) for m in facts.memberships} == {
        ("김철수", "최고경영자", "누리소프트"), ("홍길동", "사장", "한빛전자")}


def test_a_ministry_headed_by_a_부장_is_the_foreign_one_named_with_its_country():
    facts = run("왕이 중국 외교부장은 조현 외교부 장관과 회담했다. 왕이 외교부장은 웃었다.").facts
    assert {(m.person.label, m.org.label) for m in facts.memberships} == {("왕이", "중국 외교부"), ("조현", "외교부")}
    alone = run("왕이 외교부장은 조현 외교부 장관과 회담했다.").facts
    assert {(m.person.label, m.org.label if m.org else None) for m in alone.memberships} == {
        ("왕이", None), ("조현", "외교부")}


def test_what_the_subject_makes_a_subsidiary_belongs_to_the_owner_named_and_a_merger_told_with_도():
    facts = run("한빛그룹은 미국 필리조선소를 1억달러에 인수해 한빛오션 자회사로 편입했다. "
                "한빛캐피탈은 한빛금융지주의 자회사로 편입됐다. "
                "한빛그룹은 자회사인 한빛에너지와 한빛화학의 합병도 마무리했다.").facts
    owned = {(o.child.label, o.parent.label) for o in facts.ownerships}
    assert {("필리조선소", "한빛오션"), ("한빛캐피탈", "한빛금융지주")} <= owned
    assert ("한빛그룹", "한빛오션") not in owned
    assert ["·".join(labels(a.parties)) for a in facts.agreements] == ["필리조선소·한빛그룹", "한빛에너지·한빛화학"]


def test_subjects_listed_that_join_an_owner_all_belong_to_it():
    assert owned("이로써 한빛생명과 KDB생명은 우리금융지주의 자회사로 편입됐다.") == [
        ("KDB생명", "우리금융지주"), ("한빛생명", "우리금융지주")]


def test_officials_glossed_in_brackets_sign_for_their_organizations_and_a_document_joins_the_deal():
    facts = run("삼성전자는 오픈AI와 협력 양해각서(MOU)를 체결했다고 1일 밝혔다. 이재용 삼성전자 회장과 "
                "샘 올트먼 오픈AI 최고경영자(CEO)는 이날 만나 협약서에 서명했다. "
                "SK하이닉스도 오픈AI와 LOI를 체결했다.").facts
    assert sorted((a.type, "·".join(labels(a.parties))) for a in facts.agreements) == [
        ("MOU", "삼성전자·오픈AI"), ("의향서", "SK하이닉스·오픈AI")]


def test_the_subject_merges_with_the_one_named_with_와의():
    facts = run("SK이노베이션이 SK E&S와의 합병을 마무리했다.").facts
    assert [labels(a.parties) for a in facts.agreements if a.type == "합병"] == [["SK E&S", "SK이노베이션"]]


def test_a_person_called_with_courtesy_speaks_and_a_long_department_s_professor_is_at_the_university():
    facts = run('한국과학기술원(KAIST) 생명화학공학과 김희탁 교수가 기술을 개발했다. '
                '제1저자인 박사과정 이지은 씨는 "상용화까지 3년 정도 걸릴 것"이라고 말했다.').facts
    assert [(q.speaker.label, q.text) for q in facts.quotes] == [("이지은", "상용화까지 3년 정도 걸릴 것")]
    assert [(m.person.label, m.org.label) for m in facts.memberships] == [("김희탁", "카이스트")]


def test_an_assistant_special_prosecutor_speaks_and_a_detention_centre_is_a_body():
    result = run('박지영 특검보는 브리핑에서 "절차적 하자를 알고도 방치했다"고 설명했다. '
                 "윤석열 전 대통령은 서울구치소에 수감돼 있다.")
    assert [(q.speaker.label, m.role) for q in result.facts.quotes for m in result.facts.memberships
            if m.person is q.speaker] == [("박지영", "특검보")]
    assert ("서울구치소", "GovernmentOrganization") in {(e.label, e.cls) for e in result.entities.entities}


def test_a_company_s_word_that_plays_is_its_club_and_a_coach_named_with_의_coaches_it():
    result = run("LG 트윈스가 정상에 올랐다. LG는 31일 한화 이글스를 4-1로 꺾고 우승했다. "
                 "구광모 LG그룹 회장은 선수단을 격려했다. 한화의 김경문 감독은 도전하겠다고 밝혔다.")
    assert "LG" in entity_named(result, "LG 트윈스").aliases
    assert {(m.person.label, m.org.label) for m in result.facts.memberships} == {
        ("구광모", "LG그룹"), ("김경문", "한화 이글스")}


def entity_named(result, label):
    return next(e for e in result.entities.entities if e.label == label)


def test_a_name_read_late_before_its_title_speaks_and_a_briefing_had_is_held():
    facts = run('팀 쿡 애플 CEO는 방한했다. 쿡 CEO는 "한국 개발자 생태계를 적극 지원하겠다"고 말했다. '
                "홍길동 한빛전자 사장은 20일 기자회견을 가졌다.").facts
    assert [q.speaker.label for q in facts.quotes] == ["팀 쿡"]
    assert [(e.kind, labels(e.attendees)) for e in facts.events] == [("briefing", ["홍길동"])]


def test_a_quote_after_a_subject_glossed_in_brackets_is_not_the_previous_speaker_s():
    facts = run('홍길동 한빛전자 회장은 "좋은 결과가 나왔다"고 밝혔다. 하비 메이슨 주니어 레코딩 아카데미 '
                '최고경영자(CEO)는 "K팝은 이제 세계 음악의 중심"이라고 말했다.').facts
    assert [(q.speaker.label, q.text) for q in facts.quotes] == [("홍길동", "좋은 결과가 나왔다")]


def test_an_unknown_name_in_the_list_of_fields_a_deal_covers_is_no_party():
    result = run("양국은 원전, 핵심광물, 디지털 전환 등 분야에서 양해각서(MOU)를 교환했다. "
                 "누리바이오는 한빛큐와 신약 분야에서 협약을 체결했다.")
    assert [sorted(p.label for p in a.parties) for a in result.facts.agreements] == [["누리바이오", "한빛큐"]]
    assert [e.kind for e in result.entities.entities if e.label == "핵심광물"] == ["Concept"]


def test_those_who_join_an_investment_named_after_it_put_money_in():
    facts = run("누리랩스는 12일 이번 투자에 한빛벤처스와 솔빛캐피탈, 누리인베스트먼트 등이 참여했다고 밝혔다.").facts
    assert sorted(a.label for a in facts.agreements) == [
        "누리인베스트먼트의 누리랩스 투자", "솔빛캐피탈의 누리랩스 투자", "한빛벤처스의 누리랩스 투자"]
    facts = run("누리랩스가 500억원 규모의 투자를 유치했다. 이번 투자에는 한빛벤처스와 솔빛캐피탈 등이 참여했다.").facts
    assert sorted(a.label for a in facts.agreements) == ["솔빛캐피탈의 누리랩스 투자", "한빛벤처스의 누리랩스 투자"]
    # the last one listed, with 이, is no one invested in
    facts = run("누리랩스가 500억원 규모의 투자를 유치했다. "
                "이번 투자에는 한빛벤처스와 솔빛캐피탈, 한국산업은행이 참여했다.").facts
    assert sorted(a.label for a in facts.agreements) == [
        "솔빛캐피탈의 누리랩스 투자", "한국산업은행의 누리랩스 투자", "한빛벤처스의 누리랩스 투자"]


def test_a_signing_ceremony_told_after_the_agreement_is_its_signing_with_its_day_and_people():
    result = run("누리시가 한빛전자와 투자협약을 맺었다. 누리시는 11일 시청에서 홍길동 시장과 김철수 "
                 "한빛전자 사장이 참석한 가운데 투자협약식을 가졌다.")
    (deal,) = result.facts.agreements
    (signing,) = result.facts.events
    assert (deal.date, signing.kind, signing.date) == ("2024-03-11", "signing", "2024-03-11")
    assert {"홍길동", "김철수"} <= {a.label for a in signing.attendees}
    # a later sentence that goes on with the agreement and names no day leaves the signing's day alone
    result = run("누리시가 한빛전자와 투자협약을 맺었다. 누리시는 11일 시청에서 투자협약식을 가졌다. "
                 "두 기관은 이번 협약에 따라 2028년까지 부품을 공동 개발한다.")
    assert [(e.kind, e.date) for e in result.facts.events] == [("signing", "2024-03-11")]


def test_a_coach_named_with_his_club_s_city_coaches_the_club_not_the_province():
    facts = run("전북 현대 모터스가 우승했다. 경기는 전북 전주에서 열렸다. 거스 포옛 전북 감독은 웃었다.").facts
    assert [(m.person.label, m.org.label) for m in facts.memberships] == [("거스 포옛", "전북 현대 모터스")]


def test_two_buyers_joined_as_the_subject_buy_together_and_what_they_buy_through_is_no_target():
    facts = run("한빛중공업과 누리조선은 20일 자회사 한빛USA를 통해 솔빛마린 지분 9.9%를 취득했다.").facts
    assert [sorted(p.label for p in a.parties) for a in facts.agreements] == [["누리조선", "솔빛마린", "한빛중공업"]]


def test_every_body_listed_as_the_subject_hosts_the_gathering():
    facts = run("보건복지부와 고용노동부, 기획재정부는 5일 정부서울청사에서 합동 브리핑을 열었다.").facts
    assert [[a.label for a in e.attendees] for e in facts.events] == [["보건복지부", "고용노동부", "기획재정부"]]


def test_the_one_who_chairs_a_gathering_holds_it_and_its_whole_name_labels_it():
    facts = run("정부는 5일 김보람 국무총리 주재로 국가물가점검회의를 열었다. 회의에는 이한결 장관이 참석했다.").facts
    assert [(e.label, [a.label for a in e.attendees]) for e in facts.events] == [
        ("김보람 국가물가점검회의", ["김보람", "이한결"])]
    facts = run("한빛시는 5일 김보람 시장 주재로 간부회의를 열었다.").facts
    assert [(e.label, [a.label for a in e.attendees]) for e in facts.events] == [
        ("한빛시 간부회의", ["한빛시", "김보람"])]


def test_a_press_conference_one_holds_alone_is_a_briefing_which_a_meeting_s_attendees_do_not_join():
    facts = run("김보람 한빛은행 총재가 18일 위원회 회의를 마친 뒤 기자간담회를 가졌다. "
                "이날 회의에는 이한결 부총재가 참석했다.").facts
    assert [(e.kind, [a.label for a in e.attendees]) for e in facts.events] == [("briefing", ["김보람"])]


def test_a_meeting_chaired_is_held_and_a_council_convened_is_a_meeting_its_attendees_join():
    facts = run("김보람 대표가 2일 국회에서 최고위원회의를 주재했다.").facts
    assert [(e.kind, e.label) for e in facts.events] == [("meeting", "김보람 최고위원회의")]
    facts = run("한빛금융지주는 13일 경영협의회를 열었다. 회의에는 박서연 한빛은행장이 참석했다.").facts
    assert [(e.label, [a.label for a in e.attendees]) for e in facts.events] == [
        ("한빛금융지주 경영협의회", ["한빛금융지주", "박서연"])]


def test_a_gathering_still_to_come_is_no_event():
    assert run("한빛당은 다음 주 의원총회를 열어 혁신안을 논의한다.").facts.events == []
    assert run("한빛전자는 이사회를 열 예정이다.").facts.events == []
    assert [e.kind for e in run("한빛전자는 3일 이사회를 열었다.").facts.events] == ["meeting"]


def test_a_gathering_held_by_no_one_named_is_the_one_those_told_after_it_attend():
    facts = run("12일 서울 코엑스에서 한빛경제포럼이 열렸다. 포럼에는 박서연 장관이 참석했다.").facts
    assert [(e.label, [a.label for a in e.attendees], e.date) for e in facts.events] == [
        ("한빛경제포럼", ["박서연"], "2024-03-12")]
    facts = run("정부는 12일 코엑스에서 창업 포럼을 열었다. 포럼에는 박서연 장관이 참석했다.").facts
    assert [(e.label, [a.label for a in e.attendees]) for e in facts.events] == [("창업 포럼", ["박서연"])]
    assert run("정부는 12일 코엑스에서 창업 포럼을 열었다.").facts.events == []


def test_the_people_a_gathering_is_held_with_attend_it():
    facts = run("김보람 한빛도지사는 3일 도청에서 이한결 순천시장, 기업 대표들과 간담회를 열었다.").facts
    assert [[a.label for a in e.attendees] for e in facts.events] == [["김보람", "이한결"]]
    facts = run("김보람 지사는 3일 이한결 시장과 간담회를 열었다.").facts
    assert [[a.label for a in e.attendees] for e in facts.events] == [["김보람", "이한결"]]


def test_a_post_someone_is_appointed_to_with_its_organization_before_it_is_that_organization_s():
    facts = run("한빛대 신임 총장에 김보람 전 총장 재선임…\"연구 중심대학으로\"").facts
    assert {(m.person.label, m.role, m.org.label if m.org else None, m.former) for m in facts.memberships} == {
        ("김보람", "총장", "한빛대", False), ("김보람", "총장", "한빛대", True)}  # the post he held before too


def test_a_company_post_named_without_one_is_at_the_company_whose_committee_is_the_subject():
    facts = run("한빛금융지주 회장후보추천위원회는 4일 김보람 현 회장을 차기 회장 후보로 단독 추천했다.").facts
    assert [(m.person.label, m.role, m.org.label if m.org else None) for m in facts.memberships] == [
        ("김보람", "회장", "한빛금융지주")]


def test_a_university_head_named_without_one_heads_the_university_the_sentence_is_about():
    facts = run("누리대는 14일 김하늘 총장과 존 스미스 한빛대 총장이 참석한 가운데 협약식을 열었다.").facts
    assert sorted((m.person.label, m.org.label) for m in facts.memberships) == [
        ("김하늘", "누리대"), ("존 스미스", "한빛대")]


def test_a_joint_venture_belongs_to_both_partners():
    assert owned("한빛전자는 누리화학과의 합작법인 HN케미칼을 세웠다. "
                 "LG에너지솔루션과 GM의 합작사 얼티엄셀즈는 공장을 지었다.") == [
        ("HN케미칼", "누리화학"), ("HN케미칼", "한빛전자"),
        ("얼티엄셀즈", "LG에너지솔루션"), ("얼티엄셀즈", "제너럴모터스")]
    # the partner glossed in brackets
    assert owned("한빛전자는 누리화학(NC)과의 합작법인 HN케미칼을 세웠다.") == [
        ("HN케미칼", "누리화학"), ("HN케미칼", "한빛전자")]


def test_a_joint_venture_of_the_two_companies_belongs_to_the_two_named_before():
    assert owned("한빛화학은 독일 모라노케미칼과 스페인에 배터리 소재 공장을 짓기로 했다. 두 회사의 합작법인 "
                 "누리머티리얼즈는 2028년까지 1조원을 투자한다.") == [
        ("누리머티리얼즈", "모라노케미칼"), ("누리머티리얼즈", "한빛화학")]


def test_a_joint_venture_the_partners_set_up_belongs_to_both_quoted_or_not():
    for text in ("한빛전자와 누리케미칼이 합작법인 세온소재를 설립했다.",
                 "한빛전자와 누리케미칼이 합작법인 '세온소재'를 공식 출범했다고 1일 밝혔다."):
        assert sorted((o.child.label, o.parent.label) for o in run(text).facts.ownerships) == [
            ("세온소재", "누리케미칼"), ("세온소재", "한빛전자")]


def test_a_joint_venture_the_partners_put_up_belongs_to_both():
    assert owned("볼타셀은 한빛소재와 GM이 각각 50%씩 출자한 합작법인이다.") == [
        ("볼타셀", "제너럴모터스"), ("볼타셀", "한빛소재")]
    # or that hold it
    assert owned("한빛누리는 한빛케미칼과 누리화학이 50%씩 지분을 가진 합작사다.") == [
        ("한빛누리", "누리화학"), ("한빛누리", "한빛케미칼")]


def test_a_council_chair_named_without_one_chairs_the_council_the_story_is_about():
    facts = run("누리시의회는 10일 임시회를 열었다. 김하늘 의장은 개회사에서 협조를 당부했다.").facts
    assert [(m.person.label, m.role, m.org.label) for m in facts.memberships] == [("김하늘", "의장", "누리시의회")]


def test_the_post_one_is_promoted_from_is_held_no_more():
    facts = run("한빛전자는 3일 박영희 전무를 부사장으로 승진시켰다.").facts
    assert sorted((m.role, m.org.label, m.former) for m in facts.memberships) == [
        ("부사장", "한빛전자", False), ("전무", "한빛전자", True)]
    # a group promotes one of its company's officers: the new post is at that company
    facts = run("한빛그룹은 15일 김민수 한빛전자 부사장을 사장으로 승진시켰다.").facts
    assert sorted((m.role, m.org.label, m.former) for m in facts.memberships) == [
        ("부사장", "한빛전자", True), ("사장", "한빛전자", False)]


def test_a_partnership_told_with_a_verb_is_the_deal_told_after_it_but_no_purchase():
    facts = run("누리전자가 한빛소재와 손잡고 신소재를 개발한다. 누리전자는 15일 한빛소재와 업무협약을 맺었다.").facts
    assert [(a.type, a.date) for a in facts.agreements] == [("업무협약", "2024-03-15")]
    facts = run("누리전자가 한빛소재와 손잡았다. 누리전자는 한빛소재 지분 2%를 인수했다.").facts
    assert sorted(a.type for a in facts.agreements) == ["인수", "제휴"]


def test_the_representative_director_named_short_is_one_post():
    facts = run("한빛전자는 3일 김철수 대표이사를 선임했다. 김 대표는 취임사를 했다.").facts
    assert [(m.person.label, m.role) for m in facts.memberships] == [("김철수", "대표이사")]


def test_a_coach_named_without_a_team_coaches_the_one_team_the_article_names():
    facts = run("홍명보 감독이 이끄는 한국 축구대표팀은 가나를 2-0으로 꺾었다.").facts
    assert [(m.person.label, m.org.label if m.org else None) for m in facts.memberships] == [
        ("홍명보", "한국 축구대표팀")]


def test_a_post_holder_said_to_lead_a_team_holds_the_post_at_it_among_other_teams():
    facts = run("김하늘 감독이 이끄는 여자 배구대표팀은 9일 태국 대표팀과 맞붙었다. 주장 박민지는 "
                "2득점했다.").facts
    assert ("김하늘", "감독", "배구대표팀") in [(m.person.label, m.role, m.org.label if m.org else None)
                                           for m in facts.memberships]


def test_beside_a_player_with_his_club_in_brackets_another_s_bracketed_body_is_his_club():
    facts = run("황희찬(울버햄프턴)이 선제골을 넣었고, 김하늘(브레멘)이 추가골을 보탰다.").facts
    assert sorted((m.person.label, m.org.label, m.org.cls) for m in facts.memberships) == [
        ("김하늘", "브레멘", "SportsTeam"), ("황희찬", "울버햄프턴 원더러스", "SportsTeam")]
    facts = run("김철수(한빛전자)가 상을 받았다. 이영희(누리바이오)도 받았다.").facts
    assert facts.memberships == []


def test_a_minister_named_without_a_ministry_heads_the_ministry_the_clause_is_about():
    facts = run("환경부는 김민수 장관이 10일 베트남 하노이에서 응우옌 반 투 베트남 천연자원환경부 장관과 "
                "회담했다고 밝혔다. 행사에는 박영희 차관도 참석했다.").facts
    posts = {(m.person.label, m.role, m.org.label if m.org else None) for m in facts.memberships}
    assert ("김민수", "장관", "환경부") in posts and ("박영희", "차관", None) in posts


def test_a_coach_hired_from_his_former_team_does_not_coach_it_again():
    facts = run("한빛축구협회는 7일 청소년 대표팀 새 사령탑에 김하늘 전 제주 유나이티드 감독을 선임했다. "
                "김 감독의 임기는 2028년까지다.").facts
    posts = {(m.person.label, m.role, m.org.label if m.org else None, m.former) for m in facts.memberships}
    assert ("김하늘", "감독", "제주 유나이티드", False) not in posts


def test_one_elected_to_an_office_holds_it_and_a_mayor_s_office_run_for_is_no_market():
    facts = run("홍길동 누리당 후보가 서울시장에 당선됐다. 부산시장에는 김철수 누리당 후보가, "
                "경기도지사에는 이영희 후보가 각각 당선됐다. 그는 미국 시장에 진출했다.").facts
    posts = {(m.person.label, m.role, m.org.label if m.org else None) for m in facts.memberships}
    assert {("홍길동", "시장", "서울특별시"), ("김철수", "시장", "부산광역시"), ("이영희", "도지사", "경기도")} <= posts


def test_a_superintendent_named_alone_heads_the_education_office_the_article_names():
    facts = run("한빛도교육청은 5일 홍길동 교육감 주재로 간부회의를 열었다. "
                "홍 교육감은 예산을 늘리겠다고 말했다.").facts
    assert [(m.person.label, m.role, m.org.label) for m in facts.memberships] == [("홍길동", "교육감", "한빛도교육청")]


def test_investors_listed_before_등으로부터_all_put_money_in_and_a_merger_partner_before_the_verb_merges():
    facts = run("한빛칩스는 지난해 누리전자와 합병했으며 KT와 아람코 등으로부터 투자를 유치했다.").facts
    assert sorted((a.type, tuple(labels(a.parties))) for a in facts.agreements) == [
        ("계약", ("KT", "한빛칩스")), ("계약", ("사우디아람코", "한빛칩스")), ("합병", ("누리전자", "한빛칩스"))]


def test_one_commissioned_to_a_post_holds_it_at_the_body_that_commissions():
    facts = run("유니세프 한국위원회는 10일 가수 아이유를 새 친선대사로 위촉했다. 아이유는 위촉식에서 웃었다.").facts
    assert [(m.person.label, m.role, m.org.label) for m in facts.memberships] == [
        ("아이유", "친선대사", "유니세프 한국위원회")]


def test_a_known_name_whose_last_part_kiwi_reads_as_a_verb_holds_the_post_after_it():
    facts = run("립부 탄 인텔 최고경영자(CEO)는 투자를 반겼다.").facts
    assert [(m.person.label, m.role, m.org.label) for m in facts.memberships] == [("립부 탄", "최고경영자", "인텔")]


def test_an_amount_is_about_no_one_named_where_the_action_happens():
    facts = run("한빛은행 이사회는 2일 서울 중구 본관에서 회의를 열고 배당을 주당 500원으로 정했다.").facts
    assert [(m.about.label, m.quantity.text) for m in facts.measures] == [("한빛은행 이사회", "500원")]


def test_meetings_one_after_another_are_one_with_each():
    facts = run("박하늘 대통령은 23일 다카이치 사나에 일본 총리, 마크 카니 캐나다 총리와 잇따라 회담했다.").facts
    assert sorted(sorted(p.label for p in e.attendees) for e in facts.events) == [
        ["다카이치 사나에", "박하늘"], ["마크 카니", "박하늘"]]


@pytest.mark.parametrize("text, place", [
    # a signing ceremony said to have been held somewhere
    ("한빛중공업은 체코 국방부와 전차 공급 계약을 맺었다고 12일 밝혔다. 계약식은 프라하에서 열렸으며 "
     "김하늘 한빛중공업 사장이 참석했다.", "프라하"),
    # one attending the signing ceremony where it was held
    ("한빛전력은 사우디아라비아 전력청과 송전망 건설 계약을 맺었다고 17일 밝혔다. 김하늘 한빛전력 사장은 "
     "리야드에서 열린 서명식에 참석했다.", "리야드"),
])
def test_a_signing_ceremony_told_after_the_agreement_gives_the_signing_its_place_and_people(text, place):
    (signing,) = [e for e in run(text).facts.events if e.kind == "signing"]
    assert (signing.place.label, "김하늘" in [p.label for p in signing.attendees]) == (place, True)


def test_bodies_counted_in_words_as_an_object_are_no_one_s_amount_but_places_counted_are():
    facts = run("한빛금융지주는 15일 누리생명과 세온생명 인수를 마무리하고 두 회사를 자회사로 편입했다. "
                "한빛물류㈜는 대만 물류센터 두 곳을 추가로 연다.").facts
    assert [m.quantity.text for m in facts.measures] == ["두 곳"]
    assert [m.about.label for m in facts.measures] == ["한빛물류㈜"]  # the company's, not 대만's


def test_people_who_sign_after_the_agreement_is_told_sign_it():
    facts = run("한빛전자와 누리케미칼은 27일 도쿄에서 양해각서(MOU)를 체결했다. 김하늘 한빛전자 대표와 "
                "이영희 누리케미칼 사장이 서명했다.").facts
    (signing,) = [e for e in facts.events if e.kind == "signing"]
    assert {"김하늘", "이영희"} <= {p.label for p in signing.attendees}


def test_one_appointed_told_in_the_headline_and_the_story_is_one_appointment():
    facts = run("한빛전자 김하늘 사장, 부회장 승진\n\n한빛그룹은 26일 정기 임원인사에서 김하늘 한빛전자 사장을 "
                "부회장으로 승진시켰다.").facts
    assert [sorted(p.label for p in e.attendees) for e in facts.events if e.kind == "appointment"] == [
        ["김하늘", "한빛그룹", "한빛전자"]]


def test_a_quote_by_the_company_called_by_the_common_noun_is_the_company_s():
    facts = run('한빛전자는 24일 노조와 임금협약에 잠정 합의했다. '
                '회사 측은 "노사가 한발씩 양보한 결과"라고 말했다.').facts
    assert [(q.speaker.label, q.text) for q in facts.quotes] == [("한빛전자", "노사가 한발씩 양보한 결과")]


def test_a_unit_of_a_company_sold_is_bought_from_the_company():
    facts = run("한빛전자 반도체사업부는 누리홀딩스에 매각됐다.").facts
    assert [(a.label, [p.label for p in a.parties]) for a in facts.agreements] == [
        ("누리홀딩스의 한빛전자 반도체사업부 인수", ["누리홀딩스", "한빛전자"])]


def test_one_met_before_a_signing_signs_too():
    result = run("한빛바이오 홍길동 회장은 1일 존 스미스 누리제약 최고경영자를 만나 공동 개발 계약에 서명했다.")
    assert [labels(a.parties) for a in result.facts.agreements] == [["누리제약", "한빛바이오"]]


def test_one_named_by_a_post_placed_at_a_body_before_signs_for_that_body():
    result = run("쩐 반 꽝 베트남 교통부 장관도 방한했다. 꽝 장관은 김철수 국토교통부 장관과 양해각서를 체결했다.")
    assert [labels(a.parties) for a in result.facts.agreements] == [["국토교통부", "베트남 교통부"]]
    # one who signs alone for himself, with no post here, is a party in person
    result = run("홍길동 한빛FC 감독이 취임했다. 홍길동은 누리스포츠와 후원 계약을 체결했다.")
    assert [labels(a.parties) for a in result.facts.agreements] == [["누리스포츠", "홍길동"]]


def test_a_post_named_in_short_at_the_same_organization_is_the_full_post():
    facts = run("누리소프트는 2일 이사회를 열고 홍길동 전 한빛전자 전무를 신임 대표이사로 선임했다. "
                "홍 대표는 한빛전자에서 반도체 사업을 이끌었다. 누리소프트는 홍 대표 선임으로 사업을 넓힌다.").facts
    posts = {(m.person.label, m.role, m.org.label if m.org else None, m.former) for m in facts.memberships}
    assert posts == {("홍길동", "대표이사", "누리소프트", False), ("홍길동", "전무", "한빛전자", True)}


def test_a_member_named_after_the_group_and_멤버_is_a_member_though_kiwi_misreads_the_name():
    facts = run("방탄소년단 멤버 진이 공연했다. 블랙핑크 멤버 로제가 노래했다. 에스파 멤버 구성이 바뀌었다.").facts
    assert [(m.person.label, m.role, m.org.label) for m in facts.memberships] == [
        ("진", "멤버", "방탄소년단"), ("로제", "멤버", "블랙핑크")]


def test_a_player_who_joins_a_club_plays_for_it_and_played_for_the_club_he_leaves():
    facts = run("김누리는 2일 누리FC를 떠나 한빛FC에 입단했다.").facts
    assert {(m.person.label, m.role, m.org.label, m.former) for m in facts.memberships} == {
        ("김누리", "선수", "누리FC", True), ("김누리", "선수", "한빛FC", False)}
    # one holding another post at the club is no player of it
    facts = run("홍길동 한빛FC 감독은 한빛FC를 떠나 귀국했다.").facts
    assert [(m.person.label, m.role) for m in facts.memberships] == [("홍길동", "감독")]


def test_a_contract_extended_is_a_contract_signed():
    facts = run("한빛FC가 2일 한빛수와 2028년까지 계약을 연장했다고 발표했다.").facts
    assert [(labels(a.parties), a.type) for a in facts.agreements] == [(["한빛FC", "한빛수"], "계약")]
    # a club joined before other steps of a career is not the club he plays for now
    facts = run("김누리는 2015년 누리FC로 이적한 뒤 2024년 한빛FC로 돌아왔다.").facts
    assert ("김누리", "선수", "누리FC", False) not in {
        (m.person.label, m.role, m.org.label, m.former) for m in facts.memberships}


def test_an_amount_is_not_about_a_place_that_only_modifies_a_noun():
    facts = run("한빛건설은 이라크 국영석유회사와 2조원 규모의 계약을 맺었다.").facts
    assert {m.about.label for m in facts.measures} == {"한빛건설"}
    # a country's state stands for the country
    facts = run("한빛은행은 베트남 정부에 1억달러를 빌려줬다.").facts
    assert {m.about.label for m in facts.measures} == {"한빛은행", "베트남"}


def test_an_amount_of_the_sides_counted_as_the_subject_is_about_each_side():
    facts = run("한빛전자와 누리화학은 2일 업무협약을 체결했다. 양사는 총 5건의 과제를 함께 수행한다.").facts
    about = {(m.about.label, m.quantity.text) for m in facts.measures}
    assert about == {("한빛전자", "총 5건"), ("누리화학", "총 5건")}


def test_an_owner_told_in_a_clause_before_the_ownership_word_owns_the_subject():
    assert owned("누리소프트는 한빛전자가 지분 40%를 보유한 자회사다.") == [("누리소프트", "한빛전자")]


def test_a_venture_set_up_together_told_with_verbs_belongs_to_both():
    assert owned("한빛전자가 누리화학과 합작해 세운 배터리 법인 넥스트셀의 공장 일부를 판다.") == [
        ("넥스트셀", "누리화학"), ("넥스트셀", "한빛전자")]
    assert owned("한빛모터스는 2022년 누리전자와 세온화학이 50%씩 출자해 설립했다.") == [
        ("한빛모터스", "누리전자"), ("한빛모터스", "세온화학")]
    # each partner listed with its share, or the shares listed after the partners
    expected = [("한빛AI테크", "누리텔레콤"), ("한빛AI테크", "세온소프트")]
    assert owned("한빛AI테크는 누리텔레콤이 지분 60%, 세온소프트가 40%를 출자해 설립했다.") == expected
    assert owned("한빛AI테크는 누리텔레콤과 세온소프트가 각각 60%와 40%를 출자해 설립했다.") == expected


def test_one_elect_holds_the_post_he_was_elected_to_and_no_post_of_elect():
    facts = run("더불어민주당 홍길동 후보가 서울시장에 당선됐다. 홍 당선인은 시민에게 감사했다.").facts
    assert "당선인" not in [m.role for m in facts.memberships]
    assert ("홍길동", "시장") in [(m.person.label, m.role) for m in facts.memberships]


def test_the_one_succeeded_held_the_post_at_the_successor_s_organization():
    facts = run("김보람 한빛소프트 대표는 지난해 홍길동 전 대표의 뒤를 이어 취임했다. "
                "이영희 누리전자 사장은 최민수 전 사장과 함께 행사에 왔다.").facts
    posts = {(m.person.label, m.role, m.org.label if m.org else None, m.former) for m in facts.memberships}
    assert ("홍길동", "대표", "한빛소프트", True) in posts
    assert ("최민수", "사장", None, True) in posts  # no succession told: his company is not said


def test_a_company_that_wins_or_buys_along_with_the_subject_is_on_its_side_of_the_deal():
    deals = [(a.label, labels(a.parties)) for a in run(
        "한빛건설은 아람코의 정유 공사를 현대건설과 함께 수주했다.").facts.agreements]
    assert deals == [("한빛건설·현대건설의 사우디아람코 수주", ["사우디아람코", "한빛건설", "현대건설"])]


def test_people_attending_another_gathering_the_sentence_opens_on_join_no_meeting_told_before():
    text = ("이재명 대통령은 15일 청와대에서 에마뉘엘 마크롱 프랑스 대통령과 정상회담을 했다. "
            "앞서 열린 포럼에는 김철수 한빛협회 회장이 참석했다. 회담에는 위성락 국가안보실장도 배석했다.")
    (meeting,) = run(text).facts.events
    assert labels(meeting.attendees) == ["에마뉘엘 마크롱", "위성락", "이재명"]
    text = ("이재명 대통령은 15일 청와대에서 에마뉘엘 마크롱 프랑스 대통령을 만났다. "
            "회담에는 위성락 국가안보실장도 배석했다.")
    (meeting,) = run(text).facts.events
    assert labels(meeting.attendees) == ["에마뉘엘 마크롱", "위성락", "이재명"]


def test_the_secretary_of_state_holds_the_post_at_the_state_department_the_story_names():
    def posts(text):
        return [(m.person.label, m.role, m.org.label if m.org else None) for m in run(text).facts.memberships]
    assert posts("마코 루비오 국무장관은 국무부 청사에서 기자들과 만났다.") == [
        ("마르코 루비오", "국무장관", "미국 국무부")]
    assert posts("마코 루비오 국무장관은 기자들과 만났다.") == [("마르코 루비오", "국무장관", None)]


def test_a_division_signs_for_its_organization_and_a_commitment_is_an_agreement():
    text = ("한빛연금공단, 누리캐피탈과 손잡고 해외 인프라 투자\n"
            "한빛연금공단 기금운용본부는 3일 누리캐피탈과 5조원 규모의 공동투자 약정을 맺었다고 밝혔다. "
            "약정식은 뉴욕에서 열렸으며 김보람 이사장과 홍민수 회장이 서명했다.")
    facts = run(text).facts
    assert [(a.type, a.label, labels(a.parties)) for a in facts.agreements] == [
        ("약정", "한빛연금공단·누리캐피탈 약정", ["누리캐피탈", "한빛연금공단"])]
    (signing,) = facts.events
    assert {"김보람", "홍민수"} <= set(labels(signing.attendees)) and signing.place.label == "뉴욕"


def test_a_head_s_title_names_the_one_body_of_the_story_it_ends_with():
    facts = run("서울남부지검 가상자산범죄합동수사단은 코인 업체 대표를 구속기소했다. "
                "합동수사단장인 김보람 부장검사는 엄정히 대응하겠다고 말했다.").facts
    assert ("가상자산범죄합동수사단", "서울남부지방검찰청") in {
        (o.child.label, o.parent.label) for o in facts.ownerships}
    assert ("김보람", "합동수사단장", "가상자산범죄합동수사단") in {
        (m.person.label, m.role, m.org.label if m.org else None) for m in facts.memberships}


def test_a_concept_of_common_nouns_listed_after_a_subsidiary_is_no_subsidiary():
    text = ("한빛전자가 인공지능(AI) 사업에 나선다. "
            "한빛전자는 누리텔레콤의 디지털 자회사 누리디지털과 AI 데이터센터를 짓기로 했다.")
    assert owned(text) == [("누리디지털", "누리텔레콤")]


def test_one_who_signs_with_his_own_organization_signs_in_person():
    facts = run("LG 트윈스, 김보람 감독과 재계약. LG 트윈스는 3일 김보람 감독과 총액 26억원에 재계약했다고 "
                "발표했다.").facts
    assert [labels(a.parties) for a in facts.agreements] == [["LG 트윈스", "김보람"]]


def test_the_authority_whose_approval_a_buyer_gets_is_no_seller():
    facts = run("한빛금융지주는 금융위원회로부터 자회사 편입 승인을 받아 KX생명 지분 75%를 1조원에 인수했다.").facts
    assert [(a.label, labels(a.parties)) for a in facts.agreements] == [
        ("한빛금융지주의 KX생명 인수", ["KX생명", "한빛금융지주"])]
