package fr.dui.pro.it;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dui.server.support.Browser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A 10-inch tablet, in landscape (1280 × 800) and portrait (800 × 1280): the screens a team uses at the bedside fit
 * the width (no horizontal scrolling of the page, WCAG 1.4.10; a wide table scrolls inside its own frame), and the
 * buttons and the navigation are touch targets of 44 px at least (WCAG 2.5.5).
 */
@ExtendWith(ProEnvironment.class)
class TabletteIT {

    private static final int[][] TABLET = {{1280, 800}, {800, 1280}};
    private static final List<String> SCREENS =
            List.of("/synthese", "/transmissions", "/agenda", "/evaluations/aggir", "/admissions");
    private static final int TARGET_PX = 44;

    /** The width the page needs beyond the viewport, and the touch targets smaller than 44 px high. */
    private static final String LAYOUT = """
            const min = arguments[0];
            const small = [...document.querySelectorAll('button, .bouton, .entete nav a')]
              .filter(e => e.offsetParent !== null)
              .map(e => [e, e.getBoundingClientRect()])
              .filter(([e, r]) => r.height + 0.5 < min)
              .map(([e, r]) => e.tagName + (e.id ? '#' + e.id : '') + ' « ' + e.innerText.trim() + ' » '
                   + Math.round(r.width) + ' × ' + Math.round(r.height) + ' px');
            const root = document.documentElement;
            return [root.scrollWidth - root.clientWidth, window.innerWidth, small];
            """;

    @Test
    void theBedsideScreensFitATabletInBothOrientationsWithLargeTouchTargets() {
        ProEnvironment.Running env = ProEnvironment.get();
        List<String> problems = new ArrayList<>();
        try (Browser browser = Browser.start()) {
            env.openJeanne(browser, ProEnvironment.MEDECIN);
            for (int[] size : TABLET) {
                browser.resize(size[0], size[1]);
                for (String screen : SCREENS) {
                    browser.open(env.appUrl + screen);
                    browser.waitForUrl(env.appUrl + screen);
                    List<?> layout = (List<?>) browser.script(LAYOUT, TARGET_PX);
                    String where = screen + " at " + size[0] + " × " + size[1];
                    assertThat(((Number) layout.get(1)).intValue())
                            .as("the viewport's width " + where)
                            .isEqualTo(size[0]);
                    long overflow = ((Number) layout.get(0)).longValue();
                    if (overflow > 1) {
                        problems.add(where + ": the page scrolls horizontally by " + overflow + " px");
                    }
                    for (Object small : (List<?>) layout.get(2)) {
                        problems.add(where + ": touch target under " + TARGET_PX + " px: " + small);
                    }
                }
            }
            browser.open(env.appUrl + "/synthese");
            browser.waitForUrl(env.appUrl + "/synthese");
            assertThat(browser.all("#nouvelle-transmission")).isNotEmpty();
            browser.screenshot("synthese-tablette-portrait"); // still 800 × 1280
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }
}
