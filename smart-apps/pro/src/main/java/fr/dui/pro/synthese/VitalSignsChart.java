package fr.dui.pro.synthese;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * A small line chart drawn on the server as inline SVG (no JavaScript, prints as is): one line per series over time,
 * each with its own colour and dash pattern (never colour alone), a title and a text description for screen readers.
 */
public final class VitalSignsChart {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 220;
    private static final int LEFT = 48;
    private static final int RIGHT = 16;
    private static final int TOP = 16;
    private static final int BOTTOM = 36;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yy", Locale.FRENCH);

    public record Point(Instant at, double value) {}

    public record Series(String label, String colour, String dash, List<Point> points) {}

    private VitalSignsChart() {}

    /** The SVG of these series (each sorted by time), or null when there is nothing to draw. */
    static String svg(String title, String unit, List<Series> series, ZoneId zone) {
        return svg("graphique", title, unit, series, zone);
    }

    /** The same, its title and description ids prefixed with {@code id} (several charts on one page). */
    public static String svg(String id, String title, String unit, List<Series> series, ZoneId zone) {
        List<Point> all = series.stream().flatMap(s -> s.points().stream()).toList();
        if (all.isEmpty()) {
            return null;
        }
        double min = Math.floor(all.stream().mapToDouble(Point::value).min().orElse(0) / 10) * 10 - 10;
        double max = Math.ceil(all.stream().mapToDouble(Point::value).max().orElse(0) / 10) * 10 + 10;
        long first = all.stream().mapToLong(p -> p.at().toEpochMilli()).min().orElse(0);
        long last = all.stream().mapToLong(p -> p.at().toEpochMilli()).max().orElse(0);
        Scale scale = new Scale(min, max, first, Math.max(last, first + 1));
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"graphique\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"")
                .append(id)
                .append("-titre ")
                .append(id)
                .append("-desc\"")
                .append(" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.append("<title id=\"")
                .append(id)
                .append("-titre\">")
                .append(esc(title))
                .append("</title>");
        svg.append("<desc id=\"")
                .append(id)
                .append("-desc\">")
                .append(esc(describe(series, unit, zone)))
                .append("</desc>");
        axes(svg, scale, unit, zone, first, last);
        int legendX = LEFT + 8;
        for (Series s : series) {
            line(svg, scale, s);
            svg.append("<line x1=\"")
                    .append(legendX)
                    .append("\" y1=\"")
                    .append(TOP + 6)
                    .append("\" x2=\"")
                    .append(legendX + 24)
                    .append("\" y2=\"")
                    .append(TOP + 6)
                    .append("\" stroke=\"")
                    .append(s.colour())
                    .append("\" stroke-width=\"3\" stroke-dasharray=\"")
                    .append(s.dash())
                    .append("\"/><text x=\"")
                    .append(legendX + 30)
                    .append("\" y=\"")
                    .append(TOP + 10)
                    .append("\" class=\"legende\">")
                    .append(esc(s.label()))
                    .append("</text>");
            legendX += 150;
        }
        return svg.append("</svg>").toString();
    }

    private static void axes(StringBuilder svg, Scale scale, String unit, ZoneId zone, long first, long last) {
        for (int i = 0; i <= 4; i++) {
            double value = scale.min + (scale.max - scale.min) * i / 4;
            double y = scale.y(value);
            svg.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" class=\"grille\"/>"
                            + "<text x=\"%d\" y=\"%.1f\" class=\"axe\" text-anchor=\"end\">%s</text>",
                    LEFT,
                    y,
                    WIDTH - RIGHT,
                    y,
                    LEFT - 6,
                    y + 4,
                    format(value)));
        }
        svg.append(String.format(
                Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"axe\">%s</text>", LEFT - 44, TOP - 4, esc(unit)));
        svg.append(String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" class=\"axe\">%s</text><text x=\"%d\" y=\"%d\" class=\"axe\""
                        + " text-anchor=\"end\">%s</text>",
                LEFT,
                HEIGHT - 12,
                DAY.format(Instant.ofEpochMilli(first).atZone(zone)),
                WIDTH - RIGHT,
                HEIGHT - 12,
                DAY.format(Instant.ofEpochMilli(last).atZone(zone))));
    }

    private static void line(StringBuilder svg, Scale scale, Series series) {
        StringBuilder points = new StringBuilder();
        for (Point p : series.points()) {
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", scale.x(p.at()), scale.y(p.value())));
        }
        svg.append("<polyline fill=\"none\" stroke=\"")
                .append(series.colour())
                .append("\" stroke-width=\"2.5\" stroke-dasharray=\"")
                .append(series.dash())
                .append("\" points=\"")
                .append(points.toString().trim())
                .append("\"/>");
        for (Point p : series.points()) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\"/>",
                    scale.x(p.at()),
                    scale.y(p.value()),
                    series.colour()));
        }
    }

    private static String describe(List<Series> series, String unit, ZoneId zone) {
        StringBuilder text = new StringBuilder();
        for (Series s : series) {
            text.append(s.label()).append(" : ");
            List<Point> points = s.points();
            Point last = points.get(points.size() - 1);
            text.append(points.size())
                    .append(" mesure(s), de ")
                    .append(format(
                            points.stream().mapToDouble(Point::value).min().orElse(0)))
                    .append(" à ")
                    .append(format(
                            points.stream().mapToDouble(Point::value).max().orElse(0)))
                    .append(' ')
                    .append(unit)
                    .append(", dernière ")
                    .append(format(last.value()))
                    .append(" le ")
                    .append(DAY.format(last.at().atZone(zone)))
                    .append(". ");
        }
        return text.toString().trim();
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.FRENCH, "%.1f", value);
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private record Scale(double min, double max, long first, long last) {

        double x(Instant at) {
            return LEFT + (double) (at.toEpochMilli() - first) / (last - first) * (WIDTH - LEFT - RIGHT);
        }

        double y(double value) {
            return TOP + (max - value) / (max - min) * (HEIGHT - TOP - BOTTOM);
        }
    }
}
