package fr.dui.pro.projet;

import ca.uhn.fhir.rest.server.exceptions.PreconditionFailedException;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import fr.dui.pro.settings.ProSettings;
import fr.dui.pro.smart.SmartContext;
import fr.dui.pro.smart.SmartSession;
import fr.dui.pro.web.Refusals;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** ACC-3: the projet personnalisé of the usager in context: read, edit, and the usager's signature. */
@Controller
class ProjetController {

    private final SmartSession smartSession;
    private final ProjetService service;
    private final ProSettings settings;
    private final Clock clock;

    ProjetController(SmartSession smartSession, ProjetService service, ProSettings settings, Clock clock) {
        this.smartSession = smartSession;
        this.service = service;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping("/projet")
    String view(HttpSession session, Model model) {
        SmartContext smart = smartSession.fresh(session);
        if (!smart.hasPatient()) {
            return "redirect:/";
        }
        ProjetService.Lu lu = service.read(smart);
        ProjetForm form = lu.projet().map(Projet::form).orElseGet(() -> {
            ProjetForm empty = new ProjetForm();
            empty.setRevision(LocalDate.now(clock.withZone(settings.zone())).plusMonths(6));
            return empty;
        });
        return page(model, smart, lu, form);
    }

    @PostMapping("/projet")
    String save(
            @Valid @ModelAttribute("projet") ProjetForm form,
            BindingResult errors,
            HttpSession session,
            Model model,
            RedirectAttributes redirect) {
        SmartContext smart = smartSession.fresh(session);
        if (!smart.hasPatient()) {
            return "redirect:/";
        }
        if (errors.hasErrors()) {
            return page(model, smart, service.read(smart), form);
        }
        boolean saved;
        try {
            saved = Refusals.written(() -> service.save(smart, form), model, "Le DUI a refusé ces changements.");
        } catch (PreconditionFailedException | ResourceVersionConflictException e) {
            throw new ProjetService.Refus(
                    "Projet modifié entre-temps",
                    "Quelqu'un a modifié ce projet depuis que vous l'avez ouvert : rechargez la page.");
        }
        if (!saved) {
            return page(model, smart, service.read(smart), form);
        }
        redirect.addFlashAttribute("succes", "Projet personnalisé enregistré. Faites-le signer par l'usager.");
        return "redirect:/projet";
    }

    @PostMapping("/projet/signature")
    String sign(
            @RequestParam(required = false) String version,
            @RequestParam(required = false) boolean accord,
            HttpSession session,
            RedirectAttributes redirect) {
        SmartContext smart = smartSession.fresh(session);
        if (!accord) {
            redirect.addFlashAttribute(
                    "erreurSignature", "Cochez la case qui atteste que l'usager a lu son projet et l'approuve.");
            return "redirect:/projet";
        }
        service.sign(smart, version == null ? "" : version);
        redirect.addFlashAttribute("succes", "La signature de l'usager est enregistrée.");
        return "redirect:/projet";
    }

    private String page(Model model, SmartContext smart, ProjetService.Lu lu, ProjetForm form) {
        model.addAttribute("usager", lu.usager());
        model.addAttribute("p", lu.projet().orElse(null));
        model.addAttribute("projet", form);
        model.addAttribute("peutModifier", lu.modifie() && smart.mayCreate("CarePlan"));
        // recording the usager's agreement writes a Consent: offered when the habilitations allow it (the DUI refuses
        // the others anyway)
        model.addAttribute("peutSigner", lu.recueilleSignatures() && smart.mayCreate("Consent"));
        return "projet";
    }
}
