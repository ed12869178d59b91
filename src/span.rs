//! Byte ranges into a map file, and values that remember where they came from.
//!
//! Every value a rule may point at is kept as a [`Spanned`] value, so a finding can name
//! the exact line and column even when the problem is only found after parsing (a dangling
//! reference, a stage with no touchpoints).

use serde::{Serialize, Serializer};

/// A half-open byte range `start..end` in the text of one file.
///
/// Offsets always fall on UTF-8 character boundaries of that text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Self {
        Self { start, end }
    }

    /// An empty span at `offset`, for problems that belong to a point rather than a range
    /// (the start of a file, the end of a truncated document).
    pub const fn at(offset: usize) -> Self {
        Self::new(offset, offset)
    }

    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    pub const fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// This span, moved inside `text` and onto character boundaries.
    ///
    /// Spans come from the YAML parser, which reports positions in its own terms; clamping
    /// once here means no renderer can slice a string at an invalid offset.
    pub fn clamp_to(self, text: &str) -> Self {
        let floor = |mut offset: usize| {
            offset = offset.min(text.len());
            while !text.is_char_boundary(offset) {
                offset -= 1;
            }
            offset
        };
        let start = floor(self.start);
        let end = floor(self.end.max(start));
        Self::new(start, end)
    }
}

/// A value together with the span of the YAML node it was read from.
#[derive(Clone, Debug, PartialEq)]
pub struct Spanned<T> {
    pub value: T,
    pub span: Span,
}

impl<T> Spanned<T> {
    pub const fn new(value: T, span: Span) -> Self {
        Self { value, span }
    }

    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Spanned<U> {
        Spanned::new(f(self.value), self.span)
    }
}

impl<T> std::ops::Deref for Spanned<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.value
    }
}

/// Reports and JSON output show the value only; positions are an input concern.
impl<T: Serialize> Serialize for Spanned<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.value.serialize(serializer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clamp_keeps_spans_on_char_boundaries() {
        let text = "id: сделка";
        // Byte 5 is inside the two-byte `с`.
        assert_eq!(Span::new(5, 100).clamp_to(text), Span::new(4, text.len()));
        assert_eq!(Span::new(50, 10).clamp_to(text), Span::at(text.len()));
    }
}
