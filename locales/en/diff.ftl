# The words of `cjm diff`. Map text arrives quoted and escaped for the output format.

diff-title = Journey map changes
diff-compared = Compared: { $old } → { $new }.
diff-working-tree = working tree
diff-summary = Maps changed: { $changed }, added: { $added }, removed: { $removed }, unchanged: { $unchanged }.
diff-new-findings = { $count ->
    [one] { $n } new finding
   *[other] { $n } new findings
}
diff-fixed-findings = { $count ->
    [one] { $n } fixed finding
   *[other] { $n } fixed findings
}
diff-changes = { $count ->
    [one] { $n } change
   *[other] { $n } changes
}
diff-no-changes = No map changed.
diff-map-added = New map.
diff-map-removed = Map removed.
diff-map-renamed = Renamed from { $old_path }.
diff-journey-unchanged = The journey is unchanged: only formatting or comments differ.
diff-unreadable-old = The old version could not be read as a journey map.
diff-unreadable-new = The new version could not be read as a journey map.
diff-new-findings-heading = New findings
diff-fixed-findings-heading = Fixed findings
diff-quote = “{ $text }”
diff-none = none
diff-title-field = Title
diff-name-field = Name
diff-field-changed = { $field }: { $old } → { $new }
diff-segment-added = Segment { $segment } added
diff-segment-removed = Segment { $segment } removed
diff-segment-changed = Segment { $segment }, { $change }
diff-channel-added = Channel { $channel } added
diff-channel-removed = Channel { $channel } removed
diff-source-added = Source { $source } added
diff-source-removed = Source { $source } removed
# The research was done again, or its data exported again.
diff-source-date-changed = Date of source { $source }: { $old } → { $new }
diff-stage-added = Stage { $stage } added at position { $position }
diff-stage-removed = Stage { $stage } removed
diff-stage-renamed = Stage { $old } renamed to { $new }
diff-stage-moved = Stage { $stage } moved from position { $from } to { $to }
diff-touchpoint-added = Touchpoint { $touchpoint } added at { $stage }
diff-touchpoint-removed = Touchpoint { $touchpoint } removed from { $stage }
diff-trigger-added = Trigger { $trigger } added at { $stage } ({ $kind })
diff-trigger-removed = Trigger { $trigger } removed from { $stage } ({ $kind })
diff-trigger-kind-changed = Kind of trigger { $trigger } at { $stage }: { $old } → { $new }
diff-stage-emotion = Emotion at { $stage }: { $old } → { $new }
diff-touchpoint-emotion = Emotion at touchpoint { $touchpoint } ({ $stage }): { $old } → { $new }
diff-kpi-added = KPI { $kpi } added at { $stage }: { $figures }
diff-kpi-removed = KPI { $kpi } removed from { $stage }
diff-kpi-changed = KPI { $kpi } at { $stage }: { $details }
diff-kpi-figures = target { $target }, actual { $actual }
diff-target-change = target { $old } → { $new }
diff-actual-change = actual { $old } → { $new }
diff-risk-added = Risk { $risk } added at { $stage } (likelihood: { $likelihood })
diff-risk-removed = Risk { $risk } removed from { $stage } (likelihood: { $likelihood })
diff-risk-likelihood-changed = Likelihood of risk { $risk } at { $stage }: { $old } → { $new }
diff-kpi-risk-added = Risk { $risk } added to KPI { $kpi } at { $stage } (likelihood: { $likelihood })
diff-kpi-risk-removed = Risk { $risk } removed from KPI { $kpi } at { $stage } (likelihood: { $likelihood })
diff-kpi-risk-likelihood-changed = Likelihood of risk { $risk } to KPI { $kpi } at { $stage }: { $old } → { $new }
diff-conversion-changed = Conversion at { $stage }: { $old } → { $new }
diff-drop-off-moved = The largest drop-off moved from { $old } to { $new }
diff-drop-off-appeared = The largest drop-off is now at { $new }
diff-drop-off-gone = No stage loses customers any more (the largest loss was at { $old })
# Where a loop starts, for $from below: a stage, or a touchpoint of it.
diff-loop-from-stage = from { $stage }
diff-loop-from-touchpoint = from touchpoint { $touchpoint } at { $stage }
diff-loop-added = Loop { $from } back to { $to } added
diff-loop-removed = Loop { $from } back to { $to } removed
diff-loop-share-changed = Share of customers going back { $from } to { $to }: { $old } → { $new }
diff-pain-added = Pain { $pain } added at { $stage } ({ $severity })
diff-pain-removed = Pain { $pain } removed from { $stage } ({ $severity })
diff-high-pain-removed = High-severity pain { $pain } removed from { $stage }: resolved, or deleted?
diff-pain-severity-changed = Severity of pain { $pain } at { $stage }: { $old } → { $new }
diff-opportunity-added = Opportunity { $opportunity } added at { $stage }
diff-opportunity-removed = Opportunity { $opportunity } removed from { $stage }
diff-finding = { $severity } { $rule }, line { $line }: { $message }
