# Ошибки в файле конфигурации `.cjm.yaml`. $within — настройка, к которой относится ключ
# (`rules`, `emotion_scale`), или пусто на верхнем уровне файла.

config-problems = { $file }: { $count ->
    [one] { $count } ошибка
    [few] { $count } ошибки
   *[many] { $count } ошибок
}
fix-the-configuration = исправьте конфигурацию или запустите с `--no-config`, чтобы её не читать
config-not-a-mapping = конфигурация должна быть словарём ключей, а записано { $found }
write-settings = записывайте настройки вроде `max_age: 6 months`, каждую на своей строке
unknown-setting = неизвестная настройка `{ $key }`
the-settings-are = настройки
the-levels-are = уровни
config-key-not-text = { $within ->
    [rules] в `rules` ключ
    [emotion_scale] в `emotion_scale` ключ
   *[other] ключ
} — { $found }, а ключи должны быть текстом
set-twice = `{ $key }` задан дважды{ $within ->
    [rules] {" "}в `rules`
    [emotion_scale] {" "}в `emotion_scale`
   *[other] {""}
}
must-be-text = `{ $key }` должен быть текстом, а записано { $found }
not-a-period = `{ $key }: { $text }` — не { $key ->
    [max_age] срок пересмотра
   *[other] срок
}
period-syntax = нужны число и единица, например `6 months`, `90 days`, `2 weeks` или `1 year`
period-out-of-range = срок пересмотра должен быть от 1 до 1000 единиц
rules-not-a-mapping = `rules` должен быть словарём «правило: уровень»
write-rules = например: `rules: {"{"}stage-missing-kpis: off, stale-map: warning{"}"}`
unknown-rule-named = неизвестное правило `{ $rule }`
not-a-level = `{ $level }` — не уровень правила
must-be-globs = `{ $key }` должен быть списком шаблонов путей, а записано { $found }
glob-must-be-text = шаблон пути в `{ $key }` должен быть текстом
invalid-glob = `{ $glob }` — неправильный шаблон пути: { $detail }
scale-not-a-mapping = `emotion_scale` должен быть словарём
write-scale = например: `emotion_scale: {"{"}min: -3, max: 3{"}"}`
unknown-scale-key = неизвестный ключ `{ $key }` в `emotion_scale`
scale-bound = `{ $key }` должен быть целым числом от -100 до 100
scale-min-below-max = `min` шкалы эмоций должен быть меньше `max`
scale-needs-both = в `emotion_scale` нужны и `min`, и `max`
not-a-language = cjm не говорит на языке `{ $lang }`
the-languages-are = языки
