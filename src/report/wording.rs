//! Every word a report shows, one table per language.
//!
//! Renderers take all user-facing text from here, so a language is added, or a phrase
//! changed, in one place. Phrases with figures are functions of the figures already
//! formatted for the language (see [`Locale`](super::locale::Locale)); a count with its noun
//! goes through [`Plural`], because Russian has three forms where English has two.

mod journey;

pub use journey::JourneyWording;

/// The forms of a noun after a number, by the language's plural category (CLDR).
#[derive(Debug)]
pub struct Plural {
    /// 1, 21, 101 … in Russian; 1 in English.
    pub one: &'static str,
    /// 2–4, 22–24 … in Russian.
    pub few: &'static str,
    /// 0, 5–20, 25–30 … in Russian.
    pub many: &'static str,
    /// Everything else, such as fractions; the plural in English.
    pub other: &'static str,
}

/// Two words for the same one-or-many noun in languages with two forms.
const fn two(one: &'static str, other: &'static str) -> Plural {
    Plural {
        one,
        few: other,
        many: other,
        other,
    }
}

#[derive(Debug)]
pub struct Wording {
    // The portfolio and the header of a map.
    pub portfolio_title: &'static str,
    pub untitled_map: &'static str,
    pub as_of: fn(date: &str) -> String,
    pub portfolio_summary: fn(maps: &str, errors: &str, warnings: &str) -> String,
    pub maps: Plural,
    pub errors: Plural,
    pub warnings: Plural,
    pub owner: &'static str,
    pub reviewed: &'static str,
    pub reviewed_by: &'static str,
    pub freshness: &'static str,
    pub file: &'static str,
    pub unreadable_map: &'static str,
    pub map_has_errors: &'static str,

    // Freshness, from `freshness::Status`.
    pub days: Plural,
    pub fresh: fn(due: &str, days: &str) -> String,
    pub fresh_last_day: fn(due: &str) -> String,
    pub stale: fn(days: &str, due: &str) -> String,
    pub future: fn(reviewed: &str) -> String,
    pub no_review_date: &'static str,
    pub fresh_short: fn(days: &str) -> String,
    pub fresh_last_day_short: &'static str,
    pub stale_short: fn(days: &str) -> String,
    pub future_short: &'static str,

    // Section headings.
    pub segments: &'static str,
    pub emotion_curve: &'static str,
    pub journey: &'static str,
    pub funnel: &'static str,
    pub kpis: &'static str,
    pub top_pains: &'static str,
    pub findings: &'static str,

    // Column headings.
    pub map: &'static str,
    pub stage: &'static str,
    pub segment: &'static str,
    pub who: &'static str,
    pub what: &'static str,
    pub why: &'static str,
    pub when: &'static str,
    pub where_: &'static str,
    pub goals: &'static str,
    pub touchpoints: &'static str,
    pub emotion: &'static str,
    pub pains: &'static str,
    pub opportunities: &'static str,
    pub entered: &'static str,
    pub advanced: &'static str,
    pub stage_conversion: &'static str,
    pub cumulative_conversion: &'static str,
    pub kpi: &'static str,
    pub target: &'static str,
    pub actual: &'static str,
    pub unit: &'static str,
    pub share_of_target: &'static str,
    pub status: &'static str,
    pub severity: &'static str,
    pub pain: &'static str,
    /// The severity of a finding.
    pub level: &'static str,
    pub rule: &'static str,
    pub line: &'static str,
    pub message: &'static str,
    pub error_count: &'static str,
    pub warning_count: &'static str,

    // Values and sentences.
    /// The pattern of a percentage, around the number.
    pub percent: fn(number: &str) -> String,
    pub unnamed_stage: fn(position: &str) -> String,
    pub mean_emotion_note: &'static str,
    pub no_emotion: &'static str,
    pub largest_drop_off: fn(stage: &str, share: &str) -> String,
    pub no_funnel: &'static str,
    pub no_kpis: &'static str,
    pub no_pains: &'static str,
    pub no_findings: &'static str,
    pub met: &'static str,
    pub below_target: &'static str,
    pub no_data: &'static str,
    pub high: &'static str,
    pub medium: &'static str,
    pub low: &'static str,
    pub unrated: &'static str,
    pub error: &'static str,
    pub warning: &'static str,
    pub info: &'static str,

    /// The words of `cjm diff`.
    pub diff: DiffWording,
    // issue 13: evidence, matrix
    /// The channel matrix, the segments' curves, the evidence and the sources.
    pub research: ResearchWording,
    // The page and the picture (HTML, SVG).
    pub needs: &'static str,
    pub badge_fresh: &'static str,
    pub badge_due_soon: &'static str,
    pub badge_stale: &'static str,
    pub badge_future: &'static str,
    pub badge_unknown: &'static str,
    pub stage_score: &'static str,
    pub touchpoint_score: &'static str,
    pub no_channel: &'static str,
    pub curve_title: fn(map: &str) -> String,
    pub scale_note: fn(min: &str, max: &str) -> String,
    pub sort_hint: &'static str,
    /// Beside a freshness badge: when the review is (or was) due.
    pub due_on: fn(date: &str) -> String,
    /// A stage's task in a diagram too full for one task per touchpoint.
    pub touchpoint_count: Plural,
    // issue 13: triggers, loops, risks
    pub triggers_loops_risks: JourneyWording,
}

pub static EN: Wording = Wording {
    portfolio_title: "Customer journey maps",
    untitled_map: "Untitled map",
    as_of: |date| format!("Report as of {date}."),
    portfolio_summary: |maps, errors, warnings| format!("{maps}: {errors}, {warnings}."),
    maps: two("map", "maps"),
    errors: two("error", "errors"),
    warnings: two("warning", "warnings"),
    owner: "Owner",
    reviewed: "Reviewed",
    reviewed_by: "Reviewed by",
    freshness: "Freshness",
    file: "File",
    unreadable_map: "This file could not be read as a journey map; the findings below say why.",
    map_has_errors: "This map has errors, so parts of this report may be missing or wrong; \
                     the findings come first.",

    days: two("day", "days"),
    fresh: |due, days| format!("fresh — next review due {due} (in {days})"),
    fresh_last_day: |due| format!("fresh — next review due {due} (today)"),
    stale: |days, due| format!("stale — review overdue by {days} (was due {due})"),
    future: |reviewed| format!("review date {reviewed} is in the future"),
    no_review_date: "unknown — no valid review date",
    fresh_short: |days| format!("fresh (due in {days})"),
    fresh_last_day_short: "fresh (due today)",
    stale_short: |days| format!("stale (overdue by {days})"),
    future_short: "review date in the future",

    segments: "Segments",
    emotion_curve: "Emotion curve",
    journey: "Journey",
    funnel: "Funnel",
    kpis: "KPIs",
    top_pains: "Top pains",
    findings: "Findings",

    map: "Map",
    stage: "Stage",
    segment: "Segment",
    who: "Who",
    what: "What",
    why: "Why",
    when: "When",
    where_: "Where",
    goals: "Customer goals",
    touchpoints: "Touchpoints",
    emotion: "Emotion",
    pains: "Pains",
    opportunities: "Opportunities",
    entered: "Entered",
    advanced: "Moved on",
    stage_conversion: "Stage conversion",
    cumulative_conversion: "From first stage",
    kpi: "KPI",
    target: "Target",
    actual: "Actual",
    unit: "Unit",
    share_of_target: "% of target",
    status: "Status",
    severity: "Severity",
    pain: "Pain",
    level: "Severity",
    rule: "Rule",
    line: "Line",
    message: "Message",
    error_count: "Errors",
    warning_count: "Warnings",

    percent: |number| format!("{number}%"),
    unnamed_stage: |position| format!("Stage {position}"),
    mean_emotion_note: "≈ marks a stage without an emotion score of its own: the mean of its \
                        touchpoints' scores is shown.",
    no_emotion: "No emotion scores in this map.",
    largest_drop_off: |stage, share| {
        format!("The largest loss is at {stage}: {share} of customers do not move on.")
    },
    no_funnel: "No funnel figures in this map.",
    no_kpis: "No KPIs in this map.",
    no_pains: "No pains in this map.",
    no_findings: "No findings.",
    met: "met",
    below_target: "below target",
    no_data: "no data",
    high: "high",
    medium: "medium",
    low: "low",
    unrated: "unrated",
    error: "error",
    warning: "warning",
    info: "info",

    diff: DIFF_EN,
    research: RESEARCH_EN,
    needs: "Needs",
    badge_fresh: "fresh",
    badge_due_soon: "due soon",
    badge_stale: "stale",
    badge_future: "review date in the future",
    badge_unknown: "no review date",
    stage_score: "Stage score",
    touchpoint_score: "Touchpoint",
    no_channel: "No channel",
    curve_title: |map| format!("Emotion curve: {map}"),
    scale_note: |min, max| format!("Scale: {min} (worst) to {max} (best)."),
    sort_hint: "Select a column heading to sort.",
    due_on: |date| format!("due {date}"),
    touchpoint_count: two("touchpoint", "touchpoints"),
    triggers_loops_risks: journey::EN,
};

pub static RU: Wording = Wording {
    portfolio_title: "Карты пути клиента",
    untitled_map: "Карта без названия",
    as_of: |date| format!("Отчёт на {date}."),
    portfolio_summary: |maps, errors, warnings| format!("{maps}: {errors}, {warnings}."),
    maps: Plural {
        one: "карта",
        few: "карты",
        many: "карт",
        other: "карты",
    },
    errors: Plural {
        one: "ошибка",
        few: "ошибки",
        many: "ошибок",
        other: "ошибки",
    },
    warnings: Plural {
        one: "предупреждение",
        few: "предупреждения",
        many: "предупреждений",
        other: "предупреждения",
    },
    owner: "Ответственный",
    reviewed: "Пересмотрена",
    reviewed_by: "Участники пересмотра",
    freshness: "Актуальность",
    file: "Файл",
    unreadable_map: "Этот файл не удалось прочитать как карту пути клиента; причины — в \
                     замечаниях ниже.",
    map_has_errors: "В карте есть ошибки, поэтому части отчёта могут отсутствовать или быть \
                     неверными; замечания приведены первыми.",

    days: Plural {
        one: "день",
        few: "дня",
        many: "дней",
        other: "дня",
    },
    fresh: |due, days| format!("актуальна — следующий пересмотр не позднее {due} (через {days})"),
    fresh_last_day: |due| format!("актуальна — следующий пересмотр не позднее {due} (сегодня)"),
    stale: |days, due| format!("устарела — пересмотр просрочен на {days} (срок — {due})"),
    future: |reviewed| format!("дата пересмотра {reviewed} ещё не наступила"),
    no_review_date: "неизвестно — нет правильной даты пересмотра",
    fresh_short: |days| format!("актуальна (пересмотр через {days})"),
    fresh_last_day_short: "актуальна (пересмотр сегодня)",
    stale_short: |days| format!("устарела (просрочена на {days})"),
    future_short: "дата пересмотра в будущем",

    segments: "Сегменты",
    emotion_curve: "Эмоциональная кривая",
    journey: "Путь по этапам",
    funnel: "Воронка",
    kpis: "Показатели (KPI)",
    top_pains: "Главные боли",
    findings: "Замечания проверки",

    map: "Карта",
    stage: "Этап",
    segment: "Сегмент",
    who: "Кто",
    what: "Что",
    why: "Почему",
    when: "Когда",
    where_: "Где",
    goals: "Цели клиента",
    touchpoints: "Точки контакта",
    emotion: "Эмоция",
    pains: "Боли",
    opportunities: "Что улучшим",
    entered: "Пришли",
    advanced: "Перешли дальше",
    stage_conversion: "Конверсия этапа",
    cumulative_conversion: "От первого этапа",
    kpi: "Показатель",
    target: "Цель",
    actual: "Факт",
    unit: "Ед. изм.",
    share_of_target: "% от цели",
    status: "Статус",
    severity: "Критичность",
    pain: "Боль",
    level: "Уровень",
    rule: "Правило",
    line: "Строка",
    message: "Сообщение",
    error_count: "Ошибки",
    warning_count: "Предупреждения",

    // CLDR's Russian percent pattern puts a no-break space before the sign.
    percent: |number| format!("{number}\u{a0}%"),
    unnamed_stage: |position| format!("Этап {position}"),
    mean_emotion_note: "≈ — у этапа нет своей оценки эмоции, показано среднее по его точкам \
                        контакта.",
    no_emotion: "В карте нет оценок эмоций.",
    largest_drop_off: |stage, share| {
        format!("Больше всего клиентов теряется на этапе «{stage}»: {share} не переходят дальше.")
    },
    no_funnel: "В карте нет данных воронки.",
    no_kpis: "В карте нет показателей.",
    no_pains: "В карте нет болей.",
    no_findings: "Замечаний нет.",
    met: "выполнен",
    below_target: "ниже цели",
    no_data: "нет данных",
    high: "высокая",
    medium: "средняя",
    low: "низкая",
    unrated: "не указана",
    error: "ошибка",
    warning: "предупреждение",
    info: "информация",

    needs: "Потребности",
    badge_fresh: "актуальна",
    badge_due_soon: "скоро пересмотр",
    badge_stale: "устарела",
    badge_future: "дата пересмотра в будущем",
    badge_unknown: "нет даты пересмотра",
    stage_score: "Оценка этапа",
    touchpoint_score: "Точка контакта",
    no_channel: "Без канала",
    curve_title: |map| format!("Эмоциональная кривая: {map}"),
    scale_note: |min, max| format!("Шкала: от {min} (хуже всего) до {max} (лучше всего)."),
    sort_hint: "Нажмите на заголовок столбца, чтобы отсортировать.",
    due_on: |date| format!("срок {date}"),
    touchpoint_count: Plural {
        one: "точка контакта",
        few: "точки контакта",
        many: "точек контакта",
        other: "точки контакта",
    },
    diff: DIFF_RU,
    research: RESEARCH_RU,
    triggers_loops_risks: journey::RU,
};

/// The words of `cjm diff`. Map text arrives quoted and escaped for the output format;
/// figures arrive formatted for the language.
#[derive(Debug)]
pub struct DiffWording {
    pub title: &'static str,
    pub compared: fn(old: &str, new: &str) -> String,
    pub working_tree: &'static str,
    pub summary: fn(changed: &str, added: &str, removed: &str, unchanged: &str) -> String,
    pub new_findings: Plural,
    pub fixed_findings: Plural,
    pub changes: Plural,
    pub no_changes: &'static str,
    pub map_added: &'static str,
    pub map_removed: &'static str,
    pub map_renamed: fn(old_path: &str) -> String,
    pub journey_unchanged: &'static str,
    pub unreadable_old: &'static str,
    pub unreadable_new: &'static str,
    pub new_findings_heading: &'static str,
    pub fixed_findings_heading: &'static str,
    pub quote: fn(text: &str) -> String,
    /// A value one side does not give.
    pub none: &'static str,
    pub title_field: &'static str,
    pub name_field: &'static str,
    pub field_changed: fn(field: &str, old: &str, new: &str) -> String,
    pub segment_added: fn(segment: &str) -> String,
    pub segment_removed: fn(segment: &str) -> String,
    pub segment_changed: fn(segment: &str, change: &str) -> String,
    pub channel_added: fn(channel: &str) -> String,
    pub channel_removed: fn(channel: &str) -> String,
    pub stage_added: fn(stage: &str, position: &str) -> String,
    pub stage_removed: fn(stage: &str) -> String,
    pub stage_renamed: fn(old: &str, new: &str) -> String,
    pub stage_moved: fn(stage: &str, from: &str, to: &str) -> String,
    pub touchpoint_added: fn(touchpoint: &str, stage: &str) -> String,
    pub touchpoint_removed: fn(touchpoint: &str, stage: &str) -> String,
    pub stage_emotion: fn(stage: &str, old: &str, new: &str) -> String,
    pub touchpoint_emotion: fn(touchpoint: &str, stage: &str, old: &str, new: &str) -> String,
    pub kpi_added: fn(kpi: &str, stage: &str, figures: &str) -> String,
    pub kpi_removed: fn(kpi: &str, stage: &str) -> String,
    pub kpi_changed: fn(kpi: &str, stage: &str, details: &str) -> String,
    pub kpi_figures: fn(target: &str, actual: &str) -> String,
    pub target_change: fn(old: &str, new: &str) -> String,
    pub actual_change: fn(old: &str, new: &str) -> String,
    pub conversion_changed: fn(stage: &str, old: &str, new: &str) -> String,
    pub drop_off_moved: fn(old: &str, new: &str) -> String,
    pub drop_off_appeared: fn(new: &str) -> String,
    pub drop_off_gone: fn(old: &str) -> String,
    pub pain_added: fn(pain: &str, stage: &str, severity: &str) -> String,
    pub pain_removed: fn(pain: &str, stage: &str, severity: &str) -> String,
    pub high_pain_removed: fn(pain: &str, stage: &str) -> String,
    pub pain_severity_changed: fn(pain: &str, stage: &str, old: &str, new: &str) -> String,
    pub opportunity_added: fn(opportunity: &str, stage: &str) -> String,
    pub opportunity_removed: fn(opportunity: &str, stage: &str) -> String,
    pub finding: fn(severity: &str, rule: &str, line: &str, message: &str) -> String,
}

const DIFF_EN: DiffWording = DiffWording {
    title: "Journey map changes",
    compared: |old, new| format!("Compared: {old} → {new}."),
    working_tree: "working tree",
    summary: |changed, added, removed, unchanged| {
        format!(
            "Maps changed: {changed}, added: {added}, removed: {removed}, unchanged: {unchanged}."
        )
    },
    new_findings: two("new finding", "new findings"),
    fixed_findings: two("fixed finding", "fixed findings"),
    changes: two("change", "changes"),
    no_changes: "No map changed.",
    map_added: "New map.",
    map_removed: "Map removed.",
    map_renamed: |old_path| format!("Renamed from {old_path}."),
    journey_unchanged: "The journey is unchanged: only formatting or comments differ.",
    unreadable_old: "The old version could not be read as a journey map.",
    unreadable_new: "The new version could not be read as a journey map.",
    new_findings_heading: "New findings",
    fixed_findings_heading: "Fixed findings",
    quote: |text| format!("“{text}”"),
    none: "none",
    title_field: "Title",
    name_field: "Name",
    field_changed: |field, old, new| format!("{field}: {old} → {new}"),
    segment_added: |segment| format!("Segment {segment} added"),
    segment_removed: |segment| format!("Segment {segment} removed"),
    segment_changed: |segment, change| format!("Segment {segment}, {change}"),
    channel_added: |channel| format!("Channel {channel} added"),
    channel_removed: |channel| format!("Channel {channel} removed"),
    stage_added: |stage, position| format!("Stage {stage} added at position {position}"),
    stage_removed: |stage| format!("Stage {stage} removed"),
    stage_renamed: |old, new| format!("Stage {old} renamed to {new}"),
    stage_moved: |stage, from, to| format!("Stage {stage} moved from position {from} to {to}"),
    touchpoint_added: |touchpoint, stage| format!("Touchpoint {touchpoint} added at {stage}"),
    touchpoint_removed: |touchpoint, stage| format!("Touchpoint {touchpoint} removed from {stage}"),
    stage_emotion: |stage, old, new| format!("Emotion at {stage}: {old} → {new}"),
    touchpoint_emotion: |touchpoint, stage, old, new| {
        format!("Emotion at touchpoint {touchpoint} ({stage}): {old} → {new}")
    },
    kpi_added: |kpi, stage, figures| format!("KPI {kpi} added at {stage}: {figures}"),
    kpi_removed: |kpi, stage| format!("KPI {kpi} removed from {stage}"),
    kpi_changed: |kpi, stage, details| format!("KPI {kpi} at {stage}: {details}"),
    kpi_figures: |target, actual| format!("target {target}, actual {actual}"),
    target_change: |old, new| format!("target {old} → {new}"),
    actual_change: |old, new| format!("actual {old} → {new}"),
    conversion_changed: |stage, old, new| format!("Conversion at {stage}: {old} → {new}"),
    drop_off_moved: |old, new| format!("The largest drop-off moved from {old} to {new}"),
    drop_off_appeared: |new| format!("The largest drop-off is now at {new}"),
    drop_off_gone: |old| {
        format!("No stage loses customers any more (the largest loss was at {old})")
    },
    pain_added: |pain, stage, severity| format!("Pain {pain} added at {stage} ({severity})"),
    pain_removed: |pain, stage, severity| format!("Pain {pain} removed from {stage} ({severity})"),
    high_pain_removed: |pain, stage| {
        format!("High-severity pain {pain} removed from {stage}: resolved, or deleted?")
    },
    pain_severity_changed: |pain, stage, old, new| {
        format!("Severity of pain {pain} at {stage}: {old} → {new}")
    },
    opportunity_added: |opportunity, stage| format!("Opportunity {opportunity} added at {stage}"),
    opportunity_removed: |opportunity, stage| {
        format!("Opportunity {opportunity} removed from {stage}")
    },
    finding: |severity, rule, line, message| format!("{severity} {rule}, line {line}: {message}"),
};

const DIFF_RU: DiffWording = DiffWording {
    title: "Изменения в картах пути клиента",
    compared: |old, new| format!("Сравнение: {old} → {new}."),
    working_tree: "рабочая копия",
    summary: |changed, added, removed, unchanged| {
        format!(
            "Карт изменено: {changed}, добавлено: {added}, удалено: {removed}, без изменений: \
             {unchanged}."
        )
    },
    new_findings: Plural {
        one: "новое замечание",
        few: "новых замечания",
        many: "новых замечаний",
        other: "нового замечания",
    },
    fixed_findings: Plural {
        one: "исправленное замечание",
        few: "исправленных замечания",
        many: "исправленных замечаний",
        other: "исправленного замечания",
    },
    changes: Plural {
        one: "изменение",
        few: "изменения",
        many: "изменений",
        other: "изменения",
    },
    no_changes: "Ни одна карта не изменилась.",
    map_added: "Новая карта.",
    map_removed: "Карта удалена.",
    map_renamed: |old_path| format!("Файл переименован, прежнее имя: {old_path}."),
    journey_unchanged: "Путь клиента не изменился: правки только в оформлении или комментариях.",
    unreadable_old: "Прежнюю версию не удалось прочитать как карту пути клиента.",
    unreadable_new: "Новую версию не удалось прочитать как карту пути клиента.",
    new_findings_heading: "Новые замечания",
    fixed_findings_heading: "Исправленные замечания",
    quote: |text| format!("«{text}»"),
    none: "нет",
    title_field: "Название",
    name_field: "Название",
    field_changed: |field, old, new| format!("{field}: {old} → {new}"),
    segment_added: |segment| format!("Добавлен сегмент {segment}"),
    segment_removed: |segment| format!("Удалён сегмент {segment}"),
    segment_changed: |segment, change| format!("Сегмент {segment}, {change}"),
    channel_added: |channel| format!("Добавлен канал {channel}"),
    channel_removed: |channel| format!("Удалён канал {channel}"),
    stage_added: |stage, position| format!("Добавлен этап {stage} (позиция {position})"),
    stage_removed: |stage| format!("Удалён этап {stage}"),
    stage_renamed: |old, new| format!("Этап {old} переименован в {new}"),
    stage_moved: |stage, from, to| {
        format!("Этап {stage} перемещён с позиции {from} на позицию {to}")
    },
    touchpoint_added: |touchpoint, stage| {
        format!("На этапе {stage} добавлена точка контакта {touchpoint}")
    },
    touchpoint_removed: |touchpoint, stage| {
        format!("С этапа {stage} убрана точка контакта {touchpoint}")
    },
    stage_emotion: |stage, old, new| format!("Эмоция на этапе {stage}: {old} → {new}"),
    touchpoint_emotion: |touchpoint, stage, old, new| {
        format!("Эмоция в точке контакта {touchpoint} (этап {stage}): {old} → {new}")
    },
    kpi_added: |kpi, stage, figures| {
        format!("На этапе {stage} добавлен показатель {kpi}: {figures}")
    },
    kpi_removed: |kpi, stage| format!("С этапа {stage} убран показатель {kpi}"),
    kpi_changed: |kpi, stage, details| format!("Показатель {kpi} (этап {stage}): {details}"),
    kpi_figures: |target, actual| format!("цель {target}, факт {actual}"),
    target_change: |old, new| format!("цель {old} → {new}"),
    actual_change: |old, new| format!("факт {old} → {new}"),
    conversion_changed: |stage, old, new| format!("Конверсия этапа {stage}: {old} → {new}"),
    drop_off_moved: |old, new| {
        format!("Больше всего клиентов теперь теряется на этапе {new}, а не {old}")
    },
    drop_off_appeared: |new| format!("Больше всего клиентов теперь теряется на этапе {new}"),
    drop_off_gone: |old| {
        format!("Ни один этап больше не теряет клиентов (больше всего терялось на этапе {old})")
    },
    pain_added: |pain, stage, severity| {
        format!("На этапе {stage} добавлена боль {pain} (критичность: {severity})")
    },
    pain_removed: |pain, stage, severity| {
        format!("С этапа {stage} убрана боль {pain} (критичность: {severity})")
    },
    high_pain_removed: |pain, stage| {
        format!(
            "С этапа {stage} убрана боль высокой критичности {pain}: она решена или просто удалена?"
        )
    },
    pain_severity_changed: |pain, stage, old, new| {
        format!("Критичность боли {pain} (этап {stage}): {old} → {new}")
    },
    opportunity_added: |opportunity, stage| {
        format!("На этапе {stage} добавлено улучшение {opportunity}")
    },
    opportunity_removed: |opportunity, stage| {
        format!("С этапа {stage} убрано улучшение {opportunity}")
    },
    finding: |severity, rule, line, message| format!("{severity} {rule}, строка {line}: {message}"),
};

// issue 13: evidence, matrix
use crate::map::SourceKind;

/// The words of the sections on segments, channels and research.
#[derive(Debug)]
pub struct ResearchWording {
    pub channel_matrix: &'static str,
    pub segment_curves: &'static str,
    pub evidence: &'static str,
    pub sources: &'static str,
    /// A cell of the matrix whose segment no touchpoint of the stage concerns.
    pub not_reached: &'static str,
    /// A cell whose touchpoints name no channel.
    pub no_channel: &'static str,
    pub backed: &'static str,
    pub backed_share: &'static str,
    pub cited_sources: &'static str,
    pub source: &'static str,
    pub kind: &'static str,
    pub date: &'static str,
    pub size: &'static str,
    pub cited_by: &'static str,
    pub stale_source: &'static str,
    /// "3 of 5", a count of backed items of all.
    pub of: fn(part: &str, whole: &str) -> String,
    pub interview: &'static str,
    pub survey: &'static str,
    pub crm: &'static str,
    pub analytics: &'static str,
    pub support: &'static str,
    pub other: &'static str,
}

impl ResearchWording {
    /// The name of a kind of source.
    pub const fn kind_of(&self, kind: SourceKind) -> &'static str {
        match kind {
            SourceKind::Interview => self.interview,
            SourceKind::Survey => self.survey,
            SourceKind::Crm => self.crm,
            SourceKind::Analytics => self.analytics,
            SourceKind::Support => self.support,
            SourceKind::Other => self.other,
        }
    }
}

const RESEARCH_EN: ResearchWording = ResearchWording {
    channel_matrix: "Channels by segment and stage",
    segment_curves: "Emotion by segment",
    evidence: "Evidence",
    sources: "Sources",
    not_reached: "not reached",
    no_channel: "no channel",
    backed: "Backed items",
    backed_share: "Share backed",
    cited_sources: "Sources cited",
    source: "Source",
    kind: "Kind",
    date: "Date",
    size: "Respondents or records",
    cited_by: "Cited by",
    stale_source: "older than the review period",
    of: |part, whole| format!("{part} of {whole}"),
    interview: "interviews",
    survey: "survey",
    crm: "CRM data",
    analytics: "analytics",
    support: "support",
    other: "other",
};

const RESEARCH_RU: ResearchWording = ResearchWording {
    channel_matrix: "Каналы по сегментам и этапам",
    segment_curves: "Эмоции по сегментам",
    evidence: "Обоснованность",
    sources: "Источники",
    not_reached: "не охвачен",
    no_channel: "без канала",
    backed: "Подтверждено",
    backed_share: "Доля подтверждённых",
    cited_sources: "Источники",
    source: "Источник",
    kind: "Вид",
    date: "Дата",
    size: "Респондентов или записей",
    cited_by: "Ссылок",
    stale_source: "старше срока пересмотра",
    of: |part, whole| format!("{part} из {whole}"),
    interview: "интервью",
    survey: "опрос",
    crm: "данные CRM",
    analytics: "аналитика",
    support: "поддержка",
    other: "другое",
};
