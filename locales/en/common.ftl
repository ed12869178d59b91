# Words shared by several commands.

# Text that has no translation: an operating system's error, a parser's own words.
verbatim = { $text }

# A test of the machinery: variables are shown without Unicode isolation marks.
test-isolation = value `{ $value }`

## The summary line after the findings, and the counts of a JUnit failure.

summary-line = Checked { $files }: { $counts }.
summary-counts = { $errors }, { $warnings }, { $infos }
summary-files = { $count ->
    [one] { $count } file
   *[other] { $count } files
}
summary-errors = { $count ->
    [one] { $count } error
   *[other] { $count } errors
}
summary-warnings = { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
}
summary-infos = { $count ->
    [one] { $count } info
   *[other] { $count } infos
}

## How outputs frame a finding.

# Severities as people read them (machine formats keep `error`, `warning`, `info`).
severity = { $severity ->
    [error] error
    [warning] warning
   *[info] info
}
# A finding's help on a line of its own, in formats with one text field.
help-line = help: { $help }
# The start of the help line under a drawn finding.
help-prefix = help:
ends-on-line = ends on line { $line }
related-on-line = { $label }: line { $line }
# The heading of a rule's example in SARIF help.
sarif-example = Example
# Under a finding `cjm validate --fix` can fix: the fix's own title.
fix-line = fix: { $title } (`cjm validate --fix`)
summary-line-fixable = Checked { $files }: { $counts } ({ $fixable } fixable with `--fix`).

## The titles of fixes (`cjm validate --fix`).

fix-use-keyword = Replace `{ $written }` with `{ $keyword }`
fix-remove-quotes = Remove the quotes around { $number }
fix-rename-key = Rename `{ $written }` to `{ $key }`
fix-iso-date = Write the date as { $date }
fix-remove-rule = Remove `{ $rule }` from the comment
fix-remove-comment = Remove the unused suppression comment
