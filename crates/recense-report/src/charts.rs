//! Bar charts as inline SVG (plotters' SVG backend: no fonts, no scripts,
//! nothing fetched), each with the table of its numbers beside it.

use plotters::prelude::*;
use serde::Serialize;

/// A chart and its data, as the report template draws them.
#[derive(Debug, Serialize)]
pub struct Chart {
    /// An HTML id, also the `data-chart` the browser test looks for.
    pub id: &'static str,
    pub title: String,
    /// The SVG markup; plotters escapes every label in it.
    pub svg: String,
    pub columns: [&'static str; 2],
    pub rows: Vec<(String, String)>,
}

/// The most bars a chart draws; its table still lists every row.
const MAX_BARS: usize = 20;

const BAR_COLOUR: RGBColor = RGBColor(0x3b, 0x6e, 0xa8);

/// A horizontal bar chart of `bars` in the order given (largest first, as
/// the callers sort them).
pub fn bars(id: &'static str, title: &str, columns: [&'static str; 2], bars: &[(String, f64)]) -> Chart {
    let shown = &bars[..bars.len().min(MAX_BARS)];
    let height = 40 + 24 * shown.len().max(1) as u32;
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (720, height)).into_drawing_area();
        draw_bars(&root, shown).expect("drawing into a string cannot fail");
        root.present().expect("drawing into a string cannot fail");
    }
    Chart {
        id,
        title: title.to_string(),
        svg,
        columns,
        rows: bars.iter().map(|(label, value)| (label.clone(), format_number(*value))).collect(),
    }
}

fn draw_bars<DB: DrawingBackend>(
    root: &DrawingArea<DB, plotters::coord::Shift>,
    bars: &[(String, f64)],
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    root.fill(&WHITE)?;
    let max = bars.iter().map(|(_, v)| *v).fold(0.0, f64::max).max(1.0);
    let n = bars.len().max(1);
    let mut chart = ChartBuilder::on(root)
        .margin(8)
        .x_label_area_size(24)
        .y_label_area_size(230)
        .build_cartesian_2d(0.0..max * 1.05, 0.0..n as f64)?;
    // Bar i is drawn in row n-1-i, so the first bar is on top.
    let label_of = |y: &f64| {
        let row = y.floor() as usize;
        if y.fract() == 0.5 && row < bars.len() {
            shorten(&bars[bars.len() - 1 - row].0)
        } else {
            String::new()
        }
    };
    chart
        .configure_mesh()
        .disable_y_mesh()
        .y_labels(2 * n + 1)
        .y_label_style(("sans-serif", 13))
        .x_label_style(("sans-serif", 12))
        .y_label_formatter(&label_of)
        .x_labels(6)
        .x_label_formatter(&|x| format_number(*x))
        .draw()?;
    chart.draw_series(bars.iter().enumerate().map(|(i, (_, value))| {
        let row = (n - 1 - i) as f64;
        Rectangle::new([(0.0, row + 0.15), (*value, row + 0.85)], BAR_COLOUR.filled())
    }))?;
    Ok(())
}

/// Labels longer than a chart's margin are cut with an ellipsis.
fn shorten(label: &str) -> String {
    const MAX: usize = 34;
    if label.chars().count() <= MAX {
        label.to_string()
    } else {
        label.chars().take(MAX - 1).chain(['…']).collect()
    }
}

/// A whole number without decimals, else two; thin groups of three digits
/// as French writes them.
pub fn format_number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        let digits = format!("{}", value.abs() as u64);
        let mut grouped = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                grouped.push('\u{202f}');
            }
            grouped.push(c);
        }
        if value < 0.0 {
            grouped.insert(0, '-');
        }
        grouped
    } else {
        format!("{value:.2}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chart_names_its_bars_and_escapes_them() {
        let chart = bars("c", "Facts", ["event", "facts"], &[("ARREST".into(), 12.0), ("<script>x</script>".into(), 3.0)]);
        assert!(chart.svg.starts_with("<svg"), "{}", chart.svg);
        assert!(chart.svg.contains("ARREST"), "{}", chart.svg);
        assert!(chart.svg.contains("&lt;script&gt;x"), "{}", chart.svg);
        assert!(!chart.svg.contains("<script>"));
        assert_eq!(chart.svg.matches("<rect").count() >= 2, true);
        assert_eq!(chart.rows[0], ("ARREST".to_string(), "12".to_string()));
    }

    #[test]
    fn numbers_are_grouped_in_threes() {
        assert_eq!(format_number(2571.0), "2\u{202f}571");
        assert_eq!(format_number(100.0), "100");
        assert_eq!(format_number(1234567.0), "1\u{202f}234\u{202f}567");
        assert_eq!(format_number(0.5), "0.50");
    }

    #[test]
    fn an_empty_chart_still_draws() {
        let chart = bars("c", "Nothing", ["a", "b"], &[]);
        assert!(chart.svg.contains("</svg>"));
        assert!(chart.rows.is_empty());
    }
}
