package fr.dui.pro.it;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dui.server.support.Browser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * WCAG 2.1.1 / 2.4.1 / 2.4.7 (RGAA 12.7, 10.7): a nurse writes a transmission with the keyboard alone, from her
 * patient's fiche: « Aller au contenu » first, then Tab to « Écrire une transmission », Enter, the target chosen by
 * typing its name, the fields typed, Enter on « Enregistrer la transmission »; every element the focus reaches on the
 * way shows a focus ring that stands out from what surrounds it.
 */
@ExtendWith(ProEnvironment.class)
class ClavierIT {

    private static final String DONNEES = "Saisie au clavier : marche avec déambulateur jusqu'au salon, sans aide.";

    @Test
    void aTransmissionIsWrittenWithTheKeyboardAloneAndTheFocusIsAlwaysVisible() {
        ProEnvironment.Running env = ProEnvironment.get();
        try (Browser browser = Browser.start()) {
            env.openJeanne(browser, ProEnvironment.INFIRMIERE);
            Keyboard keyboard = new Keyboard(browser);

            // the first Tab reaches the skip link, shown when focused; Enter skips the header's navigation
            browser.press(Keys.TAB);
            WebElement skip = browser.focused();
            assertThat(skip.getText()).isEqualTo("Aller au contenu");
            assertThat(skip.isDisplayed()).isTrue();
            assertThat(skip.getRect().getX())
                    .as("the skip link on screen when focused")
                    .isGreaterThanOrEqualTo(0);
            keyboard.assertFocusVisible();
            browser.press(Keys.ENTER);
            keyboard.tabTo("nouvelle-transmission");
            assertThat(keyboard.steps()).as("Tab presses after the skip link").isLessThanOrEqualTo(2);
            browser.press(Keys.ENTER);
            browser.waitForUrl(env.appUrl + "/transmissions/nouvelle");

            keyboard.tabTo("cible");
            browser.press("Chute"); // a focused list selects the option whose name is typed
            assertThat(browser.script("return document.getElementById('cible').selectedOptions[0].text"))
                    .isEqualTo("Chute");
            keyboard.tabTo("donnees");
            browser.press(DONNEES);
            keyboard.tabTo("actions");
            browser.press("Surveillance de la marche au prochain transfert.");
            keyboard.tabTo("enregistrer");
            browser.press(Keys.ENTER);

            browser.waitForUrl(env.appUrl + "/transmissions");
            assertThat(browser.text("succes")).isEqualTo("Transmission enregistrée.");
            List<WebElement> feed = browser.all("#fil li");
            assertThat(feed)
                    .extracting(WebElement::getText)
                    .anySatisfy(text -> assertThat(text).contains("Chute", DONNEES, "Sophie BERNARD"));
            // and here too the focus can be followed: the page's links and buttons, in order
            keyboard.tabTo("nouvelle-transmission");
        }
    }

    /** Tab presses, each checked for a visible focus, until the element with an id has the focus. */
    private static final class Keyboard {

        private static final int MAX_TABS = 80;
        private static final String FOCUS_STYLE = """
                const e = document.activeElement;
                const s = getComputedStyle(e);
                let p = e.parentElement, bg = 'rgba(0, 0, 0, 0)';
                while (p && (bg = getComputedStyle(p).backgroundColor) === 'rgba(0, 0, 0, 0)') p = p.parentElement;
                return [e.tagName + (e.id ? '#' + e.id : '') + ' « ' + (e.innerText || '').trim().slice(0, 40) + ' »',
                        s.outlineStyle, s.outlineWidth, s.outlineColor, p ? bg : 'rgb(255, 255, 255)'];
                """;

        private final Browser browser;
        private int steps;

        Keyboard(Browser browser) {
            this.browser = browser;
        }

        void tabTo(String id) {
            steps = 0;
            while (!id.equals(browser.focused().getAttribute("id"))) {
                assertThat(steps).as("Tab presses to reach #" + id).isLessThan(MAX_TABS);
                browser.press(Keys.TAB);
                steps++;
                assertFocusVisible();
            }
        }

        int steps() {
            return steps;
        }

        /** The focused element has a solid ring of 2 px at least, of 3:1 contrast against its surroundings. */
        void assertFocusVisible() {
            List<?> style = (List<?>) browser.script(FOCUS_STYLE);
            String element = (String) style.get(0);
            if (element.startsWith("BODY")) {
                return; // nothing focused (between the page and the browser's own controls)
            }
            assertThat(style.get(1)).as("outline style of " + element).isEqualTo("solid");
            assertThat(Double.parseDouble(((String) style.get(2)).replace("px", "")))
                    .as("outline width of " + element)
                    .isGreaterThanOrEqualTo(2);
            assertThat(Contrast.ratio((String) style.get(3), (String) style.get(4)))
                    .as("contrast of the focus ring of " + element + " (" + style.get(3) + " on " + style.get(4) + ")")
                    .isGreaterThanOrEqualTo(3.0);
        }
    }
}
