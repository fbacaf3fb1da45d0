"""Give the page's headlines to its articles, all at once.

Between two stretches of text sit runs of headline groups, grouped by their shapes
(:func:`ocrfix.headlines.group_headlines`). Each run is read as one headline for the
article before it, one for the article after it, or a headline for each: the run
cut between two of its groups. A dynamic programme over the page picks
the readings that title the most articles, each at most once; joining groups that
their shapes kept apart costs a little, a headline left without an article more, and
the page's placement (headlines ``before`` or ``after`` their articles) breaks
ties. A page that mixes placements (one article's headline printed after it, the
next one's before) so gets a headline for each article, where reading the page
strictly one way would leave one article untitled and give the other two.
Weights are rule data (``[attach]`` in ``rules/layout/headlines.toml``).
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass

from .headlines import Headline, is_subtitle


@dataclass(frozen=True)
class Reading:
    """A run of headlines read as the headline of the article before it (``back``),
    headlines standing alone (``alone``), and the headline of the article after it
    (``forward``)."""

    back: Headline | None
    alone: tuple[Headline, ...]
    forward: Headline | None


def read_runs(runs: list[list[Headline]], untitled: list[int], optional: list[bool],
              where: str, weights: dict[str, float]) -> list[Reading]:
    """The best reading of every run.

    ``runs[k]`` sits between stretch ``k`` and stretch ``k + 1`` of the page's text;
    ``untitled[k]`` counts the articles of stretch ``k`` that have no headline yet.
    A stretch's first untitled article can take a headline from the run before it,
    its last from the run after it (one article alone takes only one of them). When
    ``optional[k]``, the first of them is text that may as well open a photo's
    caption: only a headline before it makes it an article, and titling it is worth
    less. A headline that finds no article stands alone, at a cost.
    """
    # Was the first untitled article of the stretch ahead taken? -> (score, readings)
    states: dict[bool, tuple[float, list[Reading]]] = {False: (0.0, [])}
    for index, run in enumerate(runs):
        before, after = untitled[index], untitled[index + 1]
        forward_worth = weights["optional"] if optional[index + 1] else 1.0
        options = _readings(run, weights["regroup"])
        next_states: dict[bool, tuple[float, list[Reading]]] = {}
        for taken, (score, readings) in states.items():
            back_free = before - optional[index] >= 1 and (before >= 2 or not taken)
            for reading, cost in options:
                back, forward = reading.back, reading.forward
                if back is not None and not back_free:
                    reading = Reading(None, (back, *reading.alone), forward)
                if forward is not None and not after:
                    reading = Reading(reading.back, (*reading.alone, forward), None)
                titled_back, titled_forward = reading.back is not None, reading.forward is not None
                gain = titled_back + forward_worth * titled_forward - cost \
                    - weights["alone"] * len(reading.alone) + weights["placement"] * (
                        (titled_back and where == "after") + (titled_forward and where != "after"))
                key = titled_forward
                if key not in next_states or score + gain > next_states[key][0]:
                    next_states[key] = (score + gain, readings + [reading])
        states = next_states
    return max(states.values(), key=lambda state: state[0])[1]


def _readings(run: list[Headline], regroup: float) -> list[tuple[Reading, float]]:
    """Every way to read a run, with its cost: the groups before a first cut go back,
    those after a second cut forward, those between stand alone; each group joined to
    another costs ``regroup``. Groups are never cut inside: their shapes joined them."""
    readings = []
    for first, last in itertools.combinations_with_replacement(range(len(run) + 1), 2):
        back, forward = _joined(run[:first]), _joined(run[last:])
        if forward and is_subtitle(forward.blocks[0]) or not (
                _well_formed(back, run) and _well_formed(forward, run)):
            continue
        joins = max(first - 1, 0) + max(len(run) - last - 1, 0)
        readings.append((Reading(back, tuple(run[first:last]), forward), regroup * joins))
    return readings


def _joined(groups: list[Headline]) -> Headline | None:
    return Headline(tuple(b for g in groups for b in g.blocks)) if groups else None


def _well_formed(headline: Headline | None, run: list[Headline]) -> bool:
    """A group as its shapes made it, or groups joined into a kicker (one line) over a
    title: never a title after a subtitle."""
    if headline is None or headline in run:
        return True
    kicker, *rest = headline.blocks
    subtitles = [is_subtitle(block) for block in rest]
    return len(kicker.lines) == 1 and not is_subtitle(kicker) and \
        subtitles == sorted(subtitles) and subtitles.count(False) <= 1
