# Слова исследовательских разделов отчёта: источники, подтверждения, матрица каналов.

research-channel-matrix = Каналы по сегментам и этапам
research-segment-curves = Эмоции по сегментам
research-evidence = Обоснованность
research-sources = Источники
research-not-reached = не охвачен
research-no-channel = без канала
research-backed = Подтверждено
research-backed-share = Доля подтверждённых
research-cited-sources = Источники
research-source = Источник
research-kind = Вид
research-date = Дата
research-size = Респондентов или записей
research-cited-by = Ссылок
research-stale-source = старше срока пересмотра
research-of = { $part } из { $whole }
research-interview = интервью
research-survey = опрос
research-crm = данные CRM
research-analytics = аналитика
research-support = поддержка
research-other = другое
