package fr.dui.server.security.psc;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages of a Pro Santé Connect login, in French: which activity to act in when PSC's identity matches several
 * roles here, and why a login was refused.
 */
@Controller
class PscPages {

    static final String CHOICE = "/psc/activite";
    static final String REFUSED = "/psc/refus";
    /** Session attribute: the identity PSC authenticated and the roles it may act in, until one is chosen. */
    static final String PENDING = "dui.psc.pending";

    /** A PSC login waiting for the person to choose an activity. */
    record Pending(PscIdentity identity, List<PscIdentityMapper.PscActivity> activities) implements Serializable {}

    private final PscSignIn signIn;
    private final SavedRequestAwareAuthenticationSuccessHandler resume =
            new SavedRequestAwareAuthenticationSuccessHandler();

    PscPages(PscSignIn signIn) {
        this.signIn = signIn;
    }

    @GetMapping(CHOICE)
    String choices(HttpServletRequest request, Model model) {
        Optional<Pending> pending = pending(request);
        if (pending.isEmpty()) {
            return "redirect:/login";
        }
        model.addAttribute("name", pending.get().identity().displayName());
        model.addAttribute("activities", pending.get().activities());
        return "psc-activite";
    }

    @PostMapping(CHOICE)
    void choose(@RequestParam("role") String role, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        Optional<Pending> pending = pending(request);
        if (pending.isEmpty()
                || pending.get().activities().stream().noneMatch(a -> a.role().equals(role))) {
            response.sendRedirect(request.getContextPath() + "/login");
            return;
        }
        request.getSession().removeAttribute(PENDING);
        request.changeSessionId(); // a new session for the logged-in person, as after any login
        Optional<Authentication> local = signIn.complete(pending.get().identity(), role, request, response);
        if (local.isPresent()) {
            resume.onAuthenticationSuccess(request, response, local.get());
        } else {
            response.sendRedirect(request.getContextPath() + REFUSED);
        }
    }

    @GetMapping(REFUSED)
    String refused(HttpServletRequest request, HttpServletResponse response, Model model) {
        HttpSession session = request.getSession(false);
        Object message = session == null ? null : session.getAttribute(PscSignIn.REFUSAL);
        model.addAttribute(
                "message", message == null ? "La connexion avec Pro Santé Connect n'a pas abouti." : message);
        response.setStatus(HttpStatus.FORBIDDEN.value());
        return "psc-refus";
    }

    private static Optional<Pending> pending(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(PENDING) instanceof Pending p
                ? Optional.of(p)
                : Optional.empty();
    }
}
