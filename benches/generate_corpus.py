#!/usr/bin/env python3
"""Generates a repository of realistic journey maps for the repository benchmark.

Deterministic for a given seed: every run writes the same bytes. Maps are 20-50 KB, in
Russian and English, mixing block and flow style, comments and folded text, as teams write
them. About one map in twenty carries a problem (a typo in a key or a reference, a missing
element, a stale review) so the benchmark also exercises reporting.

    python3 benches/generate_corpus.py --out target/bench-corpus --maps 10000
"""

import argparse
import json
import os
import random

RU_WORDS = (
    "клиент покупатель семья доставка оплата корзина заказ сайт приложение магазин "
    "консультант отзыв рейтинг скидка акция гарантия возврат сборка установка поддержка "
    "звонок менеджер сравнение выбор цена качество срок удобство доверие страх сомнение "
    "ожидание опыт рекомендация подписка уведомление письмо чат карта филиал курьер "
    "быстро удобно понятно дорого долго сложно вовремя сразу снова лучше хуже"
).split()
EN_WORDS = (
    "customer buyer team delivery payment cart order website app store advisor review "
    "rating discount offer warranty return setup installation support call manager "
    "comparison choice price quality deadline convenience trust fear doubt expectation "
    "experience referral subscription notification email chat branch courier quickly "
    "easily clearly expensive slowly complex timely again better worse onboarding renewal"
).split()
RU_STAGES = ["Осмысление", "Оценка", "Сделка", "Пользовательский опыт", "Триггер",
             "Поиск", "Сравнение", "Оформление", "Доставка", "Поддержка", "Возврат",
             "Рекомендация", "Продление", "Онбординг", "Лояльность"]
EN_STAGES = ["Awareness", "Consideration", "Purchase", "Onboarding", "Retention",
             "Advocacy", "Research", "Evaluation", "Checkout", "Delivery", "Support",
             "Renewal", "Expansion", "Referral", "Win-back"]


class MapWriter:
    def __init__(self, rng, lang):
        self.rng = rng
        self.lang = lang
        self.words = RU_WORDS if lang == "ru" else EN_WORDS

    def sentence(self, low=5, high=14):
        words = [self.rng.choice(self.words) for _ in range(self.rng.randint(low, high))]
        text = " ".join(words)
        return text[0].upper() + text[1:]

    def q(self, text):
        return json.dumps(text, ensure_ascii=False)

    def write(self, target_bytes, broken):
        rng = self.rng
        lines = []
        add = lines.append
        title = self.sentence(4, 8)
        add(f"# {self.sentence(6, 12)}")
        add("cjm: 1")
        add(f"title: {self.q(title)}")
        add(f"owner: {self.q(self.sentence(2, 4))}")
        stale = broken == "stale"
        add(f"reviewed: {'2025-01-15' if stale else '2026-%02d-%02d' % (rng.randint(6, 10), rng.randint(1, 28))}")
        add("description: >-")
        for _ in range(rng.randint(2, 4)):
            add(f"  {self.sentence(10, 18)}")
        segments = [f"segment-{i}" for i in range(rng.randint(2, 4))]
        add("segments:")
        for segment in segments:
            add(f"  - id: {segment}")
            add(f"    name: {self.q(self.sentence(2, 3))}")
            for key in ("who", "what", "why", "when", "where"):
                add(f"    {key}: {self.q(self.sentence(6, 12))}")
        channels = [f"channel-{i}" for i in range(rng.randint(5, 8))]
        add("channels:")
        for channel in channels:
            add(f"  - {{id: {channel}, name: {self.q(self.sentence(1, 3))}}}")
        add("stages:")
        names = RU_STAGES if self.lang == "ru" else EN_STAGES
        index = 0
        while sum(len(line.encode()) + 1 for line in lines) < target_bytes or index < 5:
            name = names[index % len(names)] + ("" if index < len(names) else f" {index // len(names) + 1}")
            add(f"  - id: stage-{index}")
            add(f"    name: {self.q(name)}")
            add("    goals:")
            for _ in range(rng.randint(1, 3)):
                add(f"      - {self.q(self.sentence())}")
            add(f"    needs: [{', '.join(self.q(self.sentence(3, 6)) for _ in range(rng.randint(1, 3)))}]")
            key = "touchpionts" if broken == "typo" and index == 2 else "touchpoints"
            add(f"    {key}:")
            used = list(channels)
            rng.shuffle(used)
            for t in range(rng.randint(4, 9)):
                channel = used[t % len(used)]
                if broken == "reference" and index == 1 and t == 0:
                    channel += "x"
                who = ", ".join(rng.sample(segments, rng.randint(1, len(segments))))
                if rng.random() < 0.5:
                    add(f"      - {{name: {self.q(self.sentence(3, 7))}, channel: {channel}, segments: [{who}], emotion: {rng.randint(-2, 2)}}}")
                else:
                    add(f"      - name: {self.q(self.sentence(3, 7))}")
                    add(f"        channel: {channel}")
                    add(f"        emotion: {rng.randint(-2, 2)}   # {self.sentence(2, 5)}")
            add(f"    emotion: {rng.randint(-2, 2)}")
            add("    pains:")
            for _ in range(rng.randint(1, 4)):
                if rng.random() < 0.5:
                    add(f"      - {self.q(self.sentence())}")
                else:
                    add(f"      - {{text: {self.q(self.sentence())}, severity: {rng.choice(['low', 'medium', 'high'])}}}")
            add("    opportunities:")
            for _ in range(rng.randint(1, 3)):
                add(f"      - {self.q(self.sentence())}")
            if not (broken == "missing" and index == 3):
                add("    kpis:")
                for _ in range(rng.randint(1, 3)):
                    target = rng.choice([rng.randint(10, 50000), round(rng.random(), 2)])
                    actual = round(target * rng.uniform(0.5, 1.2), 2)
                    add(f"      - {{name: {self.q(self.sentence(2, 4))}, target: {target}, actual: {actual}, unit: {self.q(rng.choice(self.words))}}}")
            entered = rng.randint(1000, 100000)
            add(f"    funnel: {{entered: {entered}, advanced: {rng.randint(0, entered)}}}")
            index += 1
        return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True)
    parser.add_argument("--maps", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--min-bytes", type=int, default=20_000, help="the smallest map's size")
    parser.add_argument("--max-bytes", type=int, default=48_000, help="the largest map's size")
    parser.add_argument("--russian", type=float, default=0.6, help="the share of maps in Russian")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    total = 0
    for number in range(args.maps):
        lang = "ru" if rng.random() < args.russian else "en"
        broken = rng.choice(["typo", "reference", "missing", "stale"]) if rng.random() < 0.05 else None
        text = MapWriter(rng, lang).write(rng.randint(args.min_bytes, args.max_bytes), broken)
        folder = os.path.join(args.out, f"team-{number % 50:02d}")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, f"journey-{number:05d}.{lang}.cjm.yaml"), "w", encoding="utf-8") as out:
            out.write(text)
        total += len(text.encode())
    print(f"wrote {args.maps} maps, {total / 1e6:.1f} MB, to {args.out}")


if __name__ == "__main__":
    main()
