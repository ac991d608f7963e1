//! The records of the annotation contract (`shared/spec/ANNOTATIONS.md`):
//! one [`DocRecord`] per article, as a JSON Lines object. Gold files and the
//! pipeline's output share these types, so that one scorer reads both.
//!
//! Offsets are code points into the article's plain text, `end` exclusive.
//! Unknown fields are ignored on reading: the pipeline may write more.

use std::fmt;

use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// One article's annotations. A layer that is `None` was left out: it is not
/// scored for this article, whereas `Some(vec![])` means "none here".
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DocRecord {
    pub doc: String,
    /// Publication date (ISO 8601), against which relative dates resolve.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Hex SHA-256 of the UTF-8 text, to catch a text that changed under its offsets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text_sha256: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entities: Option<Vec<EntityRecord>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quantities: Option<Vec<QuantityRecord>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub facts: Option<Vec<FactRecord>>,
}

/// A named entity: PER, LOC, ORG, EVENT or PRODUCT in the contract.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EntityRecord {
    pub start: usize,
    pub end: usize,
    pub label: String,
    pub text: String,
    /// Gold only: finding it is not rewarded, missing it is not penalised.
    #[serde(default, skip_serializing_if = "is_false")]
    pub optional: bool,
    /// Not in gold: how sure the NER backend was, in [0, 1].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidence: Option<f64>,
}

/// A number-bearing expression and its normalised value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuantityRecord {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// count, number, percent, money, measure, age, duration, date, time, datetime, ordinal.
    pub kind: String,
    /// A number, or an ISO 8601 string for durations, dates and times.
    pub value: Value,
    /// Upper bound of a range (`approx: "range"`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_max: Option<Value>,
    #[serde(default)]
    pub unit: Option<String>,
    /// exact, approx, min, max or range.
    #[serde(default)]
    pub approx: Option<String>,
    #[serde(default, skip_serializing_if = "is_false")]
    pub optional: bool,
}

/// What a count or amount measures in the world, pointing at its quantity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FactRecord {
    /// One of the contract's event codes (ARREST, KILL, …, OTHER).
    pub event: String,
    pub value: Value,
    #[serde(default)]
    pub unit: Option<String>,
    /// The place as written in the text.
    #[serde(default)]
    pub location: Option<String>,
    /// ISO 3166-1 alpha-2 code of that place's country.
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default)]
    pub date: Option<String>,
    pub quantity: SpanRef,
    #[serde(default, skip_serializing_if = "is_false")]
    pub optional: bool,
    /// Not in gold: how sure the event model was of the event, in [0, 1].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidence: Option<f64>,
    /// Not in gold: the quantity of the figure this one is a part of
    /// ("dont 45" in "3 222 victimes, dont 45 enfants").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part_of: Option<SpanRef>,
}

/// The span of the quantity a fact points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpanRef {
    pub start: usize,
    pub end: usize,
}

/// A quantity's or fact's value: a number, or an ISO 8601 string for
/// durations, dates and times. Typed, so that no stage hands another an
/// untyped JSON value; written as JSON writes it (a whole number without
/// ".0").
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Number(f64),
    Text(String),
    /// Written `null`: not a value the contract allows, but kept so that a
    /// reader can name it instead of failing to parse the line.
    Null,
}

impl Value {
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Number(n) => Some(*n),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Text(s) => Some(s),
            _ => None,
        }
    }
}

/// Whole numbers below 2^53 are written as integers, as the contract's
/// examples are ("value": 2571).
const LARGEST_EXACT_INTEGER: f64 = 9.0e15;

impl Serialize for Value {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Value::Number(n) if n.fract() == 0.0 && n.abs() < LARGEST_EXACT_INTEGER => serializer.serialize_i64(*n as i64),
            Value::Number(n) if n.is_finite() => serializer.serialize_f64(*n),
            Value::Number(_) | Value::Null => serializer.serialize_unit(),
            Value::Text(s) => serializer.serialize_str(s),
        }
    }
}

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Value, D::Error> {
        struct ValueVisitor;
        impl Visitor<'_> for ValueVisitor {
            type Value = Value;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a number or a string")
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Value, E> {
                Ok(Value::Number(v as f64))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Value, E> {
                Ok(Value::Number(v as f64))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Value, E> {
                Ok(Value::Number(v))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Value, E> {
                Ok(Value::Text(v.to_string()))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Value, E> {
                Ok(Value::Null)
            }
        }
        deserializer.deserialize_any(ValueVisitor)
    }
}

/// As JSON writes it: `2571`, `0.5`, `"2024-11-06"`, `null`.
impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Number(n) if n.fract() == 0.0 && n.abs() < LARGEST_EXACT_INTEGER => write!(f, "{}", *n as i64),
            Value::Number(n) if n.is_finite() => write!(f, "{n:?}"),
            Value::Number(_) | Value::Null => f.write_str("null"),
            Value::Text(s) => write!(f, "{s:?}"),
        }
    }
}

fn is_false(flag: &bool) -> bool {
    !*flag
}
