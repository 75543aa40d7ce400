package fr.dui.pro.admission;

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
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * ADM-1/2/3: the waiting list across the OG's establishments, an application and its history, the walk admissible →
 * admis → entrée, planning the first contact, and a new application with the usager's identity (duplicates first).
 */
@Controller
class AdmissionController {

    private final SmartSession smartSession;
    private final ListeAttenteReader liste;
    private final DemandeReader demandes;
    private final AdmissionWriter writer;
    private final ProSettings settings;
    private final Clock clock;

    AdmissionController(
            SmartSession smartSession,
            ListeAttenteReader liste,
            DemandeReader demandes,
            AdmissionWriter writer,
            ProSettings settings,
            Clock clock) {
        this.smartSession = smartSession;
        this.liste = liste;
        this.demandes = demandes;
        this.writer = writer;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping("/admissions")
    String list(
            @RequestParam(required = false) String etablissement,
            @RequestParam(required = false) String statut,
            @RequestParam(required = false) String gir,
            @RequestParam(required = false) String origine,
            @RequestParam(required = false) String depuis,
            @RequestParam(required = false) String jusqua,
            @RequestParam(required = false) String nom,
            HttpSession session,
            Model model) {
        SmartContext smart = smartSession.fresh(session);
        Filtres filtres = Filtres.of(etablissement, statut, gir, origine, depuis, jusqua, nom);
        ListeAttenteReader.Resultat r = liste.read(smart, professionnel(smart, session), filtres);
        model.addAttribute("resultat", r);
        model.addAttribute("statuts", Statut.values());
        model.addAttribute("origines", AdmissionFhir.ORIGINES);
        model.addAttribute("f", filtres);
        model.addAttribute("peutCreer", r.professionnel().peutGerer() && smart.mayCreate("ServiceRequest"));
        return "admissions";
    }

    @GetMapping("/admissions/{usager}/{tache}")
    String demande(@PathVariable String usager, @PathVariable String tache, HttpSession session, Model model) {
        SmartContext smart = smartSession.fresh(session);
        DemandeReader.Detail detail = demandes.read(smart, usager, tache);
        model.addAttribute("d", detail);
        model.addAttribute("peutGerer", detail.professionnel().peutGerer() && smart.mayCreate("Task"));
        model.addAttribute("aujourdhui", today());
        model.addAttribute(
                "premierContactDefaut", today().plusDays(7).atTime(14, 0).truncatedTo(ChronoUnit.MINUTES));
        return "demande";
    }

    @PostMapping("/admissions/{usager}/{tache}/statut")
    String avancer(
            @PathVariable String usager,
            @PathVariable String tache,
            @RequestParam String cible,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate entree,
            HttpSession session,
            RedirectAttributes redirect) {
        SmartContext smart = smartSession.fresh(session);
        Statut target = Statut.ofCode(cible)
                .orElseThrow(() -> new AdmissionWriter.ActionImpossible("Statut inconnu : « " + cible + " »."));
        unlessChangedMeanwhile(() -> writer.avancer(smart, tache, target, entree));
        redirect.addFlashAttribute(
                "succes",
                switch (target) {
                    case ADMISSIBLE -> "La demande est déclarée admissible.";
                    case ADMIS -> "L'admission est prononcée.";
                    case ENTRE -> "L'entrée est enregistrée : le séjour est ouvert.";
                    default -> "Statut enregistré.";
                });
        return "redirect:/admissions/" + usager + "/" + tache;
    }

    @PostMapping("/admissions/{usager}/{tache}/impossible")
    String impossible(
            @PathVariable String usager,
            @PathVariable String tache,
            @RequestParam(required = false) String motif,
            HttpSession session,
            RedirectAttributes redirect) {
        SmartContext smart = smartSession.fresh(session);
        if (motif == null || motif.isBlank()) {
            redirect.addFlashAttribute("erreurImpossible", "Indiquez le motif : il sera communiqué avec la décision.");
            return "redirect:/admissions/" + usager + "/" + tache;
        }
        if (motif.length() > 500) {
            redirect.addFlashAttribute("erreurImpossible", "Le motif est limité à 500 caractères.");
            return "redirect:/admissions/" + usager + "/" + tache;
        }
        unlessChangedMeanwhile(() -> writer.impossible(smart, tache, motif));
        redirect.addFlashAttribute("succes", "L'admission est déclarée impossible ; le motif est enregistré.");
        return "redirect:/admissions/" + usager + "/" + tache;
    }

    @PostMapping("/admissions/{usager}/{tache}/premier-contact")
    String planifier(
            @PathVariable String usager,
            @PathVariable String tache,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime quand,
            @RequestParam(required = false) String type,
            HttpSession session,
            RedirectAttributes redirect) {
        SmartContext smart = smartSession.fresh(session);
        if (quand == null) {
            redirect.addFlashAttribute("erreurContact", "Indiquez la date et l'heure du rendez-vous.");
            return "redirect:/admissions/" + usager + "/" + tache;
        }
        writer.planifier(smart, tache, quand, type);
        redirect.addFlashAttribute("succes", "Le rendez-vous est planifié.");
        return "redirect:/admissions/" + usager + "/" + tache;
    }

    @GetMapping("/admissions/nouvelle")
    String nouvelle(HttpSession session, Model model) {
        SmartContext smart = smartSession.fresh(session);
        DemandeForm form = new DemandeForm();
        return formPage(form, professionnel(smart, session), null, model);
    }

    @PostMapping("/admissions/nouvelle")
    String creer(
            @Valid @ModelAttribute("demande") DemandeForm form,
            BindingResult errors,
            HttpSession session,
            Model model,
            RedirectAttributes redirect) {
        SmartContext smart = smartSession.fresh(session);
        if (errors.hasErrors()) {
            return formPage(form, professionnel(smart, session), null, model);
        }
        AdmissionWriter.Verification check = writer.verifier(smart, form);
        boolean chosen =
                form.getUsagerExistant() != null && !form.getUsagerExistant().isBlank();
        if (chosen && check.candidats().stream().noneMatch(c -> c.id().equals(form.getUsagerExistant()))) {
            form.setUsagerExistant("");
            chosen = false;
        }
        if (!check.candidats().isEmpty() && !chosen && !form.isNouvelUsagerConfirme()) {
            return formPage(form, check.professionnel(), check.candidats(), model);
        }
        Optional<AdmissionWriter.Creation> created = Refusals.attempted(
                () -> writer.creer(smart, form, check.professionnel()),
                model,
                Refusals.ATTRIBUTE,
                "Le DUI a refusé cette demande.");
        if (created.isEmpty()) {
            return formPage(form, check.professionnel(), null, model);
        }
        redirect.addFlashAttribute(
                "succes",
                chosen
                        ? "Demande enregistrée pour l'usager existant."
                        : "Usager créé et demande enregistrée en liste d'attente.");
        return "redirect:/admissions/" + created.get().usager() + "/"
                + created.get().tache();
    }

    @PostMapping("/usagers/{usager}/ouvrir")
    String ouvrir(@PathVariable String usager, HttpSession session) {
        smartSession.fresh(session);
        smartSession.openUsager(session, usager);
        return "redirect:/synthese";
    }

    private String formPage(
            DemandeForm form, Professionnel pro, List<AdmissionWriter.Candidat> candidats, Model model) {
        model.addAttribute("demande", form);
        model.addAttribute("etablissements", pro.etablissements());
        model.addAttribute("accueils", AdmissionFhir.ACCUEILS);
        model.addAttribute("origines", AdmissionFhir.ORIGINES);
        model.addAttribute("pieces", AdmissionWriter.PIECES);
        model.addAttribute("candidats", candidats);
        model.addAttribute("peutCreer", pro.peutGerer());
        return "demande-nouvelle";
    }

    /** The professional's establishments and profession: read once per session (and per person). */
    private Professionnel professionnel(SmartContext smart, HttpSession session) {
        String key = Professionnel.class.getName() + "|" + smart.fhirUser();
        if (session.getAttribute(key) instanceof Professionnel known) {
            return known;
        }
        Professionnel pro = liste.professionnel(smart);
        session.setAttribute(key, pro);
        return pro;
    }

    /** Writes a new version of an application, refused in French if someone changed it since the page was read. */
    private static void unlessChangedMeanwhile(Runnable write) {
        try {
            write.run();
        } catch (PreconditionFailedException | ResourceVersionConflictException e) {
            throw new AdmissionWriter.ActionImpossible(
                    "Cette demande a été modifiée par quelqu'un d'autre entre-temps : rechargez la page.");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(settings.zone()));
    }
}
