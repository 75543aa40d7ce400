package fr.dui.server.security.accounts;

import fr.dui.server.security.SecuritySettings;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Two-factor authentication pages, in French: the code asked after the password ({@code /code}; five wrong codes end
 * the session and count as failed logins), and turning it on or off ({@code /double-authentification}) with an
 * authenticator app.
 */
@Controller
public class SecondFactorController {

    static final String SETUP = "/double-authentification";
    private static final String PENDING = "dui.second-factor.pending-secret";
    private static final String FAILURES = "dui.second-factor.failures";
    private static final int MAX_FAILURES = 5;

    private final AccountRepository accounts;
    private final LoginAttempts attempts;
    private final SecuritySettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RequestCache requests = new HttpSessionRequestCache();

    public SecondFactorController(
            AccountRepository accounts,
            LoginAttempts attempts,
            SecuritySettings settings,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.attempts = attempts;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    @GetMapping(SecondFactorGate.PAGE)
    public String codePage() {
        return "code";
    }

    @PostMapping(SecondFactorGate.PAGE)
    public String checkCode(
            @RequestParam("code") String code,
            Principal person,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        HttpSession session = request.getSession();
        boolean valid = accounts.totpSecret(person.getName())
                .map(secret -> Totp.verify(secret, code, clock.instant()))
                .orElse(true);
        events.publishEvent(new SecondFactorChecked(clock.instant(), person.getName(), valid, request.getRemoteAddr()));
        if (valid) {
            session.setAttribute(SecondFactorGate.CHECKED, person.getName());
            session.removeAttribute(FAILURES);
            SavedRequest saved = requests.getRequest(request, response);
            if (saved != null) {
                requests.removeRequest(request, response);
                return "redirect:" + saved.getRedirectUrl();
            }
            return "redirect:" + SETUP;
        }
        int failures = session.getAttribute(FAILURES) instanceof Integer n ? n + 1 : 1;
        if (failures >= MAX_FAILURES) {
            attempts.onSecondFactorFailures(person.getName());
            session.invalidate();
            SecurityContextHolder.clearContext();
            return "redirect:/login?error";
        }
        session.setAttribute(FAILURES, failures);
        model.addAttribute("erreur", "Code incorrect. Recopiez le code à 6 chiffres affiché par votre application.");
        return "code";
    }

    @GetMapping(SETUP)
    public String setupPage(Principal person, Model model, HttpServletRequest request) {
        boolean active = accounts.totpSecret(person.getName()).isPresent();
        model.addAttribute("active", active);
        if (!active) {
            String secret = Totp.newSecret();
            request.getSession().setAttribute(PENDING, secret);
            model.addAttribute("secret", secret);
            model.addAttribute("uri", Totp.uri(issuerLabel(), person.getName(), secret));
        }
        return "double-authentification";
    }

    @PostMapping(SETUP)
    public String turnOn(@RequestParam("code") String code, Principal person, Model model, HttpServletRequest request) {
        HttpSession session = request.getSession();
        String secret = (String) session.getAttribute(PENDING);
        if (secret == null || !Totp.verify(secret, code, clock.instant())) {
            model.addAttribute("erreur", "Code incorrect : la double authentification n'est pas activée.");
            model.addAttribute("active", false);
            model.addAttribute("secret", secret);
            model.addAttribute("uri", secret == null ? null : Totp.uri(issuerLabel(), person.getName(), secret));
            return "double-authentification";
        }
        accounts.setTotpSecret(person.getName(), secret);
        session.removeAttribute(PENDING);
        session.setAttribute(SecondFactorGate.CHECKED, person.getName());
        events.publishEvent(new AccountChanged(
                clock.instant(), person.getName(), "second-factor-enabled", person.getName(), request.getRemoteAddr()));
        return "redirect:" + SETUP + "?active";
    }

    /** How the authenticator app names this server: {@code DUI dui.example.fr}. */
    private String issuerLabel() {
        String host = java.net.URI.create(settings.issuer()).getHost();
        return "DUI " + (host == null ? settings.issuer() : host);
    }

    @PostMapping(SETUP + "/desactivation")
    public String turnOff(
            @RequestParam("code") String code, Principal person, Model model, HttpServletRequest request) {
        boolean valid = accounts.totpSecret(person.getName())
                .map(secret -> Totp.verify(secret, code, clock.instant()))
                .orElse(false);
        if (!valid) {
            model.addAttribute("erreur", "Code incorrect : la double authentification reste active.");
            model.addAttribute("active", true);
            return "double-authentification";
        }
        accounts.setTotpSecret(person.getName(), null);
        events.publishEvent(new AccountChanged(
                clock.instant(),
                person.getName(),
                "second-factor-disabled",
                person.getName(),
                request.getRemoteAddr()));
        return "redirect:" + SETUP + "?desactivee";
    }
}
