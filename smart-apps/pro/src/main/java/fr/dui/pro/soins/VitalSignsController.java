package fr.dui.pro.soins;

import fr.dui.pro.droits.Droits;
import fr.dui.pro.droits.DroitsReader;
import fr.dui.pro.settings.ProSettings;
import fr.dui.pro.smart.SmartContext;
import fr.dui.pro.smart.SmartSession;
import fr.dui.pro.web.Refusals;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** SOI-2: entering the usager's vital signs, and their curves over time. */
@Controller
class VitalSignsController {

    private final SmartSession smartSession;
    private final VitalSignsReader reader;
    private final VitalSignsWriter writer;
    private final DroitsReader droits;
    private final ProSettings settings;
    private final Clock clock;

    VitalSignsController(
            SmartSession smartSession,
            VitalSignsReader reader,
            VitalSignsWriter writer,
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

    @GetMapping("/constantes")
    String page(HttpSession session, Model model) {
        SmartContext smart = smartSession.fresh(session);
        if (!smart.hasPatient()) {
            return "redirect:/transmissions";
        }
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("moment", now().toString());
        return page(smart, typed, Map.of(), model);
    }

    @PostMapping("/constantes")
    String enter(
            @RequestParam Map<String, String> typed, HttpSession session, Model model, RedirectAttributes redirect) {
        SmartContext smart = smartSession.fresh(session);
        if (!smart.hasPatient()) {
            return "redirect:/transmissions";
        }
        VitalSignsEntry entry = VitalSignsEntry.parse(typed::get);
        Map<String, String> errors = new LinkedHashMap<>(entry.errors());
        LocalDateTime moment = null;
        try {
            moment = LocalDateTime.parse(typed.getOrDefault("moment", ""));
            if (moment.isAfter(now().plusMinutes(5))) {
                errors.put("moment", "La date et l'heure de la mesure ne peuvent pas être dans le futur.");
            }
        } catch (DateTimeParseException e) {
            errors.put("moment", "Indiquez la date et l'heure de la mesure.");
        }
        if (!errors.isEmpty()) {
            return page(smart, typed, errors, model);
        }
        LocalDateTime measured = moment;
        Optional<Integer> written = Refusals.attempted(
                () -> writer.write(smart, measured, entry.values()),
                model,
                Refusals.ATTRIBUTE,
                "Le DUI a refusé ces constantes.");
        if (written.isEmpty()) {
            return page(smart, typed, Map.of(), model);
        }
        redirect.addFlashAttribute(
                "succes", written.get() == 1 ? "Constante enregistrée." : written.get() + " constantes enregistrées.");
        return "redirect:/constantes";
    }

    private String page(SmartContext smart, Map<String, String> typed, Map<String, String> errors, Model model) {
        model.addAttribute("courbes", reader.read(smart));
        model.addAttribute("signes", VitalSign.values());
        model.addAttribute("saisie", typed);
        model.addAttribute("erreurs", errors);
        model.addAttribute(
                "peutSaisir",
                smart.mayCreate("Observation") && droits.pour(smart).peut(Droits.SOINS, "c"));
        return "constantes";
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(settings.zone())).truncatedTo(ChronoUnit.MINUTES);
    }
}
