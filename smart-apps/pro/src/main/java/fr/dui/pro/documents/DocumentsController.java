package fr.dui.pro.documents;

import fr.dui.pro.coordination.Codes;
import fr.dui.pro.droits.Droits;
import fr.dui.pro.droits.DroitsReader;
import fr.dui.pro.smart.SmartContext;
import fr.dui.pro.smart.SmartSession;
import fr.dui.pro.web.Refusals;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.hl7.fhir.r4.model.Attachment;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** HAB-3: the usager's documents (list, upload, download) and the usager's photo. */
@Controller
class DocumentsController {

    private final SmartSession smartSession;
    private final DocumentStore store;
    private final DroitsReader droits;

    DocumentsController(SmartSession smartSession, DocumentStore store, DroitsReader droits) {
        this.smartSession = smartSession;
        this.store = store;
        this.droits = droits;
    }

    @GetMapping("/documents")
    String list(HttpSession session, Model model) {
        SmartContext smart = smartSession.fresh(session);
        if (!smart.hasPatient()) {
            return "redirect:/transmissions";
        }
        return page(smart, model, "", "");
    }

    @PostMapping("/documents")
    String upload(
            @RequestParam(required = false) MultipartFile fichier,
            @RequestParam(defaultValue = "") String type,
            @RequestParam(defaultValue = "") String titre,
            HttpSession session,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        SmartContext smart = smartSession.fresh(session);
        if (!smart.hasPatient()) {
            return "redirect:/transmissions";
        }
        byte[] bytes = fichier == null ? new byte[0] : fichier.getBytes();
        String refusal = Upload.refusal(bytes, false);
        if (refusal == null && Codes.find(Upload.TYPES, type).isEmpty()) {
            refusal = "Choisissez le type du document.";
        }
        String title = titre.strip();
        if (title.isEmpty() && fichier != null && fichier.getOriginalFilename() != null) {
            title = fichier.getOriginalFilename().replaceAll("\\.[A-Za-z0-9]{1,5}$", "");
        }
        if (refusal == null && (title.isEmpty() || title.length() > 200)) {
            refusal = "Donnez au document un titre de 200 caractères au plus.";
        }
        if (refusal != null) {
            model.addAttribute("erreur", refusal);
            return page(smart, model, type, titre);
        }
        String named = title;
        if (!Refusals.written(
                () -> store.upload(smart, type, named, Upload.kind(bytes).orElseThrow(), bytes),
                model,
                "erreur",
                "Le DUI a refusé ce document.")) {
            return page(smart, model, type, titre);
        }
        redirect.addFlashAttribute("succes", "Document « " + title + " » ajouté au dossier.");
        return "redirect:/documents";
    }

    @GetMapping("/documents/{id}/fichier")
    ResponseEntity<byte[]> download(@PathVariable String id, HttpSession session) {
        SmartContext smart = smartSession.fresh(session);
        if (!smart.hasPatient() || !id.matches("[A-Za-z0-9.-]{1,64}")) {
            return ResponseEntity.notFound().build();
        }
        Attachment content = store.content(smart, id).orElse(null);
        if (content == null) {
            return ResponseEntity.notFound().build();
        }
        String extension =
                Upload.kind(content.getData()).map(Upload.Kind::extension).orElse("bin");
        String name = (content.hasTitle() ? content.getTitle() : "document") + "." + extension;
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(
                        content.hasContentType() ? content.getContentType() : "application/octet-stream"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content.getData());
    }

    @PostMapping("/usager/photo")
    String photo(
            @RequestParam(required = false) MultipartFile photo,
            HttpSession session,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        SmartContext smart = smartSession.fresh(session);
        if (!smart.hasPatient()) {
            return "redirect:/transmissions";
        }
        byte[] bytes = photo == null ? new byte[0] : photo.getBytes();
        String refusal = Upload.refusal(bytes, true);
        if (refusal != null) {
            model.addAttribute("erreurPhoto", refusal);
            return page(smart, model, "", "");
        }
        store.photo(smart, Upload.kind(bytes).orElseThrow(), bytes);
        redirect.addFlashAttribute("succes", "Photo de l'usager enregistrée.");
        return "redirect:/synthese";
    }

    private String page(SmartContext smart, Model model, String type, String title) {
        model.addAttribute("documents", store.list(smart));
        model.addAttribute("types", Upload.TYPES);
        model.addAttribute("typeChoisi", type);
        model.addAttribute("titreSaisi", title);
        Droits rights = droits.pour(smart); // read in the list's batch
        model.addAttribute("peutDeposer", smart.mayCreate("DocumentReference") && rights.peut(Droits.DOCUMENTS, "c"));
        // the photo is the usager's Patient resource, administrative data
        model.addAttribute("peutChangerPhoto", smart.mayUpdate("Patient") && rights.peut(Droits.ADMINISTRATIF, "u"));
        return "documents";
    }
}
