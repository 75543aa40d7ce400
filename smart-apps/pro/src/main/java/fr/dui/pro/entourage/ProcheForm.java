package fr.dui.pro.entourage;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A member of the entourage as a professional enters it. */
public class ProcheForm {

    @NotBlank(message = "Choisissez le rôle de la personne.")
    private String role;

    private String lien = "";

    @NotBlank(message = "Indiquez le nom.")
    @Size(max = 100, message = "100 caractères au plus.")
    private String nom;

    @Size(max = 100, message = "100 caractères au plus.")
    private String prenom = "";

    @Pattern(regexp = "^$|^\\+?[0-9 .]{10,20}$", message = "Saisissez un numéro de téléphone (10 chiffres).")
    private String telephone = "";

    @Email(message = "Saisissez une adresse électronique valide.")
    @Size(max = 200, message = "200 caractères au plus.")
    private String courriel = "";

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getLien() {
        return lien;
    }

    public void setLien(String lien) {
        this.lien = lien;
    }

    public String getNom() {
        return nom;
    }

    public void setNom(String nom) {
        this.nom = nom;
    }

    public String getPrenom() {
        return prenom;
    }

    public void setPrenom(String prenom) {
        this.prenom = prenom;
    }

    public String getTelephone() {
        return telephone;
    }

    public void setTelephone(String telephone) {
        this.telephone = telephone;
    }

    public String getCourriel() {
        return courriel;
    }

    public void setCourriel(String courriel) {
        this.courriel = courriel;
    }
}
