# The words of `cjm report`: headings, labels, statuses and sentences. Figures arrive
# formatted for the language; $n is a formatted count, $count the number that picks the form.

report-portfolio-title = Customer journey maps
report-untitled-map = Untitled map
report-as-of = Report as of { $date }.
report-portfolio-summary = { $maps }: { $errors }, { $warnings }.
report-maps = { $count ->
    [one] { $n } map
   *[other] { $n } maps
}
report-errors = { $count ->
    [one] { $n } error
   *[other] { $n } errors
}
report-warnings = { $count ->
    [one] { $n } warning
   *[other] { $n } warnings
}
report-owner = Owner
report-reviewed = Reviewed
report-reviewed-by = Reviewed by
report-freshness = Freshness
report-file = File
report-unreadable-map = This file could not be read as a journey map; the findings below say why.
report-map-has-errors = This map has errors, so parts of this report may be missing or wrong; the findings come first.
report-days = { $count ->
    [one] { $n } day
   *[other] { $n } days
}
report-fresh = fresh — next review due { $due } (in { $days })
report-fresh-last-day = fresh — next review due { $due } (today)
report-stale = stale — review overdue by { $days } (was due { $due })
report-future = review date { $reviewed } is in the future
report-no-review-date = unknown — no valid review date
report-fresh-short = fresh (due in { $days })
report-fresh-last-day-short = fresh (due today)
report-stale-short = stale (overdue by { $days })
report-future-short = review date in the future
report-segments = Segments
report-emotion-curve = Emotion curve
report-journey = Journey
report-funnel = Funnel
report-kpis = KPIs
report-top-pains = Top pains
report-findings = Findings
report-map = Map
report-stage = Stage
report-segment = Segment
report-who = Who
report-what = What
report-why = Why
report-when = When
report-where = Where
report-goals = Customer goals
report-touchpoints = Touchpoints
report-emotion = Emotion
report-pains = Pains
report-opportunities = Opportunities
report-entered = Entered
report-advanced = Moved on
report-stage-conversion = Stage conversion
report-cumulative-conversion = From first stage
report-kpi = KPI
report-target = Target
report-actual = Actual
report-unit = Unit
report-share-of-target = % of target
report-status = Status
report-severity = Severity
report-pain = Pain
report-level = Severity
report-rule = Rule
report-line = Line
report-message = Message
report-error-count = Errors
report-warning-count = Warnings
report-percent = { $number }%
report-unnamed-stage = Stage { $position }
report-mean-emotion-note = ≈ marks a stage without an emotion score of its own: the mean of its touchpoints' scores is shown.
report-no-emotion = No emotion scores in this map.
report-largest-drop-off = The largest loss is at { $stage }: { $share } of customers do not move on.
report-no-funnel = No funnel figures in this map.
report-no-kpis = No KPIs in this map.
report-no-pains = No pains in this map.
report-no-findings = No findings.
report-met = met
report-below-target = below target
report-no-data = no data
report-high = high
report-medium = medium
report-low = low
report-unrated = unrated
report-error = error
report-warning = warning
report-info = info
report-needs = Needs
report-badge-fresh = fresh
report-badge-due-soon = due soon
report-badge-stale = stale
report-badge-future = review date in the future
report-badge-unknown = no review date
report-stage-score = Stage score
report-touchpoint-score = Touchpoint
report-no-channel = No channel
report-curve-title = Emotion curve: { $map }
report-scale-note = Scale: { $min } (worst) to { $max } (best).
report-sort-hint = Select a column heading to sort.
report-due-on = due { $date }
report-touchpoint-count = { $count ->
    [one] { $n } touchpoint
   *[other] { $n } touchpoints
}

## Triggers, loops, risks and the funnel between stages.

report-triggers = Triggers
report-loops = Loops
report-risks = Risks
report-between-stages = Between stages
report-trigger = Trigger
report-trigger-kind = Kind
report-trigger-channel = Channel
report-risk = Risk
report-likelihood = Likelihood
report-mitigation = Mitigation
# The lane of the page a stage's risks are in, beside its KPIs.
report-risk-of-kpi = KPI { $kpi }
# The kinds of trigger, as the methodology explains them.
report-trigger-instrumental = instrumental — we remind
report-trigger-product = product — the product reminds
report-trigger-random = random — life reminds
report-trigger-unknown-kind = kind not given
report-no-triggers = No stage lists a trigger: nothing is recorded that brings the customer back.
report-no-loops = No loop is recorded: the map does not say where a bad experience sends the customer.
report-no-risks = No risks are recorded.
report-loop-line = { $from } ↩ back to { $to }
# The touchpoint a loop starts from.
report-loop-from-touchpoint = from the touchpoint “{ $touchpoint }”
report-loop-share = { $share } of customers
# After a loop to a stage id the map does not declare.
report-loop-undeclared-stage = not a stage of this map
# Fewer enter the next stage than moved on; $lost is formatted, $count selects the form.
report-lost-between = { $count ->
    [one] { $lost } customer who moved on from { $from } does not enter { $to }: a stage is missing between them, or a figure is wrong.
   *[other] { $lost } customers who moved on from { $from } do not enter { $to }: a stage is missing between them, or a figure is wrong.
}
# More enter the next stage than moved on.
report-gained-between = { $count ->
    [one] { $to } admits { $more } more customer than moved on from { $from }: they come from other entry points.
   *[other] { $to } admits { $more } more customers than moved on from { $from }: they come from other entry points.
}
# Short notes in a stage's column of the page.
report-lost-short = { $lost } lost on the way here
report-gained-short = +{ $more } from other entry points
