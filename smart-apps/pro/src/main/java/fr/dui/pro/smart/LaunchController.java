package fr.dui.pro.smart;

import fr.dui.pro.settings.ProSettings;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The ways in: an EHR launch from the DUI ({@code /lancement?iss=…&launch=…}), a standalone launch
 * ({@code /connexion}: the DUI asks the professional which usager to open), the DUI's answer ({@code /retour}), and
 * the way out.
 */
@Controller
class LaunchController {

    private static final String AFTER_LOGIN = LaunchController.class.getName() + ".afterLogin";

    private final ProSettings settings;
    private final SmartAuthorization authorization;
    private final SmartSession smartSession;
    private final SmartDiscovery discovery;

    LaunchController(
            ProSettings settings,
            SmartAuthorization authorization,
            SmartSession smartSession,
            SmartDiscovery discovery) {
        this.settings = settings;
        this.authorization = authorization;
        this.smartSession = smartSession;
        this.discovery = discovery;
    }

    @GetMapping("/")
    String home(HttpSession session) {
        return smartSession
                .context(session)
                .map(c -> c.hasPatient() ? "redirect:/synthese" : "redirect:/transmissions")
                .orElse("accueil");
    }

    @GetMapping("/lancement")
    String ehrLaunch(
            @RequestParam(required = false) String iss,
            @RequestParam(required = false) String launch,
            HttpSession session) {
        if (launch == null || launch.isBlank()) {
            throw new LaunchRefusedException("Lancement incomplet : le DUI n'a pas transmis de contexte (« launch »).");
        }
        if (!settings.isOurServer(iss)) {
            throw new LaunchRefusedException(
                    "Cette application n'est pas configurée pour le serveur qui l'a lancée (« " + iss + " »).");
        }
        return "redirect:" + authorization.start(session, settings.ehrScopes(), launch);
    }

    @GetMapping("/connexion")
    String standaloneLaunch(HttpSession session) {
        return "redirect:" + authorization.start(session, settings.standaloneScopes(), null);
    }

    /**
     * A standalone launch without a usager (no {@code launch/patient}): for the waiting list across the
     * establishments, where the usager is chosen in the app.
     */
    @GetMapping("/connexion/liste-attente")
    String standaloneWithoutUsager(HttpSession session) {
        session.setAttribute(AFTER_LOGIN, "/admissions");
        String scopes =
                settings.standaloneScopes().replace("launch/patient", "").trim().replaceAll("\\s+", " ");
        return "redirect:" + authorization.start(session, scopes, null);
    }

    @GetMapping("/retour")
    String callback(
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String state,
            @RequestParam(required = false) String error,
            HttpServletRequest request) {
        if (error != null || code == null) {
            throw new LaunchRefusedException(
                    "access_denied".equals(error)
                            ? "L'accès a été refusé sur la page d'autorisation du DUI."
                            : "Le DUI n'a pas autorisé l'application (" + (error == null ? "pas de code" : error)
                                    + ").");
        }
        SmartContext context = authorization.complete(request, state, code);
        Object next = request.getSession().getAttribute(AFTER_LOGIN);
        request.getSession().removeAttribute(AFTER_LOGIN);
        if (next instanceof String page && !context.hasPatient()) {
            return "redirect:" + page;
        }
        return context.hasPatient() ? "redirect:/synthese" : "redirect:/transmissions";
    }

    @PostMapping("/deconnexion")
    String logout(HttpServletRequest request, Model model) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        model.addAttribute("smart", null); // the frame of a page without session: no navigation
        String issuer = discovery.endpoints().issuer();
        model.addAttribute("duiLogout", issuer == null ? null : issuer.replaceAll("/+$", "") + "/deconnexion");
        return "deconnecte";
    }
}
