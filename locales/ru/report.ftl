# Слова отчёта `cjm report`: заголовки, подписи, статусы и фразы. Числа приходят уже
# отформатированными; $n — число в тексте, $count — число, по которому выбирается форма слова.

report-portfolio-title = Карты пути клиента
report-untitled-map = Карта без названия
report-as-of = Отчёт на { $date }.
report-portfolio-summary = { $maps }: { $errors }, { $warnings }.
report-maps = { $count ->
    [one] { $n } карта
    [few] { $n } карты
    [many] { $n } карт
   *[other] { $n } карты
}
report-errors = { $count ->
    [one] { $n } ошибка
    [few] { $n } ошибки
    [many] { $n } ошибок
   *[other] { $n } ошибки
}
report-warnings = { $count ->
    [one] { $n } предупреждение
    [few] { $n } предупреждения
    [many] { $n } предупреждений
   *[other] { $n } предупреждения
}
report-owner = Ответственный
report-reviewed = Пересмотрена
report-reviewed-by = Участники пересмотра
report-freshness = Актуальность
report-file = Файл
report-unreadable-map = Этот файл не удалось прочитать как карту пути клиента; причины — в замечаниях ниже.
report-map-has-errors = В карте есть ошибки, поэтому части отчёта могут отсутствовать или быть неверными; замечания приведены первыми.
report-days = { $count ->
    [one] { $n } день
    [few] { $n } дня
    [many] { $n } дней
   *[other] { $n } дня
}
report-fresh = актуальна — следующий пересмотр не позднее { $due } (через { $days })
report-fresh-last-day = актуальна — следующий пересмотр не позднее { $due } (сегодня)
report-stale = устарела — пересмотр просрочен на { $days } (срок — { $due })
report-future = дата пересмотра { $reviewed } ещё не наступила
report-no-review-date = неизвестно — нет правильной даты пересмотра
report-fresh-short = актуальна (пересмотр через { $days })
report-fresh-last-day-short = актуальна (пересмотр сегодня)
report-stale-short = устарела (просрочена на { $days })
report-future-short = дата пересмотра в будущем
report-segments = Сегменты
report-emotion-curve = Эмоциональная кривая
report-journey = Путь по этапам
report-funnel = Воронка
report-kpis = Показатели (KPI)
report-top-pains = Главные боли
report-findings = Замечания проверки
report-map = Карта
report-stage = Этап
report-segment = Сегмент
report-who = Кто
report-what = Что
report-why = Почему
report-when = Когда
report-where = Где
report-goals = Цели клиента
report-touchpoints = Точки контакта
report-emotion = Эмоция
report-pains = Боли
report-opportunities = Что улучшим
report-entered = Пришли
report-advanced = Перешли дальше
report-stage-conversion = Конверсия этапа
report-cumulative-conversion = От первого этапа
report-kpi = Показатель
report-target = Цель
report-actual = Факт
report-unit = Ед. изм.
report-share-of-target = % от цели
report-status = Статус
report-severity = Критичность
report-pain = Боль
report-level = Уровень
report-rule = Правило
report-line = Строка
report-message = Сообщение
report-error-count = Ошибки
report-warning-count = Предупреждения
report-percent = { $number } %
report-unnamed-stage = Этап { $position }
report-mean-emotion-note = ≈ — у этапа нет своей оценки эмоции, показано среднее по его точкам контакта.
report-no-emotion = В карте нет оценок эмоций.
report-largest-drop-off = Больше всего клиентов теряется на этапе «{ $stage }»: { $share } не переходят дальше.
report-no-funnel = В карте нет данных воронки.
report-no-kpis = В карте нет показателей.
report-no-pains = В карте нет болей.
report-no-findings = Замечаний нет.
report-met = выполнен
report-below-target = ниже цели
report-no-data = нет данных
report-high = высокая
report-medium = средняя
report-low = низкая
report-unrated = не указана
report-error = ошибка
report-warning = предупреждение
report-info = информация
report-needs = Потребности
report-badge-fresh = актуальна
report-badge-due-soon = скоро пересмотр
report-badge-stale = устарела
report-badge-future = дата пересмотра в будущем
report-badge-unknown = нет даты пересмотра
report-stage-score = Оценка этапа
report-touchpoint-score = Точка контакта
report-no-channel = Без канала
report-curve-title = Эмоциональная кривая: { $map }
report-scale-note = Шкала: от { $min } (хуже всего) до { $max } (лучше всего).
report-sort-hint = Нажмите на заголовок столбца, чтобы отсортировать.
report-due-on = срок { $date }
report-touchpoint-count = { $count ->
    [one] { $n } точка контакта
    [few] { $n } точки контакта
    [many] { $n } точек контакта
   *[other] { $n } точки контакта
}

## Триггеры, петли возврата, риски и воронка между этапами.

report-triggers = Триггеры
report-loops = Петли возврата
report-risks = Риски
report-between-stages = Между этапами
report-trigger = Триггер
report-trigger-kind = Вид
report-trigger-channel = Канал
report-risk = Риск
report-likelihood = Вероятность
report-mitigation = Что делаем
# Полоса страницы рядом с KPI, в которой риски этапа.
report-risk-of-kpi = KPI { $kpi }
# Виды триггеров, как их объясняет методика.
report-trigger-instrumental = инструментальный — напоминаем мы
report-trigger-product = продуктовый — напоминает продукт
report-trigger-random = случайный — напоминает жизнь
report-trigger-unknown-kind = вид не указан
report-no-triggers = Ни на одном этапе нет триггеров: не записано, что возвращает клиента.
report-no-loops = Петель нет: карта не говорит, куда плохой опыт возвращает клиента.
report-no-risks = Риски не записаны.
report-loop-line = { $from } ↩ назад на этап «{ $to }»
report-loop-from-touchpoint = из точки контакта «{ $touchpoint }»
report-loop-share = { $share } клиентов
report-loop-undeclared-stage = такого этапа в карте нет
# Меньше клиентов приходит на следующий этап, чем перешло; $lost — число, $count — для формы слова.
report-lost-between = { $count ->
    [one] Из перешедших с этапа «{ $from }» на этап «{ $to }» не приходит { $lost } клиент: между ними не хватает этапа или ошибка в цифрах.
    [few] Из перешедших с этапа «{ $from }» на этап «{ $to }» не приходят { $lost } клиента: между ними не хватает этапа или ошибка в цифрах.
   *[other] Из перешедших с этапа «{ $from }» на этап «{ $to }» не приходят { $lost } клиентов: между ними не хватает этапа или ошибка в цифрах.
}
report-gained-between = { $count ->
    [one] На этап «{ $to }» приходит на { $more } клиента больше, чем перешло с этапа «{ $from }»: они приходят из других точек входа.
    [few] На этап «{ $to }» приходит на { $more } клиента больше, чем перешло с этапа «{ $from }»: они приходят из других точек входа.
   *[other] На этап «{ $to }» приходит на { $more } клиентов больше, чем перешло с этапа «{ $from }»: они приходят из других точек входа.
}
report-lost-short = −{ $lost } по пути сюда
report-gained-short = +{ $more } из других точек входа
