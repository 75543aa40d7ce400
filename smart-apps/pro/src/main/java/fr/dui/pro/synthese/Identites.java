package fr.dui.pro.synthese;

import fr.dui.pro.fhir.Systems;
import fr.dui.pro.fhir.Texts;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.StringType;

/** The identity block of the fiche: the RNIV traits, the identity status and the INS, as FR Core models them. */
final class Identites {

    private Identites() {}

    static Synthese.Identite of(Patient patient, LocalDate today, ZoneId zone) {
        HumanName official = patient.getName().stream()
                .filter(n -> n.getUse() == HumanName.NameUse.OFFICIAL)
                .findFirst()
                .orElse(patient.getNameFirstRep());
        String prenoms = official.getExtensionsByUrl(Systems.BIRTH_LIST_GIVEN_NAME).stream()
                .map(e -> ((StringType) e.getValue()).getValue())
                .findFirst()
                .orElse(official.getGiven().stream().map(StringType::getValue).collect(Collectors.joining(" ")));
        LocalDate birth = patient.hasBirthDate()
                ? patient.getBirthDate().toInstant().atZone(zone).toLocalDate()
                : null;
        String statusCode = status(patient);
        Identifier ins = patient.getIdentifier().stream()
                .filter(i -> List.of(Systems.INS_NIR, Systems.INS_NIA, Systems.INS_TEST)
                        .contains(i.getSystem()))
                .findFirst()
                .orElse(null);
        return new Synthese.Identite(
                Texts.name(patient.getName()),
                official.hasFamily() ? official.getFamily().toUpperCase(Locale.FRENCH) : "",
                prenoms,
                official.getGiven().isEmpty() ? "" : official.getGiven().get(0).getValue(),
                sexe(patient),
                Texts.day(birth),
                birth == null ? 0 : Period.between(birth, today).getYears(),
                birthPlace(patient),
                statusLabel(statusCode, ins != null),
                "VALI".equals(statusCode) && ins != null,
                ins == null ? null : ins.getValue(),
                ins == null ? null : insType(ins.getSystem()),
                patient.getAddress().stream()
                        .findFirst()
                        .map(Identites::address)
                        .orElse(""),
                photo(patient));
    }

    private static String status(Patient patient) {
        Extension reliability = patient.getExtensionByUrl(Systems.IDENTITY_RELIABILITY);
        if (reliability == null) {
            return null;
        }
        Extension status = reliability.getExtensionByUrl("identityStatus");
        return status != null && status.getValue() instanceof Coding coding ? coding.getCode() : null;
    }

    private static String statusLabel(String code, boolean hasIns) {
        if (code == null) {
            return "Statut de l'identité non renseigné";
        }
        return switch (code) {
            case "VALI" -> hasIns ? "Identité qualifiée" : "Identité validée";
            case "PROV" -> "Identité provisoire";
            case "DOUTE" -> "Identité douteuse";
            case "FICTI" -> "Identité fictive";
            default -> "Statut de l'identité : " + code;
        };
    }

    private static String insType(String system) {
        return switch (system) {
            case Systems.INS_NIR -> "INS (NIR)";
            case Systems.INS_NIA -> "INS (NIA)";
            default -> "INS de test (téléservice INSi de test)";
        };
    }

    private static String sexe(Patient patient) {
        if (patient.getGender() == null) {
            return "";
        }
        return switch (patient.getGender()) {
            case FEMALE -> "Féminin";
            case MALE -> "Masculin";
            case OTHER -> "Autre";
            default -> "Inconnu";
        };
    }

    private static String birthPlace(Patient patient) {
        Extension place = patient.getExtensionByUrl(Systems.BIRTH_PLACE);
        if (place != null && place.getValue() instanceof Address address) {
            return address.hasCity() ? address.getCity() : address.getText();
        }
        return "";
    }

    private static String address(Address address) {
        String lines = address.getLine().stream().map(StringType::getValue).collect(Collectors.joining(", "));
        return String.join(
                        " ",
                        List.of(lines + (lines.isEmpty() ? "" : ","), address.getPostalCode(), address.getCity())
                                .stream()
                                .filter(s -> s != null && !s.isBlank() && !",".equals(s))
                                .toList())
                .trim();
    }

    /** The usager's photo (Patient.photo) as a {@code data:} URI, only when it really is a JPEG or a PNG. */
    static String photo(Patient patient) {
        return patient.getPhoto().stream()
                .filter(a -> a.hasData())
                .map(a -> fr.dui.pro.documents.Upload.kind(a.getData())
                        .filter(k -> k != fr.dui.pro.documents.Upload.PDF)
                        .map(k -> "data:" + k.contentType() + ";base64,"
                                + java.util.Base64.getEncoder().encodeToString(a.getData()))
                        .orElse(null))
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
    }
}
