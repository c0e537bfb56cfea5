//! Charts drawn on the server as SVG: no JavaScript, nothing to load. Every label is escaped.

use std::fmt::Write as _;

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Colours per outcome; unknown outcomes get grey.
fn colour(outcome: &str) -> &'static str {
    match outcome {
        "engage" => "#2e7d32",
        "clarify" => "#1565c0",
        "decline" => "#c62828",
        "refer" => "#6a1b9a",
        "skip" => "#9e9e9e",
        _ => "#616161",
    }
}

/// Week labels ("2026-W47") need about this many units side by side.
const LABEL_WIDTH: f64 = 56.0;

/// Label every week while they fit, then every second, third... so that half a year of weeks
/// does not print its labels over each other (each bar still names its week on hover).
fn label_every(slot: f64) -> usize {
    ((LABEL_WIDTH / slot).ceil() as usize).max(1)
}

/// A week's name centred under its bar, moved in from the edge so that the last week's name
/// is not cut off by the chart's right border.
fn week_label(svg: &mut String, x: f64, y: f64, week: &str, width: f64) {
    let x = x.clamp(LABEL_WIDTH / 2.0, width - LABEL_WIDTH / 2.0);
    let _ = write!(
        svg,
        r#"<text x="{x:.1}" y="{y}" font-size="11" text-anchor="middle">{}</text>"#,
        escape(week)
    );
}

/// A stacked bar per week: how many messages got each outcome.
pub fn weekly_outcomes(weeks: &[(String, Vec<(String, usize)>)], outcomes: &[String]) -> String {
    let (width, height, left, bottom, top) = (720.0, 260.0, 40.0, 40.0, 20.0);
    let max = weeks
        .iter()
        .map(|(_, counts)| counts.iter().map(|(_, n)| n).sum::<usize>())
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    let slot = if weeks.is_empty() {
        width - left
    } else {
        (width - left) / weeks.len() as f64
    };
    let bar = (slot * 0.7).min(60.0);
    let mut svg = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" aria-label="Prospects per week by outcome" class="chart">"#
    );
    let _ = write!(
        svg,
        r##"<line x1="{left}" y1="{top}" x2="{left}" y2="{}" stroke="#888"/>"##,
        height - bottom
    );
    let _ = write!(
        svg,
        r##"<text x="4" y="{}" font-size="11">{}</text>"##,
        top + 4.0,
        max as usize
    );
    for (i, (week, counts)) in weeks.iter().enumerate() {
        let x = left + slot * i as f64 + (slot - bar) / 2.0;
        let mut y = height - bottom;
        for outcome in outcomes {
            let n = counts
                .iter()
                .find(|(o, _)| o == outcome)
                .map(|(_, n)| *n)
                .unwrap_or(0);
            if n == 0 {
                continue;
            }
            let h = (height - bottom - top) * n as f64 / max;
            y -= h;
            let _ = write!(
                svg,
                r#"<rect x="{x:.1}" y="{y:.1}" width="{bar:.1}" height="{h:.1}" fill="{}"><title>{} {}: {n}</title></rect>"#,
                colour(outcome),
                escape(week),
                escape(outcome)
            );
        }
        if i % label_every(slot) == 0 {
            week_label(&mut svg, x + bar / 2.0, height - bottom + 16.0, week, width);
        }
    }
    for (i, outcome) in outcomes.iter().enumerate() {
        let x = left + 10.0 + i as f64 * 100.0;
        let _ = write!(
            svg,
            r#"<rect x="{x}" y="{}" width="10" height="10" fill="{}"/><text x="{}" y="{}" font-size="11">{}</text>"#,
            height - 12.0,
            colour(outcome),
            x + 14.0,
            height - 3.0,
            escape(outcome)
        );
    }
    svg.push_str("</svg>");
    svg
}

/// A bar per week: the median hours from a prospect's message to its answer.
pub fn time_to_answer(weeks: &[(String, Option<f64>)]) -> String {
    let (width, height, left, bottom, top) = (720.0, 220.0, 40.0, 30.0, 20.0);
    let max = weeks.iter().filter_map(|(_, h)| *h).fold(1.0f64, f64::max);
    let slot = if weeks.is_empty() {
        width - left
    } else {
        (width - left) / weeks.len() as f64
    };
    let bar = (slot * 0.6).min(50.0);
    let mut svg = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" aria-label="Median hours from arrival to answer, per week" class="chart">"#
    );
    let _ = write!(
        svg,
        r##"<line x1="{left}" y1="{top}" x2="{left}" y2="{}" stroke="#888"/>"##,
        height - bottom
    );
    let _ = write!(
        svg,
        r##"<text x="4" y="{}" font-size="11">{max:.0}h</text>"##,
        top + 4.0
    );
    for (i, (week, hours)) in weeks.iter().enumerate() {
        let x = left + slot * i as f64 + (slot - bar) / 2.0;
        if let Some(hours) = hours {
            let h = (height - bottom - top) * hours / max;
            let _ = write!(
                svg,
                r##"<rect x="{x:.1}" y="{:.1}" width="{bar:.1}" height="{h:.1}" fill="#ef6c00"><title>{}: {hours:.1} h</title></rect>"##,
                height - bottom - h,
                escape(week)
            );
        }
        if i % label_every(slot) == 0 {
            week_label(&mut svg, x + bar / 2.0, height - bottom + 16.0, week, width);
        }
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_weeks_label_fits_inside_the_chart() {
        // Issue 11, item 13: the label of the week in progress was clipped at the right.
        let weeks: Vec<(String, Vec<(String, usize)>)> = (1..=13)
            .map(|w| (format!("2026-W{w:02}"), vec![("engage".to_string(), 1)]))
            .collect();
        let svg = weekly_outcomes(&weeks, &["engage".to_string()]);
        let last = svg
            .split(r#"<text x=""#)
            .filter(|t| t.contains(">2026-W13<"))
            .map(|t| t.split('"').next().unwrap().parse::<f64>().unwrap())
            .next()
            .expect("the last week is labelled");
        assert!(last + LABEL_WIDTH / 2.0 <= 720.0, "label centred at {last}");
    }

    #[test]
    fn week_labels_never_overlap() {
        let weeks: Vec<(String, Option<f64>)> = (1..=52)
            .map(|w| (format!("2026-W{w:02}"), Some(w as f64)))
            .collect();
        let svg = time_to_answer(&weeks);
        let xs: Vec<f64> = svg
            .split(r#"<text x=""#)
            .skip(1)
            .filter(|t| {
                let content = t.split('>').nth(1).unwrap_or_default();
                content.starts_with("2026-W")
            })
            .map(|t| t.split('"').next().unwrap().parse().unwrap())
            .collect();
        assert!(xs.len() > 5 && xs.len() < 52, "{} labels", xs.len());
        assert!(
            xs.windows(2)
                .all(|pair| pair[1] - pair[0] >= LABEL_WIDTH - 0.2)
        );
        assert!(
            svg.contains("2026-W52: 52.0 h"),
            "every bar still names its week"
        );
    }
}
