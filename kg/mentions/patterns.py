"""Word lists and patterns the mention rules share: particles, tails, shapes of names and dates."""

from __future__ import annotations

import re

from kg.dates import THAT_DAY_WORDS

NAME_KINDS = ("Person", "Organization", "Place", "Concept")

NAME_TAGS = {"NNP", "NNG", "XPN", "XSN", "XR"}

#: the tags of the pieces Kiwi cuts an unknown Korean name into (이/MM 수/NNB 민/NNG)
SPLIT_TAGS = NAME_TAGS | {"NNB", "NR", "MM", "MAG", "NP"}

#: syllables that end the name of a department or a body's unit, an award or a post: 홍보실, 조직국, 사업단,
#: 연구원, 위원회, 연기상, 지명직
UNIT_SYLLABLES = frozenset("실국단원소회장식관상직")
#: one-syllable suffixes that end a derived word, not a name: 두번째, 고교생, 감동적, 국유화, 한발씩
DERIVING_SUFFIXES = {"째", "들", "생", "적", "화", "성", "별", "층", "률", "율", "씩", "쯤", "꼴"}
#: one-syllable nouns that end compounds Kiwi may not know (범죄 + 학, 배치 + 표, 김치 + 전, 송전 + 망), and
#: hardly a given name
NOUN_ENDINGS = DERIVING_SUFFIXES | {"학", "표", "전", "론", "법", "계", "비", "세", "료", "액", "량", "품", "물", "망"}
#: suffixes for a right, a certificate or a sum, which end given names too (김영권, 이지금) but not after a
#: dictionary noun: 지명권, 자격증, 지원금
RIGHT_SUFFIXES = frozenset("권증금")

#: after a foreign name, the word that tells a son from his father of the same name: 하비 메이슨 주니어
GENERATIONAL = frozenset({"주니어", "시니어"})

#: the words of an Arabic name that join its parts: 무함마드 빈 살만 (bin, "son of"), 모하메드 알 하마디 (al-, "the")
PATRONYMIC_LINKS = frozenset({"빈", "빈트", "이븐", "알"})

#: ranks and jobs a person named only by a letter, or by a family name and 모, is called by: K기자, 박모 상경
RANKS = ("기자", "일병", "이병", "상병", "병장", "하사", "중사", "상사", "경장", "순경", "경사", "경위", "상경", "일경",
         "이경", "수경", "소위", "중위", "대위", "교사")

#: `A씨`, `김모(33)씨`, `박모(54·여)씨`, `이 모 씨`, `B군과`, `김 군은`: people the story names only by a
#: letter or a family name. A glued 군 or 양 is left to letters (A군): 장군, 공군 and 육군 are words,
#: 고양 and 안양 places.
ANONYMOUS = re.compile(
    r"(?<![가-힣A-Za-z])([A-Z]|[가-힣])(?=(?:\s?모)?(?:\s?\(\d+(?:[·,]\s?[^()]{1,8})?\))?"
    r"(?:\s?씨|(?:(?<=[A-Z)])[군양]|\s[군양])(?=[^가-힣]|$|은|는|이|가|을|를|의|과|와|에게|도|만|으로))"
    r"|모\s?(?:\(\d+\)\s?)?(?:" + "|".join(RANKS) + r")(?=[^가-힣]|$|[은는이가을를의과와도만]|에게|으로))"
)
#: more people named by a letter: after a noun (현지인B씨), with what is not an age in brackets (A(고3)양),
#: or before a rank or a job written with it or after an age (K기자, A(19) 일병, K모 기자); `A 기자`, spaced
#: and bare, is left alone
ANONYMOUS_LETTER = re.compile(
    r"(?<![A-Za-z])([A-Z])(?=(?:(?:\s?모)?\s?\([^()]{1,8}\)\s?|\s?모\s?)?(?:" + "|".join(RANKS) + ")"
    r"(?=[^가-힣]|$|[은는이가을를의과와도만]|에게|으로)|(?:\s?\([^()]{1,8}\))?\s?(?:씨|[군양](?=[^가-힣]|$|[은는이가을를의과와도만])))"
)

PLACE_CLASSES = ("City", "AdministrativeArea", "Country", "Place")

#: words for kin named together after their names: 허웅과 허훈 형제, 김철수·이영희 부부
KIN_GROUPS = frozenset({"형제", "자매", "남매", "부부", "부자", "부녀", "모녀", "모자", "형제자매"})

#: words after a name that are courtesy, never part of it: 리단 양, 김 군
COURTESY = {"씨", "님", "군", "양", "옹"}
#: one acting for a post's holder, after the post: 시장 권한대행, 청장 직무대행
ACTING = ("권한대행", "직무대행")

#: a department after its organization: 형사3부, 조사부, 형사합의21부, 민원과, 형사6-1부 (a court's second panel),
#: 생명화학공학과
DEPARTMENT = re.compile(r"[가-힣]{0,7}(?:\d{1,2}(?:-\d)?)?(?:부|과|팀|실|국|단독)")
#: `종로2가`, `을지로 3가`, `종로3가역`: a road and a numbered 가, a neighbourhood of Seoul's old centre, or
#: its station (not `2가지`, `3가구`)
NUMBERED_STREET = re.compile(r"(?<![가-힣])[가-힣]{1,4}로\s?\d{1,2}가(역)?(?:(?![가-힣])|(?=[은는이을를의에도와과]))")
#: the smaller units of a Korean address: 남구, 하단동, 야미리, 영북면, 종로2가
ADDRESS_LEVEL = re.compile(r"^[가-힣]{1,4}(?:구|동|리|읍|면|\d가)$")

#: an age in brackets after a name: (84), (27·여), (48·중국국적)
AGED = re.compile(r"\(\d{1,3}(?:[·,][^()]{1,8})?\)")
#: a monarch's or pope's number after the name: 레오 14세, 찰스 3세 (an age would be bracketed or longer)
REGNAL = re.compile(r"([1-9]|1[0-9]|2[0-3])세")

#: a country or club in brackets after a name: 블레어 윌리엄스(호주), 브라이스 하퍼(워싱턴 내셔널스)
TEAM_IN_BRACKETS = re.compile(r"\(([가-힣A-Za-z][가-힣A-Za-z ]{1,14})\)")

LATIN = re.compile(r"^[A-Za-z][A-Za-z0-9&.\-]*$")
#: an English phrase of several words, as a name's gloss in brackets: (Quacquarelli Symonds), (Over The Top)
ENGLISH_PHRASE = re.compile(r"[A-Za-z][A-Za-z0-9&.'\-]*(?: [A-Za-z][A-Za-z0-9&.'\-]*)+")
#: a model's or a product's code: letters, a hyphen, letters or digits (KF-21, GPT-5, ALT-B4), one name; or
#: a name in letters numbered in Roman capitals (EDU II); or a class of ships, arms or launchers in Hangul,
#: numbered after a hyphen (장보고-III, 천무-2)
MODEL_CODE = re.compile(r"[A-Za-z]+(?:(?:-[A-Za-z0-9]+)+| (?:II|III|IV|VI|VII|VIII|IX|XI|XII)(?![A-Za-z0-9]))"
                        r"|[가-힣]+-(?:I{1,3}|IV|V|VI{1,3}|\d+)(?![A-Za-z0-9])")
#: a body named after the day it remembers, month·day and then its name: 4·16재단, 2·28민주운동기념사업회
DAY_NAMED = re.compile(r"\d{1,2}·\d{1,2}[가-힣]{2,14}")
#: the days counted down to an event, no name: D-100, D-데이
COUNTDOWN = re.compile(r"D-(?:\d|데이)")
#: one capital and a hyphen before Hangul is a prefix, "Korean" (K-팝, K-바이오), no name
LETTER_PREFIX = re.compile(r"[A-Z]-[가-힣]")

#: nouns that end in a suffix but name no organization or place
COMMON_NOUNS = {
    "정부", "기업", "대기업", "중소기업", "이사회", "본부", "내부", "외부", "일부", "전부", "간부", "세부",
    "지도", "제도", "정도", "속도", "시도", "의도", "태도", "한도", "용도", "연구", "구도", "시장",
    "학교", "대학", "회사", "당국", "청사", "산하", "협회", "재단", "위원회", "시", "도", "군", "구",
    "지역구", "선거구", "자치구", "출입구", "비상구", "입구", "창구", "가구", "정면", "측면", "전면", "방면",
}

#: the classes of public bodies, whose names common nouns make (기초과학연구원) and whose heads' titles
#: share their last letter (우주항공청|장)
PUBLIC_BODIES = ("GovernmentOrganization", "ResearchOrganization")
#: a workers' union, named in common nouns by the trade it organizes, as public bodies are: 전국철도노동조합
UNIONS = ("노동조합", "노조")
#: a trade's or a group's association, named in common nouns by those it gathers, as unions are: 소상공인연합회,
#: 금융투자협회, 벤처기업협회
ASSOCIATIONS = frozenset({"협회", "연합회", "중앙회", "연맹", "총연맹", "공제회"})
#: nouns that say how a body of common nouns is run or what it is for, not whose it is: such a name is a
#: description (공동연구센터, 기술연구소, 합동수사본부), no one body's
DESCRIBING_NOUNS = frozenset({"공동", "합동", "기술", "신규", "자체", "전용", "통합", "임시"})

#: nouns for where an industry gathers, after its field: 오송 바이오 클러스터, 판교 테크노밸리
FIELD_PLACES = frozenset({"클러스터", "단지", "밸리", "특구", "산업", "산단", "벨트", "허브", "산업단지"})
#: nouns that end the name of a facility or institution: 설계지원센터, 연구단지, 캠퍼스
FACILITIES = ("센터", "연구소", "연구원", "단지", "캠퍼스", "공장", "학교", "스쿨", "아카데미", "클러스터", "허브",
              "타운", "밸리", "기지", "박물관", "미술관", "도서관", "병원")

ESTABLISH = re.compile(r"^(설립|건립|설치|개설|조성|출범|신설|개교|개원|구축)")

#: the marks that open a quotation or a title
QUOTE_MARKS = "‘'“\"「『"
QUOTED_NAME = re.compile(r"[‘'“\"]([^’'”\"]{2,30}?)(?:\s*\(가칭\))?[’'”\"]")

#: particles that may follow a name, also when Kiwi glues them to an unknown one (…솔루션즈과)
PARTICLES = ("과도", "와도", "에도", "에서도", "과의", "와의", "에게", "은", "는", "이", "가", "을", "를", "과", "와",
             "의", "에", "도", "로", "으로", "에서", "께서", "로부터", "으로부터", "에게서")

#: how a news outlet stands before its report: 왕이닷컴이 보도했다, 데일리스타 보도, 타임스의 보도
REPORTER_TAILS = ("", "이", "가", "은", "는", "의")

#: syllables glued to a place that make it where a journey starts or ends: 뉴욕발, 유럽행 (미국인,
#: 한국형 and 한국산 describe a person or a thing instead)
PLACE_AFFIXES = ("발", "행")

#: a quotation within a sentence, in double or single quotes
QUOTATION = re.compile(r"[“\"][^”\"]*[”\"]|[‘'][^’']*[’']")

#: the one-syllable names of countries that news pairs and triples: 한미, 한중일, 남북, 한불 (불, France); 조러
#: (조선, as North Korea writes itself)
COUNTRY_SYLLABLES = set("한미일중북남러조불")
#: what two countries named by their syllables have between them: 북미 관계, 한미 정상회담 (북미 alone, or
#: before 시장, is North America)
BETWEEN_COUNTRIES = (r"관계|정상|회담|양국|3국|동맹|합동|연합|공조|협력|외교|간|당국|국방|통상|무역|자유무역"
                     r"|FTA|대화|협상|실무|고위급")
#: syllables of foreign words that Korean names do not use: 모리스 is no Korean full name, nor are
#: 유니콘 (no Korean given name has a syllable that opens with ㅋ) and 오피셜 (셜)
FOREIGN_SYLLABLES = set("스르즈드트크브프츠쯔셜셰쉐쥬퓨뷰줘웨웬페퍼버터턴튼슨") \
    | {chr(0xAC00 + 15 * 588 + k) for k in range(588)}  # ㅋ: 16th initial

#: what may come before each kind of unit noun (units.tsv): 한국일보 노조, 오바마 행정부, 콜로라도 대학 (a
#: country before 대학 speaks of its universities in general)
OWNER_KINDS = {"body": ("Organization", "Country"), "namesake": ("Person",), "place": ("City", "AdministrativeArea")}

#: the particles of the place something is posted: 페이스북에, 유튜브로, 트위터를 통해
POSTED_ON = ("에", "로", "으로", "를 통해", "을 통해")
#: a listed company's stock code in brackets right after its name: 한빛전자(012345), 삼성전자(KS:005930)
STOCK_CODE = re.compile(r"\((?:[A-Z]{2,6}:)?\d{6}\)")
#: what one has on a platform: 페이스북 계정, 유튜브 채널
PLATFORM_PARTS = ("계정", "페이지", "게시물", "게시글", "채널", "라이브", "메신저", "프로필")

#: what marks a sentence's subject or topic
SUBJECT_TAILS = ("은", "는", "이", "가")
#: the one-syllable particles a name takes: 정관장을, 한빛이, 누리의
CASE_PARTICLES = frozenset("은는이가을를의에과와")
#: particles of someone alive: to (에게, 한테), from (에게서), and the honorific subject (께서)
ANIMATE_TAILS = ("에게", "한테", "께")

#: what stands between the items of a list: dots, commas, and the arrows of a route
LIST_SEPARATORS = ("·", ",", ", ", "→", " → ", "~")
#: words that close a list: 삼성, LG 등
LIST_ENDS = ("등", "외", "및")

#: a date right before these bounds a period rather than naming the day things happen on
PERIOD_BOUNDS = ("부터", "까지")

#: the day the article last named (이날, 같은 날): no day of its own
THAT_DAY = re.compile("|".join(THAT_DAY_WORDS))
#: a day named as still to come (오는 2일, 다음달 10일): what is planned for it is not what happened 이날
TO_COME = re.compile(r"오는|다음\s?달|내달|내년|내일|모레|다음\s?주")

CAREER = re.compile(r"거쳤|거친|거쳐|역임|지냈|지낸|지내|출신")
#: posts gone through, told before the one who went through them: 한빛전자 사장을 지낸 김영수 씨, 한빛전자
#: 부사장 출신인 홍길동
CAREER_BEFORE = re.compile(r"(?<=[을를])\s(?:지낸|역임한|거친)\s|\s출신(?:인|의)?\s")

SUCCEEDING = re.compile(r"\s?후임(?:에|으로|자로)")

#: the words for putting someone in a post
APPOINTING_WORDS = "임명|선임|내정|발탁|지명|기용|승진|위촉|영입|제청"
#: an appointment made (not the right to make it: 임명권, 2라운드 지명권; nor the one named: 내정자)
APPOINTMENT = re.compile(rf"(?:{APPOINTING_WORDS})(?!권|자)")
#: being promoted, within the organization of one's post before: 부사장을 사장으로 승진시켰다
PROMOTED = "승진"
#: moving to a post oneself: CTO로 합류했다, 사장으로 자리를 옮겼다
MOVES = r"합류|부임|자리를\s옮"
#: taking an office oneself, so that the subject takes it: 서울시장에 당선됐다, 총장에 취임했다, CTO로 합류했다
TAKING_OFFICE = re.compile(rf"당선|취임|{MOVES}")
#: moving to a post at another organization, or being hired to one, which ends the posts held before
MOVING = re.compile(rf"영입|{MOVES}")
#: an organization taking someone in a post: 새 사장으로 맞았다, 대표로 맞이했다
WELCOMED = r"(?<=로)\s맞(?:았|이|아)"
#: choosing someone for a post: 회장으로 뽑았다, 회장으로 다시 뽑혔다
CHOSEN = r"(?<=로)\s(?:다시\s)?뽑(?:았|혔|아|히|는)"
#: a sentence whose names may be given posts: one that speaks of appointing, electing or taking office
APPOINTING = re.compile(rf"{APPOINTING_WORDS}|선출|{TAKING_OFFICE.pattern}|{WELCOMED}|{CHOSEN}")

#: 주(駐) + where an envoy is posted (주한, 주미, 주유엔), then the sending country: 주한중국 대사
POSTED = r"주(?:한|미|일|중|러|영|독|불|유엔|EU)"

POSTED_TO = re.compile(rf"^{POSTED}\s?([가-힣]{{2,}})")

#: the posting alone, between an envoy's name and title: 성김 주한 미국 대사
POSTING = re.compile(rf"^{POSTED}$")

#: a name in capital letters: a club, a company or a body (PSG, LAFC, KOTRA)
ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,7}")

#: heads of local government, of its council and of its education office, and the suffix of what they head
#: the units a town or a province is written with when it is its government that acts: 서울시, 충남도, 홍성군
LOCAL_GOVERNMENTS = ("시", "도", "군", "구")
LOCAL_HEADS = {"시장": "시", "부시장": "시", "군수": "군", "구청장": "구", "도지사": "도", "지사": "도", "주지사": "주",
               "주총리": "주", "의장": "의회", "교육감": "교육청"}

#: titles that are common words too: 시장 is a mayor and a market (북미 시장, 시장에서)
AMBIGUOUS_TITLES = {"시장"}
#: the particles after 시장 that make it a market: 시장에서, 시장에는 (a mayor takes 에게)
MARKET_TAILS = ("에", "에서", "에서는", "에서도", "에서의", "에는", "에도", "에의")
#: what a tournament named after its sponsor ends in: 롯데 챔피언십, 조니워커 클래식
TOURNAMENT = re.compile(r"\s?(?:챔피언십|클래식|인비테이셔널|마스터스)")
#: words of an election, in a sentence where 시장에 is the office run for: 서울시장에 당선됐다
ELECTION = re.compile(r"당선|출마|낙선|선거|후보")

#: heads of a company's divisions, which a division's letters may open: DS부문장, MX사업부장
UNIT_HEADS = {"부문장", "사업부장", "본부장"}
#: nouns for a company's divisions, written after the field they work in: 배터리 부문, 반도체 사업부
DIVISIONS = frozenset({"부문", "사업부", "사업부문", "사업본부", "본부"})

#: the site's words around a story, which name no one in it: a link line (▶ 제보는 카톡), a photo's
#: licence in brackets ([대통령실 제공. 재판매 및 DB 금지]), a copyright line, an e-mail address alone
BOILERPLATE = re.compile(r"^[ \t]*(?:[▶☞ⓒ©]|Copyright\b).*$|^[ \t]*\S+@\S+[ \t]*$"
                         r"|\[[^\[\]\n]*(?:재판매|무단\s?전재|재배포|DB\s?금지)[^\[\]\n]*\]", re.MULTILINE)

#: the marks that open a list's items (▲ 예산실장 박지영 ▲ …) and its headings (◇ 부행장 승진); any of them, or
#: a link's ▶, separates what stands on either side
LIST_ITEM_MARKS = ("▲", "△")
LIST_HEADING_MARKS = ("◇", "◆", "■", "□", "○", "●")
LIST_MARKS = (*LIST_ITEM_MARKS, *LIST_HEADING_MARKS, "▶")

#: a company's branches, named with the place they are in: 일본법인, 런던지점, 북경사무소
BRANCH_NOUNS = ("법인", "지점", "사무소", "지청", "지사", "출장소")
#: a region's English name after a company's: its arm there (넷플릭스 코리아)
REGIONAL_ARMS = frozenset({"코리아", "재팬", "차이나", "아메리카", "유럽", "인디아"})

#: envoys, named with the region they are sent to: 중동특사 serves the country named before, not 중동
ENVOY_TITLES = {"특사", "특별대표"}

#: what a country keeps abroad, named with where it is posted: 주캄보디아 한국대사관
MISSIONS = ("대사관", "영사관", "대표부")

HANJA = re.compile(r"^[\u4e00-\u9fff]+$")
#: a gloss inside a name, which the name's text leaves out: Hanja before more of the word (허난(河南)대학 ->
#: 허난대학), capitals before more words (아랍에미리트(UAE) 원자력공사 -> 아랍에미리트 원자력공사)
GLOSS = re.compile(r"\([\u4e00-\u9fff]+\)(?=[가-힣])|\([A-Z]{2,}\)(?=\s[가-힣])")
#: a short gloss in brackets right after a title or a name: 최고경영자(CEO), 조어대(댜오위타이)
GLOSS_AFTER = re.compile(r"\([^()]{1,12}\)")
#: what continues a place's name after its gloss: 장쑤(江蘇)성, 오사카(大阪)부, 선전(深圳)시
ADMINISTRATIVE = {"성": "AdministrativeArea", "현": "AdministrativeArea", "부": "AdministrativeArea",
                  "주": "AdministrativeArea", "구": "AdministrativeArea", "시": "City"}
#: a full name glossed in three to five Chinese characters: 다나카 가쿠에이(田中角栄)
HANJA_NAME = re.compile(r"\([\u4e00-\u9fff]{3,5}\)")

AGE_AFTER_NAME = re.compile(r"[·,.]\s*\d")

#: titles written fused with the team the holder leads: 박승정 교수팀, 김철수 박사팀
LEADERS_OF_TEAMS = frozenset({"교수", "박사"})
#: a monarch's title written after the name: 세종대왕, 광개토대왕, 표트르대제
ROYAL_TITLES = frozenset({"대왕", "대제", "황제", "여왕"})
#: words in brackets: a short name, or a longer English one (International Atomic Energy Agency)
BRACKET = re.compile(r"\(\s*(?:(?:현|이하|옛|구)\s+)?([^()]{1,20}?|[A-Za-z][A-Za-z0-9&.' \-]{20,60})\s*\)")

#: what follows 역 (role) when it names the role an actor plays: 아이언맨 역의, '선우' 역을
ROLE_TAILS = ("", "의", "을", "를", "으로", "로", "은", "는", "이", "과", "와")

#: a quoted name right before a word: '선우' 역
QUOTED_BEFORE = re.compile(r"[‘'“\"]([^’'”\"\s][^’'”\"]{0,18})[’'”\"]\s$")

#: the particles of where something happens or where to: 상계동에서, 청담동에, 면목동으로 (not 에게)
LOCATIVE = ("에서", "에", "으로", "로")
#: what a quantity is compared against follows: 전주 대비, 전월보다
COMPARED = re.compile(r"\s?대비|보다")
#: nouns for the area around a place: 남사읍 일대, 공장 인근
AROUND = ("인근", "근처", "뒤편", "주변", "일대", "일원", "부근")
#: what follows a place things happen or stand at: 대검찰청에서 열린, 고등학교 5층, 상상마당 인근, 서배너에 있는
LOCATED = re.compile(rf"에서|에\s?(?:있는|있던|위치한|자리한|소재한)|\s?(?:앞|{'|'.join(AROUND)}|\d+층)")
#: the kinds of place an address is made of, from the larger to the smaller
ADDRESS_CLASSES = ("Continent", "Country", "City", "AdministrativeArea")

#: a match's score: 4-1, 2:0, 3대 1
SCORE_LINE = re.compile(r"\d+\s?[-:대]\s?\d+")
#: a match told with its result: a score, or a verb of winning, losing or drawing
MATCH_RESULT = re.compile(SCORE_LINE.pattern + r"|(?<![가-힣])(?:꺾[고었어]|이겼|이기고|졌다|비겼|비기고|제압|격파"
                                              r"|패했|완승|완패|역전승|역전패)")
#: the particles of a side in a match: who plays, whom it beats, to whom it loses, with whom it draws
SIDE_TAILS = ("이", "가", "은", "는", "을", "를", "에", "와", "과", "도")
#: a numbered unit of the armed forces: 제7보병사단, 2사단, 제1군단, 제3함대, 제11전투비행단
MILITARY_UNIT = re.compile(r"(?<![가-힣\d])제?\d{1,3}(?:보병|기계화보병|기갑|공수특전|해병|포병|특공)?"
                           r"(?:사단|군단|여단|전투비행단|비행단|함대)(?=[은는이가을를의에도와과\s,.]|$)")
#: posts a university has: before them, a name ending in 대 is the university's (한경대 총장)
UNIVERSITY_POSTS = frozenset({"총장", "부총장", "학장", "교수", "부교수", "조교수", "명예교수", "석좌교수", "연구교수",
                              "이사장", "강사", "연구원", "교직원", "학생", "원장", "처장"})
#: words for what surrounds a place: 부다페스트 인근, 서울 근교
VICINITY = frozenset({"인근", "근처", "외곽", "근교", "교외"})
#: a company's or a school's board, written after its name (한빛대 이사회), which acts for it
BOARDS = ("이사회", "이사진")
