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


def offset_problems(text: str, sentences: list[Sentence]) -> list[str]:
    """Why the sentences and tokens of ``text`` do not map back onto it (empty when they do):
    sentences in order without overlap, each sentence's text its span of ``text``, tokens inside
    their sentence, a token alone on a span is that span's text, the words of a multi-word token
    share a span (no blank inside) that starts with the first word."""
    problems: list[str] = []
    previous_end = 0
    for sentence in sentences:
        if sentence.text != text[sentence.start:sentence.end]:
            problems.append(f"sentence {sentence.start}:{sentence.end} is not its span of the text")
        if sentence.start < previous_end:
            problems.append(f"sentence {sentence.start}:{sentence.end} overlaps the one before")
        previous_end = sentence.end
        spans: dict[tuple[int, int], list[str]] = {}
        for token in sentence.tokens:
            if not sentence.start <= token.start < token.end <= sentence.end:
                problems.append(f"token {token.text!r} {token.start}:{token.end} is outside its sentence")
            spans.setdefault((token.start, token.end), []).append(token.text)
        for (start, end), words in spans.items():
            surface = text[start:end]
            if any(ch.isspace() for ch in surface):
                problems.append(f"span {surface!r} of {words} holds a blank")
            elif len(words) == 1 and words != [surface]:
                problems.append(f"token {words[0]!r} is not its span {surface!r}")
            elif len(words) > 1 and not surface.startswith(words[0]):
                problems.append(f"words {words} share the span {surface!r}, which starts otherwise")
    return problems
