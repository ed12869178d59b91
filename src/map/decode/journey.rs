//! The keys of issue 13 on stages, touchpoints and KPIs: triggers, loops (`returns_to`)
//! and risks. Each decodes with the same machinery, and so the same messages, as the
//! elements beside it.

use super::Decoder;
use super::fields::{Fields, Owner, Taken};
use super::kind::Element;
use super::values::Expected;
use crate::i18n::Message;
use crate::map::model::{Field, List, Rating, ReturnTo, Risk, Trigger, TriggerKind};
use crate::map::yaml::{Node, Value};
use crate::msg;
use crate::rules::structure::INVALID_VALUE;
use crate::span::Spanned;

impl Decoder<'_> {
    pub(super) fn trigger(&mut self, node: Node, index: usize, stage: &Message) -> Option<Trigger> {
        let mut fields = self.element(node, Element::Trigger, index, Some(stage))?;
        let name = fields.required_text(self, "name");
        fields.rename(Element::Trigger.name(&name, index, Some(stage)));
        let kind = match self.keyword(
            &mut fields,
            "kind",
            &TriggerKind::ALL.map(|kind| (kind.as_str(), kind)),
            msg!("a-trigger-kind"),
        ) {
            Field::Absent => {
                fields.report_missing(self, "kind");
                Field::Absent
            }
            kind => kind,
        };
        let trigger = Trigger {
            span: fields.span,
            kind,
            channel: fields.text(self, "channel"),
            evidence: fields.text_list(self, "evidence"),
            name,
        };
        fields.finish(self);
        Some(trigger)
    }

    /// `returns_to: STAGE_ID`, or the mapping `{stage, share, when}` when the loop says more.
    pub(super) fn returns_to(&mut self, owner_fields: &mut Fields) -> Option<ReturnTo> {
        let Taken::Written(_, node) = owner_fields.take("returns_to") else {
            return None;
        };
        let subject = owner_fields.subject("returns_to").message();
        match node.value {
            Value::Null => None,
            Value::Str(text) if text.trim().is_empty() => None,
            Value::Str(text) => Some(ReturnTo {
                span: node.span,
                stage: Field::Present(Spanned::new(text, node.span)),
                share: Field::Absent,
                when: Field::Absent,
            }),
            Value::Map(_) => {
                let mut fields =
                    Fields::open(self, node, Element::ReturnTo, Owner::Named(subject))?;
                fields.rename(msg!("loop-of", owner = owner_fields.owner()));
                let stage = fields.required_text(self, "stage");
                // A share lies between 0 and 1: its digits never need keeping.
                let share = match fields.number(self, "share") {
                    Field::Present(share) => {
                        Field::Present(Spanned::new(share.value.value, share.span))
                    }
                    Field::Absent => Field::Absent,
                    Field::Invalid => Field::Invalid,
                };
                let share = match share {
                    Field::Present(share) if !(0.0..=1.0).contains(&share.value) => {
                        self.findings
                            .report(
                                &INVALID_VALUE,
                                share.span,
                                msg!(
                                    "share-out-of-range",
                                    owner = fields.owner(),
                                    share = share.value.to_string()
                                ),
                            )
                            .label(msg!("not-between-0-and-1"))
                            .help(msg!("write-share-as-fraction"));
                        Field::Invalid
                    }
                    share => share,
                };
                let loop_ = ReturnTo {
                    span: fields.span,
                    stage,
                    share,
                    when: fields.text(self, "when"),
                };
                fields.finish(self);
                Some(loop_)
            }
            _ => {
                self.wrong_type(&node, &subject, Expected::ReturnTo);
                None
            }
        }
    }

    pub(super) fn risks(&mut self, owner_fields: &mut Fields, owner: &Message) -> List<Risk> {
        owner_fields.list(self, "risks", |decoder, node, index, _| {
            decoder.risk(node, index, owner)
        })
    }

    fn risk(&mut self, node: Node, index: usize, owner: &Message) -> Option<Risk> {
        match node.value {
            Value::Str(text) if !text.trim().is_empty() => Some(Risk {
                span: node.span,
                text: Field::Present(Spanned::new(text, node.span)),
                likelihood: Field::Absent,
                mitigation: Field::Absent,
            }),
            Value::Map(_) => {
                let mut fields = self.element(node, Element::Risk, index, Some(owner))?;
                let risk = Risk {
                    span: fields.span,
                    text: fields.required_text(self, "text"),
                    likelihood: self.keyword(
                        &mut fields,
                        "likelihood",
                        &Rating::ALL.map(|likelihood| (likelihood.as_str(), likelihood)),
                        msg!("a-likelihood"),
                    ),
                    mitigation: fields.text(self, "mitigation"),
                };
                fields.finish(self);
                Some(risk)
            }
            _ => {
                let subject = Element::Risk.name(&Field::Absent, index, Some(owner));
                self.wrong_type(&node, &subject, Expected::Risk);
                None
            }
        }
    }
}
