package fr.dui.server.security.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.Clock;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** A person changes their own password: the French page for browsers, and the JSON call for administrators' scripts. */
@Controller
public class PasswordController {

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RequestCache requests = new HttpSessionRequestCache();

    public PasswordController(
            AccountRepository accounts, PasswordEncoder encoder, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.events = events;
        this.clock = clock;
    }

    @GetMapping(PasswordChangeGate.PAGE)
    public String page(Principal person, Model model) {
        model.addAttribute(
                "provisoire",
                accounts.find(person.getName()).map(Account::mustChangePassword).orElse(false));
        model.addAttribute("minimum", AccountRules.MIN_PASSWORD);
        return "mot-de-passe";
    }

    @PostMapping(PasswordChangeGate.PAGE)
    public String change(
            @RequestParam("nouveau") String password,
            @RequestParam("confirmation") String confirmation,
            Principal person,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        try {
            AccountRules.validatePassword(password, confirmation);
        } catch (AccountRules.InvalidAccount e) {
            model.addAttribute("erreur", e.getMessage());
            model.addAttribute("provisoire", true);
            model.addAttribute("minimum", AccountRules.MIN_PASSWORD);
            return "mot-de-passe";
        }
        save(person.getName(), password, request);
        SavedRequest saved = requests.getRequest(request, response);
        if (saved != null) {
            requests.removeRequest(request, response);
            return "redirect:" + saved.getRedirectUrl();
        }
        return "redirect:" + PasswordChangeGate.PAGE + "?change";
    }

    /** For administrators' scripts (HTTP Basic): {@code {"nouveau": "..."}}. */
    @PostMapping(PasswordChangeGate.API)
    @ResponseBody
    public ResponseEntity<?> changeByApi(
            @RequestBody Map<String, String> body, Principal person, HttpServletRequest request) {
        try {
            AccountRules.validatePassword(body.get("nouveau"), null);
        } catch (AccountRules.InvalidAccount e) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
            problem.setTitle("Mot de passe inchangé");
            return ResponseEntity.status(e.status())
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        save(person.getName(), body.get("nouveau"), request);
        return ResponseEntity.ok(Map.of("message", "Mot de passe changé."));
    }

    private void save(String username, String password, HttpServletRequest request) {
        accounts.setPassword(username, encoder.encode(password), false);
        events.publishEvent(
                new AccountChanged(clock.instant(), username, "password-changed", username, request.getRemoteAddr()));
    }
}
