# `cjm rules`: the rule table and one rule explained. Codes, names, concerns and levels
# are the words `.cjm.yaml` takes: they stay as they are in every language.

rules-code = Code
rules-name = Name
rules-concern = Concern
rules-level = Level
rules-summary = Summary
rules-default-for = { $level } for { $rule }
rules-overridden = * level set by the configuration (.cjm.yaml or --rule); the default is { $defaults }
rules-run-one = Run `cjm rules CODE` for what a rule checks, why, and how to fix it.
rules-levels = Concern: { $concern }. Default level: { $default }{ $strict }.
rules-levels-overridden = Concern: { $concern }. Default level: { $default }{ $strict }; set to { $level } by the configuration.
rules-why = Why it matters
rules-example = Example
rules-fix = How to fix it
rules-configured = In this configuration
rules-silence = To silence it for one line: `# cjm-ignore: { $code } — reason`; for a file: `# cjm-ignore-file: { $code }`;
    for the repository: `rules: {"{"}{ $name }: off{"}"}` in .cjm.yaml.
rules-strict = {" "}({ $level } under --strict)
rules-fix-column = Fix
rules-fixable-mark = yes
rules-fix-note = Fix: `cjm validate --fix` fixes the findings of these rules that have one safe fix.
rules-fixable = `cjm validate --fix` fixes the findings that have one safe fix (`--diff` shows it).
