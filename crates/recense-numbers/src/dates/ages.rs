//! Years from plain numbers, ISO durations and ages.

use super::*;
use crate::tok::Toks;

/// Year from a plain 4-digit number, when the context says so.
pub fn year_ctx(ctx: &Ctx, n: &Num) -> Option<(Cand, bool)> {
    let t = ctx.t;
    if !n.plain || !t.is_digits(n.s) || t.raw(n.s).len() != 4 || n.e != n.s + 1 {
        return None;
    }
    let y: i32 = t.raw(n.s).parse().ok()?;
    if !(1000..=2999).contains(&y) {
        return None;
    }
    let prev = if n.s > 0 { t.n(n.s - 1) } else { "" };
    let prep = ctx.tb.year_before.contains(prev) || connects_years(ctx, n);
    if prep || (1900..=2100).contains(&y) {
        let mut c = Cand::text(n.s, n.e, Kind::Date, format!("{:04}", y));
        c.approx = Approx::Exact;
        return Some((c, prep));
    }
    None
}

/// "de 1914 à 1918", "entre 1870 et 1871", "l'hiver de 1709", "la loi de 1881": a connector
/// makes a number a year only beside another year or a word of time ("de
/// l'année et 1370 ont perdu la vie" counts people).
fn connects_years(ctx: &Ctx, n: &Num) -> bool {
    let t = ctx.t;
    let year_at = |k: usize| t.is_digits(k) && t.raw(k).len() == 4;
    match t.n(n.s.wrapping_sub(1)) {
        "et" | "a" | "au" => year_at(n.s.wrapping_sub(2)),
        "de" | "entre" => {
            (matches!(t.n(n.e), "a" | "au" | "et") && year_at(n.e + 1))
                || ctx.tb.year_before_de.contains(t.n(n.s.wrapping_sub(2)))
        }
        _ => false,
    }
}

pub fn iso_num(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        let s = format!("{:.6}", v);
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

pub fn iso_duration(v: f64, unit: &str) -> Option<String> {
    iso_duration_of(&[(v, unit)])
}

/// Whether "N ans" (months, weeks, days) is a person's age; the words
/// that decide are in `models/numbers/ages.tsv`.
pub fn age_context(ctx: &Ctx, n: &Num, unit: &str, e: usize) -> bool {
    // "datant de 3,7 milliards d'années": millions of years are no one's age;
    // "fêter trois semaines plus tôt": a time before or after, whatever the verb
    if !matches!(unit, "Y" | "M" | "W" | "D") || n.scaled || super::relative::earlier_or_later(ctx.t, e).is_some() {
        return false;
    }
    (unit == "Y" && n.s > 1 && apposed(ctx, n, e)) || old_after(ctx.t, e) || age_by_words_before(ctx, n, unit, e)
}

/// An apposition: "Paul, 26 ans, …", "Jean Dupont (26 ans)", "Aristide, 63
/// ans aujourd'hui, …" (the age now), "Karim C., 39 ans (né le 31 décembre
/// 1977)", "« Mohamed R. », 39 ans" (any closing quote), "Charlotte, 18 ans et Sébastien, 21
/// ans" (the next name of a list), "Zuzana H., 26 ans et ancienne employée" (a
/// second apposition).
fn apposed(ctx: &Ctx, n: &Num, e: usize) -> bool {
    let t = ctx.t;
    let today = t.n(e).starts_with("aujourd");
    let e = if today { (e..e + 3).find(|&k| t.n(k).ends_with("hui")).map_or(e, |k| k + 1) } else { e };
    let (before, after) = (t.n(n.s - 1), t.n(e));
    let birth_after = after == "(" && matches!(t.n(e + 1), "ne" | "nee");
    let next_name = after == "et" && t.first_upper(e + 1);
    // "Zuzana Hlávková, 26 ans et ancienne employée": a second apposition
    // (not a second part of a length: "7 ans et deux mois après les faits")
    let counted = |k: usize| t.is_digits(k) || crate::num::word_info(ctx.tb, t.n(k)).is_some();
    let and_more = after == "et" && t.is_word(e + 1) && !t.first_upper(e + 1) && !counted(e + 1) && !matches!(t.n(e + 1), "demi" | "demie" | "plus" | "moins");
    let closes = e >= t.len() || matches!(after, "," | ")" | "." | ";") || birth_after || next_name || and_more;
    let named = t.is_word(n.s - 2) || matches!(t.n(n.s - 2), "»" | "\"" | "”");
    (before == "," && named && closes) || (before == "(" && after == ")")
}

/// "vieux", "vieille" within the three words after, before any punctuation.
fn old_after(t: &Toks, e: usize) -> bool {
    for j in e..(e + 3).min(t.len()) {
        if matches!(t.n(j), "vieux" | "vieille" | "vieilles" | "vieil") {
            return true;
        }
        if t.is_punct(j) {
            break;
        }
    }
    false
}

/// What the five words before say: the first that decides wins ("âgé
/// de", "à", "ses", a verb of ages.tsv …); the words of its skip list are
/// passed over.
fn age_by_words_before(ctx: &Ctx, n: &Num, unit: &str, e: usize) -> bool {
    let (t, words) = (ctx.t, &ctx.tb.ages);
    let mut k = n.s;
    while k > n.s.saturating_sub(5) {
        k -= 1;
        let w = t.n(k);
        // a coordinated age before it: "deux adolescentes de 14 et 17 ans"
        if w == "et" && k >= 2 && t.is_digits(k - 1) && t.soft(k) {
            k -= 1;
            continue;
        }
        if w == "a" && !avoir(ctx, k) {
            return unit == "Y" && at_age(ctx, k, n, e);
        }
        if matches!(w, "les" | "des" | "aux") && k + 1 == n.s {
            return unit == "Y" && age_band(t, k, n, e);
        }
        // a group by its age: "les moins de 18 ans", "aux plus de 65 ans"
        if matches!(w, "les" | "des" | "aux") && k + 3 == n.s && matches!(t.n(k + 1), "moins" | "plus") && t.n(k + 2) == "de" {
            return unit == "Y" && !after_a_time_word(t, k);
        }
        // a birthday: "deux jours après ses 70 ans" (not "ses 10 ans de carrière")
        if words.possessives.contains(w) && k + 1 == n.s && unit == "Y" {
            return !matches!(t.n(e), "de" | "d'");
        }
        // "il y a trois ans" is a time ago, not an age
        if w == "a" && k > 0 && t.n(k - 1) == "y" {
            return false;
        }
        if words.verbs.contains(w) || (w == "a" && avoir(ctx, k)) {
            return true;
        }
        if w == "que" && k > 0 && matches!(t.n(k - 1), "jeune" | "jeunes" | "vieux" | "age" | "ages" | "agee" | "agees") {
            return true;
        }
        // "des hommes entre 16 et 50 ans": people of an age range
        if w == "entre" && k > 0 && unit == "Y" && (is_person_noun(ctx, t.n(k - 1)) || person_like(ctx, k - 1)) {
            return true;
        }
        if w == "de" || w == "d'" {
            match age_after_de(ctx, k, unit, e) {
                Some(decided) => return decided,
                None => continue,
            }
        }
        if w == "apres" {
            return n.v >= 18.0 && unit == "Y" && !matches!(t.n(e), "de" | "d'") && (e >= t.len() || t.is_punct(e));
        }
        if !words.skip.contains(w) {
            return false;
        }
    }
    false
}

/// "de" at k before the number: "âgé de", "un homme de", "un touriste
/// allemand de 45 ans", "un rhinocéros mâle de quatre ans", "l'âge de la
/// pension de 56 ans" are ages; "plus de", "moins de", "près de" decide
/// nothing (None); not a participle that changes a term ("la retraite
/// reculée de deux ans"), nor a length of time the person's noun belongs
/// to ("un mandat de maire de six ans", "un magistrat de 25 ans
/// d'expérience"). `e`: the token after the unit.
fn age_after_de(ctx: &Ctx, k: usize, unit: &str, e: usize) -> Option<bool> {
    let (t, words) = (ctx.t, &ctx.tb.ages);
    let p = t.n(k.wrapping_sub(1));
    if p == "plus" || p == "moins" || p == "pres" {
        return None;
    }
    if p == "age" || p == "agee" || p == "ages" || p == "agees" {
        return Some(true);
    }
    let of_a_length = |j: usize| matches!(t.n(j), "de" | "d'") && words.duration_nouns.contains(t.n(j + 1));
    if is_person_noun(ctx, p) {
        return Some(!(of_a_length(e) || (k >= 3 && words.duration_nouns.contains(t.n(k - 3)) && t.n(k - 2) == "de")));
    }
    let changed = words.term_setters.contains(p) || is_participle(t.raw(k.wrapping_sub(1)));
    if unit == "Y" && !changed && age_noun_before(ctx, k) {
        return Some(true);
    }
    if unit == "Y" && k > 0 && person_like(ctx, k - 1) {
        return Some(true);
    }
    let adjective = k > 1 && t.is_word(k - 1) && t.raw(k - 1).chars().next().is_some_and(char::is_lowercase) && !changed;
    let person_before = adjective && t.is_word(k - 2) && is_person_noun(ctx, t.n(k - 2));
    Some(unit == "Y" && (matches!(p, "male" | "femelle") || person_before))
}

/// The noun "âge" (after "l'") among the five words before the "de" at k,
/// with no punctuation between, and no verb that moves it just before:
/// "repousser l'âge de départ de deux ans" changes a threshold by a length
/// of time (`ages.tsv` `shift`).
fn age_noun_before(ctx: &Ctx, k: usize) -> bool {
    let t = ctx.t;
    let at = (k.saturating_sub(5)..k).rev().take_while(|&j| !t.is_punct(j)).find(|&j| t.n(j) == "age" && j > 0 && t.n(j - 1) == "l'");
    at.is_some_and(|j| !(j >= 2 && ctx.tb.ages.shift.contains(t.n(j - 2))))
}

/// "à 26 ans" after a verb or a noun ("remporte à 26 ans le titre", "le
/// décès à 83 ans"): an age, unless a distance in time ("à deux ans de la
/// retraite"), a bound ("jusqu'à 5 ans", "de 18 à 25 ans") or a term set
/// ("un mandat porté à 7 ans").
fn at_age(ctx: &Ctx, a: usize, n: &Num, e: usize) -> bool {
    let (t, words) = (ctx.t, &ctx.tb.ages);
    let before = t.n(a.wrapping_sub(1));
    // "mort à 74 ans de …", "décédé en 1977 à 93 ans": an age whatever follows
    if words.death.contains(before) || (t.is_digits(a.wrapping_sub(1)) && words.death.contains(t.n(a.wrapping_sub(3)))) {
        return true;
    }
    // a lifespan: "peuvent vivre jusqu'à 60 ans"
    if before == "jusqu'" && words.lifespan.contains(t.n(a.wrapping_sub(2))) {
        return true;
    }
    // "de 18 à 25 ans" (a year before "à" bounds nothing, nor the minutes
    // of a time: "dimanche à 20 h 13 à 83 ans")
    let after_clock_minutes = t.is_digits(a.wrapping_sub(3))
        && match t.n(a.wrapping_sub(2)) {
            "h" => true,
            ":" => t.adj(a.wrapping_sub(2)) && t.adj(a.wrapping_sub(1)),
            _ => false,
        };
    let lower_bound = t.is_digits(a.wrapping_sub(1)) && !after_clock_minutes && t.raw(a.wrapping_sub(1)).parse::<f64>().is_ok_and(|low| low < n.v);
    let bound = before == "jusqu'" || before == "d'ici" || lower_bound || words.skip.contains(before);
    let distance = matches!(t.n(e), "de" | "d'" | "du" | "des" | "pres");
    !bound && !distance && !words.term_setters.contains(before)
}

/// An age band of a population: "les 18 ans et plus", "les 25-49 ans"
/// (not "pendant les deux ans", "les 10 ans de l'association").
fn age_band(t: &Toks, les: usize, n: &Num, e: usize) -> bool {
    let temporal = after_a_time_word(t, les);
    let and_over = matches!(t.n(e), "et" | "ou") && matches!(t.n(e + 1), "plus" | "moins");
    let range = e > n.e + 1 && matches!(t.n(n.e), "-" | "a") && t.is_digits(n.e + 1);
    !temporal && (and_over || range)
}

/// Whether the word before the article at `les` makes what follows a
/// length of time ("pendant les deux ans", "dans les moins de 5 ans").
fn after_a_time_word(t: &Toks, les: usize) -> bool {
    matches!(t.n(les.wrapping_sub(1)), "pendant" | "durant" | "depuis" | "dans" | "pour" | "sur" | "en" | "apres" | "avant" | "ces" | "des")
}

/// A noun of people by its form, past the listed ones: a demonym or a
/// proper noun ("un Égyptien de 29 ans", "un Niçois de 31 ans") or an agent
/// noun ("deux triathlètes de 17 ans", "les actifs de moins de 25 ans").
fn person_like(ctx: &Ctx, k: usize) -> bool {
    let t = ctx.t;
    let w = t.n(k);
    if !t.is_word(k) || ctx.tb.ages.duration_nouns.contains(w) {
        return false;
    }
    // a capitalised word not opening a sentence, or the end of a compound ("un Bas-Alpin")
    let compound = k > 1 && t.raw(k - 1) == "-" && t.adj(k - 1) && t.adj(k);
    let capitalised = t.raw(k).chars().next().is_some_and(char::is_uppercase) && k > 0 && (!t.is_punct(k - 1) || compound);
    capitalised || is_agent_noun(w)
}

/// A noun of people from the count tables, singular or plural ("deux
/// adolescents de 15 et 16 ans").
fn is_person_noun(ctx: &Ctx, w: &str) -> bool {
    ctx.tb.person.contains(w) || w.strip_suffix('s').is_some_and(|singular| ctx.tb.person.contains(singular))
}

/// A past participle by its ending, as written ("reculé", "prolongées").
pub(crate) fn is_participle(raw: &str) -> bool {
    ["é", "ée", "és", "ées"].iter().any(|ending| raw.ends_with(ending))
}

/// A folded word with a person's suffix ("journaliste", "chauffeur",
/// "habitante", "lyonnais").
fn is_agent_noun(w: &str) -> bool {
    const AGENT: &[&str] = &["iste", "istes", "ete", "etes", "eur", "eurs", "euse", "euses", "trice", "trices", "ien", "iens", "ienne", "iennes", "ant", "ants", "ante", "antes", "if", "ifs", "ive", "ives", "ois", "oise", "oises", "ais", "aise", "aises"];
    AGENT.iter().any(|s| w.len() > s.len() + 2 && w.ends_with(s))
}

/// Whether a year or month unit is followed by the period it names: a
/// year ("année 2016") or "de" and a month ("mois de septembre").
fn names_its_period(ctx: &Ctx, unit: &str, e: usize) -> bool {
    let t = ctx.t;
    let year_after = unit == "Y" && t.is_digits(e) && t.raw(e).len() == 4 && t.soft(e);
    let month_after = unit == "M" && matches!(t.n(e), "de" | "d'") && ctx.tb.months.contains_key(t.n(e + 1));
    year_after || month_after
}

/// "une seconde explosion", "une seconde place": the ordinal "seconde"
/// before its noun, not one second ("une seconde plus tard", "près d'une
/// seconde derrière" stay lengths of time). The span is the ordinal alone.
fn second_of_a_pair(ctx: &Ctx, n: &Num, unit: &str, e: usize) -> Option<Cand> {
    let t = ctx.t;
    let word = e - 1;
    let noun_after = t.is_word(e) && t.soft(e) && !t.first_upper(e) && !crate::nothing_counted(ctx, e) && !matches!(t.n(e), "derriere" | "devant" | "trop");
    (unit == "S" && n.lone_un && word == n.e && t.n(word) == "seconde" && noun_after).then(|| Cand::num(word, e, Kind::Ordinal, 2.0))
}

pub fn age_unit(unit: &str) -> &'static str {
    match unit {
        "Y" => "year",
        "M" => "month",
        "W" => "week",
        _ => "day",
    }
}

pub fn duration_or_age(ctx: &Ctx, n: Num, unit: &str, e: usize) -> Step {
    let t = ctx.t;
    if n.v < 0.0 {
        return Step::None;
    }
    // "les 24 Heures du Mans", "le journal 20 Minutes": a name
    if t.capitalised_word(e - 1) {
        return Step::Skip(e);
    }
    let mut v = n.v;
    let mut e = e;
    // "deux mois et demi", "une heure et quart", "deux heures moins le quart"
    if let Some((part, end)) = part_of_the_unit_after(t, unit, e) {
        v += part;
        e = end;
    }
    if let Some(c) = first_months_of_year(ctx, &n, unit, e) {
        return Step::Found(c);
    }
    if let Some(c) = second_of_a_pair(ctx, &n, unit, e) {
        return Step::Found(c);
    }
    if n.lone_un && names_its_period(ctx, unit, e) {
        // "une année 2016 difficile", "un mois de septembre": which year or
        // month, not how long; the year or month after it is the date
        return Step::Skip(n.e);
    }
    if n.lone_un && some_day(ctx, &n, e) {
        return Step::Skip(e);
    }
    if age_context(ctx, &n, unit, e) || age_group(ctx, &n, unit, e) {
        return Step::Found(age(t, &n, v, unit, e));
    }
    // "(à) 15 heures", "13 heures UTC", "peu après 11 heures,": a clock time when introduced so
    let clock = !lasting_noun_after(ctx.tb, t, e) && (time_intro(ctx, n.s) || zone_after(t, e) || (n.s > 0 && t.n(n.s - 1) == "apres" && !matches!(t.n(e), "de" | "d'")));
    // "au cours des trois dernières heures": an adjective before the unit
    // makes hours a length of time
    let unit_next = e == n.e + 1;
    if unit == "H" && clock && unit_next && v <= 24.0 && v.fract() == 0.0 && !n.collective {
        return Step::Found(Cand::text(n.s, e, Kind::Time, tfmt(v as u32, 0)));
    }
    // "5 h 18 min 12 s": each smaller part in turn
    let mut parts = vec![(v, unit.to_string())];
    while let Some((smaller, end)) = smaller_part(ctx, &parts[parts.len() - 1].1, e) {
        parts.push(smaller);
        e = end;
    }
    let iso = match iso_duration_of(&parts) {
        Some(s) => s,
        None => return Step::None,
    };
    let mut c = Cand::text(n.s, e, Kind::Duration, iso);
    if n.collective {
        c.approx = Approx::Approx;
    }
    Step::Found(c)
}

/// An age of `v` units ending at `e`; "les 18 ans et plus": the band's
/// open end belongs to the span.
fn age(t: &Toks, n: &Num, v: f64, unit: &str, e: usize) -> Cand {
    let mut c = Cand::num(n.s, e, Kind::Age, v);
    c.unit = Some(age_unit(unit).to_string());
    if n.collective {
        c.approx = Approx::Approx;
    }
    let adverb_after = matches!(t.n(e + 2), "tard" | "tot" | "encore" | "loin" | "souvent" | "longtemps" | "de" | "d'");
    if t.n(e) == "et" && t.soft(e) && t.soft(e + 1) && matches!(t.n(e + 1), "plus" | "moins") && !adverb_after {
        c.approx = if t.n(e + 1) == "plus" { Approx::Min } else { Approx::Max };
        c.e = e + 2;
    }
    c
}

/// Whether the "a" at `k` is the verb "avoir", not "à": written "a", or
/// "A" inside a sentence; a capital left unaccented opens one ("A un jour du
/// scrutin", "A 26 ans, il …").
fn avoir(ctx: &Ctx, k: usize) -> bool {
    let raw = ctx.t.raw(k);
    raw == "a" || (raw == "A" && !ctx.opens_sentence(k))
}

/// "Un jour, la mesure s'étendra", "cultivera-t-on un jour des pommes de
/// terre": some day, not one day, unless a word of `lengths.tsv` before or
/// after says a length ("pendant un jour", "un jour de grève").
fn some_day(ctx: &Ctx, n: &Num, e: usize) -> bool {
    let (t, words) = (ctx.t, &ctx.tb.lengths);
    // "à un jour de l'échéance", not the verb: "il a un jour confié"
    let before = match n.s.checked_sub(1) {
        Some(k) if t.n(k) != "a" || !avoir(ctx, k) => t.n(k),
        _ => "",
    };
    // "un jour ou l'autre": some day whatever comes before
    let or_another = t.n(e) == "ou" && t.n(e + 1) == "l'" && t.n(e + 2) == "autre";
    // "un jour de grève", not a date: "un jour de 1995", "un jour d'été"
    let of_a_date = matches!(t.n(e), "de" | "d'") && (t.is_digits(e + 1) || ctx.tb.months.contains_key(t.n(e + 1)) || matches!(t.n(e + 1), "ete" | "hiver" | "printemps" | "automne"));
    let length_after = words.day_after.contains(t.n(e)) && !of_a_date;
    t.n(n.e) == "jour" && e == n.e + 1 && (or_another || (!words.day_before.contains(before) && !length_after))
}

/// A half or a quarter of the unit just named: "et demi(e)" (any unit), "et
/// quart", "et trois quarts", "moins le quart" (of an hour). Returns what it
/// adds and where it ends.
pub(crate) fn part_of_the_unit_after(t: &Toks, unit: &str, e: usize) -> Option<(f64, usize)> {
    if !t.soft(e) {
        return None;
    }
    let hour = unit == "H";
    match (t.n(e), t.n(e + 1), t.n(e + 2)) {
        ("et", "demi" | "demie", _) => Some((0.5, e + 2)),
        ("et", "quart", _) if hour => Some((0.25, e + 2)),
        ("et", "trois", "quarts") if hour => Some((0.75, e + 3)),
        ("moins", "le", "quart") if hour => Some((-0.25, e + 3)),
        ("moins", "quart", _) if hour => Some((-0.25, e + 2)),
        _ => None,
    }
}

/// A time zone after a clock hour: "13 heures UTC", "15 heures locales".
fn zone_after(t: &Toks, e: usize) -> bool {
    matches!(t.n(e), "utc" | "gmt" | "locale" | "locales") || (t.n(e) == "heure" && t.n(e + 1) == "locale")
}

/// The units of a duration, largest first; a duration's smaller part
/// ("1 minute et 21 secondes") must come later in this order.
const DURATION_UNITS: [&str; 8] = ["Y", "M", "W", "D", "H", "MIN", "S", "MS"];

/// The smaller part of a compound duration after its first unit (which
/// ends at `e`): "1 minute et 21 secondes", "deux minutes trente secondes",
/// "trois mois et un jour". Returns the part and the end of its unit.
fn smaller_part(ctx: &Ctx, unit: &str, e: usize) -> Option<((f64, String), usize)> {
    let t = ctx.t;
    // "1 minute et 21 secondes", "une heure, cinquante-sept minutes"
    let k = if matches!(t.n(e), "et" | ",") && t.soft(e) { e + 1 } else { e };
    if !t.soft(k) {
        return None;
    }
    let m = num::parse_num(t, ctx.tb, k)?;
    if m.ord || m.v < 0.0 {
        return None;
    }
    // "en 1 h 30", "en 2 heures 56": the minutes of an hour, without their
    // unit (at the end of the text too; after "heures", where nothing the
    // number could count follows)
    let hour_word = matches!(t.n(e - 1), "heures" | "heure") && crate::nothing_counted(ctx, m.e);
    let minutes_of_h = unit == "H" && (t.n(e - 1) == "h" || hour_word) && k == e && t.is_digits(k) && t.raw(k).len() == 2 && m.v < 60.0;
    if minutes_of_h && ctx.tb.units.longest_where(t, m.e, |_, u| u.kind == "duration").is_none() {
        return Some(((m.v, "MIN".to_string()), m.e));
    }
    // "3 minutes 30 d'avance", "à une minute trente": the seconds of whole
    // minutes, without their unit, where nothing the number could count follows
    let written_seconds = (t.is_digits(k) && t.raw(k).len() == 2) || (m.word && m.v.fract() == 0.0);
    let seconds_of_minutes = unit == "MIN" && k == e && written_seconds && m.v < 60.0;
    if seconds_of_minutes && crate::nothing_counted(ctx, m.e) && ctx.tb.units.longest_where(t, m.e, |_, u| u.kind == "duration").is_none() {
        return Some(((m.v, "S".to_string()), m.e));
    }
    if !t.soft(m.e) {
        return None;
    }
    let (end, u) = ctx.tb.units.longest_where(t, m.e, |_, u| u.kind == "duration")?;
    let rank = |x: &str| DURATION_UNITS.iter().position(|&d| d == x);
    (rank(&u.unit)? > rank(unit)?).then(|| ((m.v, u.unit.clone()), end))
}

/// An ISO 8601 duration of parts, largest unit first: [(1, MIN), (21, S)]
/// → "PT1M21S"; quarters, semesters, decades and centuries in months and years.
pub(crate) fn iso_duration_of<U: AsRef<str>>(parts: &[(f64, U)]) -> Option<String> {
    let (mut date, mut time) = (String::new(), String::new());
    for (v, unit) in parts {
        let (part, v, letter) = match unit.as_ref() {
            // "un an et demi": P1Y6M, not P1.5Y (as hours, below)
            "Y" if v.fract() != 0.0 && (v.fract() * 12.0).fract() == 0.0 => {
                if v.trunc() > 0.0 {
                    date.push_str(&format!("{}Y", v.trunc()));
                }
                date.push_str(&format!("{}M", v.fract() * 12.0));
                continue;
            }
            "Y" => (&mut date, *v, "Y"),
            "M" => (&mut date, *v, "M"),
            "W" => (&mut date, *v, "W"),
            "D" => (&mut date, *v, "D"),
            "Q" => (&mut date, *v * 3.0, "M"),
            "SEM" => (&mut date, *v * 6.0, "M"),
            "DEC" => (&mut date, *v * 10.0, "Y"),
            "CEN" => (&mut date, *v * 100.0, "Y"),
            "MIL" => (&mut date, *v * 1000.0, "Y"),
            // "deux heures et demie": PT2H30M, not PT2.5H
            "H" if v.fract() != 0.0 && (v.fract() * 60.0).fract() == 0.0 => {
                if v.trunc() > 0.0 {
                    time.push_str(&format!("{}H", v.trunc()));
                }
                time.push_str(&format!("{}M", v.fract() * 60.0));
                continue;
            }
            "H" => (&mut time, *v, "H"),
            "MIN" => (&mut time, *v, "M"),
            "S" => (&mut time, *v, "S"),
            // "7 millisecondes": PT0.007S
            "MS" => (&mut time, *v / 1000.0, "S"),
            _ => return None,
        };
        part.push_str(&format!("{}{letter}", iso_num(v)));
    }
    Some(if time.is_empty() { format!("P{date}") } else { format!("P{date}T{time}") })
}

/// "les 18 ans et plus", "les moins de 25 ans": an age group.
fn age_group(ctx: &Ctx, n: &Num, unit: &str, e: usize) -> bool {
    let t = ctx.t;
    let plus_after = t.n(e) == "et" && t.n(e + 1) == "plus";
    let before = |k: usize| n.s >= k && t.n(n.s - k) == "les";
    let bound_before = n.s >= 2 && matches!(t.n(n.s - 2), "moins" | "plus") && t.n(n.s - 1) == "de" && before(3);
    unit == "Y" && (plus_after || bound_before)
}
