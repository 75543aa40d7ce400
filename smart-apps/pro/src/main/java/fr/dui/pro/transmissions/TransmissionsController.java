package fr.dui.pro.transmissions;

import fr.dui.pro.droits.Droits;
import fr.dui.pro.droits.DroitsReader;
import fr.dui.pro.droits.NonPropose;
import fr.dui.pro.fhir.DuiFhir;
import fr.dui.pro.fhir.Texts;
import fr.dui.pro.settings.ProSettings;
import fr.dui.pro.smart.SmartContext;
import fr.dui.pro.smart.SmartSession;
import fr.dui.pro.web.Refusals;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.hl7.fhir.r4.model.Patient;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** ACC-2 / COO-3: writing a targeted transmission, and the team feed by shift with the unread ones first. */
@Controller
class TransmissionsController {

    private final SmartSession smartSession;
    private final FeedReader feeds;
    private final TransmissionWriter writer;
    private final ReceiptWriter receipts;
    private final TargetCatalogue targets;
    private final DuiFhir fhir;
    private final DroitsReader droits;
    private final ProSettings settings;
    private final Clock clock;

    TransmissionsController(
            SmartSession smartSession,
            FeedReader feeds,
            TransmissionWriter writer,
            ReceiptWriter receipts,
            TargetCatalogue targets,
            DuiFhir fhir,
            DroitsReader droits,
            ProSettings settings,
            Clock clock) {
        this.smartSession = smartSession;
        this.feeds = feeds;
        this.writer = writer;
        this.receipts = receipts;
        this.targets = targets;
        this.fhir = fhir;
        this.droits = droits;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping("/transmissions")
    String feed(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate jour,
            @RequestParam(required = false) String poste,
            HttpSession session,
            Model model) {
        SmartContext smart = smartSession.fresh(session);
        Shift.Window current = Shift.Window.at(ZonedDateTime.now(clock.withZone(settings.zone())));
        Shift.Window window = jour == null || Shift.ofSlug(poste).isEmpty()
                ? current
                : new Shift.Window(jour, Shift.ofSlug(poste).orElseThrow(), settings.zone());
        model.addAttribute("fil", feeds.read(smart, window));
        model.addAttribute("courant", window.equals(current));
        // the rights on the usager in context come in the feed's batch
        model.addAttribute("peutTransmettre", smart.hasPatient() && mayWrite(smart, droits.pour(smart)));
        model.addAttribute("peutMarquer", smart.mayCreate("Communication"));
        return "transmissions";
    }

    /** A transmission is accompaniment data. */
    static boolean mayWrite(SmartContext smart, Droits rights) {
        return smart.mayCreate("Observation") && rights.peut(Droits.ACCOMPAGNEMENT, "c");
    }

    @GetMapping("/transmissions/nouvelle")
    String form(HttpSession session, Model model) {
        SmartContext smart = smartSession.fresh(session);
        if (!smart.hasPatient()) {
            return "redirect:/transmissions";
        }
        if (!mayWrite(smart, droits.pour(smart))) {
            return NonPropose.page(model, "d'écrire une transmission pour cet usager");
        }
        TransmissionForm form = new TransmissionForm();
        form.setMoment(now());
        return formPage(smart, form, model);
    }

    @PostMapping("/transmissions")
    String write(
            @Valid @ModelAttribute("transmission") TransmissionForm form,
            BindingResult errors,
            HttpSession session,
            Model model,
            RedirectAttributes redirect) {
        SmartContext smart = smartSession.fresh(session);
        if (!smart.hasPatient()) {
            return "redirect:/transmissions";
        }
        if (form.getMoment() != null && form.getMoment().isAfter(now().plusMinutes(5))) {
            errors.rejectValue("moment", "futur", "La date et l'heure ne peuvent pas être dans le futur.");
        }
        if (form.getCible() != null && !form.getCible().isBlank() && targets.display(smart, form.getCible()) == null) {
            errors.rejectValue("cible", "inconnue", "Cette cible n'existe pas dans la terminologie du DUI.");
        }
        if (errors.hasErrors()
                || !Refusals.written(() -> writer.write(smart, form), model, "Le DUI a refusé cette transmission.")) {
            return formPage(smart, form, model);
        }
        redirect.addFlashAttribute("succes", "Transmission enregistrée.");
        return "redirect:/transmissions";
    }

    @PostMapping("/transmissions/lues")
    String markRead(
            @RequestParam(name = "id", required = false) List<String> ids,
            @RequestParam(required = false) String jour,
            @RequestParam(required = false) String poste,
            HttpSession session,
            RedirectAttributes redirect) {
        SmartContext smart = smartSession.fresh(session);
        int stored = receipts.markRead(smart, ids == null ? List.of() : ids);
        redirect.addFlashAttribute(
                "succes",
                switch (stored) {
                    case 0 -> "Aucune transmission sélectionnée.";
                    case 1 -> "Transmission marquée comme lue.";
                    default -> stored + " transmissions marquées comme lues.";
                });
        if (jour != null && poste != null) {
            redirect.addAttribute("jour", jour);
            redirect.addAttribute("poste", poste);
        }
        return "redirect:/transmissions";
    }

    private String formPage(SmartContext smart, TransmissionForm form, Model model) {
        Patient usager = fhir.client(smart)
                .read()
                .resource(Patient.class)
                .withId(smart.patient())
                .execute();
        model.addAttribute("usager", Texts.name(usager.getName()));
        model.addAttribute("cibles", targets.targets(smart));
        model.addAttribute("transmission", form);
        return "transmission-nouvelle";
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(settings.zone())).truncatedTo(ChronoUnit.MINUTES);
    }
}
