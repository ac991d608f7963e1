//! Entity labels and the BIO tags a sequence tagger predicts.

use std::fmt;

/// The contract's entity labels (ANNOTATIONS.md). Dates and times are
/// quantities, found by the numbers stage, not entities.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Label {
    Per,
    Loc,
    Org,
    Event,
    Product,
}

impl Label {
    pub const ALL: [Label; 5] = [Label::Per, Label::Loc, Label::Org, Label::Event, Label::Product];

    pub fn as_str(self) -> &'static str {
        match self {
            Label::Per => "PER",
            Label::Loc => "LOC",
            Label::Org => "ORG",
            Label::Event => "EVENT",
            Label::Product => "PRODUCT",
        }
    }

    pub fn parse(name: &str) -> Option<Label> {
        Label::ALL.into_iter().find(|l| l.as_str() == name)
    }
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A BIO tag, numbered densely so that it indexes weight rows:
/// 0 is O, then B-label and I-label for each label in [`Label::ALL`] order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tag(pub u8);

pub const TAG_COUNT: usize = 1 + 2 * Label::ALL.len();

impl Tag {
    pub const OUTSIDE: Tag = Tag(0);

    pub fn begin(label: Label) -> Tag {
        Tag(1 + 2 * label as u8)
    }

    pub fn inside(label: Label) -> Tag {
        Tag(2 + 2 * label as u8)
    }

    pub fn label(self) -> Option<Label> {
        (self.0 > 0).then(|| Label::ALL[(self.0 as usize - 1) / 2])
    }

    pub fn is_inside(self) -> bool {
        self.0 > 0 && self.0 % 2 == 0
    }

    /// BIO's one constraint: I-X may only follow B-X or I-X.
    pub fn may_follow(self, previous: Option<Tag>) -> bool {
        if !self.is_inside() {
            return true;
        }
        matches!(previous, Some(p) if p.label() == self.label() && p != Tag::OUTSIDE)
    }
}

/// Turns a tag sequence into `(first token, end token, label)` spans.
/// An I-X that cannot continue (decoding forbids it, but a caller may not)
/// opens a new span rather than being dropped.
pub fn spans(tags: &[Tag]) -> Vec<(usize, usize, Label)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, Label)> = None;
    for (i, tag) in tags.iter().enumerate() {
        let continues = tag.is_inside() && open.map(|(_, l)| Some(l)) == Some(tag.label());
        if continues {
            continue;
        }
        if let Some((start, label)) = open.take() {
            out.push((start, i, label));
        }
        if let Some(label) = tag.label() {
            open = Some((i, label));
        }
    }
    if let Some((start, label)) = open {
        out.push((start, tags.len(), label));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_round_trip_labels() {
        for label in Label::ALL {
            assert_eq!(Tag::begin(label).label(), Some(label));
            assert_eq!(Tag::inside(label).label(), Some(label));
            assert!(Tag::inside(label).is_inside());
            assert!(!Tag::begin(label).is_inside());
            assert_eq!(Label::parse(label.as_str()), Some(label));
        }
        assert_eq!(Tag::OUTSIDE.label(), None);
    }

    #[test]
    fn bio_constraint() {
        let i_per = Tag::inside(Label::Per);
        assert!(!i_per.may_follow(None));
        assert!(!i_per.may_follow(Some(Tag::OUTSIDE)));
        assert!(!i_per.may_follow(Some(Tag::begin(Label::Loc))));
        assert!(i_per.may_follow(Some(Tag::begin(Label::Per))));
        assert!(i_per.may_follow(Some(i_per)));
    }

    #[test]
    fn spans_from_tags() {
        let (b, i) = (Tag::begin(Label::Per), Tag::inside(Label::Per));
        let loc = Tag::begin(Label::Loc);
        let tags = [Tag::OUTSIDE, b, i, loc, Tag::OUTSIDE, b, b, i];
        assert_eq!(
            spans(&tags),
            vec![(1, 3, Label::Per), (3, 4, Label::Loc), (5, 6, Label::Per), (6, 8, Label::Per)]
        );
    }
}
