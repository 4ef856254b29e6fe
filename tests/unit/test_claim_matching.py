"""The matcher's pieces: cleaning messy queries, index terms, BM25 and the fused rank."""

from __future__ import annotations

import pytest

from factcheck.services.claim_matching import TermIndex, clean_text, cosine, ngrams, rank, terms
from tests.helpers.claimreviews import PARAPHRASES, REVIEWS


@pytest.mark.parametrize(
    ("messy", "clean"),
    [
        (
            "Huge news! https://t.co/AbC pic.twitter.com/xyz "
            "— Jane Roe (@JaneRoe) January 14, 2020",
            "Huge news! Jane Roe",
        ),
        ("RT @newsBot: the claim #DefundTheCBC", "the claim Defund The CBC"),
        ("ask @realJaneRoe about www.example.org/page now", "ask real Jane Roe about now"),
        ("Fish &amp; chips — Shop (@shop_42) 3 May 2021", "Fish & chips Shop"),
        ("#COVID19 cases", "COVID 19 cases"),
        ("plain sentence stays as it is.", "plain sentence stays as it is."),
    ],
)
def test_clean_text_removes_links_tails_and_markup(messy: str, clean: str) -> None:
    assert clean_text(messy) == clean


def test_terms_stem_drop_stopwords_and_keep_numbers() -> None:
    assert terms("The councils were planting 40,000 trees in 2023") == [
        "council",
        "plant",
        "40",
        "000",
        "tree",
        "2023",
    ]
    assert terms("Trump's claims don't hold") == ["trump", "claim", "don", "hold"]


def test_cjk_runs_become_bigrams() -> None:
    assert terms("米の価格") == ["米の", "の価", "価格"]
    assert terms("米") == ["米"]


def test_bm25_prefers_rarer_shared_terms() -> None:
    index = TermIndex([["cat", "sat"], ["dog", "sat"], ["cat", "cat", "mat"], ["bird"]])
    scores = index.scores(["cat", "mat"])
    assert scores.argmax() == 2
    assert scores[3] == 0
    assert index.scores(["unknown"]).max() == 0


def test_ngram_cosine_is_one_for_the_same_text_and_zero_for_nothing_shared() -> None:
    assert cosine(ngrams("honey bees"), ngrams("honey bees")) == pytest.approx(1.0)
    assert cosine(ngrams("honey bees"), ngrams("xyz")) == 0.0
    assert cosine(ngrams(""), ngrams("abc")) == 0.0


def _corpus() -> tuple[TermIndex, list[str]]:
    texts = [clean_text(f"{claim} {author}") for _, claim, _, _, author in REVIEWS]
    return TermIndex(terms(t) for t in texts), texts


@pytest.mark.parametrize(("query", "slug"), PARAPHRASES)
def test_messy_queries_find_their_claim_first(query: str, slug: str) -> None:
    index, texts = _corpus()
    ranked = rank(index, texts, clean_text(query), 5)
    assert ranked, query
    assert REVIEWS[ranked[0].position][0] == slug
    assert all(0 <= r.score <= 1 for r in ranked)
    assert [r.score for r in ranked] == sorted((r.score for r in ranked), reverse=True)


def test_the_same_words_score_near_one_and_strangers_nothing() -> None:
    index, texts = _corpus()
    same = rank(index, texts, clean_text(REVIEWS[3][1]), 1)
    assert same[0].position == 3 and same[0].score > 0.9
    assert rank(index, texts, "completely unrelated gardening tips", 5) == [] or all(
        r.score < 0.4 for r in rank(index, texts, "completely unrelated gardening tips", 5)
    )
    assert rank(index, texts, "", 5) == []
    assert rank(index, texts, "the and of", 5) == []
