package fr.dui.pro.it;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The WCAG contrast ratio of two CSS colours as the browser computes them ({@code rgb(…)} or {@code rgba(…)}). */
final class Contrast {

    private static final Pattern RGB = Pattern.compile("rgba?\\((\\d+), (\\d+), (\\d+)(?:, [\\d.]+)?\\)");

    private Contrast() {}

    /** From 1 (the same luminance) to 21 (black on white). */
    static double ratio(String colour, String background) {
        double a = luminance(colour);
        double b = luminance(background);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String css) {
        Matcher m = RGB.matcher(css);
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a computed CSS colour: " + css);
        }
        return 0.2126 * channel(m.group(1)) + 0.7152 * channel(m.group(2)) + 0.0722 * channel(m.group(3));
    }

    private static double channel(String value) {
        double c = Integer.parseInt(value) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
