# The rule documentation behind `cjm rules`, SARIF and the README: for each rule its
# summary (one line), why it matters, and how to fix a finding. The YAML examples stay in
# the code: keys are the same in every language.

rule-unreadable-file-summary = The file cannot be read as UTF-8 text
rule-unreadable-file-why = A map that cannot be read cannot be checked or reported on. Binary data, other encodings and files above the size limit (4 MiB) usually mean a wrong file carries the map extension.
rule-unreadable-file-fix = Save the map as UTF-8 text, or rename a file that is not a map so it no longer ends in `.cjm.yaml`.
rule-unreadable-file-example = (a spreadsheet saved as journey.cjm.yaml, or a map saved as UTF-16)

rule-yaml-syntax-summary = The file is not valid YAML
rule-yaml-syntax-why = Nothing else in the file can be checked until the YAML parses.
rule-yaml-syntax-fix = Look at the marked position: usually an indentation slip, an unclosed quote or bracket, or a `:` inside unquoted text (quote the text).

rule-duplicate-key-summary = A key appears twice in the same mapping
rule-duplicate-key-why = YAML forbids it, and tools disagree on which value wins: one reader sees the first, another the second.
rule-duplicate-key-fix = Keep one of the two entries. The first one is the one `cjm` reads.

rule-yaml-too-complex-summary = The YAML exceeds a safety limit: nesting depth, node count or alias expansion
rule-yaml-too-complex-why = A journey map is a few levels of plain keys and lists. Deep nesting or aliases that expand exponentially (a "billion laughs" file) would cost unbounded time and memory, so `cjm` stops and reports the file instead.
rule-yaml-too-complex-fix = Write the values out instead of nesting aliases, and keep the map flat.

rule-multiple-documents-summary = The file holds more than one YAML document
rule-multiple-documents-why = One file is one journey map; a second document after `---` would be silently ignored by some tools and merged by others.
rule-multiple-documents-fix = Move each map to a file of its own.

rule-empty-file-summary = The file holds no map at all
rule-empty-file-why = An empty map file is usually a forgotten placeholder or a failed save.
rule-empty-file-fix = Write the map, starting from one of the examples, or delete the file.

rule-wrong-type-summary = A value has the wrong type: text where a number belongs, a list where a mapping belongs, and so on
rule-wrong-type-why = Reports compute funnels, KPIs and emotion curves from these values; a wrong type means the value cannot be used.
rule-wrong-type-fix = Write the value in the expected form; the finding names it.

rule-missing-key-summary = A required key is missing or empty
rule-missing-key-why = Every map needs `cjm`, `title`, `owner`, `reviewed`, at least one segment and at least one stage; segments, channels and stages need an `id`, stages and segments a `name`. Without them the map cannot be referenced, reported or trusted.
rule-missing-key-fix = Add the key with a value.

rule-unknown-key-summary = A key is not part of the map format
rule-unknown-key-why = An unknown key is almost always a typo, and the value under it is silently lost: `touchpionts:` leaves the stage without touchpoints.
rule-unknown-key-fix = Correct the spelling (the finding suggests the closest key) or remove the key.

rule-unsupported-version-summary = The `cjm` format version is not one this tool reads
rule-unsupported-version-why = Another version may give keys another meaning; checking it against version 1 would produce misleading findings, so the rest of the file is not checked.
rule-unsupported-version-fix = Write `cjm: 1`, or upgrade `cjm` to a release that reads the newer format.

rule-emotion-out-of-range-summary = An emotion score lies outside the emotion scale (-2 to +2 by default)
rule-emotion-out-of-range-why = The emotion curve compares stages on one scale; a score outside it distorts the curve and every average built on it.
rule-emotion-out-of-range-fix = Use a whole number within the scale: by default from -2 (very negative) through 0 (neutral) to +2 (very positive); `emotion_scale` in .cjm.yaml sets another.

rule-invalid-funnel-summary = A funnel figure is negative, or more customers advance than entered
rule-invalid-funnel-why = Stage conversion is `advanced / entered`; impossible figures make the funnel and the biggest drop-off meaningless.
rule-invalid-funnel-fix = Check the figures against their source (analytics, CRM): `advanced` counts the customers of `entered` who moved on to the next stage.

rule-invalid-value-summary = A value is not one of those the key allows
rule-invalid-value-why = Keys such as a pain's `severity` take one of a few words, so reports can sort and count them.
rule-invalid-value-fix = Use one of the allowed values the finding lists.

rule-duplicate-id-summary = Two segments, channels, stages or sources share an id
rule-duplicate-id-why = Touchpoints refer to channels and segments by id, evidence to sources, and reports link stages by id; with two owners an id means nothing.
rule-duplicate-id-fix = Give each element its own id.

rule-unknown-channel-summary = A touchpoint or trigger names a channel that is not declared under `channels`
rule-unknown-channel-why = Reports group touchpoints by channel; an undeclared channel is usually a typo and drops the touchpoint from every channel view.
rule-unknown-channel-fix = Correct the id (the finding suggests the closest one) or declare the channel.

rule-unknown-segment-summary = A touchpoint names a segment that is not declared under `segments`
rule-unknown-segment-why = The methodology describes which channels work for each segment; a reference to a segment that does not exist hides the touchpoint from that segment's journey.
rule-unknown-segment-fix = Correct the id (the finding suggests the closest one) or declare the segment.

rule-unused-channel-summary = A declared channel is not used by any touchpoint or trigger
rule-unused-channel-why = Either a touchpoint is missing from the map, or the channel is left over from an earlier version of it.
rule-unused-channel-fix = Add the touchpoints that run through the channel, or remove the channel.

rule-segment-missing-5w-summary = A segment does not answer all of the 5W: who, what, why, when, where
rule-segment-missing-5w-why = Sherrington's 5W are how the methodology describes a segment: who the customer is, what they buy, why, when and where. A segment without them is a label, not a group the team can design for.
rule-segment-missing-5w-fix = Add the missing keys, one sentence each, from interviews and sales data.

rule-too-few-stages-summary = The map has only one stage
rule-too-few-stages-why = A journey is a sequence: with one stage there is no curve, no funnel and no drop-off to find.
rule-too-few-stages-fix = Describe the stages before and after, from first contact (awareness) to the trigger that brings the customer back.

rule-stage-missing-goals-summary = A stage lists no customer goals
rule-stage-missing-goals-why = The customer's goal at a stage ("understand whether the range fits my task") is what every touchpoint there should serve.
rule-stage-missing-goals-fix = Add `goals:` with what the customer wants to achieve at this stage.

rule-stage-missing-touchpoints-summary = A stage lists no touchpoints
rule-stage-missing-touchpoints-why = Touchpoints are where the team can act; a stage without them cannot be improved.
rule-stage-missing-touchpoints-fix = Add the concrete points of contact at this stage: an ad, the website, a call, checkout, an onboarding e-mail.

rule-stage-missing-emotion-summary = Neither a stage nor any of its touchpoints has an emotion score
rule-stage-missing-emotion-why = The emotion curve is the most recognisable part of a journey map; a stage without a score leaves a gap in it.
rule-stage-missing-emotion-fix = Add `emotion:` to the stage (or to its touchpoints): a whole number on the emotion scale, by default -2 very negative to +2 very positive.

rule-stage-missing-pains-summary = A stage lists no pains, barriers or risks
rule-stage-missing-pains-why = Finding where customers struggle is why the map exists. A stage with no pains was either not researched or is worth a sentence saying it is painless.
rule-stage-missing-pains-fix = Add `pains:` from interviews and support tickets; mark the serious ones with `severity: high`.

rule-stage-missing-opportunities-summary = A stage lists no opportunities: nothing the team will change
rule-stage-missing-opportunities-why = A map that records pains but no improvements does not lead to action.
rule-stage-missing-opportunities-fix = Add `opportunities:` with what the team will change at this stage.

rule-stage-missing-kpis-summary = A stage has no KPIs
rule-stage-missing-kpis-why = Without a measure per stage (customers, conversion, contacts) nobody can tell whether a change improved the journey.
rule-stage-missing-kpis-fix = Add `kpis:` with a `name`, a `target` and, once measured, the `actual` figure.

rule-kpi-missing-target-summary = A KPI has no target
rule-kpi-missing-target-why = An actual figure without a target cannot be judged as met or missed.
rule-kpi-missing-target-fix = Add `target:` with the figure the team aims for.

rule-touchpoint-missing-channel-summary = A touchpoint does not say which channel it runs through
rule-touchpoint-missing-channel-why = Different segments use different channels at the same stage; without a channel the touchpoint cannot be planned or measured per channel.
rule-touchpoint-missing-channel-fix = Add `channel:` with the id of a channel declared under `channels:`.

rule-invalid-review-date-summary = `reviewed` is not a calendar date written as YYYY-MM-DD
rule-invalid-review-date-why = Freshness is judged from this date; a date that cannot be read makes the map's age unknown.
rule-invalid-review-date-fix = Write the date of the last review as YYYY-MM-DD, e.g. `reviewed: 2026-10-01`.

rule-review-date-in-future-summary = `reviewed` lies after today
rule-review-date-in-future-why = A review cannot happen in the future; the date is a typo, and it would keep the map looking fresh for longer than it is.
rule-review-date-in-future-fix = Write the date the review actually took place.

rule-stale-map-summary = The map was last reviewed longer ago than the review period (six months by default)
rule-stale-map-why = A journey map is data about customers, and customers and channels change quickly: the methodology asks for a review at least once every six months. A stale map leads decisions astray.
rule-stale-map-fix = Review the map with the team (stages, channels, figures), then run `cjm review FILE --by NAME`: it sets `reviewed` to today (`--date` for another day) and changes nothing else in the file.

rule-review-due-soon-summary = The map's review falls due soon (within 30 days by default)
rule-review-due-soon-why = `stale-map` is an error by default, so on the day after a map's due date every open pull request fails. A notice ahead of it gives the team time to plan the review.
rule-review-due-soon-fix = Plan the review with the team before the due date, then set `reviewed` to the date of the review. `remind_before` in .cjm.yaml (or `--remind-before`) sets how early the notice starts.

rule-unused-suppression-summary = A `cjm-ignore` comment suppresses nothing
rule-unused-suppression-why = A suppression outlives the problem it was written for: once the map is fixed, or the rule is turned off, it only hides the next real problem of that kind.
rule-unused-suppression-fix = Remove the comment, or the code in it that no longer applies.

rule-invalid-suppression-summary = A `cjm-ignore` comment names no rule, or a rule that does not exist
rule-invalid-suppression-why = A misspelt code suppresses nothing, and the finding it was meant for stays.
rule-invalid-suppression-fix = Name rules by code or name (`cjm rules` lists them), separated by commas; write a reason after `—`: `# cjm-ignore: CJM308 — KPIs come with the Q3 research`.

rule-unknown-source-summary = An `evidence` list names a source that is not declared under `sources`
rule-unknown-source-why = Evidence is only worth something when a reader can find the interview, survey or export behind a claim; an undeclared source is usually a typo and leaves the claim unsupported.
rule-unknown-source-fix = Correct the id (the finding suggests the closest one) or declare the source.

rule-unsupported-claim-summary = A high-severity pain or a stage emotion cites no source (in a map that declares `sources`; a warning under `--strict`)
rule-unsupported-claim-why = High-severity pains set the team's priorities and stage emotions draw the emotion curve; a map that names its research should say which of it each of them comes from, so that a guess is not read as a finding.
rule-unsupported-claim-fix = Add `evidence: [SOURCE-ID]` to the pain, or `emotion_evidence: [SOURCE-ID]` to the stage, naming the research it comes from; if there is none yet, plan it.

rule-stale-source-summary = A source dates from longer ago than the review period (six months by default)
rule-stale-source-why = Customers and channels change quickly: a review that rests on research older than the review period repeats old findings instead of checking them.
rule-stale-source-fix = Redo the research or export the data again and update `date`, or cite a newer source instead. `max_age` in .cjm.yaml sets the period.

rule-segment-not-reached-summary = A segment has no touchpoint at a stage that has touchpoints
rule-segment-not-reached-why = Different segments use different channels at the same stage; a segment no touchpoint concerns is either lost at that stage or missing from the map, and the channel matrix shows an empty cell.
rule-segment-not-reached-fix = Add the touchpoint through which the segment meets the stage (`segments: [ID]`), or drop `segments` from a touchpoint that concerns every segment.

rule-unknown-return-stage-summary = A loop (`returns_to`) names a stage that is not declared under `stages`
rule-unknown-return-stage-why = A loop says where a bad experience sends the customer; reports draw it as an arrow back to that stage, and a stage that does not exist is usually a typo.
rule-unknown-return-stage-fix = Correct the id (the finding suggests the closest one) or declare the stage.

rule-loop-not-backward-summary = A loop (`returns_to`) goes to its own stage or to a later one
rule-loop-not-backward-why = A loop is where a bad experience sends the customer back to, such as the first stage; a loop to the same stage or forward is a step of the journey, not a loop, and is usually the wrong id.
rule-loop-not-backward-fix = Name the earlier stage the customer goes back to, or remove `returns_to`.

rule-no-repeat-trigger-summary = The map's last stage has no trigger: nothing brings the customer back
rule-no-repeat-trigger-why = Repeat sales come from triggers: we remind the customer (instrumental), the product reminds them (product), or life does (random). Without one at the end of the journey, nothing brings the customer back for a repeat purchase.
rule-no-repeat-trigger-fix = Add `triggers:` to the last stage, each with a `name`, a `kind` (instrumental, product or random) and the `channel` it arrives through.

rule-funnel-loss-between-stages-summary = Fewer customers enter a stage than moved on from the stage before it
rule-funnel-loss-between-stages-why = Customers who moved on from one stage arrive at the next; when fewer arrive, a stage is missing between them or a figure is wrong. More is allowed: customers can enter at a later stage (the report says so).
rule-funnel-loss-between-stages-fix = Check both figures against their source (analytics, CRM), or add the stage where the customers go.
