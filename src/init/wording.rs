//! The words `cjm init` writes into every skeleton, one table per language. The names of
//! stages, segments and channels belong to each template (`templates/*.yaml`).

use crate::report::Lang;

pub struct InitWording {
    /// The comment under the `$schema` line: what to do with the skeleton.
    pub next_steps: &'static str,
    pub title: &'static str,
    pub owner: &'static str,
    pub description: &'static str,
    pub who: &'static str,
    pub what: &'static str,
    pub why: &'static str,
    pub when: &'static str,
    pub where_: &'static str,
    pub goal: &'static str,
    pub need: &'static str,
    pub touchpoint: &'static str,
    pub pain: &'static str,
    pub opportunity: &'static str,
    pub kpi_unit: &'static str,
    // issue 13: evidence, matrix
    /// The placeholder source: the research the map will rest on.
    pub source: &'static str,
    // issue 13: triggers, loops, risks
    pub trigger_instrumental: &'static str,
    pub trigger_product: &'static str,
    pub trigger_random: &'static str,
    pub loop_when: &'static str,
    pub risk: &'static str,
    pub mitigation: &'static str,
}

pub const EN: InitWording = InitWording {
    next_steps: "A customer journey map. Replace every <placeholder>, then check it with `cjm validate`.",
    title: "<Whose journey, to what: e.g. Buying a wardrobe online>",
    owner: "<Person or team accountable for the map>",
    description: "<Why the map exists and what it is based on: interviews, CRM, analytics>",
    who: "<Who: who the customers are — role, age, situation>",
    what: "<What: what they buy, the product or service>",
    why: "<Why: what makes them buy, their motivation>",
    when: "<When: the moment or occasion of the purchase>",
    where_: "<Where: where they buy, the place or channel>",
    goal: "<What the customer wants to achieve at this stage>",
    need: "<What the customer needs or expects here>",
    touchpoint: "<Where the customer meets us: an ad, the website, a call>",
    pain: "<What hurts or blocks the customer here>",
    opportunity: "<What the team will change at this stage>",
    kpi_unit: "<unit: per month, %, days>",
    source: "<The research behind the map: interviews, a survey, a CRM export; set its date and size>",
    trigger_instrumental: "<How we remind the customer ourselves: a letter in six months>",
    trigger_product: "<How the product itself reminds: the shelf reminds of the store>",
    trigger_random: "<What in life reminds of us: a toothache reminds of the clinic>",
    loop_when: "<What bad experience sends the customer back to the first stage>",
    risk: "<What may keep the team from reaching this figure>",
    mitigation: "<What the team will do about it>",
};

pub const RU: InitWording = InitWording {
    next_steps: "Карта пути клиента. Замените каждый <заполнитель> и проверьте карту: `cjm validate`.",
    title: "<Чей путь и к чему: например, Покупка шкафа онлайн>",
    owner: "<Человек или команда, отвечающие за карту>",
    description: "<Зачем нужна карта и на чём основана: интервью, CRM, аналитика>",
    who: "<Кто: кто клиенты — роль, возраст, ситуация>",
    what: "<Что: что покупают, продукт или услуга>",
    why: "<Почему: что побуждает купить, мотивация>",
    when: "<Когда: момент или повод покупки>",
    where_: "<Где: где покупают, место или канал>",
    goal: "<Чего клиент хочет достичь на этом этапе>",
    need: "<Что клиенту нужно или чего он ждёт здесь>",
    touchpoint: "<Где клиент встречается с нами: реклама, сайт, звонок>",
    pain: "<Что мешает клиенту или огорчает его здесь>",
    opportunity: "<Что команда изменит на этом этапе>",
    kpi_unit: "<единица: в месяц, %, дней>",
    source: "<Исследование, на котором основана карта: интервью, опрос, выгрузка CRM; укажите дату и объём>",
    trigger_instrumental: "<Как мы сами напоминаем о себе: письмо через полгода>",
    trigger_product: "<Как напоминает сам продукт: полка напоминает о магазине>",
    trigger_random: "<Что в жизни напоминает о нас: зубная боль напоминает о клинике>",
    loop_when: "<Какой плохой опыт возвращает клиента на первый этап>",
    risk: "<Что может помешать команде достичь этой цифры>",
    mitigation: "<Что команда сделает, чтобы этого избежать>",
};

pub const fn wording(lang: Lang) -> &'static InitWording {
    match lang {
        Lang::En => &EN,
        Lang::Ru => &RU,
    }
}
