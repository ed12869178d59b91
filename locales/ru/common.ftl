# Слова, общие для нескольких команд.

# Текст, у которого нет перевода: ошибка операционной системы, слова разборщика YAML.
verbatim = { $text }

test-isolation = значение `{ $value }`

## Итоговая строка после замечаний и счётчики в отказе JUnit.

summary-line = Проверка: { $files } — { $counts }.
summary-counts = { $errors }, { $warnings }, { $infos }
summary-files = { $count } { $count ->
    [one] файл
    [few] файла
   *[many] файлов
}
summary-errors = { $count } { $count ->
    [one] ошибка
    [few] ошибки
   *[many] ошибок
}
summary-warnings = { $count } { $count ->
    [one] предупреждение
    [few] предупреждения
   *[many] предупреждений
}
summary-infos = { $count } { $count ->
    [one] заметка
    [few] заметки
   *[many] заметок
}

## Как форматы вывода оформляют замечание.

severity = { $severity ->
    [error] ошибка
    [warning] предупреждение
   *[info] заметка
}
help-line = подсказка: { $help }
help-prefix = подсказка:
ends-on-line = заканчивается на строке { $line }
related-on-line = { $label }: строка { $line }
sarif-example = Пример
fix-line = исправление: { $title } (`cjm validate --fix`)
summary-line-fixable = Проверка: { $files } — { $counts } ({ $fixable } можно исправить с `--fix`).

## Названия исправлений (`cjm validate --fix`).

fix-use-keyword = Заменить `{ $written }` на `{ $keyword }`
fix-remove-quotes = Убрать кавычки вокруг { $number }
fix-rename-key = Переименовать `{ $written }` в `{ $key }`
fix-iso-date = Записать дату как { $date }
fix-remove-rule = Убрать `{ $rule }` из комментария
fix-remove-comment = Удалить ненужный комментарий-подавление
