package fr.dui.pro.documents;

import static fr.dui.pro.fhir.BatchBuilder.enc;

import fr.dui.pro.coordination.Codes;
import fr.dui.pro.droits.DroitsReader;
import fr.dui.pro.fhir.BatchAnswer;
import fr.dui.pro.fhir.BatchBuilder;
import fr.dui.pro.fhir.DuiFhir;
import fr.dui.pro.fhir.Refs;
import fr.dui.pro.fhir.Systems;
import fr.dui.pro.fhir.Texts;
import fr.dui.pro.settings.ProSettings;
import fr.dui.pro.smart.SmartContext;
import fr.dui.pro.synthese.UsagerRefusedException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.springframework.stereotype.Component;

/**
 * The usager's documents through the FHIR API (profile dui-document): the content inside the DocumentReference
 * ({@code attachment.data}, which the profile allows), listed without it ({@code _summary=true}), read one by one to
 * download.
 */
@Component
class DocumentStore {

    private final DuiFhir fhir;
    private final DroitsReader droits;
    private final ZoneId zone;
    private final Clock clock;

    DocumentStore(DuiFhir fhir, DroitsReader droits, ProSettings settings, Clock clock) {
        this.fhir = fhir;
        this.droits = droits;
        this.zone = settings.zone();
        this.clock = clock;
    }

    /** The usager and their documents: one batch. */
    Documents list(SmartContext smart) {
        BatchBuilder b = new BatchBuilder();
        int usager = b.get("Patient/" + enc(smart.patient()));
        int documents = b.get("DocumentReference?subject=" + enc("Patient/" + smart.patient())
                + "&status=current&_sort=-date&_count=100&_summary=true");
        int rights = droits.demander(b, smart.patient());
        BatchAnswer answer = new BatchAnswer(
                fhir.client(smart).transaction().withBundle(b.build()).execute());
        droits.lire(answer, rights);
        Patient person = answer.read(usager, Patient.class)
                .orElseThrow(() -> new UsagerRefusedException(answer.refusal(usager)));
        return new Documents(
                Texts.name(person.getName()),
                answer.matches(documents, DocumentReference.class).stream()
                        .map(this::ligne)
                        .toList(),
                answer.refusal(documents));
    }

    /** Stores an uploaded file as a document of the usager in context; returns its id. */
    String upload(SmartContext smart, String type, String title, Upload.Kind kind, byte[] bytes) {
        Codes.Code code = Codes.find(Upload.TYPES, type).orElseThrow();
        DocumentReference document = new DocumentReference();
        document.getMeta().addProfile(Systems.DOCUMENT_PROFILE);
        document.setStatus(Enumerations.DocumentReferenceStatus.CURRENT);
        document.getType().addCoding(new Coding(Systems.DOCUMENT_TYPE, code.code(), code.display()));
        document.setSubject(new Reference("Patient/" + smart.patient()));
        document.setDate(Date.from(clock.instant()));
        String me = Refs.relative(smart.fhirUser());
        if (me != null) {
            document.addAuthor(new Reference(me));
        }
        document.setDescription(title);
        document.addContent()
                .setAttachment(new Attachment()
                        .setContentType(kind.contentType())
                        .setTitle(title)
                        .setData(bytes)
                        .setSize(bytes.length)
                        .setCreation(Date.from(clock.instant())));
        if (smart.encounter() != null && !smart.encounter().isBlank()) {
            document.getContext().addEncounter(new Reference("Encounter/" + Refs.id(smart.encounter())));
        }
        return fhir.client(smart).create().resource(document).execute().getId().getIdPart();
    }

    /** Sets the usager's photo (Patient.photo): a read and an update. */
    void photo(SmartContext smart, Upload.Kind kind, byte[] bytes) {
        var client = fhir.client(smart);
        Patient patient =
                client.read().resource(Patient.class).withId(smart.patient()).execute();
        patient.getPhoto().clear();
        patient.addPhoto()
                .setContentType(kind.contentType())
                .setData(bytes)
                .setTitle("Photographie de l'usager")
                .setCreation(Date.from(clock.instant()));
        client.update().resource(patient).execute();
    }

    /** A document of the usager in context with its content, if it is theirs and has its content inside. */
    Optional<Attachment> content(SmartContext smart, String id) {
        DocumentReference document = fhir.client(smart)
                .read()
                .resource(DocumentReference.class)
                .withId(id)
                .execute();
        if (!("Patient/" + smart.patient()).equals(Refs.relative(document.getSubject()))) {
            return Optional.empty();
        }
        return document.getContent().stream()
                .map(DocumentReference.DocumentReferenceContentComponent::getAttachment)
                .filter(Attachment::hasData)
                .findFirst();
    }

    private Documents.Ligne ligne(DocumentReference d) {
        Attachment a = d.getContentFirstRep().getAttachment();
        String title = a.hasTitle() ? a.getTitle() : d.hasDescription() ? d.getDescription() : "(sans titre)";
        String format = switch (a.hasContentType() ? a.getContentType() : "") {
            case "application/pdf" -> "PDF";
            case "image/jpeg" -> "Image JPEG";
            case "image/png" -> "Image PNG";
            default -> a.hasContentType() ? a.getContentType() : "";
        };
        return new Documents.Ligne(
                d.getIdElement().getIdPart(),
                title,
                Texts.of(d.getType()),
                d.hasDate() ? Texts.day(d.getDate(), zone) : "",
                format,
                a.hasSize() ? Upload.size(a.getSize()) : "");
    }
}
