"""Made-up ClaimReviews for the claim-memory tests (written for them; no real feed).

``REVIEWS`` are (slug, claim, rating, publisher, claim author); ``review(...)`` turns
one into schema.org JSON-LD, and the ``as_*`` helpers wrap a list in each shape found
in the wild. ``PARAPHRASES`` are messy queries (tweets with links, handles, hashtags
and credit tails) with the slug of the review each one should find first.
"""

from __future__ import annotations

import json
from typing import Any

REVIEWS: list[tuple[str, str, str, str, str]] = [
    (
        "moon-cheese",
        "The moon is made of aged cheddar cheese",
        "False",
        "Orbit Checks",
        "Cheesy Pete",
    ),
    (
        "tide-wind",
        "Ocean tides are caused by wind turbines off the coast",
        "False",
        "Sea Facts",
        "Breezy Blog",
    ),
    (
        "bridge-gold",
        "The new river bridge in Eastport cost 4 billion dollars",
        "Mostly false",
        "Town Truth",
        "Mayor Quill",
    ),
    (
        "bees-wifi",
        "Wi-Fi routers kill honey bees within three days",
        "False",
        "Buzz Review",
        "Anon Forum",
    ),
    (
        "library-closed",
        "Every public library in Norland closed in 2023",
        "False",
        "North Verify",
        "Sen. Harlow",
    ),
    (
        "tax-teachers",
        "Teachers in Westvale pay no income tax",
        "Misleading",
        "Vale Checks",
        "Rep. Dunmore",
    ),
    (
        "water-memory",
        "Tap water remembers the shape of every pipe it passed",
        "False",
        "Lab Notes",
        "Guru Sol",
    ),
    (
        "snow-july",
        "It snowed in the capital city every July for a decade",
        "False",
        "Weather Check",
        "Cold Fan",
    ),
    (
        "vaccine-magnet",
        "A new flu shot makes your arm magnetic",
        "False",
        "Health Verify",
        "Viral Video",
    ),
    (
        "rail-fast",
        "The coastal railway line cut travel time to 20 minutes",
        "Mostly true",
        "Transit Truth",
        "Minister Ode",
    ),
    (
        "crime-half",
        "Street crime in Lowmarsh fell by half after new lamps were installed",
        "Mixed",
        "Town Truth",
        "Chief Rowe",
    ),
    (
        "fish-rain",
        "It rained live fish on the harbour market last Tuesday",
        "Unverifiable",
        "Sea Facts",
        "Market Stall",
    ),
    (
        "wind-birds",
        "Wind farms killed a million eagles last year",
        "False",
        "Eco Check",
        "Rep. Gale",
    ),
    (
        "pension-age",
        "The pension age will rise to 75 next spring",
        "False",
        "Money Facts",
        "Pundit Kay",
    ),
    (
        "school-lunch",
        "School lunches now cost families 12 dollars a day",
        "Mostly false",
        "Vale Checks",
        "Parent Group",
    ),
    (
        "hospital-beds",
        "The city hospital has lost 900 beds since 2019",
        "Mostly true",
        "Health Verify",
        "Dr. Imre",
    ),
    (
        "tree-plant",
        "The council planted 40,000 trees in 2023",
        "True",
        "Green Verify",
        "Cllr. Moss",
    ),
    (
        "bread-price",
        "A loaf of bread costs 9 euros in Sudport",
        "False",
        "Money Facts",
        "Shopper TV",
    ),
    ("robot-mayor", "A robot was elected mayor of Kelton", "False", "Tech Truth", "Satire Site"),
    (
        "volcano-ski",
        "The old volcano will open a ski resort in its crater",
        "Unverifiable",
        "Geo Facts",
        "Travel Vlog",
    ),
    (
        "coffee-ban",
        "Coffee will be banned in offices from January",
        "False",
        "Office Check",
        "Memo Leak",
    ),
    (
        "solar-night",
        "Solar panels produce more power at night than by day",
        "False",
        "Eco Check",
        "Energy Guru",
    ),
    (
        "dog-vote",
        "Dogs were allowed to vote in the Upton referendum",
        "False",
        "North Verify",
        "Prank Page",
    ),
    (
        "stadium-roof",
        "The stadium roof was built from recycled bottles",
        "Mostly true",
        "Town Truth",
        "Club Owner",
    ),
    (
        "unemployment-low",
        "Unemployment in Ardmore is the lowest in 50 years",
        "Mixed",
        "Money Facts",
        "Gov. Pike",
    ),
    (
        "metro-free",
        "Metro rides in Carlow are free for everyone over 60",
        "True",
        "Transit Truth",
        "Transit Board",
    ),
    ("cjk-rice", "東京の米の価格は一年で二倍になった", "Mostly true", "Asia Facts", "ニュース局"),
    (
        "mars-water",
        "Astronauts found a lake of drinkable water on Mars",
        "False",
        "Space Verify",
        "Blog Nova",
    ),
    (
        "chocolate-cure",
        "Dark chocolate cures the common cold in a day",
        "False",
        "Health Verify",
        "Sweet Shop",
    ),
    (
        "parking-fines",
        "Parking fines doubled across Eastport this month",
        "Mostly false",
        "Town Truth",
        "Driver Club",
    ),
]

PARAPHRASES: list[tuple[str, str]] = [
    (
        "BREAKING: scientists confirm the #Moon is made of cheddar cheese!! "
        "https://t.co/abc123 — Cheesy Pete (@CheesyPete) March 3, 2024",
        "moon-cheese",
    ),
    ("Are wind turbines off the coast really causing the ocean tides? #OceanTides", "tide-wind"),
    (
        "@MayorQuill says the Eastport river bridge cost $4 billion pic.twitter.com/xyz",
        "bridge-gold",
    ),
    ("My router is killing the honey bees in three days?? #WiFi #SaveTheBees", "bees-wifi"),
    ("All of the public libraries in Norland closed in 2023, says Sen. Harlow", "library-closed"),
    ("RT @VirusWatch: the new flu shot makes your arm magnetic, watch!", "vaccine-magnet"),
    (
        "Wind farms killed one million eagles last year — Rep. Gale (@RepGale) May 2, 2024",
        "wind-birds",
    ),
    ("Is it true the pension age rises to 75 next spring?", "pension-age"),
    ("The council planted 40000 trees in 2023 https://council.example/trees", "tree-plant"),
    ("Do solar panels make more power at night than during the day?", "solar-night"),
]


def review(
    slug: str,
    claim: str,
    rating: str,
    publisher: str,
    author: str,
    *,
    context: bool = True,
    date: str = "2024-05-01",
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "@type": "ClaimReview",
        "url": f"https://{publisher.lower().replace(' ', '')}.example/checks/{slug}",
        "claimReviewed": claim,
        "headline": f"Fact check: {claim}",
        "reviewRating": {
            "@type": "Rating",
            "alternateName": rating,
            "ratingValue": {"False": 1, "Mostly false": 2, "Mixed": 3}.get(rating, 4),
            "bestRating": 5,
            "worstRating": 1,
        },
        "author": {
            "@type": "Organization",
            "name": publisher,
            "url": f"https://{publisher.lower().replace(' ', '')}.example/",
        },
        "datePublished": date,
        "itemReviewed": {
            "@type": "Claim",
            "author": {"@type": "Person", "name": author},
            "datePublished": "2024-04-20",
            "appearance": [{"@type": "CreativeWork", "url": f"https://social.example/{slug}"}],
        },
    }
    if context:
        data = {"@context": "https://schema.org", **data}
    return data


def all_reviews(**kwargs: Any) -> list[dict[str, Any]]:
    return [review(*item, **kwargs) for item in REVIEWS]


def url_of(slug: str) -> str:
    for item in REVIEWS:
        if item[0] == slug:
            return str(review(*item)["url"])
    raise KeyError(slug)


def as_list(items: list[dict[str, Any]]) -> bytes:
    return json.dumps(items, ensure_ascii=False).encode()


def as_graph(items: list[dict[str, Any]]) -> bytes:
    graph: list[dict[str, Any]] = [
        {"@type": "Organization", "@id": "https://org.example/#org", "name": "Org"},
        {"@type": "WebPage", "@id": "https://org.example/page"},
    ]
    return json.dumps({"@context": "https://schema.org", "@graph": graph + items}).encode()


def as_datafeed(items: list[dict[str, Any]]) -> bytes:
    return json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "DataFeed",
            "dataFeedElement": [
                {"@type": "DataFeedItem", "dateCreated": "2024-05-02", "item": [item]}
                for item in items
            ],
        }
    ).encode()


def as_jsonl(items: list[dict[str, Any]]) -> bytes:
    return "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in items).encode()
