package fr.dui.pro.prestations;

import fr.dui.pro.coordination.Codes;
import fr.dui.pro.droits.Droits;
import fr.dui.pro.droits.DroitsReader;
import fr.dui.pro.smart.SmartContext;
import fr.dui.pro.smart.SmartSession;
import fr.dui.pro.web.Refusals;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** GAD-2: the usager's social benefits with their expiry, and entering one. */
@Controller
class PrestationsController {

    private final SmartSession smartSession;
    private final PrestationStore store;
    private final DroitsReader droits;

    PrestationsController(SmartSession smartSession, PrestationStore store, DroitsReader droits) {
        this.smartSession = smartSession;
        this.store = store;
        this.droits = droits;
    }

    @GetMapping("/prestations")
    String list(HttpSession session, Model model) {
        SmartContext smart = smartSession.fresh(session);
        if (!smart.hasPatient()) {
            return "redirect:/transmissions";
        }
        PrestationForm form = new PrestationForm();
        form.setDebut(store.today());
        form.setFin(store.today().plusYears(1));
        return page(smart, form, model);
    }

    @PostMapping("/prestations")
    String add(
            @Valid @ModelAttribute("prestation") PrestationForm form,
            BindingResult errors,
            HttpSession session,
            Model model,
            RedirectAttributes redirect) {
        SmartContext smart = smartSession.fresh(session);
        if (!smart.hasPatient()) {
            return "redirect:/transmissions";
        }
        Codes.rejectUnknown(
                errors, "type", PrestationStore.TYPES, form.getType(), "inconnue", "Cette prestation n'existe pas.");
        if (form.getPayeur() != null
                && !form.getPayeur().isBlank()
                && !form.getPayeur().matches("Organization/[A-Za-z0-9.-]{1,64}")) {
            errors.rejectValue("payeur", "inconnu", "Choisissez un organisme de la liste.");
        }
        if (errors.hasErrors()
                || !Refusals.written(() -> store.add(smart, form), model, "Le DUI a refusé cette prestation.")) {
            return page(smart, form, model);
        }
        redirect.addFlashAttribute("succes", "Prestation enregistrée.");
        return "redirect:/prestations";
    }

    private String page(SmartContext smart, PrestationForm form, Model model) {
        model.addAttribute("prestations", store.read(smart));
        model.addAttribute("types", PrestationStore.TYPES);
        model.addAttribute("prestation", form);
        model.addAttribute(
                "peutSaisir", smart.mayCreate("Coverage") && droits.pour(smart).peut(Droits.SOCIAL, "c"));
        return "prestations";
    }
}
