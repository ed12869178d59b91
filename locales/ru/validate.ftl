# Что `cjm validate` говорит о карте: сообщения замечаний, подписи (рисуются у места в файле)
# и подсказки. Ключи, коды и значения из карты — переменные, в обратных кавычках. Элемент карты
# стоит в начале сообщения в именительном падеже («этап `awareness`: …»), чтобы не склонять его.

## Элементы карты. $kind — английское имя элемента: map, segment, channel, stage, touchpoint,
## pain, KPI, funnel.

element-named = { $kind ->
    [map] карта
    [segment] сегмент
    [channel] канал
    [stage] этап
    [touchpoint] точка контакта
    [pain] боль
    [KPI] показатель
    [source] источник
    [trigger] триггер
    [loop] петля
    [risk] риск
   *[funnel] воронка
} `{ $id }`
element-numbered = { $kind ->
    [map] карта
    [segment] сегмент
    [channel] канал
    [stage] этап
    [touchpoint] точка контакта
    [pain] боль
    [KPI] показатель
    [source] источник
    [trigger] триггер
    [loop] петля
    [risk] риск
   *[funnel] воронка
} №{ $number }
element-numbered-in = { $kind ->
    [map] карта
    [segment] сегмент
    [channel] канал
    [stage] этап
    [touchpoint] точка контакта
    [pain] боль
    [KPI] показатель
    [source] источник
    [trigger] триггер
    [loop] петля
    [risk] риск
   *[funnel] воронка
} №{ $number } ({ $parent })
the-map = карта
funnel-of = воронка ({ $stage })
subject-key = `{ $key }`
subject-key-in = `{ $key }` ({ $owner })
subject-item = пункт { $number } списка { $subject }
place-top-of-map = на верхнем уровне карты
place-in = ({ $owner })

## Как записывается каждый элемент.

shape-map = `cjm: 1`, `title: …`, `owner: …` и остальные ключи, каждый на своей строке
shape-segment = `- {"{"}id: young-family, name: Молодая семья, who: …{"}"}`
shape-channel = `- {"{"}id: site, name: Сайт{"}"}`
shape-stage = `- id: awareness`, а под ним с отступом `name:`, `goals:`, `touchpoints:` и остальные ключи
shape-touchpoint = `- {"{"}name: Посадочная страница, channel: site{"}"}`
shape-pain = `- Нет в наличии` или `- {"{"}text: Нет в наличии, severity: high{"}"}`
shape-kpi = `- {"{"}name: Заказы, target: 1000, actual: 800{"}"}`
shape-funnel = `funnel: {"{"}entered: 1000, advanced: 200{"}"}`

## Что записано в значении и что ожидалось.

found-empty = пустое значение
found-boolean = логическое значение `{ $value }`
found-number = число { $number }
found-empty-text = пустой текст
found-text = текст
found-list = список
found-mapping = словарь
expected-text = текст
expected-whole-number = целое число
expected-number = число
expected-list = список
expected-pain = текст или словарь с `text` и `severity`
expected-return-to = id этапа или словарь с `stage`, `share` и `when`
expected-risk = текст или словарь с `text`, `likelihood` и `mitigation`
expected = ожидается { $expected }
expected-mapping = ожидается словарь ключей
a-pain-severity = критичности боли
a-direction = направления

## Файлы, которые не читаются (CJM100).

could-not-read = не удалось прочитать файл: { $detail }
file-too-large = размер файла { $size }, а cjm читает файлы карт не больше { $limit }
not-a-regular-file = это не обычный файл
file-is-utf = файл в кодировке { $encoding }, а cjm читает UTF-8
file-is-binary = в файле двоичные данные, а не текст
file-not-utf8 = файл не является правильным текстом в UTF-8
check-permissions = проверьте права доступа к файлу
name-a-map-file = укажите файл карты или каталог с картами
check-file-exists = проверьте, что файл существует и доступен для чтения
split-the-map = разделите карту (по файлу на путь клиента или сегмент) или проверьте, что это действительно карта
save-as-utf8 = сохраните файл в UTF-8 (без BOM)
binary-starts-here = здесь начинаются двоичные данные
not-a-map-rename = это не похоже на карту; переименуйте файл, чтобы его имя не оканчивалось на .cjm.yaml
first-non-utf8-byte = первый байт, который не является UTF-8
save-as-utf8-legacy = сохраните файл в UTF-8; возможно, он в старой кодировке, например Windows-1251

## Синтаксис и пределы YAML (CJM101–CJM104). $detail — слова самого разборщика YAML.

invalid-yaml = ошибка в YAML: { $detail }
not-valid-yaml = файл не является правильным YAML
quote-never-closed = ошибка в YAML: { $kind ->
    [double] двойная кавычка
   *[single] одинарная кавычка
} `{ $quote }`, открытая здесь, нигде не закрыта
end-the-quote = закончите текст символом `{ $quote }` на этой же строке или запишите его без кавычек
quote-ends-early = ошибка в YAML: эта `"` раньше времени закрывает текст в кавычках
keep-inner-quotes = чтобы оставить кавычки внутри текста, возьмите «ёлочки»: "{ $guillemets }", или заключите текст в одинарные кавычки: '{ $single }', или экранируйте каждую внутреннюю: "{ $escaped }"
replace-tab = в YAML отступы делаются только пробелами; замените табуляцию пробелами
quote-text-with-colon = `: ` внутри текста без кавычек начинает новый ключ; возьмите весь текст в кавычки
close-the-bracket = закройте скобку или кавычку, которая открывается здесь
check-indentation = проверьте отступы здесь и на строке выше: ключи одного словаря и `- ` одного списка начинаются в одном и том же столбце
the-key-appears-twice = ключ `{ $key }` дважды встречается в одном словаре
a-key-appears-twice = ключ дважды встречается в одном словаре
keep-one-entry = оставьте одну из двух записей
yaml-too-deep = вложенность YAML глубже { $depth } уровней
flatten-the-structure = карте пути клиента хватает шести уровней вложенности; сделайте структуру площе
yaml-too-many-nodes = после раскрытия ссылок в документе больше { $nodes } узлов YAML
yaml-too-many-aliases = в документе слишком много якорей и ссылок
yaml-alias-bomb = ссылки раскрываются больше чем в { $events } событий YAML; похоже на «бомбу» из ссылок
write-values-out = выпишите значения явно или используйте меньше якорей, и покороче
yaml-too-much-text = после раскрытия ссылок в документе больше { $size } текста
yaml-safety-limit = документ выходит за предел безопасности YAML
simplify-the-file = карта пути клиента — это несколько уровней простых ключей и списков; упростите файл
multiple-documents = в файле больше одного документа YAML
one-map-per-file = держите по одной карте в файле: удалите строку `---` или перенесите вторую карту в отдельный файл

## Строение карты (CJM102, CJM105–CJM109).

no-journey-map = в файле нет карты пути клиента
a-map-starts-with = карта начинается с `cjm: 1`, `title`, `owner`, `reviewed`, `segments` и `stages`; для начала скопируйте один из примеров
map-not-a-mapping = карта пути клиента должна быть словарём ключей вроде `cjm:` и `title:`, а в этом файле { $found }
start-the-file = начните файл с `cjm: 1` и `title: …`, каждый на своей строке
not-a-mapping = { $owner }: ожидается словарь ключей, а здесь { $found }
write-element-as = { $kind ->
    [map] карту
    [segment] сегмент
    [channel] канал
    [stage] этап
    [touchpoint] точку контакта
    [pain] боль
    [KPI] показатель
    [source] источник
   *[funnel] воронку
} записывают так: { $shape }
wrong-type = { $subject }: ожидается { $expected }, а здесь { $found }
quote-to-make-text = возьмите значение в кавычки, чтобы оно стало текстом: "{ $raw }"
unquote-to-make-number = уберите кавычки, чтобы значение стало числом: { $number }
round-to-whole-number = округлите до целого числа
write-a-list = запишите список: по `- пункт` на строке или `[первый, второй]` в одну строку
start-items-with-dash = начинайте каждый пункт списка с `- `
loop-goes-back-to-one-stage = петля ведёт на один этап: напишите `returns_to: awareness`, указав id этапа
is-empty = { $subject }: пустое значение
no-value = нет значения
write-value-after = впишите значение после `{ $key }:`
empty-item = пустой пункт
write-text-or-remove = впишите текст или удалите пустой пункт
has-no-key = { $owner }: нет `{ $key }`
no-key = нет ключа `{ $key }:`
no-key-here = здесь нет `{ $key }:`
no-key-plain = нет `{ $key }`
add-key-to = { $owner }: добавьте `{ $key }:`
map-has-no = в карте нет `{ $key }`
add-with-at-least-one = добавьте `{ $key }:` хотя бы с одним { $key ->
    [segments] сегментом
   *[other] этапом
}
key-is-empty = `{ $key }` пуст
needs-at-least-one = в карте нужен хотя бы один { $key ->
    [segments] сегмент
   *[other] этап
}
key-not-text = { $owner }: ключ — { $found }, а ключи должны быть текстом
not-a-text-key = ключ не текстовый
key-twice = { $owner }: `{ $key }` встречается дважды
second-entry-ignored = вторая запись, не учитывается
first-entry-used = первая запись, учитывается
unknown-key = неизвестный ключ `{ $key }` { $place }
unknown-key-label = неизвестный ключ
did-you-mean = возможно, вы имели в виду `{ $name }`?
did-you-mean-absent = возможно, вы имели в виду `{ $name }`? Сейчас { $owner } без `{ $name }`
keys-of = ключи { $kind ->
    [map] карты
    [segment] сегмента
    [channel] канала
    [stage] этапа
    [touchpoint] точки контакта
    [pain] боли
    [KPI] показателя
    [source] источника
   *[funnel] воронки
}: { $keys }
no-format-version = в карте не указана версия формата
add-version = добавьте первой строкой `cjm: { $version }`
unsupported-version = карта в формате версии { $version }, а эта версия cjm читает версию { $supported }
unsupported-version-label = неподдерживаемая версия
write-supported-version = напишите `cjm: { $supported }` или возьмите выпуск cjm, который читает версию { $version }

## Значения (CJM110–CJM112).

scale-range = от { $min } до { $max }
scale-whole-number = целое число от { $min } (очень плохо) через { $mid } (нейтрально) до { $max } (очень хорошо)
emotion-out-of-range = { $owner }: оценка эмоции { $score } вне шкалы { $scale }
not-within = вне шкалы { $scale }
use-scale = поставьте { $phrase }
funnel-negative = { $owner }: `{ $key }` отрицательное ({ $value })
count-cannot-be-negative = число клиентов не может быть отрицательным
write-customer-count = впишите число клиентов, 0 или больше
funnel-advanced-exceeds = { $owner }: дальше перешло больше клиентов ({ $advanced }), чем пришло ({ $entered })
more-than-entered = больше, чем пришло
customers-who-entered = пришедшие клиенты
advanced-explained = `advanced` — это те клиенты из `entered`, которые перешли на следующий этап
is-not-a = `{ $value }` — недопустимое значение { $what }
not-a = недопустимое значение { $what }
key-takes = `{ $key }` принимает

## Перечни имён в подсказках.

name-list = { $names }
name-list-more = { $names } и ещё { $more }
choices = { $what }: { $names }
none-declared = { $what }: ничего не объявлено
the-keys-are = ключи

## Ссылки (CJM2xx). $kind — segment, channel или stage.

id-used-twice = id `{ $id }` повторяется: так уже назван другой { $kind ->
    [segment] сегмент
    [channel] канал
    [source] источник
   *[stage] этап
}
second-use = второе использование
first-used-here = первое использование
give-own-id = дайте каждому { $kind ->
    [segment] сегменту
    [channel] каналу
    [source] источнику
   *[stage] этапу
} собственный id
not-declared = { $kind ->
    [segment] сегмент
    [source] источник
    [stage] этап
   *[channel] канал
} `{ $id }` не объявлен
not-under = нет в `{ $key }`
declare-under = объявите его в `{ $key }:` с `id` и `name`
declared-or-declare = объявлены в `{ $key }`: { $names }; или объявите `{ $id }` в `{ $key }:`
channel-unused = { $channel }: ни одна точка контакта его не использует
declared-never-used = объявлен, но не используется
add-touchpoints-or-remove = добавьте точки контакта, которые проходят через этот канал, или удалите его

## Полнота (CJM3xx).

segment-missing-5w = { $segment }: не указаны { $keys }
missing-keys = нет { $keys }
describe-5w = опишите сегмент по всем 5W: кто (who), что (what), почему (why), когда (when), где (where)
only-one-stage = на карте только один этап
one-stage = один этап
several-stages = путь клиента проходит через несколько этапов, например: осведомлённость, оценка, покупка, опыт использования, повод вернуться
list-of-is-empty = { $owner }: список `{ $key }` пуст
empty-list = пустой список
this-stage = этот этап
add-goals = добавьте `goals:` — чего клиент хочет добиться на этом этапе
add-touchpoints = добавьте `touchpoints:` — конкретные точки контакта на этом этапе
add-pains = добавьте `pains:` — что мешает клиенту или останавливает его здесь
add-opportunities = добавьте `opportunities:` — что команда изменит на этом этапе
add-kpis = добавьте `kpis:` с названием и целью для этого этапа
no-emotion-score = { $stage }: нет оценки эмоции
add-emotion = добавьте `emotion:` этапу или его точкам контакта: { $phrase }
kpi-no-target = { $kpi }: нет цели
add-target = добавьте `target:` — значение, к которому стремится команда
touchpoint-no-channel = { $touchpoint }: не указан канал
add-channel = добавьте `channel:` с id канала, объявленного в `channels:`

## Актуальность (CJM4xx).

period = { $amount } { $unit ->
    [days] { $amount ->
        [one] день
        [few] дня
       *[many] дней
    }
    [weeks] { $amount ->
        [one] неделя
        [few] недели
       *[many] недель
    }
    [months] { $amount ->
        [one] месяц
        [few] месяца
       *[many] месяцев
    }
   *[years] { $amount ->
        [one] год
        [few] года
       *[many] лет
    }
}
no-reviewed-date = в карте нет даты пересмотра `reviewed`
add-reviewed = добавьте `reviewed: ГГГГ-ММ-ДД` с датой последнего пересмотра карты
reviewed-empty = `reviewed` пуст
no-date = нет даты
write-reviewed-date = впишите дату последнего пересмотра карты в виде ГГГГ-ММ-ДД
reviewed-not-a-date = `reviewed` — не календарная дата: { $raw }
expected-iso-date = ожидается ГГГГ-ММ-ДД
write-review-date-example = запишите дату последнего пересмотра в виде ГГГГ-ММ-ДД, например 2026-10-01
did-you-mean-date = возможно, вы имели в виду { $date }?
day-does-not-exist = такого дня нет: в { $month ->
    [1] январе
    [2] феврале
    [3] марте
    [4] апреле
    [5] мае
    [6] июне
    [7] июле
    [8] августе
    [9] сентябре
    [10] октябре
    [11] ноябре
   *[12] декабре
} { $year } года { $days } { $days ->
    [one] день
    [few] дня
   *[many] дней
}
reviewed-in-future = дата `reviewed` { $reviewed } позже сегодняшней ({ $today })
in-the-future = в будущем
write-actual-review-date = запишите дату, когда пересмотр действительно состоялся
stale-map = карта устарела: последний пересмотр { $reviewed }, срок следующего истёк { $due } ({ $days } { $days ->
    [one] день
    [few] дня
   *[many] дней
} назад)
more-than-ago = прошло больше, чем { $period }
review-at-least-every = пересматривайте карту с командой не реже чем раз в { $period } и записывайте это: `cjm review FILE` ставит в `reviewed` сегодняшнюю дату
review-due-soon = пересмотр нужен { $days ->
    [0] сегодня
    [1] завтра
   *[other] через { $days } { $days ->
        [one] день
        [few] дня
       *[many] дней
    }
} ({ $due }); последний был { $reviewed }
due-on = срок { $due }
plan-the-review = запланируйте пересмотр с командой, затем запишите его командой `cjm review FILE`; после { $due } карта устареет
review-schedule = Пересмотр действует { $period } (`max_age`); `review-due-soon` напоминает за { $remind } до срока (`remind_before`).
emotion-scale-in-force = Шкала эмоций — { $scale } (`emotion_scale`): ставьте { $phrase }.

## Подавления (CJM5xx).

rule-turned-off = `{ $rule }` выключено в конфигурации
reports-nothing-in-file = `{ $rule }` ничего не находит в этом файле
reports-nothing-on-this-line = `{ $rule }` ничего не находит на этой строке
reports-nothing-on-line = `{ $rule }` ничего не находит на строке { $line }, к которой относится этот комментарий
unused-suppression = лишнее подавление: { $why }
suppresses-nothing = ничего не подавляет
remove-from-comment = уберите `{ $rule }` из комментария
not-a-rule = `{ $word }` — не правило
unknown-rule = неизвестное правило
reason-goes-after = { $help } (причину пишут после `—`)
run-cjm-rules = их перечисляет `cjm rules`
reason-without-separator = `{ $word }` — не правило; перед причиной нужно `—`
reason-without-separator-label = причина без разделителя
write-reason-after = напишите причину после `—` или `:`: `# cjm-ignore: { $rule } — причина`
names-no-rule = это подавление не называет ни одного правила
no-rule = нет правила
name-the-rules = назовите правила, которые нужно подавить: `# cjm-ignore: CJM308 — причина`

## Самые частые жалобы разборщика YAML.

parser-expected-dash = в списке не найден ожидаемый знак «-»
parser-expected-key = в словаре не найден ожидаемый ключ
parser-mapping-values = здесь не может начинаться значение ключа
parser-tab = в тексте без кавычек встретилась табуляция
parser-flow-sequence = в списке в квадратных скобках ожидается «,» или «]»
parser-flow-mapping = в словаре в фигурных скобках ожидается «,» или «{"}"}»
parser-node-content = не найдено ожидаемое значение
parser-indentation = неправильный отступ
parser-unclosed-quote = незакрытая кавычка
parser-unclosed-bracket = незакрытая скобка «[»
parser-unknown-anchor = ссылка на неизвестное значение
parser-recursive-reference = здесь нельзя ссылаться на значение, внутри которого стоит ссылка

## Источники исследования.

shape-source = `- {"{"}id: interviews-2026, kind: interview, name: Интервью, date: 2026-09-01, size: 18{"}"}`
shape-trigger = `- {"{"}name: Письмо через полгода, kind: instrumental, channel: email{"}"}`
shape-return-to = `returns_to: awareness` или `returns_to: {"{"}stage: awareness, share: 0.2, when: …{"}"}`
shape-risk = `- Задержки поставщика` или `- {"{"}text: Задержки поставщика, likelihood: high, mitigation: …{"}"}`
a-kind-of-source = вида источника
a-trigger-kind = вида триггера
a-likelihood = вероятности
loop-of = петля: { $owner }
share-out-of-range = { $owner }: `share` равно { $share }, а доля клиентов лежит между 0 и 1
not-between-0-and-1 = не между 0 и 1
write-share-as-fraction = запишите долю дробью: 0.2 — это 20 % клиентов
not-a-calendar-date = { $subject }: не календарная дата: { $raw }
write-date-example = запишите дату в виде ГГГГ-ММ-ДД, например 2026-10-01
count-negative = { $subject }: отрицательное значение ({ $value })
a-count-cannot-be-negative = число не может быть отрицательным
write-source-size = впишите, сколько респондентов или записей охватывает источник, 0 или больше
emotion-cites-nothing = { $owner }: оценка эмоции не ссылается ни на один источник
add-emotion-evidence = добавьте этапу `{ $key }: [SOURCE-ID]` — исследование, из которого взята оценка
pain-cites-nothing = { $owner }: боль высокой критичности не ссылается ни на один источник
add-pain-evidence = добавьте боли `{ $key }: [SOURCE-ID]` — исследование, в котором её нашли
source-stale = { $source }: данные от { $date }, это больше чем { $period } назад
redo-the-research = проведите исследование заново или снова выгрузите данные и обновите `date` либо сошлитесь на более свежий источник
segment-not-reached-at = сегмент `{ $id }` не охвачен на этапе `{ $stage }`
segment-not-reached = сегмент `{ $id }` не охвачен на этом этапе
no-touchpoint-concerns = ни одна точка контакта не относится к `{ $id }`
add-reaching-touchpoint = добавьте точку контакта, через которую `{ $id }` проходит этот этап, с `segments: [{ $id }]`

## Петли, триггеры и воронка между этапами.
loop-to-the-same-stage = { $origin }: петля ведёт на тот же этап
the-stage-the-loop-starts-from = этап, с которого начинается петля
loop-goes-forward = { $origin }: петля ведёт вперёд, на более поздний этап `{ $stage }`
a-later-stage = более поздний этап
name-the-earlier-stage = `returns_to` называет более ранний этап, куда плохой опыт возвращает клиента; укажите этот этап или уберите `returns_to`
last-stage-has-no-trigger = { $stage }: последний этап без триггера — ничто не вернёт клиента за повторной покупкой
no-triggers-in-the-last-stage = в последнем этапе нет `triggers:`
add-triggers = добавьте `triggers:` — то, что напомнит клиенту о нас: наше письмо (`kind: instrumental`), сам продукт (`kind: product`) или жизнь (`kind: random`)
customers-lost-between-stages = { $from }: дальше перешли { $advanced } клиентов, а { $to } принимает { $entered }: { $lost } теряются между этапами
fewer-than-moved-on = меньше, чем перешло
customers-who-moved-on = перешедшие клиенты
a-stage-may-be-missing = между этапами, возможно, не хватает этапа, или ошибка в цифре; сверьте обе с источником
findings-capped = в файле больше { $cap } замечаний; ещё { $dropped } не показаны
fix-the-findings-shown = исправьте показанные замечания и проверьте снова
