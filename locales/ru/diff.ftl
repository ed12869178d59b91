# Слова `cjm diff`. Текст из карты приходит уже в кавычках и экранированным для формата.

diff-title = Изменения в картах пути клиента
diff-compared = Сравнение: { $old } → { $new }.
diff-working-tree = рабочая копия
diff-summary = Карт изменено: { $changed }, добавлено: { $added }, удалено: { $removed }, без изменений: { $unchanged }.
diff-new-findings = { $count ->
    [one] { $n } новое замечание
    [few] { $n } новых замечания
    [many] { $n } новых замечаний
   *[other] { $n } нового замечания
}
diff-fixed-findings = { $count ->
    [one] { $n } исправленное замечание
    [few] { $n } исправленных замечания
    [many] { $n } исправленных замечаний
   *[other] { $n } исправленного замечания
}
diff-changes = { $count ->
    [one] { $n } изменение
    [few] { $n } изменения
    [many] { $n } изменений
   *[other] { $n } изменения
}
diff-no-changes = Ни одна карта не изменилась.
diff-map-added = Новая карта.
diff-map-removed = Карта удалена.
diff-map-renamed = Файл переименован, прежнее имя: { $old_path }.
diff-journey-unchanged = Путь клиента не изменился: правки только в оформлении или комментариях.
diff-unreadable-old = Прежнюю версию не удалось прочитать как карту пути клиента.
diff-unreadable-new = Новую версию не удалось прочитать как карту пути клиента.
diff-new-findings-heading = Новые замечания
diff-fixed-findings-heading = Исправленные замечания
diff-quote = «{ $text }»
diff-none = нет
diff-title-field = Название
diff-name-field = Название
diff-field-changed = { $field }: { $old } → { $new }
diff-segment-added = Добавлен сегмент { $segment }
diff-segment-removed = Удалён сегмент { $segment }
diff-segment-changed = Сегмент { $segment }, { $change }
diff-channel-added = Добавлен канал { $channel }
diff-channel-removed = Удалён канал { $channel }
diff-source-added = Добавлен источник { $source }
diff-source-removed = Удалён источник { $source }
diff-source-date-changed = Дата источника { $source }: { $old } → { $new }
diff-stage-added = Добавлен этап { $stage } (позиция { $position })
diff-stage-removed = Удалён этап { $stage }
diff-stage-renamed = Этап { $old } переименован в { $new }
diff-stage-moved = Этап { $stage } перемещён с позиции { $from } на позицию { $to }
diff-touchpoint-added = На этапе { $stage } добавлена точка контакта { $touchpoint }
diff-touchpoint-removed = С этапа { $stage } убрана точка контакта { $touchpoint }
diff-trigger-added = На этапе { $stage } добавлен триггер { $trigger } ({ $kind })
diff-trigger-removed = С этапа { $stage } убран триггер { $trigger } ({ $kind })
diff-trigger-kind-changed = Вид триггера { $trigger } (этап { $stage }): { $old } → { $new }
diff-stage-emotion = Эмоция на этапе { $stage }: { $old } → { $new }
diff-touchpoint-emotion = Эмоция в точке контакта { $touchpoint } (этап { $stage }): { $old } → { $new }
diff-kpi-added = На этапе { $stage } добавлен показатель { $kpi }: { $figures }
diff-kpi-removed = С этапа { $stage } убран показатель { $kpi }
diff-kpi-changed = Показатель { $kpi } (этап { $stage }): { $details }
diff-kpi-figures = цель { $target }, факт { $actual }
diff-target-change = цель { $old } → { $new }
diff-actual-change = факт { $old } → { $new }
diff-risk-added = На этапе { $stage } добавлен риск { $risk } (вероятность: { $likelihood })
diff-risk-removed = С этапа { $stage } убран риск { $risk } (вероятность: { $likelihood })
diff-risk-likelihood-changed = Вероятность риска { $risk } (этап { $stage }): { $old } → { $new }
diff-kpi-risk-added = К показателю { $kpi } (этап { $stage }) добавлен риск { $risk } (вероятность: { $likelihood })
diff-kpi-risk-removed = У показателя { $kpi } (этап { $stage }) убран риск { $risk } (вероятность: { $likelihood })
diff-kpi-risk-likelihood-changed = Вероятность риска { $risk } (показатель { $kpi }, этап { $stage }): { $old } → { $new }
diff-conversion-changed = Конверсия этапа { $stage }: { $old } → { $new }
diff-drop-off-moved = Больше всего клиентов теперь теряется на этапе { $new }, а не { $old }
diff-drop-off-appeared = Больше всего клиентов теперь теряется на этапе { $new }
diff-drop-off-gone = Ни один этап больше не теряет клиентов (больше всего терялось на этапе { $old })
# Откуда начинается петля, для $from ниже: с этапа или из его точки контакта.
diff-loop-from-stage = с этапа { $stage }
diff-loop-from-touchpoint = из точки контакта { $touchpoint } (этап { $stage })
diff-loop-added = Добавлена петля возврата { $from } на этап { $to }
diff-loop-removed = Удалена петля возврата { $from } на этап { $to }
diff-loop-share-changed = Доля клиентов, возвращающихся { $from } на этап { $to }: { $old } → { $new }
diff-pain-added = На этапе { $stage } добавлена боль { $pain } (критичность: { $severity })
diff-pain-removed = С этапа { $stage } убрана боль { $pain } (критичность: { $severity })
diff-high-pain-removed = С этапа { $stage } убрана боль высокой критичности { $pain }: она решена или просто удалена?
diff-pain-severity-changed = Критичность боли { $pain } (этап { $stage }): { $old } → { $new }
diff-opportunity-added = На этапе { $stage } добавлено улучшение { $opportunity }
diff-opportunity-removed = С этапа { $stage } убрано улучшение { $opportunity }
diff-finding = { $severity } { $rule }, строка { $line }: { $message }
