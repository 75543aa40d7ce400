package fr.dui.pro.admission;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A new application (demande d'admission) and the identity of the person it is for (ADM-3): birth name, first names,
 * date and place of birth, sex (the identity traits), the identity status, and where and what is asked.
 */
public class DemandeForm {

    static final DateTimeFormatter SAISIE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    @NotBlank(message = "Indiquez le nom de naissance.")
    @Size(max = 100, message = "100 caractères au plus.")
    private String nomNaissance = "";

    @NotBlank(message = "Indiquez le ou les prénoms de naissance.")
    @Size(max = 200, message = "200 caractères au plus.")
    private String prenoms = "";

    @NotBlank(message = "Indiquez la date de naissance (jj/mm/aaaa).")
    private String dateNaissance = "";

    @Size(max = 100, message = "100 caractères au plus.")
    private String lieuNaissance = "";

    @NotBlank(message = "Indiquez le sexe.")
    private String sexe = "";

    /** PROV (identité provisoire) or VALI (validée sur une pièce d'identité, without INS). */
    private String statutIdentite = "PROV";

    /** The identity document checked, for a validated identity (CN, PA, CS…). */
    private String pieceIdentite = "";

    private List<String> etablissements = new ArrayList<>();

    @NotBlank(message = "Choisissez la prise en charge demandée.")
    private String accueil = "";

    private String origine = "";

    /** The GIR known at the application (1 to 6), if any: the waiting list filters on it. */
    private String gir = "";

    /** After the duplicate check: the existing usager the application is for, if one of the candidates is them. */
    private String usagerExistant = "";

    /** After the duplicate check: none of the candidates is the person, create a new usager. */
    private boolean nouvelUsagerConfirme;

    /** The date of birth, or null when it cannot be read or is in the future. */
    public LocalDate naissance() {
        try {
            LocalDate date = LocalDate.parse(dateNaissance.trim(), SAISIE);
            return date.isAfter(LocalDate.now()) || date.getYear() < 1890 ? null : date;
        } catch (DateTimeParseException | NullPointerException e) {
            return null;
        }
    }

    @AssertTrue(
            message = "La date de naissance s'écrit jj/mm/aaaa (par exemple 03/09/1941) et n'est pas dans le futur.")
    public boolean isNaissanceLisible() {
        return dateNaissance == null || dateNaissance.isBlank() || naissance() != null;
    }

    @AssertTrue(message = "Choisissez au moins un établissement.")
    public boolean isEtablissementChoisi() {
        return etablissements != null && etablissements.stream().anyMatch(e -> !e.isBlank());
    }

    @AssertTrue(message = "Une identité validée indique la pièce d'identité vérifiée.")
    public boolean isPieceIndiquee() {
        return !"VALI".equals(statutIdentite) || (pieceIdentite != null && !pieceIdentite.isBlank());
    }

    /** The first names as typed, in order; the first one is the « premier prénom de naissance ». */
    public List<String> listePrenoms() {
        List<String> names = new ArrayList<>();
        for (String p : prenoms.trim().split("[\\s,]+")) {
            if (!p.isBlank()) {
                names.add(p);
            }
        }
        return names;
    }

    public String getNomNaissance() {
        return nomNaissance;
    }

    public void setNomNaissance(String nomNaissance) {
        this.nomNaissance = nomNaissance;
    }

    public String getPrenoms() {
        return prenoms;
    }

    public void setPrenoms(String prenoms) {
        this.prenoms = prenoms;
    }

    public String getDateNaissance() {
        return dateNaissance;
    }

    public void setDateNaissance(String dateNaissance) {
        this.dateNaissance = dateNaissance;
    }

    public String getLieuNaissance() {
        return lieuNaissance;
    }

    public void setLieuNaissance(String lieuNaissance) {
        this.lieuNaissance = lieuNaissance;
    }

    public String getSexe() {
        return sexe;
    }

    public void setSexe(String sexe) {
        this.sexe = sexe;
    }

    public String getStatutIdentite() {
        return statutIdentite;
    }

    public void setStatutIdentite(String statutIdentite) {
        this.statutIdentite = statutIdentite;
    }

    public String getPieceIdentite() {
        return pieceIdentite;
    }

    public void setPieceIdentite(String pieceIdentite) {
        this.pieceIdentite = pieceIdentite;
    }

    public List<String> getEtablissements() {
        return etablissements;
    }

    public void setEtablissements(List<String> etablissements) {
        this.etablissements = etablissements;
    }

    public String getAccueil() {
        return accueil;
    }

    public void setAccueil(String accueil) {
        this.accueil = accueil;
    }

    public String getGir() {
        return gir;
    }

    public void setGir(String gir) {
        this.gir = gir;
    }

    /** The GIR chosen, or null (none, or not 1 to 6). */
    public Integer girConnu() {
        return gir != null && gir.trim().matches("[1-6]") ? Integer.valueOf(gir.trim()) : null;
    }

    public String getOrigine() {
        return origine;
    }

    public void setOrigine(String origine) {
        this.origine = origine;
    }

    public String getUsagerExistant() {
        return usagerExistant;
    }

    public void setUsagerExistant(String usagerExistant) {
        this.usagerExistant = usagerExistant;
    }

    public boolean isNouvelUsagerConfirme() {
        return nouvelUsagerConfirme;
    }

    public void setNouvelUsagerConfirme(boolean nouvelUsagerConfirme) {
        this.nouvelUsagerConfirme = nouvelUsagerConfirme;
    }
}
