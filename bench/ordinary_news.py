"""Ordinary news-like texts with no arms in them, written for the relevance bench.

    .venv/bin/python bench/ordinary_news.py [--count 300] [--out tests/data/ordinary_news.jsonl]

Sport, markets, weather, politics, science and local news, composed from
templates and word lists written for this project (seeded: the same count
gives the same texts). Some use words that are arms vocabulary elsewhere — a
team's defence, a think tank, a fuel tank, a typhoon, a jet stream, a fire
drill, a rocket launch, a merger deal — as ordinary news does.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "tests" / "data" / "ordinary_news.jsonl"

TOWNS = ["Ashford", "Brackley", "Carrowmore", "Dunmere", "Eastwick", "Fenbridge", "Glenholm", "Harlow Vale",
         "Ivybridge", "Kingsmoor", "Lakeby", "Millford", "Northam", "Oakridge", "Portwell", "Redcliff",
         "Southby", "Thornbury", "Upton Cross", "Westmere"]
PEOPLE = ["Maria Okafor", "James Tilling", "Priya Raman", "Tomasz Nowak", "Elena Ruiz", "David Mensah",
          "Sofia Lindqvist", "Hiroshi Tanaka", "Grace O'Neill", "Lucas Moreau", "Amara Diallo", "Ben Carter",
          "Chloe Fitzgerald", "Rahul Mehta", "Ingrid Solberg", "Owen Price", "Fatima Haddad", "Marco Bellini"]
TEAMS = ["Kingsmoor Rovers", "Portwell Athletic", "Redcliff United", "Fenbridge Town", "Oakridge City",
         "Northam Wanderers", "Lakeby Rangers", "Millford Albion"]
COMPANIES = ["Halden Foods", "Brightwater Energy", "Corvel Retail", "Nimbus Software", "Atlas Freight",
             "Greenleaf Pharma", "Meridian Bank", "Sterling Homes", "Quayside Media", "Vantage Motors"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _pick(rng: random.Random, items: list[str], n: int) -> list[str]:
    return rng.sample(items, n)


def football(rng: random.Random) -> str:
    home, away = _pick(rng, TEAMS, 2)
    scorer, keeper, coach = _pick(rng, PEOPLE, 3)
    a, b = rng.randint(0, 4), rng.randint(0, 3)
    lines = [
        f"{home} beat {away} {a + 1}-{b} on {rng.choice(WEEKDAYS)} in front of a crowd of {rng.randint(8, 52):,},000.",
        f"{scorer} opened the scoring after {rng.randint(3, 40)} minutes with a low shot from the edge of the area.",
        f"The visitors pressed after the break, but the home {rng.choice(['defence', 'back four', 'midfield'])} "
        f"held firm and {keeper} made two fine saves.",
        f"\"We were patient and we took our chances,\" said {coach}, the {home} manager.",
        f"The result lifts {home} to {rng.choice(['third', 'fifth', 'seventh', 'second'])} in the table, "
        f"{rng.randint(1, 9)} points behind the leaders.",
        f"{away} have now gone {rng.randint(2, 7)} games without a win and face a difficult run of fixtures.",
        rng.choice([f"Their defence has conceded {rng.randint(12, 30)} goals this season, the most in the division.",
                    "Tickets for the return fixture go on sale next week.",
                    f"The club confirmed a deal to sign a young striker from {rng.choice(TOWNS)} on a three-year contract.",
                    "Supporters sang throughout the second half despite heavy rain."]),
        f"The next round of matches takes place on {rng.choice(WEEKDAYS)}.",
    ]
    return " ".join(lines)


def tennis(rng: random.Random) -> str:
    winner, loser = _pick(rng, PEOPLE, 2)
    sets = ", ".join(f"{rng.choice([6, 7])}-{rng.randint(1, 5)}" for _ in range(rng.randint(2, 3)))
    return " ".join([
        f"{winner} reached the {rng.choice(['quarter-finals', 'semi-finals', 'final'])} of the {rng.choice(TOWNS)} "
        f"Open with a {sets} win over {loser}.",
        f"The {rng.randint(19, 34)}-year-old served {rng.randint(5, 18)} aces and broke serve {rng.randint(2, 6)} times.",
        f"{loser} struggled with the wind and called for the trainer early in the second set.",
        f"\"I felt good from the first point,\" {winner.split()[0]} said afterwards.",
        "Play on the outside courts was delayed by two hours because of rain.",
        f"{winner.split()[1]} will face the winner of tomorrow's match between two unseeded players.",
    ])


def cricket(rng: random.Random) -> str:
    t1, t2 = _pick(rng, TOWNS, 2)
    bat, bowl = _pick(rng, PEOPLE, 2)
    return " ".join([
        f"{t1} won by {rng.randint(2, 9)} wickets against {t2} in the county championship.",
        f"{bat} made an unbeaten {rng.randint(50, 160)} as the hosts chased down {rng.randint(180, 320)} "
        "on the final afternoon.",
        f"{bowl} took {rng.randint(3, 7)} wickets in the first innings on a pitch that offered plenty of bounce.",
        "Light rain stopped play for an hour after lunch on the third day.",
        f"The captain praised the team's {rng.choice(['fielding', 'patience', 'bowling attack'])} and said the "
        "squad would rest before the next fixture.",
    ])


def markets(rng: random.Random) -> str:
    company, other = _pick(rng, COMPANIES, 2)
    analyst = rng.choice(PEOPLE)
    move = rng.choice(["rose", "fell", "climbed", "slipped"])
    return " ".join([
        f"Shares in {company} {move} {rng.randint(1, 14)}.{rng.randint(0, 9)}% on {rng.choice(WEEKDAYS)} after the "
        f"company reported {rng.choice(['quarterly', 'half-year', 'annual'])} results.",
        f"Revenue was {rng.randint(120, 980)} million pounds, against {rng.randint(120, 980)} million a year earlier, "
        f"and sales in its {rng.choice(['online', 'overseas', 'wholesale', 'home'])} business grew strongly.",
        f"The board proposed a dividend of {rng.randint(2, 30)} pence a share.",
        rng.choice([f"The company also agreed a deal to buy {other} for {rng.randint(1, 9)} billion pounds.",
                    "It said orders for the next quarter were ahead of plan.",
                    f"The firm plans to sell its {rng.choice(['logistics', 'catering', 'property'])} unit next year.",
                    "The results were delivered a week earlier than expected."]),
        f"\"The outlook remains uncertain, but costs are under control,\" said {analyst}, an analyst at a "
        f"{rng.choice(['London', 'Frankfurt', 'Toronto', 'Sydney'])} brokerage.",
        f"The wider index {rng.choice(['closed flat', 'gained 0.4%', 'lost 0.7%', 'ended higher'])}, with "
        f"{rng.choice(['banks', 'miners', 'retailers', 'energy stocks'])} leading the moves.",
        rng.choice(["Oil prices eased as traders weighed supply figures.",
                    "The pound was steady against the dollar.",
                    "Bond yields rose for a third straight session.",
                    "A leading think tank said inflation would fall more slowly than hoped."]),
    ])


def weather(rng: random.Random) -> str:
    town, forecaster = rng.choice(TOWNS), rng.choice(PEOPLE)
    lines = [
        f"Heavy {rng.choice(['rain', 'snow', 'winds', 'thunderstorms'])} are expected across the region on "
        f"{rng.choice(WEEKDAYS)}, forecasters said.",
        f"A warning is in place for {town} and surrounding areas until {rng.randint(6, 11)} p.m.",
        f"Up to {rng.randint(20, 80)} mm of rain could fall in some places, with a risk of flooding on low roads.",
        f"\"The jet stream has moved south, which brings these systems straight to us,\" said {forecaster}, "
        "a forecaster at the national weather service.",
        f"Temperatures will drop to {rng.randint(-4, 6)} degrees overnight before a milder weekend.",
        rng.choice(["Drivers are advised to allow extra time for journeys.",
                    f"Typhoon {rng.choice(['Mira', 'Koto', 'Hana', 'Lio'])} is also being tracked far to the east, "
                    "though it is expected to weaken over open water.",
                    "Schools held a fire drill on Tuesday as part of their winter safety checks.",
                    "Farmers welcomed the rain after a dry month."]),
    ]
    return " ".join(lines)


def politics(rng: random.Random) -> str:
    town, mayor, rival = rng.choice(TOWNS), *_pick(rng, PEOPLE, 2)
    topic = rng.choice(["housing", "bus routes", "school funding", "hospital waiting lists", "council tax",
                        "the high street", "river pollution", "broadband"])
    return " ".join([
        f"{mayor} has been elected mayor of {town} with {rng.randint(38, 61)}% of the vote.",
        f"Turnout was {rng.randint(24, 48)}%, slightly up on the previous election.",
        f"{mayor.split()[1]} campaigned on {topic} and promised to publish a plan within a hundred days.",
        f"{rival}, who came second, said the result showed voters wanted change on {topic}.",
        f"The finance minister visited the town on {rng.choice(WEEKDAYS)} to announce funding for a new "
        f"{rng.choice(['library', 'bridge', 'clinic', 'sports centre'])}.",
        rng.choice(["The council meets for the first time under the new mayor next month.",
                    "Opposition members asked for a review of spending on consultants.",
                    "A think tank said the region's budget would face pressure over the next two years.",
                    "Talks with unions over pay are expected to resume next week."]),
    ])


def science(rng: random.Random) -> str:
    lead = rng.choice(PEOPLE)
    return " ".join([
        rng.choice([f"A private company launched a rocket carrying {rng.randint(10, 60)} small satellites on "
                    f"{rng.choice(WEEKDAYS)}.",
                    f"Researchers at the University of {rng.choice(TOWNS)} say they have found a new way to store "
                    "solar energy.",
                    f"A new study of {rng.randint(2, 40)},000 adults links regular walking to better sleep.",
                    "Astronomers have spotted a comet that will be visible to the naked eye next month."]),
        f"The work, led by {lead}, was published in a peer-reviewed journal this week.",
        f"\"It is an encouraging first step, but there is a lot more to do,\" {lead.split()[0]} said.",
        f"The team plans a larger trial next year with funding of {rng.randint(1, 12)} million pounds.",
        "Other scientists welcomed the findings but cautioned that the sample was small.",
    ])


def local(rng: random.Random) -> str:
    town, person = rng.choice(TOWNS), rng.choice(PEOPLE)
    return " ".join([
        rng.choice([f"A new bakery has opened on the high street in {town}.",
                    f"Volunteers in {town} planted {rng.randint(200, 3000)} trees along the river on Saturday.",
                    f"The {town} summer festival drew record crowds this year.",
                    f"Work on the new railway station in {town} will begin in the spring.",
                    f"Firefighters rescued a dog from a frozen pond in {town} on {rng.choice(WEEKDAYS)}."]),
        f"{person}, who organised the event, said the response from residents had been wonderful.",
        rng.choice(["A local aquarium has installed a new tank for its collection of tropical fish.",
                    "Police closed the road for an hour after a fuel tank leaked at a petrol station.",
                    "The plane to the islands was delayed by fog but landed safely in the afternoon.",
                    "A charity shop has reported a rise in sales of second-hand coats.",
                    "The town's brass band will play in the park every Sunday in August."]),
        f"The council said it hoped to hold similar events in {rng.choice(['the autumn', 'winter', 'next year'])}.",
        f"More details are available from the {town} community centre.",
    ])


WRITERS = [football, tennis, cricket, markets, weather, politics, science, local]


def ordinary_texts(count: int = 300, seed: int = 11, paragraphs: int = 3) -> list[str]:
    """`count` articles, each `paragraphs` paragraphs on one subject (a match
    report and the round-up after it, a market report and the day's other
    movers, ...): about 250 words, as short news articles run."""
    rng = random.Random(seed)
    return ["\n\n".join(WRITERS[i % len(WRITERS)](rng) for _ in range(paragraphs)) for i in range(count)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as out:
        for n, text in enumerate(ordinary_texts(args.count)):
            out.write(json.dumps({"id": f"ordinary-{n:04d}", "text": text}) + "\n")
    print(f"{args.count} texts → {args.out}")


if __name__ == "__main__":
    main()
