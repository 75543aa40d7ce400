package fr.dui.pro.synthese;

import fr.dui.pro.smart.SmartContext;
import fr.dui.pro.smart.SmartSession;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/** GAD-3: the fiche de synthèse of the usager in context. */
@Controller
class SyntheseController {

    private final SmartSession smartSession;
    private final SyntheseReader reader;

    SyntheseController(SmartSession smartSession, SyntheseReader reader) {
        this.smartSession = smartSession;
        this.reader = reader;
    }

    @GetMapping("/synthese")
    String synthese(HttpSession session, Model model) {
        SmartContext smart = smartSession.fresh(session);
        if (!smart.hasPatient()) {
            return "redirect:/transmissions";
        }
        model.addAttribute("synthese", reader.read(smart, smart.patient()));
        model.addAttribute("peutTransmettre", smart.mayCreate("Observation"));
        return "synthese";
    }

    @ExceptionHandler(UsagerRefusedException.class)
    ModelAndView refused(UsagerRefusedException e, HttpServletResponse response) {
        response.setStatus(403);
        ModelAndView page = new ModelAndView("erreur");
        page.addObject("titre", "Dossier non accessible");
        page.addObject("message", e.getMessage());
        return page;
    }
}
