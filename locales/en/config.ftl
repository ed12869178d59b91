# Problems in a `.cjm.yaml` configuration file. $within is the setting a key belongs to
# (`rules`, `emotion_scale`), or empty at the top of the file.

config-problems = { $count ->
    [one] a problem
   *[other] { $count } problems
} in { $file }
fix-the-configuration = fix the configuration, or run with `--no-config` to ignore it
config-not-a-mapping = the configuration must be a mapping of keys, not { $found }
write-settings = write settings such as `max_age: 6 months` on lines of their own
unknown-setting = unknown setting `{ $key }`
the-settings-are = the settings are
the-levels-are = the levels are
config-key-not-text = a key{ $within ->
    [rules] {" "}in `rules`
    [emotion_scale] {" "}in `emotion_scale`
   *[other] {""}
} is { $found }, but keys must be text
set-twice = `{ $key }` is set twice{ $within ->
    [rules] {" "}in `rules`
    [emotion_scale] {" "}in `emotion_scale`
   *[other] {""}
}
must-be-text = `{ $key }` must be text, not { $found }
not-a-period = `{ $key }: { $text }` is not { $key ->
    [max_age] a review period
   *[other] a period
}
period-syntax = expected an amount and a unit, such as `6 months`, `90 days`, `2 weeks` or `1 year`
period-out-of-range = the review period must be between 1 and 1000 units
rules-not-a-mapping = `rules` must be a mapping of rule to level
write-rules = write e.g. `rules: {"{"}stage-missing-kpis: off, stale-map: warning{"}"}`
unknown-rule-named = unknown rule `{ $rule }`
not-a-level = `{ $level }` is not a rule level
must-be-globs = `{ $key }` must be a list of globs, not { $found }
glob-must-be-text = a glob in `{ $key }` must be text
invalid-glob = `{ $glob }` is not a valid glob: { $detail }
scale-not-a-mapping = `emotion_scale` must be a mapping
write-scale = write e.g. `emotion_scale: {"{"}min: -3, max: 3{"}"}`
unknown-scale-key = unknown key `{ $key }` in `emotion_scale`
scale-bound = `{ $key }` must be a whole number from -100 to 100
scale-min-below-max = `min` of the emotion scale must be below `max`
scale-needs-both = `emotion_scale` needs both `min` and `max`
not-a-language = `{ $lang }` is not a language cjm speaks
the-languages-are = the languages are
