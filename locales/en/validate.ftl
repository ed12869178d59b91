# What `cjm validate` says about a map: finding messages, labels (drawn on the span) and
# help. Keys, codes and values from the map are variables, written in backticks.

## Elements of a map, as messages name them. $kind is the element's noun: map, segment,
## channel, stage, touchpoint, pain, KPI, funnel.

element-named = { $kind } `{ $id }`
element-numbered = { $kind } #{ $number }
element-numbered-in = { $kind } #{ $number } of { $parent }
the-map = the map
funnel-of = the funnel of { $stage }
subject-key = `{ $key }`
subject-key-in = `{ $key }` in { $owner }
subject-item = item { $number } of { $subject }
place-top-of-map = at the top of the map
place-in = in { $owner }

## How each element is written.

shape-map = `cjm: 1`, `title: …`, `owner: …` and the other keys, each on a line of its own
shape-segment = `- {"{"}id: young-family, name: Young family, who: …{"}"}`
shape-channel = `- {"{"}id: site, name: Website{"}"}`
shape-stage = `- id: awareness`, with `name:`, `goals:`, `touchpoints:` and the other keys indented below it
shape-touchpoint = `- {"{"}name: Landing page, channel: site{"}"}`
shape-pain = `- Out of stock` or `- {"{"}text: Out of stock, severity: high{"}"}`
shape-kpi = `- {"{"}name: Orders, target: 1000, actual: 800{"}"}`
shape-funnel = `funnel: {"{"}entered: 1000, advanced: 200{"}"}`

## What a value is, and what was expected instead.

found-empty = empty
found-boolean = the boolean `{ $value }`
found-number = the number { $number }
found-empty-text = empty text
found-text = text
found-list = a list
found-mapping = a mapping
expected-text = text
expected-whole-number = a whole number
expected-number = a number
expected-list = a list
expected-pain = text or a mapping with `text` and `severity`
expected-return-to = a stage id or a mapping with `stage`, `share` and `when`
expected-risk = text or a mapping with `text`, `likelihood` and `mitigation`
expected = expected { $expected }
expected-mapping = expected a mapping of keys
a-pain-severity = a pain severity
a-direction = a direction

## Unreadable files (CJM100).

could-not-read = could not read the file: { $detail }
file-too-large = the file is { $size } and cjm reads map files up to { $limit }
not-a-regular-file = not a regular file
file-is-utf = the file is { $encoding } text; cjm reads UTF-8
file-is-binary = the file holds binary data, not text
file-not-utf8 = the file is not valid UTF-8 text
check-permissions = check the file's permissions
name-a-map-file = name a map file or a directory of maps
check-file-exists = check that the file exists and is readable
split-the-map = split the map (one file per journey or segment), or check that this is a map
save-as-utf8 = save the file as UTF-8 (without BOM)
binary-starts-here = binary data starts here
not-a-map-rename = this does not look like a map; rename it so it no longer ends in .cjm.yaml
first-non-utf8-byte = first byte that is not UTF-8
save-as-utf8-legacy = save the file as UTF-8; it may be in a legacy encoding such as Windows-1251

## YAML syntax and limits (CJM101–CJM104). $detail is the parser's own wording.

invalid-yaml = invalid YAML: { $detail }
not-valid-yaml = the file is not valid YAML
quote-never-closed = invalid YAML: the { $kind } quote `{ $quote }` opened here is never closed
end-the-quote = end the text with `{ $quote }` on this line, or write it without quotes
quote-ends-early = invalid YAML: this `"` ends the quoted text early
keep-inner-quotes = to keep quotation marks inside the text, use «ёлочки»: "{ $guillemets }", or single quotes around it: '{ $single }', or escape each inner one: "{ $escaped }"
replace-tab = YAML indents with spaces only; replace the tab with spaces
quote-text-with-colon = a `: ` inside unquoted text starts a new key; put the whole text in quotes
close-the-bracket = close the bracket or quote that opens here
check-indentation = check the indentation here and on the line above: the keys of one mapping, and the `- ` of one list, start in the same column
the-key-appears-twice = the key `{ $key }` appears twice in the same mapping
a-key-appears-twice = a key appears twice in the same mapping
keep-one-entry = keep one of the two entries
yaml-too-deep = the YAML is nested more than { $depth } levels deep
flatten-the-structure = a journey map needs six levels of nesting at most; flatten the structure
yaml-too-many-nodes = the document has more than { $nodes } YAML nodes once aliases are expanded
yaml-too-many-aliases = the document uses too many anchors and aliases
yaml-alias-bomb = aliases expand to more than { $events } YAML events; this looks like an alias bomb
write-values-out = write the values out, or reuse fewer and smaller anchors
yaml-too-much-text = the document holds more than { $size } of text once aliases are expanded
yaml-safety-limit = the document exceeds a YAML safety limit
simplify-the-file = a journey map is a few levels of plain keys and lists; simplify the file
multiple-documents = the file holds more than one YAML document
one-map-per-file = keep one journey map per file: remove the `---` line, or move the second map to a file of its own

## The shape of the map (CJM102, CJM105–CJM109).

no-journey-map = the file holds no journey map
a-map-starts-with = a map starts with `cjm: 1`, `title`, `owner`, `reviewed`, `segments` and `stages`; copy one of the examples to begin
map-not-a-mapping = a journey map must be a mapping of keys such as `cjm:` and `title:`, but this file holds { $found }
start-the-file = start the file with `cjm: 1` and `title: …` on lines of their own
not-a-mapping = { $owner } must be a mapping of keys, but it is { $found }
write-element-as = write a { $kind } as { $shape }
wrong-type = { $subject } must be { $expected }, but it is { $found }
quote-to-make-text = put the value in quotes to make it text: "{ $raw }"
unquote-to-make-number = remove the quotes to make it a number: { $number }
round-to-whole-number = round it to a whole number
write-a-list = write a list: one `- item` per line, or `[first, second]` on one line
start-items-with-dash = start each item of the list with `- `
loop-goes-back-to-one-stage = a loop goes back to one stage: write `returns_to: awareness`, with the id of the stage
is-empty = { $subject } is empty
no-value = no value
write-value-after = write a value after `{ $key }:`
empty-item = empty item
write-text-or-remove = write the text, or remove the empty item
has-no-key = { $owner } has no `{ $key }`
no-key = no `{ $key }:` key
no-key-here = no `{ $key }:` here
no-key-plain = no `{ $key }`
add-key-to = add `{ $key }:` to { $owner }
map-has-no = the map has no `{ $key }`
add-with-at-least-one = add `{ $key }:` with at least one { $key ->
    [segments] segment
   *[other] stage
}
key-is-empty = `{ $key }` is empty
needs-at-least-one = a map needs at least one { $key ->
    [segments] segment
   *[other] stage
}
key-not-text = a key in { $owner } is { $found }, but keys must be text
not-a-text-key = not a text key
key-twice = `{ $key }` appears twice in { $owner }
second-entry-ignored = second entry, ignored
first-entry-used = first entry, used
unknown-key = unknown key `{ $key }` { $place }
unknown-key-label = unknown key
did-you-mean = did you mean `{ $name }`?
did-you-mean-absent = did you mean `{ $name }`? As written, { $owner } has no `{ $name }`
keys-of = the keys of a { $kind } are: { $keys }
no-format-version = the map does not declare its format version
add-version = add `cjm: { $version }` as the first line
unsupported-version = this map is format version { $version }, and this cjm reads version { $supported }
unsupported-version-label = unsupported version
write-supported-version = write `cjm: { $supported }`, or use a cjm release that reads version { $version }

## Values (CJM110–CJM112).

scale-range = { $min } to { $max }
scale-whole-number = a whole number from { $min } (very negative) through { $mid } (neutral) to { $max } (very positive)
emotion-out-of-range = the emotion of { $owner } is { $score }, outside the scale { $scale }
not-within = not within { $scale }
use-scale = use { $phrase }
funnel-negative = `{ $key }` of { $owner } is negative ({ $value })
count-cannot-be-negative = a count of customers cannot be negative
write-customer-count = write the number of customers, 0 or more
funnel-advanced-exceeds = more customers advance from { $owner } ({ $advanced }) than entered it ({ $entered })
more-than-entered = more than entered
customers-who-entered = customers who entered
advanced-explained = `advanced` counts the customers of `entered` who moved on to the next stage
is-not-a = `{ $value }` is not { $what }
not-a = not { $what }
key-takes = `{ $key }` takes

## Lists of names in help.

name-list = { $names }
name-list-more = { $names }, and { $more } more
choices = { $what }: { $names }
none-declared = no { $what } are declared
the-keys-are = the keys are

## References (CJM2xx). $kind is segment, channel or stage.

id-used-twice = { $kind } id `{ $id }` is used twice
second-use = second use
first-used-here = first used here
give-own-id = give each { $kind } its own id
not-declared = { $kind } `{ $id }` is not declared
not-under = not under `{ $key }`
declare-under = declare it under `{ $key }:` with an `id` and a `name`
declared-or-declare = declared { $key }: { $names }; or declare `{ $id }` under `{ $key }:`
channel-unused = { $channel } is not used by any touchpoint
declared-never-used = declared, never used
add-touchpoints-or-remove = add the touchpoints that run through this channel, or remove it

## Completeness (CJM3xx).

segment-missing-5w = { $segment } does not say { $keys }
missing-keys = missing { $keys }
describe-5w = describe the segment with all of the 5W: who, what, why, when, where
only-one-stage = the map has only one stage
one-stage = one stage
several-stages = a journey runs through several stages, e.g. awareness, evaluation, purchase, experience, trigger
list-of-is-empty = `{ $key }` of { $owner } is empty
empty-list = empty list
this-stage = this stage
add-goals = add `goals:` with what the customer wants to achieve at this stage
add-touchpoints = add `touchpoints:` with the concrete points of contact at this stage
add-pains = add `pains:` with what hurts or blocks the customer here
add-opportunities = add `opportunities:` with what the team will change at this stage
add-kpis = add `kpis:` with a name and a target for this stage
no-emotion-score = { $stage } has no emotion score
add-emotion = add `emotion:` to the stage or its touchpoints: { $phrase }
kpi-no-target = { $kpi } has no target
add-target = add `target:` with the figure the team aims for
touchpoint-no-channel = { $touchpoint } has no channel
add-channel = add `channel:` with the id of a channel declared under `channels:`

## Freshness (CJM4xx).

period = { $amount } { $unit ->
    [days] { $amount ->
        [one] day
       *[other] days
    }
    [weeks] { $amount ->
        [one] week
       *[other] weeks
    }
    [months] { $amount ->
        [one] month
       *[other] months
    }
   *[years] { $amount ->
        [one] year
       *[other] years
    }
}
no-reviewed-date = the map has no `reviewed` date
add-reviewed = add `reviewed: YYYY-MM-DD` with the date the map was last reviewed
reviewed-empty = `reviewed` is empty
no-date = no date
write-reviewed-date = write the date the map was last reviewed, as YYYY-MM-DD
reviewed-not-a-date = `reviewed` is not a calendar date: { $raw }
expected-iso-date = expected YYYY-MM-DD
write-review-date-example = write the date of the last review as YYYY-MM-DD, e.g. 2026-10-01
did-you-mean-date = did you mean { $date }?
day-does-not-exist = that day does not exist: { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year } has { $days } days
reviewed-in-future = `reviewed` is { $reviewed }, after today ({ $today })
in-the-future = in the future
write-actual-review-date = write the date the review took place
stale-map = stale map: last reviewed { $reviewed }, the review was due { $due } ({ $days ->
    [one] { $days } day
   *[other] { $days } days
} ago)
more-than-ago = more than { $period } ago
review-at-least-every = review the map with the team at least once every { $period }, then record it: `cjm review FILE` sets `reviewed` to today
review-due-soon = the review is due { $days ->
    [0] today
    [1] tomorrow
   *[other] in { $days } days
} ({ $due }): last reviewed { $reviewed }
due-on = due { $due }
plan-the-review = plan the review with the team, then record it with `cjm review FILE`; the map turns stale after { $due }
review-schedule = A review stays valid for { $period } (`max_age`); `review-due-soon` gives notice { $remind } before it falls due (`remind_before`).
emotion-scale-in-force = The emotion scale is { $scale } (`emotion_scale`): write { $phrase }.

## Suppressions (CJM5xx).

rule-turned-off = `{ $rule }` is turned off in the configuration
reports-nothing-in-file = `{ $rule }` reports nothing in this file
reports-nothing-on-this-line = `{ $rule }` reports nothing on this line
reports-nothing-on-line = `{ $rule }` reports nothing on line { $line }, the line this comment applies to
unused-suppression = unused suppression: { $why }
suppresses-nothing = suppresses nothing
remove-from-comment = remove `{ $rule }` from the comment
not-a-rule = `{ $word }` is not a rule
unknown-rule = unknown rule
reason-goes-after = { $help } (a reason goes after `—`)
run-cjm-rules = run `cjm rules` to list them
reason-without-separator = `{ $word }` is not a rule; a reason needs `—` before it
reason-without-separator-label = reason without a separator
write-reason-after = write the reason after `—` or `:`: `# cjm-ignore: { $rule } — reason`
names-no-rule = this suppression names no rule
no-rule = no rule
name-the-rules = name the rules to suppress: `# cjm-ignore: CJM308 — reason`

## The YAML parser's most common complaints, in its own English words.

parser-expected-dash = while parsing a block collection, did not find expected '-' indicator
parser-expected-key = while parsing a block mapping, did not find expected key
parser-mapping-values = mapping values are not allowed in this context
parser-tab = while scanning a plain scalar, found a tab
parser-flow-sequence = while parsing a flow sequence, expected ',' or ']'
parser-flow-mapping = while parsing a flow mapping, did not find expected ',' or '{"}"}'
parser-node-content = while parsing a node, did not find expected node content
parser-indentation = invalid indentation
parser-unclosed-quote = unclosed quote
parser-unclosed-bracket = unclosed bracket '['
parser-unknown-anchor = reference to unknown value
parser-recursive-reference = recursive reference not allowed here

## Research sources (issue 13).

shape-source = `- {"{"}id: interviews-2026, kind: interview, name: Interviews, date: 2026-09-01, size: 18{"}"}`
shape-trigger = `- {"{"}name: Letter in six months, kind: instrumental, channel: email{"}"}`
shape-return-to = `returns_to: awareness` or `returns_to: {"{"}stage: awareness, share: 0.2, when: …{"}"}`
shape-risk = `- Supplier delays` or `- {"{"}text: Supplier delays, likelihood: high, mitigation: …{"}"}`
a-kind-of-source = a kind of source
a-trigger-kind = a trigger kind
a-likelihood = a likelihood
loop-of = the loop of { $owner }
share-out-of-range = `share` in { $owner } is { $share }, but a share of customers lies between 0 and 1
not-between-0-and-1 = not between 0 and 1
write-share-as-fraction = write the share as a fraction: 0.2 for 20% of customers
not-a-calendar-date = { $subject } is not a calendar date: { $raw }
write-date-example = write the date as YYYY-MM-DD, e.g. 2026-10-01
count-negative = { $subject } is negative ({ $value })
a-count-cannot-be-negative = a count cannot be negative
write-source-size = write how many respondents or records the source covers, 0 or more
emotion-cites-nothing = the emotion of { $owner } cites no source
add-emotion-evidence = add `{ $key }: [SOURCE-ID]` to the stage, naming the research the score comes from
pain-cites-nothing = a high-severity pain of { $owner } cites no source
add-pain-evidence = add `{ $key }: [SOURCE-ID]` to the pain, naming the research that found it
source-stale = { $source } dates from { $date }, more than { $period } before today
redo-the-research = redo the research or export the data again and update `date`, or cite a newer source
segment-not-reached-at = segment `{ $id }` is not reached at stage `{ $stage }`
segment-not-reached = segment `{ $id }` is not reached at this stage
no-touchpoint-concerns = no touchpoint concerns `{ $id }`
add-reaching-touchpoint = add the touchpoint through which `{ $id }` meets this stage, with `segments: [{ $id }]`

## Loops, triggers and the funnel between stages.
loop-to-the-same-stage = a loop of { $origin } goes back to the same stage
the-stage-the-loop-starts-from = the stage the loop starts from
loop-goes-forward = a loop of { $origin } goes forward to stage `{ $stage }`, a later stage
a-later-stage = a later stage
name-the-earlier-stage = `returns_to` names the earlier stage a bad experience sends the customer back to; name that stage, or remove `returns_to`
last-stage-has-no-trigger = { $stage } is the last stage and has no trigger: nothing brings the customer back for a repeat purchase
no-triggers-in-the-last-stage = no `triggers:` in the last stage
add-triggers = add `triggers:` with what reminds the customer: a letter we send (`kind: instrumental`), the product itself (`kind: product`) or life (`kind: random`)
customers-lost-between-stages = { $advanced } customers moved on from { $from }, but { $to } admits { $entered }: { $lost } are lost between the stages
fewer-than-moved-on = fewer than moved on
customers-who-moved-on = customers who moved on
a-stage-may-be-missing = a stage may be missing between the two, or a figure is wrong; check both against their source
findings-capped = the file has more than { $cap } findings; { $dropped } more are not shown
fix-the-findings-shown = fix the findings shown and check again
