"""Story bullets: the near-copy search that finds every outlet carrying a sentence."""

import random

from digest.stories import NEAR_COPY, MemberSentence, _jaccard, _near_copy_index, choose_story_bullets


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
