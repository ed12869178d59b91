# `cjm rules`: таблица правил и описание одного правила. Коды, имена, области и уровни —
# это слова, которые принимает `.cjm.yaml`: они не переводятся.

rules-code = Код
rules-name = Имя
rules-concern = Область
rules-level = Уровень
rules-summary = Что находит
rules-default-for = { $level } для { $rule }
rules-overridden = * уровень задан конфигурацией (.cjm.yaml или --rule); по умолчанию: { $defaults }
rules-run-one = `cjm rules КОД` расскажет, что правило проверяет, почему это важно и как исправить замечание.
rules-levels = Область: { $concern }. Уровень по умолчанию: { $default }{ $strict }.
rules-levels-overridden = Область: { $concern }. Уровень по умолчанию: { $default }{ $strict }; конфигурация задаёт { $level }.
rules-why = Почему это важно
rules-example = Пример
rules-fix = Как исправить
rules-configured = В этой конфигурации
rules-silence = Подавить на одной строке: `# cjm-ignore: { $code } — причина`; во всём файле: `# cjm-ignore-file: { $code }`;
    во всём репозитории: `rules: {"{"}{ $name }: off{"}"}` в .cjm.yaml.
rules-strict = {" "}({ $level } при --strict)
rules-fix-column = Испр.
rules-fixable-mark = да
rules-fix-note = Испр.: `cjm validate --fix` исправляет те замечания этих правил, у которых есть одно безопасное исправление.
rules-fixable = `cjm validate --fix` исправляет замечания, у которых есть одно безопасное исправление (`--diff` его покажет).
