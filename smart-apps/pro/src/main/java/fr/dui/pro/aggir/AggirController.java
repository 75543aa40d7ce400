package fr.dui.pro.aggir;

import fr.dui.pro.smart.SmartContext;
import fr.dui.pro.smart.SmartSession;
import fr.dui.pro.web.Refusals;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** ACC-1: the AGGIR grid of the usager in context, the GIR computed by the national algorithm. */
@Controller
class AggirController {

    static final String[][] MODALITES = {
        {"A", "fait seul, totalement, habituellement et correctement"},
        {"B", "fait partiellement, ou non habituellement, ou non correctement"},
        {"C", "ne fait pas"}
    };

    private final SmartSession smartSession;
    private final AggirWriter writer;

    AggirController(SmartSession smartSession, AggirWriter writer) {
        this.smartSession = smartSession;
        this.writer = writer;
    }

    @GetMapping("/evaluations/aggir")
    String form(HttpSession session, Model model) {
        SmartContext smart = smartSession.fresh(session);
        if (!smart.hasPatient()) {
            return "redirect:/";
        }
        AggirWriter.Precedente last = writer.precedente(smart);
        return page(model, last, last.reponses(), List.of(), smart);
    }

    @PostMapping("/evaluations/aggir")
    String write(
            @RequestParam Map<String, String> parameters,
            HttpSession session,
            Model model,
            RedirectAttributes redirect) {
        SmartContext smart = smartSession.fresh(session);
        if (!smart.hasPatient()) {
            return "redirect:/";
        }
        AggirGrid.Parsed parsed = AggirGrid.parse(parameters);
        if (!parsed.complete()) {
            AggirWriter.Precedente last = writer.precedente(smart);
            return page(model, last, parsed.answers(), parsed.missing(), smart);
        }
        Optional<Integer> gir = Refusals.attempted(
                () -> writer.write(smart, parsed.answers()),
                model,
                Refusals.ATTRIBUTE,
                "Le DUI a refusé cette évaluation.");
        if (gir.isEmpty()) {
            return page(model, writer.precedente(smart), parsed.answers(), List.of(), smart);
        }
        redirect.addFlashAttribute("succes", "Grille AGGIR enregistrée : GIR " + gir.get() + ".");
        return "redirect:/synthese";
    }

    private static String page(
            Model model,
            AggirWriter.Precedente last,
            Map<String, Modalite> answers,
            List<String> missing,
            SmartContext smart) {
        model.addAttribute("usager", last.usager());
        model.addAttribute("precedente", last);
        model.addAttribute("items", AggirGrid.ITEMS);
        model.addAttribute("modalites", MODALITES);
        model.addAttribute(
                "reponses",
                answers.entrySet().stream()
                        .collect(java.util.stream.Collectors.toMap(
                                Map.Entry::getKey, e -> e.getValue().name())));
        model.addAttribute("manquantes", missing);
        model.addAttribute("peutEvaluer", last.evalue() && smart.mayCreate("QuestionnaireResponse"));
        return "aggir";
    }
}
