package fr.dui.pro.web;

import ca.uhn.fhir.rest.server.exceptions.AuthenticationException;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import fr.dui.pro.fhir.FhirErrors;
import fr.dui.pro.smart.DuiUnavailableException;
import fr.dui.pro.smart.LaunchRefusedException;
import fr.dui.pro.smart.NotConnectedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Every failure a person can meet becomes a French page (or, for an ended session, the way back in). */
@ControllerAdvice
class ErrorHandling {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandling.class);

    @ExceptionHandler(NotConnectedException.class)
    String notConnected() {
        return "redirect:/?session=expiree";
    }

    @ExceptionHandler(AuthenticationException.class)
    String tokenRefused(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return "redirect:/?session=expiree";
    }

    @ExceptionHandler(LaunchRefusedException.class)
    ModelAndView launchRefused(LaunchRefusedException e, HttpServletResponse response) {
        return page(response, 400, "Lancement impossible", e.getMessage());
    }

    @ExceptionHandler(DuiRefusalException.class)
    ModelAndView refused(DuiRefusalException e, HttpServletResponse response) {
        return page(response, 403, e.title(), e.getMessage());
    }

    @ExceptionHandler(DuiUnavailableException.class)
    ModelAndView unavailable(DuiUnavailableException e, HttpServletResponse response) {
        LOG.warn("DUI unavailable: {}", e.getMessage());
        return page(
                response, 502, "Le DUI ne répond pas", "Le serveur du DUI ne répond pas. Réessayez dans un instant.");
    }

    @ExceptionHandler(ForbiddenOperationException.class)
    ModelAndView forbidden(ForbiddenOperationException e, HttpServletResponse response) {
        String detail = FhirErrors.message(e);
        return page(
                response,
                403,
                "Accès refusé",
                "Vos habilitations ne vous permettent pas cette action." + (detail == null ? "" : " " + detail));
    }

    @ExceptionHandler(ResourceNotFoundException.class)
    ModelAndView notFound(HttpServletResponse response) {
        return page(response, 404, "Introuvable", "Cet élément du dossier n'existe pas ou plus.");
    }

    @ExceptionHandler(BaseServerResponseException.class)
    ModelAndView fhirError(BaseServerResponseException e, HttpServletResponse response) {
        LOG.warn("DUI answered {}: {}", e.getStatusCode(), e.getMessage());
        String detail = FhirErrors.message(e);
        return page(
                response,
                502,
                "Le DUI a refusé la demande",
                detail == null ? "Le serveur du DUI a répondu par une erreur (" + e.getStatusCode() + ")." : detail);
    }

    private static ModelAndView page(HttpServletResponse response, int status, String title, String message) {
        response.setStatus(status);
        ModelAndView page = new ModelAndView("erreur");
        page.addObject("titre", title);
        page.addObject("message", message);
        return page;
    }
}
