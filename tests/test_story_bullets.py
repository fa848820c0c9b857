"""Story bullets: the near-copy search that finds every outlet carrying a sentence."""

import random

from digest.text.stories import NEAR_COPY, MemberSentence, _jaccard, _near_copy_index, choose_story_bullets


def test_near_copy_index_finds_exactly_what_comparing_every_pair_finds():
    rng = random.Random(7)
    vocab = [f"w{i}" for i in range(60)]
    for _ in range(300):
        sets = [frozenset(rng.sample(vocab[:rng.randint(15, 60)], rng.randint(0, 15))) for _ in range(rng.randint(2, 40))]
        near = _near_copy_index(sets)
        for i in range(len(sets)):
            every_pair = [j for j in range(len(sets)) if _jaccard(sets[i], sets[j]) >= NEAR_COPY]
            assert [j for j in near(i) if _jaccard(sets[i], sets[j]) >= NEAR_COPY] == every_pair


def test_a_sentence_carried_by_several_outlets_lists_each_once_and_wins():
    def said(article, words, score, eligible=True):
        return MemberSentence(article, article.upper(), " ".join(words), tuple(words), score, eligible)

    shared = ("오픈AI", "한국", "사무소", "개소", "기자간담회", "개최")
    sentences = [
        said("a", shared, 0.50), said("a", ("서울대", "협약", "체결", "예정"), 0.60),
        said("b", shared + ("공식",), 0.40), said("b", ("파운더스", "데이", "개최", "계획"), 0.55),
        said("c", shared[:5] + ("열었다",), 0.30), said("c", ("전혀", "다른", "이야기"), 0.10, eligible=False),
    ]
    bullets = choose_story_bullets(sentences, 3)
    assert bullets[0] == (" ".join(shared), ["a", "b", "c"])
    assert [text for text, _ in bullets[1:]] == ["서울대 협약 체결 예정", "파운더스 데이 개최 계획"]
    assert all(len(ids) == len(set(ids)) for _, ids in bullets)


def test_launch_story_leads_with_one_lead_then_what_several_outlets_carry(cli):
    """The seeds' launch story: three outlets, each opening with its own wording of the launch. One lead is
    enough; the next bullets are sentences the outlets share, each crediting every outlet that carries it."""
    from tests.conftest import SEEDS

    assert cli("ingest", str(SEEDS)).code == 0
    story = next(s for s in cli("digest", "--format", "json").json()["stories"] if len(s["sources"]) == 3)
    leads = {}
    for source in story["sources"]:
        brief = cli("brief", source["article_id"], "--format", "json").json()
        leads[source["outlet"]] = brief["bullets"][0]
    bullets = [b["text"] for b in story["bullets"]]
    assert sum(text in leads.values() for text in bullets) == 1
    credited = [{s["outlet"] for s in b["sources"]} for b in story["bullets"]]
    assert all(len(c) >= 2 for c in credited[1:])
    assert {"뉴스웍스", "뉴시스", "AI매터스"} in credited
    assert len({frozenset(b.split()) for b in bullets}) == len(bullets)


def test_a_second_lead_is_skipped_even_when_its_words_differ():
    from digest.text.korean import content_words

    def said(article, text, score, lead=False):
        return MemberSentence(article, article.upper(), text, content_words(text), score, True, lead)

    # Three outlets' real leads of one launch (seeds/), worded differently enough to pass the word test.
    a = said("a", "오픈AI가 10일 아시아 세 번째 지사인 오픈 AI 코리아의 공식 출범을 발표했다.", 0.9, lead=True)
    b = said("b", "글로벌 거대언어모델(LLM) 기업인 오픈AI가 한국에 세 번째 아시아 지사를 설립하고, "
                  "국내 AI 생태계 전환을 위한 파트너가 되겠다고 10일 선언했다.", 0.8, lead=True)
    shared = "오픈AI는 11일 저녁 기업, 정부, 학계, 예술계 등 다양한 분야의 주요 인사들을 초청해 오픈AI 코리아 출범을 축하하는 행사를 개최한다."
    c1, c2 = said("a", shared, 0.4), said("b", shared, 0.35)
    assert _jaccard(frozenset(a.words), frozenset(b.words)) < NEAR_COPY
    bullets = choose_story_bullets([a, c1, b, c2], 3)
    assert [text for text, _ in bullets] == [a.text, shared]
    assert bullets[1][1] == ["a", "b"]


def test_the_scores_an_analysis_chose_bullets_by_are_those_its_stored_sentences_give():
    """Storing a new article hands its story's refresh the scores its analysis ranked sentences by instead of scoring
    them again: for each seed and sci-news-sum-kr-50 article whose sentences are all body ones with words that read
    back as stored, they are exactly what scoring its stored sentences gives."""
    from types import SimpleNamespace

    from bench.analysis_cost import sci_sources
    from digest.analysis import analyse
    from digest.linking import _score_member
    from digest.sources.files import read_source
    from tests.conftest import SEEDS

    checked = 0
    for src in [read_source(path) for path in sorted(SEEDS.glob("*.txt"))] + sci_sources():
        a = analyse(src)
        if a.scores_as_stored() is None:
            continue
        stored = [SimpleNamespace(idx=x.index, text=x.text, words=" ".join(x.words), final=x.final, role=x.role)
                  for x in a.sentences]
        row = SimpleNamespace(id=src.source, content_hash=a.content_hash, title=a.title, title_origin=a.title_origin,
                              outlet=a.outlet)
        assert [m.score for m in _score_member(row, stored)] == a.scores
        checked += 1
    assert checked >= 10
