//! The words of issue 13's report sections: triggers, loops, risks and the funnel between
//! stages, one table per language like the rest of [`Wording`](super::Wording).

#[derive(Debug)]
pub struct JourneyWording {
    // Section headings.
    pub triggers: &'static str,
    pub loops: &'static str,
    pub risks: &'static str,
    pub between_stages: &'static str,

    // Column headings.
    pub trigger: &'static str,
    pub kind: &'static str,
    pub channel: &'static str,
    pub risk: &'static str,
    pub likelihood: &'static str,
    pub mitigation: &'static str,
    /// The lane of the page a stage's risks are in, beside its KPIs.
    pub risk_of_kpi: fn(kpi: &str) -> String,

    // The kinds of trigger, as the methodology explains them.
    pub instrumental: &'static str,
    pub product: &'static str,
    pub random: &'static str,
    pub unknown_kind: &'static str,

    // Sentences.
    pub no_triggers: &'static str,
    pub no_loops: &'static str,
    pub no_risks: &'static str,
    /// "Purchase ↩ Evaluation".
    pub loop_line: fn(from: &str, to: &str) -> String,
    /// The touchpoint a loop starts from.
    pub from_touchpoint: fn(touchpoint: &str) -> String,
    pub loop_share: fn(share: &str) -> String,
    /// After a loop to a stage id the map does not declare.
    pub undeclared_stage: &'static str,
    /// Fewer enter the next stage than moved on.
    pub lost_between: fn(lost: &str, from: &str, to: &str) -> String,
    /// More enter the next stage than moved on.
    pub gained_between: fn(more: &str, to: &str, from: &str) -> String,
    pub kept_between: fn(from: &str, to: &str) -> String,
    /// A short note in a stage's column of the page.
    pub lost_short: fn(lost: &str) -> String,
    pub gained_short: fn(more: &str) -> String,
}

pub const EN: JourneyWording = JourneyWording {
    triggers: "Triggers",
    loops: "Loops",
    risks: "Risks",
    between_stages: "Between stages",

    trigger: "Trigger",
    kind: "Kind",
    channel: "Channel",
    risk: "Risk",
    likelihood: "Likelihood",
    mitigation: "Mitigation",
    risk_of_kpi: |kpi| format!("KPI {kpi}"),

    instrumental: "instrumental — we remind",
    product: "product — the product reminds",
    random: "random — life reminds",
    unknown_kind: "kind not given",

    no_triggers: "No stage lists a trigger: nothing is recorded that brings the customer back.",
    no_loops: "No loop is recorded: the map does not say where a bad experience sends the customer.",
    no_risks: "No risks are recorded.",
    loop_line: |from, to| format!("{from} ↩ back to {to}"),
    from_touchpoint: |touchpoint| format!("from the touchpoint “{touchpoint}”"),
    loop_share: |share| format!("{share} of customers"),
    undeclared_stage: "not a stage of this map",
    lost_between: |lost, from, to| {
        format!(
            "{lost} customers who moved on from {from} do not enter {to}: a stage is missing \
             between them, or a figure is wrong."
        )
    },
    gained_between: |more, to, from| {
        format!(
            "{to} admits {more} more customers than moved on from {from}: they come from other \
             entry points."
        )
    },
    kept_between: |from, to| format!("Everyone who moved on from {from} enters {to}."),
    lost_short: |lost| format!("{lost} lost on the way here"),
    gained_short: |more| format!("+{more} from other entry points"),
};

pub const RU: JourneyWording = JourneyWording {
    triggers: "Триггеры",
    loops: "Петли возврата",
    risks: "Риски",
    between_stages: "Между этапами",

    trigger: "Триггер",
    kind: "Вид",
    channel: "Канал",
    risk: "Риск",
    likelihood: "Вероятность",
    mitigation: "Что делаем",
    risk_of_kpi: |kpi| format!("KPI {kpi}"),

    instrumental: "инструментальный — напоминаем мы",
    product: "продуктовый — напоминает продукт",
    random: "случайный — напоминает жизнь",
    unknown_kind: "вид не указан",

    no_triggers: "Ни на одном этапе нет триггеров: не записано, что возвращает клиента.",
    no_loops: "Петель нет: карта не говорит, куда плохой опыт возвращает клиента.",
    no_risks: "Риски не записаны.",
    loop_line: |from, to| format!("{from} ↩ назад на этап «{to}»"),
    from_touchpoint: |touchpoint| format!("из точки контакта «{touchpoint}»"),
    loop_share: |share| format!("{share} клиентов"),
    undeclared_stage: "такого этапа в карте нет",
    lost_between: |lost, from, to| {
        format!(
            "Из перешедших с этапа «{from}» на этап «{to}» не приходят {lost} клиентов: \
             между ними не хватает этапа или ошибка в цифрах."
        )
    },
    gained_between: |more, to, from| {
        format!(
            "На этап «{to}» приходит на {more} клиентов больше, чем перешло с этапа «{from}»: \
             они приходят из других точек входа."
        )
    },
    kept_between: |from, to| format!("Все перешедшие с этапа «{from}» приходят на этап «{to}»."),
    lost_short: |lost| format!("−{lost} по пути сюда"),
    gained_short: |more| format!("+{more} из других точек входа"),
};
