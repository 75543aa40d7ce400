package fr.dui.pro.coordination;

import fr.dui.pro.droits.Droits;
import fr.dui.pro.droits.DroitsReader;
import fr.dui.pro.droits.NonPropose;
import fr.dui.pro.settings.ProSettings;
import fr.dui.pro.smart.SmartContext;
import fr.dui.pro.smart.SmartSession;
import fr.dui.pro.web.Refusals;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * COO-1 / COO-4 / COO-6: the usager's week (interventions and activities, presences and absences), entering an
 * intervention, recording presence at an event or an absence over a period, and the professional's own agenda.
 */
@Controller
class AgendaController {

    private final SmartSession smartSession;
    private final AgendaReader reader;
    private final AgendaWriter writer;
    private final DroitsReader droits;
    private final ProSettings settings;
    private final Clock clock;

    AgendaController(
            SmartSession smartSession,
            AgendaReader reader,
            AgendaWriter writer,
            DroitsReader droits,
            ProSettings settings,
            Clock clock) {
        this.smartSession = smartSession;
        this.reader = reader;
        this.writer = writer;
        this.droits = droits;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping("/agenda")
    String agenda(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate semaine,
            HttpSession session,
            Model model) {
        SmartContext smart = smartSession.fresh(session);
        if (!smart.hasPatient()) {
            return "redirect:/mon-agenda";
        }
        Agenda agenda = reader.usager(smart, semaine == null ? today() : semaine);
        Droits rights = droits.pour(smart); // read in the agenda's batch
        model.addAttribute("agenda", agenda);
        model.addAttribute("precedente", agenda.lundi().minusDays(7));
        model.addAttribute("suivante", agenda.lundi().plusDays(7));
        model.addAttribute("peutPlanifier", mayPlan(smart, rights));
        model.addAttribute("peutPointer", smart.mayUpdate("Encounter") && rights.peut(Droits.ADMINISTRATIF, "u"));
        model.addAttribute("peutDeclarerAbsence", mayRecordAbsence(smart, rights));
        return "agenda";
    }

    @GetMapping("/mon-agenda")
    String mine(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate semaine,
            HttpSession session,
            Model model) {
        SmartContext smart = smartSession.fresh(session);
        Agenda agenda = reader.mine(smart, semaine == null ? today() : semaine);
        model.addAttribute("agenda", agenda);
        model.addAttribute("precedente", agenda.lundi().minusDays(7));
        model.addAttribute("suivante", agenda.lundi().plusDays(7));
        return "mon-agenda";
    }

    @GetMapping("/agenda/intervention")
    String interventionForm(HttpSession session, Model model) {
        SmartContext smart = smartSession.fresh(session);
        if (!smart.hasPatient()) {
            return "redirect:/mon-agenda";
        }
        if (!mayPlan(smart, droits.pour(smart))) {
            return NonPropose.page(model, "d'ajouter une intervention à l'agenda de cet usager");
        }
        InterventionForm form = new InterventionForm();
        form.setJour(today());
        LocalTime hour = LocalTime.now(clock.withZone(settings.zone()))
                .truncatedTo(ChronoUnit.HOURS)
                .plusHours(1);
        form.setDebut(hour);
        form.setFin(hour.plusMinutes(45));
        return interventionPage(smart, form, model);
    }

    @PostMapping("/agenda/intervention")
    String intervention(
            @Valid @ModelAttribute("intervention") InterventionForm form,
            BindingResult errors,
            HttpSession session,
            Model model,
            RedirectAttributes redirect) {
        SmartContext smart = smartSession.fresh(session);
        if (!smart.hasPatient()) {
            return "redirect:/mon-agenda";
        }
        Codes.rejectUnknown(
                errors, "type", Codes.EVENT_TYPES, form.getType(), "inconnu", "Ce type d'intervention n'existe pas.");
        if (form.getIntervenant() != null
                && !form.getIntervenant().matches("(PractitionerRole|Practitioner)/[\\w.-]+")) {
            errors.rejectValue("intervenant", "inconnu", "Choisissez un intervenant de la liste.");
        }
        if (errors.hasErrors()
                || !Refusals.written(
                        () -> writer.intervention(smart, form), model, "Le DUI a refusé cette intervention.")) {
            return interventionPage(smart, form, model);
        }
        redirect.addFlashAttribute("succes", "Intervention ajoutée à l'agenda.");
        redirect.addAttribute("semaine", form.getJour().toString());
        return "redirect:/agenda";
    }

    @PostMapping("/agenda/presence")
    String presence(
            @RequestParam String evenement,
            @RequestParam boolean present,
            @RequestParam(required = false) String semaine,
            HttpSession session,
            RedirectAttributes redirect) {
        SmartContext smart = smartSession.fresh(session);
        if (!smart.hasPatient()) {
            return "redirect:/mon-agenda";
        }
        writer.presence(smart, evenement, present);
        redirect.addFlashAttribute("succes", present ? "Présence enregistrée." : "Absence à l'événement enregistrée.");
        if (semaine != null && semaine.matches("\\d{4}-\\d{2}-\\d{2}")) {
            redirect.addAttribute("semaine", semaine);
        }
        return "redirect:/agenda";
    }

    @GetMapping("/agenda/absence")
    String absenceForm(HttpSession session, Model model) {
        SmartContext smart = smartSession.fresh(session);
        if (!smart.hasPatient()) {
            return "redirect:/mon-agenda";
        }
        if (!mayRecordAbsence(smart, droits.pour(smart))) {
            return NonPropose.page(model, "de déclarer une absence de cet usager");
        }
        AbsenceForm form = new AbsenceForm();
        LocalDateTime now = LocalDateTime.now(clock.withZone(settings.zone())).truncatedTo(ChronoUnit.HOURS);
        form.setDebut(now);
        form.setFin(now.plusDays(1));
        return absencePage(form, model);
    }

    @PostMapping("/agenda/absence")
    String absence(
            @Valid @ModelAttribute("absence") AbsenceForm form,
            BindingResult errors,
            HttpSession session,
            Model model,
            RedirectAttributes redirect) {
        SmartContext smart = smartSession.fresh(session);
        if (!smart.hasPatient()) {
            return "redirect:/mon-agenda";
        }
        Codes.rejectUnknown(
                errors, "motif", Codes.ABSENCE_REASONS, form.getMotif(), "inconnu", "Ce motif d'absence n'existe pas.");
        if (form.getNature() != null
                && Codes.find(Codes.ABSENCE_KINDS, form.getNature()).isEmpty()) {
            errors.rejectValue("nature", "inconnue", "Choisissez absence ou absence prévue.");
        }
        if (errors.hasErrors()
                || !Refusals.written(() -> writer.absence(smart, form), model, "Le DUI a refusé cette absence.")) {
            return absencePage(form, model);
        }
        redirect.addFlashAttribute("succes", "Absence enregistrée.");
        redirect.addAttribute("semaine", form.getDebut().toLocalDate().toString());
        return "redirect:/agenda";
    }

    private static boolean mayPlan(SmartContext smart, Droits rights) {
        return smart.mayCreate("Encounter") && rights.peut(Droits.ADMINISTRATIF, "c");
    }

    private static boolean mayRecordAbsence(SmartContext smart, Droits rights) {
        return smart.mayCreate("Slot") && rights.peut(Droits.ADMINISTRATIF, "c");
    }

    private String interventionPage(SmartContext smart, InterventionForm form, Model model) {
        model.addAttribute("types", Codes.EVENT_TYPES);
        model.addAttribute("intervenants", reader.intervenants(smart));
        model.addAttribute("intervention", form);
        return "agenda-intervention";
    }

    private String absencePage(AbsenceForm form, Model model) {
        model.addAttribute("motifs", Codes.ABSENCE_REASONS);
        model.addAttribute("natures", Codes.ABSENCE_KINDS);
        model.addAttribute("absence", form);
        return "agenda-absence";
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(settings.zone()));
    }
}
