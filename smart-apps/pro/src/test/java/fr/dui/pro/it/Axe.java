package fr.dui.pro.it;

import fr.dui.server.support.Browser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * axe-core, Deque's open-source accessibility engine, run in the page the browser shows: the rules of WCAG 2.1 levels
 * A and AA (what the RGAA 4 refers to), and axe's best practices, which cover what the WCAG rules leave to judgement
 * and the RGAA asks for: one {@code main} landmark, content inside landmarks, headings in order, one {@code h1}.
 */
final class Axe {

    /** The tags of the rules run: WCAG 2.0 and 2.1, levels A and AA, and axe's best practices. */
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

    private static final String SCRIPT = load();

    /**
     * Runs axe on the document; answers its violations, how many rules passed (none: axe did not run) and the rules it
     * could not decide.
     */
    private static final String RUN = """
            const tags = arguments[0];
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: tags}})
              .then(r => done({
                  passed: r.passes.length,
                  toReview: r.incomplete.map(v => v.id + ' (' + v.nodes.length + ')'),
                  violations: r.violations.map(v => ({
                    rule: v.id, impact: v.impact || '', help: v.help,
                    targets: v.nodes.map(n => n.target.join(' '))}))}))
              .catch(e => done('axe failed: ' + e));
            """;

    private Axe() {}

    /** A rule the page breaks: its id, impact, axe's (English) help text, and where (CSS selectors). */
    record Violation(String page, String rule, String impact, String help, List<String> targets) {

        @Override
        public String toString() {
            return page + " — " + rule + " (" + impact + "): " + help + "\n      " + String.join("\n      ", targets);
        }
    }

    /** The violations on the page the browser shows ({@code page} names it in the report). */
    static List<Violation> check(Browser browser, String page) {
        // the engine and the run in one script: a page replaced in between cannot lose the engine
        Object answer = browser.asyncScript(SCRIPT + "\n;\n" + RUN, TAGS);
        if (!(answer instanceof Map<?, ?> result) || !(result.get("violations") instanceof List<?> violations)) {
            throw new AssertionError("axe-core did not run on " + page + ": " + answer);
        }
        if (((Number) result.get("passed")).intValue() == 0) {
            throw new AssertionError("axe-core checked no rule on " + page);
        }
        // what axe cannot decide (a contrast over an image, a header row of a group) is for a person to review
        System.out.printf(
                "[axe] %s: %s rules passed, to review: %s%n", page, result.get("passed"), result.get("toReview"));
        List<Violation> found = new ArrayList<>();
        for (Object v : violations) {
            Map<?, ?> violation = (Map<?, ?>) v;
            found.add(new Violation(
                    page,
                    (String) violation.get("rule"),
                    (String) violation.get("impact"),
                    (String) violation.get("help"),
                    ((List<?>) violation.get("targets"))
                            .stream().map(String::valueOf).toList()));
        }
        return found;
    }

    /** A readable list of violations, one rule and page per paragraph, for a failed assertion. */
    static String report(List<Violation> violations) {
        return violations.size() + " violation(s) of WCAG 2.1 A/AA or best-practice rules (axe-core):\n"
                + violations.stream().map(Violation::toString).collect(Collectors.joining("\n"));
    }

    private static String load() {
        // axe.min.js at the root of com.deque.html.axe-core:selenium (see the pom)
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
