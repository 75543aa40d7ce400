package fr.dui.pro.synthese;

import fr.dui.pro.droits.Droits;
import fr.dui.pro.droits.DroitsReader;
import fr.dui.pro.smart.SmartContext;
import fr.dui.pro.smart.SmartSession;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** GAD-3: the fiche de synthèse of the usager in context. */
@Controller
class SyntheseController {

    private final SmartSession smartSession;
    private final SyntheseReader reader;
    private final DroitsReader droits;

    SyntheseController(SmartSession smartSession, SyntheseReader reader, DroitsReader droits) {
        this.smartSession = smartSession;
        this.reader = reader;
        this.droits = droits;
    }

    @GetMapping("/synthese")
    String synthese(HttpSession session, Model model) {
        SmartContext smart = smartSession.fresh(session);
        if (!smart.hasPatient()) {
            return "redirect:/transmissions";
        }
        model.addAttribute("synthese", reader.read(smart, smart.patient()));
        Droits rights = droits.pour(smart); // read in the fiche's batch
        model.addAttribute(
                "peutTransmettre", smart.mayCreate("Observation") && rights.peut(Droits.ACCOMPAGNEMENT, "c"));
        return "synthese";
    }
}
