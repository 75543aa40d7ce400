package fr.dui.pro.entourage;

import fr.dui.pro.coordination.Codes;
import fr.dui.pro.droits.Droits;
import fr.dui.pro.droits.DroitsReader;
import fr.dui.pro.droits.NonPropose;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** GAD-5 / REL-4: the directory of the usager's entourage and care team; adding and changing a member. */
@Controller
class EntourageController {

    private final SmartSession smartSession;
    private final EntourageStore store;
    private final DroitsReader droits;

    EntourageController(SmartSession smartSession, EntourageStore store, DroitsReader droits) {
        this.smartSession = smartSession;
        this.store = store;
        this.droits = droits;
    }

    @GetMapping("/entourage")
    String directory(HttpSession session, Model model) {
        SmartContext smart = smartSession.fresh(session);
        if (!smart.hasPatient()) {
            return "redirect:/transmissions";
        }
        model.addAttribute("annuaire", store.read(smart));
        Droits rights = droits.pour(smart); // read in the directory's batch
        model.addAttribute("peutAjouter", mayAdd(smart, rights));
        model.addAttribute("peutModifier", mayChange(smart, rights));
        model.addAttribute("peutChangerEquipe", mayChangeTeam(smart, rights));
        return "entourage";
    }

    private static boolean mayAdd(SmartContext smart, Droits rights) {
        return smart.mayCreate("RelatedPerson") && rights.peut(Droits.ADMINISTRATIF, "c");
    }

    private static boolean mayChange(SmartContext smart, Droits rights) {
        return smart.mayUpdate("RelatedPerson") && rights.peut(Droits.ADMINISTRATIF, "u");
    }

    /** The care team is accompaniment data. */
    private static boolean mayChangeTeam(SmartContext smart, Droits rights) {
        return smart.mayUpdate("CareTeam") && rights.peut(Droits.ACCOMPAGNEMENT, "u");
    }

    @GetMapping("/equipe/ajouter")
    String teamForm(HttpSession session, Model model) {
        SmartContext smart = smartSession.fresh(session);
        if (!smart.hasPatient()) {
            return "redirect:/transmissions";
        }
        if (!mayChangeTeam(smart, droits.pour(smart))) {
            return NonPropose.page(model, "de changer l'équipe de cet usager");
        }
        model.addAttribute("candidats", store.candidates(smart));
        return "equipe-ajouter";
    }

    @PostMapping("/equipe")
    String team(
            @org.springframework.web.bind.annotation.RequestParam String membre,
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "ajouter") String action,
            HttpSession session,
            RedirectAttributes redirect) {
        SmartContext smart = smartSession.fresh(session);
        if (!smart.hasPatient() || !membre.matches("PractitionerRole/[A-Za-z0-9.-]{1,64}")) {
            return "redirect:/entourage";
        }
        if ("retirer".equals(action)) {
            store.leave(smart, membre);
            redirect.addFlashAttribute("succes", "Professionnel retiré de l'équipe.");
        } else {
            store.join(smart, membre);
            redirect.addFlashAttribute("succes", "Professionnel ajouté à l'équipe.");
        }
        return "redirect:/entourage";
    }

    @GetMapping("/entourage/nouveau")
    String newForm(HttpSession session, Model model) {
        SmartContext smart = smartSession.fresh(session);
        if (!mayAdd(smart, droits.pour(smart))) {
            return NonPropose.page(model, "d'ajouter un proche à l'entourage de cet usager");
        }
        return formPage(new ProcheForm(), null, model);
    }

    @GetMapping("/entourage/{id}")
    String editForm(@PathVariable String id, HttpSession session, Model model) {
        SmartContext smart = smartSession.fresh(session);
        if (!smart.hasPatient() || !id.matches("[A-Za-z0-9.-]{1,64}")) {
            return "redirect:/entourage";
        }
        if (!mayChange(smart, droits.pour(smart))) {
            return NonPropose.page(model, "de modifier l'entourage de cet usager");
        }
        return store.form(smart, id).map(f -> formPage(f, id, model)).orElse("redirect:/entourage");
    }

    @PostMapping({"/entourage", "/entourage/{id}"})
    String save(
            @PathVariable(required = false) String id,
            @Valid @ModelAttribute("proche") ProcheForm form,
            BindingResult errors,
            HttpSession session,
            Model model,
            RedirectAttributes redirect) {
        SmartContext smart = smartSession.fresh(session);
        if (!smart.hasPatient() || id != null && !id.matches("[A-Za-z0-9.-]{1,64}")) {
            return "redirect:/entourage";
        }
        Codes.rejectUnknown(errors, "role", EntourageCodes.ROLES, form.getRole(), "inconnu", "Ce rôle n'existe pas.");
        Codes.rejectUnknown(errors, "lien", EntourageCodes.LINKS, form.getLien(), "inconnu", "Ce lien n'existe pas.");
        if (errors.hasErrors()) {
            return formPage(form, id, model);
        }
        Runnable write = id == null ? () -> store.add(smart, form) : () -> store.change(smart, id, form);
        if (!Refusals.written(write, model, "Le DUI a refusé cette personne.")) {
            return formPage(form, id, model);
        }
        redirect.addFlashAttribute("succes", id == null ? "Personne ajoutée à l'entourage." : "Entourage mis à jour.");
        return "redirect:/entourage";
    }

    private String formPage(ProcheForm form, String id, Model model) {
        model.addAttribute("proche", form);
        model.addAttribute("id", id);
        model.addAttribute("roles", EntourageCodes.ROLES);
        model.addAttribute("liens", EntourageCodes.LINKS);
        return "entourage-personne";
    }
}
