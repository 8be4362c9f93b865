"""Texts and checks shared by the stanza tests."""

from __future__ import annotations

from sahelkg.ingest.nlp.base import Sentence

# Sentences written for these tests: clitics (و، ب، ل), a leading blank, two paragraphs.
AR_TEXTS: tuple[str, ...] = (
    "  وصل المشير خليفة حفتر إلى نيامي يوم الثلاثاء، والتقى بالرئيس محمد بازوم.\n\n"
    "وبحث الطرفان التعاون الأمني بين ليبيا والنيجر.",
    "استقبل الرئيس النيجري وفدا ليبيا برئاسة صدام حفتر.",
    "أعلنت مالي والنيجر وبوركينا فاسو انسحابها من مجموعة الساحل. وقالت الحكومة إن القرار نهائي.",
)


def tree_problems(sentence: Sentence) -> list[str]:
    """Why the heads of ``sentence`` do not form a single rooted tree (empty when they do)."""
    tokens = sentence.tokens
    problems: list[str] = []
    roots = [i for i, token in enumerate(tokens) if token.head is None]
    if len(roots) != 1:
        problems.append(f"{len(roots)} roots")
    for i, token in enumerate(tokens):
        if token.head is not None and not 0 <= token.head < len(tokens):
            problems.append(f"token {i} has head {token.head} outside the sentence")
            continue
        seen = {i}
        node = token.head
        while node is not None:
            if node in seen:
                problems.append(f"token {i} is on a cycle")
                break
            seen.add(node)
            node = tokens[node].head
        if token.deprel is None or (token.head is None) != (token.deprel == "root"):
            problems.append(f"token {i} has deprel {token.deprel!r} with head {token.head}")
    return problems
