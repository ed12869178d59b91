# The words of the report's research sections: sources, evidence, the channel matrix.

research-channel-matrix = Channels by segment and stage
research-segment-curves = Emotion by segment
research-evidence = Evidence
research-sources = Sources
research-not-reached = not reached
research-no-channel = no channel
research-backed = Backed items
research-backed-share = Share backed
research-cited-sources = Sources cited
research-source = Source
research-kind = Kind
research-date = Date
research-size = Respondents or records
research-cited-by = Cited by
research-stale-source = older than the review period
research-of = { $part } of { $whole }
research-interview = interviews
research-survey = survey
research-crm = CRM data
research-analytics = analytics
research-support = support
research-other = other
