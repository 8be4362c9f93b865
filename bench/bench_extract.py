"""Benchmark of relation extraction with the built-in NLP backend on one core.

Generates a corpus of varied Arabic articles (templates over gazetteer entities and trigger
phrases, with page furniture and filler text), extracts them in this one process and prints
articles per second, relations per second and peak memory.

    .venv/bin/python bench/bench_extract.py [--articles 2000] [--seed 7]
"""

from __future__ import annotations

import argparse
import random
import resource
import time
from datetime import date, timedelta

from sahelkg.ingest.job.extract import Extractor
from sahelkg.ingest.language.lexicon import load_gazetteer

from sahelkg.records import Article
from sahelkg.settings import Settings

FURNITURE_TOP = ["تخطي إلى المحتوى الرئيسي", "logo", "العالم العربي", "الرئيسية", ""]
FURNITURE_BOTTOM = [
    "أخبار ذات علاقة",
    "{headline}",
    "{headline}",
    "",
    "تابعونا على",
    "جميع الحقوق محفوظة © 2024",
    "aXA6IDEzLjU5LjE3MC4yMjgg",
]
FILLER = [
    "وتشهد المنطقة توترا أمنيا متزايدا منذ أشهر بسبب انتشار الجماعات المسلحة وعصابات التهريب.",
    "وقال مصدر مطلع إن الملفات المطروحة تشمل أمن الحدود والهجرة غير الشرعية ومكافحة الإرهاب.",
    "ويرى مراقبون أن هذه التحركات تعكس تحولا في موازين القوى الإقليمية خلال المرحلة المقبلة.",
    "وأشار الخبير العسكري إلى أن الأوضاع الاقتصادية الصعبة تزيد من هشاشة الوضع في الجنوب.",
    "ولم تصدر أي تعليقات رسمية حتى الآن بشأن نتائج المحادثات التي جرت خلف أبواب مغلقة.",
]
TEMPLATES = [
    "زار {person} العاصمة {capital_demonym} {capital} {when}.",
    "وصل {person} {when} إلى {city} على رأس وفد رفيع يضم {person2}.",
    "استقبل {person} {when} {person2} في {city}، وبحث الجانبان سبل التعاون الأمني.",
    "التقى {person} مع {person2} في {city} لبحث تعزيز التنسيق العسكري بين البلدين.",
    "وكشفت مصادر عن قرب زيارة وفد {demonym} إلى {city} لبحث ملفات الحدود.",
    "يسعى {person} إلى التحالف مع {country} خلال الفترة المقبلة.",
    "ووقعت {country} مع {country2} اتفاقية للتعاون في مجال مكافحة الإرهاب.",
    "انضمت {country} إلى {org} في {month} {year}.",
    "وأعلنت {country} رفضها نشر قوات أجنبية في {city}.",
    "ونشرت {country} قوات في {country2} لدعم عمليات مكافحة الإرهاب.",
    "ولم يزر {person} {country} منذ عام {year}.",
    "وسيبحث {person} مع {person2} ملف الهجرة غير الشرعية.",
    "وتأتي زيارة {person} إلى {city} بدعوة رسمية من {person2}.",
    "وكانت {country} قد دعمت {org} بالأسلحة والعتاد العام الماضي.",
]
MONTHS = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
]
WHEN = ["أمس", "أمس الثلاثاء", "اليوم", "الأسبوع الماضي", "يوم الأحد", "قبل نحو 3 أسابيع", ""]


def _labels(kind: str, entries) -> list:
    return [e for e in entries if e.type == kind and e.labels.get("ar")]


def generate(count: int, seed: int) -> list[Article]:
    rng = random.Random(seed)
    entries = list(load_gazetteer().entries.values())
    persons = [e.labels["ar"] for e in _labels("Person", entries)]
    countries = _labels("Country", entries)
    places = [e.labels["ar"] for e in _labels("Place", entries)]
    orgs = [
        e.labels["ar"] for e in entries if e.type in ("Organization", "ArmedGroup") and e.labels.get("ar")
    ]
    capitals = [
        (e, next((c for c in countries if c.id == e.capital_of), None))
        for e in _labels("Place", entries)
        if e.capital_of
    ]
    capitals = [(cap, c) for cap, c in capitals if c is not None and c.demonyms.get("ar")]
    with_demonym = [c for c in countries if c.demonyms.get("ar")]
    articles = []
    start = date(2015, 1, 1)
    for n in range(count):
        cap, cap_country = rng.choice(capitals)
        country = rng.choice(countries)
        values = {
            "person": rng.choice(persons),
            "person2": rng.choice(persons),
            "city": rng.choice(places),
            "capital": cap.labels["ar"],
            "capital_demonym": "",
            "country": country.labels["ar"],
            "country2": rng.choice(countries).labels["ar"],
            "org": rng.choice(orgs),
            "demonym": rng.choice(with_demonym).demonyms["ar"][0],
            "month": rng.choice(MONTHS),
            "year": str(rng.randint(2012, 2024)),
            "when": rng.choice(WHEN),
            "headline": "",
        }
        dem = cap_country.demonyms["ar"][0]
        values["capital_demonym"] = "ال" + dem + "ة" if not dem.startswith("ال") else dem + "ة"
        body = []
        for _ in range(rng.randint(6, 14)):
            if rng.random() < 0.55:
                body.append(rng.choice(TEMPLATES).format(**values))
                values["person"], values["person2"] = rng.choice(persons), rng.choice(persons)
                values["city"] = rng.choice(places)
            else:
                body.append(rng.choice(FILLER))
        values["headline"] = rng.choice(TEMPLATES).format(**values).rstrip(".")
        published = start + timedelta(days=rng.randint(0, 3600))
        lines = [published.strftime("%d") + " " + MONTHS[published.month - 1] + f" {published.year}"]
        lines += rng.sample(FURNITURE_TOP, 3) + body
        lines += [line.format(**values) for line in FURNITURE_BOTTOM]
        text = "\n".join(lines)
        articles.append(Article(id=f"bench-{n:05d}", text=text, published=published, lang="ar"))
    return articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000, help="number of generated articles (>= 2000)")
    parser.add_argument("--seed", type=int, default=7, help="random seed of the generator")
    args = parser.parse_args()
    articles = generate(args.articles, args.seed)
    chars = sum(len(a.text) for a in articles)
    extractor = Extractor(Settings(nlp_backend="builtin", workers=1))
    extractor.extract(articles[0])  # load data and warm caches outside the timing
    started = time.perf_counter()
    relations = 0
    for extracted in extractor.extract_many(articles):
        relations += len(extracted.relations)
    elapsed = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles:        {len(articles)} ({chars / len(articles):.0f} characters on average)")
    print(f"relations:       {relations}")
    print(f"time:            {elapsed:.2f} s on one core (built-in backend)")
    print(f"articles/s:      {len(articles) / elapsed:.1f}")
    print(f"relations/s:     {relations / elapsed:.1f}")
    print(f"peak memory:     {peak_mb:.0f} MiB (max resident set size of this process)")


if __name__ == "__main__":
    main()
