# The words `cjm init` writes into every skeleton: placeholders to replace. The names of
# stages, segments and channels belong to each template (`templates/*.yaml`).

init-next-steps = A customer journey map. Replace every <placeholder>, then check it with `cjm validate`.
init-title = <Whose journey, to what: e.g. Buying a wardrobe online>
init-owner = <Person or team accountable for the map>
init-description = <Why the map exists and what it is based on: interviews, CRM, analytics>
init-who = <Who: who the customers are — role, age, situation>
init-what = <What: what they buy, the product or service>
init-why = <Why: what makes them buy, their motivation>
init-when = <When: the moment or occasion of the purchase>
init-where = <Where: where they buy, the place or channel>
init-goal = <What the customer wants to achieve at this stage>
init-need = <What the customer needs or expects here>
init-touchpoint = <Where the customer meets us: an ad, the website, a call>
init-pain = <What hurts or blocks the customer here>
init-opportunity = <What the team will change at this stage>
init-kpi-unit = <unit: per month, %, days>
init-source = <The research behind the map: interviews, a survey, a CRM export; set its date and size>
init-trigger-instrumental = <How we remind the customer ourselves: a letter in six months>
init-trigger-product = <How the product itself reminds: the shelf reminds of the store>
init-trigger-random = <What in life reminds of us: a toothache reminds of the clinic>
init-loop-when = <What bad experience sends the customer back to the first stage>
init-risk = <What may keep the team from reaching this figure>
init-mitigation = <What the team will do about it>
