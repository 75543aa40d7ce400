package fr.dui.pro.droits;

import org.springframework.ui.Model;

/** The page shown instead of a form the habilitations do not open (reached by its address, not by the screens). */
public final class NonPropose {

    private NonPropose() {}

    /** Fills the error page: « Vos habilitations ne vous permettent pas {what}. »; returns its view. */
    public static String page(Model model, String what) {
        model.addAttribute("titre", "Action non proposée");
        model.addAttribute("message", "Vos habilitations ne vous permettent pas " + what + ".");
        return "erreur";
    }
}
